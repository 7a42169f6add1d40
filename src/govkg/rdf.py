"""Entities, relations, observations and their evidence -> an rdflib Graph (no I/O)."""
from __future__ import annotations

import hashlib
from functools import lru_cache
import re
from decimal import Decimal

from pypinyin import lazy_pinyin
from pypinyin.seg.simpleseg import seg as pinyin_words
from rdflib import DCTERMS, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef

from .model import Evidence, KnowledgeGraph
from .vocab import DEFAULT_BASE_IRI, GK, NIF, SCHEMA

CLASS_PATHS = {"Organization": "org", "Person": "person", "Place": "place", "Event": "event",
               "Speech": "speech", "Program": "program", "Regulation": "regulation",
               "HonoraryTitle": "title"}
PREFIXES = {"gk": GK._NS, "rdfs": RDFS, "skos": SKOS, "dcterms": DCTERMS, "xsd": XSD,
            "nif": NIF, "schema": SCHEMA}
# Characters that never reach an IRI: anything outside the unreserved set.
UNSAFE = re.compile(r"[^a-z0-9]+")


def digest(*parts: object) -> str:
    """A short stable hash of the parts."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:10]


def _keep(text: str) -> list[str]:
    return [text]


@lru_cache(maxsize=1 << 16)
def _word_syllables(word: str) -> tuple[str, ...]:
    return tuple(lazy_pinyin(word, errors=_keep))


@lru_cache(maxsize=1 << 18)
def syllables(name: str) -> tuple[str, ...]:
    """Toneless pinyin syllables of a name (non-Han runs kept as they are). pypinyin's own word
    segmentation, with each word converted once: names share words (司法局, 监狱管理局), and this is
    five times faster than converting whole names, with the same result."""
    return tuple(s for word in pinyin_words(name) for s in _word_syllables(word))


def pinyin(name: str) -> str:
    """Toneless pinyin of a name, syllables joined by spaces (non-Han text kept)."""
    return " ".join(s for s in syllables(name) if s.strip())


def slug(name: str, limit: int = 48) -> str:
    """An IRI-safe readable slug: lowercase pinyin and ASCII letters and digits only."""
    s = UNSAFE.sub("-", "".join(syllables(name)).lower()).strip("-")
    return s[:limit].rstrip("-") or "x"


class IriMaker:
    """Deterministic IRIs under one base: the same key gives the same IRI everywhere."""

    def __init__(self, base: str = DEFAULT_BASE_IRI) -> None:
        if not re.match(r"^[a-z][a-z0-9+.-]*://[^\s<>\"{}|\\^`]*[/#]$", base):
            raise ValueError(f"base IRI must be absolute and end with / or #: {base!r}")
        self.ns = Namespace(base)
        self._cache: dict[tuple[str, str], URIRef] = {}

    def entity(self, key: tuple[str, str]) -> URIRef:
        """IRI of an entity from its (class, canonical name) key."""
        iri = self._cache.get(key)
        if iri is None:
            iri = self._cache[key] = URIRef(self.entity_text(key))
        return iri

    def entity_text(self, key: tuple[str, str]) -> str:
        """The entity's IRI as a plain string (what the streaming writer needs, without an rdflib term)."""
        cls, name = key
        return f"{self.ns}{CLASS_PATHS[cls]}/{slug(name)}-{digest(cls, name)}"

    def document(self, doc_id: str) -> URIRef:
        """IRI of a document."""
        return self.ns[f"doc/{doc_id}"]

    def sentence(self, doc_id: str, index: int) -> URIRef:
        """IRI of a sentence of a document."""
        return self.ns[f"doc/{doc_id}/s{index}"]

    def node(self, kind: str, *parts: object) -> URIRef:
        """IRI of an n-ary node (evidence, observation, award, membership)."""
        return self.ns[f"{kind}/{digest(kind, *parts)}"]


def decimal_text(value: float) -> str:
    """The canonical xsd:decimal form of a number (XSD 1.1, as stores write it back: 102, 47.4, 0.9)."""
    text = format(Decimal(repr(float(value))).normalize(), "f")
    return "0" if text == "-0" else text


def decimal_literal(value: float) -> Literal:
    """A canonical xsd:decimal literal."""
    return Literal(decimal_text(value), datatype=XSD.decimal)


def date_type(value: str) -> URIRef:
    """xsd:date for YYYY-MM-DD, xsd:gYear for YYYY."""
    return XSD.date if len(value) == 10 else XSD.gYear


def date_literal(value: str) -> Literal:
    """A date or year literal."""
    return Literal(value, datatype=date_type(value))


def zh(text: str) -> Literal:
    """A Chinese-language literal."""
    return Literal(text, lang="zh")


