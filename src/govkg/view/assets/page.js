/* govkg page: draws the graph with vis-network and wires search, class filter and the evidence panel.
   Every string from documents reaches the page as JSON data and the DOM as text (append/textContent),
   never as HTML; vis-network draws labels on a canvas. */
(function () {
  'use strict';
  const D = JSON.parse(document.getElementById('data').textContent);
  const $ = (id) => document.getElementById(id);
  const FACE = "GovkgCJK, sans-serif";
  const BIG = D.nodes.length > 2000;

  function h(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const k in attrs || {}) {
      if (k.startsWith('on')) e.addEventListener(k.slice(2), attrs[k]);
      else if (k === 'class') e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    }
    for (const kid of kids) if (kid != null) e.append(kid instanceof Node ? kid : String(kid));
    return e;
  }
  const norm = (s) => String(s).toLowerCase().replace(/\s+/g, '');

  /* A pentagon (vis-network has none): drawn on the canvas, label below when big enough on screen. */
  function pentagon({ctx, x, y, state, style, label}) {
    const r = style.size;
    return {
      drawNode() {
        ctx.beginPath();
        for (let k = 0; k < 5; k++) {
          const a = -Math.PI / 2 + k * 2 * Math.PI / 5;
          ctx[k ? 'lineTo' : 'moveTo'](x + r * Math.cos(a), y + r * Math.sin(a));
        }
        ctx.closePath();
        ctx.fillStyle = style.color; ctx.fill();
        ctx.lineWidth = state.selected ? 3 : style.borderWidth; ctx.strokeStyle = style.borderColor; ctx.stroke();
      },
      drawExternalLabel() {
        if (!label || 14 * ctx.getTransform().a < 6) return;
        ctx.font = '14px ' + FACE; ctx.textAlign = 'center'; ctx.textBaseline = 'top';
        ctx.lineWidth = 4; ctx.strokeStyle = '#fff'; ctx.strokeText(label, x, y + r + 3);
        ctx.fillStyle = '#222'; ctx.fillText(label, x, y + r + 3);
      },
      nodeDimensions: {width: 2 * r, height: 2 * r},
    };
  }

  const CLS = D.classes;
  const active = new Set(CLS.map((c, i) => i));
  const nodeItems = D.nodes.map((n, i) => {
    const c = CLS[n.c];
    const item = {id: i, label: n.l, x: n.x, y: n.y, value: n.d + 1,
                  color: {background: c.colour, border: '#ffffff', highlight: {background: c.colour, border: '#222'}},
                  shape: c.shape === 'pentagon' ? 'custom' : c.shape};
    if (c.shape === 'pentagon') item.ctxRenderer = pentagon;
    return item;
  });
  const edgeItems = D.edges.map((e, i) => {
    const item = {id: i, from: e.s, to: e.t, width: 1 + Math.min(3, Math.log2(e.e.length))};
    if (e.k) item.smooth = {enabled: true, type: 'curvedCW', roundness: 0.18 * e.k};
    return item;
  });
  const nodes = new vis.DataSet(nodeItems);
  const edges = new vis.DataSet(edgeItems);
  const byNode = D.nodes.map(() => []);
  D.edges.forEach((e, i) => { byNode[e.s].push(i); if (e.t !== e.s) byNode[e.t].push(i); });

  /* ---- side panel ---- */
  const info = $('info');
  const SVGNS = 'http://www.w3.org/2000/svg';
  function ring(n, r, inner, turn) {
    const pts = [];
    for (let k = 0; k < n * (inner ? 2 : 1); k++) {
      const a = turn + k * Math.PI / (inner ? n : n / 2), rr = inner && k % 2 ? inner : r;
      pts.push((rr * Math.cos(a)).toFixed(2) + ',' + (rr * Math.sin(a)).toFixed(2));
    }
    return pts.join(' ');
  }
  const UP = -Math.PI / 2;
  const POINTS = {square: ring(4, 7.5, 0, Math.PI / 4), triangle: ring(3, 7, 0, UP), triangleDown: ring(3, 7, 0, -UP),
                  diamond: ring(4, 7, 0, 0), star: ring(5, 7, 3, UP), hexagon: ring(6, 6.5, 0, 0),
                  pentagon: ring(5, 6.5, 0, UP)};
  /* the class's shape and colour as a small inline SVG, as in the drawing and the picture */
  function swatch(c) {
    const svg = document.createElementNS(SVGNS, 'svg');
    svg.setAttribute('viewBox', '-8 -8 16 16'); svg.setAttribute('width', '14'); svg.setAttribute('height', '14');
    svg.setAttribute('class', 'sw');
    const shape = document.createElementNS(SVGNS, c.shape === 'dot' ? 'circle' : 'polygon');
    if (c.shape === 'dot') shape.setAttribute('r', '6'); else shape.setAttribute('points', POINTS[c.shape]);
    shape.setAttribute('fill', c.colour);
    svg.append(shape);
    return svg;
  }
  function nodeLink(i) {
    const n = D.nodes[i];
    return h('a', {href: '#', onclick: (ev) => { ev.preventDefault(); select(i); }}, n.l);
  }
  function relText(i, arrow) {
    const e = D.edges[i];
    return [nodeLink(e.s), ' —' + D.predicates[e.p] + ' ' + e.p + arrow, nodeLink(e.t)];
  }
  function showNode(i) {
    const n = D.nodes[i], c = CLS[n.c];
    const rels = byNode[i].slice().sort((a, b) => D.edges[a].p.localeCompare(D.edges[b].p));
    info.replaceChildren(
      h('h2', {}, n.l),
      h('dl', {},
        h('dt', {}, '类别 class'), h('dd', {}, swatch(c), ' ' + c.zh + ' ' + c.id),
        h('dt', {}, '别名 aliases'), h('dd', {}, n.a.length ? n.a.join('、') : '—'),
        h('dt', {}, '拼音 pinyin'), h('dd', {}, n.p),
        h('dt', {}, 'IRI'), h('dd', {}, h('code', {}, n.i)),
        h('dt', {}, '关系 relations (' + rels.length + ')')),
      h('ul', {id: 'rels'}, ...rels.map((k) => h('li', {class: 'rel', 'data-edge': k,
        onclick: (ev) => { if (ev.target.tagName !== 'A') { network.selectEdges([k]); showEdge(k); } }},
        ...relText(k, '→ '), h('span', {class: 'muted'}, ' ×' + D.edges[k].e.length)))));
  }
  function sentenceOf(ev) {
    const s = D.sentences[ev.s];
    if (!s) return h('div', {class: 'sentence muted'}, '（无原句 no sentence）');
    const [text, start] = s, off = ev.b - start, len = ev.e - ev.b;
    if (off < 0 || len <= 0 || off + len > text.length) return h('div', {class: 'sentence'}, text);
    return h('div', {class: 'sentence'}, text.slice(0, off), h('mark', {}, text.slice(off, off + len)),
             text.slice(off + len));
  }
  function showEdge(i) {
    const e = D.edges[i];
    const parts = e.e.map((k) => {
      const ev = D.evidence[k], doc = D.docs[ev.d] || ['', '', ''];
      return h('div', {class: 'evidence'}, sentenceOf(ev),
        h('div', {class: 'muted'}, '文档 ', h('span', {class: 'doc'}, doc[0] || '—'), ' (' + doc[1] + ')',
          ' · [' + ev.b + ', ' + ev.e + ')', ' · 规则 ' + ev.r, ev.inf ? ' · 推断 inferred' : ' · 原文 stated',
          ' · ' + ev.c, ev.role ? ' · 职务 ' + ev.role : ''));
    });
    info.replaceChildren(h('h2', {}, '关系 relation'), h('p', {}, ...relText(i, '→ ')),
      h('dl', {}, h('dt', {}, '证据 evidence (' + e.e.length + ')')), ...parts);
  }

  /* ---- legend and class filter ---- */
  const counts = CLS.map(() => 0);
  D.nodes.forEach((n) => counts[n.c]++);
  const legend = $('legend');
  CLS.forEach((c, i) => {
    if (!counts[i]) return;
    const box = h('input', {type: 'checkbox', 'data-class': c.id});
    box.checked = true;
    box.addEventListener('change', () => { box.checked ? active.add(i) : active.delete(i); applyFilter(); });
    legend.append(h('label', {}, box, swatch(c), c.zh + ' ' + c.id, h('span', {class: 'n'}, counts[i])));
  });
  function setAll(on) {
    legend.querySelectorAll('input').forEach((b) => { b.checked = on; });
    CLS.forEach((c, i) => on ? active.add(i) : active.delete(i));
    applyFilter();
  }
  legend.append(h('div', {class: 'tools'}, h('button', {onclick: () => setAll(true)}, '全选 all'), ' ',
                  h('button', {onclick: () => setAll(false)}, '全不选 none')));
  function applyFilter() {
    nodes.update(D.nodes.map((n, i) => ({id: i, hidden: !active.has(n.c)})));
    runSearch();
    if (network) declutterSoon();
  }

  /* ---- search by name, alias or pinyin ---- */
  const keys = D.nodes.map((n) => [norm(n.l), n.a.map(norm), norm(n.p)]);
  function matches(q) {
    const hits = [];
    D.nodes.forEach((n, i) => {
      if (!active.has(n.c)) return;
      const [l, a, p] = keys[i];
      const rank = l === q ? 0 : l.startsWith(q) ? 1 : l.includes(q) ? 2 : a.some((x) => x.includes(q)) ? 3
        : p.includes(q) ? 4 : -1;
      if (rank >= 0) hits.push([rank, -n.d, i]);
    });
    return hits.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]).map((x) => x[2]);
  }
  const results = $('results'), q = $('q');
  let dimmed = false, timer = 0;
  function runSearch() {
    const s = norm(q.value);
    const hits = s ? matches(s) : [];
    results.replaceChildren(...hits.slice(0, 40).map((i) => h('li', {'data-node': i, onclick: () => select(i)},
      swatch(CLS[D.nodes[i].c]), ' ' + D.nodes[i].l, h('span', {class: 'muted'}, ' ' + D.nodes[i].p))));
    if (s && !hits.length) results.append(h('li', {class: 'muted'}, '没有找到 no match'));
    const hit = new Set(hits);
    if (BIG) {                                  // recolouring 10,000 nodes is slow: select the hits instead
      if (network) network.selectNodes(hits.slice(0, 2000));
    } else if (s || dimmed) {
      nodes.update(nodeItems.map((it, i) => ({id: i, color: !s || hit.has(i) ? it.color
        : {background: '#e6e6e6', border: '#ffffff'}, font: {color: !s || hit.has(i) ? '#222' : '#bbb'}})));
      dimmed = !!s;
    }
    $('stats').textContent = statLine(s ? hits.length : null);
  }
  q.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(runSearch, BIG ? 200 : 30); });
  q.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { runSearch(); const f = matches(norm(q.value))[0]; if (f != null) select(f); } });

  function statLine(found) {
    const shown = D.nodes.filter((n) => active.has(n.c)).length;
    let s = shown + ' / ' + D.nodes.length + ' 个实体 entities · ' + D.edges.length + ' 条关系 relations';
    if (D.summary_of) s += ' · 连接最多的 ' + D.nodes.length + ' 个，共 ' + D.summary_of + ' 个';
    if (found != null) s += ' · 找到 ' + found + ' 个 found';
    return s;
  }

  /* ---- labels as zoom allows: most connected first, each only where it hits no label kept before ---- */
  const SIZE = [8, 34], FONT = 14;
  const vmin = Math.min(...D.nodes.map((n) => n.d)), vmax = Math.max(...D.nodes.map((n) => n.d));
  const sizeOf = (i) => vmax === vmin ? (SIZE[0] + SIZE[1]) / 2
    : SIZE[0] + (SIZE[1] - SIZE[0]) * (D.nodes[i].d - vmin) / (vmax - vmin);
  const ems = D.nodes.map((n) => [...n.l].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.6), 0));
  const order = D.nodes.map((n, i) => i).sort((a, b) => D.nodes[b].d - D.nodes[a].d || a - b);
  const labelShown = D.nodes.map(() => true), forced = new Set();
  function declutter() {
    const s = network.getScale(), fs = FONT * s;
    if (fs < 6) return;                       // vis-network draws no label at this zoom anyway
    const pos = network.getPositions(), cell = 160, grid = new Map(), keep = D.nodes.map(() => false);
    for (const i of order) {
      if (!active.has(D.nodes[i].c)) continue;
      const w = ems[i] * fs, x0 = pos[i].x * s - w / 2, y0 = (pos[i].y + sizeOf(i)) * s;
      const box = [x0, y0, x0 + w, y0 + fs * 1.25], cells = [];
      for (let cx = Math.floor(box[0] / cell); cx <= Math.floor(box[2] / cell); cx++)
        for (let cy = Math.floor(box[1] / cell); cy <= Math.floor(box[3] / cell); cy++) cells.push(cx + ',' + cy);
      const hits = cells.some((c) => (grid.get(c) || []).some((b) =>
        b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3]));
      if (hits && !forced.has(i)) continue;
      keep[i] = true;
      cells.forEach((c) => { if (!grid.has(c)) grid.set(c, []); grid.get(c).push(box); });
    }
    const changes = [];
    keep.forEach((k, i) => { if (k !== labelShown[i]) { labelShown[i] = k; changes.push({id: i, label: k ? D.nodes[i].l : ''}); } });
    if (changes.length) nodes.update(changes);
  }
  let declutterTimer = 0;
  const declutterSoon = () => { clearTimeout(declutterTimer); declutterTimer = setTimeout(declutter, 120); };

  /* ---- the network ---- */
  $('title').textContent = D.title;
  const options = {
    autoResize: true, physics: false, layout: {improvedLayout: false},
    nodes: {font: {face: FACE, size: 14, color: '#222', strokeWidth: 3, strokeColor: '#ffffff'},
            borderWidth: 1, borderWidthSelected: 3,
            scaling: {min: SIZE[0], max: SIZE[1], label: {enabled: false, drawThreshold: 6}}},
    edges: {smooth: false, color: {color: '#a8a8a8', highlight: '#333333', hover: '#555555', opacity: 0.8},
            arrows: {to: {enabled: !BIG, scaleFactor: 0.45}}, selectionWidth: 2, hoverWidth: 1.5},
    interaction: {hover: !BIG, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG, multiselect: false,
                  tooltipDelay: 999999},
  };
  let network = null;
  function select(i) {
    if (!active.has(D.nodes[i].c)) return;
    forced.clear(); forced.add(i); declutterSoon();
    network.selectNodes([i]);
    network.focus(i, {scale: Math.max(network.getScale(), 1.0), animation: {duration: 300}});
    showNode(i);
  }
  function init() {
    network = new vis.Network($('graph'), {nodes, edges}, options);
    network.on('click', (p) => {
      if (p.nodes.length) { forced.clear(); forced.add(p.nodes[0]); declutterSoon(); showNode(p.nodes[0]); }
      else if (p.edges.length) showEdge(p.edges[0]);
    });
    network.once('afterDrawing', () => { network.fit(); declutter(); });   // labels have sizes only once drawn
    let lastScale = 0;                     // any change of zoom, by hand or by focus(), re-picks the labels
    network.on('afterDrawing', () => { const s = network.getScale(); if (s !== lastScale) { lastScale = s; declutterSoon(); } });
    runSearch();
    if (D.focus.length) {                  // an ego view opens on its centre
      D.focus.forEach((i) => forced.add(i));
      network.selectNodes(D.focus);
      showNode(D.focus[0]);
    }
    window.govkg = {network, nodes, edges, data: D, showNode, showEdge, select, ready: true};
  }
  $('stats').textContent = statLine(null);
  const sample = D.nodes.slice(0, 50).map((n) => n.l).join('') || '图';
  (document.fonts ? document.fonts.load('14px GovkgCJK', sample) : Promise.resolve()).then(init, init);
})();
