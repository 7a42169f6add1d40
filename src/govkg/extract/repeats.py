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


def extract_repeats(a: Analysis, lex: Lexicon) -> Analysis:
    """Mentions of organizations and programs named again in a shorter form."""
    text, found = a.document.text, []
    mentions = list(a.mentions)
    for short, first in sorted(short_org_names(a, lex).items()):
        for m in re.finditer(re.escape(short), text):
            if not covered(mentions, "Organization", m.start(), m.end()):
                found.append(mention(a, "Organization", first.name, m.start(), m.end(), "org:repeat-short-name",
                                     attrs=tuple(kv for kv in first.attrs if kv[0] != "parent")))
    terms = {al: m for m in mentions if m.cls == "Program"
             for al in (*m.aliases, *(v for k, v in m.attrs if k == "bare")) if not al.startswith("“") and len(al) >= 2}
    for term, first in sorted(terms.items()):
        for m in re.finditer("“" + re.escape(term) + "”", text):
            # not where the same quoted words already name something else (a title, an event)
            if not any(covered(mentions + found, cls, m.start(), m.end()) for cls in CLASSES):
                found.append(mention(a, "Program", first.name, m.start(), m.end(), "program:repeat-quoted",
                                     aliases=first.aliases, attrs=first.attrs))
    return extend(a, mentions=found)
