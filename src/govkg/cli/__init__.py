"""Thin click commands over the library: each builds one object, calls the library, prints.

Commands live in their own modules and are registered here.
"""
from __future__ import annotations

import click

from .. import __version__
from .build import build_command
from .common import GovkgGroup
from .evaluate import evaluate_command
from .load import load_command
from .query import query_command
from .render import render_command
from .serve import serve_command
from .validate import validate_command


@click.group(cls=GovkgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govkg")
@click.option("--debug", is_flag=True, help="Show the full traceback when something fails.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Build knowledge graphs from Chinese government news.

    \b
    Typical use:
      govkg build                  read seeds/, write output/graph.ttl, pictures and page
      govkg build articles/ --out kg/
      govkg query --list           the named SPARQL queries; --name NAME runs one
      govkg render --focus 司法部  one entity's neighbourhood as page and picture
      govkg evaluate GOLD.json     precision and recall against a gold annotation
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


main.add_command(build_command)
main.add_command(evaluate_command)
main.add_command(query_command)
main.add_command(load_command)
main.add_command(validate_command)
main.add_command(serve_command)
main.add_command(render_command)
