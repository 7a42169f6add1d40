"""Reading: datelines, titles, body offsets, and clear errors for bad input."""
from __future__ import annotations

from pathlib import Path

import pytest

from govkg.errors import InputError
from govkg.read import find_files, parse_dateline, parse_text, read_file


@pytest.mark.parametrize("line,expected", [
    ("03.08.2016  20:05", "2016-08-03"),
    ("2016-08-03", "2016-08-03"),
    ("2022-10-13 09:30", "2022-10-13"),
    ("2016年8月3日", "2016-08-03"),
    ("2023", "2023"),
    ("7月25日至26日,会议召开", None),
    ("32.13.2016 20:05", None),
], ids=["dd.mm.yyyy", "iso", "iso-time", "chinese", "year", "not-a-date", "bad-month"])
def test_dateline(line, expected):
    assert parse_dateline(line) == expected


def test_title_date_and_body_offsets():
    text = "会议召开\n03.08.2016  20:05\n\n  正文第一句。\n"
    doc = parse_text(text, "a.txt", "a")
    assert doc.title == "会议召开"
    assert doc.date == "2016-08-03" and doc.year == 2016
    assert text[doc.title_span.start:doc.title_span.end] == "会议召开"
    assert text[doc.body_start:].strip() == "正文第一句。"


def test_seed_header(seed_build):
    doc = seed_build.kg.documents[0]
    assert doc.title == "全国司法行政队伍建设工作会议发言摘登(上)"
    assert doc.date == "2016-08-03"
    assert doc.source == "000_f62c4b53ccffb21a.txt"


@pytest.mark.parametrize("content,message", [
    (b"", "the file is empty"),
    (b"   \n\n", "the file is empty"),
    (b"\x00\x01\x02binary", "looks binary"),
    (b"\xff\xfe\xfa not utf8 \xc3", "not valid UTF-8"),
    ("only latin text".encode(), "no Chinese text"),
], ids=["empty", "blank", "binary", "bad-utf8", "no-chinese"])
def test_bad_files_name_the_file(tmp_path: Path, content: bytes, message: str):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_file(f)
    assert str(f) in str(err.value) and message in str(err.value)


def test_missing_path_and_empty_folder(tmp_path: Path):
    with pytest.raises(InputError, match="no such file or folder"):
        find_files([tmp_path / "nope"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="holds no documents"):
        find_files([tmp_path / "empty"])


def test_utf8_bom_is_read(tmp_path: Path):
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeff标题\n2016-08-03\n\n正文。".encode("utf-8"))
    assert read_file(f).title == "标题"
