"""Relations and statistics on unseen articles: who spoke, posts, who runs a program, whom a figure is about.

Each row is an invented sentence of the genre; the names are made up."""
from __future__ import annotations

import pytest


def rels(a, pred):
    return {(r.subject[1], r.object[1]) for r in a.relations if r.predicate == pred}


def people(a):
    return {m.name for m in a.mentions if m.cls == "Person"}


def figures(a):
    return [(o.value, o.about[1]) for o in a.observations]


MEETING = "5月6日,全省律师工作会议在兰州召开。"


@pytest.mark.parametrize("body,speaker", [
    (MEETING + "省律师协会会长孙明远强调,要加强行业自律。", "孙明远"),
    (MEETING + "省司法厅副厅长周立新对会议取得的成果表示祝贺。", "周立新"),
    (MEETING + "市司法局局长赵长河就全市律师工作做总体介绍。", "赵长河"),
], ids=["stressed", "congratulated", "gave-an-account"])
def test_a_person_who_states_or_reports_at_the_meeting_spoke_at_it(analyze_text, body, speaker):
    assert (speaker, "全省律师工作会议") in rels(analyze_text(body), "spokeAt")


def test_every_person_of_a_comma_list_that_spoke_spoke(analyze_text):
    a = analyze_text(MEETING + "北京市司法局党委书记、局长钱文海,河北省司法厅党委书记、厅长孙立群,"
                     "天津市司法局局长李德才等领导出席会议并讲话。")
    assert {("钱文海", "全省律师工作会议"), ("孙立群", "全省律师工作会议"),
            ("李德才", "全省律师工作会议")} <= rels(a, "spokeAt")


def test_a_list_that_only_attended_did_not_speak(analyze_text):
    a = analyze_text(MEETING + "北京市司法局局长钱文海,河北省司法厅厅长孙立群出席会议。")
    assert rels(a, "spokeAt") == set()


def test_meeting_name_may_open_with_duikou(analyze_text):
    a = analyze_text("10月17日,北京市司法局在拉萨召开对口援助工作会议。")
    assert "对口援助工作会议" in {m.name for m in a.mentions if m.cls == "Event"}


def test_a_post_chain_before_a_comma_belongs_to_the_next_name(analyze_text):
    a = analyze_text("省司法厅党组副书记、副厅长,省监狱管理局党委书记、局长吴振华出席活动。", title="辽宁省监狱管理局召开会议")
    assert {("吴振华", "辽宁省司法厅"), ("吴振华", "辽宁省监狱管理局")} <= rels(a, "memberOf")


@pytest.mark.parametrize("body,person,body_name", [
    ("甘肃省律师协会监事会监事长钱玉兰到会监督。", "钱玉兰", "甘肃省律师协会监事会"),
    ("省委统战部副部长、辽宁省工商联党组书记孙海洋出席。", "孙海洋", "辽宁省工商业联合会"),
    ("江苏省法律援助基金会理事长吴燕平出席。", "吴燕平", "江苏省法律援助基金会"),
], ids=["supervisor", "federation", "foundation"])
def test_posts_of_associations_and_foundations(analyze_text, body, person, body_name):
    assert (person, body_name) in rels(analyze_text(body), "memberOf")


def test_a_verb_after_a_post_is_not_a_name(analyze_text):
    a = analyze_text("会议由甘肃省律师协会会长孙明远主持。孙明远会长强调,要加强行业自律。")
    assert people(a) == {"孙明远"}


def test_partners_after_huitong_run_the_campaign_too_but_are_not_its_subject(analyze_text):
    a = analyze_text("2019年,黑龙江省司法厅会同省委政法委、省信访局联合开展了“迎春促和谐”专项行动,"
                     "共调解纠纷27930件。")
    runners = {s for s, o in rels(a, "implements") if o.startswith("迎春促和谐")}
    assert {"黑龙江省司法厅", "黑龙江省信访局"} <= runners
    assert figures(a) == [(27930, "黑龙江省司法厅")]


