"""The one-screen summary of a build."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .model import KnowledgeGraph
from .vocab import ENTITY_CLASSES


def summarize(kg: KnowledgeGraph, triples: int, seconds: float, outputs: list[str],
              failures: Sequence[object] = ()) -> str:
    """Documents, entities per class, relations, statistics, seconds taken, files written, what failed.
    A spooled graph is counted batch by batch."""
    by_class = Counter(e.cls for e in kg.entities)
    by_pred: Counter = Counter()
    triples_seen: set = set()
    docs = awards = observations = 0
    for part in ([kg] if isinstance(kg, KnowledgeGraph) else kg.partials()):
        by_pred.update(r.predicate for r in part.relations)
        triples_seen.update((r.subject, r.predicate, r.object) for r in part.relations)
        docs, awards, observations = docs + len(part.documents), awards + len(part.awards), \
            observations + len(part.observations)
    lines = [f"documents     {docs}",
             f"entities      {len(kg.entities)}  " + ", ".join(f"{c} {by_class[c]}" for c in ENTITY_CLASSES if by_class[c]),
             f"relations     {len(triples_seen) + awards}  " + ", ".join(f"{p} {n}" for p, n in sorted(by_pred.items())),
             f"awards        {awards}",
             f"statistics    {observations}",
             f"triples       {triples}",
             f"seconds       {seconds:.2f}"]
    lines += [f"wrote         {o}" for o in outputs]
    if failures:
        lines += [f"failed        {len(failures)} (not in the graph)"] + [f"  {f}" for f in failures]
    return "\n".join(lines)
