"""SHACL validation of a graph against ontology/shapes.ttl (pySHACL), reported for people to read."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import DCTERMS, RDFS, SH, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import GraphError
from .formats import read_graph
from .resources import project_path
from .results import short

# Graphs above this many triples are not validated during a build (pySHACL on rdflib is slow there);
# `govkg validate` still validates them.
BUILD_VALIDATION_LIMIT = 200_000


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result: which node, which rule, what is wrong."""

    rule: str          # the shape's rdfs:label
    focus: str         # the node's label, or its short IRI
    message: str
    path: str = ""     # the property, if the rule is about one
    value: str = ""    # the offending value, if any

    def __str__(self) -> str:
        extra = ", ".join(x for x in (f"path {self.path}" if self.path else "",
                                      f"value {self.value}" if self.value else "") if x)
        return f"{self.focus}: {self.message} [rule: {self.rule}{'; ' + extra if extra else ''}]"


def load_shapes(path: Path | None = None) -> Graph:
    """The shapes graph (ontology/shapes.ttl unless another file is given)."""
    path = path or project_path("ontology", "shapes.ttl")
    if path is None:
        raise GraphError("ontology/shapes.ttl not found beside the package")
    return Graph().parse(path, format="turtle")


def validate_graph(graph: Graph, shapes: Graph | None = None) -> list[Violation]:
    """The violations of a graph, sorted by rule and node (empty when it conforms)."""
    shapes = shapes if shapes is not None else load_shapes()
    conforms, report, _ = shacl_validate(graph, shacl_graph=shapes, inference="none", inplace=True,
                                         allow_warnings=False, meta_shacl=False)
    if conforms:
        return []
    # top-level results only: sh:detail holds the nested results of sh:node / sh:or again
    return sorted(_violation(graph, shapes, report, r) for r in report.objects(None, SH.result))


def validate_file(path: Path, shapes: Graph | None = None) -> list[Violation]:
    """The violations of a graph file."""
    return validate_graph(read_graph(path), shapes)


def _violation(graph: Graph, shapes: Graph, report: Graph, r: Node) -> Violation:
    focus = report.value(r, SH.focusNode)
    label = (graph.value(focus, RDFS.label) or graph.value(focus, DCTERMS.title)) if focus is not None else None
    where = short(focus) if focus is not None else "?"
    shape = report.value(r, SH.sourceShape)
    owner = shapes.value(None, SH.property, shape) or shape     # a property shape's node shape
    rule = shapes.value(owner, RDFS.label) or short(owner)
    path, value = report.value(r, SH.resultPath), report.value(r, SH.value)
    return Violation(rule=str(rule), focus=f"{label} ({where})" if label else where,
                     message=str(report.value(r, SH.resultMessage) or short(report.value(r, SH.sourceConstraintComponent))),
                     path=short(path) if isinstance(path, URIRef) else "",
                     value=_term(value) if value is not None else "")


def _term(t: Node) -> str:
    if isinstance(t, Literal):
        suffix = f"@{t.language}" if t.language else f"^^{short(t.datatype)}" if t.datatype else ""
        return f'"{t}"{suffix}'
    return short(t)


def report(violations: list[Violation], limit: int | None = None) -> str:
    """Violations as lines for a terminal: a count, then one line each."""
    if not violations:
        return "valid: the graph conforms to the shapes"
    n = len(violations)
    shown = violations if limit is None else violations[:limit]
    lines = [f"{n} violation{'s' if n != 1 else ''}:"] + [f"  {v}" for v in shown]
    if len(shown) < n:
        lines.append(f"  … and {n - len(shown)} more (govkg validate lists them all)")
    return "\n".join(lines)


def build_check(graph: Graph, target: Path) -> str:
    """The validation line of a build summary (skipped on very large graphs)."""
    if len(graph) > BUILD_VALIDATION_LIMIT:
        return f"validation    skipped: {len(graph)} triples; run govkg validate {target}"
    t0 = time.perf_counter()
    violations = validate_graph(graph)
    seconds = time.perf_counter() - t0
    if not violations:
        return f"validation    ok, the graph conforms to the shapes ({seconds:.2f} s)"
    n = len(violations)
    return (f"validation    {n} violation{'s' if n != 1 else ''} ({violations[0]}); "
            f"run govkg validate {target}")
