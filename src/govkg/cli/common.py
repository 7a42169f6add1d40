"""Shared CLI pieces: error handling without tracebacks."""
from __future__ import annotations

import sys

import click

from ..errors import GovkgError


class GovkgGroup(click.Group):
    """A group that prints GovkgError (and OS errors) as one line unless --debug is given."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (GovkgError, OSError) as exc:
            if "--debug" in sys.argv:
                raise
            raise click.ClickException(str(exc)) from None
