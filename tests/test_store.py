"""A real store: Oxigraph's server loads the seed graph over the Graph Store Protocol and answers
every named query exactly as `govkg query` does locally; `govkg serve` serves page and endpoint."""
from __future__ import annotations

import json
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from govkg.cli import main
from govkg.query import named_queries, run_query
from govkg.serve import GraphServer
from govkg.store import Credentials, OxigraphServer, StoreError, free_port, graph_url, load_graph, request, sparql_query

from .test_query import posts_graph_file, seed_graph_file  # noqa: F401 - shared fixtures

NAMED = "https://example.org/graph/seed"


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory, seed_graph_file):  # noqa: F811
    """An Oxigraph server in a temporary folder holding the seed graph (default graph), stopped afterwards."""
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph")).start()
    try:
        triples, requests = load_graph(seed_graph_file, server.url + "/store", size=1000)
        assert triples == len(Graph().parse(seed_graph_file)) and requests == -(-triples // 1000)
        yield server
    finally:
        server.stop()
    assert server.proc is not None and server.proc.poll() is not None


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_store_answers_like_govkg_query(oxigraph, seed_graph_file, name):  # noqa: F811
    text = named_queries()[name].read_text(encoding="utf-8")
    local, remote = run_query(text, seed_graph_file), sparql_query(oxigraph.url + "/query", text)
    assert (remote.kind, remote.variables, remote.boolean) == (local.kind, local.variables, local.boolean)
    assert remote.rows == local.rows
    if local.graph is not None:
        assert isomorphic(local.graph, remote.graph)


def test_graph_comes_back_from_the_store_equal(oxigraph, seed_graph_file):  # noqa: F811
    data = request(oxigraph.url + "/store?default", headers={"Accept": "application/n-triples"})
    assert isomorphic(Graph().parse(data=data, format="nt"), Graph().parse(seed_graph_file))


def test_named_graph_and_replace(oxigraph, seed_graph_file, tmp_path):  # noqa: F811
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{NAMED}> {{ ?s ?p ?o }} }}"
    load_graph(seed_graph_file, oxigraph.url + "/store", graph=NAMED, size=2000)
    n = int(sparql_query(oxigraph.url + "/query", count).rows[0][0])
    assert n == len(Graph().parse(seed_graph_file))
    small = tmp_path / "small.nt"
    small.write_text('<http://x/a> <http://x/b> "中文"@zh .\n_:b <http://x/c> _:b .\n', encoding="utf-8")
    # one chunk of plain triples (PUT: replaces), one of the triples with blank nodes (POST)
    assert load_graph(small, oxigraph.url + "/store", graph=NAMED, replace=True) == (2, 2)
    assert int(sparql_query(oxigraph.url + "/query", count).rows[0][0]) == 2
    ask = f"ASK {{ GRAPH <{NAMED}> {{ ?b <http://x/c> ?b }} }}"
    assert sparql_query(oxigraph.url + "/query", ask).boolean is True


@pytest.mark.parametrize("endpoint,message", [
    ("/nowhere", "the store refused the POST of chunk 1: HTTP 404 Not Found: "),
    ("/query", "the store refused the POST of chunk 1: HTTP 4"),
], ids=["not-found", "not-a-graph-store"])
def test_refusal_names_status_and_message(oxigraph, seed_graph_file, endpoint, message):  # noqa: F811
    with pytest.raises(StoreError) as err:
        load_graph(seed_graph_file, oxigraph.url + endpoint)
    assert message in str(err.value) and oxigraph.url in str(err.value)


def test_unreachable_store(seed_graph_file):  # noqa: F811
    with pytest.raises(StoreError, match="cannot reach the store"):
        load_graph(seed_graph_file, f"http://127.0.0.1:{free_port()}/store")


def test_remote_syntax_error_is_reported(oxigraph):
    with pytest.raises(StoreError, match="refused the query: HTTP 400"):
        sparql_query(oxigraph.url + "/query", "SELECT ?x WHERE { ?x ")


@pytest.mark.parametrize("endpoint,graph,url", [
    ("http://h/store", None, "http://h/store?default"),
    ("http://h/store", "http://g/1", "http://h/store?graph=http%3A%2F%2Fg%2F1"),
    ("http://h/rdf-graphs/service?x=1", "urn:g", "http://h/rdf-graphs/service?x=1&graph=urn%3Ag"),
], ids=["default", "named", "existing-query-string"])
def test_graph_url(endpoint, graph, url):
    assert graph_url(endpoint, graph) == url


def test_basic_auth_header():
    assert Credentials("admin", "pw").header() == "Basic YWRtaW46cHc="


def test_cli_load_and_query_endpoint(oxigraph, seed_graph_file):  # noqa: F811
    runner = CliRunner()
    res = runner.invoke(main, ["load", str(seed_graph_file), "--endpoint", oxigraph.url + "/store",
                               "--graph", "https://example.org/graph/cli", "--chunk", "5000"])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("loaded ") and "into graph <https://example.org/graph/cli>" in res.output
    res = runner.invoke(main, ["query", "--name", "titles-received", "--endpoint", oxigraph.url + "/query"])
    assert res.exit_code == 0 and "李培斌     全国模范司法所长  司法部        2011" in res.output
    res = runner.invoke(main, ["load", str(seed_graph_file), "--endpoint", oxigraph.url + "/nowhere"])
    assert res.exit_code == 1 and "HTTP 404" in res.output and "Traceback" not in res.output


def test_serve_page_and_endpoint(seed_graph_file, tmp_path):  # noqa: F811
    page = tmp_path / "graph.html"
    page.write_text("<!DOCTYPE html><title>图谱</title>", encoding="utf-8")
    with GraphServer(seed_graph_file, port=0, page=page) as server:
        with urllib.request.urlopen(server.url, timeout=10) as resp:
            assert resp.read().decode("utf-8") == "<!DOCTYPE html><title>图谱</title>"
        q = urllib.parse.urlencode({"query": "ASK { ?p a <https://w3id.org/govkg/ontology#Person> }"})
        req = urllib.request.Request(f"{server.url}query?{q}", headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            assert json.load(resp)["boolean"] is True
        text = named_queries()["titles-received"].read_text(encoding="utf-8")
        assert sparql_query(server.url + "query", text).rows == run_query(text, seed_graph_file).rows
        with pytest.raises(StoreError, match="HTTP 405"):      # read-only: no updates
            request(server.url + "store?default", "POST", b"<http://x/a> <http://x/b> <http://x/c> .",
                    {"Content-Type": "application/n-triples"})
    with pytest.raises(OSError):
        urllib.request.urlopen(server.url, timeout=2)
