"""A knowledge graph as Turtle or N-Triples text, one document at a time (used by ``stream``).

The text holds the same triples as ``rdf.to_graph`` (it mirrors GraphBuilder node by node: keep
the two in step, the test ``test_stream_equals_to_graph`` compares them). A document's part is its
node, its sentences, and the evidence and observation nodes of everything found in it; it
depends only on the document and the resolved entities, so parts can be written anywhere.
Entities, memberships and awards gather pairs from many documents; an Emitter keeps those
(``grouped``) and ``flush`` writes them at the end, sorted; an entity's links to the evidence of
its mentions are written with that evidence.
"""
from __future__ import annotations

from hashlib import sha1
from itertools import groupby
from operator import attrgetter

from .model import DocItems, Evidence, KnowledgeGraph
from .rdf import PREFIXES, IriMaker, date_type, decimal_text, pinyin
from .resolve import mention_refs
from .terms import DCTERMS, RDF, RDFS, SKOS, XSD, Terms
from .vocab import DEFAULT_BASE_IRI, GK, NIF, SCHEMA

HOLE = "\x00"                # in an N-Triples block: where the subject goes again
SEP = "\x1f"                 # between the parts of a hashed node
DOC_OF = attrgetter("evidence.doc_id")


class Plan:
    """The knowledge graph arranged for writing: entity IRIs once, facts grouped by document."""

    def __init__(self, kg: KnowledgeGraph, base: str = DEFAULT_BASE_IRI) -> None:
        self.kg, self.base = kg, base
        self.maker = IriMaker(base)
        self.iris: dict[tuple[str, str], str] = {}      # made when first needed: in the process that writes
        self.spool = None                               # a spool.SpooledGraph whose batches are written
        self.subjects: list[str] = []                   # at the end: the grouped subjects, sorted, and their pairs
        self.grouped: dict[str, list[str]] = {}
        self.owners: dict = {}                          # and the entities among them, by IRI
        self.items: dict[str, DocItems] = {d.doc_id: DocItems() for d in kg.documents}
        self.by_key = {ent.key: ent for ent in kg.entities}
        self.refs = kg.mention_refs if kg.mention_refs is not None else mention_refs(kg.entities)
        for kind in ("relations", "attributes", "awards", "observations"):
            for doc_id, run in groupby(getattr(kg, kind), key=DOC_OF):     # facts come ordered by document
                getattr(self.items[doc_id], kind).extend(run)

    def mentions(self, doc_id: str):
        """A document's mentions as (mention, entity key, reason it joined), in the order written."""
        by_key = self.by_key
        for key, mi in self.refs.get(doc_id, ()):
            ent = by_key[key]
            yield ent.mentions[mi], key, ent.resolutions[mi] if mi < len(ent.resolutions) else None

    def entity(self, key: tuple[str, str]) -> str:
        """An entity's IRI as a term."""
        iri = self.iris.get(key)
        if iri is None:
            iri = self.iris[key] = f"<{self.maker.entity_text(key)}>"
        return iri


def node_hash(*parts: str) -> str:
    """rdf.digest of the parts, given as strings (str() of what rdf.py hashes)."""
    return sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]


