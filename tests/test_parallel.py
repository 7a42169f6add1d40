"""--jobs: a process pool gives exactly the analyses and graph of a one-process build."""
from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg import forks, parallel
from govkg.cli import main
from govkg.model import Document
from govkg.parallel import analyze_chunk, analyze_many, chunks, pack, unpack, worker_count
from govkg.pipeline import BuildOptions, analyze_all
from govkg.read import read_corpus

from .conftest import ROOT, generated_corpus

sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import write_corpus  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A few generated articles plus the seed."""
    return generated_corpus(tmp_path_factory.mktemp("corpus"), 0.025, seed=3)


@pytest.fixture(scope="module")
def docs(corpus):
    return read_corpus([corpus], None, 10**8, False)[0]


@pytest.mark.parametrize("workers,expected", [(1, 1), (3, 3), (0, None)], ids=["one", "three", "all-cores"])
def test_worker_count(workers, expected):
    import os
    assert worker_count(workers) == (expected or os.cpu_count())


@pytest.mark.parametrize("workers", [1, 2, 8], ids=["1", "2", "8"])
def test_chunks_keep_every_document_in_order(docs, workers):
    parts = chunks(docs, workers, limit=5000)
    assert [d for p in parts for d in p] == docs
    assert len(parts) > 1 and all(parts)


def test_chunks_grow_smaller_towards_the_end():
    """Guided scheduling: full-size chunks first, then ever smaller ones, so no process waits long at the end."""
    docs = [Document(f"d{i}", "", "字" * (300 + 7 * (i % 50)), "") for i in range(600)]
    sizes = [sum(len(d.text) for d in p) for p in chunks(docs, 2, limit=20_000)]
    assert sum(sizes) == sum(len(d.text) for d in docs)
    assert max(sizes) <= 20_000 and sizes[0] > 19_000
    assert sizes[-2] < 4_000 and sizes[-1] < 4_000
    assert all(a >= b - 1000 for a, b in zip(sizes, sizes[1:]))     # never much larger than the one before
    assert chunks(docs, 1, limit=20_000) == parallel.runs(docs, 20_000)


@pytest.fixture(params=["forked", "pool"])
def pool_calls(request, monkeypatch) -> list:
    """Workers even for a small corpus, forked beside this process or (where forking is not safe) a
    process pool; the list counts the times workers were started."""
    calls: list = []
    which = "_forked" if request.param == "forked" else "_in_pool"
    real = getattr(parallel, which)
    monkeypatch.setattr(parallel, "MIN_POOL_CHARS", 0)
    monkeypatch.setattr(forks, "can_fork", lambda: request.param == "forked")   # other tests' threads may run
    monkeypatch.setattr(parallel, which, lambda *a: calls.append(a) or real(*a))
    return calls


@pytest.mark.parametrize("jobs", [2, 0], ids=["jobs2", "all-cores"])
def test_pool_gives_the_same_analyses(docs, jobs, pool_calls):
    one = analyze_many(docs, BuildOptions(jobs=1))
    fed: list = []
    many = analyze_many(docs, BuildOptions(jobs=jobs), fed.append)
    assert len(one) == len(docs) > 4
    assert many == one == fed
    assert analyze_all(docs, BuildOptions(jobs=jobs)) == one
    assert len(pool_calls) == (2 if (jobs or os.cpu_count() or 1) > 1 else 0)


def test_forked_workers_share_the_chunks_with_this_process(docs, monkeypatch):
    """Every chunk is analyzed once, some here and some by the forked worker, and comes back in order."""
    parts = chunks(docs, 2, limit=2000)
    here: list[int] = []
    real = parallel.analyze_chunk
    monkeypatch.setattr(parallel, "analyze_chunk", lambda ds: here.append(len(ds)) or real(ds))
    fed: list = []
    results = parallel.Results(parts, lambda n: None, fed.append)
    parallel._forked(results, 2)
    got = results.out
    assert [a.document for part in got for a in part] == docs
    assert got == [real(p) for p in parts]
    assert fed == results.analyses()          # every analysis handed on once, in document order
    # warm-up, then some of the chunks here (calls in the forked worker are not seen here)
    assert here[0] == 1 and 0 < len(here) - 1 < len(parts)


def test_a_small_corpus_is_analyzed_without_workers(docs, monkeypatch):
    """Starting workers costs about a second each: a corpus of a few seconds' work stays in this process."""
    monkeypatch.setattr(parallel, "_in_pool", lambda *a: pytest.fail("a pool for a small corpus"))
    monkeypatch.setattr(parallel, "_forked", lambda *a: pytest.fail("workers for a small corpus"))
    assert sum(len(d.text) for d in docs) < parallel.MIN_POOL_CHARS
    assert analyze_many(docs, BuildOptions(jobs=2)) == analyze_many(docs, BuildOptions(jobs=1))


