"""Extraction: golden tables of (text, expected facts), one row per case."""
from __future__ import annotations

import pytest


def names(a, cls):
    return {m.name for m in a.mentions if m.cls == cls}


def rels(a, pred):
    return {(r.subject[1], r.object[1]) for r in a.relations if r.predicate == pred}


@pytest.mark.parametrize("body,expected", [
    ("会上,河北、山东、上海等省(市)司法厅(局)作了交流发言。", {"河北省司法厅", "山东省司法厅", "上海市司法局"}),
    ("广东省监狱管理局副巡视员出席。", {"广东省监狱管理局"}),
    ("北京监狱局局长出席会议。", {"北京市监狱管理局"}),
    ("中共大同市委高度重视。", {"中共大同市委员会"}),
    ("新疆生产建设兵团监狱局作交流发言。", {"新疆生产建设兵团监狱管理局", "新疆生产建设兵团"}),
    ("司法部、公安部联合发文。", {"司法部", "公安部"}),
    ("全省各市司法局主要领导参加会议。", set()),
], ids=["coordinated-list", "prison-bureau", "short-place", "party-committee", "xpcc", "ministries", "generic"])
def test_organizations(analyze_text, body, expected):
    assert names(analyze_text(body), "Organization") == expected


def test_short_forms_take_the_articles_province(analyze_text):
    a = analyze_text("滁州市司法局召开会议。省司法厅副厅长出席,省委组织部有关负责同志参加。")
    assert {"安徽省司法厅", "中共安徽省委员会组织部"} <= names(a, "Organization")


@pytest.mark.parametrize("body,people,member", [
    ("省司法厅党委书记、厅长王建国出席会议并讲话。", {"王建国"}, ("王建国", "安徽省司法厅")),
    ("河北监狱局刘志强局长部署了工作。", {"刘志强"}, ("刘志强", "河北省监狱管理局")),
    ("培树出了张三丰、李四海、王五洲等一批先进典型。", {"张三丰", "李四海", "王五洲"}, None),
    ("赵明同志先进事迹报告会在京举行。", {"赵明"}, None),
    ("全国模范司法所长称号授予基层。", set(), None),
], ids=["post-before", "post-after", "name-list", "comrade", "no-name-in-title"])
def test_people(analyze_text, body, people, member):
    a = analyze_text("蚌埠市司法局参加。" + body)
    assert names(a, "Person") == people
    if member:
        assert member in rels(a, "memberOf")


def test_event_dates_place_and_speakers(analyze_text):
    a = analyze_text("7月25日至26日,全国司法行政队伍建设工作会议在北京召开。会上,天津、山西等省(市)司法厅(局)作了交流发言。")
    assert "全国司法行政队伍建设工作会议" in names(a, "Event")
    dates = {(x.predicate, x.value) for x in a.attributes}
    assert dates == {("startDate", "2016-07-25"), ("endDate", "2016-07-26")}
    assert ("全国司法行政队伍建设工作会议", "北京市") in rels(a, "heldIn")
    assert {("天津市司法局", "全国司法行政队伍建设工作会议"), ("山西省司法厅", "全国司法行政队伍建设工作会议")} <= rels(a, "spokeAt")
    assert not rels(a, "organizedBy")   # the text does not say who held it


def test_organizer_when_stated(analyze_text):
    a = analyze_text("5月10日,省司法厅举行全国文明单位揭牌仪式。", title="河南省司法厅新闻")
    assert ("全国文明单位揭牌仪式", "河南省司法厅") in rels(a, "organizedBy")


@pytest.mark.parametrize("body,cls,name", [
    ("深入实施监所民警“一桌一椅一电脑”工程。", "Program", "一桌一椅一电脑工程"),
    ("将每年9月确定为“岗位练兵月”。", "Program", "岗位练兵月"),
    ("深入实施惠民暖警工程。", "Program", "惠民暖警工程"),
    ("出台《江苏省社区矫正工作条例》。", "Regulation", "江苏省社区矫正工作条例"),
    ("司法部授予王明同志“全国模范司法所长”称号。", "HonoraryTitle", "全国模范司法所长"),
    ("被中央文明委授予全国文明单位称号。", "HonoraryTitle", "全国文明单位"),
], ids=["quoted-program", "quoted-month", "unquoted-program", "regulation", "quoted-title", "unquoted-title"])
def test_works(analyze_text, body, cls, name):
    assert name in names(analyze_text("浙江省司法厅" + body), cls)


