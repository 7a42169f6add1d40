"""All four formats parse back isomorphic; Chinese stays readable; literals are canonical, so the
graph comes back equal from a store; TriG holds one named graph per document plus the ontology."""
from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from govkg.cli import main
from govkg.formats import ontology_graph, read_graph, split_by_document
from govkg.pipeline import build
from govkg.rdf import decimal_literal
from govkg.vocab import GK, ONTOLOGY_IRI
from govkg.write import FORMATS, serialize, write_graph

from .conftest import SEED, SEED_DIR
from .test_query import POST_ARTICLE

XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


@pytest.fixture(scope="module")
def two_docs(tmp_path_factory):
    """The seed and a second small article, built together."""
    d = tmp_path_factory.mktemp("two")
    (d / "post.txt").write_text(POST_ARTICLE, encoding="utf-8")
    return build([SEED_DIR, d / "post.txt"])


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_format_round_trips(seed_build, tmp_path, fmt):
    path = write_graph(seed_build.graph, tmp_path / ("graph" + FORMATS[fmt][1]), fmt)
    back = read_graph(path)
    expected = seed_build.graph + ontology_graph() if fmt == "trig" else seed_build.graph
    assert isomorphic(back, expected)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_chinese_is_readable_and_output_is_deterministic(seed_build, fmt):
    data = serialize(seed_build.graph, fmt)
    text = data.decode("utf-8")
    assert "李培斌" in text and "全国模范司法所长" in text
    assert "\\u" not in text
    assert serialize(seed_build.graph, fmt) == data


@pytest.mark.parametrize("value,lexical", [
    (102.0, "102"), (47.40, "47.4"), (0.9, "0.9"), (55.97, "55.97"), (-0.0, "0"), (1e-7, "0.0000001"),
    (2.5e4, "25000"),
], ids=["integral", "trailing-zero", "fraction", "two-places", "negative-zero", "small", "large"])
def test_decimal_literals_are_canonical(value, lexical):
    lit = decimal_literal(value)
    assert (str(lit), lit.datatype) == (lexical, XSD_DECIMAL)
    assert Decimal(lexical) == Decimal(repr(value))


def test_turtle_keeps_integral_decimals(seed_build):
    """rdflib's Turtle shorthand would turn "102"^^xsd:decimal into 102.0; ours keeps the lexical form."""
    text = serialize(seed_build.graph, "turtle").decode("utf-8")
    assert '"102"^^xsd:decimal' in text and "102.0" not in text


def test_graph_comes_back_equal_from_oxigraph(seed_build):
    store = ox.Store()
    store.load(serialize(seed_build.graph, "turtle"), format=ox.RdfFormat.TURTLE)
    back = Graph().parse(data=store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()), format="nt")
    assert isomorphic(back, seed_build.graph)


def test_language_tags_are_lowercase(seed_build):
    tags = {o.language for o in seed_build.graph.objects() if isinstance(o, Literal) and o.language}
    assert tags and all(t == t.lower() for t in tags)


def test_trig_has_one_graph_per_document_and_the_ontology(two_docs, tmp_path):
    path = write_graph(two_docs.graph, tmp_path / "graph.trig", "trig")
    ds = Dataset().parse(path, format="trig")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    docs = {str(d) for d in two_docs.graph.subjects(RDF.type, GK.Document)}
    assert len(docs) == 2 and names == docs | {ONTOLOGY_IRI}
    post_doc = next(d for d in docs if "post" in str(two_docs.graph.value(URIRef(d), URIRef("http://purl.org/dc/terms/source"))))
    post = ds.graph(URIRef(post_doc))
    labels = {str(o) for o in post.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    assert "张国华" in labels and "李培斌" not in labels
    seed = ds.graph(URIRef(next(iter(docs - {post_doc}))))
    assert "张国华" not in {str(o) for o in seed.objects()}
    assert (URIRef(ONTOLOGY_IRI), RDF.type, URIRef("http://www.w3.org/2002/07/owl#Ontology")) in ds.graph(URIRef(ONTOLOGY_IRI))


def test_every_triple_has_a_document(seed_build):
    parts = split_by_document(seed_build.graph)
    assert None not in parts
    assert sum(len(v) for v in parts.values()) == len(seed_build.graph)


def test_build_writes_each_format(tmp_path):
    for fmt in ("ntriples", "trig"):
        res = CliRunner().invoke(main, ["build", str(SEED), "--out", str(tmp_path), "--no-render", "--format", fmt])
        assert res.exit_code == 0, res.output
        assert (tmp_path / ("graph" + FORMATS[fmt][1])).stat().st_size > 1000


def test_same_bytes_under_another_hash_seed(seed_build, tmp_path):
    """rdflib orders JSON-LD nodes and TriG graphs by hashing; the written files must not depend on it."""
    code = ("import sys; from pathlib import Path; from govkg.pipeline import build; from govkg.write import write_graph; "
            "g = build([Path(sys.argv[1])]).graph; "
            "[write_graph(g, Path(sys.argv[2]) / ('graph.' + f), f) for f in ('jsonld', 'trig')]")
    subprocess.run([sys.executable, "-c", code, str(SEED_DIR), str(tmp_path)], check=True, timeout=120,
                   env={**os.environ, "PYTHONHASHSEED": "12345"})
    for fmt in ("jsonld", "trig"):
        assert (tmp_path / f"graph.{fmt}").read_bytes() == serialize(seed_build.graph, fmt), fmt
