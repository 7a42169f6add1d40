"""A knowledge graph too large to hold: analyses kept on disk, names in memory.

A corpus of hundreds of MB makes more mentions and facts than memory holds (about 40 MB per MB of
text). A spooled build joins names as documents are analyzed (``resolve.NameResolver``), writes
each batch of analyses with the entity key and reason of every mention to a temporary file, and
forgets it. Writing the graph reads one batch at a time back and makes the knowledge graph of
those documents (``partial``): the same entities' mentions, the same facts pointed at the same
entities, so each document's part of the file is the one an in-memory build writes (tested).
"""
from __future__ import annotations

import pickle
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from .model import Analysis, Entity, KnowledgeGraph
from .resolve import LATER, POINT, NameResolver, _where, ordered


class SpooledGraph:
    """Entities in memory, each batch of documents on disk; ``partial(i)`` is batch i's graph."""

    def __init__(self, resolver: NameResolver | None = None) -> None:
        self.resolver = resolver or NameResolver()
        self._folder = tempfile.TemporaryDirectory(prefix="govkg-spool-")    # removed with this object
        self.batches: list[Path] = []
        self.n_documents = self.n_chars = 0
        self.entities: tuple[Entity, ...] = ()

    def add(self, analyses: list[Analysis]) -> None:
        """Join the names of a batch of analyses, in document order, and put the batch on disk."""
        batch = [(a, self.resolver.names(a)) for a in analyses]
        path = Path(self._folder.name) / f"{len(self.batches):06d}.pickle"
        with open(path, "wb") as fh:
            pickle.dump(batch, fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.batches.append(path)
        self.n_documents += len(analyses)
        self.n_chars += sum(len(a.document.text) for a in analyses)

    def close(self) -> SpooledGraph:
        """Done adding: the entities (names, aliases, kinds; no mentions)."""
        self.entities = self.resolver.entities()
        return self

    def partial(self, i: int) -> KnowledgeGraph:
        """The knowledge graph of batch i: its documents, the entities they mention with those
        mentions only, and their facts pointed at the resolved entities."""
        with open(self.batches[i], "rb") as fh:
            batch = pickle.load(fh)
        mentions: dict[tuple[str, str], list] = defaultdict(list)
        facts: dict[str, list] = {kind: [] for kind in POINT}
        fix = self.resolver.key
        for a, names in batch:
            for m, (key, reason) in zip(a.mentions, names):
                mentions[key].append((m, reason))
            for kind, point in POINT.items():
                for x in getattr(a, kind):
                    got = point(x, fix, True)
                    if got is not LATER and got is not None:
                        facts[kind].append(got)
        entities = []
        for key in sorted(mentions):
            pairs = sorted(mentions[key], key=lambda p: _where(p[0]))
            entities.append(Entity(key[0], key[1], (), tuple(m for m, _ in pairs), (), tuple(r for _, r in pairs)))
        return KnowledgeGraph(documents=tuple(a.document for a, _ in batch),
                              sentences={a.document.doc_id: a.sentences for a, _ in batch},
                              entities=tuple(entities), **{kind: ordered(xs) for kind, xs in facts.items()})

    def partials(self) -> Iterator[KnowledgeGraph]:
        return (self.partial(i) for i in range(len(self.batches)))