def test_award_pairs_years_with_titles(analyze_text):
    a = analyze_text("司法部先后于2011年和2012年,授予王明同志“全国模范司法所长”和“全国人民调解能手”称号。")
    got = {(w.recipient[1], w.title[1], w.conferred_by[1], w.date) for w in a.awards}
    assert got == {("王明", "全国模范司法所长", "司法部", "2011"), ("王明", "全国人民调解能手", "司法部", "2012")}


@pytest.mark.parametrize("body,value,unit,qualifier", [
    ("天津市司法局近三年来共选拔任用处级干部125名。", 125, "名", None),
    ("天津市司法局新建相关制度200余项。", 200, "项", "余"),
    ("天津市司法局举办各类培训班一千零一十二期次。", 1012, "期次", None),
    ("天津市司法局专业人员占比达到55.97%。", 55.97, "%", None),
    ("天津市司法局二十余人参加讨论。", 20, "人", "余"),
], ids=["arabic", "yu", "chinese-numeral", "percent", "chinese-yu"])
def test_numbers(analyze_text, body, value, unit, qualifier):
    obs = analyze_text(body).observations
    assert [(o.value, o.unit, o.qualifier, o.about[1]) for o in obs] == [(value, unit, qualifier, "天津市司法局")]


def test_ranges_and_small_chinese_numbers_are_not_statistics(analyze_text):
    assert analyze_text("天津市司法局确定3到5所监所,从三个方面开展工作。").observations == ()


def test_every_fact_has_evidence_inside_the_text(seed_build):
    kg = seed_build.kg
    text = kg.documents[0].text
    for r in kg.relations:
        assert 0 <= r.evidence.start < r.evidence.end <= len(text) and r.evidence.rule
    for e in kg.entities:
        for m in e.mentions:
            assert text[m.evidence.start:m.evidence.end] == m.surface


def test_units_listed_after_owner_belong_to_it_and_all_receive_the_title(analyze_text):
    a = analyze_text("同时,省司法厅所属的省女子劳教所、省第三监狱也一起荣膺全国文明单位称号。", title="河南省司法厅获奖")
    subs = rels(a, "subOrganizationOf")
    assert {("河南省女子劳动教养管理所", "河南省司法厅"), ("河南省第三监狱", "河南省司法厅")} <= subs
    assert {(w.recipient[1], w.title[1]) for w in a.awards} == {
        ("河南省女子劳动教养管理所", "全国文明单位"), ("河南省第三监狱", "全国文明单位")}


def test_lecture_title_is_a_speech_at_the_sentences_event(analyze_text):
    a = analyze_text("晋中市司法局举办领导干部法治大讲堂,邀请中国社科院谢明远教授作《法治政府的建设》专题讲座。")
    assert "法治政府的建设" in names(a, "Speech") and not names(a, "Regulation")
    assert ("法治政府的建设", "谢明远") in rels(a, "deliveredBy")
    assert ("谢明远", "领导干部法治大讲堂") in rels(a, "spokeAt")
    assert ("领导干部法治大讲堂", "晋中市司法局") in rels(a, "organizedBy")


def test_a_clause_opening_with_a_verb_continues_the_speaker(analyze_text):
    a = analyze_text("10月16日,全省监狱理论研讨会在贵阳举行。广东省监狱管理局副巡视员李明华主持会议,介绍了征文情况。")
    assert ("李明华", "全省监狱理论研讨会") in rels(a, "spokeAt")


def test_bare_organ_in_a_post_chain_takes_the_previous_bodys_place(analyze_text):
    a = analyze_text("北京监狱局局长林一平;河北司法厅副厅长、监狱局局长刘剑锋出席会议。")
    assert {("刘剑锋", "河北省司法厅"), ("刘剑锋", "河北省监狱管理局")} <= rels(a, "memberOf")
    assert ("刘剑锋", "北京市监狱管理局") not in rels(a, "memberOf")


