"""HTML pages -> article text: title from <h1>/<title>, date from meta or a dateline, body paragraphs.

Scripts, styles, navigation, headers, footers and forms are dropped; every block element becomes
its own paragraph, so the text has the shape of a plain-text article (title, dateline, body).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

DROP = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
        "iframe", "svg", "button", "select", "menu")
BLOCKS = ("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
          "table", "blockquote", "pre", "dd", "dt", "figcaption", "center", "td")
# meta names (lowercase) that carry the publication date on news and government sites
DATE_METAS = ("article:published_time", "og:published_time", "pubdate", "publishdate", "publish_date",
              "publishtime", "dc.date", "dc.date.issued", "dcterms.issued", "date", "firstpublishedtime")
DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
DAY_FIRST = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")     # 03.08.2016
# a short line announcing the date: "发布时间：2016-08-03 来源：司法部"
DATELINE_HINT = re.compile(r"发布|时间|日期|来源|发表|更新")
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB, if any."""
    m = CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def iso_date(value: str) -> str | None:
    """YYYY-MM-DD from the first date in a string, if valid."""
    m = DATE.search(value)
    if m:
        y, mo, d = map(int, m.groups())
    elif m := DAY_FIRST.search(value):
        d, mo, y = map(int, m.groups())
    else:
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _meta_date(soup: BeautifulSoup) -> str | None:
    for meta in soup.find_all("meta"):
        name = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        if name in DATE_METAS or name == "datepublished":
            found = iso_date(meta.get("content") or "")
            if found:
                return found
    time = soup.find("time", attrs={"datetime": True})
    return iso_date(time["datetime"]) if time else None


def _title(soup: BeautifulSoup) -> str:
    for node in (soup.find("h1"), soup.find("meta", attrs={"property": "og:title"}), soup.title):
        if isinstance(node, Tag):
            text = _clean(node.get("content", "") if node.name == "meta" else node.get_text())
            if text:
                return text
    return ""


def _paragraphs(root: Tag) -> list[str]:
    for br in root.find_all("br"):
        br.replace_with("\n")
    for tag in root.find_all(BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    return [line for line in (_clean(x) for x in root.get_text().splitlines()) if line]


def html_to_text(markup: str) -> str:
    """The article of a page as plain text: title line, ISO dateline if known, paragraphs."""
    soup = BeautifulSoup(markup, "html.parser")
    date = _meta_date(soup)
    title = _title(soup)
    for tag in soup.find_all(DROP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    paras = _paragraphs(root)
    if paras and paras[0] == title:
        paras.pop(0)
    # a dateline among the first lines gives the date when the meta did not, and leaves the body
    for i, line in enumerate(paras[:3]):
        found = iso_date(line)
        if found and len(line) <= 60 and (DATELINE_HINT.search(line) or len(line) <= 25):
            date = date or found
            del paras[i]
            break
    head = [title or (paras.pop(0) if paras else "")] + ([date] if date else [])
    return "\n".join(head) + "\n\n" + "\n\n".join(paras) + "\n"
