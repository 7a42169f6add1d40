"""The stages in order: the one place that knows the order."""
from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from rdflib import Graph

from .cache import AnalysisCache
from .errors import GovkgError, PipelineError
from .extract.events import extract_events
from .extract.infer import infer_from_names
from .extract.numbers import extract_numbers
from .extract.organizations import extract_organizations, patterns
from .extract.people import extract_people
from .extract.places import extract_places
from .extract.relations import extract_relations
from .extract.repeats import extract_repeats
from .extract.speeches import extract_speeches
from .extract.works import extract_works
from .lexicons import Lexicon, load
from .model import Analysis, Document, KnowledgeGraph
from .normalize import restore, working_copy
from .parallel import analyze_many, gc_paused, gc_restored, runs
from .progress import progress, stage
from .rdf import to_graph
from .read import DEFAULT_MAX_SIZE, read_corpus
from .resolve import Resolver
from .segment import segment
from .spool import SpooledGraph
from .stream import FORMATS as STREAM_FORMATS, DocumentWriter, is_large
from .vocab import DEFAULT_BASE_IRI
from .write import atomic_path

Stage = Callable[[Analysis, Lexicon], Analysis]
SPOOL_CHARS = 50_000_000     # characters of text (about 150 MB) above which a streamed build spools its analyses
BATCH_CHARS = 1_000_000      # characters per batch on disk: about 120 MB of analyses in memory at a time
STREAM_CHARS = 300_000       # characters of text from which a build with stream_to writes while extracting


def segment_stage(a: Analysis, lex: Lexicon) -> Analysis:
    """Sections (a speaker line is an organ name) and sentences."""
    full = patterns(lex)["full"]
    return segment(a, lambda line: bool(full.fullmatch(line.strip())))


STAGES: tuple[tuple[str, Stage], ...] = (
    ("segment", segment_stage),
    ("places", extract_places),
    ("organizations", extract_organizations),
    ("people", extract_people),
    ("events", extract_events),
    ("works", extract_works),
    ("repeats", extract_repeats),
    ("speeches", extract_speeches),
    ("relations", extract_relations),
    ("numbers", extract_numbers),
    ("infer", infer_from_names),
)


def analyze(doc: Document, lex: Lexicon | None = None) -> Analysis:
    """Run every extraction stage on one document: a pure function of the document and lexicons."""
    lex = lex or load()
    work = working_copy(doc)     # the stages see Simplified text; restore() maps back to the original
    a = Analysis(document=work)
    for name, stage in STAGES:
        out = stage(a, lex)
        if not isinstance(out, Analysis) or out.document is not work:
            raise PipelineError(f"stage {name!r} broke the contract: it must return the Analysis of the same document")
        a = out
    return restore(a, doc)


@dataclass(frozen=True)
class BuildOptions:
    """How to run a build; every field has a working default."""

    base_iri: str = DEFAULT_BASE_IRI
    encoding: str | None = None          # None: detect (issue 6)
    strict: bool = False                 # stop at the first bad document
    jobs: int = 1                        # worker processes for extraction (issue 7)
    scheduler: str | None = None         # dask.distributed scheduler address (issue 7)
    cache_dir: Path | None = None        # incremental builds: per-document analysis cache (issue 6)
    max_size: int = DEFAULT_MAX_SIZE     # bytes per document; larger ones fail with a message
    progress: bool = False               # progress bar on a terminal (issue 7)
    graph: bool = True                   # False: no rdflib Graph for a large corpus (stream.write_kg writes it)
    spool: bool | None = None            # analyses on disk until written (None: when graph is False and the text is large)
    stream_to: Path | None = None        # a large corpus's graph is written here while extracting (Turtle, N-Triples)
    stream_format: str = "turtle"


@dataclass
class BuildResult:
    """What a build produced, the documents that failed, and the time each step took."""

    kg: KnowledgeGraph | SpooledGraph    # spooled: a corpus too large to hold (analyses on disk)
    graph: Graph | None                  # None when options.graph is False and the corpus is large
    timings: dict[str, float] = field(default_factory=dict)
    failures: list = field(default_factory=list)     # InputError per document that could not be read
    written: Path | None = None          # options.stream_to, when the build wrote the graph there
    written_format: str | None = None
    triples: int | None = None           # the number of triples written there


