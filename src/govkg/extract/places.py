"""Places: provinces, cities and counties from the administrative-division lexicon."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import Lexicon, level_form
from ..model import Analysis
from .common import compile_alternation, extend, mention

PROVINCIAL = ("province", "municipality", "autonomous_region", "sar")
CITY_LEVEL = ("city", "prefecture")
# A short city name (贵阳, 明光) is a place only in a place-like context, never inside a word.
BEFORE_OK = "在于赴到、和与及至从"
# …or a township of it: 在孝昌花西乡
AFTER_OK = re.compile(r"(?:[^\u4e00-\u9fff]|等|召开|举行|举办|成功|市|地区|、|的|和|与|及|晚报|日报|电视台|新闻"
                      r"|[\u4e00-\u9fff]{1,3}(?:乡|镇|街道)(?![\u4e00-\u9fff]{0,2}(?:长|党委书记)))")


@lru_cache(maxsize=4)
def place_regex(lex: Lexicon) -> re.Pattern:
    """One alternation of every written place form, longest first."""
    return re.compile(compile_alternation(lex.places))


LISTED_WITH = "、和及与"
# City short names that are everyday words (来宾: guests): places only where both sides say so, as a county's
WORD_CITIES = ("来宾",)
# Set phrases that hold a city's name: 社会长治久安, 人民幸福安康
IDIOMS = ("长治久安", "安康幸福", "幸福安康", "平安幸福")


def is_place_context(text: str, form: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a place form at start:end reads as a place here."""
    if text[start:start + 4] in IDIOMS or text[max(0, end - 4):end] in IDIOMS:
        return False
    p = lex.place(form)
    if form in (p.name, level_form(p)) or p.level in PROVINCIAL:     # 元江县: a written level is a place's
        return True
    prev = text[start - 1] if start else ""
    before_ok = prev in BEFORE_OK or not "\u4e00" <= prev <= "\u9fff"
    after_ok = bool(AFTER_OK.match(text, end)) or end == len(text)
    if p.level in CITY_LEVEL and form not in WORD_CITIES:
        return before_ok or after_ok
    return before_ok and after_ok   # a county's short form (秀山) is often inside a name (张秀山)


def extract_places(a: Analysis, lex: Lexicon) -> Analysis:
    """Place mentions, canonical name the full name, the short form as an alias."""
    text = a.document.text
    found = []
    for m in place_regex(lex).finditer(text):
        form = m.group()
        if not is_place_context(text, form, m.start(), m.end(), lex):
            continue
        p = lex.place(form)
        aliases = (p.short,) if p.short and p.short != p.name else ()
        found.append(mention(a, "Place", p.name, m.start(), m.end(), f"lex:places:{p.id}", aliases))
    found += guarded_places(a, lex, found)
    return extend(a, mentions=found)


@lru_cache(maxsize=4)
def guarded_regex(lex: Lexicon) -> re.Pattern | None:
    return re.compile(compile_alternation(lex.guarded)) if lex.guarded else None


def guarded_places(a: Analysis, lex: Lexicon, found: list) -> list:
    """Stoplisted county names (成县, 康县) where the text says they are places: right after their
    city (陇南市成县), or listed beside a place (徽县、康县和武都区)."""
    pattern, text, out = guarded_regex(lex), a.document.text, []
    if pattern is None:
        return out
    ends = {m.evidence.end for m in found}
    starts = {m.evidence.start for m in found}
    for m in pattern.finditer(text):
        p = lex.guarded[m.group()]
        parent = lex.place(p.parent)
        city = [f for f in (p.parent, parent.short if parent else "") if f]
        after_city = any(text.endswith(f, 0, m.start()) for f in city)
        listed = (text[m.start() - 1:m.start()] in LISTED_WITH and (m.start() - 1 in ends or after_city)) \
            or (text[m.end():m.end() + 1] in LISTED_WITH and m.end() + 1 in starts)
        if (after_city or listed) and not any(s.evidence.start < m.end() and m.start() < s.evidence.end for s in found):
            out.append(mention(a, "Place", p.name, m.start(), m.end(), f"lex:places:{p.id}"))
            ends.add(m.end())
    return out


def home_places(a: Analysis, lex: Lexicon) -> tuple[str | None, str | None]:
    """The article's province and city: the most often named, parents counted too."""
    prov: dict[str, int] = {}
    city: dict[str, int] = {}
    for m in a.mentions:
        if m.cls not in ("Place", "Organization"):
            continue
        for form in [m.name] + [v for k, v in m.attrs if k == "place"]:
            p = lex.place(form)
            if p is None:
                continue
            if p.level in PROVINCIAL:
                prov[p.name] = prov.get(p.name, 0) + 1
                continue
            if p.level not in CITY_LEVEL + ("county_city",):   # a county counts for its prefecture;
                # a county-level city (禹州市) is the 市 of its own 市委 and 市司法局
                p = lex.place(p.parent) if p.parent else None
                if p is None or p.level in PROVINCIAL:
                    if p is not None:
                        prov[p.name] = prov.get(p.name, 0) + 1
                    continue
            city[p.name] = city.get(p.name, 0) + 1
            if p.parent:
                prov[p.parent] = prov.get(p.parent, 0) + 1
    best = lambda d: max(sorted(d), key=lambda k: d[k]) if d else None
    return best(prov), best(city)
