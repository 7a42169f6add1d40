"""A self-contained interactive page: vis-network (inlined from the installed pyvis), a subset of
Noto Sans SC as a base64 @font-face, and the graph as JSON data. No request leaves the page.

Every string from documents is inserted as JSON data and shown with textContent, never as HTML.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from importlib import resources
from pathlib import Path

import networkx as nx

from ..write import write_bytes
from .fonts import font_face_css
from .jslib import vis_network_js
from .layout import layout
from .network import CLASS_ZH, COLOURS, PREDICATE_ZH, SHAPES

PX_PER_UNIT = 70          # layout units -> page pixels
SLOT = re.compile(r"\{\{(FONT|DATA|VIS|APP)\}\}")


def _asset(name: str) -> str:
    return (resources.files("govkg.view") / "assets" / name).read_text(encoding="utf-8")


def page_data(g: nx.MultiDiGraph, title: str = "govkg 知识图谱") -> dict:
    """Nodes with positions, one edge per (subject, predicate, object) with its evidence, as plain JSON data."""
    pos = layout(g)
    classes = list(COLOURS)
    order = sorted(g.nodes, key=lambda n: (classes.index(g.nodes[n]["cls"]), g.nodes[n]["label"], n))
    index = {n: i for i, n in enumerate(order)}
    simple = nx.Graph(g)
    nodes = [{"l": d["label"], "c": classes.index(d["cls"]), "a": [a for a in d["aliases"].split("|") if a],
              "p": d["pinyin"], "i": d["iri"], "d": simple.degree(n),
              "x": round(pos[n][0] * PX_PER_UNIT, 1), "y": round(-pos[n][1] * PX_PER_UNIT, 1)}
             for n, d in ((n, g.nodes[n]) for n in order)]
    docs: dict[str, int] = {}
    sentences: dict[tuple[str, int], int] = {}
    evidence: list[dict] = []
    grouped: dict[tuple[int, str, int], list[int]] = {}
    for s, t, d in sorted(g.edges(data=True), key=lambda e: (index[e[0]], index[e[1]], e[2]["predicate"],
                                                             e[2]["span_start"], e[2]["evidence"])):
        doc = docs.setdefault(d["doc"], len(docs)) if d["doc"] else -1
        sent = sentences.setdefault((d["sentence"], d["sentence_start"]), len(sentences)) if d["sentence"] else -1
        evidence.append({"s": sent, "b": d["span_start"], "e": d["span_end"], "d": doc, "r": d["rule"],
                         "inf": d["inferred"], "c": d["confidence"], "role": d["role"]})
        grouped.setdefault((index[s], d["predicate"], index[t]), []).append(len(evidence) - 1)
    doc_info = {d["doc"]: [d["doc_title"], d["doc_source"], d["doc"]] for _, _, d in g.edges(data=True)}
    parallel: Counter = Counter()
    edges = []
    for (s, p, t), ev in grouped.items():
        pair = (min(s, t), max(s, t))
        edges.append({"s": s, "t": t, "p": p, "e": ev, "k": parallel[pair]})
        parallel[pair] += 1
    return {"title": title, "summary_of": g.graph.get("summary_of", 0),
            "focus": [index[n] for n in g.graph.get("focus_nodes", ()) if n in index],
            "classes": [{"id": c, "zh": CLASS_ZH[c], "colour": COLOURS[c], "shape": SHAPES[c][1]} for c in classes],
            "predicates": PREDICATE_ZH, "nodes": nodes, "edges": edges, "evidence": evidence,
            "sentences": [list(k) for k in sentences], "docs": [doc_info[k] for k in docs]}


def embed_json(data: dict) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' survive unescaped."""
    s = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_page(g: nx.MultiDiGraph, title: str = "govkg 知识图谱") -> str:
    """The whole page as one string."""
    data = page_data(g, title)
    if g.graph.get("focus"):
        data["title"] = f"{title}：{' / '.join(g.graph['focus'])} 周边"
    template, app, data_json = _asset("page.html"), _asset("page.js"), embed_json(data)
    # the font holds exactly the characters that the page's own text and data can show
    text = json.dumps(data, ensure_ascii=False) + template + app
    slots = {"FONT": font_face_css(text), "DATA": data_json, "VIS": vis_network_js(), "APP": app}
    return SLOT.sub(lambda m: slots[m.group(1)], template)


def write_page(g: nx.MultiDiGraph, target: Path, title: str = "govkg 知识图谱") -> Path:
    """Write the interactive page atomically."""
    write_bytes(target, render_page(g, title).encode("utf-8"))
    return target