def analyze_all(docs: list[Document], options: BuildOptions,
                feed: Callable[[Analysis], None] | None = None) -> list[Analysis]:
    """Extraction over all documents: a pure function per document, so it can run anywhere. feed,
    if given, receives every analysis in document order: as they are made when none is cached."""
    if options.cache_dir is None:       # nothing to look up or keep: no document's key is needed
        return analyze_many(docs, options, feed)
    cache = AnalysisCache(options.cache_dir)
    todo = cache.missing(docs)
    early = feed if len(todo) == len(docs) else None
    cache.add(analyze_many(todo, options, early))     # in this process, beside workers or on a Dask cluster
    analyses = cache.analyses(docs)
    if feed and not early:
        for a in analyses:
            feed(a)
    return analyses


def spooled(docs: list[Document], options: BuildOptions) -> SpooledGraph:
    """Extraction batch by batch for a corpus too large to hold: each batch's names are joined, the
    batch goes to disk and is forgotten (``spool.py``)."""
    sg, cache, quiet = SpooledGraph(), AnalysisCache(options.cache_dir), replace(options, progress=False)
    with progress(len(docs), options.progress) as update:
        for batch in runs(docs, BATCH_CHARS):
            cache.add(analyze_many(cache.missing(batch), quiet))
            sg.add(cache.pop(batch))
            update(len(batch))
    cache.finish(docs)
    return sg.close()


def build(paths: list[Path], base_iri: str = DEFAULT_BASE_IRI, options: BuildOptions | None = None) -> BuildResult:
    """Read, extract, resolve and map a corpus to RDF."""
    with gc_restored():
        return _build(paths, options or BuildOptions(base_iri=base_iri))


def _build(paths: list[Path], options: BuildOptions) -> BuildResult:
    t: dict[str, float] = {}
    t0 = time.perf_counter()
    docs, failures = read_corpus(paths, options.encoding, options.max_size, options.strict)
    if not docs:
        raise failures[0] if len(failures) == 1 else GovkgError(
            "no document could be read:\n  " + "\n  ".join(map(str, failures)))
    t["read"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    spool = options.spool if options.spool is not None else \
        not options.graph and sum(len(d.text) for d in docs) > SPOOL_CHARS
    if spool:
        with gc_paused():
            kg = spooled(docs, options)
        t["extract"], t["resolve"], t["rdf"] = time.perf_counter() - t0, 0.0, 0.0
        return BuildResult(kg, None, t, failures)
    if options.stream_to is not None and options.stream_format in STREAM_FORMATS \
            and sum(len(d.text) for d in docs) >= STREAM_CHARS:
        return _streamed(docs, options, t, t0, failures)
    resolver = Resolver()       # fed during extraction: names are joined while later documents are analyzed
    analyses = analyze_all(docs, options, resolver.feed)
    t["extract"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with gc_paused(), stage("resolve", options.progress):   # no cycles: collections would only rescan everything
        kg = resolver.graph(analyses)
    t["resolve"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    graph = to_graph(kg, options.base_iri) if options.graph or not is_large(kg) else None
    t["rdf"] = time.perf_counter() - t0
    return BuildResult(kg, graph, t, failures)


def _streamed(docs: list[Document], options: BuildOptions, t: dict[str, float], t0: float,
              failures: list) -> BuildResult:
    """The build of a large corpus that writes its graph file while extracting: each document's
    part as soon as its names are joined, in document order (``stream.DocumentWriter``), the
    grouped subjects at the end. The file appears only when complete (``write.atomic_path``)."""
    target = options.stream_to
    with atomic_path(target) as raw:
        writer = DocumentWriter(raw, options.stream_format, options.base_iri)
        resolver = Resolver()

        def feed(a: Analysis) -> None:
            writer.document(a.document, a.sentences, resolver.feed(a))

        analyses = analyze_all(docs, options, feed)
        t["extract"] = time.perf_counter() - t0 - writer.seconds
        t0 = time.perf_counter()
        with gc_paused(), stage("resolve", options.progress):
            kg = resolver.graph(analyses)
        late, resolver, analyses = resolver.late, None, None     # no longer needed: memory for the end
        t["resolve"] = time.perf_counter() - t0
        with stage(f"write {target.name}", options.progress):
            triples = writer.finish(kg, late, options.jobs)
            t1 = time.perf_counter()
    t["write"] = writer.seconds + time.perf_counter() - t1      # and the file's flush to the disk
    t0 = time.perf_counter()
    graph = to_graph(kg, options.base_iri) if options.graph else None
    t["rdf"] = time.perf_counter() - t0
    return BuildResult(kg, graph, t, failures, target, options.stream_format, triples)
