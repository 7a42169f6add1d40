"""Facts inferred from names, marked as inferred: jurisdiction and subOrganizationOf."""
from __future__ import annotations

from ..lexicons import Lexicon
from ..model import Analysis
from .common import extend, mention, relation


def infer_from_names(a: Analysis, lex: Lexicon) -> Analysis:
    """An organ's name gives its place (jurisdiction) and its parent body (subOrganizationOf)."""
    rels, places = [], []
    for m in [m for m in a.mentions if m.cls == "Organization"]:
        at = dict(m.attrs)
        s, e = m.evidence.start, m.evidence.end
        place = at.get("place")
        # units (监狱, 戒毒所, 学校) serve no area of their own; bureaus, governments, committees do
        if place and not at.get("parent") and at.get("organ_kind") not in ("unit", "school", "media", "firm"):
            p = lex.place(place)
            pname = p.name if p else place
            places.append(mention(a, "Place", pname, s, e, "infer:place-in-name", inferred=True,
                                  aliases=(p.short,) if p and p.short != p.name else ()))
            rels.append(relation(a, m.key, "jurisdiction", ("Place", pname), s, e, "infer:jurisdiction-from-name",
                                 inferred=True, confidence=0.9))
        if at.get("part_of"):
            rels.append(relation(a, m.key, "subOrganizationOf", ("Organization", at["part_of"]), s, e,
                                 "infer:unit-of-body-from-name", inferred=True, confidence=0.9))
        if at.get("parent"):
            rels.append(relation(a, m.key, "subOrganizationOf", ("Organization", at["parent"]), s, e,
                                 "infer:sub-unit-from-name", inferred=True, confidence=0.95))
    return extend(a, mentions=places, relations=rels)
