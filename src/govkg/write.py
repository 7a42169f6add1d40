"""Graph -> files: Turtle and other RDF formats, atomic and deterministic."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from rdflib import Graph

from .errors import GraphError
from .formats import jsonld_bytes, ntriples_bytes, trig_bytes, turtle_bytes

# format name -> (rdflib serializer, file suffix)
FORMATS = {
    "turtle": ("turtle", ".ttl"),
    "ntriples": ("nt", ".nt"),
    "jsonld": ("json-ld", ".jsonld"),
    "trig": ("trig", ".trig"),
}
WRITERS = {"turtle": turtle_bytes, "ntriples": ntriples_bytes, "jsonld": jsonld_bytes, "trig": trig_bytes}


@contextmanager
def atomic_path(target: Path, mode: str = "wb", durable: bool = True) -> Iterator:
    """Open a temporary file beside target; rename it into place only if the block succeeds.
    durable: flush it to the disk first, so that a crash cannot leave an empty file in its place
    (not needed for a cache entry, which is read back only if it unpickles)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)   # mkstemp makes 0600; a normal file honours the umask
    try:
        with os.fdopen(fd, mode) as fh:
            yield fh
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes(target: Path, data: bytes, durable: bool = True) -> None:
    """Write bytes atomically."""
    with atomic_path(target, durable=durable) as fh:
        fh.write(data)


def serialize(graph: Graph, fmt: str = "turtle") -> bytes:
    """The graph in one RDF format, as UTF-8 bytes; N-Triples lines are sorted, TriG has a graph per document."""
    if fmt not in FORMATS:
        raise GraphError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return WRITERS[fmt](graph)


def write_graph(graph: Graph, target: Path, fmt: str = "turtle") -> Path:
    """Serialize the graph to target atomically; returns the path written."""
    write_bytes(target, serialize(graph, fmt))
    return target
