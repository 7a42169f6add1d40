"""Large graphs straight to Turtle or N-Triples, without building an rdflib Graph.

rdflib needs about 1 KB and 20 µs per triple to hold a graph and 25 µs to write it as pretty
Turtle; a 10 MB corpus makes millions of triples. This module writes the same triples as
``rdf.to_graph`` (it mirrors GraphBuilder node by node: keep the two in step, the test
``test_stream_equals_to_graph`` compares them) as text, with bounded memory: documents,
sentences, evidence and observations are written as they are made; entities, memberships and
awards, which gather triples from several places, are written at the end, sorted. The output is
deterministic (it follows the knowledge graph's order) and uses the usual prefixes.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Callable, TextIO

from rdflib import Literal

from .errors import GraphError
from .model import Evidence, KnowledgeGraph
from .rdf import PREFIXES, IriMaker, date_literal, decimal_literal, digest, pinyin
from .vocab import DEFAULT_BASE_IRI, GK, NIF, SCHEMA
from .write import atomic_path

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"})
LARGE = 100_000          # estimated triples above which the build writes with this module
FORMATS = ("turtle", "ntriples")


def estimate_triples(kg: KnowledgeGraph) -> int:
    """About how many triples the graph of kg has (ten per evidence node)."""
    facts = sum(len(e.mentions) for e in kg.entities) + len(kg.relations) + len(kg.attributes)
    return 10 * (facts + len(kg.observations) + len(kg.awards)) + 6 * sum(map(len, kg.sentences.values()))


def is_large(kg: KnowledgeGraph) -> bool:
    """Whether kg is better written by this module than by rdflib."""
    return estimate_triples(kg) > LARGE


class Terms:
    """Terms as N-Triples text, or as Turtle with prefixed names and number shorthands."""

    def __init__(self, turtle: bool, base: str = DEFAULT_BASE_IRI) -> None:
        self.turtle, self.base = turtle, base
        self.names: dict[str, str] = {}      # vocabulary terms only: instance IRIs are too many to keep
        self.prefixes = {str(ns): p for p, ns in PREFIXES.items()} | {RDF: "rdf"}

    def iri(self, iri: str) -> str:
        """An IRI: a prefixed name when it is a vocabulary term, <...> otherwise."""
        if iri.startswith(self.base):
            return f"<{iri}>"
        text = self.names.get(iri)
        if text is None:
            text = f"<{iri}>"
            if self.turtle:
                ns, _, local = iri.rpartition("#") if "#" in iri else iri.rpartition("/")
                prefix = self.prefixes.get(ns + iri[len(ns)])
                if prefix and local.replace("_", "").isalnum() and local.isascii():
                    text = f"{prefix}:{local}"
            self.names[iri] = text
        return text

    def string(self, text: str, lang: str | None = None) -> str:
        """A plain or language-tagged literal."""
        quoted = '"' + text.translate(ESCAPES) + '"'
        return f"{quoted}@{lang}" if lang else quoted

    def typed(self, lexical: str, datatype: str) -> str:
        """A literal with a datatype."""
        return f"{self.string(lexical)}^^{self.iri(datatype)}"

    def integer(self, n: int) -> str:
        return str(n) if self.turtle else self.typed(str(n), XSD + "integer")

    def boolean(self, b: bool) -> str:
        text = "true" if b else "false"
        return text if self.turtle else self.typed(text, XSD + "boolean")

    def literal(self, lit: Literal) -> str:
        """Any rdflib literal."""
        return self.typed(str(lit), str(lit.datatype)) if lit.datatype else self.string(str(lit), lit.language)


class Emitter:
    """Writes the nodes of a knowledge graph, grouping the triples of each subject."""

    def __init__(self, out: Callable[[str], object], turtle: bool, base: str) -> None:
        self.out, self.t, self.iri, self.base = out, Terms(turtle, base), IriMaker(base), base
        self.vocab: dict[str, str] = {}
        self.grouped: dict[str, list[str]] = {}
        self.seen: set[int] = set()          # hashes of blocks written: a node made twice is written once
        self.count = 0
        self.decimals: dict[float, str] = {}
        self.where: dict[tuple[str, int], list[str]] = {}
        self.how: dict[tuple[str, bool, float], list[str]] = {}
        self.a = "a" if turtle else self.t.iri(RDF + "type")
        self.p = {name: self.t.iri(str(term)) for name, term in (
            ("document", GK.document), ("sentence", GK.sentence), ("begin", NIF.beginIndex), ("end", NIF.endIndex),
            ("rule", GK.rule), ("inferred", GK.inferred), ("confidence", GK.confidence), ("anchor", NIF.anchorOf),
            ("evidence", GK.evidence), ("subject", RDF + "subject"), ("predicate", RDF + "predicate"),
            ("object", RDF + "object"))}

    def node(self, subject: str, pos: list[str], once: bool = False) -> None:
        """Write one subject's predicate-object pairs now; a repeat with the same triples is skipped."""
        if self.t.turtle:
            text = f"{subject} " + " ;\n    ".join(pos) + " .\n\n"
        else:
            text = "".join(f"{subject} {po} .\n" for po in pos)
        if not once:
            h = hash(text)
            if h in self.seen:
                return
            self.seen.add(h)
        self.count += len(pos)
        self.out(text)

    def group(self, subject: str, po: str) -> None:
        """Keep a predicate-object pair of a subject written at the end."""
        self.grouped.setdefault(subject, []).append(po)

    def flush(self) -> None:
        """Write the grouped subjects, sorted, each pair once."""
        for subject in sorted(self.grouped):
            self.node(subject, list(dict.fromkeys(self.grouped[subject])), once=True)
        self.grouped.clear()

    def decimal(self, value: float) -> str:
        text = self.decimals.get(value)
        if text is None:
            text = self.decimals[value] = self.t.literal(decimal_literal(value))
        return text

    def uri(self, iri: str) -> str:
        return self.t.iri(iri)

    def gk(self, name: str) -> str:
        """A term of the govkg vocabulary (checked by the closed namespace once)."""
        text = self.vocab.get(name)
        if text is None:
            text = self.vocab[name] = self.t.iri(str(GK[name]))
        return text

    def doc_iri(self, doc_id: str, sentence: int | None = None) -> str:
        """IRI of a document or of one of its sentences (as IriMaker.document / .sentence)."""
        return f"{self.base}doc/{doc_id}" if sentence is None else f"{self.base}doc/{doc_id}/s{sentence}"

    def node_iri(self, kind: str, *parts: object) -> str:
        """IRI of an n-ary node (as IriMaker.node)."""
        return f"{self.base}{kind}/{digest(kind, *parts)}"

    def evidence(self, ev: Evidence, *fact: object, extra: tuple[str, ...] = ()) -> str:
        """Write an Evidence node (as rdf.GraphBuilder.evidence) with extra pairs; returns its term."""
        t, p = self.t, self.p
        node = f"<{self.node_iri('evidence', ev.doc_id, ev.start, ev.end, ev.rule, *fact)}>"
        where = self.where.get((ev.doc_id, ev.sentence))
        if where is None:   # the document and sentence pairs, the same for every fact of a sentence
            where = [f"{self.a} {self.gk('Evidence')}", f"{p['document']} {self.uri(self.doc_iri(ev.doc_id))}"]
            if ev.sentence >= 0:
                where.append(f"{p['sentence']} {self.uri(self.doc_iri(ev.doc_id, ev.sentence))}")
            self.where[(ev.doc_id, ev.sentence)] = where
        how = self.how.get((ev.rule, ev.inferred, ev.confidence))
        if how is None:     # rule, inferred and confidence: a few hundred combinations in a corpus
            how = self.how[(ev.rule, ev.inferred, ev.confidence)] = [
                f"{p['rule']} {t.string(ev.rule)}", f"{p['inferred']} {t.boolean(ev.inferred)}",
                f"{p['confidence']} {self.decimal(ev.confidence)}"]
        self.node(node, [*where, f"{p['begin']} {t.integer(ev.start)}", f"{p['end']} {t.integer(ev.end)}",
                         *how, *extra])
        return node

    def documents(self, kg: KnowledgeGraph) -> None:
        """Document and sentence nodes (rdf.GraphBuilder.add_documents)."""
        t, p, u = self.t, self.p, self.uri
        for doc in kg.documents:
            d = u(self.doc_iri(doc.doc_id))
            pos = [f"{self.a} {self.gk('Document')}", f"{u(DCTERMS + 'title')} {t.string(doc.title, 'zh')}",
                   f"{u(DCTERMS + 'source')} {t.string(doc.source)}", f"{u(NIF.isString)} {t.string(doc.text)}"]
            if doc.date:
                pos.append(f"{u(DCTERMS + 'date')} {t.literal(date_literal(doc.date))}")
            if doc.url:
                pos.append(f"{u(SCHEMA.url)} {t.typed(doc.url, XSD + 'anyURI')}")
            self.node(d, pos, once=True)
            for s in kg.sentences.get(doc.doc_id, ()):
                self.node(u(self.doc_iri(doc.doc_id, s.index)), [
                    f"{self.a} {self.gk('Sentence')}", f"{p['document']} {d}", f"{p['begin']} {t.integer(s.start)}",
                    f"{p['end']} {t.integer(s.end)}", f"{p['anchor']} {t.string(s.text)}"], once=True)

    def entities(self, kg: KnowledgeGraph) -> None:
        """Entity nodes and their mention evidence (rdf.GraphBuilder.add_entities)."""
        t, p, u = self.t, self.p, self.uri
        for ent in kg.entities:
            node = u(self.iri.entity(ent.key))
            self.group(node, f"{self.a} {self.gk(ent.cls)}")
            self.group(node, f"{u(RDFS + 'label')} {t.string(ent.name, 'zh')}")
            self.group(node, f"{self.gk('pinyin')} {t.string(pinyin(ent.name))}")
            for alias in ent.aliases:
                self.group(node, f"{u(SKOS + 'altLabel')} {t.string(alias, 'zh')}")
            for k, v in ent.attrs:
                if k == "kind":
                    self.group(node, f"{self.gk('kind')} {t.string(v, 'zh')}")
            for i, m in enumerate(ent.mentions):
                extra = (f"{p['anchor']} {t.string(m.surface)}",)
                if i < len(ent.resolutions):
                    extra += (f"{self.gk('resolvedBy')} {t.string(ent.resolutions[i])}",)
                ev = self.evidence(m.evidence, "mention", ent.cls, ent.name, extra=extra)
                self.group(node, f"{p['evidence']} {ev}")

    def relations(self, kg: KnowledgeGraph) -> None:
        """Direct triples with reified evidence, memberships, attributes (rdf.GraphBuilder.add_relations)."""
        t, p, u = self.t, self.p, self.uri
        for rel in kg.relations:
            s, pr, o = self.iri.entity(rel.subject), str(GK[rel.predicate]), self.iri.entity(rel.object)
            self.group(u(s), f"{u(pr)} {u(o)}")
            ev = self.evidence(rel.evidence, s, pr, o, extra=(
                f"{p['subject']} {u(s)}", f"{p['predicate']} {u(pr)}", f"{p['object']} {u(o)}"))
            role = dict(rel.attrs).get("role")
            if rel.predicate == "memberOf":
                m = u(self.node_iri("membership", s, o, role or ""))
                for po in (f"{self.a} {self.gk('Membership')}", f"{self.gk('member')} {u(s)}", f"{self.gk('organization')} {u(o)}",
                           *([f"{self.gk('role')} {t.string(role, 'zh')}"] if role else []), f"{p['evidence']} {ev}"):
                    self.group(m, po)
        for att in kg.attributes:
            s = self.iri.entity(att.subject)
            lit = t.literal(date_literal(att.value)) if att.datatype == "date" else t.string(att.value, "zh")
            self.group(u(s), f"{self.gk(att.predicate)} {lit}")
            self.evidence(att.evidence, s, att.predicate, att.value, extra=(
                f"{p['subject']} {u(s)}", f"{p['predicate']} {self.gk(att.predicate)}", f"{p['object']} {lit}"))

    def awards(self, kg: KnowledgeGraph) -> None:
        """Award nodes plus receivedTitle / conferredBy (rdf.GraphBuilder.add_awards)."""
        u = self.uri
        for aw in kg.awards:
            r, ti = self.iri.entity(aw.recipient), self.iri.entity(aw.title)
            node = u(self.node_iri("award", r, ti, aw.conferred_by, aw.date))
            pos = [f"{self.a} {self.gk('Award')}", f"{self.gk('recipient')} {u(r)}", f"{self.gk('title')} {u(ti)}"]
            self.group(u(r), f"{self.gk('receivedTitle')} {u(ti)}")
            if aw.conferred_by:
                c = u(self.iri.entity(aw.conferred_by))
                pos.append(f"{self.gk('conferredBy')} {c}")
                self.group(u(ti), f"{self.gk('conferredBy')} {c}")
            if aw.date:
                pos.append(f"{self.gk('date')} {self.t.literal(date_literal(aw.date))}")
            pos.append(f"{self.p['evidence']} {self.evidence(aw.evidence, 'award', r, ti)}")
            for po in pos:
                self.group(node, po)

    def observations(self, kg: KnowledgeGraph) -> None:
        """Observation nodes (rdf.GraphBuilder.add_observations)."""
        t, u = self.t, self.uri
        for ob in kg.observations:
            about, e = self.iri.entity(ob.about), ob.evidence
            node = u(self.node_iri("observation", e.doc_id, e.start, e.end, about, ob.value))
            pos = [f"{self.a} {self.gk('Observation')}", f"{self.gk('about')} {u(about)}", f"{self.gk('value')} {self.decimal(ob.value)}",
                   f"{self.gk('unit')} {t.string(ob.unit, 'zh')}"]
            for prop, value in (("measure", ob.measure), ("period", ob.period), ("qualifier", ob.qualifier)):
                if value:
                    pos.append(f"{self.gk(prop)} {t.string(value, 'zh')}")
            ev = self.evidence(e, "observation", about, ob.value, extra=(f"{self.p['anchor']} {t.string(ob.surface)}",))
            self.node(node, pos + [f"{self.p['evidence']} {ev}"])


