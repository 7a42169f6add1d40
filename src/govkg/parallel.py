"""Extraction on many cores or a Dask cluster.

Extraction is a pure function of a document and the lexicons (``pipeline.analyze``), so
documents are cut into chunks and analyzed anywhere: in this process, beside forked worker
processes (``jobs``; a process pool where forking is not possible), or on an existing
dask.distributed cluster (``scheduler``). Results come back in the order of the documents, so
every executor gives the same graph.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Iterator

from . import forks
from .errors import GovkgError
from .model import Analysis, Document, Sentence
from .progress import progress

if TYPE_CHECKING:
    from .pipeline import BuildOptions

CONNECT_TIMEOUT = "10s"   # how long to wait for a Dask scheduler before giving up
MIN_POOL_CHARS = 300_000   # below this (a few seconds of work) starting workers costs more than it saves
CHUNK_CHARS = 100_000      # about half a second of work per chunk: small enough to balance, large enough to amortize


def worker_count(jobs: int) -> int:
    """The number of workers: jobs, or every core when jobs is 0 or less."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def chunks(docs: list[Document], workers: int, limit: int = CHUNK_CHARS) -> list[list[Document]]:
    """Consecutive runs of documents for workers to claim one at a time, ever smaller towards the end
    (guided scheduling): each about a (4 x workers)th of the characters still left, at most limit and
    at least a tenth of it (or an (8 x workers)th of all, for a small corpus). Early chunks are
    large enough to amortize their trip; the last ones small, so no process waits long for
    another to finish a large one."""
    if workers == 1:
        return runs(docs, limit)
    total = sum(len(d.text) for d in docs)
    least = max(1, min(limit // 10, total // (8 * workers)))
    return runs(docs, lambda left: guided(left, workers, limit, least))


def guided(left: int, workers: int, limit: int, least: int) -> int:
    """The size of the next chunk when left characters remain."""
    return max(least, min(limit, left // (4 * workers)))


def runs(docs: list[Document], size: int | Callable[[int], int]) -> list[list[Document]]:
    """Consecutive runs of documents of at most size characters (or one document, when longer); size
    may be a function of the characters still left when a run starts (``chunks``)."""
    size_at = size if callable(size) else (lambda _left: size)
    out: list[list[Document]] = [[]]
    left = sum(len(d.text) for d in docs)
    limit, chars = size_at(left), 0
    for d in docs:
        if out[-1] and chars + len(d.text) > limit:
            out.append([])
            limit, chars = size_at(left), 0
        out[-1].append(d)
        chars += len(d.text)
        left -= len(d.text)
    return [c for c in out if c]


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a while: analyses hold no cycles, and every full
    collection walks all of them again (a third of extraction time on a 3 MB corpus). What was
    made meanwhile is then frozen (``gc.freeze``): the first collection afterwards would walk all
    of it once more (half a second for 2 MB of text); reference counting still frees it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


@contextmanager
def gc_restored() -> Iterator[None]:
    """Around a whole build or write: what gc_paused froze inside is handed back to the collector at
    the end (``gc.unfreeze``, without a collection), so a caller's later garbage with cycles is
    collected as usual."""
    try:
        yield
    finally:
        gc.unfreeze()


WARM_UP = Document("warm-up", "", "北京市司法局局长张明说，2016年全市办理法律援助案件1.2万件。", "")


def warm_up() -> None:
    """Load the lexicons and compile their patterns (about half a second) by analyzing one sentence:
    forked workers then inherit them instead of each doing it again."""
    analyze_chunk([WARM_UP])


def analyze_chunk(docs: list[Document]) -> list[Analysis]:
    """Analyze a chunk of documents (runs in a worker process or on a Dask worker)."""
    from .lexicons import load
    from .pipeline import analyze
    lex = load()
    with gc_paused():
        return [analyze(d, lex) for d in docs]


def pack(a: Analysis) -> Analysis | tuple:
    """An analysis to send back from a worker: without the document the sender already has, and
    sentences without their text when it is the document's own (a quarter of the bytes)."""
    text = a.document.text
    if any(s.text != text[s.start:s.end] for s in a.sentences):
        return replace(a, document=None)
    return (replace(a, document=None, sentences=()), [(s.index, s.start, s.end, s.section) for s in a.sentences])


def unpack(packed: Analysis | tuple, doc: Document) -> Analysis:
    """The analysis pack() sent, made whole again with its document."""
    if isinstance(packed, Analysis):
        return replace(packed, document=doc)
    a, sentences = packed
    return replace(a, document=doc, sentences=tuple(Sentence(i, s, e, doc.text[s:e], sec) for i, s, e, sec in sentences))


def analyze_packed(docs: list[Document]) -> list:
    """analyze_chunk for a worker process or a Dask worker: results packed for the trip back."""
    return [pack(a) for a in analyze_chunk(docs)]


class Results:
    """Chunks of analyses arriving in any order. Each is counted on the progress bar and, with every
    chunk before it there, its analyses are handed to feed one at a time in document order (the
    build resolves names while later chunks are still being analyzed)."""

    def __init__(self, parts: list[list[Document]], update: Callable[[int], None],
                 feed: Callable[[Analysis], None] | None) -> None:
        self.parts, self.update, self.feed = parts, update, feed
        self.out: list[list[Analysis] | None] = [None] * len(parts)
        self.fed = 0

    def put(self, i: int, analyses: list[Analysis]) -> None:
        self.out[i] = analyses
        self.update(len(analyses))
        while self.feed and self.fed < len(self.out) and self.out[self.fed] is not None:
            for a in self.out[self.fed]:     # type: ignore[union-attr]
                self.feed(a)
            self.fed += 1

    def unpack(self, i: int, packed: list) -> None:
        """A chunk packed by a worker."""
        self.put(i, [unpack(p, d) for p, d in zip(packed, self.parts[i])])

    def analyses(self) -> list[Analysis]:
        return [a for part in self.out for a in part]     # type: ignore[union-attr]


def _in_process(got: Results) -> None:
    for i, part in enumerate(got.parts):
        got.put(i, analyze_chunk(part))


def _in_pool(got: Results, workers: int) -> None:
    """Where forking is not safe (no fork on the platform, or other threads running): a pool of
    workers started afresh, each loading the lexicons itself."""
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method)) as pool:
        futures = {pool.submit(analyze_packed, part): i for i, part in enumerate(got.parts)}
        for fut in as_completed(futures):
            got.unpack(futures[fut], fut.result())


def _forked(got: Results, workers: int) -> None:
    """This process and workers-1 forked ones (``forks.share``), the lexicons loaded before forking."""
    parts = got.parts
    warm_up()
    forks.share(len(parts), workers, lambda i: got.put(i, analyze_chunk(parts[i])),
                lambda i: analyze_packed(parts[i]), got.unpack)


def _on_dask(got: Results, scheduler: str) -> None:
    try:
        from dask.distributed import Client, as_completed as dask_completed
    except ImportError:
        raise GovkgError("--scheduler needs dask.distributed: pip install 'govkg[cluster]'") from None
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except OSError as exc:
        raise GovkgError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    with client:
        futures = client.map(analyze_packed, got.parts, pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        for fut in dask_completed(futures):
            got.unpack(index[fut.key], fut.result())


def analyze_many(docs: list[Document], options: BuildOptions,
                 feed: Callable[[Analysis], None] | None = None) -> list[Analysis]:
    """Analyze documents in order, in this process, beside forked workers, in a process pool or on a
    Dask cluster; feed, if given, receives each analysis in document order as soon as it can."""
    if not docs:
        return []
    workers = worker_count(options.jobs)
    parts = chunks(docs, 1 if workers == 1 and not options.scheduler else workers)
    with progress(len(docs), options.progress) as update, gc_paused():
        got = Results(parts, update, feed)
        if options.scheduler:
            _on_dask(got, options.scheduler)
        elif workers == 1 or len(parts) == 1 or sum(len(d.text) for d in docs) < MIN_POOL_CHARS:
            _in_process(got)
        elif forks.can_fork():
            _forked(got, min(workers, len(parts)))
        else:
            _in_pool(got, min(workers, len(parts)))
    return got.analyses()
