"""A self-contained interactive page: an SVG drawing plus search, class filter and an evidence panel.

Every string from documents is inserted as JSON data and shown with textContent, never as HTML.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from ..write import write_bytes
from .network import CLASS_ZH, COLOURS

TEMPLATE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>govkg 知识图谱</title>
<style>
body{margin:0;font-family:sans-serif;display:flex;height:100vh}
#side{width:340px;padding:10px;overflow:auto;border-right:1px solid #ccc;font-size:14px}
#canvas{flex:1}
svg{width:100%;height:100%}
.edge{stroke:#999;stroke-opacity:.5;cursor:pointer}
.node{cursor:pointer;stroke:#fff}
.hidden{display:none}
mark{background:#ffe066}
</style></head><body>
<div id="side"><h3>govkg 知识图谱</h3>
<input id="q" placeholder="搜索 名称 / 别名 / pinyin" style="width:95%">
<div id="filters"></div><div id="info"><p>点击节点或连线查看详情。</p></div></div>
<div id="canvas"><svg id="svg" viewBox="0 0 1000 1000"></svg></div>
<script id="data" type="application/json">__DATA__</script>
<script>
const D = JSON.parse(document.getElementById('data').textContent);
const svg = document.getElementById('svg'), NS = 'http://www.w3.org/2000/svg';
const info = document.getElementById('info');
function el(tag, attrs){const e=document.createElementNS(NS,tag);for(const k in attrs)e.setAttribute(k,attrs[k]);return e;}
function p(text, bold){const e=document.createElement('p'); if(bold){const b=document.createElement('b');b.textContent=bold;e.appendChild(b);} e.appendChild(document.createTextNode(text)); return e;}
const byId = {};
D.nodes.forEach(n => byId[n.id] = n);
D.edges.forEach((e, i) => {
  const a = byId[e.source], b = byId[e.target];
  const line = el('line', {x1:a.x, y1:a.y, x2:b.x, y2:b.y, class:'edge', 'stroke-width':2});
  line.dataset.i = i; line.addEventListener('click', () => showEdge(e)); svg.appendChild(line); e.el = line;
});
D.nodes.forEach(n => {
  const g = el('g', {class:'nodeg'});
  const c = el('circle', {cx:n.x, cy:n.y, r:7, fill:D.colours[n.cls], class:'node'});
  const t = el('text', {x:n.x+9, y:n.y+4, 'font-size':11}); t.textContent = n.label;
  g.appendChild(c); g.appendChild(t); g.addEventListener('click', () => showNode(n));
  g.dataset.id = n.id; svg.appendChild(g); n.el = g;
});
function showNode(n){
  info.replaceChildren(p(n.label, '名称 '), p(n.cls + ' ' + D.classes[n.cls], '类别 '),
    p(n.aliases || '—', '别名 '), p(n.pinyin, '拼音 '));
  D.edges.filter(e => e.source===n.id || e.target===n.id).forEach(e => {
    const q = p(byId[e.source].label + ' —' + e.predicate + '→ ' + byId[e.target].label);
    q.style.cursor='pointer'; q.addEventListener('click', () => showEdge(e)); info.appendChild(q);
  });
}
function showEdge(e){
  const s = document.createElement('p'); const off = e.start - e.sentence_start, len = e.end - e.start;
  const sent = e.sentence;
  if (off >= 0 && off + len <= sent.length) {
    s.appendChild(document.createTextNode(sent.slice(0, off)));
    const m = document.createElement('mark'); m.textContent = sent.slice(off, off+len); s.appendChild(m);
    s.appendChild(document.createTextNode(sent.slice(off+len)));
  } else { s.textContent = sent; }
  info.replaceChildren(p(byId[e.source].label + ' —' + e.predicate + '→ ' + byId[e.target].label, '关系 '),
    s, p(e.doc + ' [' + e.start + ', ' + e.end + ')', '文档 '), p(e.rule + (e.inferred ? ' (inferred)' : ''), '规则 '));
}
const active = new Set(Object.keys(D.colours));
const filters = document.getElementById('filters');
Object.keys(D.colours).forEach(c => {
  const l = document.createElement('label'); const cb = document.createElement('input');
  cb.type='checkbox'; cb.checked=true; cb.value=c;
  cb.addEventListener('change', () => { cb.checked ? active.add(c) : active.delete(c); apply(); });
  const sw = document.createElement('span'); sw.textContent=' ● '; sw.style.color=D.colours[c];
  l.appendChild(cb); l.appendChild(sw); l.appendChild(document.createTextNode(D.classes[c] + ' ' + c));
  filters.appendChild(l); filters.appendChild(document.createElement('br'));
});
const q = document.getElementById('q');
q.addEventListener('input', apply);
function apply(){
  const s = q.value.trim().toLowerCase();
  D.nodes.forEach(n => {
    const hit = !s || n.label.toLowerCase().includes(s) || (n.aliases||'').toLowerCase().includes(s)
                || n.pinyin.replace(/ /g,'').includes(s.replace(/ /g,''));
    n.visible = active.has(n.cls) && hit; n.el.classList.toggle('hidden', !n.visible);
  });
  D.edges.forEach(e => e.el.classList.toggle('hidden', !(byId[e.source].visible && byId[e.target].visible)));
}
</script></body></html>
"""


def page_data(g: nx.MultiDiGraph) -> dict:
    """Nodes with positions and edges with evidence, as plain JSON data."""
    from ..rdf import pinyin
    pos = nx.spring_layout(nx.Graph(g), seed=7, iterations=200) if len(g) else {}
    nodes = [{"id": n, "label": d["label"], "cls": d["cls"], "aliases": d["aliases"].replace("|", "、"),
              "pinyin": pinyin(d["label"]), "x": round(500 + 450 * pos[n][0], 1), "y": round(500 + 450 * pos[n][1], 1)}
             for n, d in sorted(g.nodes(data=True))]
    edges = [{"source": s, "target": t, **{k: d[k] for k in ("predicate", "sentence", "sentence_start", "start",
                                                             "end", "doc", "rule", "inferred")}}
             for s, t, d in sorted(g.edges(data=True), key=lambda x: (x[0], x[1], x[2]["predicate"], x[2]["start"]))]
    return {"nodes": nodes, "edges": edges, "colours": COLOURS, "classes": CLASS_ZH}


def embed_json(data: dict) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' survive unescaped."""
    s = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def write_page(g: nx.MultiDiGraph, target: Path) -> Path:
    """Write the interactive page atomically."""
    write_bytes(target, TEMPLATE.replace("__DATA__", embed_json(page_data(g))).encode("utf-8"))
    return target
