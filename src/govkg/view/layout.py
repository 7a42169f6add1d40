"""Positions that separate clusters: communities laid out apart, components packed in rows.

Each force-directed run stays under a few hundred nodes (larger groups are split into their
Louvain communities first), so 10,000 entities lay out in seconds with numpy alone.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

SMALL = 120          # lay out directly up to this many nodes
Pos = dict[str, np.ndarray]


def _spring(g: nx.Graph, seed: int, rounds: int) -> Pos:
    """A force layout of a small graph, centred, radius about sqrt(n)."""
    n = len(g)
    if n == 1:
        return {next(iter(g)): np.zeros(2)}
    pos = nx.spring_layout(g, seed=seed, iterations=rounds, weight="weight")
    return _fit(pos, math.sqrt(n) * 0.9)


def _fit(pos: Pos, radius: float) -> Pos:
    """Centre the positions on the origin and scale them to the given radius."""
    xy = np.array(list(pos.values()), dtype=float)
    xy -= xy.mean(axis=0)
    r = float(np.sqrt((xy ** 2).sum(axis=1)).max()) or 1.0
    return {k: v * (radius / r) for k, v in zip(pos, xy)}


def _radius(pos: Pos) -> float:
    return max(float(np.hypot(*v)) for v in pos.values()) + 0.8


def _separate(centres: np.ndarray, radii: np.ndarray, rounds: int = 80) -> np.ndarray:
    """Push overlapping discs apart (and pull them gently together) until none overlap."""
    c = centres.copy()
    for _ in range(rounds):
        d = c[:, None, :] - c[None, :, :]
        dist = np.sqrt((d ** 2).sum(axis=2)) + np.eye(len(c))
        overlap = np.clip(radii[:, None] + radii[None, :] + 0.5 - dist, 0, None)
        np.fill_diagonal(overlap, 0)
        if not overlap.any():
            break
        c += ((d / dist[:, :, None]) * overlap[:, :, None] * 0.5).sum(axis=1)
    return c


def induced(g: nx.Graph, nodes: list) -> nx.Graph:
    """The subgraph on nodes, in their order. (g.subgraph iterates a small node set in set order,
    which changes with Python's hash seed, and the force layout starts from that order.)"""
    keep = set(nodes)
    h = nx.Graph()
    h.add_nodes_from(nodes)
    h.add_edges_from((a, b, d) for a, b, d in g.edges(nodes, data=True) if b in keep)
    return h


def communities(g: nx.Graph, seed: int) -> list[list]:
    """Louvain communities, each sorted. Run on integer labels: networkx keeps communities in sets,
    and a set of strings iterates in an order that changes with Python's hash seed (so did the layout)."""
    nodes = list(g)
    found = nx.community.louvain_communities(nx.convert_node_labels_to_integers(g), seed=seed)
    return [sorted(nodes[i] for i in c) for c in found]


def _place(g: nx.Graph, seed: int, rounds: int) -> Pos:
    """A connected graph: directly when small, else its communities each laid out and then spread apart."""
    if len(g) <= SMALL:
        return _spring(g, seed, rounds)
    parts = communities(g, seed)
    if len(parts) == 1:
        parts = [sorted(g)[i::2] for i in range(2)]   # no structure: split anyway to keep each run small
    parts.sort(key=lambda p: (-len(p), p[0]))
    inner = [_place(induced(g, p), seed, rounds) for p in parts]
    radii = np.array([_radius(p) for p in inner])
    where = {n: i for i, p in enumerate(parts) for n in p}
    meta = nx.Graph()
    meta.add_nodes_from(range(len(parts)))
    for a, b in g.edges():
        i, j = where[a], where[b]
        if i != j:
            meta.add_edge(i, j, weight=meta.get_edge_data(i, j, {"weight": 0})["weight"] + 1)
    centres = np.array([v for _, v in sorted(_place_meta(meta, radii, seed, rounds).items())])
    centres = _separate(centres, radii)
    return {n: centres[i] + v for i, p in enumerate(inner) for n, v in p.items()}


def _place_meta(meta: nx.Graph, radii: np.ndarray, seed: int, rounds: int) -> dict[int, np.ndarray]:
    """Centres for the communities: linked ones near each other, scaled to their total size."""
    pos = _place(meta, seed, rounds) if len(meta) > SMALL else nx.spring_layout(meta, seed=seed, weight="weight")
    return _fit(pos, float(np.sqrt((radii ** 2).sum())) * 1.1) if len(meta) > 1 else {0: np.zeros(2)}


def _pack(groups: list[Pos], aspect: float = 1.5) -> Pos:
    """Components largest first on shelves of about the given width:height; on a shelf, smaller ones
    stack in columns as tall as the shelf's first one, so a few big and many tiny components fill a box."""
    radii = [_radius(p) for p in groups]
    width = max(max(radii) * 2, math.sqrt(sum((2 * r) ** 2 for r in radii) * aspect))
    out: Pos = {}
    x = top = 0.0                 # left edge of the current column, top of the current shelf
    shelf = col_width = used = 0.0
    for pos, r in zip(groups, radii):
        d = 2 * r
        if shelf and used + d <= shelf + 1e-9:          # fits under the previous one in this column
            pass
        elif shelf and x + col_width + d <= width:       # a new column on this shelf
            x, used, col_width = x + col_width, 0.0, 0.0
        else:                                            # a new shelf
            top, x, used, col_width = top - shelf, 0.0, 0.0, 0.0
            shelf = d
        centre = np.array([x + r, top - used - r])
        out.update({n: centre + v for n, v in pos.items()})
        used += d
        col_width = max(col_width, d)
    return out


def layout(g: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Deterministic positions for every node: clusters apart, components packed, y pointing up."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes))
    for a, b in g.edges():
        if a != b:
            w = simple.get_edge_data(a, b, {"weight": 0})["weight"]
            simple.add_edge(a, b, weight=w + 1)
    comps = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    rounds = 300 if len(simple) <= 1000 else 50   # fewer rounds on big graphs: seconds, not minutes
    packed = _pack([_place(induced(simple, c), seed, rounds) for c in comps])
    return {n: (round(float(v[0]), 3), round(float(v[1]), 3)) for n, v in packed.items()}
