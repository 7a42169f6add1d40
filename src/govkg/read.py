"""Files and folders -> Document (title, date, source, text): text, Markdown, HTML, JSON Lines.

A bad file is an InputError naming the file and the reason; ``read_corpus`` collects them and
goes on with the other files unless asked to be strict.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from .charsets import decode_bytes
from .errors import InputError
from .html import declared_charset, html_to_text, iso_date
from .model import Document, Span

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".jsonl")
DEFAULT_MAX_SIZE = 20_000_000      # bytes per document: a long report is ~1 MB; extraction is linear
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Datelines seen in the genre: "03.08.2016  20:05", "2016-08-03", "2016年8月3日", "2023".
DATELINES = (
    (re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+\d{1,2}:\d{2})?\s*$"), ("d", "m", "y")),
    (re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$"), ("y", "m", "d")),
    (re.compile(r"^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:\d{1,2}:\d{2})?\s*$"), ("y", "m", "d")),
    (re.compile(r"^\s*(\d{4})\s*$"), ("y",)),
)


def parse_size(text: str) -> int:
    """Bytes from "20000000", "500K", "20M" or "1G" (powers of 1000); ValueError otherwise."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?)B?\s*", text, re.I)
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"{text!r} is not a size such as 20000000, 500K, 20M or 1G")
    return int(float(m.group(1)) * 1000 ** " KMG".index(m.group(2).upper() or " "))


def human_size(n: int) -> str:
    """A size for people: 52.4 MB, 3.0 KB, 12 bytes."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def parse_dateline(line: str) -> str | None:
    """An ISO date (or bare year) from a dateline, or None."""
    for pattern, order in DATELINES:
        m = pattern.match(line)
        if m:
            parts = dict(zip(order, m.groups()))
            if "m" not in parts:
                return parts["y"]
            y, mo, d = int(parts["y"]), int(parts["m"]), int(parts["d"])
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def shown(path: Path | str) -> str:
    """The path as text for messages and sources: a name that is not UTF-8 shows U+FFFD, never a surrogate."""
    return os.fsencode(path).decode("utf-8", "replace")


def doc_id_for(path: Path) -> str:
    """A stable document id: the file stem, made IRI-safe."""
    stem = re.sub(r"[^A-Za-z0-9_.-]", "_", path.stem) or "doc"
    if stem.strip("_") == "":
        stem = "doc_" + hashlib.sha1(os.fsencode(path.name)).hexdigest()[:8]
    return stem


def decode(path: Path, data: bytes, encoding: str | None = None, hint: str | None = None) -> str:
    """Bytes -> text: the given encoding, else detected (UTF-8 with or without BOM, UTF-16, GB18030, Big5)."""
    if not data.strip():
        raise InputError(shown(path), "the file is empty")
    return decode_bytes(shown(path), data, encoding, hint)


def parse_text(text: str, source: str, doc_id: str, url: str | None = None) -> Document:
    """A Document from decoded text: first line the title, then an optional dateline."""
    # one character for one keeps offsets; a lone surrogate cannot be written as UTF-8
    text = LONE_SURROGATE.sub("\ufffd", text)
    lines = text.splitlines(keepends=True)
    pos, title, title_span, date, body_start = 0, "", None, None, 0
    idx = 0
    while idx < len(lines) and not lines[idx].strip():
        pos += len(lines[idx])
        idx += 1
    if idx < len(lines):
        raw = lines[idx]
        stripped = raw.strip()
        marks = len(stripped) - len(stripped.lstrip("#").lstrip())     # a Markdown heading
        lead = len(raw) - len(raw.lstrip()) + marks
        title = stripped[marks:]
        title_span = Span(pos + lead, pos + lead + len(title))
        pos += len(raw)
        idx += 1
        body_start = pos
        # the dateline: the first non-empty line after the title, if it is one
        j, p2 = idx, pos
        while j < len(lines) and not lines[j].strip():
            p2 += len(lines[j])
            j += 1
        if j < len(lines):
            found = parse_dateline(lines[j])
            if found:
                date = found
                body_start = p2 + len(lines[j])
    return Document(doc_id=doc_id, source=source, text=text, title=title, date=date, url=url,
                    title_span=title_span, body_start=body_start)


def _read_bytes(path: Path, max_size: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_size:
            raise InputError(shown(path), f"the file is {human_size(size)}, above the limit of {human_size(max_size)} "
                                   "(raise it with --max-size)")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(shown(path), "the file does not exist (it may have been moved or deleted)") from None
    except IsADirectoryError:
        raise InputError(shown(path), "is a folder, not a file") from None
    except OSError as exc:
        raise InputError(shown(path), f"cannot be read ({exc.strerror or exc})") from None


def _source(path: Path, root: Path | None) -> str:
    return shown(path.relative_to(root).as_posix() if root and path.is_relative_to(root) else path.name)


def _checked(path: object, doc: Document) -> Document:
    if not HAN.search(doc.text):
        raise InputError(shown(path), "no Chinese text found")
    return doc


def read_file(path: Path, root: Path | None = None, encoding: str | None = None,
              max_size: int = DEFAULT_MAX_SIZE) -> Document:
    """Read one text, Markdown or HTML file into a Document."""
    data = _read_bytes(path, max_size)
    if path.suffix.lower() in HTML_SUFFIXES:
        text = html_to_text(decode(path, data, encoding, declared_charset(data)))
    else:
        text = decode(path, data, encoding)
    return _checked(path, parse_text(text, _source(path, root), doc_id_for(path)))


def jsonl_document(record: object, source: str, doc_id: str) -> Document:
    """A Document from one JSON Lines record: {"title", "date", "text", "url"}."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ValueError('not an object with a "text" string')
    date = str(record.get("date") or "")
    date = parse_dateline(date) or iso_date(date) or ""
    title = _one_line(record.get("title"))
    url = _one_line(record.get("url")) or None
    return parse_text(f"{title}\n{date}\n\n{record['text']}\n" if title else record["text"], source, doc_id, url)