def test_partner_is_not_the_actor_of_a_figure(analyze_text):
    a = analyze_text("吉林省司法厅积极与省公务员局沟通协调,共招录医护人员110人。")
    assert [(o.value, o.about[1]) for o in a.observations] == [(110, "吉林省司法厅")]


def test_attendance_figures_are_about_the_event(analyze_text):
    a = analyze_text("10月16日,中国监狱工作协会理论研讨会在贵阳举行。\n来自全国各地的40余名代表参加会议。")
    assert [(o.value, o.about) for o in a.observations] == [(40, ("Event", "中国监狱工作协会理论研讨会"))]


def test_formulas_are_named_but_not_implemented(analyze_text):
    a = analyze_text("内蒙古自治区司法厅要增强“四个意识”,坚定“四个自信”。")
    assert {"四个意识", "四个自信"} <= names(a, "Program")
    assert not rels(a, "implements")


def test_a_distinctive_unit_named_again_without_its_place(analyze_text):
    a = analyze_text("北京市天康戒毒康复所成立于2007年。天康戒毒康复所先后与40余个单位建立合作关系。")
    assert [(o.value, o.about[1]) for o in a.observations] == [(40, "北京市天康戒毒康复所")]


@pytest.mark.parametrize("body", ["局长", "同志", "“”", "《》", "等12人", "、、等", "7月"], ids=str)
def test_fragments_do_not_crash(analyze_text, body):
    analyze_text(body, title=body)   # regression: a post at the very start of the text (IndexError)


@pytest.mark.parametrize("body,person,body_name", [
    ("宁夏回族自治区司法厅党委副书记、副厅长阿不都·热合曼出席会议。", "阿不都·热合曼", "宁夏回族自治区司法厅"),
    ("银川市政协副主席马小红参加活动。", "马小红", "中国人民政治协商会议银川市委员会"),
    ("宁夏律师协会召开大会,副厅长王建平当选为协会会长。", "王建平", "宁夏回族自治区律师协会"),
], ids=["transliterated-name", "cppcc", "elected-as"])
def test_posts_name_their_bodies(analyze_text, body, person, body_name):
    a = analyze_text(body)
    assert (person, body_name) in rels(a, "memberOf")


def test_a_counted_list_elected_to_posts(analyze_text):
    a = analyze_text("宁夏律师协会召开大会。李红梅、赵建国等12人当选为协会副会长。")
    assert {("李红梅", "宁夏回族自治区律师协会"), ("赵建国", "宁夏回族自治区律师协会")} <= rels(a, "memberOf")


@pytest.mark.parametrize("body,unit,owner", [
    ("宁夏回族自治区监狱管理局民警接待站挂牌。", "宁夏回族自治区监狱管理局民警接待站", "宁夏回族自治区监狱管理局"),
    ("司法部戒毒管理局印发通报。", "司法部戒毒管理局", "司法部"),
], ids=["unit-after-body", "unit-of-ministry"])
def test_units_named_after_their_body(analyze_text, body, unit, owner):
    assert (unit, owner) in rels(analyze_text(body), "subOrganizationOf")


def test_forest_district_short_form(analyze_text):
    assert "神农架林区司法局" in names(analyze_text("林区司法局开展宪法宣传周活动。"), "Organization")


def test_venue_and_led_by(analyze_text):
    a = analyze_text("12月4日,由州司法局牵头的全国法制日宣传活动在香格里拉坛城广场举行。",
                     title="迪庆藏族自治州司法局开展宣传")
    assert ("全国法制日宣传活动", "香格里拉坛城广场") in rels(a, "heldIn")
    assert ("全国法制日宣传活动", "迪庆藏族自治州司法局") in rels(a, "organizedBy")


def test_conferrals_per_clause_with_counted_groups(analyze_text):
    a = analyze_text("会议宣布,人社部、最高检决定,授予海口市人民检察院等38个单位“全国模范检察院”称号;"
                     "授予吴海波等44名同志“全国模范检察官”称号。")
    got = {(w.recipient[1], w.title[1], w.conferred_by[1] if w.conferred_by else None) for w in a.awards}
    assert ("海口市人民检察院", "全国模范检察院", "人力资源和社会保障部") in got
    assert ("吴海波", "全国模范检察官", "最高人民检察院") in got
    assert not {g for g in got if g[0] == "海口市人民检察院" and g[1] == "全国模范检察官"}
    assert {(o.value, o.about[1]) for o in a.observations} == {(38, "人力资源和社会保障部"), (44, "人力资源和社会保障部")}


