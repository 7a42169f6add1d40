"""govkg serve: a read-only SPARQL endpoint and the interactive page on 127.0.0.1."""
from __future__ import annotations

import signal
from pathlib import Path

import click

from ..serve import GraphServer


@click.command("serve")
@click.argument("graph", type=click.Path(dir_okay=False, path_type=Path), default=Path("output/graph.ttl"))
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port on 127.0.0.1 (0: any free port).")
def serve_command(graph: Path, port: int) -> None:
    """Serve GRAPH read-only: the page (graph.html beside it) at /, SPARQL at /query. Ctrl-C stops."""
    server = GraphServer(graph, port).start(background=False)
    signal.signal(signal.SIGTERM, _interrupt)     # a terminated server still stops Oxigraph
    click.echo(f"serving {graph} read-only: page {server.url}  SPARQL {server.url}query  (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped")


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
