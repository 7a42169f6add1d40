"""The page in a real browser: headless Chromium driven over the DevTools protocol.

Every node is drawn and in view, search and the class filter work, a click on a node shows its
labels and a click on a relation shows its evidence sentence with the span marked; no request
leaves the page, and names from a hostile document show as text and never run.
"""
from __future__ import annotations

import base64
import json
import shutil
import subprocess
import time
import urllib.request
from contextlib import ExitStack
from pathlib import Path

import pytest

from govkg.pipeline import build
from govkg.view import render_outputs
from govkg.view.network import from_rdf

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,900", "--remote-debugging-port=0"]
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium; "
                                                          ".ci/run installs it)")
HOSTILE = """<script>window.__pwned=1</script>司法工作会议
2016-08-03

  天津市司法局制定了《<img src=x onerror=window.__pwned=2>办法》,并推行“<script>window.__pwned=3</script>”等形式。
  天津市司法局印发了《</script><script>window.__pwned=4</script>条例》。
"""


class Browser:
    """One headless Chromium and one page, spoken to over the DevTools websocket."""

    def __init__(self, profile: Path) -> None:
        from websockets.sync.client import connect
        self.proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError("chromium did not start")
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10))
        url = next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page")
        self.stack = ExitStack()
        self.ws = self.stack.enter_context(connect(url, max_size=None, open_timeout=10))
        self.next_id, self.events = 0, []
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.send(f"{domain}.enable")

    def send(self, method: str, **params) -> dict:
        """Call a DevTools method and return its result; events that arrive meanwhile are kept."""
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv(timeout=60))
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg["result"]
            self.events.append(msg)

    def js(self, expression: str):
        """Evaluate JavaScript in the page and return its value."""
        res = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in res:
            raise RuntimeError(res["exceptionDetails"])
        return res["result"].get("value")

    def wait(self, expression: str, timeout: float = 20):
        """Poll until the expression is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while not (value := self.js(expression)):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {expression}")
            time.sleep(0.05)
        return value

    def open(self, path: Path) -> None:
        """Load a page and wait until the graph is drawn."""
        self.send("Page.navigate", url="about:blank")
        self.wait("!window.govkg && document.readyState === 'complete'")
        self.events.clear()
        self.send("Page.navigate", url=path.as_uri())
        self.wait("window.govkg && window.govkg.ready && document.fonts.status === 'loaded'")
        self.js("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")

    def click(self, x: float, y: float) -> None:
        """A real mouse click at page coordinates."""
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def screenshot(self, target: Path) -> None:
        """Save a PNG of the page."""
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"]))

    def close(self) -> None:
        self.stack.close()
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    b = Browser(tmp_path_factory.mktemp("chromium"))
    yield b
    b.close()


@pytest.fixture(scope="module")
def seed_page(seed_build, tmp_path_factory):
    """The seed's page and its networkx view."""
    out = tmp_path_factory.mktemp("page")
    render_outputs(seed_build, out)
    return out / "graph.html", from_rdf(seed_build.graph)


@pytest.fixture
def page(browser, seed_page):
    browser.open(seed_page[0])
    return browser


def node_point(b: Browser, label: str) -> tuple[float, float]:
    """Where a node is drawn, in page coordinates."""
    return tuple(b.js(f"""(() => {{ const g = window.govkg, i = g.data.nodes.findIndex(n => n.l === {json.dumps(label)});
        const p = g.network.canvasToDOM(g.network.getPositions([i])[i]);
        const r = document.getElementById('graph').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }})()"""))


def test_every_node_is_drawn_in_view(page, seed_page):
    _, g = seed_page
    drawn = page.js("window.govkg.data.nodes.map(n => n.i)")
    assert sorted(drawn) == sorted(g.nodes) and page.js("window.govkg.nodes.length") == len(g)
    outside = page.js("""(() => { const g = window.govkg, c = document.querySelector('#graph canvas');
        return Object.entries(g.network.getPositions()).filter(([k, p]) => { const d = g.network.canvasToDOM(p);
        return d.x < 0 || d.y < 0 || d.x > c.clientWidth || d.y > c.clientHeight; }).length; })()""")
    assert outside == 0
    page.screenshot(ARTIFACTS / "page.png")