def test_a_newspaper_in_the_title_is_not_what_the_figures_are_about(analyze_text):
    a = analyze_text("黑龙江省司法厅厅长赵大成接受采访。\n两年来,全省人民调解组织调解纠纷72万余件。",
                     title="赵大成接受黑龙江日报专访")
    assert figures(a) == [(720000, "黑龙江省司法厅")]


def test_a_body_opening_its_sentence_with_yaoqiu_acts(analyze_text):
    a = analyze_text("省委、省政府高度重视。省委要求在全省总结推广“枫林经验”。", title="黑龙江省司法厅")
    assert {s for s, o in rels(a, "implements") if o.startswith("枫林经验")} == {"中共黑龙江省委员会"}


def test_a_citys_own_initiative_in_a_report_is_not_the_provincial_bureaus(analyze_text):
    a = analyze_text("1月8日,浙江省司法厅召开座谈会。各地成绩单相继晒出:杭州市探索建立复议机制、"
                     "宁波市完善“公证快办”在线办证模式。")
    assert not {s for s, o in rels(a, "implements") if o.startswith("公证快办")}


def test_bodies_a_selection_drew_from_are_not_its_subject(analyze_text):
    a = analyze_text("陕西省司法厅从各市司法局、省律师协会推荐的105个案例中,评选出50个优秀案例。")
    assert figures(a) == [(105, "陕西省司法厅"), (50, "陕西省司法厅")]


@pytest.mark.parametrize("body,value", [
    ("陕西省司法厅连续三年开展评选工作。", 3),
    ("江苏省司法厅连续第六年获评先进。", 6),
], ids=["run", "ordinal-run"])
def test_a_run_of_years_is_a_figure(analyze_text, body, value):
    assert (value, "年") in [(o.value, o.unit) for o in analyze_text(body).observations]


def test_later_clauses_after_a_body_with_its_own_figure_are_the_title_bodys(analyze_text):
    a = analyze_text("2019年,大明区法律援助中心扎实推进各项工作。宁安市司法局下达大明区任务数为268件,"
                     "截至11月中旬,共办理各类法律援助案件290件。", title="大明区法律援助中心超额完成目标任务")
    assert figures(a) == [(268, "宁安市司法局"), (290, "大明区法律援助中心")]


def test_a_body_whose_clause_has_no_figure_stays_the_subject(analyze_text):
    a = analyze_text("北京市青禾戒毒康复所成立于2007年。据了解,青禾戒毒康复所自成立以来,先后与全市10个区的40余个单位建立合作关系。",
                     title="北京市戒毒管理局举办开放日活动")
    assert [(v, who.endswith("青禾戒毒康复所")) for v, who in figures(a)] == [(10, True), (40, True)]


@pytest.mark.parametrize("clause", ["康复所累计接收康复人员4000余人", "该所累计接收康复人员4000余人"],
                         ids=["organ-word", "gai-suo"])
def test_a_body_named_again_by_its_organ_word(analyze_text, clause):
    a = analyze_text(f"北京市青禾戒毒康复所成立于2007年。北京市戒毒管理局举办开放日活动。截至2019年11月底,{clause}。")
    value, who = figures(a)[-1]
    assert value == 4000 and who.endswith("青禾戒毒康复所")


def test_the_place_before_the_verb_that_names_the_event(analyze_text):
    a = analyze_text("1月8日,浙江省司法厅在杭州召开各市司法局长座谈会。")
    assert ("各市司法局长座谈会", "杭州市") in rels(a, "heldIn")


def test_a_quoted_part_of_an_event_name_keeps_its_stop_words(analyze_text):
    a = analyze_text("今天下午,扬州市依法治市领导小组、江苏省法律援助基金会联合举办“真情与正义”法律援助事迹报告会。")
    assert "“真情与正义”法律援助事迹报告会" in {m.name for m in a.mentions if m.cls == "Event"}
    assert ("“真情与正义”法律援助事迹报告会", "扬州市依法治市领导小组") in rels(a, "organizedBy")


def test_a_clause_opening_with_daibiao_continues_the_speaker(analyze_text):
    a = analyze_text("11月29日,全省监狱工作会议在乌鲁木齐召开。自治区监狱管理局局长谢明在会上,"
                     "代表局党委对社会各界的支持表示感谢。", title="新疆监狱管理局召开会议")
    assert ("谢明", "全省监狱工作会议") in rels(a, "spokeAt")


