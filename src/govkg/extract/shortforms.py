"""Short forms of organ names completed from context, marked inferred: 省司法厅, 市律协, 局党委,
省委组织部, 团市委, 政协, a bare 司法厅 in a provincial article, 州/林区 forms."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import Lexicon
from ..model import Analysis, Mention
from .common import compile_alternation, mention, section_speaker, sentence_at
from .organs import (BAD_MID, BAD_MID_WORDS, SHORT_AFTER, UNIQUE_LEVEL, blocked, free, full_place, org_mentions, organ_for,
                     party_name, patterns)
from .places import CITY_LEVEL, PROVINCIAL, home_places


# 全面依法治市: 全 starts a task's name, not only a predicate (全市)
TOPIC_BAD_MID = BAD_MID - {"全", "和"}     # (非公企业和社会组织工委)


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
        c = lex.place(city or "")     # 恩施市 in 恩施州: a county-level city's prefecture
        if c and c.parent.endswith(lvl):
            return c.parent
        return UNIQUE_LEVEL.get(lvl)
    if prov and prov.level == "municipality":   # 北京市: its 市司法局, whatever district names a city elsewhere
        c = lex.place(city or "")
        return city if c and province in (c.parent, c.province) else province
    return city


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


def title_county(a: Analysis, lex: Lexicon) -> str | None:
    """The one county or district the title names (遂昌县召开…推进会): a bare 司法局 in the body is its."""
    span = a.document.title_span
    found = {m.name for m in a.mentions if m.cls == "Place" and span and span.start <= m.evidence.start < span.end
             and (p := lex.place(m.name)) is not None and p.level not in PROVINCIAL + CITY_LEVEL}
    return found.pop() if len(found) == 1 else None


def found_so_far(a: Analysis, new: list[Mention]) -> list[Mention]:
    """Organization mentions found so far, in text order."""
    return sorted([m for m in a.mentions if m.cls == "Organization"] + new, key=lambda m: m.evidence.start)


def clause_place(a: Analysis, orgs: list[Mention], pos: int) -> str | None:
    """The place of the last organization earlier in the same clause (河北司法厅副厅长、监狱局局长)."""
    text = a.document.text
    lo = max(text.rfind(c, 0, pos) for c in "，,。；;\n") + 1
    before = [o for o in orgs if lo <= o.evidence.start and o.evidence.end <= pos]
    return dict(before[-1].attrs).get("place") if before else None


def written_short_form(a: Analysis, lex: Lexicon, m: re.Match) -> list[Mention]:
    """A short form whose place the text does not give, named as written (省司法厅, 市司法局党委)."""
    mid, organ, sub = m.group("mid"), m.group("organ"), m.group("sub")
    if set(mid) & BAD_MID or mid.lstrip("一二两三四五六七八九十").startswith("级") \
            or blocked(lex, a.document.text, organ, m.end("organ")):
        return []   # 县级法律援助中心, 县三级法院: a level of bodies, not one
    return org_mentions(a, m.group(), m.start(), m.end(), "org:short-form-as-written", None, sub, inferred=True,
                        kind=lex.organs[organ]["kind"])


def written_party(a: Analysis, m: re.Match) -> list[Mention]:
    """A party committee (and its department) whose place the text does not give, as written."""
    return org_mentions(a, m.group(), m.start(), m.end(), "org:short-party-as-written", None, m.group("dept"),
                        inferred=True)


@lru_cache(maxsize=4)
def listed_organ(lex: Lexicon) -> re.Pattern:
    """、 and a bare organ word ending a list item."""
    return re.compile(rf"、(?P<organ>{compile_alternation(lex.organs)})(?=[、，,。；;等和及与]|$)")


def shared_level(a: Analysis, lex: Lexicon, pos: int, place: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Bare organs listed after a short form share its level: 市经信委、发改委 -> 某市发展和改革委员会."""
    text, out, follow = a.document.text, [], listed_organ(lex)
    while (n := follow.match(text, pos)) and free(taken, n.start() + 1, n.end()):
        organ = n.group("organ")
        out += org_mentions(a, place + organ_for(lex, place, organ), n.start() + 1, n.end(), "org:shared-level",
                            place, None, inferred=True, aliases=(place + organ,), kind=lex.organs[organ]["kind"])
        taken.append((n.start() + 1, n.end()))
        pos = n.end()
    return out


