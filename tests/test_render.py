"""govkg render: RDF back to the networkx view, ego and class views, summaries, Gephi files, a
self-contained page with a subset font, and the CLI."""
from __future__ import annotations

import base64
import dataclasses
import io
import json
import os
import re
import subprocess
import sys

import networkx as nx
import pytest
from click.testing import CliRunner
from fontTools.ttLib import TTFont
from rdflib import RDFS, Graph, Literal

from govkg.cli import main
from govkg.resources import project_path
from govkg.rdf import to_graph
from govkg.view import RenderOptions, ViewError, render, render_outputs, select_view
from govkg.view.large import most_connected
from govkg.view.network import PREDICATE_ZH, from_rdf
from govkg.view.page import embed_json, render_page
from govkg.view.select import focus, top_by_degree
from govkg.vocab import GK
from govkg.write import serialize

OUTPUTS = ["graph.html", "graph.png", "graph.svg", "graph.graphml", "graph.gexf"]


@pytest.fixture(scope="module")
def view(seed_build):
    return from_rdf(seed_build.graph)


@pytest.fixture(scope="module")
def seed_ttl(seed_build, tmp_path_factory):
    path = tmp_path_factory.mktemp("ttl") / "graph.ttl"
    path.write_bytes(serialize(seed_build.graph, "turtle"))
    return path


def edge_set(g: nx.MultiDiGraph) -> set:
    return {(s, t, tuple(sorted(d.items()))) for s, t, d in g.edges(data=True)}


def test_graph_file_gives_the_same_view_as_the_build(view, seed_ttl):
    again = Graph().parse(seed_ttl, format="turtle")
    g = from_rdf(again)
    assert dict(g.nodes(data=True)) == dict(view.nodes(data=True))
    assert edge_set(g) == edge_set(view)


def test_nodes_are_the_entities(view, seed_build):
    assert sorted((d["cls"], d["label"]) for _, d in view.nodes(data=True)) == \
        sorted(e.key for e in seed_build.kg.entities)


def test_every_relation_has_its_evidence_span_in_its_sentence(view):
    inside = [d for _, _, d in view.edges(data=True)
              if d["sentence"] and 0 <= d["span_start"] - d["sentence_start"]
              and d["span_end"] - d["sentence_start"] <= len(d["sentence"])]
    assert all(d["evidence"] and d["doc_title"] and d["rule"] for _, _, d in view.edges(data=True))
    assert len(inside) >= 0.8 * view.number_of_edges()


def test_awards_become_relations_with_their_sentence(view):
    label = {n: d["label"] for n, d in view.nodes(data=True)}
    titles = {(label[s], label[t]): d for s, t, d in view.edges(data=True) if d["predicate"] == "receivedTitle"}
    d = titles[("李培斌", "全国模范司法所长")]
    assert "授予李培斌同志" in d["sentence"] and d["sentence"].startswith("司法部")


def test_predicate_labels_match_the_ontology():
    onto = Graph().parse(project_path("ontology", "govkg.ttl"))
    zh = {p: str(o) for p in PREDICATE_ZH for o in onto.objects(GK[p], RDFS.label)
          if isinstance(o, Literal) and o.language == "zh"}
    assert zh == PREDICATE_ZH


@pytest.mark.parametrize("name,depth", [("李培斌", 0), ("李培斌", 1), ("lipeibin", 2), ("Li Pei Bin", 1)],
                         ids=["depth0", "depth1", "pinyin-depth2", "pinyin-spaced"])
def test_focus_is_the_neighbourhood(view, name, depth):
    centre = next(n for n, d in view.nodes(data=True) if d["label"] == "李培斌")
    expected = set(nx.single_source_shortest_path_length(nx.Graph(view), centre, cutoff=depth))
    sub = focus(view, name, depth)
    assert set(sub.nodes) == expected
    assert sub.number_of_edges() == view.subgraph(expected).number_of_edges()


