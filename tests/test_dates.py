"""Event dates: full dates, ranges, and a day alone in the month of a dated news item (or the month before)."""
from __future__ import annotations

import pytest


def dates(a, name: str | None = None) -> set:
    """The (property, date) pairs of the events, or of the event named name."""
    keys = {m.key for m in a.mentions if name is None or m.name == name}
    return {(x.predicate, x.value) for x in a.attributes if x.predicate in ("startDate", "endDate") and x.subject in keys}


@pytest.mark.parametrize("body,date,expected", [
    ("湖北省高级人民法院7日召开全省法院工作会议。", "2015-07-09", {("startDate", "2015-07-07")}),
    ("今天(19日),全省行政机关负责人培训班在省委党校开班。", "2015-01-20", {("startDate", "2015-01-19")}),
    ("8日至9日,全省司法行政工作会议在广州召开。", "2015-08-10", {("startDate", "2015-08-08"), ("endDate", "2015-08-09")}),
    ("2016年7月25日,全国司法行政队伍建设工作会议在北京召开。", "2016", {("startDate", "2016-07-25")}),
    ("28日,全省司法行政工作会议在广州召开。", "2015-08-10", {("startDate", "2015-07-28")}),
    ("昨日,全省司法行政工作会议在广州召开。", "2015-03-01", {("startDate", "2015-02-28")}),
    ("12月4日是国家宪法日,昨日,全省司法行政工作会议在合肥召开。", "2018-12-04", {("startDate", "2018-12-03")}),
], ids=["day", "today-with-day", "day-range", "full-date", "day-of-last-month", "yesterday", "yesterday-after-a-date"])
def test_event_dates(analyze_text, body, date, expected):
    assert dates(analyze_text(body, date=date)) == expected


@pytest.mark.parametrize("body,date", [
    ("7日,全省司法行政工作会议在广州召开。", "2015"),                # the item has no month
    ("申请人应在15日内向全省司法行政工作会议提交材料。", "2015-08-20"),  # a period, not a day
    ("7日,全省监狱工作会议在南京召开,全省司法行政工作会议将于下月召开。", "2015-08-10"),  # the day is the first event's
], ids=["no-month", "within-days", "other-event-between"])
def test_no_date_when_the_day_is_not_the_events(analyze_text, body, date):
    a = analyze_text(body, date=date)
    assert "全省司法行政工作会议" in {m.name for m in a.mentions}
    assert dates(a, "全省司法行政工作会议") == set()


def test_the_speakers_own_place_is_not_part_of_an_event_name(analyze_text):
    a = analyze_text("昨日,我省首届社区矫正中心开放日活动在全省同步举行。", date="2018-12-04")
    assert "首届社区矫正中心开放日活动" in {m.name for m in a.mentions if m.cls == "Event"}
    assert dates(a, "首届社区矫正中心开放日活动") == {("startDate", "2018-12-03")}


@pytest.mark.parametrize("body,name", [
    ("记者从今天召开的全国司法厅(局)长座谈会上了解到,司法部研究建立了信息库。", "全国司法厅(局)长座谈会"),
    ("7月25日,全国司法厅（局）长会议在北京召开。", "全国司法厅（局）长会议"),
], ids=["ascii-brackets", "full-width-brackets"])
def test_a_bracketed_alternative_stays_inside_an_event_name(analyze_text, body, name):
    a = analyze_text(body, date="2012-07-25")
    assert name in {m.name for m in a.mentions if m.cls == "Event"}
    assert {p for p, _ in dates(a, name)} == {"startDate"}


@pytest.mark.parametrize("body,expected", [
    ("5 月23 上午,宁安市司法局在消防支队驻地举行了法律服务工作站揭牌仪式。", "2016-05-23"),
    ("12月4日,在第十个“国家宪法日”到来之际,宁安市司法局主办的宪法宣传周启动仪式在人民广场举行。", "2016-12-04"),
], ids=["stray-spaces-no-ri", "occasion-on-the-way"])
def test_the_date_opening_a_sentence_is_the_held_events(analyze_text, body, expected):
    a = analyze_text(body, date="2016")
    held = [m.name for m in a.mentions if m.cls == "Event" and "仪式" in m.name]
    assert held and ("startDate", expected) in dates(a, held[0])


def test_an_activity_launched_at_a_place_is_held_there_and_dated(analyze_text):
    a = analyze_text("6月24日,宁安市法治宣传暨法律进乡村主题活动在宁安市文化广场启动。", date="2022")
    assert ("startDate", "2022-06-24") in dates(a, "宁安市法治宣传暨法律进乡村主题活动")


@pytest.mark.parametrize("body", ["全省律师工作会议于3月5日在长沙召开。", "全省律师工作会议3月5日在长沙召开。"],
                         ids=["yu-date", "date"])
def test_a_date_right_after_the_events_name(analyze_text, body):
    a = analyze_text(body, date="2016")
    assert dates(a) == {("startDate", "2016-03-05")}
    assert [(r.subject[1], r.object[1]) for r in a.relations if r.predicate == "heldIn"] == [("全省律师工作会议", "长沙市")]


def test_a_date_before_the_head_word_of_the_articles_event(analyze_text):
    a = analyze_text("3月5日,会议在长沙召开。省司法厅厅长王立新出席。", title="全省律师工作会议在长沙召开", date="2016")
    assert dates(a) == {("startDate", "2016-03-05")}


def test_the_head_word_then_the_date(analyze_text):
    a = analyze_text("全省司法行政工作会议在兰州召开。会议于3月5日至6日举行。", date="2016")
    assert dates(a, "全省司法行政工作会议") == {("startDate", "2016-03-05"), ("endDate", "2016-03-06")}


def test_an_undated_meeting_of_a_one_day_visit_takes_that_day(analyze_text):
    a = analyze_text("3月5日,市司法局局长张某某一行到汝南县司法局调研。张某某一行先后到多个工作站实地调研。"
                     "最后在县司法局会议室召开了公共法律服务工作座谈会,进行了深入交流。", title="市司法局负责人深入调研", date="2019-03-07")
    assert ("公共法律服务工作座谈会", "startDate", "2019-03-05") in {(x.subject[1], x.predicate, x.value) for x in a.attributes}