def test_merits_are_titles_from_the_body_that_decided(analyze_text):
    a = analyze_text("司法部决定,为海南省三亚监狱记集体一等功。")
    assert {(w.recipient[1], w.title[1], w.conferred_by[1]) for w in a.awards} == {
        ("海南省三亚监狱", "集体一等功", "司法部")}


@pytest.mark.parametrize("body,relation,pair", [
    ("10月9日,全省律师代表大会在海口召开。陈海明、林小东等12名律师作为正式代表出席了会议。",
     "delegateTo", ("林小东", "全省律师代表大会")),
    ("海南省委常委、政法委书记王明远出席会议。", "memberOf", ("王明远", "中共海南省委员会政法委")),
    ("近日,《海南省司法厅关于加强人民调解工作的意见》正式施行。", "issued",
     ("海南省司法厅", "海南省司法厅关于加强人民调解工作的意见")),
    ("海口市中级人民法院召开会议,海南省律师协会会长、元亨律师事务所林立平律师发言。", "memberOf",
     ("林立平", "元亨律师事务所")),
], ids=["as-delegate", "department-in-chain", "issuer-in-title", "profession-after-firm"])
def test_relation_rows(analyze_text, body, relation, pair):
    assert pair in rels(analyze_text(body), relation)


def test_a_post_goes_only_to_a_body_that_can_have_it(analyze_text):
    a = analyze_text("海口市司法局局长陈立新、市法院副院长王海平出席。")
    assert ("王海平", "海口市司法局") not in rels(a, "memberOf")
    assert ("陈立新", "海口市司法局") in rels(a, "memberOf")


def test_bare_organ_and_pronoun_stand_for_the_named_body(analyze_text):
    a = analyze_text("海口市强制隔离戒毒所举办开放日。该所今年收治学员300余人。")
    assert [(o.value, o.about[1]) for o in a.observations] == [(300, "海口市强制隔离戒毒所")]
    rules = {m.evidence.rule for m in a.mentions if m.name == "海口市强制隔离戒毒所"}
    assert "org:pronoun-reference" in rules


def test_the_shi_of_an_article_about_a_county_level_city_is_that_city(analyze_text):
    # 义乌 is a county-level city of 金华: its 市司法局 is 义乌市司法局, not 金华市司法局
    a = analyze_text("中共义乌市委召开全市法治工作会议。市司法局局长王明出席会议。")
    orgs = {m.name for m in a.mentions if m.cls == "Organization"}
    assert "义乌市司法局" in orgs and not any(o.startswith("金华") for o in orgs)


def test_a_post_after_a_body_is_no_unit_of_it(analyze_text):
    a = analyze_text("在宁远监狱监狱长刘明,副监狱长张强、李华等陪同下,考察组查看了监舍。")
    orgs = {m.name for m in a.mentions if m.cls == "Organization"}
    assert not any(o.endswith("监狱监狱") for o in orgs)
    members = {(r.subject[1], r.object[1]) for r in a.relations if r.predicate == "memberOf"}
    assert {who for who, _ in members} == {"刘明", "张强", "李华"} and len({org for _, org in members}) == 1


def test_offices_named_by_their_task(analyze_text):
    a = analyze_text("由中共义乌市委全面依法治市委员会办公室、市法治政府建设领导小组办公室主办,市司法局承办的"
                     "宪法宣传周活动启动仪式在人民广场举行。")
    orgs = {m.name for m in a.mentions if m.cls == "Organization"}
    assert "义乌市法治政府建设领导小组办公室" in orgs
    assert not any("法治人民政府" in o for o in orgs)       # 法治政府 is a task, not a government
    organizers = {r.object[1] for r in a.relations if r.predicate == "organizedBy"}
    assert "义乌市法治政府建设领导小组办公室" in organizers and "义乌市司法局" in organizers     # 承办 too
    assert any(o.endswith("全面依法治市委员会办公室") for o in organizers)


