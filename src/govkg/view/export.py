"""GraphML and GEXF files for Gephi, Cytoscape and yEd: labels, classes and evidence as attributes."""
from __future__ import annotations

import io
import re
from pathlib import Path

import networkx as nx

from ..write import write_bytes


def _plain(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose graph-level data holds only scalars (the writers reject lists)."""
    out = g.copy()
    out.graph = {k: v for k, v in g.graph.items() if isinstance(v, (str, int, float, bool))}
    return out


def write_graphml(g: nx.MultiDiGraph, target: Path) -> Path:
    """Write GraphML atomically (one edge per relation and piece of evidence)."""
    buf = io.BytesIO()
    nx.write_graphml(_plain(g), buf, encoding="utf-8", prettyprint=True)
    write_bytes(target, buf.getvalue())
    return target


def write_gexf(g: nx.MultiDiGraph, target: Path) -> Path:
    """Write GEXF 1.2 atomically; node colours as viz attributes so Gephi opens it coloured by class."""
    from .network import COLOURS
    out = _plain(g)
    for _, d in out.nodes(data=True):
        rgb = COLOURS[d["cls"]].lstrip("#")
        d["viz"] = {"color": {"r": int(rgb[0:2], 16), "g": int(rgb[2:4], 16), "b": int(rgb[4:6], 16), "a": 1.0}}
    buf = io.BytesIO()
    nx.write_gexf(out, buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    # the writer stamps today's date; without it the same graph gives the same bytes
    write_bytes(target, re.sub(rb' lastmodifieddate="[^"]*"', b"", buf.getvalue(), count=1))
    return target
