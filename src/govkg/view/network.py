"""RDF graph -> networkx MultiDiGraph: entities as nodes, one edge per relation and piece of evidence.

The view reads the RDF (not the in-memory build), so `govkg build` and `govkg render graph.ttl`
draw exactly the same thing: what the graph file says.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx
from rdflib import DCTERMS, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.util import guess_format

from ..errors import GraphError
from ..vocab import ENTITY_CLASSES, GK, NIF

# one colour per class (colour-blind safe palette, Okabe-Ito) and one shape, so print in grey still tells them apart
COLOURS = {"Organization": "#0072B2", "Person": "#D55E00", "Place": "#009E73", "Event": "#CC79A7",
           "Speech": "#56B4E9", "Program": "#E69F00", "Regulation": "#B8A100", "HonoraryTitle": "#7F7F7F"}
CLASS_ZH = {"Organization": "机构", "Person": "人物", "Place": "地点", "Event": "事件", "Speech": "发言",
            "Program": "项目", "Regulation": "规章", "HonoraryTitle": "荣誉称号"}
# matplotlib marker, vis-network shape
SHAPES = {"Organization": ("s", "square"), "Person": ("o", "dot"), "Place": ("^", "triangle"),
          "Event": ("*", "star"), "Speech": ("D", "diamond"), "Program": ("h", "hexagon"),
          "Regulation": ("v", "triangleDown"), "HonoraryTitle": ("p", "pentagon")}
# the core relation properties and their rdfs:label@zh in ontology/govkg.ttl (a test keeps them equal)
PREDICATE_ZH = {"spokeAt": "发言于", "heldIn": "举办地", "organizedBy": "主办方", "jurisdiction": "管辖地域",
                "deliveredBy": "发言人", "partOf": "属于", "subOrganizationOf": "下属于", "memberOf": "任职于",
                "implements": "实施", "issued": "制定发布", "honors": "树为典型", "developedBy": "创立者",
                "receivedTitle": "获得称号", "conferredBy": "授予机构", "delegateTo": "当选代表"}
# span_start/span_end, not start/end: GEXF reads those two names as time intervals
EVIDENCE_FIELDS = ("evidence", "sentence", "sentence_start", "span_start", "span_end", "doc", "doc_title", "doc_source",
                   "rule", "inferred", "confidence", "role")


def load_graph(path: Path) -> Graph:
    """Parse an RDF file (format from its suffix, Turtle by default)."""
    if not path.is_file():
        raise GraphError(f"{path}: no such graph file; run `govkg build` first or name a graph file")
    g = Graph()
    try:
        g.parse(path, format=guess_format(str(path)) or "turtle")
    except Exception as exc:   # rdflib raises many parser-specific types
        raise GraphError(f"{path}: cannot parse the graph ({type(exc).__name__}: {exc})") from None
    return g


def _text(g: Graph, s, p) -> str:
    """The value of a literal property, preferring Chinese; '' when absent."""
    values = sorted((o for o in g.objects(s, p) if isinstance(o, Literal)), key=lambda o: (o.language != "zh", str(o)))
    return str(values[0]) if values else ""


def _int(g: Graph, s, p) -> int:
    value = g.value(s, p)
    return int(value) if value is not None else -1


class _Reader:
    """Reads documents, sentences and evidence once, then answers per-relation questions."""

    def __init__(self, g: Graph) -> None:
        self.g = g
        self.docs = {d: (_text(g, d, DCTERMS.title), _text(g, d, DCTERMS.source))
                     for d in g.subjects(RDF.type, GK.Document)}
        self.sentences = {s: (_text(g, s, NIF.anchorOf), _int(g, s, NIF.beginIndex))
                          for s in g.subjects(RDF.type, GK.Sentence)}
        self.reified: dict[tuple, list] = defaultdict(list)
        for ev in g.subjects(RDF.type, GK.Evidence):
            s, p, o = g.value(ev, RDF.subject), g.value(ev, RDF.predicate), g.value(ev, RDF.object)
            if s is not None and p is not None and o is not None:
                self.reified[(s, p, o)].append(ev)
        self.roles = {ev: _text(g, m, GK.role) for m in g.subjects(RDF.type, GK.Membership)
                      for ev in g.objects(m, GK.evidence)}

    def evidence(self, ev: URIRef | None) -> dict:
        """Flat, GraphML-friendly attributes of one Evidence node (empty strings when unknown)."""
        g = self.g
        if ev is None:
            return {k: "" for k in EVIDENCE_FIELDS} | {"sentence_start": -1, "span_start": -1, "span_end": -1,
                                                        "inferred": False, "confidence": 1.0}
        doc = g.value(ev, GK.document)
        title, source = self.docs.get(doc, ("", ""))
        sentence, sentence_start = self.sentences.get(g.value(ev, GK.sentence), ("", -1))
        inferred, confidence = g.value(ev, GK.inferred), g.value(ev, GK.confidence)
        return {"evidence": str(ev), "sentence": sentence, "sentence_start": sentence_start,
                "span_start": _int(g, ev, NIF.beginIndex), "span_end": _int(g, ev, NIF.endIndex),
                "doc": str(doc or ""), "doc_title": title, "doc_source": source,
                "rule": _text(g, ev, GK.rule), "inferred": bool(inferred and inferred.toPython()),
                "confidence": float(confidence) if confidence is not None else 1.0,
                "role": self.roles.get(ev, "")}

    def award_evidence(self) -> dict[tuple, list]:
        """(subject, predicate, object) -> evidence of the Award nodes behind receivedTitle / conferredBy."""
        g, out = self.g, defaultdict(list)
        for award in g.subjects(RDF.type, GK.Award):
            r, t, c = g.value(award, GK.recipient), g.value(award, GK.title), g.value(award, GK.conferredBy)
            for ev in g.objects(award, GK.evidence):
                if r is not None and t is not None:
                    out[(r, GK.receivedTitle, t)].append(ev)
                if t is not None and c is not None:
                    out[(t, GK.conferredBy, c)].append(ev)
        return out


def from_rdf(g: Graph) -> nx.MultiDiGraph:
    """Entities (by gk: class and rdfs:label) as nodes; core-property triples as edges, one per evidence."""
    from ..rdf import pinyin
    out = nx.MultiDiGraph()
    for cls in ENTITY_CLASSES:
        for node in sorted(g.subjects(RDF.type, GK[cls])):   # by IRI: the layout depends on the graph alone
            label = _text(g, node, RDFS.label) or str(node).rsplit("/", 1)[-1]
            aliases = sorted({str(a) for a in g.objects(node, SKOS.altLabel)} - {label})
            out.add_node(str(node), label=label, cls=cls, class_zh=CLASS_ZH[cls], iri=str(node),
                         aliases="|".join(aliases), pinyin=_text(g, node, GK.pinyin) or pinyin(label))
    reader = _Reader(g)
    awards = reader.award_evidence()
    for name in PREDICATE_ZH:
        p = GK[name]
        for s, o in sorted(g.subject_objects(p)):
            if str(s) not in out or str(o) not in out:
                continue
            evidence = sorted(set(reader.reified.get((s, p, o), []) + awards.get((s, p, o), []))) or [None]
            for ev in evidence:
                attrs = reader.evidence(ev)
                out.add_edge(str(s), str(o), key=f"{name}|{attrs['evidence']}", predicate=name,
                             predicate_zh=PREDICATE_ZH[name], **attrs)
    return out

