"""SPARQL over a built graph: rdflib for small files, pyoxigraph for big ones, one result shape.

Every query is first parsed by Oxigraph (the engine stores run), so a query that works here is
standard SPARQL 1.1 and a malformed one is reported with its line and column.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from pyparsing import ParseException
from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.term import Node

from .errors import GraphError, QueryError
from .formats import guess_format, read_graph
from .rdf import PREFIXES
from .resources import project_path

ENGINES = ("auto", "rdflib", "oxigraph")
# Files above this size are queried with pyoxigraph: rdflib needs ~26 s per million triples.
OXIGRAPH_ABOVE_BYTES = 4_000_000
# Prefixes a query typed on the command line may use without declaring them.
DEFAULT_PREFIXES = {name: str(ns) for name, ns in PREFIXES.items()} | {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "id": "https://w3id.org/govkg/id/"}
OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD,
              "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}


@dataclass
class QueryResult:
    """The answer of a SELECT (variables, rows), an ASK (boolean) or a CONSTRUCT (graph)."""

    kind: str                                   # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None


def named_queries() -> dict[str, Path]:
    """The named queries: queries/*.rq of the current folder, then the project's own."""
    found: dict[str, Path] = {}
    for folder in (Path.cwd() / "queries", project_path("queries")):
        if folder is not None and folder.is_dir():
            for path in sorted(folder.glob("*.rq")):
                found.setdefault(path.stem, path)
    return found


def describe(path: Path) -> str:
    """What a named query answers: its leading comment lines."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("# ").strip())
    return " ".join(x for x in lines if x)


def find_query(name: str) -> Path:
    """The file of a named query, or an error listing the names."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; choose one of: {', '.join(queries) or '(none found)'}")
    return queries[name]


def _position(query: str, line: int, col: int) -> str:
    """'line L, column C' and the text found there."""
    lines = query.splitlines() or [""]
    text = lines[line - 1][col - 1:].strip() if 0 < line <= len(lines) else ""
    near = f' near "{text[:20]}"' if text else " at the end"
    return f"line {line}, column {col}{near}"


def check_syntax(query: str, source: str = "query", prefixes: dict[str, str] | None = None) -> None:
    """Parse the query with Oxigraph; raise QueryError naming the line and column of a mistake."""
    try:
        ox.Store().query(query, prefixes=prefixes)
    except SyntaxError as exc:
        raise QueryError(f"{source}: {syntax_message(query, str(exc), prefixes)}") from None


def declared_prefixes(query: str) -> set[str]:
    """The prefixes a query declares."""
    return set(re.findall(r"PREFIX\s+([\w.-]*):", query, flags=re.IGNORECASE))


def with_default_prefixes(query: str) -> str:
    """The query with PREFIX lines for the default prefixes it may use but does not declare (for endpoints)."""
    declared = declared_prefixes(query)
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in DEFAULT_PREFIXES.items() if p not in declared and f"{p}:" in query]
    return "\n".join(lines + [query])


def syntax_message(query: str, error: str, prefixes: dict[str, str] | None = None) -> str:
    """A readable message from Oxigraph's 'error at L:C: ...' (undeclared prefixes found by name)."""
    declared = declared_prefixes(query) | set(prefixes or {})
    code = re.sub(r'<[^>\s]*>|"(?:[^"\\\n]|\\.)*"|#[^\n]*', lambda m: " " * len(m.group()), query)
    for m in re.finditer(r"(?<![\w:?$<])([A-Za-z][\w.-]*)?:(?=[\w<]|\s)", code):
        if (m.group(1) or "") not in declared:
            before = query[:m.start()]
            line, col = before.count("\n") + 1, m.start() - before.rfind("\n")
            return f"{_position(query, line, col)}: undeclared prefix {m.group(1) or ''}: (add a PREFIX line)"
    m = re.match(r"error at (\d+):(\d+):", error)
    if not m:
        return f"syntax error: {error}"
    line, col = int(m.group(1)), int(m.group(2))
    # Oxigraph reports how far it read; rdflib's parser names the clause that failed, which reads better.
    try:
        parseQuery(query)
    except ParseException as exc:
        line, col = exc.lineno, exc.col
    except Exception:   # noqa: BLE001 - any other parser complaint: keep Oxigraph's position
        pass
    return f"{_position(query, line, col)}: syntax error"


def pick_engine(path: Path, engine: str = "auto") -> str:
    """'rdflib' for small files, 'oxigraph' for big ones, unless one is asked for."""
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine != "auto":
        return engine
    return "oxigraph" if path.stat().st_size > OXIGRAPH_ABOVE_BYTES else "rdflib"


def run_query(query: str, path: Path, engine: str = "auto", source: str = "query",
              prefixes: dict[str, str] | None = None) -> QueryResult:
    """Run one SPARQL query over a graph file."""
    if not path.exists():
        raise GraphError(f"{path}: no such graph file; run govkg build first")
    check_syntax(query, source, prefixes)
    if pick_engine(path, engine) == "oxigraph":
        return query_store(load_store(path), query, source, prefixes)
    return query_graph(read_graph(path), query, source, prefixes)


def query_graph(graph: Graph, query: str, source: str = "query",
                prefixes: dict[str, str] | None = None) -> QueryResult:
    """Run a query on an rdflib graph."""
    try:
        res = graph.query(query, initNs=prefixes or {})
        if res.type == "SELECT":
            return QueryResult("select", [str(v) for v in res.vars],
                               [tuple(plain(t) for t in row) for row in res])
        if res.type == "ASK":
            return QueryResult("ask", boolean=bool(res.askAnswer))
        return QueryResult("graph", graph=res.graph)
    except Exception as exc:   # rdflib's evaluator raises plain exceptions; report them as query errors
        raise QueryError(f"{source}: {type(exc).__name__}: {exc}") from None


def load_store(path: Path) -> ox.Store:
    """An in-memory pyoxigraph store holding a graph file (bulk loading: about 3x faster than load)."""
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=OX_FORMATS[guess_format(path)])
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphError(f"{path}: cannot load: {exc}") from None
    return store


def query_store(store: ox.Store, query: str, source: str = "query",
                prefixes: dict[str, str] | None = None) -> QueryResult:
    """Run a query on a pyoxigraph store (named graphs read as one)."""
    try:
        res = store.query(query, prefixes=prefixes, use_default_graph_as_union=True)
        if isinstance(res, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            return QueryResult("select", names, [tuple(from_oxigraph(s[n]) for n in names) for s in res])
        g = Graph()
        for t in res:
            g.add((from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object)))
        return QueryResult("graph", graph=g)
    except (SyntaxError, OSError, ValueError) as exc:
        raise QueryError(f"{source}: {exc}") from None


def plain(term: Node | None) -> Node | None:
    """A term with xsd:string literals written as plain literals (RDF 1.1 treats them as one)."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def from_oxigraph(term: object) -> Node | None:
    """A pyoxigraph term as an rdflib term."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return plain(Literal(term.value, datatype=URIRef(term.datatype.value)))
    raise QueryError(f"unsupported term in a result: {term!r}")


def from_sparql_json(data: dict) -> QueryResult:
    """A result from the SPARQL 1.1 Query Results JSON format (what endpoints answer)."""
    if "boolean" in data:
        return QueryResult("ask", boolean=bool(data["boolean"]))
    names = list(data["head"].get("vars", []))
    rows = [tuple(_json_term(b.get(n)) for n in names) for b in data["results"]["bindings"]]
    return QueryResult("select", names, rows)


def _json_term(b: dict | None) -> Node | None:
    if b is None:
        return None
    if b["type"] == "uri":
        return URIRef(b["value"])
    if b["type"] == "bnode":
        return BNode(b["value"])
    if "xml:lang" in b:
        return Literal(b["value"], lang=b["xml:lang"])
    return plain(Literal(b["value"], datatype=URIRef(b["datatype"]) if "datatype" in b else None))
