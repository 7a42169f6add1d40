"""A read-only SPARQL endpoint over a built graph: Oxigraph's server behind a tiny proxy.

Oxigraph answers the SPARQL protocol but serves no files of ours, so a standard-library HTTP
server in front serves the interactive page at / and forwards /query (and GET /store) to it.
"""
from __future__ import annotations

import shutil
import tempfile
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .errors import GovkgError
from .formats import guess_format
from .store import OxigraphServer, build_store

FORWARDED = ("/query", "/store")
FALLBACK_PAGE = ("<!DOCTYPE html><meta charset='utf-8'><title>govkg</title>"
                 "<p>No graph.html beside the graph. SPARQL endpoint: <a href='/query'>/query</a></p>")


class GraphServer:
    """Serve a graph file read-only on 127.0.0.1: the page at /, SPARQL at /query."""

    def __init__(self, graph: Path, port: int = 7878, page: Path | None = None) -> None:
        if not graph.exists():
            raise GovkgError(f"{graph}: no such graph file; run govkg build first")
        self.graph, self.port = graph, port
        self.page = page or graph.parent / "graph.html"
        self.tmp: Path | None = None
        self.oxigraph: OxigraphServer | None = None
        self.httpd: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Where the page is; the endpoint is url + 'query'."""
        return f"http://127.0.0.1:{self.port}/"

    def start(self, background: bool = True) -> "GraphServer":
        """Load the graph into a store, start Oxigraph read-only and the proxy (in a thread if background)."""
        self.tmp = Path(tempfile.mkdtemp(prefix="govkg-serve-"))
        try:
            build_store(self.graph, self.tmp / "store")
            union = guess_format(self.graph) in ("trig", "nquads")
            self.oxigraph = OxigraphServer(self.tmp / "store", read_only=True, union_default_graph=union).start()
            self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), _handler(self.page, self.oxigraph.url))
        except OSError as exc:
            self.stop()
            raise GovkgError(f"cannot serve on 127.0.0.1:{self.port}: {exc.strerror or exc}") from None
        except BaseException:
            self.stop()
            raise
        self.port = self.httpd.server_address[1]
        if background:
            self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
            self.thread.start()
        return self

    def serve_forever(self) -> None:
        """Answer requests until interrupted (Ctrl-C), then stop everything."""
        assert self.httpd is not None
        try:
            self.httpd.serve_forever()
        finally:
            self.stop()

    def stop(self) -> None:
        """Stop the proxy and Oxigraph, and remove the temporary store."""
        if self.httpd is not None:
            if self.thread is not None:
                self.httpd.shutdown()
                self.thread.join(5)
            self.httpd.server_close()
            self.httpd = None
        if self.oxigraph is not None:
            self.oxigraph.stop()
            self.oxigraph = None
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp = None

    def __enter__(self) -> "GraphServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _handler(page: Path, upstream: str) -> type[BaseHTTPRequestHandler]:
    """A request handler class bound to the page file and the Oxigraph URL."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "govkg"

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            path = self.path.split("?", 1)[0]
            if path in ("/", "/index.html", "/graph.html"):
                body = page.read_bytes() if page.exists() else FALLBACK_PAGE.encode("utf-8")
                self._reply(200, "text/html; charset=utf-8", body)
            elif path in FORWARDED:
                self._forward()
            else:
                self._reply(404, "text/plain; charset=utf-8", b"not found: try / or /query\n")

        def do_POST(self) -> None:  # noqa: N802
            if self.path.split("?", 1)[0] == "/query":
                self._forward(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
            else:
                self._reply(405, "text/plain; charset=utf-8", b"read-only: only /query takes POST\n")

        def _forward(self, body: bytes | None = None) -> None:
            headers = {k: v for k, v in self.headers.items() if k.lower() in ("accept", "content-type")}
            req = urllib.request.Request(upstream + self.path, data=body, headers=headers, method=self.command)
            try:
                with urllib.request.urlopen(req, timeout=120) as resp:
                    self._reply(resp.status, resp.headers.get("Content-Type", ""), resp.read())
            except urllib.error.HTTPError as exc:
                self._reply(exc.code, exc.headers.get("Content-Type", "text/plain"), exc.read())
            except (urllib.error.URLError, OSError) as exc:
                self._reply(502, "text/plain; charset=utf-8", f"the SPARQL server did not answer: {exc}\n".encode())

        def _reply(self, status: int, ctype: str, body: bytes) -> None:
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet unless debugging
            pass

    return Handler
