"""A static network picture (PNG or SVG) that prints well: clusters apart, labels that never overlap,
a legend and a title, Chinese set in Noto Sans SC (text as outlines in SVG, so no font is needed to view it).
"""
from __future__ import annotations

import io
import math
from pathlib import Path

import networkx as nx

from ..write import write_bytes
from .fonts import cjk_font_name
from .layout import layout
from .network import CLASS_ZH, COLOURS, SHAPES

LABEL_CHARS = 12     # longer names are cut with an ellipsis
# where a label may sit relative to its node: (dx, dy) in points, horizontal and vertical alignment
SPOTS = tuple((dx * k, dy * k, ha, va) for k in (1, 2.5) for dx, dy, ha, va in (
    (1, 0, "left", "center"), (-1, 0, "right", "center"), (0, 1, "center", "bottom"), (0, -1, "center", "top"),
    (1, 1, "left", "bottom"), (-1, 1, "right", "bottom"), (1, -1, "left", "top"), (-1, -1, "right", "top")))


def short(label: str) -> str:
    """The label as drawn: cut to LABEL_CHARS characters."""
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"


def drawn_labels(g: nx.MultiDiGraph) -> dict[str, str]:
    """Every text the picture may draw for a node."""
    return {n: short(d["label"]) for n, d in g.nodes(data=True)}


def title_of(g: nx.MultiDiGraph, title: str) -> str:
    """The title line: what is drawn and how much of the graph it is."""
    n, m = g.number_of_nodes(), nx.Graph(g).number_of_edges()
    text = f"{title}：{' / '.join(g.graph['focus'])} 周边" if g.graph.get("focus") else title
    if g.graph.get("summary_of"):
        return f"{text}（连接最多的 {n} 个实体，共 {g.graph['summary_of']} 个；{m} 条关系）"
    return f"{text}（{n} 个实体，{m} 条关系）"


def _boxes_overlap(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def _place_labels(ax, pos, g: nx.MultiDiGraph, sizes: dict, font: str, fontsize: float) -> int:
    """Put each label (most connected first) at the first spot that hits no label or node; returns how many."""
    from matplotlib.transforms import Bbox
    renderer = ax.figure.canvas.get_renderer()
    to_px = ax.transData.transform
    pt = ax.figure.dpi / 72
    taken, index = [], {n: i for i, n in enumerate(g.nodes)}
    for n in g.nodes:
        x, y = to_px(pos[n])
        r = math.sqrt(sizes[n]) / 2 * pt
        taken.append(Bbox([[x - r, y - r], [x + r, y + r]]))
    simple = nx.Graph(g)
    placed = 0
    for n in sorted(g.nodes, key=lambda n: (-simple.degree(n), g.nodes[n]["label"])):
        gap = math.sqrt(sizes[n]) / 2 + 2
        for dx, dy, ha, va in SPOTS:
            t = ax.annotate(short(g.nodes[n]["label"]), pos[n], xytext=(dx * gap, dy * gap),
                            textcoords="offset points", ha=ha, va=va, fontsize=fontsize,
                            family=[font, "DejaVu Sans"], zorder=4, color="#222222")
            box = t.get_window_extent(renderer).expanded(1.04, 1.1)
            own = taken[index[n]]
            if not any(_boxes_overlap(box, b) for b in taken if b is not own):
                taken.append(box)
                placed += 1
                break
            t.remove()
    return placed


RC = {"svg.hashsalt": "govkg", "svg.fonttype": "path"}   # SVG text as outlines: no font needed to view it


def figure(g: nx.MultiDiGraph, title: str = "govkg 知识图谱"):
    """The matplotlib Figure of the graph (call inside rc(), which also governs saving)."""
    import matplotlib.pyplot as plt
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    font = cjk_font_name()
    pos = layout(g)
    simple = nx.Graph(g)
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    scale = min(15 / (max(xs) - min(xs) + 1), 11 / (max(ys) - min(ys) + 1), 1.1)   # inches per layout unit
    pad = 1.2 / scale                      # 1.2 inches around the drawing, for the outer labels
    w, h = max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad
    legend_w, title_h = 2.6, 0.7           # inches beside and above the drawing
    fig_w, fig_h = w * scale + legend_w, max(h * scale, 3.0) + title_h
    fig = plt.figure(figsize=(fig_w, fig_h), dpi=150)
    # same scale on both axes without set_aspect: the axes box has the layout's proportions
    ax = fig.add_axes((legend_w / fig_w, 0, w * scale / fig_w, h * scale / fig_h))
    ax.set_xlim(min(xs) - pad, max(xs) + pad)
    ax.set_ylim(min(ys) - pad, max(ys) + pad)
    ax.axis("off")
    ax.add_collection(LineCollection([(pos[a], pos[b]) for a, b in simple.edges() if a != b],
                                     colors="#8a8a8a", linewidths=0.7, alpha=0.55, zorder=1))
    sizes = {n: 40 + 84 * math.sqrt(simple.degree(n)) for n in g.nodes}
    handles = []
    for cls, colour in COLOURS.items():
        nodes = [n for n, d in g.nodes(data=True) if d["cls"] == cls]
        marker = SHAPES[cls][0]
        if nodes:
            ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=[sizes[n] for n in nodes],
                       c=colour, marker=marker, edgecolors="white", linewidths=0.8, zorder=3)
            handles.append(Line2D([0], [0], marker=marker, color="w", markerfacecolor=colour, markersize=10,
                                  label=f"{CLASS_ZH[cls]} {cls} ({len(nodes)})"))
    _place_labels(ax, pos, g, sizes, font, 7.5 if len(g) <= 150 else 6.5)
    if handles:
        fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.08 / fig_w, 1 - title_h / fig_h),
                   frameon=True, fontsize=8.5, title="类别 class", title_fontsize=9, borderaxespad=0)
    fig.suptitle(title_of(g, title), fontsize=14, y=1 - 0.2 / fig_h, va="top")
    return fig


def rc():
    """Matplotlib settings for the picture: the CJK font first, DejaVu Sans for anything it lacks."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt.rc_context({**RC, "font.family": [cjk_font_name(), "DejaVu Sans"]})


def write_pictures(g: nx.MultiDiGraph, targets: list[Path], title: str = "govkg 知识图谱") -> list[Path]:
    """Draw once, write each target atomically in the format its suffix names (png, svg, pdf)."""
    import matplotlib.pyplot as plt
    with rc():
        fig = figure(g, title)
        try:
            for target in targets:
                fmt = target.suffix.lstrip(".") or "png"
                buf = io.BytesIO()
                meta = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
                fig.savefig(buf, format=fmt, metadata=meta, facecolor="white")
                write_bytes(target, buf.getvalue())
        finally:
            plt.close(fig)
    return targets
