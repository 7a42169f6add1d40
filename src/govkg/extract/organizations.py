"""Organizations by the grammar of Chinese organ names.

An organ name is an administrative division, an optional distinctive word, an organ suffix
(司法厅, 监狱管理局, 人民法院...) and an optional sub-unit (党委, 党组, 政治部); national bodies come
from a lexicon. Short forms (省司法厅, 局党委, 省委组织部, bare 司法厅 in a provincial article) are
completed from the article's or section's context, and coordinated lists
(河北、山东、上海等省(市)司法厅(局)) are expanded into full names. Names use the canonical organ
(监狱局 -> 监狱管理局); the form as written is kept as an alias.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import Lexicon
from ..model import Analysis, Mention
from .common import compile_alternation, extend, mention, section_speaker
from .places import CITY_LEVEL, PROVINCIAL, home_places

BAD_MID = set("的在了和与及等各全为是对把将被从向由所其该本这委直、，,")
BAD_GENERIC_FIRST = set("全各该本我两三一市省区县每自社辖城郊园景校小监病")
PARTY_DEPTS = "组织部|宣传部|政法委|统战部|办公厅|办公室|纪委"
# A level word that names one division only: 神农架林区 is China's only forest district (林区)
UNIQUE_LEVEL = {"林区": "神农架林区"}
UNIT_KINDS = ("unit", "office", "department")
SHORT_AFTER = set("在和与及的对从由向将把被给据经为是同跟让使请团")
# An unknown county-level place: two or three characters, none a function word, then 市/县/区/旗
GENERIC = r"(?<![\u4e00-\u9fff])(?:(?![是和在从与及的了对向将为由被把者记据经我你他她它这那其该本各全每])[\u4e00-\u9fff]){2,3}(?:市|县|区|旗)"


@lru_cache(maxsize=4)
def patterns(lex: Lexicon) -> dict[str, re.Pattern]:
    """The compiled organ-name patterns for one lexicon."""
    place = compile_alternation(lex.places)
    organ = compile_alternation(lex.organs)
    sub = compile_alternation(lex.subunits)
    nat = compile_alternation(lex.national)
    return {
        "full": re.compile(
            rf"(?P<cpc>中共)?(?:(?P<nat>{nat})(?P<organ2>{organ})?"
            rf"|(?P<place>(?:{place})(?:{place})?|{GENERIC})"
            rf"(?P<mid>[\u4e00-\u9fff]{{0,6}}?)(?P<organ>{organ}))(?P<sub>{sub})?"),
        "party": re.compile(rf"(?P<cpc>中共)?(?P<place>{place}|{GENERIC})(?:党)?委(?!员)(?P<dept>{PARTY_DEPTS})?"),
        "short": re.compile(rf"(?P<lvl>自治区|自治州|林区|省|市|区|县|州|盟|旗)(?P<mid>[\u4e00-\u9fff]{{0,4}}?)(?P<organ>{organ})(?P<sub>{sub})?"),
        "short_party": re.compile(rf"(?P<lvl>自治区|省|市)(?:党)?委(?!员)(?P<dept>{PARTY_DEPTS})?"),
        "league": re.compile(r"团(?P<lvl>省|市|县|区)委"),
        "cppcc": re.compile(rf"(?P<place>{place})?(?P<lvl>省|市|县|区|自治区|林区)?政协"),
        "bare": re.compile(rf"(?<![\u4e00-\u9fff])(?P<organ>司法厅|监狱管理局|监狱局|戒毒管理局|公安厅|"
                           rf"财政厅|民政厅|教育厅)(?P<sub>{sub})?"),
        "bare_sub": re.compile(r"(?P<unit>厅|局)(?P<sub>党委|党组)"),
        "coord": re.compile(
            rf"(?P<list>(?:{place})(?:、(?:{place}))+)等?(?:省|市|省市|省[(（]市[)）]|地)?"
            rf"(?P<organ>{organ})(?:[(（](?P<alt>[\u4e00-\u9fff]{{1,2}})[)）])?"),
    }


def full_place(lex: Lexicon, written: str) -> tuple[str, str]:
    """(name prefix, place) of a written place chain: 北京 -> (北京市, 北京市);
    江苏省无锡 -> (江苏省无锡, 无锡市): the chain keeps its written inner part, the place is the innermost."""
    p = lex.place(written)
    if p:
        return p.name, p.name
    for i in range(len(written) - 1, 0, -1):
        head, tail = lex.place(written[:i]), written[i:]
        if head:
            t = lex.place(tail)
            return head.name + tail, (t.name if t else head.name)
    return written, written


def organ_for(lex: Lexicon, place: str, organ: str) -> str:
    """The canonical organ for a place: a municipality's justice bureau is 司法局, a province's 司法厅."""
    row = lex.organs.get(organ) or {}
    organ = row.get("canonical") or organ
    p = lex.place(place)
    if p and row.get("provincial_form"):
        if p.level == "municipality" and organ.endswith("厅"):
            return organ[:-1] + "局"
        if p.level in ("province", "autonomous_region") and organ.endswith("局") \
                and organ[:-1] + "厅" == row["provincial_form"]:
            return row["provincial_form"]
    return organ


def party_name(place: str, dept: str | None = None) -> tuple[str, tuple[str, ...]]:
    """中共X委员会 (+ department), with the common short forms as aliases."""
    dept = dept or ""
    return f"中共{place}委员会{dept}", (f"中共{place}委{dept}", f"{place}委{dept}", f"{place}党委{dept}")


def org_mentions(a: Analysis, name: str, start: int, end: int, rule: str, place: str | None,
                 sub: str | None, inferred: bool = False, aliases: tuple[str, ...] = (),
                 parent_aliases: tuple[str, ...] = (), kind: str = "", part_of: str | None = None) -> list[Mention]:
    """A mention of an organization and, for a sub-unit, of its parent body.

    parent marks a party committee or department inside a body (党委, 政治部); part_of a unit
    named after the body it belongs to (司法部戒毒管理局, 监狱管理局民警接待站)."""
    base = name[: len(name) - len(sub)] if sub else None
    attrs = ((("place", place),) if place else ()) + ((("parent", base),) if base else ()) \
        + ((("organ_kind", kind),) if kind else ()) + ((("part_of", part_of),) if part_of else ())
    out = [mention(a, "Organization", name, start, end, rule, aliases=aliases, attrs=attrs, inferred=inferred)]
    if base:
        battrs = ((("place", place),) if place else ()) + ((("organ_kind", kind),) if kind else ())
        out.append(mention(a, "Organization", base, start, end - len(sub), rule, attrs=battrs,
                           inferred=inferred, aliases=parent_aliases))
    return out


def free(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether s:e overlaps no span already taken."""
    return all(e <= ts or s >= te for ts, te in taken)


