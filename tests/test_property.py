"""Arbitrary text never crashes or hangs the build, and its Turtle parses in rdflib and pyoxigraph."""
from __future__ import annotations

import re
import time
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from govkg.errors import InputError
from govkg.model import Document
from govkg.pipeline import analyze
from govkg.rdf import to_graph
from govkg.read import doc_id_for, parse_text, read_file, read_jsonl
from govkg.resolve import resolve
from govkg.validate import validate_graph
from govkg.vocab import NIF
from govkg.write import serialize

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# pieces the rules react to, and characters that break careless serializers
PIECES = st.sampled_from([
    "天津市司法局", "山西省司法厅", "局长", "王永明", "同志", "召开", "会议", "全国模范司法所长", "称号", "授予",
    "《人民调解法》", "“", "”", "，", "。", "、", "\n", "\n\n", "2016-08-03", "03.08.2016  20:05", "1200余件", "85%",
    '"', "'", "\\", "<", ">", "%", "&", "{", "}", "@", "#", "^", "`", "|", "\x00", "\x07", "\x0b", "\x1f", "\x7f",
    "\x85", "\u2028", "\ufeff", "\ud800", "\udfff", "\U0002a6a5", "http://x.org/a b", "_:b0", "\"\"\"", "臺灣省政府",
])
ANY_CHAR = st.characters(exclude_categories=())        # surrogates and controls included
TEXTS = st.lists(st.one_of(PIECES, st.text(ANY_CHAR, max_size=6)), max_size=40).map("".join)
# absolute IRI, none of the characters Turtle and N-Triples forbid inside <...>
IRI = re.compile(r"^[a-z][a-z0-9+.-]*:[^\x00-\x20<>\"{}|\\^`]*$")


def build_text(text: str) -> tuple[Graph, Document]:
    """The graph of one document made from the text, through every stage, and the document."""
    doc = parse_text(text, "prop.txt", "prop")
    return to_graph(resolve([analyze(doc)])), doc


def assert_valid_turtle(graph: Graph, doc: Document) -> None:
    data = serialize(graph, "turtle")
    again = Graph().parse(data=data, format="turtle")
    assert len(again) == len(graph)
    assert list(again.objects(None, NIF.isString)) == [Literal(doc.text)]     # nothing lost or replaced
    assert len(list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE))) == len(graph)
    for term in {t for triple in graph for t in triple if isinstance(t, URIRef)}:
        assert IRI.match(term), term


@pytest.mark.parametrize("body", ['\\"', 'a"', '\\', '"""', '\\"\n\\""'], ids=["backslash-quote", "quote", "backslash",
                                                                              "three-quotes", "lines"])
def test_a_text_ending_in_quotes_or_backslashes_gives_valid_turtle(body):
    """Found by hypothesis: rdflib closed a long string after an escaped backslash and a quote with four quotes."""
    assert_valid_turtle(*build_text(f"\n2016-08-03\n\n{body}"))


@SETTINGS
@given(TEXTS)
def test_arbitrary_text_gives_parseable_turtle_with_valid_iris(text):
    t0 = time.perf_counter()
    assert_valid_turtle(*build_text(text))
    assert time.perf_counter() - t0 < 20      # no pathological backtracking on short input


@SETTINGS
@given(st.lists(PIECES, min_size=1, max_size=60).map("".join), st.text(ANY_CHAR, max_size=20))
def test_article_shaped_text_with_a_strange_title(body, title):
    assert_valid_turtle(*build_text(f"{title}\n2016-08-03\n\n{body}"))


@SETTINGS
@given(st.one_of(st.binary(max_size=300), TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass"))),
       st.sampled_from(["a.txt", "a.html", "a.md", "a.jsonl"]))
def test_arbitrary_bytes_are_read_or_refused_with_an_input_error(tmp_path: Path, data, name):
    f = tmp_path / name
    f.write_bytes(data)
    if name.endswith(".jsonl"):
        results = list(read_jsonl(f))
        assert results and all(isinstance(r, InputError) or r.doc_id.startswith("a-") for r in results)
        return
    try:
        doc = read_file(f)
    except InputError as exc:
        assert str(f) in str(exc)
        return
    assert not re.search(r"[\ud800-\udfff]", doc.text)
    assert_valid_turtle(to_graph(resolve([analyze(doc)])), doc)


@SETTINGS
@given(st.text(ANY_CHAR.filter(lambda c: c not in "/\x00" and not "\ud800" <= c <= "\udfff"), min_size=1, max_size=30))
def test_any_file_name_gives_an_iri_safe_document_id(stem):
    assert re.fullmatch(r"[A-Za-z0-9_.-]+", doc_id_for(Path(stem + ".txt")))


@settings(max_examples=12, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=60).map("".join))
def test_shapes_hold_for_strange_text(body):
    """SHACL (ontology/shapes.ttl) accepts the graph of an article full of awkward characters."""
    text = f"司法部表彰\"先进\"<集体>\\%\n2016-08-03\n\n司法部授予王永明同志“全国模范司法所长”称号。{body}\n"
    assert validate_graph(build_text(text)[0]) == []
