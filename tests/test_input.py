"""Real-world input: encodings, Traditional characters, HTML pages, Markdown, JSON Lines, folder trees."""
from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from opencc import OpenCC

from govkg.charsets import decode_bytes
from govkg.errors import InputError
from govkg.html import html_to_text
from govkg.normalize import simplify
from govkg.pipeline import build
from govkg.read import read_corpus, read_file

from .conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
# GBK and Big5 have no NO-BREAK SPACE (the seed has a few); a real file saved in them has a space
PLAIN = SEED_TEXT.replace("\xa0", " ")
TRADITIONAL = OpenCC("s2tw").convert(PLAIN)


def seed_page(text: str, charset: str = "utf-8") -> str:
    """The seed as a news page: head, navigation, script, style, footer around the paragraphs."""
    lines = [x.strip() for x in text.splitlines()]
    body = "".join(f"<p>{html.escape(x)}</p>\n" for x in lines[3:] if x)
    return (f'<html><head><meta charset="{charset}"><title>{lines[0]} - 司法部</title>'
            '<meta name="PubDate" content="2016-08-03 20:05"><script>var s = "<p>司法部部长张军</p>";</script>'
            f'<style>p {{ margin: 0 }}</style></head><body><nav><a href="/">首页</a><a>国务院</a></nav>'
            f'<h1>{lines[0]}</h1><div class="info">发布时间：2016-08-03 来源：司法部</div>'
            f'<div class="content">{body}</div><footer>版权所有 中华人民共和国司法部</footer></body></html>')


def entity_keys(path: Path) -> set[tuple[str, str]]:
    """Entity keys of a one-file build, in Simplified characters."""
    return {(c, simplify(n) or n) for c, n in (e.key for e in build([path]).kg.entities)}


@pytest.fixture(scope="module")
def seed_keys() -> set[tuple[str, str]]:
    return entity_keys(SEED)


@pytest.mark.parametrize("name,data", [
    ("gbk.txt", PLAIN.encode("gbk")),
    ("gb18030.txt", SEED_TEXT.encode("gb18030")),
    ("utf16.txt", SEED_TEXT.encode("utf-16")),
    ("utf16le-no-bom.txt", SEED_TEXT.encode("utf-16-le")),
    ("utf16be-no-bom.txt", SEED_TEXT.encode("utf-16-be")),
    ("bom.txt", SEED_TEXT.encode("utf-8-sig")),
    ("page.html", seed_page(SEED_TEXT).encode("utf-8")),
    ("page-gbk.html", seed_page(PLAIN, "gbk").encode("gbk")),
    ("big5.txt", TRADITIONAL.encode("big5")),
    ("traditional-utf8.txt", TRADITIONAL.encode("utf-8")),
], ids=lambda x: x if isinstance(x, str) else None)
def test_seed_in_every_encoding_gives_the_same_entities(tmp_path, seed_keys, name, data):
    f = tmp_path / name
    f.write_bytes(data)
    assert entity_keys(f) == seed_keys


def test_traditional_labels_and_surfaces_keep_the_original(tmp_path):
    f = tmp_path / "big5.txt"
    f.write_bytes(TRADITIONAL.encode("big5"))
    kg = build([f]).kg
    doc = kg.documents[0]
    assert doc.text == TRADITIONAL and doc.title == "全國司法行政隊伍建設工作會議發言摘登(上)"
    names = {e.name for e in kg.entities}
    assert "天津市司法局" in names and "全国人民调解能手" not in names
    assert {"全國人民調解能手", "雲南省"} <= names
    for e in kg.entities:
        for m in e.mentions:
            assert doc.text[m.evidence.start:m.evidence.end] == m.surface
    for s in kg.sentences[doc.doc_id]:
        assert doc.text[s.start:s.end] == s.text


@pytest.mark.parametrize("data,encoding,expected", [
    ("司法部召开会议".encode("gbk"), None, "司法部召开会议"),
    ("司法部召開會議".encode("big5"), None, "司法部召開會議"),
    ("臺灣".encode("cp950"), None, "臺灣"),
    ("李".encode("gb18030"), None, "李"),
    ("会议\n".encode("utf-16-le"), None, "会议\n"),
    ("会议".encode("utf-8-sig"), None, "会议"),
    ("会议".encode("gbk"), "gbk", "会议"),
    ("会".encode("utf-8"), "latin-1", "ä¼\x9a"),
], ids=["gbk-short", "big5-short", "cp950", "one-char", "utf16le", "utf8-bom", "override", "override-wins"])
def test_decode_table(data, encoding, expected):
    assert decode_bytes("x.txt", data, encoding) == expected


