"""The static picture: every Chinese glyph in the font, no font warnings, labels that never overlap."""
from __future__ import annotations

import logging
import warnings

import networkx as nx
import pytest
from fontTools.ttLib import TTFont

from govkg.view.fonts import cjk_font_path
from govkg.view.network import CLASS_ZH, from_rdf
from govkg.view.picture import drawn_labels, figure, rc, title_of, write_pictures
from govkg.view.select import focus


@pytest.fixture(scope="module")
def seed_view(seed_build):
    return from_rdf(seed_build.graph)


@pytest.fixture(scope="module")
def cmap() -> set[int]:
    with TTFont(str(cjk_font_path()), lazy=True) as font:
        return set(font.getBestCmap())


def test_font_covers_every_character_drawn(seed_view, cmap):
    texts = [*drawn_labels(seed_view).values(), title_of(seed_view, "govkg 知识图谱"), *CLASS_ZH.values(), "类别 class"]
    missing = {ch for text in texts for ch in text if not ch.isspace() and ord(ch) not in cmap}
    assert not missing, f"characters the font lacks: {sorted(missing)}"


def test_picture_draws_without_warnings(seed_view, tmp_path, caplog):
    with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.WARNING):
        warnings.simplefilter("always")
        png, svg = write_pictures(seed_view, [tmp_path / "g.png", tmp_path / "g.svg"])
    assert [str(w.message) for w in caught] == []
    assert [r.getMessage() for r in caplog.records if r.name.startswith("matplotlib")] == []
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = svg.read_text(encoding="utf-8")
    # text is drawn as outlines, so the SVG shows Chinese on a machine with no CJK font
    assert "<svg" in text and "<text" not in text


def test_labels_do_not_overlap_and_most_are_shown(seed_view):
    with rc():
        fig = figure(seed_view)
        ax = fig.axes[0]
        renderer = fig.canvas.get_renderer()
        boxes = [t.get_window_extent(renderer) for t in ax.texts]
        import matplotlib.pyplot as plt
        plt.close(fig)
    assert len(boxes) >= 0.9 * len(seed_view)
    overlaps = [(i, j) for i in range(len(boxes)) for j in range(i + 1, len(boxes)) if boxes[i].overlaps(boxes[j])]
    assert overlaps == []


@pytest.mark.parametrize("name,depth,label", [
    ("李培斌", 1, "govkg 知识图谱：李培斌 周边（"),
], ids=["ego"])
def test_title_names_focus_and_counts(seed_view, name, depth, label):
    sub = focus(seed_view, name, depth)
    title = title_of(sub, "govkg 知识图谱")
    assert title.startswith(label)
    assert f"{len(sub)} 个实体" in title and f"{nx.Graph(sub).number_of_edges()} 条关系" in title


def test_summary_title_says_how_much_is_shown(seed_view):
    from govkg.view.select import top_by_degree
    top = top_by_degree(seed_view, 10)
    assert "连接最多的 10 个实体，共 " + str(len(seed_view)) + " 个" in title_of(top, "govkg")


def test_picture_is_deterministic(seed_view, tmp_path):
    a = write_pictures(seed_view, [tmp_path / "a.svg"])[0].read_bytes()
    b = write_pictures(seed_view, [tmp_path / "b.svg"])[0].read_bytes()
    assert a == b
