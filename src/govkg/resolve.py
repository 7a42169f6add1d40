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
from .model import Analysis, Attribute, Award, DocItems, Entity, KnowledgeGraph, Mention, Observation, Relation

QUOTES = "“”\"'‘’《》「」『』〈〉 \u3000"


@lru_cache(maxsize=1 << 18)
def norm(name: str) -> str:
    """The comparison form of a name: NFKC, without quotes and spaces, in Simplified characters
    (a body named in a Traditional article is the same body; its label keeps the written form).
    Cached: a corpus names the same bodies over and over."""
    s = "".join(c for c in unicodedata.normalize("NFKC", name) if c not in QUOTES)
    return simplify(s) or s


LATER = object()      # a fact with an end whose entity is not known yet


def _relation(x: Relation, fix, final: bool):
    s, o = fix(x.subject), fix(x.object)
    if not (s and o):
        return LATER
    return Relation(s, x.predicate, o, x.evidence, x.attrs) if s != o else None


def _attribute(x: Attribute, fix, final: bool):
    s = fix(x.subject)
    return Attribute(s, x.predicate, x.value, x.datatype, x.evidence) if s else LATER


def _observation(x: Observation, fix, final: bool):
    s = fix(x.about)
    return Observation(s, x.value, x.unit, x.measure, x.evidence, x.period, x.qualifier, x.surface) if s else LATER


def _award(x: Award, fix, final: bool):
    who, title = fix(x.recipient), fix(x.title)
    by = fix(x.conferred_by) if x.conferred_by else None
    if not (who and title) or (x.conferred_by and not by and not final):    # at the end, an unknown conferrer is left out
        return LATER
    return Award(who, title, x.evidence, by, x.date)


# how each kind of fact is pointed at the resolved entities: the fact, LATER, or None (dropped)
POINT = {"relations": _relation, "attributes": _attribute, "observations": _observation, "awards": _award}


class Resolver:
    """Union of mentions by class and normalized name or alias."""

    def __init__(self) -> None:
        self.canon: dict[tuple[str, str], tuple[str, str]] = {}   # (cls, norm form) -> entity key
        self.mentions: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        self.reasons: dict[tuple[str, str], list[str]] = defaultdict(list)   # why each mention joined its entity
        self.aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.kinds: dict[tuple[str, str], set] = defaultdict(set)
        self.facts: dict[str, list] = {kind: [] for kind in POINT}
        self.later: list[tuple[str, object]] = []
        self.refs: dict[str, list] = {}     # doc_id -> its mentions as (entity key, index), see mention_refs
        self.late = DocItems()              # the facts only pointed at entities at the end (``graph``)
        # documents fed in the order of their ids (a folder of files is): what is kept per document in
        # order is then in order over all of them, and the end has nothing left to sort
        self.in_order, self.last = True, ""

    def feed(self, a: Analysis) -> DocItems:
        """Add one document's mentions and point its facts at their entities. A form already known
        keeps its entity (the first one seen wins), so a mention's entity is final now, and so is a
        fact whose ends are all known; the others wait for the end (``graph``). Documents can be fed
        as their analyses arrive; the work of ordering is done here, while later documents are still
        being analyzed. Returns the document's final part, which can be written now."""
        doc_id = a.document.doc_id
        self.in_order = self.in_order and doc_id > self.last
        self.last = doc_id
        joined = [(m, *self.join(m)) for m in a.mentions]     # joined as written: the first form seen wins
        refs = []
        for m, key, reason in sorted(joined, key=lambda j: _where(j[0])):
            ms = self.mentions[key]
            refs.append((m.evidence.start, m.evidence.rule, key, len(ms), m, reason))
            ms.append(m)
            self.reasons[key].append(reason)
            if m.attrs:
                self.kinds[key].update(kv for kv in m.attrs if kv[0] == "kind")
        refs.sort(key=_ref_order)
        self.refs[doc_id] = [(r[2], r[3]) for r in refs]
        items = DocItems([(r[4], r[2], r[5]) for r in refs])
        for kind, point in POINT.items():
            final = []
            for x in getattr(a, kind):
                got = point(x, self.key, False)
                if got is LATER:
                    self.later.append((kind, x))
                elif got is not None:
                    final.append(got)
            done = ordered(final)
            self.facts[kind].extend(done)
            setattr(items, kind, done)
        return items

    def graph(self, analyses: list[Analysis]) -> KnowledgeGraph:
        """The knowledge graph of the documents fed (their analyses, in the same order)."""
        late: dict[str, list] = defaultdict(list)
        for kind, x in self.later:
            got = POINT[kind](x, self.key, True)
            if got is not LATER and got is not None:
                late[kind].append(got)
        self.later.clear()
        for kind, facts in late.items():      # those not already final: a fact found twice is written once
            docs = {x.evidence.doc_id for x in facts}
            final = {x for x in self.facts[kind] if x.evidence.doc_id in docs}
            setattr(self.late, kind, [x for x in ordered(facts) if x not in final])
        return KnowledgeGraph(
            documents=tuple(a.document for a in analyses),
            sentences={a.document.doc_id: a.sentences for a in analyses},
            entities=self.entities(),
            **{kind: ordered(facts + late[kind]) if late[kind] or not self.in_order else tuple(facts)
               for kind, facts in self.facts.items()},
            mention_refs=self.refs if self.in_order else None,     # out of order, entities() re-sorts the mentions
        )

    def join(self, m: Mention) -> tuple[tuple[str, str], str]:
        """The key of the entity a mention joins (made when new) and why; its forms become known."""
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
        aliases = self.aliases[key]
        aliases.update(f for f in forms if f != key[1])
        # a written variant (北京监狱局 for 北京市监狱局) is an alias; an inferred span is not
        if m.surface != key[1] and not m.evidence.inferred and len(m.surface) >= 2 and "、" not in m.surface:
            aliases.add(m.surface)
        return key, reason

    def key(self, k: tuple[str, str]) -> tuple[str, str] | None:
        """The entity key a mention key resolves to."""
        return self.canon.get((k[0], norm(k[1])))

    def entities(self) -> tuple[Entity, ...]:
        """The entities, in a deterministic order; each one's mentions by document and place."""
        out = []
        for key in sorted(self.mentions):
            ms, why = self.mentions[key], self.reasons[key]
            if not self.in_order and len(ms) > 1:
                pairs = sorted(zip(ms, why), key=lambda p: _where(p[0]))
                ms, why = [m for m, _ in pairs], [r for _, r in pairs]
            aliases = sorted({a for a in self.aliases[key] if a and a != key[1]})
            out.append(Entity(key[0], key[1], tuple(aliases), tuple(ms), tuple(sorted(self.kinds[key])), tuple(why)))
        return tuple(out)