class GraphBuilder:
    """Adds a KnowledgeGraph to an rdflib Graph, one kind of node at a time."""

    def __init__(self, base: str = DEFAULT_BASE_IRI) -> None:
        self.iri = IriMaker(base)
        self.g = Graph()
        for prefix, ns in PREFIXES.items():
            self.g.bind(prefix, ns)
        self.g.bind("id", self.iri.ns)

    def evidence(self, ev: Evidence, *fact: object) -> URIRef:
        """An Evidence node for one fact or mention; returns its IRI."""
        g, node = self.g, self.iri.node("evidence", ev.doc_id, ev.start, ev.end, ev.rule, *fact)
        g.add((node, RDF.type, GK.Evidence))
        g.add((node, GK.document, self.iri.document(ev.doc_id)))
        if ev.sentence >= 0:
            g.add((node, GK.sentence, self.iri.sentence(ev.doc_id, ev.sentence)))
        g.add((node, NIF.beginIndex, Literal(ev.start)))
        g.add((node, NIF.endIndex, Literal(ev.end)))
        g.add((node, GK.rule, Literal(ev.rule)))
        g.add((node, GK.inferred, Literal(ev.inferred)))
        g.add((node, GK.confidence, decimal_literal(ev.confidence)))
        return node

    def add_documents(self, kg: KnowledgeGraph) -> None:
        """Document and sentence nodes."""
        g = self.g
        for doc in kg.documents:
            d = self.iri.document(doc.doc_id)
            g.add((d, RDF.type, GK.Document))
            g.add((d, DCTERMS.title, zh(doc.title)))
            g.add((d, DCTERMS.source, Literal(doc.source)))
            g.add((d, NIF.isString, Literal(doc.text)))
            if doc.date:
                g.add((d, DCTERMS.date, date_literal(doc.date)))
            if doc.url:
                g.add((d, SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI)))
            for s in kg.sentences.get(doc.doc_id, ()):
                node = self.iri.sentence(doc.doc_id, s.index)
                g.add((node, RDF.type, GK.Sentence))
                g.add((node, GK.document, d))
                g.add((node, NIF.beginIndex, Literal(s.start)))
                g.add((node, NIF.endIndex, Literal(s.end)))
                g.add((node, NIF.anchorOf, Literal(s.text)))

    def add_entities(self, kg: KnowledgeGraph) -> None:
        """Entity nodes with labels, aliases, pinyin and mention evidence."""
        g = self.g
        for ent in kg.entities:
            node = self.iri.entity(ent.key)
            g.add((node, RDF.type, GK[ent.cls]))
            g.add((node, RDFS.label, zh(ent.name)))
            g.add((node, GK.pinyin, Literal(pinyin(ent.name))))
            for alias in ent.aliases:
                g.add((node, SKOS.altLabel, zh(alias)))
            for k, v in ent.attrs:
                if k == "kind":
                    g.add((node, GK.kind, zh(v)))
            for i, m in enumerate(ent.mentions):
                ev = self.evidence(m.evidence, "mention", ent.cls, ent.name)
                g.add((ev, NIF.anchorOf, Literal(m.surface)))
                if i < len(ent.resolutions):
                    g.add((ev, GK.resolvedBy, Literal(ent.resolutions[i])))
                g.add((node, GK.evidence, ev))

    def add_relations(self, kg: KnowledgeGraph) -> None:
        """Direct triples, each with a reified Evidence; memberOf also as a Membership node."""
        g = self.g
        for rel in kg.relations:
            s, p, o = self.iri.entity(rel.subject), GK[rel.predicate], self.iri.entity(rel.object)
            g.add((s, p, o))
            ev = self.evidence(rel.evidence, s, p, o)
            g.add((ev, RDF.subject, s))
            g.add((ev, RDF.predicate, p))
            g.add((ev, RDF.object, o))
            role = dict(rel.attrs).get("role")
            if rel.predicate == "memberOf":
                m = self.iri.node("membership", s, o, role or "")
                g.add((m, RDF.type, GK.Membership))
                g.add((m, GK.member, s))
                g.add((m, GK.organization, o))
                if role:
                    g.add((m, GK.role, zh(role)))
                g.add((m, GK.evidence, ev))
        for att in kg.attributes:
            s = self.iri.entity(att.subject)
            lit = date_literal(att.value) if att.datatype == "date" else zh(att.value)
            g.add((s, GK[att.predicate], lit))
            ev = self.evidence(att.evidence, s, att.predicate, att.value)
            g.add((ev, RDF.subject, s))
            g.add((ev, RDF.predicate, GK[att.predicate]))
            g.add((ev, RDF.object, lit))

    def add_awards(self, kg: KnowledgeGraph) -> None:
        """Award nodes plus the direct receivedTitle / conferredBy triples."""
        g = self.g
        for aw in kg.awards:
            r, t = self.iri.entity(aw.recipient), self.iri.entity(aw.title)
            node = self.iri.node("award", r, t, aw.conferred_by, aw.date)
            g.add((node, RDF.type, GK.Award))
            g.add((node, GK.recipient, r))
            g.add((node, GK.title, t))
            g.add((r, GK.receivedTitle, t))
            if aw.conferred_by:
                c = self.iri.entity(aw.conferred_by)
                g.add((node, GK.conferredBy, c))
                g.add((t, GK.conferredBy, c))
            if aw.date:
                g.add((node, GK.date, date_literal(aw.date)))
            g.add((node, GK.evidence, self.evidence(aw.evidence, "award", r, t)))

    def add_observations(self, kg: KnowledgeGraph) -> None:
        """Observation nodes: value, unit, measure, period, qualifier, evidence."""
        g = self.g
        for ob in kg.observations:
            about = self.iri.entity(ob.about)
            e = ob.evidence
            node = self.iri.node("observation", e.doc_id, e.start, e.end, about, ob.value)
            g.add((node, RDF.type, GK.Observation))
            g.add((node, GK.about, about))
            g.add((node, GK.value, decimal_literal(ob.value)))
            g.add((node, GK.unit, zh(ob.unit)))
            if ob.measure:
                g.add((node, GK.measure, zh(ob.measure)))
            if ob.period:
                g.add((node, GK.period, zh(ob.period)))
            if ob.qualifier:
                g.add((node, GK.qualifier, zh(ob.qualifier)))
            ev = self.evidence(e, "observation", about, ob.value)
            g.add((ev, NIF.anchorOf, Literal(ob.surface)))
            g.add((node, GK.evidence, ev))


def to_graph(kg: KnowledgeGraph, base: str = DEFAULT_BASE_IRI) -> Graph:
    """The RDF graph of a knowledge graph."""
    b = GraphBuilder(base)
    b.add_documents(kg)
    b.add_entities(kg)
    b.add_relations(kg)
    b.add_awards(kg)
    b.add_observations(kg)
    return b.g
