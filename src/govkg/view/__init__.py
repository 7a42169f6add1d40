"""Graph -> networkx -> picture (PNG) and interactive page (HTML)."""
from __future__ import annotations

from pathlib import Path

from .network import to_networkx
from .page import write_page
from .picture import write_picture


def render_outputs(result, out_dir: Path) -> list[Path]:
    """Write graph.png and graph.html for a build result; returns the paths written."""
    g = to_networkx(result.kg)
    return [write_picture(g, out_dir / "graph.png"), write_page(g, out_dir / "graph.html")]
