"""govkg load: push a graph into a triple store through the SPARQL Graph Store Protocol."""
from __future__ import annotations

import time
from pathlib import Path

import click

from ..store import CHUNK_TRIPLES, Credentials, load_graph


@click.command("load")
@click.argument("graph", type=click.Path(dir_okay=False, path_type=Path), default=Path("output/graph.ttl"))
@click.option("--endpoint", required=True,
              help="The store's Graph Store Protocol URL, e.g. http://localhost:7878/store (Oxigraph), "
                   "http://localhost:3030/ds/data (Fuseki), http://localhost:7200/repositories/R/rdf-graphs/service "
                   "(GraphDB), http://localhost:8890/sparql-graph-crud-auth (Virtuoso).")
@click.option("--graph", "graph_iri", help="Named graph IRI to load into (default: the default graph).")
@click.option("--user", help="User name for HTTP basic authentication.")
@click.option("--password", help="Password for HTTP basic authentication.", hide_input=True)
@click.option("--replace", is_flag=True, help="Replace the graph's content instead of adding to it.")
@click.option("--chunk", type=click.IntRange(min=1), default=CHUNK_TRIPLES, show_default=True,
              help="Triples per request (N-Triples POSTed in chunks).")
def load_command(graph: Path, endpoint: str, graph_iri: str | None, user: str | None, password: str | None,
                 replace: bool, chunk: int) -> None:
    """Load GRAPH (default output/graph.ttl) into a store: Oxigraph, Jena Fuseki, GraphDB, Virtuoso."""
    if (user is None) != (password is None):
        raise click.UsageError("give both --user and --password, or neither")
    auth = Credentials(user, password) if user is not None and password is not None else None
    t0 = time.perf_counter()
    triples, requests = load_graph(graph, endpoint, graph_iri, auth, replace, chunk)
    target = f"graph <{graph_iri}>" if graph_iri else "the default graph"
    click.echo(f"loaded {triples} triples into {target} of {endpoint} "
               f"in {requests} request{'s' if requests != 1 else ''}, {time.perf_counter() - t0:.2f} seconds")
