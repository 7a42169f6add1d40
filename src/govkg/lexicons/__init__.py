"""Lexicons of general knowledge, loaded from the TSV files beside this module.

Every row has an id and a source column; extraction keeps the id of the row that matched.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent


def rows(name: str) -> list[dict[str, str]]:
    """The rows of one lexicon file as dicts."""
    with open(HERE / name, encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh, delimiter="\t") if r.get("id")]


PROVINCIAL = ("province", "municipality", "autonomous_region", "sar")


@dataclass(frozen=True)
class Place:
    """One administrative division.

    parent is the division right above (a county's prefecture, or its province when the province
    administers it directly); an ambiguous county name (朝阳区 in 北京市 and 长春市) has no parent,
    its id lists every row it may be, and Lexicon.candidates gives them.
    """

    id: str
    name: str
    short: str
    level: str
    parent: str
    province: str = ""
    ambiguous: bool = False


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Everything the extractors look up."""

    places: dict[str, Place]          # any written form (full or short) -> place
    organs: dict[str, dict]           # organ suffix -> row
    subunits: dict[str, dict]         # sub-unit suffix (党委, 政治部) -> row
    national: dict[str, dict]         # national body name or alias -> row
    posts: dict[str, str]             # post -> id
    surnames: frozenset[str]
    heads: dict[str, list[tuple[str, str]]]   # class -> [(head, id)] longest first
    units: dict[str, dict]
    # county forms -> every county they may name (朝阳区 -> the one in 北京市 and the one in 长春市)
    counties: dict[str, tuple[Place, ...]] = field(default_factory=dict)
    # stoplisted county names (成县, 康县: 完成县域, 健康县) that name one county: places only where
    # the text says so (after their city, or listed beside places: places.extract_places)
    guarded: dict[str, Place] = field(default_factory=dict)
    # one-character abbreviations of the provinces (渝 -> 重庆市): 来渝, 赴京 are journeys, not names
    abbreviations: dict[str, str] = field(default_factory=dict)

    def place(self, written: str) -> Place | None:
        """The place a written form names, if any."""
        return self.places.get(written)

    def candidates(self, written: str) -> tuple[Place, ...]:
        """Every place a written form may name: one, several for an ambiguous county, or none."""
        p = self.places.get(written)
        if p is None:
            return ()
        return self.counties[written] if p.ambiguous else (p,)


def _places() -> tuple[dict[str, Place], dict[str, tuple[Place, ...]]]:
    """Written form -> place (provinces and prefectures before counties), and the county candidates."""
    by_form: dict[str, Place] = {}
    provinces_short = set()
    all_rows = rows("places.tsv")
    for r in all_rows:
        province = r["name"] if r["level"] in PROVINCIAL else r["parent"]
        p = Place(r["id"], r["name"], r["short"], r["level"], r["parent"], province)
        by_form.setdefault(p.name, p)
        if p.level in PROVINCIAL:
            provinces_short.add(p.short)
    for r in all_rows:
        p = by_form[r["name"]]
        # a short form shared with a province (吉林, 海南) names the province
        if p.short and p.short != p.name and (p.short not in provinces_short or p.parent == ""):
            by_form.setdefault(p.short, p)
        if level_form(p):
            by_form.setdefault(level_form(p), p)
    counties = _counties()
    for form, found in counties.items():
        by_form.setdefault(form, found[0] if len(found) == 1 else _ambiguous(found))
    return by_form, counties


def _counties() -> dict[str, tuple[Place, ...]]:
    """County full names and safe short forms -> the counties they name, stoplisted forms left out."""
    stop = {r["form"] for r in rows("county_stoplist.tsv")}
    found: dict[str, list[Place]] = defaultdict(list)
    for p in _county_places():
        for form in {p.name, p.short, level_form(p)} - stop - {""}:
            found[form].append(p)
    return {form: tuple(ps) for form, ps in found.items()}


def _county_places() -> list[Place]:
    """Every row of counties.tsv as a Place."""
    return [Place(r["id"], r["name"], r["short"], r["level"], r["parent"], r["province"], r["ambiguous"] == "yes")
            for r in rows("counties.tsv")]


# an autonomous division is often written as its short name and plain level: 元江县, 恩施州
AUTONOMOUS = {"自治县": "县", "自治旗": "旗", "自治州": "州"}


def level_form(p: Place) -> str:
    """The short name of an autonomous division with its plain level (元江哈尼族彝族傣族自治县 -> 元江县), or ""."""
    return next((p.short + plain for suffix, plain in AUTONOMOUS.items()
                 if p.name.endswith(suffix) and p.short and not p.short.endswith(plain)), "")


def _guarded() -> dict[str, Place]:
    """Stoplisted county forms that name exactly one county -> that county."""
    stop = {r["form"] for r in rows("county_stoplist.tsv")}
    found: dict[str, list[Place]] = defaultdict(list)
    for p in _county_places():
        for form in {p.name, p.short} & stop:
            found[form].append(p)
    return {form: ps[0] for form, ps in found.items() if len(ps) == 1}


def _ambiguous(found: tuple[Place, ...]) -> Place:
    """One place standing for a name several counties share: no parent, ids joined."""
    first = found[0]
    provinces = {p.province for p in found}
    return Place("|".join(p.id for p in found), first.name, first.short, first.level, "",
                 provinces.pop() if len(provinces) == 1 else "", True)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicons, loaded once per process."""
    national: dict[str, dict] = {}
    for r in rows("national_orgs.tsv"):
        for form in [r["name"], *filter(None, r["aliases"].split("|"))]:
            national[form] = r
    heads: dict[str, list[tuple[str, str]]] = {}
    for r in rows("heads.tsv"):
        heads.setdefault(r["class"], []).append((r["head"], r["id"]))
    for v in heads.values():
        v.sort(key=lambda x: -len(x[0]))
    places, counties = _places()
    return Lexicon(
        places=places,
        organs={r["suffix"]: r for r in rows("organs.tsv")},
        subunits={r["suffix"]: r for r in rows("subunits.tsv")},
        national=national,
        posts={r["post"]: r["id"] for r in rows("posts.tsv")},
        surnames=frozenset(r["surname"] for r in rows("surnames.tsv")),
        heads=heads,
        units={r["unit"]: r for r in rows("units.tsv")},
        counties=counties,
        guarded=_guarded(),
        abbreviations={r["abbr"]: r["province"] for r in rows("abbreviations.tsv")},
    )
