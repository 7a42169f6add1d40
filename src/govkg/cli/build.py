"""govkg build: documents -> output/graph.ttl (+ picture and page)."""
from __future__ import annotations

import time
from pathlib import Path

import click

from ..cache import CACHE_DIR
from ..pipeline import BuildOptions, build
from ..progress import stage
from ..read import DEFAULT_MAX_SIZE, parse_size
from ..stream import FORMATS as STREAM_FORMATS, write_output
from ..summary import summarize
from ..validate import build_check
from ..vocab import DEFAULT_BASE_IRI
from ..write import FORMATS


class ByteSize(click.ParamType):
    """A size in bytes, with an optional K/M/G suffix."""

    name = "size"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int:
        try:
            return value if isinstance(value, int) else parse_size(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


@click.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Folder for the output files.")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="turtle", show_default=True,
              help="RDF format of the graph file.")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True,
              help="Namespace for the IRIs of entities, documents and evidence.")
@click.option("--no-render", is_flag=True, help="Skip the picture and the interactive page.")
@click.option("--encoding", help="Encoding of the input files (default: detect UTF-8, UTF-16, GB18030, Big5).")
@click.option("--strict", is_flag=True, help="Stop at the first document that cannot be read.")
@click.option("--max-size", type=ByteSize(), default=str(DEFAULT_MAX_SIZE), show_default=True,
              help="Largest document to read, in bytes (or 500K, 20M, 1G).")
@click.option("--no-cache", is_flag=True, help="Extract every document again (no OUT/.govkg-cache/).")
@click.option("--jobs", type=click.IntRange(min=0), default=0, show_default="0: every core",
              help="Worker processes for extraction and for writing a large graph.")
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="Extract on this Dask cluster (pip install 'govkg[cluster]').")
@click.option("--spool/--no-spool", default=None, show_default="over 50 M characters of text",
              help="Keep analyses on disk until the graph is written (Turtle, N-Triples): memory for a batch, not the corpus.")
def build_command(paths: tuple[Path, ...], out_dir: Path, fmt: str, base_iri: str, no_render: bool,
                  encoding: str | None, strict: bool, max_size: int, no_cache: bool, jobs: int,
                  scheduler: str | None, spool: bool | None) -> None:
    """Read documents (files or folders; default: seeds/) and write the knowledge graph.

    Documents are .txt, .md, .html and .jsonl (one article a line). A document that cannot be
    read is named in the summary and the others are built; the exit code is then 1.
    """
    t0 = time.perf_counter()
    if not base_iri.endswith(("/", "#")):
        raise click.BadParameter("must end with / or #", param_hint="--base-iri")
    if spool and fmt not in STREAM_FORMATS:
        raise click.BadParameter(f"needs --format turtle or ntriples ({fmt} is written from a graph in memory)",
                                 param_hint="--spool")
    target = out_dir / ("graph" + FORMATS[fmt][1])
    options = BuildOptions(base_iri=base_iri, encoding=encoding, strict=strict, max_size=max_size,
                           cache_dir=None if no_cache else out_dir / CACHE_DIR, jobs=jobs, scheduler=scheduler,
                           progress=True, graph=fmt not in STREAM_FORMATS,
                           spool=spool if fmt in STREAM_FORMATS else False, stream_to=target, stream_format=fmt)
    result = build(list(paths) or [Path("seeds")], options=options)
    with stage(f"write {target.name}", options.progress):
        triples = write_output(result, target, fmt, base_iri, jobs)     # streamed when the graph is large
    written = [str(target)]
    if not no_render:
        from ..view import render_outputs
        with stage("render", options.progress):
            written += [str(p) for p in render_outputs(result, out_dir)]
    click.echo(summarize(result.kg, triples, time.perf_counter() - t0, written, result.failures))
    click.echo(build_check(result.graph, target) if result.graph is not None
               else f"validation    skipped: {triples} triples; run govkg validate {target}")
    if result.failures:
        raise click.exceptions.Exit(1)
