"""The one-screen summary of a build."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .model import KnowledgeGraph
from .vocab import ENTITY_CLASSES


def summarize(kg: KnowledgeGraph, triples: int, seconds: float, outputs: list[str],
              failures: Sequence[object] = ()) -> str:
    """Documents, entities per class, relations, statistics, seconds taken, files written, what failed."""
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
    if failures:
        lines += [f"failed        {len(failures)} (not in the graph)"] + [f"  {f}" for f in failures]
    return "\n".join(lines)