def test_unknown_focus_suggests_names(view):
    with pytest.raises(ViewError, match="--focus 李培: no entity has this name, alias or pinyin; did you mean 李培斌"):
        focus(view, "李培", 1)


def test_classes_and_empty_selection(view):
    people = select_view(view, RenderOptions(classes=("Person",)))
    assert {d["cls"] for _, d in people.nodes(data=True)} == {"Person"} and len(people) > 0
    with pytest.raises(ViewError, match="nothing to draw"):
        select_view(nx.MultiDiGraph(), RenderOptions())


def test_summary_keeps_the_most_connected(view):
    top = top_by_degree(view, 10)
    degree = dict(nx.Graph(view).degree())
    assert len(top) == 10 and top.graph["summary_of"] == len(view)
    assert min(degree[n] for n in top) >= max(degree[n] for n in view if n not in top)
    assert top_by_degree(view, 10_000) is view


def test_render_writes_every_file_and_the_picture_is_a_summary(view, tmp_path, monkeypatch):
    import govkg.view as v
    drawn = []
    real = v.write_pictures
    monkeypatch.setattr(v, "write_pictures", lambda g, targets: drawn.append(g) or real(g, targets))
    paths = render(view, tmp_path, RenderOptions(picture_top=20))
    assert [p.name for p in paths] == OUTPUTS and all(p.stat().st_size > 1000 for p in paths)
    assert len(drawn[0]) == 20
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script id="data" type="application/json">(.*?)</script>', page).group(1))
    assert len(data["nodes"]) == len(view)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_gephi_files_keep_labels_classes_and_evidence(view, tmp_path, fmt):
    from govkg.view import export
    getattr(export, f"write_{fmt}")(view, tmp_path / f"graph.{fmt}")
    g = getattr(nx, f"read_{fmt}")(tmp_path / f"graph.{fmt}")
    assert len(g) == len(view) and g.number_of_edges() == view.number_of_edges()
    node = next(iter(g.nodes(data=True)))[1]
    assert {"label", "cls", "iri", "pinyin"} <= set(node)
    edge = next(iter(g.edges(data=True)))[2]
    assert {"predicate", "sentence", "span_start", "span_end", "doc_title", "rule"} <= set(edge)


def test_page_is_self_contained_with_a_subset_font(view):
    page = render_page(view)
    assert not re.search(r"<(?:script|img|link|iframe)[^>]*\s(?:src|href)=", page)
    assert not re.search(r"url\((?!data:)", page)
    assert "default-src 'none'" in page and "@license" in page and "vis-network" in page
    woff = base64.b64decode(re.search(r"url\(data:font/woff;base64,([A-Za-z0-9+/=]+)\)", page).group(1))
    with TTFont(io.BytesIO(woff)) as font:
        cmap = set(font.getBestCmap())
        glyphs = len(font.getGlyphOrder())
    labels = "".join(d["label"] + d["aliases"] for _, d in view.nodes(data=True))
    sentences = "".join(d["sentence"] for _, _, d in view.edges(data=True))
    assert {ord(c) for c in labels + sentences + "搜索类别证据" if not c.isspace()} <= cmap
    assert glyphs < 2000      # a subset, not the 30,000 glyphs of the whole font


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                                  "a & b <!-- c", "\u2028line"], ids=["script", "img", "comment", "separator"])
def test_embedded_json_cannot_close_the_script(text):
    out = embed_json({"l": text})
    assert "<" not in out and ">" not in out and "\u2028" not in out
    assert json.loads(out) == {"l": text}


