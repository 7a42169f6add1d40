"""Later mentions of names already found: 天康戒毒康复所 after 北京市天康戒毒康复所, a quoted
program name used again without its head word. A repeat keeps the canonical name of the first."""
from __future__ import annotations

import re

from ..lexicons import Lexicon
from ..model import Analysis, Mention
from .common import extend, mention


CLASSES = ("Program", "HonoraryTitle", "Event", "Regulation", "Organization")


def covered(mentions: list[Mention], cls: str, s: int, e: int) -> bool:
    """Whether a mention of the class already covers s:e."""
    return any(m.cls == cls and m.evidence.start <= s and e <= m.evidence.end for m in mentions)


def short_org_names(a: Analysis, lex: Lexicon) -> dict[str, Mention]:
    """Distinctive names without their place: 天康戒毒康复所 for 北京市天康戒毒康复所."""
    out: dict[str, Mention] = {}
    for m in a.mentions:
        place = dict(m.attrs).get("place")
        if m.cls != "Organization" or not place or dict(m.attrs).get("parent") or not m.name.startswith(place):
            continue
        rest = m.name[len(place):]
        p = lex.place(place)
        organ = next((o for o in sorted(lex.organs, key=len, reverse=True) if rest.endswith(o)), None)
        # a bare organ (司法局) is not distinctive; a province's units are named with it (上海监狱)
        if organ and len(rest) - len(organ) >= 2 and p is not None and not rest.startswith(tuple(lex.places)):
            out.setdefault(rest, m)
    return out


# Words before a bare organ that make it a reference to a named body: 该所, 本局, 我院, 、公证处
REFERENCE_BEFORE = set("该本我、和与及，,。；;（(：: ")
PRONOUN = re.compile(r"(?:该|本|我)(?P<unit>所|局|院|厅|中心|处|会|队|站)(?![\u4e00-\u9fff]{0,1}(?:长|主任))")


def bare_organ_references(a: Analysis, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """A bare organ word (法律援助中心, 公证处) or 该所/本局 standing for the one body of the article
    that ends with it."""
    text, out = a.document.text, []
    bodies = [m for m in mentions if m.cls == "Organization" and not dict(m.attrs).get("parent")]
    names = sorted({m.name for m in bodies})
    for organ in sorted(lex.organs, key=len, reverse=True):
        if len(organ) < 3:
            continue
        owners = [n for n in names if n.endswith(organ) and n != organ]
        if len(owners) != 1:
            continue
        first = next(m for m in bodies if m.name == owners[0])
        for m in re.finditer(re.escape(organ), text):
            prev = text[m.start() - 1] if m.start() else " "
            if prev in REFERENCE_BEFORE and m.start() > first.evidence.start \
                    and not any(covered(mentions + out, c, m.start(), m.end()) for c in CLASSES):
                out.append(mention(a, "Organization", first.name, m.start(), m.end(), "org:bare-organ-reference",
                                   attrs=tuple(kv for kv in first.attrs if kv[0] != "parent"), inferred=True))
    for m in PRONOUN.finditer(text):
        before = [b for b in bodies if b.evidence.end <= m.start() and b.name.endswith(m.group("unit"))]
        if before and not any(covered(mentions + out, c, m.start(), m.end()) for c in CLASSES):
            b = before[-1]
            out.append(mention(a, "Organization", b.name, m.start(), m.end(), "org:pronoun-reference",
                               attrs=tuple(kv for kv in b.attrs if kv[0] != "parent"), inferred=True))
    return out


def extract_repeats(a: Analysis, lex: Lexicon) -> Analysis:
    """Mentions of organizations and programs named again in a shorter form."""
    text, found = a.document.text, []
    mentions = list(a.mentions)
    for short, first in sorted(short_org_names(a, lex).items()):
        for m in re.finditer(re.escape(short), text):
            if not covered(mentions, "Organization", m.start(), m.end()):
                found.append(mention(a, "Organization", first.name, m.start(), m.end(), "org:repeat-short-name",
                                     attrs=tuple(kv for kv in first.attrs if kv[0] != "parent")))
    found += bare_organ_references(a, lex, mentions + found)
    terms = {al: m for m in mentions if m.cls == "Program"
             for al in (*m.aliases, *(v for k, v in m.attrs if k == "bare")) if not al.startswith("“") and len(al) >= 2}
    for term, first in sorted(terms.items()):
        for m in re.finditer("“" + re.escape(term) + "”", text):
            # not where the same quoted words already name something else (a title, an event)
            if not any(covered(mentions + found, cls, m.start(), m.end()) for cls in CLASSES):
                found.append(mention(a, "Program", first.name, m.start(), m.end(), "program:repeat-quoted",
                                     aliases=first.aliases, attrs=first.attrs))
    return extend(a, mentions=found)
