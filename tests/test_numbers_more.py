"""Statistics: number forms, units and the body a figure is about, on invented sentences.

Each row is (sentence, expected figures); the names are made up."""
from __future__ import annotations

import pytest


def figures(a):
    return [(o.value, o.unit, o.about[1]) for o in a.observations]


@pytest.mark.parametrize("body,expected", [
    ("青州市司法局全年受理法律援助案件2.5万件。", [(25000, "件", "青州市司法局")]),
    ("青州市司法局为困难群众挽回经济损失1.2亿元。", [(120000000, "元", "青州市司法局")]),
    ("青州市司法局接待群众来访50多万人次。", [(500000, "人次", "青州市司法局")]),
], ids=["wan", "yi", "duo-wan"])
def test_values_are_in_plain_units(analyze_text, body, expected):
    assert figures(analyze_text(body)) == expected


REPORT = ("(新青海·青海日报记者李明)我省深化公共法律服务体制改革。\n"
          "记者近日从有关部门了解到,全省目前建成公共法律服务中心96个、工作站1372个。")


def test_a_newspaper_in_the_byline_is_not_what_the_figures_are_about(analyze_text):
    a = analyze_text(REPORT, title="我省实现公共法律服务平台全覆盖")
    assert "青海日报" not in {who for _, _, who in figures(a)}


def test_a_report_that_names_no_body_is_about_its_province(analyze_text):
    a = analyze_text(REPORT, title="我省实现公共法律服务平台全覆盖")
    assert figures(a) == [(96, "个", "青海省"), (1372, "个", "青海省")]


def test_round_the_clock_service_is_not_a_figure(analyze_text):
    a = analyze_text("青州市司法局开通热线,18名律师24小时在线服务。")
    assert figures(a) == [(18, "名", "青州市司法局")]


@pytest.mark.parametrize("body,expected", [
    ("青州市司法局全年办理公证12,345件。", [(12345, "件")]),
    ("青州市司法局法律援助案件同比增长百分之十二。", [(12, "%")]),
    ("青州市司法局全年接待群众三万余人次。", [(30000, "人次")]),
    ("青州市司法局开展法治宣传,近万人受益。", [(10000, "人")]),
    ("青州市司法局编印宣传资料5种、法治挂图300张,开展法治课50堂,培训120课时。",
     [(5, "种"), (300, "张"), (50, "堂"), (120, "课时")]),
    ("青州市司法局开展两个维护教育,召开一次会议。", []),
], ids=["thousands-separator", "baifenzhi", "digit-wan", "jin-wan", "more-measure-words", "small-words"])
def test_number_forms_and_measure_words(analyze_text, body, expected):
    assert [(v, u) for v, u, _ in figures(analyze_text(body))] == expected


def test_a_predicate_is_not_part_of_a_committee_name(analyze_text):
    a = analyze_text("今年以来,江阴市共建成人民调解委员会312个。")
    assert not [m.name for m in a.mentions if m.cls == "Organization"]


def test_a_place_opening_the_clause_is_the_subject_when_no_body_is_named(analyze_text):
    a = analyze_text("今年以来,江阴市共建成人民调解委员会312个,调解纠纷4200件。")
    assert figures(a) == [(312, "个", "江阴市"), (4200, "件", "江阴市")]


def test_a_body_after_lianhe_is_a_partner_not_the_figures_subject(analyze_text):
    a = analyze_text("湘潭市司法局联合湘潭市总工会开展法律服务活动15场。")
    assert figures(a) == [(15, "场", "湘潭市司法局")]


def test_a_report_given_at_a_meeting_is_not_the_meetings_figure(analyze_text):
    a = analyze_text("3月5日,湖南省司法厅召开全省法律援助工作会议。省司法厅副厅长王立新在会上通报,"
                     "2020年全省共办理法律援助案件6.8万件。")
    assert figures(a) == [(68000, "件", "湖南省司法厅")]


@pytest.mark.parametrize("body,expected", [
    ("湘潭市司法局组织“十个一百”宣讲,共办理案件120件。", [120]),
    ("湘潭市司法局局长王立新说:“今年我们共办理法律援助案件1200件,比去年增加300件。”", [1200, 300]),
], ids=["slogan", "quoted-speech"])
def test_a_number_inside_a_quoted_slogan_is_part_of_its_name(analyze_text, body, expected):
    assert [v for v, _, _ in figures(analyze_text(body))] == expected


TRAINING = "6月3日,湖南省司法厅在长沙举办全省司法所长培训班。"


@pytest.mark.parametrize("body,expected", [
    (TRAINING + "全省各地200名司法所长参训。", [(200, "名")]),
    (TRAINING + "共有学员200人。", [(200, "人")]),
    (TRAINING + "培训班为期5天。", [(5, "天")]),
], ids=["canxun", "xueyuan", "head-word-weiqi"])
def test_trainees_and_the_length_of_a_training_class_are_the_events(analyze_text, body, expected):
    assert [(v, u) for v, u, who in figures(analyze_text(body)) if who == "全省司法所长培训班"] == expected


def test_figures_of_a_sentence_opening_with_the_projects_head_word_are_the_projects(analyze_text):
    a = analyze_text("今年初,浙江省司法厅启动“法援惠民”项目。项目计划资助总额80万元,计划资助600件法律援助案件。"
                     "工程中,各地共办理案件300件。")
    about = {(o.value, o.about[1]) for o in a.observations}
    # 工程中 (during the works) opens a sentence about the works' time, not about a program
    assert about == {(800000, "法援惠民项目"), (600, "法援惠民项目"), (300, "浙江省司法厅")}