def test_render_is_deterministic(view, tmp_path):
    render(view, tmp_path / "a")
    render(view, tmp_path / "b")
    for name in OUTPUTS:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_cli_render_reads_a_graph_file(seed_ttl, tmp_path):
    res = CliRunner().invoke(main, ["render", str(seed_ttl), "--out", str(tmp_path), "--focus", "李培斌",
                                    "--depth", "1", "--classes", "Person,HonoraryTitle,Organization"])
    assert res.exit_code == 0, res.output
    assert [line.split("/")[-1] for line in res.output.splitlines()[:5]] == OUTPUTS
    labels = {d["label"] for _, d in nx.read_graphml(tmp_path / "graph.graphml").nodes(data=True)}
    assert "李培斌" in labels and "全国模范司法所长" in labels and "调解十法" not in labels


@pytest.mark.parametrize("args,code,message", [
    (["render", "missing.ttl"], 1, "missing.ttl: no such graph file; run `govkg build` first"),
    (["render", "{ttl}", "--classes", "Foo"], 2, "unknown class Foo"),
    (["render", "{ttl}", "--focus", "没有这个人"], 1, "--focus 没有这个人: no entity has this name"),
    (["render", "{bad}"], 1, "cannot parse the graph"),
], ids=["missing-file", "bad-class", "unknown-focus", "bad-turtle"])
def test_cli_errors_are_one_line(seed_ttl, tmp_path, args, code, message):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    args = [a.format(ttl=seed_ttl, bad=bad) for a in args]
    res = CliRunner().invoke(main, args + ["--out", str(tmp_path / "out")])
    assert res.exit_code == code and message in res.output and "Traceback" not in res.output


@pytest.mark.parametrize("limit", [5, 25, 0], ids=["five", "twenty-five", "no-limit"])
def test_a_large_graph_is_drawn_from_its_most_connected_entities(view, seed_build, limit):
    """most_connected(kg, n) holds what top_by_degree cuts from the whole view: the same nodes and edges
    with the same evidence, without building the whole graph."""
    small = most_connected(seed_build.kg, limit)
    cut = from_rdf(to_graph(small))
    expected = top_by_degree(view, limit)
    assert set(cut.nodes) == set(expected.nodes) and len(cut) == (limit or len(view))
    assert edge_set(cut) == edge_set(expected)
    assert all(cut.nodes[n] == expected.nodes[n] for n in cut.nodes)
    assert not any(e.mentions for e in small.entities) and not small.observations


def test_the_summary_keeps_every_relation_with_a_few_pieces_of_evidence(view, seed_build):
    full = top_by_degree(view, 25)
    cut = from_rdf(to_graph(most_connected(seed_build.kg, 25, evidence=1)))
    assert set(cut.nodes) == set(full.nodes)
    triples = lambda g: {(s, t, d["predicate"]) for s, t, d in g.edges(data=True)}
    assert triples(cut) == triples(full)
    assert len(cut.edges) == len(triples(cut)) < len(full.edges)     # one edge each: the seed states some twice
    assert edge_set(cut) <= edge_set(full)


def test_build_without_a_graph_renders_the_summary(seed_build, tmp_path):
    """A large build (no rdflib graph) still writes page and pictures, saying what part they show."""
    result = dataclasses.replace(seed_build, graph=None)
    paths = render_outputs(result, tmp_path, RenderOptions(page_top=10, picture_top=10))
    assert {p.name for p in paths} >= {"graph.html", "graph.png", "graph.gexf"}
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert re.search(r'"summary_of":\s*(\d+)', page).group(1) == str(len(seed_build.kg.entities))
    assert len(re.findall(r'"l":', page)) == 10


def test_pictures_and_page_do_not_depend_on_the_hash_seed(seed_ttl, tmp_path):
    """Python orders sets of strings by a per-process hash seed; the layout must not follow it."""
    outs = []
    for seed in ("3", "4"):
        out = tmp_path / seed
        subprocess.run([sys.executable, "-c", "from govkg.cli import main; main()", "render", str(seed_ttl),
                        "--out", str(out), "--top", "20"], check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        outs.append([(out / f"graph.{ext}").read_bytes() for ext in ("html", "png", "svg")])
    assert outs[0] == outs[1]
