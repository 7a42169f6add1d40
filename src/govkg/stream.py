"""Large graphs straight to Turtle or N-Triples, without building an rdflib Graph, on several cores.

rdflib needs about 1 KB and 20 µs per triple to hold a graph and 25 µs to write it as pretty
Turtle; a 10 MB corpus makes millions of triples. Here the graph is written as text by
``emit.Emitter``, one document's part at a time, with bounded memory. With ``jobs`` above one,
this process and forked workers (``forks.share``: they inherit the resolved graph without
pickling it) claim parts one at a time; workers send back their text in files and the pairs
grouped for the end. The file is the same byte for byte whatever the number of jobs, because
every part is made by the same code from the same data and joined in order.

A build given a file to write (``BuildOptions.stream_to``) uses ``DocumentWriter`` instead: the
main process writes each document's part as soon as the resolver has joined its names, while the
workers are still extracting later documents, and only the grouped subjects are left for the end.
Its file is byte for byte the one written after the build.
"""
from __future__ import annotations

import io
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import TextIO

from . import forks
from .emit import Emitter, Plan, prefixes
from .errors import GraphError
from .model import DocItems, KnowledgeGraph
from .spool import SpooledGraph
from .parallel import gc_paused, gc_restored
from .vocab import DEFAULT_BASE_IRI
from .write import atomic_path

LARGE = 100_000          # estimated triples above which the build writes with this module
FORMATS = ("turtle", "ntriples")
PART_CHARS = 250_000     # document characters per part written by a worker (about 10 MB of Turtle)
BATCH = 4096             # pieces of text gathered before each write
ENTITIES = 20_000        # entities per task of writing their labels
GROUPED_SHARED = 20_000  # subjects with pairs gathered from many documents, above which workers write them too


def estimate_triples(kg: KnowledgeGraph) -> int:
    """About how many triples the graph of kg has (ten per evidence node)."""
    facts = sum(len(e.mentions) for e in kg.entities) + len(kg.relations) + len(kg.attributes)
    return 10 * (facts + len(kg.observations) + len(kg.awards)) + 6 * sum(map(len, kg.sentences.values()))


def is_large(kg: KnowledgeGraph) -> bool:
    """Whether kg is better written by this module than by rdflib."""
    return estimate_triples(kg) > LARGE


def parts(kg: KnowledgeGraph, limit: int | None = None) -> list[range]:
    """Consecutive runs of documents of about limit (default PART_CHARS) characters."""
    limit = limit or PART_CHARS
    out, start, chars = [], 0, 0
    for i, doc in enumerate(kg.documents):
        chars += len(doc.text)
        if chars >= limit:
            out.append(range(start, i + 1))
            start, chars = i + 1, 0
    if start < len(kg.documents):
        out.append(range(start, len(kg.documents)))
    return out


