"""Who confers a title when the sentence names no giver, and who runs a program 由…举办.

Each row is an invented sentence of the genre; the names are made up."""
from __future__ import annotations

import pytest


def rels(a, pred):
    return {(r.subject[1], r.object[1]) for r in a.relations if r.predicate == pred}


@pytest.mark.parametrize("body,title,giver", [
    ("浙江省司法厅5日召开全省人民调解工作表彰大会。王建华等20名同志荣获“金牌调解员”称号。",
     "金牌调解员", "浙江省司法厅"),
    ("为表彰先进,甘肃省律师协会在全省开展了“十佳律师”评选活动。最终确定10名律师荣获“十佳律师”称号。",
     "十佳律师", "甘肃省律师协会"),
], ids=["ceremony-organizer", "runs-the-selection"])
def test_a_title_with_no_named_giver_is_conferred_by_the_body_of_the_ceremony(analyze_text, body, title, giver):
    assert (title, giver) in rels(analyze_text(body), "conferredBy")


def test_titles_received_earlier_or_national_ones_are_not_the_ceremonys(analyze_text):
    a = analyze_text("浙江省司法厅5日召开全省人民调解工作表彰大会。王建华等20名同志荣获“金牌调解员”称号。"
                     "王建华曾荣获“优秀人民调解员”称号,还获得“全国模范人民调解员”称号。")
    assert {t for t, _ in rels(a, "conferredBy")} == {"金牌调解员"}


def test_no_giver_is_guessed_when_two_bodies_hold_ceremonies(analyze_text):
    a = analyze_text("浙江省司法厅5日召开全省人民调解工作表彰大会。福建省司法厅6日召开全省律师工作表彰大会。"
                     "王建华荣获“金牌调解员”称号。")
    assert rels(a, "conferredBy") == set()


def test_the_bodies_between_by_and_the_verb_run_the_program(analyze_text):
    a = analyze_text("“法律进万家”活动由浙江省司法厅联合浙江省律师协会、浙江省公证协会举办,历时6个月。")
    runners = {s for s, o in rels(a, "implements") if "法律进万家" in o}
    assert runners == {"浙江省司法厅", "浙江省律师协会", "浙江省公证协会"}



def test_a_circular_is_a_document_and_its_issuer_confers_the_title_it_names(analyze_text):
    a = analyze_text("2023年5月,浙江省司法厅印发《关于表彰全省优秀司法所的通报》,湖州市南浔区练市司法所"
                     "被认定为“全省模范司法所”。")
    regs = {m.name: dict(m.attrs).get("kind") for m in a.mentions if m.cls == "Regulation"}
    assert regs == {"关于表彰全省优秀司法所的通报": "通报"}
    assert ("全省模范司法所", "浙江省司法厅") in rels(a, "conferredBy")


def test_a_newspaper_in_book_title_marks_is_still_not_a_document(analyze_text):
    a = analyze_text("《浙江法制报》报道了浙江省司法厅的经验。")
    assert not [m for m in a.mentions if m.cls == "Regulation"]


DECISION = ("司法部日前下发《司法部关于表彰全国调解工作先进集体和先进个人的决定》,我市2个集体和2名个人受到表彰。"
            "其中,宁安市法律援助中心获评全国调解工作先进集体,宁安市司法局调解科科长王立新、"
            "宁安市司法局城关司法所所长赵明远获评全国调解工作先进个人。")


def test_a_title_for_people_goes_to_the_people_of_its_clause(analyze_text):
    a = analyze_text(DECISION)
    got = {(w.recipient[1], w.title[1]) for w in a.awards}
    assert got == {("宁安市法律援助中心", "全国调解工作先进集体"), ("王立新", "全国调解工作先进个人"),
                   ("赵明远", "全国调解工作先进个人")}


def test_titles_received_after_a_decision_on_awards_are_conferred_by_its_issuer(analyze_text):
    a = analyze_text(DECISION)
    assert rels(a, "conferredBy") == {("全国调解工作先进集体", "司法部"), ("全国调解工作先进个人", "司法部")}


def test_counted_groups_holding_titles_from_a_decision(analyze_text):
    a = analyze_text("在近日印发的《司法部关于通报表扬专项活动表现突出集体和个人的决定》中,我省40个“表现突出集体”和"
                     "69名“表现突出个人”荣获通报表扬。")
    assert {m.name for m in a.mentions if m.cls == "HonoraryTitle"} == {"表现突出集体", "表现突出个人"}
    assert rels(a, "conferredBy") == {("表现突出集体", "司法部"), ("表现突出个人", "司法部")}


def test_bodies_that_jointly_select_a_title_confer_it(analyze_text):
    a = analyze_text("海珠区文明办、海珠区司法局联合评出“十大最美法律援助律师”,并在公园举办了颁奖命名仪式。")
    assert "十大最美法律援助律师" in {m.name for m in a.mentions if m.cls == "HonoraryTitle"}
    assert {g for t, g in rels(a, "conferredBy") if t == "十大最美法律援助律师"} == \
        {"海珠区司法局", "海珠区精神文明建设委员会办公室"}
