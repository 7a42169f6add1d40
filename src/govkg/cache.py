"""Incremental builds: each document's Analysis, keyed by its content and the code that analyzes it.

The cache lives in the output folder (``.govkg-cache/``). A key is the hash of the whole
Document (text, id, title, ...) and of a version covering govkg's source and lexicons, so any
change to either re-extracts. ``manifest.json`` lists the keys of the last build; entries no
longer listed are removed, so a deleted document's analysis does not linger. A missing or
unreadable entry is a miss: a re-run after a crash extracts again and gives the same result.
"""
from __future__ import annotations

import hashlib
import json
import pickle
from functools import lru_cache
from pathlib import Path

from .model import Analysis, Document
from .write import write_bytes

PACKAGE = Path(__file__).resolve().parent
CACHE_DIR = ".govkg-cache"          # inside the output folder
FORMAT = "1"


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of every source file and lexicon of the package: the analysis of a document depends on them."""
    h = hashlib.sha256(FORMAT.encode())
    for f in sorted(p for p in PACKAGE.rglob("*") if p.suffix in (".py", ".tsv", ".jsonl", ".json")
                    and "__pycache__" not in p.parts):
        h.update(f.relative_to(PACKAGE).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def document_key(doc: Document) -> str:
    """The cache key of a document: every field of it, and the code version."""
    return hashlib.sha256(f"{code_version()}\0{doc!r}".encode("utf-8", "surrogatepass")).hexdigest()


class AnalysisCache:
    """Analyses by document key, kept on disk when given a folder (in memory otherwise)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.memory: dict[str, Analysis] = {}
        self.hits = self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def _load(self, key: str) -> Analysis | None:
        if self.folder is None:
            return None
        try:
            a = pickle.loads(self._path(key).read_bytes())
        except Exception:       # missing, truncated by a crash, written by another version: a miss
            return None
        return a if isinstance(a, Analysis) else None

    def missing(self, docs: list[Document]) -> list[Document]:
        """The documents whose analysis is not cached (loading those that are)."""
        todo = []
        for d in docs:
            key = document_key(d)
            a = self.memory.get(key) or self._load(key)
            if a is not None and a.document == d:
                self.memory[key] = a
            else:
                todo.append(d)
        self.hits, self.misses = len(docs) - len(todo), len(todo)
        return todo

    def add(self, analyses: list[Analysis]) -> None:
        """Keep new analyses, on disk atomically."""
        for a in analyses:
            key = document_key(a.document)
            self.memory[key] = a
            if self.folder is not None:
                write_bytes(self._path(key), pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL), durable=False)

    def analyses(self, docs: list[Document]) -> list[Analysis]:
        """The analyses of the documents, in their order; writes the manifest and drops stale entries."""
        keys = [document_key(d) for d in docs]
        out = [self.memory[k] for k in keys]
        if self.folder is not None:
            self._write_manifest(docs, keys)
        return out

    def pop(self, docs: list[Document]) -> list[Analysis]:
        """The analyses of the documents, in their order, forgotten here (a spooled build holds one
        batch at a time; ``finish`` writes the manifest at the end)."""
        return [self.memory.pop(document_key(d)) for d in docs]

    def finish(self, docs: list[Document]) -> None:
        """Write the manifest of the whole corpus and drop stale entries."""
        if self.folder is not None:
            self._write_manifest(docs, [document_key(d) for d in docs])

    def _write_manifest(self, docs: list[Document], keys: list[str]) -> None:
        manifest = {"version": code_version(), "documents": {d.doc_id: k for d, k in zip(docs, keys)}}
        write_bytes(self.folder / "manifest.json", json.dumps(manifest, indent=1, sort_keys=True).encode())
        live = set(keys)
        for f in self.folder.glob("*/*.pickle"):
            if f.stem not in live:
                f.unlink(missing_ok=True)