def short_forms(a: Analysis, lex: Lexicon, taken: list[tuple[int, int]]) -> list[Mention]:
    """Short forms completed from context, marked inferred."""
    text, pats, out = a.document.text, patterns(lex), []
    for key in ("topic_office", "short", "league", "short_party", "bare", "bare_local"):
        for m in pats[key].finditer(text):
            prev = text[m.start() - 1] if m.start() else ""
            # 光市社区矫正大队: a short form right after a Han character is the tail of an unknown name
            # 各县(市)区人民法院: a level after a bracketed one names bodies of every division, not one
            if not free(taken, *m.span()) or ("\u4e00" <= prev <= "\u9fff" and prev not in SHORT_AFTER) or prev in (")", "）"):
                continue
            if key == "short" and (m.group("lvl") + m.group("mid"))[:2] in LEVEL_PAIRS:
                continue    # 区县司法局: the bodies of every division of two levels, not one
            if key == "bare":
                place = clause_place(a, found_so_far(a, out), m.start()) or home_places(a, lex)[0]
                place = place if lex.place(place or "") else None
            elif key == "bare_local":     # only the place of a body earlier in the clause, below a province
                place = clause_place(a, found_so_far(a, out), m.start()) or title_county(a, lex)
                p = lex.place(place or "")
                place = place if p and p.level not in PROVINCIAL else None
            else:
                place = context_place(a, lex, m.start(), m.group("lvl"))
            if not place:
                # 省司法厅, 市委政法委 where the text names no province or city: the body as written
                written = written_short_form(a, lex, m) if key == "short" else \
                    written_party(a, m) if key == "short_party" else []
                if written:
                    out += written
                    taken.append(m.span())
                continue
            if key == "topic_office":
                mid = m.group("mid")
                if set(mid) & TOPIC_BAD_MID or mid.startswith("全") and not mid.startswith("全面") or mid.startswith("和"):
                    continue
                owner = f"中共{place}委" if m.group("party") else place
                out += org_mentions(a, owner + mid + m.group("organ"), m.start(), m.end(), "org:topic-office", place,
                                    None, inferred=True, aliases=(place + text[m.end("lvl"):m.end()],), kind="office")
            elif key in ("short", "bare", "bare_local"):
                mid, organ, sub = (m.group("mid") if key == "short" else ""), m.group("organ"), m.group("sub")
                # 市法治政府建设, 市数字政府: a government's name has nothing between its level and 政府
                if set(mid) & BAD_MID or any(w in mid for w in BAD_MID_WORDS) or blocked(lex, text, organ, m.end("organ")) \
                        or mid and lex.organs[organ]["kind"] == "government":
                    continue
                name = place + mid + organ_for(lex, place, organ) + (sub or "")
                out += org_mentions(a, name, m.start(), m.end(), f"org:{key}-form", place, sub, inferred=True,
                                    aliases=(place + text[m.end("lvl") if key == "short" else m.start():m.end()],),
                                    kind=lex.organs[organ]["kind"])
                if key == "short":
                    out += shared_level(a, lex, m.end(), place, taken)
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
    # 党组成员李某、董某: the party group of the bureau written about; 局党委委员、政治部主任张某: the bureau's 政治部
    for m in [*BARE_PARTY_GROUP.finditer(text), *BARE_POLITICAL.finditer(text)]:
        speaker = section_speaker(a, m.start())
        if not (speaker and dict(speaker.attrs).get("organ_kind") == "bureau"):
            earlier = [o for o in found_so_far(a, out) if o.evidence.end <= m.start()
                       and dict(o.attrs).get("organ_kind") == "bureau" and not dict(o.attrs).get("parent")]
            speaker = earlier[-1] if earlier else None
        if speaker is not None and free(taken, *m.span()):
            attrs = tuple(kv for kv in speaker.attrs if kv[0] == "place") + (("parent", speaker.name),)
            rule = "org:context-party-group" if m.group("sub") == "党组" else "org:context-political-department"
            out.append(mention(a, "Organization", speaker.name + m.group("sub"), m.start(), m.end(), rule,
                               attrs=attrs, inferred=True))
    out += own_departments(a, found_so_far(a, out), taken)
    # 大理监狱党委委员…,教育改造科科长杨某: a department named by its head's post, of the body named before
    for m in NAMED_BY_HEAD.finditer(text):
        s = sentence_at(a, m.start())
        earlier = [o for o in found_so_far(a, out) if s and s.start <= o.evidence.start and o.evidence.end <= m.start()
                   and not dict(o.attrs).get("parent") and dict(o.attrs).get("organ_kind") != "department"]
        if earlier and free(taken, *m.span("sub")):
            body = earlier[-1]
            written = text[body.evidence.start:body.evidence.end] + m.group("sub")    # 大理监狱教育改造科
            out.append(mention(a, "Organization", body.name + m.group("sub"), m.start("sub"), m.end("sub"),
                               "org:context-department", attrs=(("organ_kind", "department"), ("part_of", body.name)),
                               aliases=(written,) if written != body.name + m.group("sub") else (), inferred=True))
            taken.append(m.span("sub"))
    return out + ministry_units(a, lex, found_so_far(a, out), taken)


