"""Triple stores over HTTP: load a graph (SPARQL Graph Store Protocol), query it (SPARQL protocol),
and run Oxigraph's own server for tests and `govkg serve`.

Only the standard library speaks HTTP here (urllib), so any store that follows the W3C
protocols works: Oxigraph, Jena Fuseki, GraphDB, Virtuoso.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox
from rdflib import Graph

from .errors import GovkgError
from .formats import guess_format
from .query import OX_FORMATS, QueryResult, from_sparql_json

CHUNK_TRIPLES = 50_000          # N-Triples lines per POST: small enough for any store's request limit
TIMEOUT = 60.0                  # seconds per HTTP request


class StoreError(GovkgError):
    """A store that cannot be reached or refuses a request."""


@dataclass(frozen=True)
class Credentials:
    """HTTP basic authentication for a store."""

    user: str
    password: str

    def header(self) -> str:
        """The Authorization header value."""
        return "Basic " + base64.b64encode(f"{self.user}:{self.password}".encode()).decode()


def request(url: str, method: str = "GET", data: bytes | None = None, headers: dict[str, str] | None = None,
            auth: Credentials | None = None, what: str = "request") -> bytes:
    """One HTTP request; a refusal becomes a StoreError with the status and the store's message."""
    headers = dict(headers or {})
    if auth:
        headers["Authorization"] = auth.header()
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
            return resp.read()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace")
        message = " ".join(body.split())[:300] or exc.reason
        raise StoreError(f"{url}: the store refused the {what}: HTTP {exc.code} {exc.reason}: {message}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise StoreError(f"{url}: cannot reach the store: {reason}") from None


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of a named graph (?graph=IRI) or of the default graph (?default)."""
    sep = "&" if "?" in endpoint else "?"
    if graph is None:
        return f"{endpoint}{sep}default"
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}"


def ntriples_chunks(path: Path, size: int = CHUNK_TRIPLES) -> Iterator[bytes]:
    """A graph file as N-Triples chunks of at most size triples, parsed by pyoxigraph as it streams.

    Triples with a blank node all go in the last chunk, so each blank node keeps its identity.
    """
    fmt = OX_FORMATS[guess_format(path)]
    batch: list[ox.Triple] = []
    blank: list[ox.Triple] = []
    sent = False
    try:
        for q in ox.parse(path=str(path), format=fmt):
            t = ox.Triple(q.subject, q.predicate, q.object)
            if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode):
                blank.append(t)
                continue
            batch.append(t)
            if len(batch) >= size:
                yield ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)
                batch, sent = [], True
    except (SyntaxError, ValueError) as exc:
        raise StoreError(f"{path}: cannot read the graph: {exc}") from None
    for rest in (batch, blank):
        if rest or not sent:
            yield ox.serialize(rest, format=ox.RdfFormat.N_TRIPLES)
            sent = True


def load_graph(path: Path, endpoint: str, graph: str | None = None, auth: Credentials | None = None,
               replace: bool = False, size: int = CHUNK_TRIPLES) -> tuple[int, int]:
    """Push a graph file into a store through the Graph Store Protocol; returns (triples, requests).

    Chunks are POSTed (added to the graph); with replace the first chunk is PUT, so the graph
    holds exactly this file afterwards.
    """
    if not path.exists():
        raise StoreError(f"{path}: no such graph file; run govkg build first")
    url = graph_url(endpoint, graph)
    triples = requests = 0
    for i, chunk in enumerate(ntriples_chunks(path, size)):
        method = "PUT" if replace and i == 0 else "POST"
        _send(url, method, chunk, auth, f"{method} of chunk {i + 1}")
        triples += chunk.count(b"\n")
        requests += 1
    return triples, requests


def _send(url: str, method: str, chunk: bytes, auth: Credentials | None, what: str) -> None:
    """Send N-Triples; a store that does not take that media type gets the same bytes as Turtle."""
    try:
        request(url, method, chunk, {"Content-Type": "application/n-triples"}, auth, what)
    except StoreError as exc:
        if "HTTP 415" not in str(exc):
            raise
        request(url, method, chunk, {"Content-Type": "text/turtle; charset=utf-8"}, auth, what)


def sparql_query(endpoint: str, query: str, auth: Credentials | None = None) -> QueryResult:
    """Run a query at a SPARQL endpoint (protocol: POST application/sparql-query)."""
    head = {"Content-Type": "application/sparql-query; charset=utf-8",
            "Accept": "application/sparql-results+json, text/turtle;q=0.9"}
    body = request(endpoint, "POST", query.encode("utf-8"), head, auth, "query")
    text = body.decode("utf-8")
    if text.lstrip().startswith("{"):
        return from_sparql_json(json.loads(text))
    return QueryResult("graph", graph=Graph().parse(data=text, format="turtle"))


def oxigraph_binary() -> str:
    """The `oxigraph` command (PyPI package oxigraph): beside this Python, in its scripts folders, or on PATH."""
    folders = [Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))]
    folders += [Path(sysconfig.get_path("scripts", f"{os.name}_user"))] if os.name == "posix" else []
    for folder in folders:
        if (folder / "oxigraph").exists():
            return str(folder / "oxigraph")
    found = shutil.which("oxigraph")
    if not found:
        raise StoreError("the oxigraph server is not installed: pip install oxigraph")
    return found


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OxigraphServer:
    """`oxigraph serve` (or serve-read-only) on 127.0.0.1, started and stopped with bounded waits."""

    def __init__(self, location: Path, port: int | None = None, read_only: bool = False,
                 union_default_graph: bool = False) -> None:
        self.location, self.port, self.read_only = location, port or free_port(), read_only
        self.union = union_default_graph
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        """Base URL: /query, /update and /store live under it."""
        return f"http://127.0.0.1:{self.port}"

    def start(self, wait: float = 20.0) -> "OxigraphServer":
        """Start the server and wait until it answers."""
        mode = "serve-read-only" if self.read_only else "serve"
        cmd = [oxigraph_binary(), mode, "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}"]
        cmd += ["--union-default-graph"] if self.union else []
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode("utf-8", "replace").strip() if self.proc.stderr else ""
                raise StoreError(f"oxigraph {mode} stopped at once: {err[:300]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise StoreError(f"oxigraph {mode} did not answer on port {self.port} within {wait:.0f} s")

    def stop(self, wait: float = 5.0) -> None:
        """Stop the server: terminate, then kill if it does not exit in time."""
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(wait)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(wait)
        if self.proc and self.proc.stderr:
            self.proc.stderr.close()

    def __enter__(self) -> "OxigraphServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def build_store(path: Path, location: Path) -> None:
    """Load a graph file into an on-disk Oxigraph store (for serve-read-only)."""
    try:
        store = ox.Store(str(location))
        store.bulk_load(path=str(path), format=OX_FORMATS[guess_format(path)])
        store.flush()
        del store
    except (SyntaxError, ValueError, OSError) as exc:
        raise StoreError(f"{path}: cannot load into a store: {exc}") from None
