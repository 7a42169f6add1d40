"""A large knowledge graph cut down to what its pictures and page show: the most connected entities.

A 10 MB corpus makes millions of triples; drawing them (or even holding them in an rdflib Graph to
draw from) is neither possible nor readable. The view needs entities, the relations among them
and the evidence of those relations, not mention evidence or statistics, so for a large graph it
is drawn from ``most_connected(kg, n)``: the n entities with the most neighbours (ties by label,
then IRI, as ``select.top_by_degree`` ranks) with their relations, awards and attributes, and
the documents and sentences that evidence cites. ``from_rdf(to_graph(...))`` of that is the
subgraph ``top_by_degree`` cuts from the whole view.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..model import KnowledgeGraph
from ..rdf import IriMaker
from ..resolve import ordered
from .network import PREDICATE_ZH


def degrees(kg: KnowledgeGraph) -> dict[tuple[str, str], int]:
    """Distinct neighbours of each entity over the edges the view draws (relations and awards)."""
    return {k: len(v) for k, v in neighbours([kg]).items()}


def neighbours(parts) -> dict[tuple[str, str], set]:
    """Distinct neighbours of each entity over the graphs' relations and awards the view draws."""
    out: dict[tuple[str, str], set] = defaultdict(set)
    for kg in parts:
        pairs = [(r.subject, r.object) for r in kg.relations if r.predicate in PREDICATE_ZH]
        pairs += [(a.recipient, a.title) for a in kg.awards]
        pairs += [(a.title, a.conferred_by) for a in kg.awards if a.conferred_by]
        for s, o in pairs:
            if s != o:
                out[s].add(o)
                out[o].add(s)
    return out


def spooled_most_connected(sg, limit: int, evidence: int = 0) -> KnowledgeGraph:
    """most_connected of a spooled graph (spool.SpooledGraph), read batch by batch twice: once for
    the degrees, once for the facts among the entities kept."""
    deg = {k: len(v) for k, v in neighbours(sg.partials()).items()}
    keep = {e.key for e in ranked(sg.entities, deg)[:limit]} if limit > 0 else {e.key for e in sg.entities}
    docs, sentences, facts = [], {}, {"relations": [], "awards": [], "attributes": []}
    for part in sg.partials():
        got = {"relations": [r for r in part.relations if r.subject in keep and r.object in keep],
               "awards": [a for a in part.awards if a.title in keep and (a.recipient in keep or a.conferred_by in keep)],
               "attributes": [a for a in part.attributes if a.subject in keep]}
        cited = {x.evidence.doc_id for xs in got.values() for x in xs}
        docs += [d for d in part.documents if d.doc_id in cited]
        sentences.update((d, ss) for d, ss in part.sentences.items() if d in cited)
        for kind, xs in got.items():
            facts[kind] += xs
    reduced = KnowledgeGraph(documents=tuple(docs), sentences=sentences, entities=sg.entities,
                             **{kind: ordered(xs) for kind, xs in facts.items()})
    return most_connected(reduced, limit, evidence, deg)


def ranked(entities, deg: dict) -> list:
    """Entities by degree, ties by label, then IRI (as select.top_by_degree ranks)."""
    iri = IriMaker()
    return sorted(entities, key=lambda e: (-deg.get(e.key, 0), e.name, str(iri.entity(e.key))))


def first(items, key, most: int) -> tuple:
    """The items in order, at most `most` (0: all) for each key."""
    if most <= 0:
        return tuple(items)
    seen: dict = defaultdict(int)
    out = []
    for x in items:
        k = key(x)
        if seen[k] < most:
            seen[k] += 1
            out.append(x)
    return tuple(out)


def most_connected(kg: KnowledgeGraph, limit: int, evidence: int = 0, deg: dict | None = None) -> KnowledgeGraph:
    """The limit most connected entities and everything among them the view draws; with evidence > 0,
    only that many pieces of evidence for each relation (in a large corpus a relation between two
    busy bodies is stated in hundreds of articles: one edge each would bury the picture)."""
    deg = degrees(kg) if deg is None else deg
    keep = {e.key for e in ranked(kg.entities, deg)[:limit]} if limit > 0 else {e.key for e in kg.entities}
    relations = first((r for r in kg.relations if r.subject in keep and r.object in keep),
                      lambda r: (r.subject, r.predicate, r.object), evidence)
    awards = first((a for a in kg.awards if a.title in keep and (a.recipient in keep or a.conferred_by in keep)),
                   lambda a: (a.recipient if a.recipient in keep else None, a.title,
                              a.conferred_by if a.conferred_by in keep else None), evidence)   # the edges drawn
    attributes = first((a for a in kg.attributes if a.subject in keep),
                       lambda a: (a.subject, a.predicate, a.value), evidence)
    cited = {(x.evidence.doc_id, x.evidence.sentence) for x in relations + awards + attributes}
    docs = {d for d, _ in cited}
    return KnowledgeGraph(
        documents=tuple(d for d in kg.documents if d.doc_id in docs),
        sentences={d: tuple(s for s in ss if (d, s.index) in cited) for d, ss in kg.sentences.items() if d in docs},
        entities=tuple(replace(e, mentions=(), resolutions=()) for e in kg.entities if e.key in keep),
        relations=relations, attributes=attributes, awards=awards)
