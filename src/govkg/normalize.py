"""Traditional -> Simplified, one character for one, so offsets stay valid in the original text.

The extractors match Simplified lexicons, so they run on ``Document.norm_text``; afterwards
``restore`` puts the original text back into surfaces, sentences and names, so labels keep
what the document wrote.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import fields, is_dataclass, replace
from functools import lru_cache

from .model import Analysis, Document, Mention, Sentence

Key = tuple[str, str]


@lru_cache(maxsize=1)
def _converter():
    from opencc import OpenCC
    return OpenCC("t2s")


@lru_cache(maxsize=65536)
def simplified_char(ch: str) -> str:
    """The Simplified form of one character (itself when it has none of exactly one character)."""
    out = _converter().convert(ch)
    return out if len(out) == 1 else ch


class _Table(dict):
    """Code point -> code point of its Simplified form for str.translate, filled as characters are
    first met: the loop over the text stays in C, and each character is converted once."""

    def __missing__(self, code: int) -> int:
        ch = chr(code)
        self[code] = out = ord(simplified_char(ch)) if ch > "\u2e7f" else code
        return out


_TABLE = _Table()


def simplify(text: str) -> str | None:
    """The text with every character in Simplified form, or None when nothing changes."""
    out = text.translate(_TABLE)
    return out if out != text else None


def with_norm_text(doc: Document) -> Document:
    """The document with norm_text set when Traditional characters occur."""
    return replace(doc, norm_text=simplify(doc.text))


def working_copy(doc: Document) -> Document:
    """The document the extractors see: its text is the normalized text (itself if nothing changed).
    Made here, per document (in a worker when there are several), unless the reader gave it."""
    norm = doc.norm_text or simplify(doc.text)
    if not norm:
        return doc
    title = norm[doc.title_span.start:doc.title_span.end] if doc.title_span else doc.title
    return replace(doc, text=norm, title=title, norm_text=None)


class _Restorer:
    """Maps Simplified names back to the document's own characters."""

    def __init__(self, original: str, norm: str, mentions: tuple[Mention, ...]) -> None:
        pairs = Counter((n, o) for o, n in zip(original, norm) if o != n)
        self.chars: dict[str, str] = {}
        for (n, o), _ in sorted(pairs.items(), key=lambda kv: -kv[1]):
            self.chars.setdefault(n, o)
        self.names: dict[str, str] = {}
        for m in mentions:      # a name written in full at its span takes exactly that spelling
            ev = m.evidence
            if norm[ev.start:ev.end] == m.name:
                self.names.setdefault(m.name, original[ev.start:ev.end])

    def text(self, s: str) -> str:
        if s not in self.names:
            self.names[s] = "".join(self.chars.get(c, c) for c in s)
        return self.names[s]

    def key(self, k: Key | None) -> Key | None:
        return (k[0], self.text(k[1])) if k else k


KEY_FIELDS = ("subject", "object", "about", "recipient", "title", "conferred_by")


def _restore_item(item, r: _Restorer, original: str):
    changes = {f: r.key(getattr(item, f)) for f in KEY_FIELDS if hasattr(item, f)}
    if isinstance(item, Mention):
        ev = item.evidence
        changes.update(name=r.text(item.name), surface=original[ev.start:ev.end],
                       aliases=tuple(r.text(x) for x in item.aliases))
    elif isinstance(item, Sentence):
        changes["text"] = original[item.start:item.end]
    elif hasattr(item, "surface"):
        changes["surface"] = r.text(item.surface)
    return replace(item, **changes) if changes else item


def restore(a: Analysis, doc: Document) -> Analysis:
    """The analysis of a working copy, mapped back onto the original document."""
    if a.document is doc:
        return a
    r = _Restorer(doc.text, a.document.text, a.mentions)
    out = {f.name: tuple(_restore_item(x, r, doc.text) if is_dataclass(x) else x for x in getattr(a, f.name))
           for f in fields(a) if f.name not in ("document", "sections")}
    return replace(a, document=doc, **out)