@pytest.mark.parametrize("query", ["李培斌", "lipeibin", "Li Pei Bin", "培斌"], ids=["name", "pinyin", "pinyin-spaced", "part"])
def test_search_finds_by_name_and_pinyin(page, query):
    page.js(f"const q = document.getElementById('q'); q.value = {json.dumps(query)}; "
            "q.dispatchEvent(new Event('input'))")
    first = page.wait("document.querySelector('#results li') && document.querySelector('#results li').textContent")
    assert "李培斌" in first


def test_search_finds_by_alias(page, seed_page):
    _, g = seed_page
    with_alias = [(d["label"], a) for _, d in g.nodes(data=True) for a in d["aliases"].split("|") if a]
    if not with_alias:
        pytest.skip("the seed graph has no aliases")
    label, alias = with_alias[0]
    page.js(f"const q = document.getElementById('q'); q.value = {json.dumps(alias)}; q.dispatchEvent(new Event('input'))")
    page.wait("!!document.querySelector('#results li[data-node]')")
    assert label in page.js("[...document.querySelectorAll('#results li')].map(li => li.textContent).join('|')")


def test_class_filter_hides_a_class(page, seed_page):
    _, g = seed_page
    people = sum(1 for _, d in g.nodes(data=True) if d["cls"] == "Person")
    page.js("document.querySelector('#legend input[data-class=Person]').click()")
    hidden = page.js("window.govkg.nodes.get({filter: n => n.hidden}).map(n => window.govkg.data.nodes[n.id].c)")
    assert len(hidden) == people > 0 and len(set(hidden)) == 1
    page.js("const q = document.getElementById('q'); q.value = '李培斌'; q.dispatchEvent(new Event('input'))")
    assert page.wait("document.querySelector('#results li') && document.querySelector('#results li').textContent") \
        == "没有找到 no match"
    page.js("document.querySelector('#legend input[data-class=Person]').click()")
    assert page.js("window.govkg.nodes.get({filter: n => n.hidden}).length") == 0


def test_click_node_shows_labels_class_iri_and_relations(page, seed_page):
    _, g = seed_page
    node = next(n for n, d in g.nodes(data=True) if d["label"] == "李培斌")
    page.click(*node_point(page, "李培斌"))
    assert page.wait("document.querySelector('#info h2') && document.querySelector('#info h2').textContent") == "李培斌"
    text = page.js("document.getElementById('info').textContent")
    assert node in text and "Person" in text and g.nodes[node]["pinyin"] in text
    assert page.js("document.querySelectorAll('#rels li').length") == len({(s, t, d["predicate"]) for s, t, d in
                                                                         g.in_edges(node, data=True)} |
                                                                        {(s, t, d["predicate"]) for s, t, d in
                                                                         g.out_edges(node, data=True)})


def test_click_relation_shows_evidence_sentence(page, seed_page):
    _, g = seed_page
    # an edge whose midpoint is at least 10 px from every node and every other edge: an unambiguous click
    hit = page.js("""(() => { const g = window.govkg, r = document.getElementById('graph').getBoundingClientRect();
        const P = g.network.getPositions(), dom = Object.fromEntries(Object.entries(P).map(([k, p]) =>
          [k, g.network.canvasToDOM(p)]));
        const dist = (m, a, b) => { const dx = b.x - a.x, dy = b.y - a.y, l = dx * dx + dy * dy || 1;
          const t = Math.max(0, Math.min(1, ((m.x - a.x) * dx + (m.y - a.y) * dy) / l));
          return Math.hypot(m.x - a.x - t * dx, m.y - a.y - t * dy); };
        for (const [i, e] of g.data.edges.entries()) { if (e.k) continue;
          const m = {x: (dom[e.s].x + dom[e.t].x) / 2, y: (dom[e.s].y + dom[e.t].y) / 2};
          if (Object.values(dom).some(p => Math.hypot(p.x - m.x, p.y - m.y) < 30)) continue;
          if (g.data.edges.some((f, j) => j !== i && dist(m, dom[f.s], dom[f.t]) < 10)) continue;
          return [i, m.x + r.left, m.y + r.top]; } })()""")
    assert hit, "no clickable edge"
    i, x, y = hit
    page.click(x, y)
    page.wait("!!document.querySelector('#info .sentence')")
    edge = page.js(f"window.govkg.data.edges[{i}]")
    ev = page.js(f"window.govkg.data.evidence[{edge['e'][0]}]")
    source, target = page.js(f"[window.govkg.data.nodes[{edge['s']}].i, window.govkg.data.nodes[{edge['t']}].i]")
    data = next(d for d in g.get_edge_data(source, target).values()
                if (d["predicate"], d["span_start"], d["span_end"]) == (edge["p"], ev["b"], ev["e"]))
    sentence = page.js("document.querySelector('#info .sentence').textContent")
    marked = page.js("document.querySelector('#info .sentence mark').textContent")
    assert sentence == data["sentence"]
    off = data["span_start"] - data["sentence_start"]
    assert marked == data["sentence"][off:off + data["span_end"] - data["span_start"]]
    assert data["doc_title"] in page.js("document.querySelector('#info .evidence .doc').textContent")