def entity_tasks(n: int, workers: int = 1) -> list[tuple[str, range]]:
    """The work of the entities' own pairs (labels, pinyin) of n entities, in order."""
    size = ENTITIES if workers == 1 else min(ENTITIES, max(1000, n // (2 * workers) + 1))
    return [("entities", range(i, min(i + size, n))) for i in range(0, n, size)]


def tasks(kg, workers: int = 1) -> list[tuple[str, range]]:
    """The work of writing, in output order: entities' own pairs (labels, pinyin), then document
    parts. With several workers, tasks are smaller (at least eight documents' parts per worker)
    so that none waits long for the last; the text is the same however the work is cut."""
    entities = entity_tasks(len(kg.entities), workers)
    if isinstance(kg, SpooledGraph):        # a part per batch on disk
        return entities + [("batch", range(i, i + 1)) for i in range(len(kg.batches))]
    chars = sum(len(d.text) for d in kg.documents)
    limit = PART_CHARS if workers == 1 else min(PART_CHARS, max(10_000, chars // (8 * workers) + 1))
    return entities + [("documents", run) for run in parts(kg, limit)]


class Batches:
    """Text pieces written to a binary file as UTF-8, a batch at a time. Emitters add pieces with
    ``add`` (a bound list.append: over a million calls in a large build) and call ``check``
    between nodes of their own, which writes the batch once it is full."""

    def __init__(self, raw) -> None:
        self.raw, self.pieces = raw, []
        self.add = self.pieces.append

    def check(self) -> None:
        if len(self.pieces) >= BATCH:
            self.flush()

    def flush(self) -> None:
        self.raw.write("".join(self.pieces).encode("utf-8"))
        self.pieces.clear()


def run_task(plan: Plan, turtle: bool, task: tuple[str, range], out) -> Emitter:
    """Do one task; the text goes to out, the pairs for the end stay in the returned Emitter."""
    kind, which = task
    em = Emitter(out, turtle, plan.base)
    if kind == "entities":
        em.entity_pairs(plan, which)
    elif kind == "documents":
        for i in which:
            em.document(plan, i)
    elif kind == "grouped":     # the end: these of the sorted subjects with all their pairs
        em.write_grouped(plan.subjects[which.start:which.stop], plan.grouped, plan.owners)
    else:       # a spooled batch: the graph of its documents, with a plan of its own
        part = Plan(plan.spool.partial(which.start), plan.base)
        for i in range(len(part.kg.documents)):
            em.document(part, i)
    return em


def to_file(plan: Plan, turtle: bool, task: tuple[str, range], folder: str) -> tuple[str, dict[str, list[str]], int]:
    """One task in a forked worker: its text goes to a file of folder; returns the file's name, the
    grouped pairs and the triple count. A pipe would hold the worker up: this process reads only
    between tasks of its own."""
    fd, path = tempfile.mkstemp(suffix=".part", dir=folder)
    with os.fdopen(fd, "wb") as fh:
        out = Batches(fh)
        em = run_task(plan, turtle, task, out)
        out.flush()
    return path, em.grouped, em.count


def append_file(raw, path: str) -> None:
    """Copy the file at path to the end of raw: in the kernel when raw is a file and the platform
    can (os.sendfile: a worker's part is tens of megabytes), else through a buffer."""
    with open(path, "rb") as part:
        try:
            fd = raw.fileno()
        except (AttributeError, OSError):       # io.UnsupportedOperation is an OSError
            fd = None
        if fd is None or not hasattr(os, "sendfile"):
            shutil.copyfileobj(part, raw, 1 << 20)
            return
        raw.flush()                             # what raw holds goes first
        offset, size = 0, os.fstat(part.fileno()).st_size
        while offset < size:
            sent = os.sendfile(fd, part.fileno(), offset, size - offset)
            if not sent:
                raise OSError(f"{path}: could not copy the part at byte {offset}")
            offset += sent


class Joiner:
    """Receives the tasks' results in any order and writes them to raw in task order, as soon as
    every earlier one has been written; merges their grouped pairs in the same order."""

    def __init__(self, raw, main: Emitter, plan: Plan) -> None:
        self.raw, self.main, self.plan = raw, main, plan
        self.pending: dict[int, tuple[bytes | str, dict[str, list[str]], int]] = {}
        self.next = 0

    def run(self, i: int, task: tuple[str, range]) -> None:
        """Do task i here: its text straight to raw when every earlier task's is there, else kept until it is."""
        direct = i == self.next
        target = self.raw if direct else io.BytesIO()
        out = Batches(target)
        em = run_task(self.plan, self.main.turtle, task, out)
        out.flush()
        self(i, (b"" if direct else target.getvalue(), em.grouped, em.count))

    def __call__(self, i: int, result: tuple[bytes | str, dict[str, list[str]], int]) -> None:
        self.pending[i] = result
        while self.next in self.pending:
            text, grouped, count = self.pending.pop(self.next)
            if isinstance(text, bytes):
                self.raw.write(text)
            else:                               # a worker's file
                append_file(self.raw, text)
                os.unlink(text)
            self.main.count += count
            for subject, pos in grouped.items():     # in task order: an entity's own pairs, then its evidence
                self.main.grouped.setdefault(subject, []).extend(pos)
            self.next += 1


def write_parts(kg: KnowledgeGraph, raw, fmt: str = "turtle", base: str = DEFAULT_BASE_IRI, jobs: int = 1) -> int:
    """Write kg's graph as UTF-8 Turtle or N-Triples to a binary file; returns the number of triples."""
    with gc_restored(), gc_paused():   # no cycles are made here; collections would rescan the graph again and again
        return _write_parts(kg, raw, fmt, base, jobs)


def _write_parts(kg: KnowledgeGraph, raw, fmt: str, base: str, jobs: int) -> int:
    turtle = fmt == "turtle"
    if isinstance(kg, SpooledGraph):      # the entities' pairs from its names; documents batch by batch
        plan = Plan(KnowledgeGraph(documents=(), entities=kg.entities), base)
        plan.spool = kg
    else:
        plan = Plan(kg, base)
    if turtle:
        raw.write(prefixes().encode("utf-8"))
    out = Batches(raw)
    main = Emitter(out, turtle, base)
    join = Joiner(raw, main, plan)
    workers = jobs if jobs > 0 else os.cpu_count() or 1
    todo = tasks(kg, workers)
    shared = min(workers, len(todo)) > 1 and sum(kind != "entities" for kind, _ in todo) > 1 and forks.can_fork()
    run_all(todo, min(workers, len(todo)) if shared else 1, join, plan, turtle)
    write_grouped(raw, out, main, plan, turtle, workers if shared else 1)
    return main.count


def write_grouped(raw, out: Batches, main: Emitter, plan: Plan, turtle: bool, workers: int,
                  owners: dict | None = None) -> None:
    """The end: the subjects whose pairs were gathered from many documents (entities, memberships,
    awards) in main.grouped, and the entities of owners (IRI -> Entity) with their own pairs first,
    sorted. With many of them and several workers, the sorted blocks are cut in ranges written
    like the documents' parts, by freshly forked workers that see the pairs gathered."""
    owners = owners or {}
    subjects = sorted(main.grouped.keys() | owners.keys()) if owners else sorted(main.grouped)
    if workers > 1 and len(subjects) >= GROUPED_SHARED:
        plan.subjects, plan.grouped, plan.owners = subjects, main.grouped, owners
        step = len(subjects) // (4 * workers) + 1
        run_all([("grouped", range(i, min(i + step, len(subjects)))) for i in range(0, len(subjects), step)],
                workers, Joiner(raw, main, plan), plan, turtle)
        plan.subjects, plan.grouped, plan.owners = [], {}, {}
    else:
        main.write_grouped(subjects, main.grouped, owners)
    main.grouped.clear()
    out.flush()


class DocumentWriter:
    """Writes the graph while the corpus is still being extracted: each document's part as soon as
    its names are joined (``Resolver.feed`` returns it: a mention's entity is final once it is
    fed), the rest at the end (``finish``): facts pointed at entities only then, and the grouped
    subjects. One process writes, in document order, so the file does not depend on the jobs."""

    def __init__(self, raw, fmt: str = "turtle", base: str = DEFAULT_BASE_IRI) -> None:
        if fmt not in FORMATS:
            raise GraphError(f"{fmt} cannot be written while extracting; choose one of {', '.join(FORMATS)}")
        self.raw, self.turtle = raw, fmt == "turtle"
        if self.turtle:
            raw.write(prefixes().encode("utf-8"))
        self.out = Batches(raw)
        self.plan = Plan(KnowledgeGraph(documents=()), base)      # the entities' IRIs
        self.em = Emitter(self.out, self.turtle, base)            # gathers the documents' grouped pairs
        self.seconds = 0.0

    def document(self, doc, sentences, items: DocItems) -> None:
        """Write one document's part: it must come after every document fed before it."""
        t0 = time.perf_counter()
        self.em.document_part(self.plan, doc, sentences, items.mentions, items)
        self.seconds += time.perf_counter() - t0

    def finish(self, kg: KnowledgeGraph, late: DocItems, jobs: int = 1) -> int:
        """Write the facts pointed at entities at the end, then the grouped subjects: each entity
        with its own pairs first, then those gathered from the documents. Returns the number of
        triples."""
        t0 = time.perf_counter()
        with gc_restored(), gc_paused():
            em, plan = self.em, self.plan
            em.seen.clear()
            em.relations(plan, late)
            em.awards(plan, late.awards)
            em.observations(plan, late.observations)
            self.out.flush()
            em.surfaces = {}        # of no further use
            owners = {plan.entity(ent.key): ent for ent in kg.entities}     # each IRI made when its mention was written
            workers = jobs if jobs > 0 else os.cpu_count() or 1
            write_grouped(self.raw, self.out, em, plan, self.turtle, workers if forks.can_fork() else 1, owners)
        self.seconds += time.perf_counter() - t0
        return em.count


def run_all(todo: list[tuple[str, range]], workers: int, join: Joiner, plan: Plan, turtle: bool) -> None:
    """Do the tasks: shared with forked workers when workers > 1, else all in this process (the same text)."""
    if workers > 1:
        with tempfile.TemporaryDirectory(prefix="govkg-parts-") as folder:   # removed whatever happens
            forks.share(len(todo), workers, lambda i: join.run(i, todo[i]),
                        lambda i: to_file(plan, turtle, todo[i], folder), join)
    else:
        for i, task in enumerate(todo):
            join.run(i, task)


def write_stream(kg: KnowledgeGraph, fh: TextIO, fmt: str = "turtle", base: str = DEFAULT_BASE_IRI, jobs: int = 1) -> int:
    """Write kg's graph as Turtle or N-Triples to a text file; returns the number of triples written."""
    raw = io.BytesIO()
    count = write_parts(kg, raw, fmt, base, jobs)
    fh.write(raw.getvalue().decode("utf-8"))
    return count


def write_kg(kg: KnowledgeGraph, target: Path, fmt: str = "turtle", base: str = DEFAULT_BASE_IRI, jobs: int = 1) -> int:
    """Write kg's graph to target atomically (Turtle or N-Triples); returns the number of triples."""
    with atomic_path(target) as raw:
        return write_parts(kg, raw, fmt, base, jobs)


def write_output(result, target: Path, fmt: str = "turtle", base: str = DEFAULT_BASE_IRI, jobs: int = 1) -> int:
    """Write a build's graph file: streamed from the knowledge graph when large, by rdflib otherwise; returns triples."""
    from .write import write_graph
    if result.written is not None and Path(target) == result.written and fmt == result.written_format:
        return result.triples       # written by the build, while extracting
    if fmt in FORMATS and (result.graph is None or is_large(result.kg)):
        return write_kg(result.kg, target, fmt, base, jobs)
    if result.graph is None:
        raise GraphError(f"{fmt} needs the whole graph in memory; build with the graph (or write turtle/ntriples)")
    write_graph(result.graph, target, fmt)
    return len(result.graph)
