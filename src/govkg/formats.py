"""RDF formats: canonical Turtle and TriG (one named graph per document), sorted N-Triples, JSON-LD.

Literals keep the canonical forms a store gives back (XSD 1.1 decimals without ".0", lowercase
language tags), so a graph that goes through a store comes back equal.
"""
from __future__ import annotations

import io
import json
from collections import defaultdict
from pathlib import Path

from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.serializers.turtle import _GEN_QNAME_FOR_DT, TurtleSerializer
from rdflib.term import Node

from .terms import ESCAPES
from .errors import GraphError
from .rdf import PREFIXES
from .resources import project_path
from .vocab import GK, ONTOLOGY_IRI

Triple = tuple[Node, Node, Node]


class _CanonicalLiterals:
    """Keep decimals as written: rdflib's shorthand turns "102"^^xsd:decimal into 102.0."""

    def label(self, node: Node, position: int) -> str:
        if isinstance(node, Literal) and node.datatype == XSD.decimal and "." not in node:
            return node._literal_n3(qname_callback=lambda dt: self.get_pname(dt, _GEN_QNAME_FOR_DT))
        if isinstance(node, Literal) and "\n" in node and node.endswith('"'):
            # rdflib writes such a text as a long string ending in four quotes when the quote follows a
            # backslash (text ending in \"): invalid Turtle. One line with escapes is always valid.
            text = '"' + str(node).translate(ESCAPES) + '"'
            return f"{text}@{node.language}" if node.language else (
                f"{text}^^{node.datatype.n3()}" if node.datatype else text)
        return super().label(node, position)


class CanonicalTurtleSerializer(_CanonicalLiterals, TurtleSerializer):
    """Turtle that keeps every literal's lexical form."""


def turtle_bytes(graph: Graph) -> bytes:
    """The graph as UTF-8 Turtle (Chinese as is, no \\u escapes)."""
    buf = io.BytesIO()
    CanonicalTurtleSerializer(graph).serialize(buf, encoding="utf-8")
    return buf.getvalue()


def trig_bytes(graph: Graph) -> bytes:
    """The graph as TriG: one named graph per document plus the ontology graph, in a stable order.

    rdflib's TriG writer orders graphs at random, so each graph is written as Turtle (sharing the
    dataset's prefixes) and wrapped in its graph block.
    """
    ds = to_dataset(graph)
    prefixes: set[str] = set()
    blocks: list[str] = []
    named = sorted((g for g in ds.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID), key=lambda g: str(g.identifier))
    for g in [ds.default_graph, *named]:
        if not len(g):
            continue
        lines = turtle_bytes(g).decode("utf-8").strip().splitlines()
        prefixes.update(line for line in lines if line.startswith("@prefix"))
        # not indented: a line break inside a long literal must stay as it is
        body = "\n".join(line for line in lines if not line.startswith("@prefix")).strip("\n")
        head = "" if g.identifier == DATASET_DEFAULT_GRAPH_ID else g.identifier.n3() + " "
        blocks.append(f"{head}{{\n{body}\n}}\n")
    return ("\n".join(sorted(prefixes)) + "\n\n" + "\n".join(blocks)).encode("utf-8")


