"""Which part of the graph to draw: an ego view, a set of classes, the most connected entities."""
from __future__ import annotations

import difflib

import networkx as nx

from ..errors import GovkgError


class ViewError(GovkgError):
    """A view that cannot be drawn: an unknown focus name or an empty selection."""


def _norm(text: str) -> str:
    return text.replace(" ", "").lower()


def find_nodes(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose label, an alias or the pinyin is exactly the name (pinyin without spaces, any case)."""
    want = _norm(name)
    return sorted(n for n, d in g.nodes(data=True)
                  if name == d["label"] or name in d["aliases"].split("|") or want == _norm(d["pinyin"]))


def ordered_subgraph(g: nx.MultiDiGraph, nodes) -> nx.MultiDiGraph:
    """The nodes and the edges among them, both in g's order. (g.subgraph(...).copy() follows the
    order of a Python set when few nodes are kept, and that changes with the hash seed.)"""
    keep = set(nodes)
    sub = nx.MultiDiGraph()
    sub.graph.update(g.graph)
    sub.add_nodes_from((n, d) for n, d in g.nodes(data=True) if n in keep)
    sub.add_edges_from((a, b, k, d) for a, b, k, d in g.edges(keys=True, data=True) if a in keep and b in keep)
    return sub


def focus(g: nx.MultiDiGraph, name: str, depth: int = 2) -> nx.MultiDiGraph:
    """The neighbourhood of the named entity up to depth hops, edges followed in either direction."""
    centres = find_nodes(g, name)
    if not centres:
        close = difflib.get_close_matches(name, sorted({d["label"] for _, d in g.nodes(data=True)}), n=3, cutoff=0.3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise ViewError(f"--focus {name}: no entity has this name, alias or pinyin{hint}")
    undirected = g.to_undirected(as_view=True)
    keep: set[str] = set()
    for c in centres:
        keep |= set(nx.ego_graph(undirected, c, radius=depth))
    sub = ordered_subgraph(g, keep)
    sub.graph["focus"] = [g.nodes[c]["label"] for c in centres]
    sub.graph["focus_nodes"] = centres
    return sub


def only_classes(g: nx.MultiDiGraph, classes: list[str]) -> nx.MultiDiGraph:
    """The entities of the given classes and the relations among them."""
    return ordered_subgraph(g, [n for n, d in g.nodes(data=True) if d["cls"] in classes])


def top_by_degree(g: nx.MultiDiGraph, limit: int) -> nx.MultiDiGraph:
    """The `limit` most connected entities (ties by label) and the relations among them; g itself when small."""
    if limit <= 0 or len(g) <= limit:
        return g
    simple = nx.Graph(g)
    ranked = sorted(g.nodes, key=lambda n: (-simple.degree(n), g.nodes[n]["label"], n))
    sub = ordered_subgraph(g, ranked[:limit])
    sub.graph.update(g.graph, summary_of=len(g))
    return sub
