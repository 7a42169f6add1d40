"""Shared fixtures: the seed article and its analysis, built once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "seeds"


def generated_corpus(folder: Path, size_mb: float, seed: int) -> Path:
    """Articles generated from templates (benchmarks/corpus.py), plus the seed article."""
    import sys
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus import write_corpus
    write_corpus(folder, size_mb, seed=seed)
    (folder / "seed.txt").write_bytes(next(SEED_DIR.glob("*.txt")).read_bytes())
    return folder
SEED = SEED_DIR / "000_f62c4b53ccffb21a.txt"


@pytest.fixture(scope="session")
def seed_build():
    """The build result of the seed folder."""
    from govkg.pipeline import build
    return build([SEED_DIR])


@pytest.fixture
def analyze_text():
    """Analyze a small article given as text (title line, date line, body)."""
    from govkg.pipeline import analyze
    from govkg.read import parse_text

    def run(body: str, title: str = "测试标题", date: str = "2016-08-03"):
        return analyze(parse_text(f"{title}\n{date}\n\n{body}\n", "test.txt", "test"))
    return run
