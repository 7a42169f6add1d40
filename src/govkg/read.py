"""Files and folders -> Document (title, date, source, text)."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .errors import InputError
from .model import Document, Span

SUFFIXES = (".txt", ".md")

# Datelines seen in the genre: "03.08.2016  20:05", "2016-08-03", "2016年8月3日", "2023".
DATELINES = (
    (re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+\d{1,2}:\d{2})?\s*$"), ("d", "m", "y")),
    (re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$"), ("y", "m", "d")),
    (re.compile(r"^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:\d{1,2}:\d{2})?\s*$"), ("y", "m", "d")),
    (re.compile(r"^\s*(\d{4})\s*$"), ("y",)),
)


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


def doc_id_for(path: Path) -> str:
    """A stable document id: the file stem, made IRI-safe."""
    stem = re.sub(r"[^A-Za-z0-9_.-]", "_", path.stem) or "doc"
    if stem.strip("_") == "":
        stem = "doc_" + hashlib.sha1(path.name.encode("utf-8")).hexdigest()[:8]
    return stem


def decode(path: Path, data: bytes) -> str:
    """Bytes -> text; UTF-8 (with or without BOM)."""
    if not data.strip():
        raise InputError(path, "the file is empty")
    if b"\x00" in data[:4096]:
        raise InputError(path, "the file looks binary (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid UTF-8 at byte {exc.start}") from None


def parse_text(text: str, source: str, doc_id: str) -> Document:
    """A Document from decoded text: first line the title, then an optional dateline."""
    lines = text.splitlines(keepends=True)
    pos, title, title_span, date, body_start = 0, "", None, None, 0
    idx = 0
    while idx < len(lines) and not lines[idx].strip():
        pos += len(lines[idx])
        idx += 1
    if idx < len(lines):
        raw = lines[idx]
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        title, title_span = stripped, Span(pos + lead, pos + lead + len(stripped))
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
    return Document(doc_id=doc_id, source=source, text=text, title=title, date=date,
                    title_span=title_span, body_start=body_start)


def read_file(path: Path, root: Path | None = None) -> Document:
    """Read one text file into a Document."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "the file does not exist") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    text = decode(path, data)
    if not re.search(r"[\u4e00-\u9fff]", text):
        raise InputError(path, "no Chinese text found")
    source = path.relative_to(root).as_posix() if root and path.is_relative_to(root) else path.name
    return parse_text(text, source, doc_id_for(path))


def find_files(paths: list[Path]) -> list[tuple[Path, Path]]:
    """Every readable document under the given paths, as (file, root) in sorted order."""
    found: list[tuple[Path, Path]] = []
    for p in paths:
        if not p.exists():
            raise InputError(p, "no such file or folder")
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not files:
                raise InputError(p, f"the folder holds no documents ({', '.join(SUFFIXES)})")
            found += [(f, p) for f in files]
        else:
            found.append((p, p.parent))
    return found


def read_documents(paths: list[Path]) -> list[Document]:
    """Read every document under the given files and folders."""
    return [read_file(f, root) for f, root in find_files(paths)]