def test_a_body_opening_an_events_name_organizes_it(analyze_text):
    a = analyze_text("会议要求,认真贯彻落实司法部全国监狱工作推进会精神。")
    assert [(r.subject[1], r.object[1]) for r in a.relations if r.predicate == "organizedBy"] == \
        [("司法部全国监狱工作推进会", "司法部")]


def test_a_name_right_after_a_body_and_before_a_verb_is_its_members(analyze_text):
    a = analyze_text("宁安市委、市委政法委王立新出席闭幕式并讲话。")
    members = {(r.subject[1], r.object[1]) for r in a.relations if r.predicate == "memberOf"}
    assert ("王立新", "中共宁安市委员会政法委") in members or any(who == "王立新" and "政法委" in org for who, org in members)


def test_elected_supervisors_of_a_bar_association(analyze_text):
    a = analyze_text("会议选举产生第十届宁安市律师协会理事会、监事会。陈立新当选总监事,赵明远当选副总监事。")
    people = {m.name for m in a.mentions if m.cls == "Person"}
    assert {"陈立新", "赵明远"} <= people


def test_town_level_bodies_are_named(analyze_text):
    a = analyze_text("近年来,后溪镇人民调解委员会共调解纠纷823起。城关镇司法所所长王立新出席会议。")
    orgs = {m.name for m in a.mentions if m.cls == "Organization"}
    assert {"后溪镇人民调解委员会", "城关镇司法所"} <= orgs
    assert [(o.value, o.about[1]) for o in a.observations] == [(823, "后溪镇人民调解委员会")]


def test_units_visited_in_a_list(analyze_text):
    a = analyze_text("代表们先后参观了清源公证处、明德律师事务所、甘肃省女子监狱。")
    orgs = {m.name for m in a.mentions if m.cls == "Organization"}
    assert {"清源公证处", "明德律师事务所", "甘肃省女子监狱"} <= orgs


def test_a_province_s_prisons_are_not_one_prison(analyze_text):
    a = analyze_text("甘肃监狱系统认真落实会议精神。")
    assert not [m for m in a.mentions if m.cls == "Organization"]


def test_a_county_short_form_ending_a_townships_name_is_no_county(analyze_text):
    # 西乡 (西乡县, 陕西) is the tail of 花西乡 here; 孝昌 before a township is the county
    a = analyze_text("12月3日,县司法局在孝昌花西乡开展宪法宣传活动。随后在花西乡中心小学开展宪法晨读活动。")
    orgs = {m.name for m in a.mentions if m.cls == "Organization"}
    assert "孝昌县司法局" in orgs and not any("西乡" in o and "花西乡" not in o for o in orgs)


def test_a_predicate_after_a_place_is_no_part_of_a_name(analyze_text):
    a = analyze_text("截至2020年年底,乌鲁木齐市有律师事务所143家。")
    assert not any("有律师事务所" in m.name for m in a.mentions)


def test_bodies_that_jointly_hold_a_meeting_organize_it(analyze_text):
    a = analyze_text("11月7日,省司法厅、省公安厅、省人大内司委联合召开全省人民陪审员选任工作动员部署电视电话会议。"
                     "省司法厅副厅长王立新、省人大内司委副主任委员赵明远出席会议,并就各自工作职责进行了安排部署。",
                     title="甘肃省人民陪审员选任工作会议召开")
    organizers = {r.object[1] for r in a.relations if r.predicate == "organizedBy"}
    assert organizers == {"甘肃省司法厅", "甘肃省公安厅", "甘肃省人民代表大会内务司法委员会"}
    assert {r.subject[1] for r in a.relations if r.predicate == "spokeAt"} == {"王立新", "赵明远"}


def test_posts_in_brackets_after_a_name(analyze_text):
    a = analyze_text("王立新(甘肃省司法厅党委书记、厅长)指出,要加强法治建设。")
    assert ("王立新", "甘肃省司法厅") in {(r.subject[1], r.object[1]) for r in a.relations if r.predicate == "memberOf"}


def test_a_ceremony_held_after_the_verb_and_dated_on_its_day(analyze_text):
    a = analyze_text("11月8日是全市法律援助宣传日,宁安市司法局在人民公园举办了颁奖命名仪式。", date="2019")
    events = {m.name for m in a.mentions if m.cls == "Event"}
    assert "颁奖命名仪式" in events
    assert ("颁奖命名仪式", "2019-11-08") in {(x.subject[1], x.value) for x in a.attributes if x.predicate == "startDate"}