def jsonld_bytes(graph: Graph) -> bytes:
    """The graph as JSON-LD, compacted with govkg's prefixes, nodes and values in a stable order."""
    wanted = {*PREFIXES, "id", "rdf"}
    context = {prefix: str(ns) for prefix, ns in graph.namespaces() if prefix in wanted}
    data = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    return (json.dumps(_stable(data), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _stable(node: object, key: str = "") -> object:
    """JSON with every array sorted (rdflib's order depends on hashing) except @list contents."""
    if isinstance(node, dict):
        return {k: _stable(v, k) for k, v in node.items()}
    if isinstance(node, list):
        items = [_stable(v) for v in node]
        return items if key == "@list" else sorted(items, key=lambda x: json.dumps(x, sort_keys=True, ensure_ascii=False))
    return node


def ntriples_bytes(graph: Graph) -> bytes:
    """Sorted N-Triples (rdflib writes them; converting terms for pyoxigraph costs more than it saves)."""
    lines = sorted(set(graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()))
    return ("\n".join(line for line in lines if line.strip()) + "\n").encode("utf-8")


def ontology_graph() -> Graph:
    """The ontology (ontology/govkg.ttl) as a graph named by the ontology's IRI."""
    path = project_path("ontology", "govkg.ttl")
    if path is None:
        raise GraphError("ontology/govkg.ttl not found: TriG output needs the ontology beside the package")
    return Graph(identifier=URIRef(ONTOLOGY_IRI)).parse(path, format="turtle")


def document_of_nodes(graph: Graph) -> dict[Node, set[Node]]:
    """Documents each node comes from: itself, its gk:document, or those of its gk:evidence."""
    docs: dict[Node, set[Node]] = defaultdict(set)
    for d in graph.subjects(RDF.type, GK.Document):
        docs[d].add(d)
    for s, d in graph.subject_objects(GK.document):
        docs[s].add(d)
    for s, ev in graph.subject_objects(GK.evidence):
        docs[s] |= docs.get(ev, set())
    return docs


def split_by_document(graph: Graph) -> dict[Node | None, list[Triple]]:
    """Triples per document IRI; a triple stated in several documents goes to each, None holds the rest.

    A relation goes where its reified evidence points; other triples go with their subject (and,
    between two entities, only to the documents that name both).
    """
    docs = document_of_nodes(graph)
    stated: dict[Triple, set[Node]] = defaultdict(set)
    fallback: dict[Node, set[Node]] = defaultdict(set)
    for ev, s in graph.subject_objects(RDF.subject):
        p, o = graph.value(ev, RDF.predicate), graph.value(ev, RDF.object)
        stated[(s, p, o)] |= docs.get(ev, set())
        fallback[s] |= docs.get(ev, set())
        fallback[o] |= docs.get(ev, set())
    out: dict[Node | None, list[Triple]] = defaultdict(list)
    for t in graph:
        s, _, o = t
        where = stated.get(t) or docs.get(s) or fallback.get(s) or set()
        if where and not isinstance(o, Literal) and docs.get(o) and where & docs[o]:
            where = where & docs[o]
        for d in where or (None,):
            out[d].append(t)
    return out


def to_dataset(graph: Graph) -> Dataset:
    """A dataset with one named graph per document, the ontology graph, and leftovers in the default graph."""
    ds = Dataset()
    for prefix, ns in graph.namespaces():
        ds.bind(prefix, ns, override=True)
    parts = split_by_document(graph)
    for name in sorted((n for n in parts if n is not None), key=str):
        g = ds.graph(name)
        for t in parts[name]:
            g.add(t)
    for t in parts.get(None, ()):
        ds.default_graph.add(t)
    onto = ds.graph(URIRef(ONTOLOGY_IRI))
    for t in ontology_graph():
        onto.add(t)
    return ds


def read_graph(path: Path, fmt: str | None = None) -> Graph:
    """Parse a graph file (format from the suffix); a TriG/N-Quads file gives the union of its graphs."""
    fmt = fmt or guess_format(path)
    try:
        if fmt in ("trig", "nquads"):
            ds = Dataset(default_union=True).parse(path, format=fmt)
            g = Graph()
            for prefix, ns in ds.namespaces():
                g.bind(prefix, ns, override=True)
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
            return g
        return Graph().parse(path, format=fmt)
    except FileNotFoundError:
        raise GraphError(f"{path}: no such graph file; run govkg build first") from None
    except Exception as exc:   # rdflib's parsers raise many types; name the file and the problem
        raise GraphError(f"{path}: cannot parse as {fmt}: {exc}") from None


SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld",
            ".trig": "trig", ".nq": "nquads"}


def guess_format(path: Path) -> str:
    """rdflib's format name from a file suffix."""
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise GraphError(f"{path}: unknown graph format; use one of {', '.join(SUFFIXES)}")
    return fmt
