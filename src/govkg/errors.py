"""One exception hierarchy: every message names the file and what to do."""
from __future__ import annotations


class GovkgError(Exception):
    """Base of every error govkg raises on purpose."""


class InputError(GovkgError):
    """A document or folder that cannot be read or holds no usable text."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class GraphError(GovkgError):
    """A graph file that cannot be parsed or written."""


class QueryError(GovkgError):
    """A SPARQL query that cannot be parsed or run."""


class PipelineError(GovkgError):
    """A pipeline stage that broke the stage contract."""
