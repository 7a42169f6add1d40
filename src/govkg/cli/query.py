"""govkg query: SPARQL SELECT, ASK or CONSTRUCT over the built graph (or a SPARQL endpoint)."""
from __future__ import annotations

from pathlib import Path

import click

from ..query import DEFAULT_PREFIXES, ENGINES, describe, find_query, named_queries, run_query, with_default_prefixes
from ..results import OUTPUT_FORMATS, render


@click.command("query")
@click.argument("query", required=False)
@click.option("--file", "-f", "file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("--name", "-n", help="Run a named query from queries/ (see --list).")
@click.option("--list", "list_names", is_flag=True, help="List the named queries and what each answers.")
@click.option("--graph", "-g", "graph", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("output/graph.ttl"), show_default=True, help="Graph file (.ttl, .nt, .jsonld, .trig).")
@click.option("--endpoint", help="Ask this SPARQL endpoint instead of reading --graph.")
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table", show_default=True,
              help="table: aligned text; csv / json: SPARQL 1.1 results (CONSTRUCT: N-Triples / JSON-LD).")
@click.option("--engine", type=click.Choice(ENGINES), default="auto", show_default=True,
              help="Local engine; auto uses pyoxigraph for files over 4 MB, rdflib below.")
def query_command(query: str | None, file: Path | None, name: str | None, list_names: bool, graph: Path,
                  endpoint: str | None, fmt: str, engine: str) -> None:
    """Run a SPARQL 1.1 query: QUERY as text, --file F.rq or --name NAME.

    \b
    The prefixes gk: id: rdf: rdfs: skos: dcterms: xsd: nif: schema: need no PREFIX line.
    Examples:
      govkg query --name titles-received
      govkg query 'SELECT ?name WHERE { ?p a gk:Person ; rdfs:label ?name }'
    """
    if list_names:
        for key, path in named_queries().items():
            click.echo(f"{key:24} {describe(path)}")
        return
    if sum(x is not None for x in (query, file, name)) != 1:
        raise click.UsageError("give exactly one of QUERY, --file or --name")
    source = "query"
    if file is not None:
        query, source = file.read_text(encoding="utf-8"), str(file)
    elif name is not None:
        path = find_query(name)
        query, source = path.read_text(encoding="utf-8"), str(path)
    assert query is not None
    if endpoint:
        from ..store import sparql_query
        result = sparql_query(endpoint, with_default_prefixes(query))
    else:
        result = run_query(query, graph, engine, source, DEFAULT_PREFIXES)
    click.echo(render(result, fmt))

