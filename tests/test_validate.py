"""SHACL: the seed graph conforms; each kind of breakage gives a readable violation; the CLI exits 1."""
from __future__ import annotations

from typing import Callable

import pytest
from click.testing import CliRunner
from rdflib import OWL, RDF, RDFS, SH, Graph, Literal, URIRef

from govkg.cli import main
from govkg.validate import load_shapes, validate_graph
from govkg.vocab import GK, NIF
from govkg.write import write_graph

from .conftest import ROOT, SEED

SHAPES = load_shapes()


def first(g: Graph, cls: URIRef, where: Callable[[URIRef], bool] = lambda n: True) -> URIRef:
    """The first node of a class (in IRI order) that satisfies where."""
    return min(n for n in g.subjects(RDF.type, cls) if where(n))


def label(g: Graph, node: URIRef) -> str:
    return str(g.value(node, RDFS.label))


def second_label(g: Graph) -> str:
    p = first(g, GK.Person)
    g.add((p, RDFS.label, Literal("另一个名字", lang="zh")))
    return label(g, p)


def english_label(g: Graph) -> str:
    p = first(g, GK.Person)
    g.set((p, RDFS.label, Literal("Li Peibin", lang="en")))
    return "Li Peibin"


def two_classes(g: Graph) -> str:
    o = first(g, GK.Organization)
    g.add((o, RDF.type, GK.Place))
    return label(g, o)


def wrong_domain(g: Graph) -> str:
    place = first(g, GK.Place)
    g.add((place, GK.spokeAt, first(g, GK.Event)))
    return label(g, place)


def wrong_range(g: Graph) -> str:
    org = first(g, GK.Organization)
    g.add((org, GK.implements, first(g, GK.Person)))
    return label(g, org)


def no_unit(g: Graph) -> str:
    ob = first(g, GK.Observation)
    g.remove((ob, GK.unit, None))
    return "id:observation/"


def text_value(g: Graph) -> str:
    ob = first(g, GK.Observation)
    g.set((ob, GK.value, Literal("很多")))
    return "id:observation/"


def offset_outside(g: Graph) -> str:
    ev = first(g, GK.Evidence)
    g.set((ev, NIF.endIndex, Literal(10**6)))
    return "全国司法行政队伍建设工作会议发言摘登(上)"


def anchor_mismatch(g: Graph) -> str:
    s = first(g, GK.Sentence)
    g.set((s, NIF.anchorOf, Literal("不是这句话")))
    return "全国司法行政队伍建设工作会议发言摘登(上)"


BROKEN = [
    (second_label, "an entity needs exactly one rdfs:label, in Chinese (@zh)"),
    (english_label, "an entity needs exactly one rdfs:label, in Chinese (@zh)"),
    (two_classes, "an entity needs exactly one core class"),
    (wrong_domain, "the subject of gk:spokeAt must be a gk:Agent (gk:Person or gk:Organization)"),
    (wrong_range, "the object of gk:implements must be a gk:Program"),
    (no_unit, "an observation needs exactly one gk:unit"),
    (text_value, "an observation needs exactly one numeric gk:value (xsd:decimal)"),
    (offset_outside, "offsets"),
    (anchor_mismatch, "is not the document text at offsets"),
]


def test_seed_graph_conforms(seed_build):
    assert validate_graph(seed_build.graph, SHAPES) == []


@pytest.mark.parametrize("breakage,message", BROKEN, ids=[b[0].__name__ for b in BROKEN])
def test_broken_graph_gives_readable_violation(seed_build, breakage, message):
    g = Graph()
    for t in seed_build.graph:
        g.add(t)
    focus = breakage(g)
    violations = validate_graph(g, SHAPES)
    assert len(violations) == 1, [str(v) for v in violations]
    [v] = violations
    assert message in v.message and focus in v.focus and v.rule
    assert str(v).startswith(v.focus + ": " + v.message)


def test_offset_violation_names_offsets_and_length(seed_build):
    g = Graph()
    for t in seed_build.graph:
        g.add(t)
    offset_outside(g)
    [v] = validate_graph(g, SHAPES)
    text = str(g.value(first(g, GK.Document), NIF.isString))
    assert f"-1000000 of a sentence or evidence (the value) lie outside the document text ({len(text)} characters)" in v.message
    assert v.value.startswith("id:evidence/")


def test_cli_validate(seed_build, tmp_path):
    runner = CliRunner()
    good = write_graph(seed_build.graph, tmp_path / "good.ttl")
    res = runner.invoke(main, ["validate", str(good)])
    assert res.exit_code == 0 and "valid: the graph conforms to the shapes" in res.output
    g = Graph()
    for t in seed_build.graph:
        g.add(t)
    focus = wrong_range(g)
    bad = write_graph(g, tmp_path / "bad.ttl")
    res = runner.invoke(main, ["validate", str(bad)])
    assert res.exit_code == 1
    lines = res.output.splitlines()
    assert lines[0] == "1 violation:"
    assert lines[1].startswith(f"  {focus} (id:org/") and "the object of gk:implements must be a gk:Program" in lines[1]
    assert "[rule: domain and range of gk:implements; path gk:implements, value id:person/" in lines[1]


def test_build_reports_validation(tmp_path):
    res = CliRunner().invoke(main, ["build", str(SEED), "--out", str(tmp_path), "--no-render"])
    assert res.exit_code == 0 and "validation    ok, the graph conforms to the shapes" in res.output


def test_shapes_cover_every_domain_and_range_in_the_ontology():
    onto = Graph().parse(ROOT / "ontology" / "govkg.ttl")
    covered = set(SHAPES.objects(None, SH.targetSubjectsOf))
    for prop in onto.subjects(RDF.type, OWL.ObjectProperty):
        if (prop, RDFS.domain, None) in onto and (prop, RDFS.range, None) in onto:
            assert prop in covered, f"no domain/range shape for {prop}"
