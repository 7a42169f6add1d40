"""Bad input is named and skipped, outputs are replaced atomically, inputs are never touched."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import govkg.read
from govkg.cli import main
from govkg.errors import InputError
from govkg.pipeline import BuildOptions, build
from govkg.read import read_corpus

from .conftest import SEED


GOOD = "天津市司法局召开队伍建设会议\n2016-08-03\n\n天津市司法局局长王永明出席会议并讲话。\n"


def run(*args: object):
    return CliRunner().invoke(main, ["build", *map(str, args), "--no-render"])


def corpus(tmp_path: Path, **bad: bytes) -> Path:
    """A folder with a short good article (good.txt) beside the given bad files."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    return folder


def vanish_after_listing(monkeypatch, name: str) -> None:
    """The file disappears between the folder listing and its reading."""
    listed = govkg.read.find_files

    def find_then_delete(paths):
        found = listed(paths)
        for f, _ in found:
            if f.name == name:
                f.unlink()
        return found
    monkeypatch.setattr(govkg.read, "find_files", find_then_delete)


def deny_reading(monkeypatch, name: str) -> None:
    """Reading the file fails as it would without permission (tests may run as root)."""
    read_bytes = Path.read_bytes

    def guarded(self: Path) -> bytes:
        if self.name == name:
            raise PermissionError(13, "Permission denied")
        return read_bytes(self)
    monkeypatch.setattr(Path, "read_bytes", guarded)


BAD = [
    ("empty.txt", b"", None, "the file is empty"),
    ("binary.txt", bytes(range(256)) * 8, None, "looks binary"),
    ("punctuation.txt", "，。！？……“”\n!?.,;:\n".encode(), None, "no Chinese text found"),
    ("undecodable.txt", b"\xff\xfe\xfa not utf8 \xc3", None, "not valid UTF-8 at byte 0"),
    ("huge.txt", b"", "huge", "the file is 50.0 MB, above the limit of 20.0 MB"),
    ("gone.txt", "标题\n\n正文。".encode(), "vanish", "does not exist"),
    ("locked.txt", "标题\n\n正文。".encode(), "deny", "cannot be read (Permission denied)"),
    ("bad.jsonl", b'{"title": "x", "text": 3}\n', None, ":1: not a usable JSON Lines record"),
]


@pytest.mark.parametrize("name,data,how,reason", BAD, ids=[b[0] for b in BAD])
def test_bad_file_is_named_and_the_others_are_built(tmp_path, monkeypatch, name, data, how, reason):
    folder = corpus(tmp_path, **{name: data})
    if how == "huge":
        with open(folder / name, "wb") as fh:
            fh.truncate(50_000_000)
    elif how == "vanish":
        vanish_after_listing(monkeypatch, name)
    elif how == "deny":
        deny_reading(monkeypatch, name)
    res = run(folder, "--out", tmp_path / "out")
    assert res.exit_code == 1, res.output
    assert "documents     1\n" in res.output and "failed        1 (not in the graph)" in res.output
    assert f"  {folder / name}" in res.output and reason in res.output
    assert "Traceback" not in res.output
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 1000


def test_good_article_beside_empty_and_binary_files(tmp_path):
    folder = corpus(tmp_path, **{"empty.txt": b"", "photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"})
    shutil.copy(SEED, folder / "good.txt")
    res = run(folder, "--out", tmp_path / "out")
    assert res.exit_code == 1
    assert f"{folder / 'empty.txt'}: the file is empty" in res.output
    assert f"{folder / 'photo.txt'}: the file looks binary" in res.output
    assert "documents     1\n" in res.output and "good" in (tmp_path / "out" / "graph.ttl").read_text("utf-8")


def test_all_good_exits_zero_and_lists_no_failures(tmp_path):
    res = run(corpus(tmp_path), "--out", tmp_path / "out")
    assert res.exit_code == 0 and "failed" not in res.output


def test_strict_stops_at_the_first_bad_file(tmp_path):
    folder = corpus(tmp_path, **{"a.txt": b"", "b.txt": b"\x00\x00"})
    res = run(folder, "--out", tmp_path / "out", "--strict")
    assert res.exit_code == 1 and res.output.strip() == f"Error: {folder / 'a.txt'}: the file is empty"
    assert not (tmp_path / "out").exists()
    with pytest.raises(InputError, match="a.txt: the file is empty"):
        read_corpus([folder], strict=True)