@pytest.mark.parametrize("body,person,expected,wrong", [
    ("江西省司法厅厅长王强一行到南昌市青山湖区凤凰洲司法所调研,青山湖区区长刘光明陪同。", "刘光明", None, "司法所"),
    ("扬州市委常委、政法委书记孔令明,人大副主任杨正平出席。", "杨正平", None, "扬州"),
    ("江苏省委常委、省长助理、公安厅长黄光明出席。", "黄光明", "江苏省公安厅", None),
    ("北京市司法局副局级巡视员吴光明出席。", "吴光明", "北京市司法局", None),
    ("培黎学院院长余光明、东升乡党委书记肖光明出席。", "肖光明", "东升乡", "培黎学院"),
], ids=["district-head", "unknown-body", "runs-into-post", "rank", "township-committee"])
def test_the_body_of_a_post(analyze_text, body, person, expected, wrong):
    bodies = {o for p, o in rels(analyze_text(body), "memberOf") if p == person}
    if expected:
        assert any(expected in b for b in bodies), bodies
    if wrong:
        assert not any(wrong in b for b in bodies), bodies


def test_a_party_committee_or_court_of_a_district_is_not_a_person(analyze_text):
    a = analyze_text("区委常委、副区长高明出席。区法院副院长林建明出席。")
    assert people(a) == {"高明", "林建明"}


def test_a_report_learned_at_a_meeting_is_not_the_meetings_figure(analyze_text):
    a = analyze_text("记者在新疆司法厅近日召开的公证工作座谈会上获悉,新疆近3年共办理各类公证65万多件。")
    assert figures(a) == [(650000, "新疆维吾尔自治区司法厅")]


def test_a_predicate_is_not_part_of_an_organ_name(analyze_text):
    a = analyze_text("新疆司法厅副厅长刘保平介绍,新疆目前有公证处125家。")
    assert not [m for m in a.mentions if m.cls == "Organization" and "目前" in m.name]
    assert figures(a) == [(125, "新疆维吾尔自治区司法厅")]


def test_a_body_before_a_book_title_issued_it_and_does_not_act(analyze_text):
    a = analyze_text("陕西省司法厅组织开展评选活动。今年是国务院《法律援助条例》颁布十周年,全省共评选出50个优秀案例。")
    assert figures(a) == [(50, "陕西省司法厅")]


def test_a_count_of_kinds(analyze_text):
    assert (6, "类") in [(o.value, o.unit) for o in analyze_text("扬州市政府对6类人员不再限制事项范围。").observations]


def test_a_body_right_before_a_book_title_issued_it(analyze_text):
    a = analyze_text("自治区监狱管理局政委宣读了司法部《关于为赤峰监狱记集体一等功的决定》。")
    assert ("司法部", "关于为赤峰监狱记集体一等功的决定") in rels(a, "issued")


def test_a_merit_won_names_its_giver_after_the_verb(analyze_text):
    a = analyze_text("7月15日,赤峰监狱荣立司法部集体一等功庆功大会在赤峰隆重举行。会上,自治区监狱管理局政委姜和平宣读了"
                     "司法部《关于为内蒙古自治区赤峰监狱记集体一等功的决定》。")
    got = {(w.recipient[1], w.title[1], w.conferred_by[1] if w.conferred_by else None) for w in a.awards}
    assert got and all(t == "集体一等功" and g == "司法部" and "赤峰" in r for r, t, g in got), got


@pytest.mark.parametrize("body,event,organizer", [
    ("记者在新疆司法厅近日召开的公证工作座谈会上获悉,新疆办证量居西部前列。", "公证工作座谈会", "新疆维吾尔自治区司法厅"),
    ("10月15日,北京市司法局代表团来拉萨考察指导工作,并于17日上午在拉萨市人民政府召开对口援助工作会议。",
     "对口援助工作会议", "北京市司法局"),
    ("江苏省司法厅7日召开全省社区矫正工作会议。", "全省社区矫正工作会议", "江苏省司法厅"),
], ids=["time-word-and-de", "bing-clause", "day-before-the-verb"])
def test_the_organizer_of_an_event(analyze_text, body, event, organizer):
    assert (event, organizer) in rels(analyze_text(body), "organizedBy")