def test_a_reporters_source_is_not_part_of_a_meetings_name(analyze_text):
    a = analyze_text("记者6日从全市社区矫正工作会获悉,我市社区矫正工作取得新进展。")
    assert {m.name for m in a.mentions if m.cls == "Event"} == {"全市社区矫正工作会"}


def test_bodies_that_jointly_issue_a_notice(analyze_text):
    a = analyze_text("宁安市财政局和宁安市司法局日前联合下发了《关于购买社区矫正社会工作服务的通知》。")
    assert {(r.subject[1]) for r in a.relations if r.predicate == "issued"} == {"宁安市财政局", "宁安市司法局"}


def test_levels_of_bodies_are_not_one_body(analyze_text):
    a = analyze_text("2019年,全市建成公共法律服务中心180个,市县两级法律援助中心共办理案件8282件。", title="宁安市司法局发布成绩单")
    assert not any("两级" in m.name for m in a.mentions)


@pytest.mark.parametrize("written,name", [
    ("县人社局", "泾县人力资源和社会保障局"), ("市教体局", "宁安市教育体育局"), ("市国资委", "宁安市国有资产监督管理委员会"),
    ("市文明办", "宁安市精神文明建设委员会办公室"), ("市综治办", "宁安市社会治安综合治理委员会办公室"),
], ids=["renshe", "jiaoti", "guozi", "wenming", "zongzhi"])
def test_short_names_of_government_bodies(analyze_text, written, name):
    place = "泾县" if written.startswith("县") else "宁安市"
    a = analyze_text(f"{place}司法局召开会议。{written}负责同志参加会议。")
    assert name in {m.name for m in a.mentions if m.cls == "Organization"}


def test_a_named_activity_held_is_an_event_and_its_sponsors_organize_it(analyze_text):
    a = analyze_text("9月3日下午,宁安市在市工人文化宫隆重举行“庆祝律师制度恢复重建40周年”活动。"
                     "活动由宁安市司法局联合宁安市总工会共同主办,宁安市律师协会承办。")
    events = [m.name for m in a.mentions if m.cls == "Event"]
    assert events == ["“庆祝律师制度恢复重建40周年”活动"] and not [m for m in a.mentions if m.cls == "Program"]
    assert {r.object[1] for r in a.relations if r.predicate == "organizedBy"} == {"宁安市司法局", "宁安市总工会", "宁安市律师协会"}


def test_set_phrases_and_leading_words_are_not_names(analyze_text):
    a = analyze_text("今年12月4日是我国第6个国家宪法日,也是今年宪法宣传周的一天。各县(市)区人民法院积极参与,"
                     "维护社会长治久安。")
    names = {m.name for m in a.mentions}
    assert "长治市" not in names and not any(n.endswith("区人民法院") for n in names)
    events = {m.name: m.aliases for m in a.mentions if m.cls == "Event"}
    assert not any(e.startswith(("今年", "我国")) for e in events)
    assert "第6个国家宪法日" in events and "国家宪法日" in events["第6个国家宪法日"]


def test_names_after_a_quoted_title_they_hold(analyze_text):
    a = analyze_text("会上,“最美法律援助律师”赵明远、钱立新分别介绍了办案经验。")
    assert {m.name for m in a.mentions if m.cls == "Person"} >= {"赵明远", "钱立新"}


@pytest.mark.parametrize("body,event", [
    ("宁安市监狱管理局举办教育改造成果展。", "教育改造成果展"),
    ("宁安市律师协会首创举办宁安律师文化节。", "宁安律师文化节"),
], ids=["exhibition", "festival"])
def test_exhibitions_and_festivals_are_events(analyze_text, body, event):
    assert event in {m.name for m in analyze_text(body).mentions if m.cls == "Event"}


def test_a_working_committee_of_a_party_committee_among_sponsors(analyze_text):
    a = analyze_text("9月3日,宁安市隆重举行“律师制度恢复重建40周年”活动。活动由宁安市司法局联合中共宁安市委非公企业和社会组织工委、"
                     "宁安市总工会共同主办,宁安市律师协会承办。")
    organizers = {r.object[1] for r in a.relations if r.predicate == "organizedBy"}
    assert "中共宁安市委员会" not in organizers and any(o.endswith("非公企业和社会组织工委") for o in organizers)
    assert {"宁安市司法局", "宁安市总工会", "宁安市律师协会"} <= organizers


