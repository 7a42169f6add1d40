"""Graph -> networkx -> interactive page, print-quality picture (PNG, SVG) and Gephi files.

`render` is the one entry point; `render_outputs` serves `govkg build` (an in-memory result) and
`render_file` serves `govkg render GRAPH` (a graph file). Both read the RDF, so they draw the same.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from ..model import KnowledgeGraph
from ..rdf import to_graph
from .export import write_gexf, write_graphml
from .large import most_connected, spooled_most_connected
from .network import from_rdf, load_graph
from .page import write_page
from .picture import write_pictures
from .select import ViewError, focus, only_classes, top_by_degree

LARGE_TOP = 2000     # entities drawn from a build too large for an rdflib graph (govkg render FILE --page-top N for more)
LARGE_EVIDENCE = 3   # and pieces of evidence drawn for each of their relations

__all__ = ["RenderOptions", "ViewError", "render", "render_file", "render_outputs", "select_view"]


@dataclass(frozen=True)
class RenderOptions:
    """What to draw; every field has a working default."""

    focus: str | None = None             # draw only this entity's neighbourhood
    depth: int = 2                       # hops around the focus
    classes: tuple[str, ...] = ()        # only these entity classes (empty: all)
    picture_top: int = 300               # the picture shows at most this many most connected entities
    page_top: int = 10000                # the page shows at most this many (0: no limit)


def select_view(g: nx.MultiDiGraph, options: RenderOptions) -> nx.MultiDiGraph:
    """The part of the graph the options ask for (classes first, then the neighbourhood)."""
    if options.classes:
        g = only_classes(g, list(options.classes))
    if options.focus:
        g = focus(g, options.focus, options.depth)
    if not len(g):
        raise ViewError("nothing to draw: the selection holds no entity")
    return g


def render(g: nx.MultiDiGraph, out_dir: Path, options: RenderOptions | None = None) -> list[Path]:
    """Write graph.html, graph.png, graph.svg, graph.graphml and graph.gexf; returns the paths written."""
    options = options or RenderOptions()
    view = select_view(g, options)
    picture = top_by_degree(view, options.picture_top)
    return [write_page(top_by_degree(view, options.page_top), out_dir / "graph.html"),
            *write_pictures(picture, [out_dir / "graph.png", out_dir / "graph.svg"]),
            write_graphml(view, out_dir / "graph.graphml"), write_gexf(view, out_dir / "graph.gexf")]


def render_outputs(result, out_dir: Path, options: RenderOptions | None = None) -> list[Path]:
    """Render a build result (what `govkg build` calls); a large one without an rdflib graph is drawn
    from its most connected entities (what the page would show of the whole)."""
    options = options or RenderOptions()
    if result.graph is not None:
        return render(from_rdf(result.graph), out_dir, options)
    top = min(options.page_top or LARGE_TOP, LARGE_TOP)
    kg = most_connected(result.kg, top, LARGE_EVIDENCE) if isinstance(result.kg, KnowledgeGraph) \
        else spooled_most_connected(result.kg, top, LARGE_EVIDENCE)
    g = from_rdf(to_graph(kg))
    if len(kg.entities) < len(result.kg.entities):
        g.graph["summary_of"] = len(result.kg.entities)
    return render(g, out_dir, options)


def render_file(path: Path, out_dir: Path, options: RenderOptions | None = None) -> list[Path]:
    """Render a graph file (Turtle or any RDF format rdflib reads)."""
    return render(from_rdf(load_graph(path)), out_dir, options)
