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
from .network import PREDICATE_ZH


def degrees(kg: KnowledgeGraph) -> dict[tuple[str, str], int]:
    """Distinct neighbours of each entity over the edges the view draws (relations and awards)."""
    neighbours: dict[tuple[str, str], set] = defaultdict(set)
    pairs = [(r.subject, r.object) for r in kg.relations if r.predicate in PREDICATE_ZH]
    pairs += [(a.recipient, a.title) for a in kg.awards]
    pairs += [(a.title, a.conferred_by) for a in kg.awards if a.conferred_by]
    for s, o in pairs:
        if s != o:
            neighbours[s].add(o)
            neighbours[o].add(s)
    return {k: len(v) for k, v in neighbours.items()}


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


def most_connected(kg: KnowledgeGraph, limit: int, evidence: int = 0) -> KnowledgeGraph:
    """The limit most connected entities and everything among them the view draws; with evidence > 0,
    only that many pieces of evidence for each relation (in a large corpus a relation between two
    busy bodies is stated in hundreds of articles: one edge each would bury the picture)."""
    deg, iri = degrees(kg), IriMaker()
    ranked = sorted(kg.entities, key=lambda e: (-deg.get(e.key, 0), e.name, str(iri.entity(e.key))))
    keep = {e.key for e in ranked[:limit]} if limit > 0 else {e.key for e in kg.entities}
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
