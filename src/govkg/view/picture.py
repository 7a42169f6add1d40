"""A static network picture (PNG or SVG) with a legend, Chinese set in Noto Sans SC."""
from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from ..write import write_bytes
from .fonts import cjk_font_name
from .network import CLASS_ZH, COLOURS


def draw(g: nx.MultiDiGraph, fmt: str = "png", title: str = "govkg 知识图谱") -> bytes:
    """The picture as bytes (png or svg)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    font = cjk_font_name()
    plt.rcParams["font.family"] = [font, "DejaVu Sans"]
    plt.rcParams["svg.hashsalt"] = "govkg"
    simple = nx.Graph(g)
    pos = nx.spring_layout(simple, seed=7, k=1.6 / max(1, len(simple)) ** 0.5, iterations=200)
    fig, ax = plt.subplots(figsize=(20, 14), dpi=110)
    degree = dict(simple.degree())
    for cls, colour in COLOURS.items():
        nodes = [n for n, d in g.nodes(data=True) if d["cls"] == cls]
        nx.draw_networkx_nodes(simple, pos, nodelist=nodes, node_color=colour, ax=ax, alpha=0.9,
                               node_size=[120 + 60 * degree.get(n, 0) for n in nodes], edgecolors="white")
    nx.draw_networkx_edges(simple, pos, ax=ax, alpha=0.25, width=0.8, edge_color="#555555")
    labels = {n: d["label"] if len(d["label"]) <= 14 else d["label"][:13] + "…" for n, d in g.nodes(data=True)}
    nx.draw_networkx_labels(simple, pos, labels=labels, font_size=8, font_family=font, ax=ax)
    handles = [Line2D([0], [0], marker="o", color="w", markerfacecolor=c, markersize=11,
                      label=f"{CLASS_ZH[k]} {k}") for k, c in COLOURS.items()]
    ax.legend(handles=handles, loc="lower left", frameon=True, fontsize=10)
    ax.set_title(f"{title}  ({g.number_of_nodes()} entities, {g.number_of_edges()} relations)", fontsize=15)
    ax.axis("off")
    fig.tight_layout()
    buf = io.BytesIO()
    meta = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
    fig.savefig(buf, format=fmt, metadata=meta)
    plt.close(fig)
    return buf.getvalue()


def write_picture(g: nx.MultiDiGraph, target: Path) -> Path:
    """Write the picture atomically; the format follows the file suffix."""
    write_bytes(target, draw(g, target.suffix.lstrip(".") or "png"))
    return target