def blocked(lex: Lexicon, text: str, organ: str, end: int) -> bool:
    """An organ word that reads on into a longer word (大学 in 大学生)."""
    nf = (lex.organs.get(organ) or {}).get("not_followed_by") or ""
    return bool(nf) and text[end:end + 1] in nf


def extract_organizations(a: Analysis, lex: Lexicon) -> Analysis:
    """Organization mentions with their place and parent body as attributes."""
    text, pats, found, taken = a.document.text, patterns(lex), [], []
    for m in pats["coord"].finditer(text):
        organ = m.group("organ")
        for written in m.group("list").split("、"):
            _, place = full_place(lex, written)
            name = place + organ_for(lex, place, organ)
            found += org_mentions(a, name, m.start(), m.end(), "org:coordinated-list", place, None, inferred=True,
                                  kind=lex.organs[organ]["kind"])
        taken.append(m.span())
    for m in pats["full"].finditer(text):
        if not free(taken, *m.span()):
            continue
        sub = m.group("sub")
        if m.group("nat"):
            row = lex.national[m.group("nat")]
            nat, organ2 = row["name"], m.group("organ2")
            if not organ2 and not sub and text[m.end():m.end() + 1] == "门":
                continue   # 司法部门: departments in general
            if organ2 and blocked(lex, text, organ2, m.end("organ2")):
                continue
            name = nat + (organ_for(lex, "", organ2) if organ2 else "") + (sub or "")
            place = row["jurisdiction"] if organ2 and lex.place(row["jurisdiction"]) else None
            alias = (m.group(),) if m.group() != name and not m.group("cpc") else ()
            found += org_mentions(a, name, m.start(), m.end(), f"org:national:{row['id']}", place, sub, aliases=alias,
                                  part_of=nat if organ2 else None)
            if organ2:   # a unit named after a national body is part of it
                found.append(mention(a, "Organization", nat, m.start(), m.start("organ2"), f"org:national:{row['id']}"))
        else:
            mid, written, organ = m.group("mid"), m.group("place"), m.group("organ")
            if set(mid) & BAD_MID or (lex.place(written) is None and written[0] in BAD_GENERIC_FIRST) \
                    or blocked(lex, text, organ, m.end("organ")):
                continue
            prefix, place = full_place(lex, written)
            kind = lex.organs[organ]["kind"]
            p = lex.place(place)
            if kind == "unit" and not mid and p and p.level in PROVINCIAL and prefix == place:
                continue   # 贵州监狱 (a province's prisons), not one named unit
            name = prefix + mid + organ_for(lex, place, organ) + (sub or "")
            written_form = text[m.start("place"):m.end()]
            found += org_mentions(a, name, m.start("place"), m.end(), f"org:grammar:{lex.organs[organ]['id']}",
                                  place, sub, aliases=(written_form,) if written_form != name else (), kind=kind)
        taken.append(m.span())
    for m in pats["party"].finditer(text):
        written = m.group("place")
        if not free(taken, *m.span()) or (lex.place(written) is None and written[0] in BAD_GENERIC_FIRST):
            continue
        _, place = full_place(lex, written)
        name, aliases = party_name(place, m.group("dept"))
        found.append(mention(a, "Organization", name, m.start(), m.end(), "org:party-committee",
                             aliases=aliases, attrs=(("place", place),)))
        if m.group("dept"):
            base, base_aliases = party_name(place)
            found.append(mention(a, "Organization", base, m.start(), m.end() - len(m.group("dept")),
                                 "org:party-committee", aliases=base_aliases, attrs=(("place", place),)))
        taken.append(m.span())
    a = extend(a, mentions=found)
    a = extend(a, mentions=short_forms(a, lex, taken))
    a = extend(a, mentions=cppcc(a, lex))
    return extend(a, mentions=unit_chains(a, lex))