def test_max_size_is_configurable(tmp_path):
    folder = corpus(tmp_path)
    res = run(folder, "--out", tmp_path / "out", "--max-size", "50")
    assert res.exit_code == 1 and "good.txt: the file is 113 bytes, above the limit of 50 bytes" in res.output
    assert run(folder, "--out", tmp_path / "out", "--max-size", "1K").exit_code == 0
    assert run(folder, "--out", tmp_path / "out", "--max-size", "lots").exit_code == 2


def test_nothing_readable_keeps_the_previous_graph(tmp_path):
    out = tmp_path / "out"
    assert run(SEED, "--out", out).exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"")
    (bad / "b.txt").write_bytes(b"\x00")
    res = run(bad, "--out", out)
    assert res.exit_code == 1 and "no document could be read:" in res.output and "b.txt: the file looks" in res.output
    assert (out / "graph.ttl").read_bytes() == before


def test_interrupted_write_keeps_the_previous_graph(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run(SEED, "--out", out).exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    other = tmp_path / "other.txt"
    other.write_text("天津市司法局召开会议\n2016-08-03\n\n天津市司法局在天津召开会议。\n", encoding="utf-8")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt
    monkeypatch.setattr(os, "fsync", interrupted)
    res = run(other, "--out", out, "--no-cache")
    assert res.exit_code == 1 and "Aborted" in res.output    # click's answer to KeyboardInterrupt
    assert (out / "graph.ttl").read_bytes() == before
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def test_inputs_are_never_modified(tmp_path):
    folder = corpus(tmp_path, **{"empty.txt": b"", "page.html": "<h1>标题</h1><p>司法部召开会议。</p>".encode()})
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*")}
    assert run(folder, "--out", tmp_path / "out").exit_code == 1
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*")} == before


def test_rerun_after_a_crash_equals_a_clean_run(tmp_path):
    folder = corpus(tmp_path)
    out, clean = tmp_path / "out", tmp_path / "clean"
    assert run(folder, "--out", out).exit_code == 0
    # what a crash can leave: a truncated cache entry, a torn manifest, a stray temporary file
    entries = list((out / ".govkg-cache").glob("*/*.pickle"))
    assert entries
    for e in entries:
        e.write_bytes(e.read_bytes()[:50])
    (out / ".govkg-cache" / "manifest.json").write_text("{", encoding="utf-8")
    (out / ".graph.ttl.abc123.tmp").write_text("half a graph", encoding="utf-8")
    (out / "graph.ttl").write_text("half a graph", encoding="utf-8")
    assert run(folder, "--out", out).exit_code == 0
    assert run(folder, "--out", clean, "--no-cache").exit_code == 0
    assert (out / "graph.ttl").read_bytes() == (clean / "graph.ttl").read_bytes()


def test_build_returns_failures_instead_of_raising(tmp_path):
    folder = corpus(tmp_path, **{"empty.txt": b""})
    result = build([folder], options=BuildOptions())
    assert [(f.path, f.reason) for f in result.failures] == [(str(folder / "empty.txt"), "the file is empty")]
    assert [d.doc_id for d in result.kg.documents] == ["good"]


def test_file_names_that_are_not_utf8(tmp_path):
    """Regression: a GBK file name (from an unzipped archive) crashed doc_id_for and the summary."""
    folder = tmp_path / "in"
    folder.mkdir()
    good, empty = os.fsencode(folder) + "/司法".encode("gbk") + b".txt", os.fsencode(folder) + "/空".encode("gbk") + b".txt"
    Path(os.fsdecode(good)).write_text("标题\n\n天津市司法局召开会议。", encoding="utf-8")
    Path(os.fsdecode(empty)).write_bytes(b"")
    res = run(folder, "--out", tmp_path / "out")
    assert res.exit_code == 1 and "\ufffd.txt: the file is empty" in res.output
    assert "Traceback" not in res.output and "documents     1\n" in res.output
