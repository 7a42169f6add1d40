"""A large build writes its graph file while extracting (pipeline.BuildOptions.stream_to): each
document's part as soon as its names are joined, the rest at the end. The file holds exactly
the triples of rdf.to_graph, does not depend on the jobs, and appears only when complete."""
from __future__ import annotations

import io

import pytest
from click.testing import CliRunner
from rdflib import Graph

from govkg import forks, parallel, pipeline, stream
from govkg.cli import main
from govkg.model import Analysis, Document, Evidence, Mention, Relation, Sentence
from govkg.pipeline import BuildOptions, build
from govkg.rdf import to_graph
from govkg.resolve import Resolver
from govkg.stream import DocumentWriter, write_kg, write_output

from .conftest import SEED_DIR, generated_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return generated_corpus(tmp_path_factory.mktemp("corpus"), 0.02, seed=11)


@pytest.fixture
def streaming(monkeypatch):
    """Every build given a target writes it while extracting, however small the corpus."""
    monkeypatch.setattr(pipeline, "STREAM_CHARS", 0)


@pytest.mark.parametrize("fmt,parser", [("turtle", "turtle"), ("ntriples", "nt")], ids=["turtle", "ntriples"])
def test_the_file_written_while_extracting_is_the_one_written_after(corpus, tmp_path, streaming, fmt, parser):
    target = tmp_path / ("g.ttl" if fmt == "turtle" else "g.nt")
    result = build([corpus], options=BuildOptions(graph=True, stream_to=target, stream_format=fmt))
    assert result.written == target and result.triples > 1000
    after = tmp_path / "after"
    assert write_kg(result.kg, after, fmt) == result.triples
    assert target.read_bytes() == after.read_bytes()      # no fact of this corpus waits for the end
    assert set(Graph().parse(target, format=parser)) == set(result.graph)
    stamp = target.stat().st_mtime_ns
    assert write_output(result, target, fmt) == result.triples and target.stat().st_mtime_ns == stamp


def test_small_corpora_or_other_formats_are_written_after(corpus, tmp_path):
    result = build([corpus], options=BuildOptions(stream_to=tmp_path / "g.ttl"))
    assert result.written is None and not (tmp_path / "g.ttl").exists()     # under STREAM_CHARS
    pipeline.STREAM_CHARS, old = 0, pipeline.STREAM_CHARS
    try:
        result = build([corpus], options=BuildOptions(stream_to=tmp_path / "g.jsonld", stream_format="jsonld"))
    finally:
        pipeline.STREAM_CHARS = old
    assert result.written is None and result.graph is not None


def test_the_file_does_not_depend_on_the_jobs(corpus, tmp_path, streaming, monkeypatch):
    """Extraction shared with a forked worker, whose chunks arrive in any order: the same bytes."""
    one, two = tmp_path / "one.ttl", tmp_path / "two.ttl"
    build([corpus], options=BuildOptions(jobs=1, stream_to=one))
    monkeypatch.setattr(parallel, "MIN_POOL_CHARS", 0)
    monkeypatch.setattr(parallel, "CHUNK_CHARS", 1500)
    monkeypatch.setattr(stream, "GROUPED_SHARED", 1)
    monkeypatch.setattr(forks, "can_fork", lambda: True)     # other tests' server threads may still run
    shared = []
    real = forks.share
    monkeypatch.setattr(forks, "share", lambda n, *a: shared.append(n) or real(n, *a))
    build([corpus], options=BuildOptions(jobs=2, stream_to=two))
    assert len(shared) == 2 and min(shared) > 1     # extraction, then the grouped subjects
    assert one.read_bytes() == two.read_bytes()


def test_a_failed_build_keeps_the_old_file(corpus, tmp_path, streaming, monkeypatch):
    target = tmp_path / "g.ttl"
    target.write_text("old graph", encoding="utf-8")
    real = pipeline.analyze
    calls = []

    def failing(doc, lex=None):
        calls.append(doc.doc_id)
        if len(calls) == 3:
            raise RuntimeError("extraction failed")
        return real(doc, lex)

    monkeypatch.setattr(pipeline, "analyze", failing)
    with pytest.raises(RuntimeError, match="extraction failed"):
        build([corpus], options=BuildOptions(stream_to=target))
    assert target.read_text(encoding="utf-8") == "old graph"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]       # no temporary file left


def _doc(doc_id: str, text: str) -> Document:
    return Document(doc_id, f"{doc_id}.txt", text, doc_id)


def _ev(doc_id: str, start: int, end: int, rule: str = "test") -> Evidence:
    return Evidence(doc_id, 0, start, end, rule)


def test_facts_whose_ends_are_known_only_at_the_end_are_written_once(tmp_path):
    """A relation naming a form that a later document defines waits for the end; the same fact,
    also final in its document, is written once."""
    a = _doc("a", "张三同志在市司法局讲话。")
    b = _doc("b", "张三同志即张三。")
    bureau, zhang = ("Organization", "市司法局"), ("Person", "张三")
    later = ("Person", "张三同志")      # known only once b is fed
    ev = _ev("a", 0, 12)
    first = Analysis(a, (Sentence(0, 0, 12, a.text),), (), (
        Mention("Person", "张三", "张三", _ev("a", 0, 2)),
        Mention("Organization", "市司法局", "市司法局", _ev("a", 5, 9))), (
        Relation(zhang, "memberOf", bureau, ev),
        Relation(later, "memberOf", bureau, ev),                         # the same fact, once b is known
        Relation(later, "spokeAt", bureau, _ev("a", 0, 12, "other"))))    # a fact only known at the end
    second = Analysis(b, (Sentence(0, 0, 8, b.text),), (),
                      (Mention("Person", "张三", "张三", _ev("b", 5, 7), aliases=("张三同志",)),))
    raw = io.BytesIO()
    writer, resolver = DocumentWriter(raw), Resolver()
    for an in (first, second):
        writer.document(an.document, an.sentences, resolver.feed(an))
    kg = resolver.graph([first, second])
    assert [r.predicate for r in resolver.late.relations] == ["spokeAt"]
    count = writer.finish(kg, resolver.late)
    g = Graph().parse(data=raw.getvalue().decode("utf-8"), format="turtle")
    assert set(g) == set(to_graph(kg)) and count == len(g)


def test_the_cli_writes_while_extracting(tmp_path, streaming, seed_build):
    res = CliRunner().invoke(main, ["build", str(SEED_DIR), "--out", str(tmp_path), "--no-render", "--no-cache"])
    assert res.exit_code == 0, res.output
    assert f"validation    skipped: {len(seed_build.graph)} triples" in res.output
    assert set(Graph().parse(tmp_path / "graph.ttl")) == set(seed_build.graph)