class Emitter:
    """Writes nodes, grouping the triples of each subject; `sink` (a stream.Batches) receives the
    text: ``sink.add(text)`` for each node, ``sink.check()`` after each document and now and then."""

    def __init__(self, sink, turtle: bool, base: str = DEFAULT_BASE_IRI) -> None:
        self.sink, self.out, self.turtle, self.base = sink, sink.add, turtle, base
        t = self.t = Terms(turtle, base)
        self.sep = " ;\n    " if turtle else f" .\n{HOLE} "
        self.end = " .\n\n" if turtle else " .\n"
        self.grouped: dict[str, list[str]] = {}
        self.seen: set[int] = set()          # hashes of blocks written: a node made twice is written once
        self.count = 0
        self.vocab: dict[str, str] = {}
        self.full: dict[str, str] = {}
        self.decimals: dict[float, str] = {}
        self.where: dict[tuple[str, int], str] = {}
        self.how: dict[tuple[str, bool, float], str] = {}
        self.reasons: dict[str, str] = {}        # how a mention joined its entity, as a literal
        self.surfaces: dict[str, str] = {}       # a mention's words, as the pair that anchors them
        self.a = "a" if turtle else t.iri(RDF + "type")
        self.p = {name: t.iri(str(term)) for name, term in (
            ("document", GK.document), ("sentence", GK.sentence), ("begin", NIF.beginIndex), ("end", NIF.endIndex),
            ("rule", GK.rule), ("inferred", GK.inferred), ("confidence", GK.confidence), ("anchor", NIF.anchorOf),
            ("evidence", GK.evidence), ("subject", RDF + "subject"), ("predicate", RDF + "predicate"),
            ("object", RDF + "object"), ("label", RDFS + "label"), ("alt", SKOS + "altLabel"))}
        self.mid = f"{self.sep}{self.p['end']} "

    def node(self, subject: str, body: str, pairs: int, once: bool = False) -> None:
        """Write one subject with its pairs (joined by self.sep); a repeat of the same block is skipped."""
        if self.turtle:
            text = f"{subject} {body}{self.end}"
        else:
            text = f"{subject} {body.replace(HOLE, subject)}{self.end}"
        if not once:
            h = hash(text)
            if h in self.seen:
                return
            self.seen.add(h)
        self.count += pairs
        self.out(text)

    def group(self, subject: str, po: str) -> None:
        """Keep a predicate-object pair of a subject written at the end."""
        pos = self.grouped.get(subject)
        if pos is None:
            self.grouped[subject] = [po]
        else:
            pos.append(po)

    def flush(self) -> None:
        """Write the grouped subjects, sorted, each pair once."""
        self.write_grouped(sorted(self.grouped), self.grouped)
        self.grouped.clear()

    def write_grouped(self, subjects: list[str], grouped: dict[str, list[str]], owners: dict | None = None) -> None:
        """Write these subjects with their pairs in grouped, each pair once; a subject that is an
        entity of owners (its IRI -> the Entity) has its own pairs first."""
        for i, subject in enumerate(subjects):
            ent = owners.get(subject) if owners else None
            pos = grouped[subject] if ent is None else self.own_pairs(ent) + grouped.get(subject, [])
            pos = list(dict.fromkeys(pos))
            self.node(subject, self.sep.join(pos), len(pos), once=True)
            if not i & 1023:
                self.sink.check()

    def gk(self, name: str) -> str:
        """A term of the govkg vocabulary (checked by the closed namespace once)."""
        text = self.vocab.get(name)
        if text is None:
            text = self.vocab[name] = self.t.iri(str(GK[name]))
        return text

    def _full(self, name: str) -> str:
        """The full IRI of a govkg term, as a string (rdflib's closed namespace checks it once)."""
        text = self.full[name] = str(GK[name])
        return text

    def decimal(self, value: float) -> str:
        text = self.decimals.get(value)
        if text is None:
            text = self.decimals[value] = self.t.typed(decimal_text(value), XSD + "decimal")
        return text

    def doc_iri(self, doc_id: str, sentence: int | None = None) -> str:
        """IRI of a document or of one of its sentences (as IriMaker.document / .sentence)."""
        return f"<{self.base}doc/{doc_id}>" if sentence is None else f"<{self.base}doc/{doc_id}/s{sentence}>"

    def evidence(self, ev: Evidence, fact: tuple[str, ...], extra: str = "", n_extra: int = 0) -> str:
        """Write an Evidence node (as rdf.GraphBuilder.evidence) for the fact (the parts rdf.py hashes, as
        strings), with extra pairs (each led by self.sep); returns its term. The hottest code of a large
        build: node() is inlined and the pairs shared by many nodes are joined once."""
        where = self.where.get((ev.doc_id, ev.sentence)) or self._where(ev)
        how = self.how.get((ev.rule, ev.inferred, ev.confidence)) or self._how(ev)
        start, end = str(ev.start), str(ev.end)
        digest = sha1(f"evidence\x1f{ev.doc_id}\x1f{start}\x1f{end}\x1f{ev.rule}\x1f{SEP.join(fact)}".encode()).hexdigest()
        node = f"<{self.base}evidence/{digest[:10]}>"
        if self.turtle:
            text = f"{node} {where}{start}{self.mid}{end}{how}{extra}{self.end}"
        else:
            num = self.t.integer
            text = f"{node} {where}{num(ev.start)}{self.mid}{num(ev.end)}{how}{extra}".replace(HOLE, node) + self.end
        h = hash(text)
        if h not in self.seen:
            self.seen.add(h)
            self.count += (3 if ev.sentence >= 0 else 2) + 5 + n_extra
            self.out(text)
        return node

    def _where(self, ev: Evidence) -> str:
        """The pairs before the offsets: the same for every fact of a sentence."""
        pos = [f"{self.a} {self.gk('Evidence')}", f"{self.p['document']} {self.doc_iri(ev.doc_id)}"]
        if ev.sentence >= 0:
            pos.append(f"{self.p['sentence']} {self.doc_iri(ev.doc_id, ev.sentence)}")
        text = self.where[(ev.doc_id, ev.sentence)] = self.sep.join(pos) + f"{self.sep}{self.p['begin']} "
        return text

    def _how(self, ev: Evidence) -> str:
        """Rule, inferred and confidence: a few hundred combinations in a corpus."""
        text = self.how[(ev.rule, ev.inferred, ev.confidence)] = (
            f"{self.sep}{self.p['rule']} {self.t.string(ev.rule)}{self.sep}{self.p['inferred']} "
            f"{self.t.boolean(ev.inferred)}{self.sep}{self.p['confidence']} {self.decimal(ev.confidence)}")
        return text

    def entity_pairs(self, plan: Plan, which: range) -> None:
        """The own pairs of these entities, grouped."""
        for ent in plan.kg.entities[which.start:which.stop]:
            node = plan.entity(ent.key)
            for po in self.own_pairs(ent):
                self.group(node, po)

    def own_pairs(self, ent) -> list[str]:
        """Class, labels, pinyin, aliases and kind of an entity (rdf.GraphBuilder.add_entities)."""
        t, p, gk = self.t, self.p, self.gk
        return [f"{self.a} {gk(ent.cls)}", f"{p['label']} {t.string(ent.name, 'zh')}",
                f"{gk('pinyin')} {t.string(pinyin(ent.name))}",
                *(f"{p['alt']} {t.string(alias, 'zh')}" for alias in ent.aliases),
                *(f"{gk('kind')} {t.string(v, 'zh')}" for k, v in ent.attrs if k == "kind")]

    def document(self, plan: Plan, index: int) -> None:
        """Everything of the plan's index-th document."""
        doc = plan.kg.documents[index]
        self.document_part(plan, doc, plan.kg.sentences.get(doc.doc_id, ()), plan.mentions(doc.doc_id),
                           plan.items[doc.doc_id])

    def document_part(self, plan: Plan, doc, sentences, mentions, items: DocItems) -> None:
        """Everything of one document: its node, sentences, mentions' evidence (from (mention, entity
        key, reason) triples) and facts; plan gives only the entities' IRIs."""
        t, p, sep = self.t, self.p, self.sep
        d = self.doc_iri(doc.doc_id)
        pos = [f"{self.a} {self.gk('Document')}", f"{t.iri(DCTERMS + 'title')} {t.string(doc.title, 'zh')}",
               f"{t.iri(DCTERMS + 'source')} {t.string(doc.source)}", f"{t.iri(NIF.isString)} {t.string(doc.text)}"]
        if doc.date:
            pos.append(f"{t.iri(DCTERMS + 'date')} {t.typed(doc.date, date_type(doc.date))}")
        if doc.url:
            pos.append(f"{t.iri(str(SCHEMA.url))} {t.typed(doc.url, XSD + 'anyURI')}")
        self.node(d, sep.join(pos), len(pos), once=True)
        head = f"{self.a} {self.gk('Sentence')}{sep}{p['document']} {d}{sep}{p['begin']} "
        for s in sentences:
            self.node(self.doc_iri(doc.doc_id, s.index), f"{head}{t.integer(s.start)}{self.mid}{t.integer(s.end)}"
                      f"{sep}{p['anchor']} {t.string(s.text)}", 5, once=True)
        self.seen.clear()       # a node made twice is made twice in one document: its IRI names the document
        self.where.clear()      # keyed by document: of no use to the next
        self.mentions(plan, mentions)
        self.relations(plan, items)
        self.awards(plan, items.awards)
        self.observations(plan, items.observations)
        self.sink.check()

    def mentions(self, plan: Plan, mentions) -> None:
        """Mention evidence, linked from its entity (rdf.GraphBuilder.add_entities); mentions are
        (mention, entity key, reason it joined or None) triples."""
        t, reasons, surfaces = self.t, self.reasons, self.surfaces
        anchor, resolved = f"{self.sep}{self.p['anchor']} ", f"{self.sep}{self.gk('resolvedBy')} "
        link, end, seen, out, evidence = f" {self.p['evidence']} ", self.end, self.seen, self.out, self.evidence
        for m, key, why in mentions:
            surface = surfaces.get(m.surface)
            if surface is None:
                surface = surfaces[m.surface] = anchor + t.string(m.surface)
            if why is not None:
                ev = evidence(m.evidence, ("mention", *key),
                              surface + resolved + (reasons.get(why) or reasons.setdefault(why, t.string(why))), 2)
            else:
                ev = evidence(m.evidence, ("mention", *key), surface, 1)
            # written here, not grouped: an entity may have thousands of mentions in a large corpus
            text = f"{plan.entity(key)}{link}{ev}{end}"      # self.node, inlined
            h = hash(text)
            if h not in seen:
                seen.add(h)
                self.count += 1
                out(text)

    def relations(self, plan: Plan, items: DocItems) -> None:
        """Direct triples with reified evidence, memberships, attributes (rdf.GraphBuilder.add_relations)."""
        t, p, sep, gk, full = self.t, self.p, self.sep, self.gk, self.full
        rs, rp, ro = f"{sep}{p['subject']} ", f"{sep}{p['predicate']} ", f"{sep}{p['object']} "
        for rel in items.relations:
            s, o, pr = plan.entity(rel.subject), plan.entity(rel.object), gk(rel.predicate)
            self.group(s, f"{pr} {o}")
            ev = self.evidence(rel.evidence, (s[1:-1], full.get(rel.predicate) or self._full(rel.predicate), o[1:-1]),
                               f"{rs}{s}{rp}{pr}{ro}{o}", 3)
            if rel.predicate == "memberOf":
                role = dict(rel.attrs).get("role")
                m = f"<{self.base}membership/{node_hash('membership', s[1:-1], o[1:-1], role or '')}>"
                for po in (f"{self.a} {gk('Membership')}", f"{gk('member')} {s}", f"{gk('organization')} {o}",
                           *([f"{gk('role')} {t.string(role, 'zh')}"] if role else []), f"{p['evidence']} {ev}"):
                    self.group(m, po)
        for att in items.attributes:
            s = plan.entity(att.subject)
            lit = t.typed(att.value, date_type(att.value)) if att.datatype == "date" else t.string(att.value, "zh")
            self.group(s, f"{gk(att.predicate)} {lit}")
            self.evidence(att.evidence, (s[1:-1], att.predicate, att.value),
                          f"{sep}{p['subject']} {s}{sep}{p['predicate']} {gk(att.predicate)}{sep}{p['object']} {lit}", 3)

    def awards(self, plan: Plan, awards: list) -> None:
        """Award nodes plus receivedTitle / conferredBy (rdf.GraphBuilder.add_awards)."""
        gk = self.gk
        for aw in awards:
            r, ti = plan.entity(aw.recipient), plan.entity(aw.title)
            node = f"<{self.base}award/{node_hash('award', r[1:-1], ti[1:-1], str(aw.conferred_by), str(aw.date))}>"
            pos = [f"{self.a} {gk('Award')}", f"{gk('recipient')} {r}", f"{gk('title')} {ti}"]
            self.group(r, f"{gk('receivedTitle')} {ti}")
            if aw.conferred_by:
                c = plan.entity(aw.conferred_by)
                pos.append(f"{gk('conferredBy')} {c}")
                self.group(ti, f"{gk('conferredBy')} {c}")
            if aw.date:
                pos.append(f"{gk('date')} {self.t.typed(aw.date, date_type(aw.date))}")
            pos.append(f"{self.p['evidence']} {self.evidence(aw.evidence, ('award', r[1:-1], ti[1:-1]))}")
            for po in pos:
                self.group(node, po)

    def observations(self, plan: Plan, observations: list) -> None:
        """Observation nodes (rdf.GraphBuilder.add_observations)."""
        t, gk = self.t, self.gk
        for ob in observations:
            about, e = plan.entity(ob.about), ob.evidence
            node = f"<{self.base}observation/{node_hash('observation', e.doc_id, str(e.start), str(e.end), about[1:-1], str(ob.value))}>"
            pos = [f"{self.a} {gk('Observation')}", f"{gk('about')} {about}", f"{gk('value')} {self.decimal(ob.value)}",
                   f"{gk('unit')} {t.string(ob.unit, 'zh')}"]
            for prop, value in (("measure", ob.measure), ("period", ob.period), ("qualifier", ob.qualifier)):
                if value:
                    pos.append(f"{gk(prop)} {t.string(value, 'zh')}")
            ev = self.evidence(e, ("observation", about[1:-1], str(ob.value)), f"{self.sep}{self.p['anchor']} {t.string(ob.surface)}", 1)
            pos.append(f"{self.p['evidence']} {ev}")
            self.node(node, self.sep.join(pos), len(pos))


def prefixes() -> str:
    """The Turtle prefix lines."""
    names = sorted({**{p: str(ns) for p, ns in PREFIXES.items()}, "rdf": RDF}.items())
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in names) + "\n"