def test_a_body_that_acts_on_no_other_keeps_its_later_clauses_figures(analyze_text):
    # the title's body (司法部) takes a later clause's figure only when the first clause's body acted
    # on another (市司法局下达大观区任务数…): here the centre keeps its own
    a = analyze_text("青州市法律援助中心累计办理案件399件,接待咨询2308人次,群众满意率达98%。",
                     title="我市法律援助工作受到司法部肯定")
    assert {(v, who) for v, _, who in figures(a)} == {(399, "青州市法律援助中心"), (2308, "青州市法律援助中心"),
                                                     (98, "青州市法律援助中心")}


def test_figures_after_a_semicolon_share_what_the_sentence_opened_with(analyze_text):
    a = analyze_text("司法部部署“清风护航”专项活动。"
                     "“清风护航”专项活动开展以来,全省共调解纠纷1.2万件;主动调解6300件,依申请调解5700件。",
                     title="我省专项活动成效明显")
    about = {who for _, _, who in figures(a)}
    assert len(about) == 1 and "清风护航" in about.pop()


def test_the_invited_are_the_events_figure(analyze_text):
    a = analyze_text("12月6日,甘肃省司法厅举办第二届公众开放日活动,邀请人大代表、政协委员、社区居民等各界代表40余人,"
                     "走进监狱、戒毒所等场所。")
    assert [(o.value, o.about[0]) for o in a.observations] == [(40, "Event")]


def test_a_change_from_one_figure_to_another_keeps_both(analyze_text):
    a = analyze_text("宁安市律师协会会员从528人发展到1200人。")
    assert [o.value for o in a.observations] == [528, 1200]


def test_a_persons_own_figures(analyze_text):
    a = analyze_text("“金牌调解员”赵明远十年来扎根社区,调解矛盾纠纷300多件。宁安市司法局局长王立新介绍,全市共办理案件900件。")
    assert [(o.value, o.about) for o in a.observations] == [(300, ("Person", "赵明远")), (900, ("Organization", "宁安市司法局"))]


def test_a_party_committee_named_elsewhere_owns_no_figure_of_a_place(analyze_text):
    a = analyze_text("3月28日,兰州市第五次律师代表大会召开。\n"
                     "截至2020年年底,兰州市有律师事务所143家,执业律师1880人。\n"
                     "兰州市委副书记、政法委书记王某某到会祝贺并讲话。", title="兰州律师队伍已达1880人")
    assert {(v, who) for v, _, who in figures(a) if v in (143, 1880)} == {(143, "兰州市"), (1880, "兰州市")}


def test_a_figure_left_to_a_party_committee_named_elsewhere_goes_to_its_place(analyze_text):
    a = analyze_text("兰州市委副书记王某某到会祝贺并讲话。\n律师事业取得了历史性成就。现有律师事务所党支部56个,律师行业党员637人。",
                     title="律师事业四十年")
    assert {(v, who) for v, _, who in figures(a)} == {(56, "兰州市"), (637, "兰州市")}


def test_figures_of_the_activity_on_site_go_to_the_activity_named_before(analyze_text):
    a = analyze_text("12月4日,由青州市司法局组织开展的“12.4”国家宪法日集中宣传活动在人民公园举行。\n"
                     "活动重点宣传了党的十九届五中全会精神。据统计,活动现场共发放各类宣传材料近5万册,接受法律咨询200余人次。")
    assert {(v, who) for v, _, who in figures(a)} == {(50000, "“12.4”国家宪法日集中宣传活动"),
                                                     (200, "“12.4”国家宪法日集中宣传活动")}


def test_a_citys_figures_are_no_provincial_bodys(analyze_text):
    a = analyze_text("12月26日,我市召开第六次律师代表大会。省司法厅党委委员、副厅长张某某出席活动。\n"
                     "据悉,6年来,我市律师人数从528人发展到1200人,律师事务所党支部从22个增加到44个。", title="江苏新闻")
    got = {(v, who) for v, _, who in figures(a)}
    assert got and not {who for _, who in got} & {"江苏省司法厅"}
    assert (528, "第六次律师代表大会") in got


def test_a_figure_said_again_in_the_body_is_one_figure_but_an_awards_count_is_its_own(analyze_text):
    a = analyze_text("青州市司法局依法为37名农民工讨要到7万元的薪酬。这37名农民工被拖欠劳动报酬长达两年。"
                     "2月1日,37名农民工陆续来到区法律援助中心。")
    assert [v for v, _, _ in figures(a)].count(37) == 1
    b = analyze_text("青州市司法局授予98个先进集体荣誉称号。青州市司法局决定,为城南司法所等98个先进集体记集体一等功。")
    assert [v for v, _, _ in figures(b)].count(98) == 2


def test_a_few_per_unit_are_how_things_are_shared_out_not_figures(analyze_text):
    """每个县区抽取1家司法所和1个村, 每村配备1名: no figure; a rate per ten thousand and a total are."""
    a = analyze_text("督查组从每个县区随机抽取1家司法所和1个村进行评查。全县每万人拥有律师3名。每村配备1名法律顾问。"
                     "全县共有司法所12个。", title="青州市司法局开展检查")
    assert sorted(v for v, _, _ in figures(a)) == [3, 12]
