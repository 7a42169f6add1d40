"""A spooled build (analyses on disk until written) writes exactly what an in-memory build writes."""
from __future__ import annotations

from pathlib import Path

import pytest

from govkg import forks, pipeline
from govkg.pipeline import BuildOptions, build
from govkg.spool import SpooledGraph
from govkg.stream import write_kg, write_output
from govkg.summary import summarize
from govkg.view.large import most_connected, spooled_most_connected

from .conftest import generated_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return generated_corpus(tmp_path_factory.mktemp("spool-corpus"), 0.04, seed=11)


@pytest.fixture(scope="module")
def whole(corpus):
    return build([corpus], options=BuildOptions(graph=False, spool=False))


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 3000)


@pytest.mark.parametrize("fmt,jobs", [("turtle", 1), ("ntriples", 1), ("turtle", 2)])
def test_a_spooled_build_writes_the_same_bytes(corpus, whole, tmp_path, monkeypatch, small_batches, fmt, jobs):
    monkeypatch.setattr(forks, "can_fork", lambda: True)      # other tests' server threads may still run
    spooled = build([corpus], options=BuildOptions(graph=False, spool=True, jobs=jobs))
    assert isinstance(spooled.kg, SpooledGraph) and len(spooled.kg.batches) > 3
    a, b = tmp_path / "a", tmp_path / "b"       # the in-memory build streamed too (rdflib writes it when small)
    assert write_kg(whole.kg, a, fmt) == write_output(spooled, b, fmt, jobs=jobs) > 10_000
    assert a.read_bytes() == b.read_bytes()


def test_its_summary_and_picture_are_the_in_memory_builds(corpus, whole, small_batches):
    spooled = build([corpus], options=BuildOptions(graph=False, spool=True))
    assert summarize(spooled.kg, 1, 0, []) == summarize(whole.kg, 1, 0, [])
    assert spooled_most_connected(spooled.kg, 40, 3) == most_connected(whole.kg, 40, 3)
    assert [e.key for e in spooled.kg.entities] == [e.key for e in whole.kg.entities]


def test_a_spooled_build_uses_and_keeps_the_cache(corpus, whole, tmp_path, small_batches):
    opts = BuildOptions(graph=False, spool=True, cache_dir=tmp_path / "cache")
    first = build([corpus], options=opts)
    files = sorted((tmp_path / "cache").glob("*/*.pickle"))
    assert len(files) == first.kg.n_documents == len(whole.kg.documents)    # every batch's analyses kept
    again = build([corpus], options=opts)
    assert sorted((tmp_path / "cache").glob("*/*.pickle")) == files
    out1, out2 = tmp_path / "1.ttl", tmp_path / "2.ttl"
    write_output(first, out1), write_output(again, out2)
    assert out1.read_bytes() == out2.read_bytes()


def test_a_large_streamed_build_spools_by_itself(corpus, monkeypatch):
    monkeypatch.setattr(pipeline, "SPOOL_CHARS", 1000)
    assert isinstance(build([corpus], options=BuildOptions(graph=False)).kg, SpooledGraph)
    assert not isinstance(build([corpus], options=BuildOptions(graph=True)).kg, SpooledGraph)   # a graph is wanted


def test_the_cli_builds_spooled_the_same_graph(corpus, tmp_path):
    from click.testing import CliRunner
    from rdflib import Graph
    from govkg.cli import main
    outs = []
    for flag in ("--spool", "--no-spool"):
        res = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / flag), "--no-render",
                                        "--no-cache", "--jobs", "1", flag])
        assert res.exit_code == 0, res.output
        outs.append((set(Graph().parse(tmp_path / flag / "graph.ttl")), res.output.split("seconds")[0]))
    assert outs[0] == outs[1] and len(outs[0][0]) > 10_000      # same triples, same summary


def test_spool_needs_a_streamed_format(corpus, tmp_path):
    from click.testing import CliRunner
    from govkg.cli import main
    res = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path), "--format", "jsonld", "--spool"])
    assert res.exit_code == 2
    assert "Invalid value for --spool: needs --format turtle or ntriples (jsonld is written from a graph in memory)" \
        in res.output