def cppcc(a: Analysis, lex: Lexicon) -> list[Mention]:
    """政协 / X市政协: the local committee of the CPPCC, 中国人民政治协商会议X委员会."""
    text, out = a.document.text, []
    for m in patterns(lex)["cppcc"].finditer(text):
        if m.group("place"):
            _, place = full_place(lex, m.group("place"))
        else:
            place = context_place(a, lex, m.start(), m.group("lvl") or "市") if m.group("lvl") else \
                (home_places(a, lex)[1] or home_county(a, lex, "区") or home_county(a, lex, "县") or home_places(a, lex)[0])
        if place:
            out.append(mention(a, "Organization", f"中国人民政治协商会议{place}委员会", m.start(), m.end(), "org:cppcc",
                               aliases=(f"{place}政协",), attrs=(("place", place),), inferred=not m.group("place")))
    return out


def unit_chains(a: Analysis, lex: Lexicon) -> list[Mention]:
    """A unit written right after its body: 自治区监狱管理局民警接待站, X司法局城关司法所."""
    text, out = a.document.text, []
    organ = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{compile_alternation(o for o, r in lex.organs.items() if r['kind'] in UNIT_KINDS)})")
    orgs = [m for m in a.mentions if m.cls == "Organization"]
    for m in [m for m in orgs if not dict(m.attrs).get("parent")]:
        u = organ.match(text, m.evidence.end)
        # not when an organization is already named there (or around): 兵团 + 监狱局 is one name
        if u and not set(u.group()) & BAD_MID and not any(
                o.evidence.start < u.end() and o.evidence.end > m.evidence.end for o in orgs):
            kind = next(r["kind"] for o, r in lex.organs.items() if u.group().endswith(o))
            out.append(mention(a, "Organization", m.name + u.group(), m.evidence.start, u.end(), "org:unit-of-body",
                               attrs=(("organ_kind", kind), ("part_of", m.name))))
    return out


def context_place(a: Analysis, lex: Lexicon, pos: int, lvl: str) -> str | None:
    """The place a short form (省/市/自治区) refers to: the section speaker's, else the article's."""
    province, city = home_places(a, lex)
    speaker = section_speaker(a, pos)
    sp = lex.place(dict(speaker.attrs).get("place") or "") if speaker else None
    if sp:
        province = sp.name if sp.level in PROVINCIAL else sp.parent or province
    prov = lex.place(province or "")
    if lvl in ("省", "自治区"):
        return province if prov and (lvl == "省") == (prov.level == "province") or lvl == "自治区" and prov \
            and prov.level == "autonomous_region" else None
    if lvl in ("区", "县", "旗"):
        return home_county(a, lex, lvl)
    if lvl in ("州", "自治州", "盟", "林区"):   # 州司法局: the article's autonomous prefecture
        if city and city.endswith(lvl):
            return city
        return UNIQUE_LEVEL.get(lvl)
    return city or (province if prov and prov.level == "municipality" else None)


