"""Plain frozen data classes passed between the pipeline stages.

Offsets are half-open character offsets into ``Document.text``: the decoded
text of the original file, never a rewritten copy.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter


def record(cls):
    """A frozen data class with slots (a tenth less memory for a corpus's analyses) that pickles as
    its class and field values: the default for slots calls Python code per field and doubles the
    time workers spend sending analyses back."""
    cls = dataclass(frozen=True, slots=True)(cls)
    values = attrgetter(*(f.name for f in fields(cls)))
    if len(fields(cls)) == 1:
        cls.__reduce__ = lambda self: (cls, (values(self),))
    else:
        cls.__reduce__ = lambda self: (cls, values(self))
    return cls


@record
class Span:
    """A half-open character range [start, end) in a document's text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        """The covered text."""
        return text[self.start:self.end]


@record
class Section:
    """One speech-like block: a heading line, a speaker line, a body."""

    heading: Span
    speaker: Span | None
    body: Span


@record
class Document:
    """One input article."""

    doc_id: str
    source: str
    text: str
    title: str
    date: str | None = None          # ISO date (YYYY-MM-DD) or year (YYYY)
    url: str | None = None
    title_span: Span | None = None
    body_start: int = 0
    norm_text: str | None = None     # text in Simplified characters, one for one (default: made when extracting)

    @property
    def year(self) -> int | None:
        """The year of the document's date, if known."""
        return int(self.date[:4]) if self.date else None


@record
class Sentence:
    """A sentence with its offsets in the document text."""

    index: int
    start: int
    end: int
    text: str
    section: int | None = None       # index into Analysis.sections


@record
class Evidence:
    """Where a fact comes from and which rule produced it."""

    doc_id: str
    sentence: int                    # Sentence.index; -1 when document-level
    start: int
    end: int
    rule: str
    inferred: bool = False
    confidence: float = 1.0


@record
class Mention:
    """A surface form of an entity in the text, already given a canonical name."""

    cls: str                         # ontology class local name (Organization, Person, ...)
    name: str                        # canonical (full) name
    surface: str                     # the text as written at start:end
    evidence: Evidence
    aliases: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()   # e.g. (("kind", "条例"),)

    @property
    def key(self) -> tuple[str, str]:
        """Deterministic entity key: class + canonical name."""
        return (self.cls, self.name)


@record
class Relation:
    """A typed link between two entity keys, with its evidence."""

    subject: tuple[str, str]
    predicate: str                   # ontology property local name (spokeAt, memberOf, ...)
    object: tuple[str, str]
    evidence: Evidence
    attrs: tuple[tuple[str, str], ...] = ()   # e.g. (("role", "厅长"),)


@record
class Attribute:
    """A literal-valued fact about an entity (startDate, endDate, kind, ...)."""

    subject: tuple[str, str]
    predicate: str
    value: str
    datatype: str                    # "date", "gYear", "string"
    evidence: Evidence


@record
class Observation:
    """A statistic the text reports about an entity."""

    about: tuple[str, str]
    value: float
    unit: str
    measure: str
    evidence: Evidence
    period: str | None = None
    qualifier: str | None = None     # 余 / 多 / 以上 / 近 ...
    surface: str = ""


@record
class Award:
    """A recipient received an honorary title, conferred by a body, at a date."""

    recipient: tuple[str, str]
    title: tuple[str, str]
    evidence: Evidence
    conferred_by: tuple[str, str] | None = None
    date: str | None = None


@record
class Entity:
    """A resolved entity: one node in the graph."""

    cls: str
    name: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    attrs: tuple[tuple[str, str], ...] = ()
    resolutions: tuple[str, ...] = ()   # per mention: how resolve joined it (same name, shared form)

    @property
    def key(self) -> tuple[str, str]:
        """Deterministic entity key: class + canonical name."""
        return (self.cls, self.name)


@record
class Analysis:
    """The one object that travels through the extraction stages of one document."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    sections: tuple[Section, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    attributes: tuple[Attribute, ...] = ()
    observations: tuple[Observation, ...] = ()
    awards: tuple[Award, ...] = ()


@record
class KnowledgeGraph:
    """Everything extracted from a corpus, resolved into entities."""

    documents: tuple[Document, ...]
    sentences: dict = field(default_factory=dict)      # doc_id -> tuple[Sentence, ...]
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    attributes: tuple[Attribute, ...] = ()
    observations: tuple[Observation, ...] = ()
    awards: tuple[Award, ...] = ()
    # doc_id -> the (entity key, index in its mentions) of the document's mentions, in the order of
    # resolve.mention_refs; made while resolving, beside extraction (None: made when writing)
    mention_refs: dict | None = field(default=None, compare=False)


@dataclass
class DocItems:
    """What one document contributed once its names are resolved: mentions as (mention, entity key,
    reason it joined) triples in the order they are written, and its facts pointed at entities."""

    mentions: list = field(default_factory=list)
    relations: list = field(default_factory=list)
    attributes: list = field(default_factory=list)
    awards: list = field(default_factory=list)
    observations: list = field(default_factory=list)
