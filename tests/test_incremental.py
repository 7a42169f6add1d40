"""Incremental builds: only new or changed documents are extracted, and the graph equals a full rebuild."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import govkg.cache
from govkg.cache import CACHE_DIR, AnalysisCache
from govkg.pipeline import BuildOptions, build
from govkg.write import serialize

from .conftest import SEED

ARTICLES = {
    "a.txt": "天津市司法局召开队伍建设会议\n2016-08-03\n\n天津市司法局局长王永明出席会议并讲话。会议要求加强队伍建设。\n",
    "b.txt": "山西省司法厅开展人民调解工作\n2016-09-01\n\n山西省司法厅组织开展人民调解工作,共调解纠纷1200余件。\n",
    "c.txt": "吉林省监狱管理局召开会议\n2017-03-02\n\n吉林省监狱管理局召开全省监狱工作会议。\n",
}


@pytest.fixture
def extracted(monkeypatch) -> list[str]:
    """The doc_ids of the documents analyzed (not taken from the cache), in order."""
    seen: list[str] = []
    add = AnalysisCache.add

    def counting(self, analyses):
        seen.extend(a.document.doc_id for a in analyses)
        return add(self, analyses)
    monkeypatch.setattr(AnalysisCache, "add", counting)
    return seen


def turtle(folder: Path, cache: Path | None) -> bytes:
    return serialize(build([folder], options=BuildOptions(cache_dir=cache)).graph)


def write(folder: Path, names: list[str], changed: str = "") -> None:
    for name in names:
        (folder / name).write_text(ARTICLES[name] + changed, encoding="utf-8")


def test_growing_corpus_extracts_only_what_changed_and_equals_a_rebuild(tmp_path, extracted):
    folder, cache = tmp_path / "in", tmp_path / "out" / CACHE_DIR
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    write(folder, ["a.txt", "b.txt"])
    assert "王永明".encode() in turtle(folder, cache)
    assert extracted == ["a", "b", "seed"]
    extracted.clear()

    (folder / "a.txt").unlink()                                          # deleted
    write(folder, ["b.txt"], changed="会议还部署了下一阶段工作。\n")        # changed
    write(folder, ["c.txt"])                                             # new
    incremental = turtle(folder, cache)
    assert extracted == ["b", "c"]
    assert incremental == turtle(folder, None)
    assert b"/doc/a>" not in incremental and "王永明".encode() not in incremental
    manifest = json.loads((cache / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest["documents"]) == ["b", "c", "seed"]
    assert len(list(cache.glob("*/*.pickle"))) == 3                       # a's entry is gone

    extracted.clear()
    assert turtle(folder, cache) == incremental and extracted == []


def test_new_code_or_lexicons_extract_everything_again(tmp_path, extracted, monkeypatch):
    folder, cache = tmp_path / "in", tmp_path / "cache"
    folder.mkdir()
    write(folder, ["a.txt", "b.txt"])
    first = turtle(folder, cache)
    monkeypatch.setattr(govkg.cache, "code_version", lambda: "another version")
    extracted.clear()
    assert turtle(folder, cache) == first and extracted == ["a", "b"]


@pytest.mark.parametrize("damage", [
    lambda p: p.write_bytes(p.read_bytes()[:40]),
    lambda p: p.write_bytes(b"not a pickle"),
    lambda p: p.unlink(),
], ids=["truncated", "garbage", "missing"])
def test_damaged_cache_entry_is_a_miss(tmp_path, extracted, damage):
    folder, cache = tmp_path / "in", tmp_path / "cache"
    folder.mkdir()
    write(folder, ["a.txt"])
    first = turtle(folder, cache)
    for entry in cache.glob("*/*.pickle"):
        damage(entry)
    extracted.clear()
    assert turtle(folder, cache) == first and extracted == ["a"]


def test_code_version_covers_sources_and_lexicons():
    version = govkg.cache.code_version()
    assert len(version) == 16 and version == govkg.cache.code_version()
    files = {p.name for p in govkg.cache.PACKAGE.rglob("*") if p.suffix in (".py", ".tsv")}
    assert {"people.py", "organs.tsv", "segment.py", "normalize.py"} <= files
