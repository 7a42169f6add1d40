"""govkg: knowledge graphs from Chinese government and judicial-administration news.

Library API (the CLI is a thin layer over it)::

    from pathlib import Path
    from govkg import build, write_graph
    result = build([Path("seeds")])
    write_graph(result.graph, Path("output/graph.ttl"))
"""
from .errors import GovkgError, InputError
from .pipeline import BuildResult, analyze, build
from .read import read_documents, read_file
from .write import write_graph

__version__ = "0.1.0"
__all__ = ["BuildResult", "GovkgError", "InputError", "analyze", "build", "read_documents", "read_file",
           "write_graph", "__version__"]
