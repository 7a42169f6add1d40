"""Mentions -> entities, within and across documents.

Entities are keyed by (class, canonical name). A mention joins an entity of the same class when
its name or one of its aliases equals the entity's name or an alias (compared without quote
marks); entities of different classes are never merged. Relations are re-pointed to the keys
of the merged entities and relations whose ends are unknown are dropped.
"""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from functools import lru_cache
from itertools import groupby

from .normalize import simplify
from .model import Analysis, Attribute, Award, Entity, KnowledgeGraph, Mention, Observation, Relation

QUOTES = "“”\"'‘’《》「」『』〈〉 \u3000"


@lru_cache(maxsize=1 << 18)
def norm(name: str) -> str:
    """The comparison form of a name: NFKC, without quotes and spaces, in Simplified characters
    (a body named in a Traditional article is the same body; its label keeps the written form).
    Cached: a corpus names the same bodies over and over."""
    s = "".join(c for c in unicodedata.normalize("NFKC", name) if c not in QUOTES)
    return simplify(s) or s


class Resolver:
    """Union of mentions by class and normalized name or alias."""

    def __init__(self) -> None:
        self.canon: dict[tuple[str, str], tuple[str, str]] = {}   # (cls, norm form) -> entity key
        self.mentions: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        self.aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.joined: dict[int, str] = {}   # id(mention) -> why it joined its entity

    def add(self, m: Mention) -> None:
        """Attach a mention to its entity, creating the entity when new."""
        cls, canon = m.cls, self.canon
        forms = (m.name, *m.aliases)
        normed = [(cls, norm(f)) for f in forms]
        hit = next((i for i, nf in enumerate(normed) if nf in canon), None)
        if hit is None:
            key, reason = (cls, m.name), "resolve:new-entity"
        else:
            key = canon[normed[hit]]
            reason = "resolve:same-name" if normed[hit][1] == norm(key[1]) else f"resolve:shared-form:{forms[hit]}"
        for nf in normed:
            canon.setdefault(nf, key)
        self.mentions[key].append(m)
        self.joined[id(m)] = reason
        aliases = self.aliases[key]
        aliases.update(f for f in forms if f != key[1])
        # a written variant (北京监狱局 for 北京市监狱局) is an alias; an inferred span is not
        if m.surface != key[1] and not m.evidence.inferred and len(m.surface) >= 2 and "、" not in m.surface:
            aliases.add(m.surface)

    def key(self, k: tuple[str, str]) -> tuple[str, str] | None:
        """The entity key a mention key resolves to."""
        return self.canon.get((k[0], norm(k[1])))

    def entities(self) -> tuple[Entity, ...]:
        """The entities, in a deterministic order."""
        out = []
        for key in sorted(self.mentions):
            ms = self.mentions[key]
            if len(ms) > 1:
                ms = sorted(ms, key=_where)
            attrs = sorted({kv for m in ms for kv in m.attrs if kv[0] == "kind"})
            aliases = sorted({a for a in self.aliases[key] if a and a != key[1]})
            out.append(Entity(key[0], key[1], tuple(aliases), tuple(ms), tuple(attrs),
                              tuple(self.joined[id(m)] for m in ms)))
        return tuple(out)


def _where(m: Mention) -> tuple:
    e = m.evidence
    return (e.doc_id, e.start, e.rule)


def resolve(analyses: list[Analysis]) -> KnowledgeGraph:
    """Merge the analyses of all documents into one knowledge graph."""
    r = Resolver()
    for a in analyses:
        for m in a.mentions:
            r.add(m)

    def fix(k):
        return r.key(k)

    rels: list[Relation] = []
    for a in analyses:
        for rel in a.relations:
            s, o = fix(rel.subject), fix(rel.object)
            if s and o and s != o:
                rels.append(Relation(s, rel.predicate, o, rel.evidence, rel.attrs))
    attrs = [Attribute(fix(x.subject), x.predicate, x.value, x.datatype, x.evidence)
             for a in analyses for x in a.attributes if fix(x.subject)]
    obs = [Observation(fix(o.about), o.value, o.unit, o.measure, o.evidence, o.period, o.qualifier, o.surface)
           for a in analyses for o in a.observations if fix(o.about)]
    awards = [Award(fix(w.recipient), fix(w.title), w.evidence, fix(w.conferred_by) if w.conferred_by else None,
                    w.date) for a in analyses for w in a.awards if fix(w.recipient) and fix(w.title)]
    return KnowledgeGraph(
        documents=tuple(a.document for a in analyses),
        sentences={a.document.doc_id: a.sentences for a in analyses},
        entities=r.entities(),
        relations=ordered(rels),
        attributes=ordered(attrs),
        observations=ordered(obs),
        awards=ordered(awards),
    )


def _place(x) -> tuple:
    e = x.evidence
    return (e.doc_id, e.start, e.end, e.rule)


def ordered(items: list) -> tuple:
    """Distinct facts in a deterministic order: by where and by which rule they were found, ties by
    their repr. Equal facts have equal places, so only ties are hashed to drop repeats, and only
    they get a repr: hashing or printing a dataclass costs more than the rest of resolving."""
    out: list = []
    for _, same in groupby(sorted(items, key=_place), key=_place):
        run = list(same)
        out += sorted(set(run), key=repr) if len(run) > 1 else run
    return tuple(out)