def write_stream(kg: KnowledgeGraph, fh: TextIO, fmt: str = "turtle", base: str = DEFAULT_BASE_IRI) -> int:
    """Write kg's graph as Turtle or N-Triples to a text file; returns the number of triples written."""
    buf: list[str] = []

    def out(text: str) -> None:
        buf.append(text)
        if len(buf) >= 4096:
            fh.write("".join(buf))
            buf.clear()

    em = Emitter(out, fmt == "turtle", base)
    if em.t.turtle:
        names = sorted({**{p: str(ns) for p, ns in PREFIXES.items()}, "rdf": RDF}.items())
        fh.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in names) + "\n")
    em.documents(kg)
    em.entities(kg)
    em.relations(kg)
    em.awards(kg)
    em.observations(kg)
    em.flush()
    fh.write("".join(buf))
    return em.count


def write_kg(kg: KnowledgeGraph, target: Path, fmt: str = "turtle", base: str = DEFAULT_BASE_IRI) -> int:
    """Write kg's graph to target atomically (Turtle or N-Triples); returns the number of triples."""
    with atomic_path(target) as raw:
        fh = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        count = write_stream(kg, fh, fmt, base)
        fh.flush()
        fh.detach()
    return count


def write_output(result, target: Path, fmt: str = "turtle", base: str = DEFAULT_BASE_IRI) -> int:
    """Write a build's graph file: streamed from the knowledge graph when large, by rdflib otherwise; returns triples."""
    from .write import write_graph
    if fmt in FORMATS and (result.graph is None or is_large(result.kg)):
        return write_kg(result.kg, target, fmt, base)
    if result.graph is None:
        raise GraphError(f"{fmt} needs the whole graph in memory; build with the graph (or write turtle/ntriples)")
    write_graph(result.graph, target, fmt)
    return len(result.graph)
