"""govkg validate: check a graph against the SHACL shapes; exit 1 on any violation."""
from __future__ import annotations

from pathlib import Path

import click

from ..validate import load_shapes, report, validate_file


@click.command("validate")
@click.argument("graph", type=click.Path(dir_okay=False, path_type=Path), default=Path("output/graph.ttl"))
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Shapes file (default: ontology/shapes.ttl).")
@click.pass_context
def validate_command(ctx: click.Context, graph: Path, shapes: Path | None) -> None:
    """Validate GRAPH (default output/graph.ttl) with SHACL; print each violation (node, rule, message)."""
    violations = validate_file(graph, load_shapes(shapes))
    click.echo(report(violations))
    if violations:
        ctx.exit(1)