def dates(a):
    return {(x.subject[1], x.value) for x in a.attributes if x.predicate == "startDate"}


@pytest.mark.parametrize("body,date,expected", [
    ("今天(19日),全省行政机关负责人培训班在省委党校开班。", "2015-01-20", "2015-01-19"),
    ("今天下午,扬州市司法局举办法律援助事迹报告会。", "2018-11-23", "2018-11-23"),
    ("新华网武汉7月8日电 湖北省高级人民法院7日召开全省法院工作会议。", "2015-07-09", "2015-07-07"),
    ("12月5号,全省律师工作会议在兰州召开。", "2019-12-06", "2019-12-05"),
], ids=["today-with-day", "today", "bare-day-after-dateline", "hao"])
def test_event_dates_relative_to_the_document(analyze_text, body, date, expected):
    assert expected in {v for _, v in dates(analyze_text(body, date=date))}


def test_a_span_of_days_is_no_date(analyze_text):
    a = analyze_text("全省律师培训班为期3日,在兰州举行。", date="2019-05-10")
    assert not dates(a)


@pytest.mark.parametrize("body,program", [
    ("扬州市司法局召开会议。近年来,扬州市以打造人民满意的政府为导向,大力推进幸福民生工程。", "幸福民生工程"),
    ("上海市监狱管理局召开会议,努力为上海推进“五个中心”建设提供有力保障。", "五个中心"),
], ids=["place-opens-a-clause", "place-before-the-verb"])
def test_a_place_as_subject_runs_its_own_program(analyze_text, body, program):
    assert not {s for s, o in rels(analyze_text(body), "implements") if program in o}


def test_a_program_that_is_a_bodys_work(analyze_text):
    a = analyze_text("常德市“三中心两分院”(特殊人群收治中心、市五医院分院)是常德市政府的一项重要民生工程。",
                     title="常德市“三中心两分院”整体扩建项目工程正式启动")
    assert {s for s, o in rels(a, "implements") if "三中心两分院" in o} == {"常德市人民政府"}


def test_a_number_inside_a_book_title_is_no_figure(analyze_text):
    a = analyze_text("附件二:《最高人民检察院关于为98个先进集体和128名先进个人记一等功的决定》")
    assert figures(a) == []


def test_a_group_elected_to_a_bodys_posts_is_counted_for_that_body(analyze_text):
    a = analyze_text("9月18日,四川省人民调解协会第一次会员代表大会在成都召开。司法厅副厅长孔祥明当选为协会会长,"
                     "王兴国、温强华等12人当选为协会副会长。")
    assert (12, "四川省人民调解协会") in figures(a)


def test_stating_during_a_visit_is_no_speech_at_a_meeting_referred_to(analyze_text):
    a = analyze_text("8月8日,渝中区司法局局长何光明一行到律师事务所调研,要求贯彻落实全国政法工作会议精神。"
                     "何光明强调,要提高政治站位。")
    assert rels(a, "spokeAt") == set()


def test_a_meeting_referred_to_takes_no_date_from_the_sentence(analyze_text):
    a = analyze_text("8月8日,渝中区司法局局长何光明一行到律师事务所调研,要求贯彻落实全国政法工作会议精神。")
    assert not dates(a)


@pytest.mark.parametrize("body,value", [("近千名干部参加培训。", 1000), ("百余名干警参加活动。", 100)], ids=["jin-qian", "bai-yu"])
def test_hundreds_and_thousands_written_as_one_character(analyze_text, body, value):
    assert value in [o.value for o in analyze_text("全省司法行政工作会议在兰州召开。" + body).observations]


def test_a_verb_after_a_two_character_name_is_not_part_of_it(analyze_text):
    a = analyze_text("8月8日,区委政法委书记何积明到律师事务所调研,渝中区司法局局长阳玮陪同调研。")
    assert "阳玮" in people(a) and ("阳玮", "渝中区司法局") in rels(a, "memberOf")
