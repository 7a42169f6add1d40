"""govkg render: a graph file -> interactive page, picture (PNG, SVG), GraphML and GEXF."""
from __future__ import annotations

import time
from pathlib import Path

import click

from ..vocab import ENTITY_CLASSES


class ClassList(click.ParamType):
    """Entity classes, repeated or comma-separated: --classes Person,Organization."""

    name = "classes"

    def convert(self, value, param, ctx) -> tuple[str, ...]:
        if isinstance(value, tuple):
            return value
        names = tuple(v.strip() for v in str(value).split(",") if v.strip())
        bad = [n for n in names if n not in ENTITY_CLASSES]
        if bad:
            self.fail(f"unknown class {', '.join(bad)}; choose from {', '.join(ENTITY_CLASSES)}", param, ctx)
        return names


@click.command("render")
@click.argument("graph", required=False, type=click.Path(dir_okay=False, path_type=Path),
                default=Path("output/graph.ttl"))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Folder for the page, pictures and Gephi files.")
@click.option("--focus", metavar="NAME", help="Draw only the neighbourhood of this entity (name, alias or pinyin).")
@click.option("--depth", type=click.IntRange(0, 10), default=2, show_default=True, help="Hops around --focus.")
@click.option("--classes", type=ClassList(), multiple=True, metavar="CLASS[,CLASS]",
              help="Draw only these entity classes (repeat or separate with commas).")
@click.option("--top", type=click.IntRange(0), default=300, show_default=True,
              help="The picture shows the N most connected entities (0: all).")
@click.option("--page-top", type=click.IntRange(0), default=10000, show_default=True,
              help="The page shows the N most connected entities (0: all).")
def render_command(graph: Path, out_dir: Path, focus: str | None, depth: int, classes: tuple,
                   top: int, page_top: int) -> None:
    """Draw a graph file (default: output/graph.ttl): graph.html, .png, .svg, .graphml and .gexf."""
    from ..view import RenderOptions, render_file
    t0 = time.perf_counter()
    options = RenderOptions(focus=focus, depth=depth, classes=tuple(c for group in classes for c in group),
                            picture_top=top, page_top=page_top)
    for path in render_file(graph, out_dir, options):
        click.echo(f"wrote {path}")
    click.echo(f"seconds {time.perf_counter() - t0:.1f}")