@lru_cache(maxsize=4)
def _ministry_unit(lex: Lexicon) -> re.Pattern:
    """部 and an organ word after a clause break or a list's 、: 部监狱管理局 (a ministry's bureau, written short)."""
    return re.compile(rf"(?<![\u4e00-\u9fff])部(?P<organ>{compile_alternation(lex.organs)})")


# 党组 opening a clause before a post of it (党组成员, 党组书记): the party group of a bureau named earlier
BARE_PARTY_GROUP = re.compile(r"(?<![\u4e00-\u9fff])(?P<sub>党组)(?=成员|书记|副书记)")
BARE_POLITICAL = re.compile(r"(?<=[、，,])(?P<sub>政治部)(?=主任|副主任)")
# 教育改造科科长: a section (科) named by its head's post (a bureau's 处 are read by the subunits lexicon)
NAMED_BY_HEAD = re.compile(r"(?<=[、，,])(?P<sub>(?:(?![、，,的和与及在为是])[\u4e00-\u9fff]){2,8}?科)(?=副?科长)")
LEVEL_PAIRS = {"区县", "县区", "县市", "市县", "省市", "市区", "乡镇", "省区", "市州", "州市"}
MINISTRY_DEPT = re.compile(r"(?P<dept>[\u4e00-\u9fff]{2,10}?司)(?=副?司长|一级巡视员|二级巡视员|巡视员|副?处长)")   # 律师公证工作指导司


