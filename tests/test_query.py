"""Named queries answer on the seed graph (both engines alike); errors show line and column; tables align."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef

from govkg.cli import main
from govkg.errors import QueryError
from govkg.pipeline import build
from govkg.query import (DEFAULT_PREFIXES, QueryResult, describe, from_sparql_json, named_queries, run_query)
from govkg.results import render, width
from govkg.write import write_graph

from .conftest import SEED, SEED_DIR

MEETING = "全国司法行政队伍建设工作会议"
# A second article with a post, which the seed does not have.
POST_ARTICLE = "司法厅召开会议\n2016-08-03\n\n山西省司法厅厅长张国华出席会议并讲话。\n"


@pytest.fixture(scope="session")
def seed_graph_file(seed_build, tmp_path_factory) -> Path:
    """The seed graph written as Turtle."""
    return write_graph(seed_build.graph, tmp_path_factory.mktemp("seed") / "graph.ttl")


@pytest.fixture(scope="session")
def posts_graph_file(tmp_path_factory) -> Path:
    """The seed plus an article naming a post."""
    d = tmp_path_factory.mktemp("posts")
    (d / "post.txt").write_text(POST_ARTICLE, encoding="utf-8")
    return write_graph(build([SEED_DIR, d / "post.txt"]).graph, d / "graph.ttl")


def cells(result: QueryResult) -> list[tuple[str, ...]]:
    """Rows as strings ("" for unbound)."""
    return [tuple("" if t is None else str(t) for t in row) for row in result.rows]


def run_named(name: str, path: Path, engine: str = "rdflib") -> QueryResult:
    return run_query(named_queries()[name].read_text(encoding="utf-8"), path, engine)


# (query, rows that must be in the answer (None: any value), exact: the answer is exactly these rows)
EXPECTED = [
    ("titles-received", [("李培斌", "全国模范司法所长", "司法部", "2011"),
                         ("李培斌", "全国人民调解能手", "司法部", "2012")], True),
    ("speakers-at-event", [(MEETING, "天津市司法局", "Organization"), (MEETING, "陕西省司法厅", "Organization")], False),
    ("programs-by-body", [("浙江省司法厅", "惠民暖警工程", "工程"), ("上海市司法局", "安心工程", "工程")], False),
    ("regulations-by-body", [("江苏省司法厅", "江苏省社区矫正工作条例", "条例"),
                             ("浙江省司法厅", "执法工作手册", "手册"), (None, "巡察工作实施办法", "办法")], False),
    ("posts", [], True),
    ("statistics-of-body", [("晋升处级非领导职务", "102", "人", "", "五年来"),
                            ("核心专业民警占民警总数", "72.69", "%", "以上", "")], False),
    ("entities-by-province", [("山西省", "山西省司法厅", "Organization", "jurisdiction"),
                              ("北京市", MEETING, "Event", "heldIn")], False),
    ("events-by-date", [("2016-07-25", "2016-07-26", MEETING, "北京市")], False),
    ("speeches", [(MEETING, "天津市司法局", "严格规范管理确保队伍干净履职")], False),
    ("model-people", [(None, "李培斌", "全国模范司法所长"), (None, "李培斌", "全国人民调解能手")], False),
]


def matches(want: tuple, got: tuple) -> bool:
    """A row equals an expected one; None in the expected row matches any value."""
    return len(want) == len(got) and all(w is None or w == g for w, g in zip(want, got))


def test_at_least_ten_named_queries_each_saying_what_it_answers():
    queries = named_queries()
    assert len(queries) >= 10
    for name, path in queries.items():
        assert path.read_text(encoding="utf-8").startswith("# "), name
        assert len(describe(path)) > 20, name


@pytest.mark.parametrize("name,rows,exact", EXPECTED, ids=[e[0] for e in EXPECTED])
def test_named_query_answers_on_seed(seed_graph_file, name, rows, exact):
    got = cells(run_named(name, seed_graph_file))
    if exact:
        assert sorted(got) == sorted(rows)
    else:
        for want in rows:
            assert any(matches(want, row) for row in got), (want, got)


def test_events_come_in_date_order(seed_graph_file):
    assert cells(run_named("events-by-date", seed_graph_file))[0][2] == MEETING


def test_posts_on_an_article_with_a_post(posts_graph_file):
    assert ("张国华", "厅长", "山西省司法厅") in cells(run_named("posts", posts_graph_file))


def test_evidence_offsets_point_into_the_sentence(seed_graph_file):
    text = SEED.read_text(encoding="utf-8")
    rows = cells(run_named("evidence-of-facts", seed_graph_file))
    assert len(rows) > 20
    for subject, predicate, obj, begin, end, rule, inferred, sentence in rows:
        at = text.find(sentence)       # the evidence span overlaps its sentence
        assert 0 <= int(begin) < int(end) <= len(text) and at >= 0, (subject, predicate, obj)
        assert int(begin) < at + len(sentence) and at < int(end), (subject, predicate, obj)
    held = [r for r in rows if r[:3] == (MEETING, "heldIn", "北京市")]
    assert held and "北京" in text[int(held[0][3]):int(held[0][4])] and held[0][6] == "false"


def test_documents_query(seed_graph_file):
    [(title, date, source, sentences, evidence)] = cells(run_named("documents", seed_graph_file))
    assert (title, date, source) == ("全国司法行政队伍建设工作会议发言摘登(上)", "2016-08-03", SEED.name)
    assert int(sentences) > 50 and int(evidence) > 100


def test_ask_and_construct(seed_graph_file):
    assert run_named("has-inferred-facts", seed_graph_file).boolean is True
    g = run_named("award-summary", seed_graph_file).graph
    assert (None, URIRef("https://schema.org/award"), Literal("全国模范司法所长(司法部, 2011)", lang="zh")) in g


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_rdflib_and_oxigraph_agree(seed_graph_file, name):
    a, b = run_named(name, seed_graph_file, "rdflib"), run_named(name, seed_graph_file, "oxigraph")
    assert (a.kind, a.variables, a.boolean) == (b.kind, b.variables, b.boolean)
    assert a.rows == b.rows      # same order too: every named query orders its rows fully
    if a.graph is not None:
        assert set(a.graph) == set(b.graph)


@pytest.mark.parametrize("query,message", [
    ("SELECT ?x WHERE { ?x ?y }", "line 1, column 19 near \"?x ?y }\": syntax error"),
    ("SELECT ?x\nWHERE { ?x rdfs:label ?y\n", "line 3, column 1 at the end: syntax error"),
    ("SELECT ?x WHERE { ?x foo:bar ?y }", "line 1, column 22 near \"foo:bar ?y }\": undeclared prefix foo:"),
    ("SELECT ?名 WHERE { ?名 rdfs:label \"中文\" ; ?p }", "line 1, column 40 near \"?p }\""),
    ("SELECT ?x WHERE {\n  ?x ?y ?z .\n  OPTIONAL { ?x ?q }\n}", "line 3, column 3 near \"OPTIONAL { ?x ?q }\""),
    ("SELECT ?x WHERE { ?x ?y ?z } LIMT 3", "line 1, column 30 near \"LIMT 3\""),
    ("SELEC ?x WHERE { ?x ?y ?z }", "line 1, column 1 near \"SELEC"),
], ids=["missing-object", "unclosed", "undeclared-prefix", "chinese-columns", "optional", "limit", "keyword"])
def test_malformed_query_names_line_and_column(seed_graph_file, query, message):
    with pytest.raises(QueryError) as err:
        run_query(query, seed_graph_file, prefixes=DEFAULT_PREFIXES)
    assert message in str(err.value)


def test_table_aligns_chinese_columns():
    r = QueryResult("select", ["who", "n"], [(Literal("李培斌", lang="zh"), Literal(1)),
                                             (Literal("ab"), None),
                                             (URIRef("https://w3id.org/govkg/ontology#Person"), Literal(22))])
    lines = render(r).splitlines()
    assert lines == ["who        n", "─────────  ──", "李培斌     1", "ab", "gk:Person  22", "(3 rows)"]
    assert width("李培斌") == 6


def test_json_and_csv_formats_round_trip():
    r = QueryResult("select", ["a", "b"], [(Literal("中文", lang="zh"), URIRef("http://x/y")),
                                           (Literal("102", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal")), None)])
    assert from_sparql_json(json.loads(render(r, "json"))).rows == r.rows
    assert render(r, "csv").splitlines() == ["a,b", "中文,http://x/y", "102,"]
    assert render(QueryResult("ask", boolean=False), "json") == '{"head": {}, "boolean": false}'


def test_cli_query_table_and_errors(seed_graph_file):
    runner = CliRunner()
    res = runner.invoke(main, ["query", "--name", "titles-received", "--graph", str(seed_graph_file)])
    assert res.exit_code == 0, res.output
    assert "李培斌     全国模范司法所长  司法部        2011" in res.output and "(2 rows)" in res.output
    res = runner.invoke(main, ["query", "SELECT ?n WHERE { ?p a gk:Person ; rdfs:label ?n }",
                               "--graph", str(seed_graph_file), "--format", "csv"])
    assert res.exit_code == 0 and "李培斌" in res.output.splitlines()
    res = runner.invoke(main, ["query", "SELECT ?n WHERE { ?p a gk:Person ", "--graph", str(seed_graph_file)])
    assert res.exit_code == 1 and "line 1, column" in res.output and "Traceback" not in res.output
    res = runner.invoke(main, ["query", "--graph", str(seed_graph_file)])
    assert res.exit_code == 2 and "exactly one of QUERY, --file or --name" in res.output
    res = runner.invoke(main, ["query", "--name", "no-such-query"])
    assert res.exit_code == 1 and "choose one of: " in res.output and "titles-received" in res.output


def test_cli_query_list():
    res = CliRunner().invoke(main, ["query", "--list"])
    assert res.exit_code == 0
    assert len(res.output.splitlines()) == len(named_queries())
    assert "titles-received" in res.output and "Who received which honorary title" in res.output
