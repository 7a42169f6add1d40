"""Lexicons of general knowledge, loaded from the TSV files beside this module.

Every row has an id and a source column; extraction keeps the id of the row that matched.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent


def rows(name: str) -> list[dict[str, str]]:
    """The rows of one lexicon file as dicts."""
    with open(HERE / name, encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh, delimiter="\t") if r.get("id")]


@dataclass(frozen=True)
class Place:
    """One administrative division."""

    id: str
    name: str
    short: str
    level: str
    parent: str


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

    def place(self, written: str) -> Place | None:
        """The place a written form names, if any."""
        return self.places.get(written)


def _places() -> dict[str, Place]:
    by_form: dict[str, Place] = {}
    provinces_short = set()
    all_rows = rows("places.tsv")
    for r in all_rows:
        p = Place(r["id"], r["name"], r["short"], r["level"], r["parent"])
        by_form.setdefault(p.name, p)
        if p.level in ("province", "municipality", "autonomous_region", "sar"):
            provinces_short.add(p.short)
    for r in all_rows:
        p = by_form[r["name"]]
        # a short form shared with a province (吉林, 海南) names the province
        if p.short and p.short != p.name and (p.short not in provinces_short or p.parent == ""):
            by_form.setdefault(p.short, p)
    return by_form


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
    return Lexicon(
        places=_places(),
        organs={r["suffix"]: r for r in rows("organs.tsv")},
        subunits={r["suffix"]: r for r in rows("subunits.tsv")},
        national=national,
        posts={r["post"]: r["id"] for r in rows("posts.tsv")},
        surnames=frozenset(r["surname"] for r in rows("surnames.tsv")),
        heads=heads,
        units={r["unit"]: r for r in rows("units.tsv")},
    )
