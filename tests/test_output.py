"""The committed output/ is what a fresh build of seeds/ writes, byte for byte."""
from __future__ import annotations

from click.testing import CliRunner

from govkg.cli import main

from .conftest import ROOT, SEED_DIR


def test_fresh_build_reproduces_committed_graph(tmp_path):
    res = CliRunner().invoke(main, ["build", str(SEED_DIR), "--out", str(tmp_path), "--no-render"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "graph.ttl").read_bytes() == (ROOT / "output" / "graph.ttl").read_bytes()


def test_two_builds_are_identical(tmp_path):
    outs = []
    for i in range(2):
        d = tmp_path / str(i)
        assert CliRunner().invoke(main, ["build", str(SEED_DIR), "--out", str(d)]).exit_code == 0
        outs.append([(d / f).read_bytes() for f in ("graph.ttl", "graph.html")])
    assert outs[0] == outs[1]
