"""Query results as text: an aligned table (East Asian widths), SPARQL CSV, SPARQL JSON."""
from __future__ import annotations

import csv
import io
import json

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node
from wcwidth import wcswidth, wcwidth

from .query import DEFAULT_PREFIXES, QueryResult

OUTPUT_FORMATS = ("table", "csv", "json")
MAX_CELL = 80        # display columns of one table cell; longer text ends with …


def width(text: str) -> int:
    """Display columns of text: CJK characters take two."""
    w = wcswidth(text)
    return w if w >= 0 else sum(max(wcwidth(c), 0) for c in text)


def clip(text: str, limit: int = MAX_CELL) -> str:
    """Text cut to at most limit display columns."""
    if width(text) <= limit:
        return text
    out, used = [], 0
    for c in text:
        cw = max(wcwidth(c), 0)
        if used + cw > limit - 1:
            break
        out.append(c)
        used += cw
    return "".join(out) + "…"


def short(term: Node | None) -> str:
    """A term for reading: prefixed IRIs, literals without quotes or datatypes."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, ns in DEFAULT_PREFIXES.items():
            if term.startswith(ns) and len(term) > len(ns):
                return f"{prefix}:{term[len(ns):]}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return " ".join(str(term).split())


def table(result: QueryResult) -> str:
    """SELECT rows as an aligned table with a row count; ASK as yes/no; CONSTRUCT as Turtle."""
    if result.kind == "ask":
        return "yes" if result.boolean else "no"
    if result.kind == "graph":
        return _graph_text(result, "turtle")
    cells = [[clip(short(t)) for t in row] for row in result.rows]
    widths = [max([width(v)] + [width(r[i]) for r in cells]) for i, v in enumerate(result.variables)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(result.variables), line(["─" * w for w in widths])]
    out += [line(r) for r in cells]
    n = len(result.rows)
    out.append(f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(out)


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV: full IRIs, literals' lexical forms; ASK as true/false; CONSTRUCT as N-Triples."""
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        return _graph_text(result, "nt")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(result.variables)
    for row in result.rows:
        w.writerow(["" if t is None else f"_:{t}" if isinstance(t, BNode) else str(t) for t in row])
    return buf.getvalue().rstrip("\r\n")


def to_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON; CONSTRUCT as JSON-LD."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    if result.kind == "graph":
        return _graph_text(result, "json-ld")
    bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None}
                for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)


def _json_term(t: Node) -> dict:
    if isinstance(t, URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    assert isinstance(t, Literal)
    d = {"type": "literal", "value": str(t)}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype:
        d["datatype"] = str(t.datatype)
    return d


def _graph_text(result: QueryResult, fmt: str) -> str:
    assert result.graph is not None
    for prefix, ns in DEFAULT_PREFIXES.items():
        result.graph.bind(prefix, ns, override=True)
    return result.graph.serialize(format=fmt).strip()


def render(result: QueryResult, fmt: str = "table") -> str:
    """The result in one of OUTPUT_FORMATS."""
    return {"table": table, "csv": to_csv, "json": to_json}[fmt](result)
