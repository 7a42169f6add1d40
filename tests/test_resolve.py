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