@pytest.mark.parametrize("body,member", [
    ("甘肃省司法厅召开会议。省委政法委副书记、综治办主任王立新出席。", ("王立新", "中共甘肃省委员会政法委")),
    ("宁安市司法局召开会议。市委常委、统战部长赵明远出席。", ("赵明远", "中共宁安市委员会统战部")),
], ids=["bare-office-in-a-chain", "tongzhan-buzhang"])
def test_posts_of_party_departments_in_a_chain(analyze_text, body, member):
    members = {(r.subject[1], r.object[1]) for r in analyze_text(body).relations if r.predicate == "memberOf"}
    assert member in members and not any(o.endswith("司法厅") or o.endswith("司法局") for _, o in members)


def test_a_mayors_post_is_no_provincial_governments(analyze_text):
    a = analyze_text("甘肃省人民政府召开会议。副市长、市公安局局长王立新等领导出席会议。")
    assert ("王立新", "甘肃省人民政府") not in {(r.subject[1], r.object[1]) for r in a.relations if r.predicate == "memberOf"}


def test_he_stressed_opening_a_sentence_is_the_last_person_named(analyze_text):
    a = analyze_text("3月5日,全市人民调解工作现场会在宁安市召开。宁安市司法局局长王立新充分肯定了各地的做法。他强调,要加强调解工作。")
    assert ("王立新", "全市人民调解工作现场会") in {(r.subject[1], r.object[1]) for r in a.relations if r.predicate == "spokeAt"}


def test_the_shi_of_a_municipality_is_the_municipality(analyze_text):
    # 天河 names a district of 广州 too: a prison named after it does not make 广州 the article's city
    a = analyze_text("1月12日,北京市监狱管理局举办教育改造成果展。天河监狱、清河监狱的民警参加。"
                     "市监狱管理局党组书记王立新出席。他们长期同市监狱管理局合作。")
    orgs = {m.name for m in a.mentions if m.cls == "Organization"}
    assert not any(o.startswith(("广州", "长期")) for o in orgs)


def test_a_prison_after_by_is_named(analyze_text):
    # 由X监狱…创作: 由 (by) opens the name of an institution, as 到 and 在 do
    a = analyze_text("这幅长卷由垦荒监狱多名罪犯集体创作完成。")
    assert {m.name for m in a.mentions if m.cls == "Organization"} == {"垦荒监狱"}


def test_an_office_before_a_post_is_no_name(analyze_text):
    a = analyze_text("司法部司改办副主任出席会议并作了重要讲话。")
    assert not [m for m in a.mentions if m.cls == "Person"]
    assert "司法部司改办" in {m.name for m in a.mentions if m.cls == "Organization"}


def test_a_room_for_video_meetings_is_no_event(analyze_text):
    a = analyze_text("全市司法行政工作会议在市司法局视频会议室召开。")
    assert {m.name for m in a.mentions if m.cls == "Event"} == {"全市司法行政工作会议"}


def test_more_bodies_and_no_kinds_of_people_as_names(analyze_text):
    a = analyze_text("甘肃省水利厅、省商务厅召开会议。兰州市律师行业党委书记王立新出席。政委向律师代表颁发了聘书。"
                     "兰州律协首开先河创办兰州法律服务交易会。")
    orgs = {m.name for m in a.mentions if m.cls == "Organization"}
    assert {"甘肃省水利厅", "甘肃省商务厅", "兰州市律师行业党委"} <= orgs
    assert {m.name for m in a.mentions if m.cls == "Person"} == {"王立新"}
    assert "兰州法律服务交易会" in {m.name for m in a.mentions if m.cls == "Event"}


def test_reporting_at_a_meeting_is_speaking(analyze_text):
    a = analyze_text("3月7日,省律协理事会会议在长沙召开。省律协监事长王立新通报了监事会工作情况。")
    assert "王立新" in {r.subject[1] for r in a.relations if r.predicate == "spokeAt"}