def test_jobs_build_writes_the_same_bytes(tmp_path, pool_calls):
    corpus = tmp_path / "in"
    write_corpus(corpus, 0.01, seed=4)
    outs = []
    for jobs in ("1", "2"):
        res = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / jobs), "--no-render",
                                        "--no-cache", "--jobs", jobs])
        assert res.exit_code == 0, res.output
        outs.append((tmp_path / jobs / "graph.ttl").read_bytes())
    assert outs[0] == outs[1] and len(outs[0]) > 10_000
    assert pool_calls


def test_results_are_fed_in_document_order_as_soon_as_all_before_them_are_there(docs):
    parts = [[d] for d in docs[:4]]
    fed: list = []
    got = parallel.Results(parts, lambda n: None, lambda a: fed.append(a.document.doc_id))
    a = [analyze_chunk(p) for p in parts]
    got.put(2, a[2])
    got.put(1, a[1])
    assert fed == []                          # chunk 0 is still missing
    got.put(0, a[0])
    assert fed == [d.doc_id for d in docs[:3]]
    got.put(3, a[3])
    assert fed == [d.doc_id for d in docs[:4]] and got.analyses() == [x for part in a for x in part]


def test_a_resolver_fed_during_extraction_gives_the_graph_of_resolve(docs):
    """Facts are pointed at entities as soon as their ends are known: the same graph as resolving at the end."""
    from govkg.resolve import Resolver, resolve
    r = Resolver()
    analyses = analyze_many(docs, BuildOptions(jobs=1), r.feed)
    assert r.graph(analyses) == resolve(analyses)


def test_cached_analyses_are_fed_too(docs, tmp_path):
    opts = BuildOptions(jobs=1, cache_dir=tmp_path)
    analyze_all(docs[:3], opts)
    fed: list = []
    assert analyze_all(docs[:5], opts, fed.append) == fed and len(fed) == 5


def test_progress_is_silent_when_stderr_is_not_a_terminal(docs, capsys):
    analyze_many(docs[:3], BuildOptions(jobs=1, progress=True))
    assert capsys.readouterr().err == ""


def test_packed_analyses_come_back_whole(docs):
    """What a worker sends back (without the document, sentences without their text) unpacks to the analysis."""
    trad = Document("t1", "t1.txt", "臺灣省司法廳召開會議。廳長講話。", "t1")
    for doc in docs[:5] + [trad]:
        a = analyze_chunk([doc])[0]
        packed = pack(a)
        assert unpack(pickle.loads(pickle.dumps(packed)), doc) == a
        assert len(pickle.dumps(packed)) < len(pickle.dumps(a))


def test_long_stages_name_themselves_on_a_terminal_only(monkeypatch, capsys):
    from govkg import progress
    with progress.stage("resolve", True):
        pass
    assert capsys.readouterr().err == ""              # stderr is not a terminal here
    monkeypatch.setattr(progress, "wanted", lambda enabled: enabled)
    with progress.stage("resolve", True):
        pass
    err = capsys.readouterr().err
    assert err.startswith("resolve ...") and err.rstrip().endswith(" s") and "\rresolve " in err
    with progress.stage("resolve", False):
        pass
    assert capsys.readouterr().err == ""


def test_a_build_leaves_the_collector_as_it_found_it(corpus):
    """Objects frozen while the collector was paused are handed back at the end: cycles made later are collected."""
    import gc
    from govkg.pipeline import build
    build([corpus], options=BuildOptions(jobs=1))
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_a_build_without_a_cache_computes_no_document_keys(monkeypatch):
    """Hashing every document (three times) only serves a cache: without one it is not done."""
    from govkg import cache
    from govkg.pipeline import BuildOptions, build
    from .conftest import SEED_DIR
    monkeypatch.setattr(cache, "document_key", lambda doc: pytest.fail("a document key was computed"))
    assert build([SEED_DIR], options=BuildOptions(cache_dir=None)).kg.entities
