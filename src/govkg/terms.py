"""RDF terms as Turtle or N-Triples text: IRIs (prefixed names for vocabulary), escaped literals."""
from __future__ import annotations

import re

from .rdf import PREFIXES
from .vocab import DEFAULT_BASE_IRI

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
# NUL as \u0000: emit.py marks where an N-Triples subject repeats with it, so no literal may hold one
ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f",
                         "\x00": "\\u0000"})
# Most literals need no escape: finding that out is ten times faster than translating them
NEEDS_ESCAPE = re.compile("[" + re.escape("".join(map(chr, ESCAPES))) + "]")


class Terms:
    """Terms as N-Triples text, or as Turtle with prefixed names and number shorthands."""

    def __init__(self, turtle: bool, base: str = DEFAULT_BASE_IRI) -> None:
        self.turtle, self.base = turtle, base
        self.names: dict[str, str] = {}      # vocabulary terms only: instance IRIs are too many to keep
        if turtle:
            self.integer = str                   # type: ignore[method-assign]
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
        quoted = '"' + (text.translate(ESCAPES) if NEEDS_ESCAPE.search(text) else text) + '"'
        return f"{quoted}@{lang}" if lang else quoted

    def typed(self, lexical: str, datatype: str) -> str:
        """A literal with a datatype."""
        return f"{self.string(lexical)}^^{self.iri(datatype)}"

    def integer(self, n: int) -> str:
        """An xsd:integer (replaced by str itself for Turtle in __init__: the commonest term)."""
        return f'"{n}"^^<{XSD}integer>'

    def boolean(self, b: bool) -> str:
        text = "true" if b else "false"
        return text if self.turtle else self.typed(text, XSD + "boolean")

    def literal(self, lit) -> str:
        """Any rdflib literal."""
        return self.typed(str(lit), str(lit.datatype)) if lit.datatype else self.string(str(lit), lit.language)