def ministry_units(a: Analysis, lex: Lexicon, orgs: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """部监狱管理局 after 司法部 was named: the unit of the last ministry (…部) named before."""
    text, out = a.document.text, []
    if "部" not in text:
        return out
    for o in orgs:      # 司法部基层司副司长: a department of the ministry, named by its head's post
        d = MINISTRY_DEPT.match(text, o.evidence.end) if o.name.endswith("部") and o.evidence.rule.startswith("org:national") else None
        if d and free(taken, *d.span("dept")):
            out.append(mention(a, "Organization", o.name + d.group("dept"), o.evidence.start, d.end("dept"),
                               "org:ministry-department", attrs=(("part_of", o.name), ("organ_kind", "department"))))
            taken.append(d.span("dept"))
    for m in _ministry_unit(lex).finditer(text):
        earlier = [o for o in orgs if o.evidence.end <= m.start() and o.name.endswith("部")
                   and o.evidence.rule.startswith("org:national")]
        if not earlier or not free(taken, *m.span()) or blocked(lex, text, m.group("organ"), m.end()):
            continue
        ministry = earlier[-1].name
        out.append(mention(a, "Organization", ministry + organ_for(lex, "", m.group("organ")), m.start(), m.end(),
                           "org:ministry-unit", aliases=(m.group(),), attrs=(("part_of", ministry),), inferred=True))
        taken.append(m.span())
    return out


# 厅律师工作处、公共法律服务管理处: departments of the bureau the article names, written after its bare 厅/局
BARE_DEPT = re.compile(r"(?<![\u4e00-\u9fff])(?P<unit>厅|局)(?P<dept>(?:(?!相关|有关|各|其他)[\u4e00-\u9fff]){2,10}?处)(?![理置罚分于在以室])")
# 厅戒毒管理局: the prison or drug-rehabilitation bureau of a provincial 司法厅 named before
BARE_BUREAU = re.compile(r"(?<![\u4e00-\u9fff])(?P<unit>厅)(?P<dept>监狱管理局|戒毒管理局)")
NEXT_DEPT = re.compile(r"、(?P<dept>(?:(?!相关|有关|各|其他)[\u4e00-\u9fff]){2,10}?处)(?![理置罚分于在以室])")


def own_departments(a: Analysis, orgs: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """Departments after a bare 厅 or 局 (厅律师工作处), and those listed after them, of the last body
    named before with that ending."""
    text, out = a.document.text, []
    for m in [*BARE_DEPT.finditer(text), *BARE_BUREAU.finditer(text)]:
        if not free(taken, *m.span()) or set(m.group("dept")) & BAD_MID:
            continue
        earlier = [o for o in orgs if o.evidence.end <= m.start() and o.name.endswith(m.group("unit"))
                   and not dict(o.attrs).get("parent") and not dict(o.attrs).get("part_of")]
        if not earlier:
            continue
        body, pos, dept, start = earlier[-1], m.end(), m.group("dept"), m.start()
        while True:
            kind = "bureau" if dept.endswith("局") else "department"
            out.append(mention(a, "Organization", body.name + dept, start, start + len(dept) + (start == m.start()),
                               "org:department-of-bureau", attrs=(("organ_kind", kind), ("part_of", body.name)),
                               inferred=True))
            nxt = NEXT_DEPT.match(text, pos)
            if nxt is None or set(nxt.group("dept")) & BAD_MID:
                break
            dept, start, pos = nxt.group("dept"), nxt.start("dept"), nxt.end()
        taken.append(m.span())
    return out


# (统战部长: the department's 部 is the post's too)
DEPT_IN_CHAIN = re.compile(r"(?<=、)(?:(?P<dept>政法委|组织部|宣传部|统战部|纪委)(?=常务副书记|副书记|书记|副部长|部长)"
                           r"|(?P<short>组织|宣传|统战)部(?=长))")


def chained_departments(a: Analysis, lex: Lexicon) -> list[Mention]:
    """省委常委、政法委书记: the department belongs to the committee named earlier in the clause."""
    text, out = a.document.text, []
    committees = [m for m in a.mentions if m.cls == "Organization" and m.name.startswith("中共")
                  and m.name.endswith("委员会")]
    for m in DEPT_IN_CHAIN.finditer(text):
        lo = max(text.rfind(c, 0, m.start()) for c in "，,。；;\n") + 1
        before = [c for c in committees if lo <= c.evidence.start < m.start()]
        if before:
            base = before[-1]
            place = dict(base.attrs).get("place")
            dept = m.group("dept") or m.group("short") + "部"
            name, aliases = party_name(place, dept) if place else (base.name + dept, ())
            out.append(mention(a, "Organization", name, m.start(), m.end(), "org:department-in-chain",
                               aliases=aliases, attrs=(("place", place),) if place else (), inferred=True))
    return out


def cppcc(a: Analysis, lex: Lexicon) -> list[Mention]:
    """政协 / X市政协: the local committee of the CPPCC, 中国人民政治协商会议X委员会."""
    text, out = a.document.text, []
    if "政协" not in text:       # the pattern opens with every place name: scanning for it costs
        return out
    for m in patterns(lex)["cppcc"].finditer(text):
        if not (m.group("place") or m.group("lvl")) and MEMBER_TITLE.match(text, m.end()):
            continue    # 人大代表、政协委员: what people are, not a committee named
        if m.group("place"):
            _, place = full_place(lex, m.group("place"))
        else:
            province, city = home_places(a, lex)
            place = context_place(a, lex, m.start(), m.group("lvl") or "市") if m.group("lvl") else \
                (city or home_county(a, lex, "区") or home_county(a, lex, "县") or province)
        if place:
            name = f"中国人民政治协商会议{place}委员会"
            out.append(mention(a, "Organization", name, m.start(), m.end(), "org:cppcc",
                               aliases=(f"{place}政协",), attrs=(("place", place),), inferred=not m.group("place")))
            c = CPPCC_COMMITTEE.match(text, m.end())
            if c and not set(c.group("mid")) & BAD_MID:   # 市政协提案委员会: one of its special committees
                out.append(mention(a, "Organization", name + c.group(), m.start(), c.end(), "org:cppcc-committee",
                                   aliases=(f"{place}政协{c.group()}",), attrs=(("place", place), ("part_of", name)),
                                   inferred=not m.group("place")))
    return out


MEMBER_TITLE = re.compile(r"委员(?!会)")
# A special committee named right after a 政协: 提案委员会, 文史委员会
CPPCC_COMMITTEE = re.compile(r"(?P<mid>[\u4e00-\u9fff]{2,6}?)委员会")