def test_no_request_leaves_the_page(page):
    page.click(*node_point(page, "李培斌"))
    urls = [e["params"]["request"]["url"] for e in page.events if e.get("method") == "Network.requestWillBeSent"]
    assert urls and all(u.startswith(("file:", "data:")) for u in urls), urls
    errors = [e for e in page.events if e.get("method") == "Runtime.exceptionThrown"
              or (e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error")]
    assert not errors, errors


def test_hostile_names_show_as_text_and_never_run(browser, tmp_path):
    doc = tmp_path / "evil.txt"
    doc.write_text(HOSTILE, encoding="utf-8")
    result = build([doc])
    g = from_rdf(result.graph)
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert any("<img" in x for x in labels) and any("<script>" in x for x in labels), labels
    render_outputs(result, tmp_path / "out")
    browser.open(tmp_path / "out" / "graph.html")
    browser.js("""(() => { const g = window.govkg; g.data.nodes.forEach((n, i) => g.showNode(i));
        g.data.edges.forEach((e, i) => g.showEdge(i)); })()""")
    browser.js("const q = document.getElementById('q'); q.value = 'img'; q.dispatchEvent(new Event('input'))")
    shown = browser.wait("document.querySelector('#results li[data-node]') && "
                         "document.querySelector('#results li[data-node]').textContent")
    assert "<img src=x onerror=window.__pwned=2>办法" in shown
    browser.js("window.govkg.select(window.govkg.data.nodes.findIndex(n => n.l.startsWith('<img')))")
    assert browser.js("document.querySelector('#info h2').textContent") == "<img src=x onerror=window.__pwned=2>办法"
    browser.js("window.govkg.showEdge(window.govkg.data.edges.findIndex(e => e.p === 'issued'))")
    assert "<script>window.__pwned=" in browser.js("document.querySelector('#info .sentence').textContent")
    time.sleep(0.3)
    assert browser.js("typeof window.__pwned") == "undefined"
    assert browser.js("document.querySelectorAll('img').length") == 0
    assert browser.js("document.scripts.length") == 3
    browser.screenshot(ARTIFACTS / "hostile.png")


def test_ego_page_draws_the_neighbourhood_and_opens_on_its_centre(browser, seed_build, tmp_path):
    from govkg.view import RenderOptions, render
    g = from_rdf(seed_build.graph)
    render(g, tmp_path, RenderOptions(focus="李培斌", depth=1))
    browser.open(tmp_path / "graph.html")
    centre = next(n for n, d in g.nodes(data=True) if d["label"] == "李培斌")
    expected = {centre, *g.successors(centre), *g.predecessors(centre)}
    assert set(browser.js("window.govkg.data.nodes.map(n => n.i)")) == expected
    assert browser.js("document.querySelector('#info h2').textContent") == "李培斌"
    assert "李培斌 周边" in browser.js("document.getElementById('title').textContent")
    browser.screenshot(ARTIFACTS / "ego.png")