def _one_line(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def read_jsonl(path: Path, root: Path | None = None, encoding: str | None = None,
               max_size: int = DEFAULT_MAX_SIZE) -> Iterator[Document | InputError]:
    """Each line of a JSON Lines corpus as a Document (doc_id: stem-line), or the InputError of that line."""
    source, stem, records = _source(path, root), doc_id_for(path), 0
    try:
        with path.open("rb") as fh:
            for number, raw in enumerate(fh, 1):
                where = f"{shown(path)}:{number}"
                if not raw.strip():
                    continue
                records += 1
                try:
                    if len(raw) > max_size:
                        raise ValueError(f"the line is {human_size(len(raw))}, above the limit of "
                                         f"{human_size(max_size)} (--max-size)")
                    line = raw.decode(encoding or "utf-8")
                    record = json.loads(line.removeprefix("\ufeff"))
                    yield _checked(where, jsonl_document(record, f"{source}:{number}", f"{stem}-{number}"))
                except InputError as exc:
                    yield exc
                except (ValueError, LookupError) as exc:    # JSON, Unicode and codec errors
                    yield InputError(where, f"not a usable JSON Lines record ({exc})")
    except OSError as exc:
        yield InputError(shown(path), f"cannot be read ({exc.strerror or exc})")
        return
    if not records:
        yield InputError(shown(path), "the file is empty")


def find_files(paths: list[Path]) -> list[tuple[Path, Path]]:
    """Every readable document under the given paths, as (file, root) in sorted order."""
    found: list[tuple[Path, Path]] = []
    for p in paths:
        if not p.exists():
            raise InputError(shown(p), "no such file or folder")
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not files:
                raise InputError(shown(p), f"the folder holds no documents ({', '.join(SUFFIXES)})")
            found += [(f, p) for f in files]
        else:
            found.append((p, p.parent))
    return found


def _read_one(path: Path, root: Path, encoding: str | None, max_size: int) -> Iterator[Document | InputError]:
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl(path, root, encoding, max_size)
        return
    try:
        yield read_file(path, root, encoding, max_size)
    except InputError as exc:
        yield exc


def read_corpus(paths: list[Path], encoding: str | None = None, max_size: int = DEFAULT_MAX_SIZE,
                strict: bool = False) -> tuple[list[Document], list[InputError]]:
    """Every document under the paths, and an InputError per file or line that failed (strict: raise the first)."""
    docs: list[Document] = []
    failures: list[InputError] = []
    seen: set[str] = set()
    for p in paths:
        try:
            found = find_files([p])
        except InputError as exc:
            found = [exc]
        for item in found:
            for got in _read_one(*item, encoding, max_size) if isinstance(item, tuple) else [item]:
                if isinstance(got, InputError):
                    if strict:
                        raise got
                    failures.append(got)
                    continue
                if got.doc_id in seen:      # a.txt beside a.html, or x.txt in two folders
                    got = replace(got, doc_id=f"{got.doc_id}_{hashlib.sha1(got.source.encode()).hexdigest()[:8]}")
                seen.add(got.doc_id)
                docs.append(got)
    return docs, failures


def read_documents(paths: list[Path], encoding: str | None = None) -> list[Document]:
    """Read every document under the given files and folders; the first bad one raises."""
    return read_corpus(paths, encoding, strict=True)[0]