@pytest.mark.parametrize("data,encoding,message", [
    ("会议".encode("gbk"), "utf-8", "not valid utf-8 at byte 0"),
    (b"abc", "no-such-codec", "unknown encoding"),
    (b"\xff\xfe\xfa not utf8 \xc3", None, "not valid UTF-8 at byte 0"),
], ids=["wrong-override", "unknown-codec", "undecodable"])
def test_decode_errors(data, encoding, message):
    with pytest.raises(InputError, match=message):
        decode_bytes("x.txt", data, encoding)


def test_html_drops_scripts_styles_navigation_and_finds_title_and_date():
    text = html_to_text(seed_page(SEED_TEXT))
    lines = text.splitlines()
    assert lines[0] == "全国司法行政队伍建设工作会议发言摘登(上)" and lines[1] == "2016-08-03"
    assert "张军" not in text and "margin" not in text and "首页" not in text and "版权所有" not in text
    assert "天津市司法局" in text


@pytest.mark.parametrize("markup,title,date", [
    ("<html><head><title>标题甲</title></head><body><p>正文。</p></body></html>", "标题甲", None),
    ('<head><meta property="article:published_time" content="2019-05-06T08:00:00+08:00"></head>'
     "<h1>标题乙</h1><p>正文。</p>", "标题乙", "2019-05-06"),
    ("<h1>标题丙</h1><p>2020年3月4日 09:30 来源：新华网</p><p>正文。</p>", "标题丙", "2020-03-04"),
    ('<h1>标题丁</h1><time datetime="2021-01-02">1月2日</time><p>正文。</p>', "标题丁", "2021-01-02"),
    ("<h1>标题戊</h1><p>2016年7月25日至26日,会议在北京召开,与会人员讨论了工作。</p>", "标题戊", None),
], ids=["title-tag", "meta-property", "dateline-in-text", "time-element", "body-date-is-not-a-dateline"])
def test_html_title_and_date(tmp_path, markup, title, date):
    f = tmp_path / "page.htm"
    f.write_text(markup, encoding="utf-8")
    doc = read_file(f)
    assert (doc.title, doc.date) == (title, date)
    assert "正文" in doc.text or "会议" in doc.text


def test_markdown_heading_is_the_title(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("# 会议召开\n\n2016-08-03\n\n正文。\n", encoding="utf-8")
    doc = read_file(f)
    assert doc.title == "会议召开" and doc.date == "2016-08-03"
    assert doc.text[doc.title_span.start:doc.title_span.end] == "会议召开"


def test_jsonl_one_document_per_line_and_bad_lines_named(tmp_path):
    f = tmp_path / "corpus.jsonl"
    rows = [json.dumps({"title": "司法部召开会议", "date": "2016-08-03 20:05:00", "text": "司法部在北京召开会议。",
                        "url": "http://www.moj.gov.cn/a.html"}, ensure_ascii=False),
            "",
            json.dumps({"title": "第二篇", "date": "2017年1月2日", "text": "天津市司法局召开会议。"}, ensure_ascii=False),
            "{not json",
            json.dumps({"title": "没有正文"}, ensure_ascii=False)]
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    docs, failures = read_corpus([f])
    assert [(d.doc_id, d.title, d.date) for d in docs] == [
        ("corpus-1", "司法部召开会议", "2016-08-03"), ("corpus-3", "第二篇", "2017-01-02")]
    assert docs[0].url == "http://www.moj.gov.cn/a.html" and docs[0].source == "corpus.jsonl:1"
    assert [str(x).split(": ")[0] for x in failures] == [f"{f}:4", f"{f}:5"]
    assert all("not a usable JSON Lines record" in str(x) for x in failures)


def test_folder_tree_reads_every_kind_and_skips_hidden(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "one.txt").write_text("标题一\n\n司法部召开会议。", encoding="utf-8")
    (tmp_path / "a" / "two.md").write_text("# 标题二\n\n司法部召开会议。", encoding="utf-8")
    (tmp_path / "a" / "b" / "three.html").write_text("<h1>标题三</h1><p>司法部召开会议。</p>", encoding="utf-8")
    (tmp_path / "a" / "b" / "four.jsonl").write_text('{"title": "标题四", "text": "司法部召开会议。"}\n', encoding="utf-8")
    (tmp_path / "a" / "one.txt").write_text("标题五\n\n司法部召开会议。", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("标题六\n\n司法部。", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("标题七", encoding="utf-8")
    docs, failures = read_corpus([tmp_path])
    assert failures == []
    assert sorted(d.title for d in docs) == ["标题一", "标题三", "标题二", "标题五", "标题四"]
    assert len({d.doc_id for d in docs}) == 5      # the two one.txt get different ids
