"""The one-screen summary of a build."""
from __future__ import annotations

from collections import Counter

from .model import KnowledgeGraph
from .vocab import ENTITY_CLASSES


def summarize(kg: KnowledgeGraph, triples: int, seconds: float, outputs: list[str]) -> str:
    """Documents, entities per class, relations, statistics, seconds taken, files written."""
    by_class = Counter(e.cls for e in kg.entities)
    by_pred = Counter(r.predicate for r in kg.relations)
    lines = [f"documents     {len(kg.documents)}",
             f"entities      {len(kg.entities)}  " + ", ".join(f"{c} {by_class[c]}" for c in ENTITY_CLASSES if by_class[c]),
             f"relations     {len({(r.subject, r.predicate, r.object) for r in kg.relations}) + len(kg.awards)}  "
             + ", ".join(f"{p} {n}" for p, n in sorted(by_pred.items())),
             f"awards        {len(kg.awards)}",
             f"statistics    {len(kg.observations)}",
             f"triples       {triples}",
             f"seconds       {seconds:.2f}"]
    lines += [f"wrote         {o}" for o in outputs]
    return "\n".join(lines)
