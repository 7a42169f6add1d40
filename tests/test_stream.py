"""stream.py writes exactly the triples of rdf.to_graph, as Turtle or N-Triples, deterministically."""
from __future__ import annotations

import io

import pytest
from click.testing import CliRunner
from rdflib import Graph

from govkg import forks, stream, terms
from govkg.cli import main
from govkg.errors import GraphError
from govkg.pipeline import BuildOptions, analyze, build
from govkg.rdf import to_graph
from govkg.read import parse_text
from govkg.resolve import resolve
from govkg.stream import is_large, write_kg, write_output, write_stream

from .conftest import SEED_DIR, generated_corpus


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    """The build of a few generated articles and the seed."""
    return build([generated_corpus(tmp_path_factory.mktemp("corpus"), 0.02, seed=9)])


@pytest.mark.parametrize("fmt,parser", [("turtle", "turtle"), ("ntriples", "nt")], ids=["turtle", "ntriples"])
@pytest.mark.parametrize("which", ["seed", "corpus"])
def test_stream_equals_to_graph(which, fmt, parser, seed_build, corpus_build):
    """The mirror of rdf.GraphBuilder: if this fails, rdf.py changed and stream.py must follow."""
    result = seed_build if which == "seed" else corpus_build
    buf = io.StringIO()
    count = write_stream(result.kg, buf, fmt)
    g = Graph().parse(data=buf.getvalue(), format=parser)
    assert set(g) - set(result.graph) == set(), "stream.py writes triples that rdf.py does not"
    assert set(result.graph) - set(g) == set(), "stream.py misses triples that rdf.py makes"
    assert count == len(g) == len(result.graph)


def test_stream_is_deterministic_and_uses_prefixes(corpus_build, tmp_path):
    a, b = tmp_path / "a.ttl", tmp_path / "b.ttl"
    write_kg(corpus_build.kg, a), write_kg(corpus_build.kg, b)
    text = a.read_text(encoding="utf-8")
    assert a.read_bytes() == b.read_bytes()
    assert text.startswith("@prefix dcterms: <http://purl.org/dc/terms/> .\n")
    assert " a gk:Evidence ;\n    gk:document <" in text


@pytest.mark.parametrize("grouped_shared", [False, True], ids=["grouped-here", "grouped-shared"])
@pytest.mark.parametrize("fmt", ["turtle", "ntriples"])
def test_parts_written_by_workers_give_the_same_bytes(corpus_build, tmp_path, monkeypatch, fmt, grouped_shared):
    """Several parts, written in this process or by forked workers: one file, byte for byte. With
    many grouped subjects (entities, memberships, awards), their sorted blocks are shared too."""
    monkeypatch.setattr(stream, "PART_CHARS", 2000)
    monkeypatch.setattr(stream, "GROUPED_SHARED", 1 if grouped_shared else 10**9)
    assert len(stream.parts(corpus_build.kg)) >= 4
    one, two = tmp_path / "one", tmp_path / "two"
    n1 = write_kg(corpus_build.kg, one, fmt, jobs=1)
    monkeypatch.setattr(forks, "can_fork", lambda: True)     # other tests' server threads may still run
    forked = []
    real = forks.share
    monkeypatch.setattr(forks, "share", lambda *a: forked.append(a[1]) or real(*a))
    n2 = write_kg(corpus_build.kg, two, fmt, jobs=2)
    assert forked == ([2, 2] if grouped_shared else [2])      # this process and one forked worker
    assert n1 == n2 and one.read_bytes() == two.read_bytes()
    g = Graph().parse(one, format="turtle" if fmt == "turtle" else "nt")
    assert set(g) == set(corpus_build.graph)


def test_no_fork_while_other_threads_run(corpus_build, tmp_path, monkeypatch):
    """A thread holding a lock at fork time would hang the child: then the parts are written here."""
    import threading
    monkeypatch.setattr(stream, "PART_CHARS", 2000)
    monkeypatch.setattr(forks, "share", lambda *a: pytest.fail("forked beside another thread"))
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        write_kg(corpus_build.kg, tmp_path / "g.ttl", jobs=2)
    finally:
        stop.set()
        t.join()
    assert set(Graph().parse(tmp_path / "g.ttl")) == set(corpus_build.graph)


