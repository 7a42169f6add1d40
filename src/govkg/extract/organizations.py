"""Organizations by the grammar of Chinese organ names.

An organ name is an administrative division, an optional distinctive word, an organ suffix
(司法厅, 监狱管理局, 人民法院...) and an optional sub-unit (党委, 党组, 政治部); national bodies come
from a lexicon. Short forms (省司法厅, 局党委, 省委组织部) are completed from the article's context
and coordinated lists (天津、山西……等省(市)司法厅(局)) are expanded into full names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import Lexicon
from ..model import Analysis, Mention
from .common import compile_alternation, extend, mention, section_speaker
from .places import PROVINCIAL, home_places

BAD_MID = set("的在了和与及等各全为是对把将被从向由所其该本这")
BAD_GENERIC_FIRST = set("全各该本我两三一市省区县每")
PARTY_DEPTS = "组织部|宣传部|政法委|统战部|办公厅|纪委"


@lru_cache(maxsize=4)
def patterns(lex: Lexicon) -> dict[str, re.Pattern]:
    """The compiled organ-name patterns for one lexicon."""
    place = compile_alternation(lex.places)
    organ = compile_alternation(lex.organs)
    sub = compile_alternation(lex.subunits)
    nat = compile_alternation(lex.national)
    generic = r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}(?:市|县|区|旗)"
    return {
        "full": re.compile(
            rf"(?P<cpc>中共)?(?:(?P<place>(?:{place})(?:{place})?|{generic})"
            rf"(?P<mid>[\u4e00-\u9fff]{{0,4}}?)(?P<organ>{organ})"
            rf"|(?P<nat>{nat})(?P<organ2>{organ})?)(?P<sub>{sub})?"),
        "party": re.compile(rf"(?P<cpc>中共)?(?P<place>{place}|{generic})委(?P<dept>{PARTY_DEPTS})?"),
        "short": re.compile(rf"(?<![\u4e00-\u9fff])?(?P<lvl>省|市)(?P<organ>{organ})(?P<sub>{sub})?"),
        "short_party": re.compile(rf"(?P<lvl>省|市)委(?P<dept>{PARTY_DEPTS})"),
        "bare_sub": re.compile(r"(?<![\u4e00-\u9fff])?(?P<unit>厅|局)(?P<sub>党委|党组)"),
        "coord": re.compile(
            rf"(?P<list>(?:{place})(?:、(?:{place}))+)等?(?:省|市|省市|省[(（]市[)）]|地)?"
            rf"(?P<organ>{organ})(?:[(（](?P<alt>[\u4e00-\u9fff]{{1,2}})[)）])?"),
    }


def full_place(lex: Lexicon, written: str) -> str:
    """The full name of a written place chain (北京 -> 北京市, 江苏省无锡 -> 江苏省无锡市)."""
    p = lex.place(written)
    if p:
        return p.name
    for i in range(len(written) - 1, 0, -1):
        head, tail = lex.place(written[:i]), written[i:]
        if head:
            t = lex.place(tail)
            return head.name + (t.name if t else tail)
    return written


def organ_for(lex: Lexicon, place: str, organ: str) -> str:
    """A municipality's justice bureau is 司法局, a province's 司法厅."""
    p = lex.place(place)
    row = lex.organs.get(organ)
    if p and row and row["provincial_form"]:
        if p.level == "municipality" and organ.endswith("厅"):
            return organ[:-1] + "局"
        if p.level in ("province", "autonomous_region") and organ.endswith("局") \
                and organ[:-1] + "厅" == row["provincial_form"]:
            return row["provincial_form"]
    return organ


def org_mentions(a: Analysis, name: str, start: int, end: int, rule: str, place: str | None,
                 sub: str | None, inferred: bool = False) -> list[Mention]:
    """A mention of an organization and, for a sub-unit, of its parent body."""
    base = name[: len(name) - len(sub)] if sub else None
    attrs = ((("place", place),) if place else ()) + ((("parent", base),) if base else ())
    out = [mention(a, "Organization", name, start, end, rule, attrs=attrs, inferred=inferred)]
    if base:
        battrs = (("place", place),) if place else ()
        out.append(mention(a, "Organization", base, start, end - len(sub), rule, attrs=battrs,
                           inferred=inferred))
    return out


def _free(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    return all(e <= ts or s >= te for ts, te in taken)


def extract_organizations(a: Analysis, lex: Lexicon) -> Analysis:
    """Organization mentions with their place and parent body as attributes."""
    text, pats, found, taken = a.document.text, patterns(lex), [], []
    for m in pats["coord"].finditer(text):
        organ = m.group("organ")
        for written in m.group("list").split("、"):
            place = full_place(lex, written)
            name = place + organ_for(lex, place, organ)
            found += org_mentions(a, name, m.start(), m.end(), "org:coordinated-list", place, None,
                                  inferred=True)
        taken.append(m.span())
    for m in pats["full"].finditer(text):
        if not _free(taken, *m.span()):
            continue
        sub = m.group("sub")
        if m.group("nat"):
            nat = lex.national[m.group("nat")]["name"]
            name = nat + (m.group("organ2") or "") + (sub or "")
            place = lex.national[m.group("nat")]["jurisdiction"] if m.group("organ2") else None
            found += org_mentions(a, name, m.start(), m.end(), f"org:national:{lex.national[m.group('nat')]['id']}",
                                  place if lex.place(place or "") else None, sub)
            if m.group("organ2"):   # 新疆生产建设兵团监狱局 is part of 新疆生产建设兵团
                found.append(mention(a, "Organization", nat, m.start(), m.start("organ2"), "org:national"))
        else:
            mid, written = m.group("mid"), m.group("place")
            if set(mid) & BAD_MID or (lex.place(written) is None and written[0] in BAD_GENERIC_FIRST):
                continue
            place = full_place(lex, written)
            organ = m.group("organ")
            name = place + mid + organ + (sub or "")
            found += org_mentions(a, name, m.start("place"), m.end(), f"org:grammar:{lex.organs[organ]['id']}",
                                  place, sub)
        taken.append(m.span())
    for m in pats["party"].finditer(text):
        if not _free(taken, *m.span()) or text[m.end():m.end() + 1] in ("员",):
            continue
        written = m.group("place")
        if lex.place(written) is None and written[0] in BAD_GENERIC_FIRST:
            continue
        place = full_place(lex, written)
        committee = "中共" + place + "委"
        dept = m.group("dept")
        name = committee + (dept or "")
        found += org_mentions(a, name, m.start(), m.end(), "org:party-committee", place, dept)
        taken.append(m.span())
    a = extend(a, mentions=found)
    return extend(a, mentions=short_forms(a, lex, taken))


def short_forms(a: Analysis, lex: Lexicon, taken: list[tuple[int, int]]) -> list[Mention]:
    """省司法厅 / 市司法局 / 省委组织部 / 厅党委, completed from the article's or section's context."""
    text, pats, out = a.document.text, patterns(lex), []
    province, city = home_places(a, lex)
    for key in ("short", "short_party"):
        for m in pats[key].finditer(text):
            if not _free(taken, *m.span()) or (m.start() and text[m.start() - 1] in BAD_GENERIC_FIRST):
                continue
            speaker = section_speaker(a, m.start())
            sp_place = dict(speaker.attrs).get("place") if speaker else None
            sp = lex.place(sp_place) if sp_place else None
            prov = sp.name if sp and sp.level in PROVINCIAL else (sp.parent if sp else None) or province
            place = prov if m.group("lvl") == "省" else (city or (prov if lex.place(prov or "") and
                                                                 lex.place(prov).level == "municipality" else None))
            if not place:
                continue
            if key == "short":
                sub = m.group("sub")
                name = place + organ_for(lex, place, m.group("organ")) + (sub or "")
                out += org_mentions(a, name, m.start(), m.end(), "org:short-form", place, sub, inferred=True)
            else:
                # the committee itself is not named here: no parent mention for it
                name = "中共" + place + "委" + m.group("dept")
                out.append(mention(a, "Organization", name, m.start(), m.end(), "org:short-party",
                                   attrs=(("place", place),), inferred=True))
            taken.append(m.span())
    for m in pats["bare_sub"].finditer(text):
        if not _free(taken, *m.span()):
            continue
        speaker = section_speaker(a, m.start())
        if speaker and speaker.cls == "Organization" and speaker.name.endswith(m.group("unit")):
            place = dict(speaker.attrs).get("place")
            out += org_mentions(a, speaker.name + m.group("sub"), m.start(), m.end(), "org:section-unit",
                                place, m.group("sub"), inferred=True)
    return out
