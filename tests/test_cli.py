"""CLI: build writes the outputs and a summary; errors are one line without a traceback."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg.cli import main

from .conftest import SEED


@pytest.fixture
def runner():
    return CliRunner()


def test_build_writes_graph_and_summary(runner, tmp_path):
    res = runner.invoke(main, ["build", str(SEED), "--out", str(tmp_path), "--no-render"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "graph.ttl").stat().st_size > 1000
    assert "documents     1" in res.output and "Organization" in res.output and "seconds" in res.output


def test_build_renders_picture_and_page(runner, tmp_path):
    res = runner.invoke(main, ["build", str(SEED), "--out", str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "graph.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<!DOCTYPE html>" in (tmp_path / "graph.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("setup,message", [
    (lambda d: d / "missing.txt", "missing.txt: no such file or folder"),
    (lambda d: (d / "empty").mkdir() or d / "empty", "empty: the folder holds no documents"),
    (lambda d: (d / "x.txt").write_bytes(b"\x00\x01bin") and d / "x.txt", "x.txt: the file looks binary"),
], ids=["missing", "empty-folder", "binary"])
def test_errors_are_one_line(runner, tmp_path, setup, message):
    target = setup(tmp_path)
    res = runner.invoke(main, ["build", str(target), "--out", str(tmp_path / "out")])
    assert res.exit_code == 1
    assert message in res.output
    assert "Traceback" not in res.output
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_failed_build_keeps_previous_output(runner, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(SEED), "--out", str(out), "--no-render"]).exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    res = runner.invoke(main, ["build", str(tmp_path / "nope"), "--out", str(out), "--no-render"])
    assert res.exit_code == 1 and (out / "graph.ttl").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_bad_base_iri(runner, tmp_path):
    res = runner.invoke(main, ["build", str(SEED), "--out", str(tmp_path), "--base-iri", "http://x.org/a"])
    assert res.exit_code == 2 and "must end with / or #" in res.output


@pytest.mark.parametrize("command", [[], ["build"]], ids=["main", "build"])
def test_every_command_has_help(runner, command):
    res = runner.invoke(main, command + ["--help"])
    assert res.exit_code == 0 and "Usage:" in res.output


def test_all_commands_have_help(runner):
    for name in main.commands:
        res = runner.invoke(main, [name, "--help"])
        assert res.exit_code == 0 and len(res.output) > 100, name