def test_parts_are_consecutive_and_cover_every_document(corpus_build, monkeypatch):
    monkeypatch.setattr(stream, "PART_CHARS", 3000)
    runs = stream.parts(corpus_build.kg)
    assert [i for r in runs for i in r] == list(range(len(corpus_build.kg.documents)))
    assert all(len(r) for r in runs)


@pytest.mark.parametrize("text,expected", [
    ('say "hi"\\', '"say \\"hi\\"\\\\"'),
    ("two\nlines\r", '"two\\nlines\\r"'),
    ("司法厅", '"司法厅"'),
    ("a\x00b", '"a\\u0000b"'),
], ids=["quote-backslash", "newlines", "chinese", "nul"])
def test_literals_are_escaped(text, expected):
    assert terms.Terms(turtle=True).string(text) == expected


def test_large_builds_skip_the_rdflib_graph(monkeypatch, tmp_path):
    monkeypatch.setattr(stream, "LARGE", 0)
    result = build([SEED_DIR], options=BuildOptions(graph=False))
    assert is_large(result.kg) and result.graph is None
    n = write_output(result, tmp_path / "g.nt", "ntriples")
    assert n == len(Graph().parse(tmp_path / "g.nt", format="nt")) > 1000
    with pytest.raises(GraphError, match="jsonld needs the whole graph"):
        write_output(result, tmp_path / "g.jsonld", "jsonld")


def test_cli_streams_a_large_graph_with_the_same_content(monkeypatch, tmp_path, seed_build):
    monkeypatch.setattr(stream, "LARGE", 0)
    res = CliRunner().invoke(main, ["build", str(SEED_DIR), "--out", str(tmp_path), "--no-render", "--no-cache"])
    assert res.exit_code == 0, res.output
    assert f"validation    skipped: {len(seed_build.graph)} triples" in res.output
    assert set(Graph().parse(tmp_path / "graph.ttl")) == set(seed_build.graph)


@pytest.mark.parametrize("fmt,parser", [("turtle", "turtle"), ("ntriples", "nt")], ids=["turtle", "ntriples"])
def test_control_characters_in_the_text_survive_streaming(tmp_path, fmt, parser):
    """A NUL in a document (kept as read) must not be taken for the writer's subject marker."""
    # a file with NUL bytes is refused as binary, but a JSONL string or an API caller can hold one
    kg = resolve([analyze(parse_text("标题\n2016-08-03\n\n天津市司法局召开会议。正文\x00内容\x07。\n", "a.txt", "a"))])
    buf = io.StringIO()
    write_stream(kg, buf, fmt)
    assert set(Graph().parse(data=buf.getvalue(), format=parser)) == set(to_graph(kg))


def test_the_text_does_not_depend_on_how_the_work_is_cut(corpus_build, monkeypatch):
    """More workers cut the writing into smaller tasks; the file is the same."""
    monkeypatch.setattr(stream, "PART_CHARS", 10**9)
    monkeypatch.setattr(stream, "ENTITIES", 10**9)
    whole = io.BytesIO()
    stream.write_parts(corpus_build.kg, whole)
    assert len(stream.tasks(corpus_build.kg)) == 2          # one task of entities, one of documents
    monkeypatch.setattr(stream, "PART_CHARS", 2500)
    monkeypatch.setattr(stream, "ENTITIES", 7)
    assert len(stream.tasks(corpus_build.kg, 4)) > 6
    real = stream.tasks
    monkeypatch.setattr(stream, "tasks", lambda kg, workers=1: real(kg, 4))
    cut = io.BytesIO()
    stream.write_parts(corpus_build.kg, cut)
    assert cut.getvalue() == whole.getvalue()


def test_mentions_are_indexed_by_document_while_resolving(corpus_build):
    """The resolver records each document's mentions as it is fed; the index a writer would make
    from the entities alone is the same, in the same order."""
    from govkg.resolve import mention_refs
    kg = corpus_build.kg
    assert kg.mention_refs is not None and len(kg.mention_refs) == len(kg.documents)
    assert kg.mention_refs == mention_refs(kg.entities)
    assert sum(map(len, kg.mention_refs.values())) == sum(len(e.mentions) for e in kg.entities)
