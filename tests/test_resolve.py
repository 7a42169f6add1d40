"""Resolution: one entity per class and name or shared form, never across classes, and why."""
from __future__ import annotations

import pytest

from govkg.model import Analysis, Document, Evidence, Mention
from govkg.resolve import resolve


def m(cls: str, name: str, start: int, aliases: tuple[str, ...] = ()) -> Mention:
    return Mention(cls, name, name, Evidence("d", 0, start, start + len(name), "test"), aliases)


def run(*mentions: Mention):
    doc = Document("d", "d.txt", "x" * 200, "t")
    return {e.key: e for e in resolve([Analysis(doc, mentions=mentions)]).entities}


@pytest.mark.parametrize("mentions,expected", [
    ([m("Event", "中国共产党第十八次全国代表大会", 0, ("十八大",)), m("Event", "十八大", 50)],
     {("Event", "中国共产党第十八次全国代表大会"): ["resolve:new-entity", "resolve:shared-form:十八大"]}),
    ([m("Program", "安全生产月", 0), m("Program", "“安全生产月”", 20)],
     {("Program", "安全生产月"): ["resolve:new-entity", "resolve:same-name"]}),
    ([m("Place", "北京市", 0), m("Organization", "北京市", 10)],
     {("Place", "北京市"): ["resolve:new-entity"], ("Organization", "北京市"): ["resolve:new-entity"]}),
], ids=["alias", "quotes-ignored", "classes-kept-apart"])
def test_resolution(mentions, expected):
    ents = run(*mentions)
    assert {k: list(e.resolutions) for k, e in ents.items()} == expected


def test_traditional_and_simplified_forms_are_one_entity():
    ents = run(m("Organization", "廣東省司法廳", 0), m("Organization", "广东省司法厅", 30))
    assert list(ents) == [("Organization", "廣東省司法廳")]
    assert list(ents.values())[0].resolutions == ("resolve:new-entity", "resolve:same-name")


def test_facts_whose_ends_are_named_in_a_later_document_wait_for_it():
    """Fed one document at a time, a fact pointing at an entity not yet seen is kept until the end:
    the graph equals resolving everything at once, and a fact whose end is never named is dropped."""
    from govkg.model import Attribute, Award, Observation, Relation
    from govkg.resolve import Resolver

    def ev(doc: str, start: int) -> Evidence:
        return Evidence(doc, 0, start, start + 2, "test")

    org, person, title, nobody = ("Organization", "司法部"), ("Person", "张明"), ("Title", "全国模范"), ("Person", "无名")
    first = Analysis(Document("a", "a.txt", "x" * 50, "a"), mentions=(
        Mention("Person", "张明", "张明", ev("a", 0)),), relations=(
        Relation(person, "memberOf", org, ev("a", 0)), Relation(person, "memberOf", nobody, ev("a", 5))),
        attributes=(Attribute(org, "startDate", "2016", "gYear", ev("a", 10)),),
        observations=(Observation(org, 3.0, "件", "cases", ev("a", 20)),),
        awards=(Award(person, title, ev("a", 30), org),))
    second = Analysis(Document("b", "b.txt", "x" * 50, "b"), mentions=(
        Mention("Organization", "司法部", "司法部", ev("b", 0)), Mention("Title", "全国模范", "全国模范", ev("b", 9))))
    r = Resolver()
    r.feed(first)
    assert r.facts["relations"] == [] and len(r.later) == 5      # every fact of the first waits
    r.feed(second)
    kg = r.graph([first, second])
    assert kg == resolve([first, second])
    assert [(x.subject, x.object) for x in kg.relations] == [(person, org)]
    assert len(kg.attributes) == len(kg.observations) == 1 and kg.awards[0].conferred_by == org


@pytest.mark.parametrize("order", ["ids-ascending", "ids-descending"])
def test_mentions_and_facts_are_in_document_and_place_order_whatever_order_they_came_in(order):
    """Each entity's mentions, with the reason each joined, and every fact come out by document id and
    place: sorted as documents are fed when their ids ascend, at the end otherwise."""
    from govkg.model import Relation

    def doc(doc_id: str) -> Analysis:
        def at(start: int) -> Evidence:
            return Evidence(doc_id, 0, start, start + 3, "test")
        late, early = (Mention("Organization", name, name, at(s)) for name, s in (("司法部", 40), ("司法部", 5)))
        person = Mention("Person", "张明", "张明", at(20))
        rels = tuple(Relation(person.key, "memberOf", ("Organization", "司法部"), at(s)) for s in (30, 10))
        return Analysis(Document(doc_id, f"{doc_id}.txt", "x" * 50, doc_id), mentions=(late, person, early), relations=rels)

    docs = [doc("a"), doc("b")]
    kg = resolve(docs if order == "ids-ascending" else docs[::-1])
    (org,) = [e for e in kg.entities if e.cls == "Organization"]
    assert [(x.evidence.doc_id, x.evidence.start) for x in org.mentions] == [("a", 5), ("a", 40), ("b", 5), ("b", 40)]
    first = "a" if order == "ids-ascending" else "b"       # its mention at 40 was written first: it made the entity
    assert {(x.evidence.doc_id, x.evidence.start): why for x, why in zip(org.mentions, org.resolutions)
            if why != "resolve:same-name"} == {(first, 40): "resolve:new-entity"}
    assert [(x.evidence.doc_id, x.evidence.start) for x in kg.relations] == [("a", 10), ("a", 30), ("b", 10), ("b", 30)]
