"""govkg build: documents -> output/graph.ttl (+ picture and page)."""
from __future__ import annotations

import time
from pathlib import Path

import click

from ..pipeline import BuildOptions, build
from ..summary import summarize
from ..validate import build_check
from ..vocab import DEFAULT_BASE_IRI
from ..write import FORMATS, write_graph


@click.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Folder for the output files.")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="turtle", show_default=True,
              help="RDF format of the graph file.")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True,
              help="Namespace for the IRIs of entities, documents and evidence.")
@click.option("--no-render", is_flag=True, help="Skip the picture and the interactive page.")
def build_command(paths: tuple[Path, ...], out_dir: Path, fmt: str, base_iri: str, no_render: bool) -> None:
    """Read documents (files or folders; default: seeds/) and write the knowledge graph."""
    t0 = time.perf_counter()
    if not base_iri.endswith(("/", "#")):
        raise click.BadParameter("must end with / or #", param_hint="--base-iri")
    options = BuildOptions(base_iri=base_iri)
    result = build(list(paths) or [Path("seeds")], options=options)
    target = out_dir / ("graph" + FORMATS[fmt][1])
    written = [str(write_graph(result.graph, target, fmt))]
    if not no_render:
        from ..view import render_outputs
        written += [str(p) for p in render_outputs(result, out_dir)]
    click.echo(summarize(result.kg, len(result.graph), time.perf_counter() - t0, written))
    click.echo(build_check(result.graph, target))