class NameResolver(Resolver):
    """A Resolver that keeps names only (forms, aliases, kinds), for a corpus too large to hold:
    ``names`` gives each mention's entity and reason, to be kept on disk with its analysis, and the
    facts are pointed at entities when that analysis is read back (``spool.SpooledGraph``)."""

    def names(self, a: Analysis) -> list[tuple[tuple[str, str], str]]:
        """Join one document's mentions; their entity keys and reasons, in mention order."""
        out = []
        for m in a.mentions:
            key, reason = self.join(m)
            self.kinds[key].update(kv for kv in m.attrs if kv[0] == "kind")
            out.append((key, reason))
        return out

    def entities(self) -> tuple[Entity, ...]:
        """The entities without their mentions, in the order of Resolver.entities."""
        return tuple(Entity(key[0], key[1], tuple(sorted({a for a in self.aliases[key] if a and a != key[1]})), (),
                            tuple(sorted(self.kinds[key]))) for key in sorted(self.kinds))


def mention_refs(entities: tuple[Entity, ...]) -> dict[str, list[tuple[tuple[str, str], int]]]:
    """Each document's mentions as (entity key, index in the entity's mentions), ordered by place,
    rule and entity (what Resolver.feed records as documents arrive)."""
    per: dict[str, list] = defaultdict(list)
    for ent in entities:
        key = ent.key
        for i, m in enumerate(ent.mentions):
            e = m.evidence
            per[e.doc_id].append((e.start, e.rule, key, i))
    return {doc_id: [(key, i) for _, _, key, i in sorted(refs)] for doc_id, refs in per.items()}


def _ref_order(ref: tuple) -> tuple:
    """A recorded mention's (start, rule, entity key, index): the order of mention_refs."""
    return ref[:4]


def _where(m: Mention) -> tuple:
    e = m.evidence
    return (e.doc_id, e.start, e.rule)


def resolve(analyses: list[Analysis]) -> KnowledgeGraph:
    """Merge the analyses of all documents into one knowledge graph."""
    r = Resolver()
    for a in analyses:
        r.feed(a)
    return r.graph(analyses)


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