def home_county(a: Analysis, lex: Lexicon, lvl: str) -> str | None:
    """The district or county the article is about: the one most often named as an organ's place."""
    counts: dict[str, int] = {}
    for m in a.mentions:
        place = dict(m.attrs).get("place") if m.cls == "Organization" else m.name if m.cls == "Place" else None
        p = lex.place(place or "")
        level_ok = p is None or p.level not in PROVINCIAL + CITY_LEVEL
        if place and place.endswith(lvl) and level_ok:
            counts[place] = counts.get(place, 0) + 1
    return max(sorted(counts), key=lambda k: counts[k]) if counts else None


def found_so_far(a: Analysis, new: list[Mention]) -> list[Mention]:
    """Organization mentions found so far, in text order."""
    return sorted([m for m in a.mentions if m.cls == "Organization"] + new, key=lambda m: m.evidence.start)


def clause_place(a: Analysis, orgs: list[Mention], pos: int) -> str | None:
    """The place of the last organization earlier in the same clause (河北司法厅副厅长、监狱局局长)."""
    text = a.document.text
    lo = max(text.rfind(c, 0, pos) for c in "，,。；;\n") + 1
    before = [o for o in orgs if lo <= o.evidence.start and o.evidence.end <= pos]
    return dict(before[-1].attrs).get("place") if before else None


def short_forms(a: Analysis, lex: Lexicon, taken: list[tuple[int, int]]) -> list[Mention]:
    """Short forms completed from context, marked inferred."""
    text, pats, out = a.document.text, patterns(lex), []
    for key in ("short", "league", "short_party", "bare"):
        for m in pats[key].finditer(text):
            prev = text[m.start() - 1] if m.start() else ""
            # 光市社区矫正大队: a short form right after a Han character is the tail of an unknown name
            if not free(taken, *m.span()) or ("\u4e00" <= prev <= "\u9fff" and prev not in SHORT_AFTER):
                continue
            if key == "bare":
                place = clause_place(a, found_so_far(a, out), m.start()) or home_places(a, lex)[0]
                place = place if lex.place(place or "") else None
            else:
                place = context_place(a, lex, m.start(), m.group("lvl"))
            if not place:
                continue
            if key in ("short", "bare"):
                mid, organ, sub = (m.group("mid") if key == "short" else ""), m.group("organ"), m.group("sub")
                if set(mid) & BAD_MID or blocked(lex, text, organ, m.end("organ")):
                    continue
                name = place + mid + organ_for(lex, place, organ) + (sub or "")
                out += org_mentions(a, name, m.start(), m.end(), f"org:{key}-form", place, sub, inferred=True,
                                    aliases=(place + text[m.end("lvl") if key == "short" else m.start():m.end()],),
                                    kind=lex.organs[organ]["kind"])
            elif key == "league":
                name = f"共青团{place}委员会"
                out.append(mention(a, "Organization", name, m.start(), m.end(), "org:league-short",
                                   aliases=(f"共青团{place}委",), attrs=(("place", place),), inferred=True))
            else:
                name, aliases = party_name(place, m.group("dept"))
                out.append(mention(a, "Organization", name, m.start(), m.end(), "org:short-party",
                                   aliases=aliases, attrs=(("place", place),), inferred=True))
            taken.append(m.span())
    for m in pats["bare_sub"].finditer(text):
        if not free(taken, *m.span()):
            continue
        speaker = section_speaker(a, m.start())
        unit = m.group("unit")
        if not (speaker and speaker.cls == "Organization" and speaker.name.endswith(unit)):
            earlier = [o for o in found_so_far(a, out) if o.evidence.end <= m.start() and o.name.endswith(unit)
                       and not dict(o.attrs).get("parent")]
            speaker = earlier[-1] if earlier else None
        if speaker is not None:
            place = dict(speaker.attrs).get("place")
            out += org_mentions(a, speaker.name + m.group("sub"), m.start(), m.end(), "org:context-unit",
                                place, m.group("sub"), inferred=True)
    return out
