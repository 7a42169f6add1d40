"""Sections, paragraphs and sentences with character offsets into the original text."""
from __future__ import annotations

import re

from .model import Analysis, Section, Sentence, Span

# A sentence ends at 。！？； (and their ASCII forms) plus any closing quotes, or at a line break.
SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』）)]*|\n")
HEADING_MAX = 40
TERMINAL = "。！？；;!?,，:："


def sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Half-open (start, end) offsets of the sentences of text[start:], whitespace trimmed."""
    spans, pos = [], start
    for m in SENTENCE_END.finditer(text, start):
        spans.append((pos, m.end()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def lines(text: str, start: int) -> list[Span]:
    """Non-blank lines from start, trimmed."""
    out, pos = [], start
    for raw in text[start:].splitlines(keepends=True):
        s, e = pos, pos + len(raw.rstrip("\r\n"))
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Span(s, e))
        pos += len(raw)
    return out


def is_heading_line(line: str) -> bool:
    """A short line without sentence punctuation: a heading or a byline."""
    return len(line) <= HEADING_MAX and not any(c in line for c in TERMINAL)


def find_sections(text: str, start: int, is_speaker) -> list[Section]:
    """Speech blocks: a heading line, then a speaker line (is_speaker), then the body."""
    ls = lines(text, start)
    heads = [i for i in range(len(ls) - 1)
             if is_heading_line(ls[i].slice(text)) and is_heading_line(ls[i + 1].slice(text))
             and is_speaker(ls[i + 1].slice(text)) and not is_speaker(ls[i].slice(text))]
    sections = []
    for n, i in enumerate(heads):
        end_line = heads[n + 1] - 1 if n + 1 < len(heads) else len(ls) - 1
        body_start = ls[i + 2].start if i + 2 < len(ls) else ls[i + 1].end
        body_end = ls[end_line].end if end_line >= i + 2 else body_start
        sections.append(Section(heading=ls[i], speaker=ls[i + 1], body=Span(body_start, body_end)))
    return sections


def segment(analysis: Analysis, is_speaker) -> Analysis:
    """Add sections and sentences (the title counts as sentence 0)."""
    doc = analysis.document
    text = doc.text
    secs = find_sections(text, doc.body_start, is_speaker)
    sents: list[Sentence] = []
    if doc.title_span:
        sents.append(Sentence(0, doc.title_span.start, doc.title_span.end, doc.title))
    for s, e in sentences(text, doc.body_start):
        sec = next((k for k, sc in enumerate(secs) if sc.heading.start <= s < sc.body.end), None)
        sents.append(Sentence(len(sents), s, e, text[s:e], sec))
    from dataclasses import replace
    return replace(analysis, sentences=tuple(sents), sections=tuple(secs))
