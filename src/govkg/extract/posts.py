"""Posts and the bodies that have them: post titles from posts.tsv, post chains
(省司法厅党委书记、厅长、监狱局第一政委) read right to left, and which body a post belongs to."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import Lexicon, rows
from ..model import Mention
from .common import compile_alternation


@lru_cache(maxsize=4)
def post_regexes(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """Posts (第一政委 included) and posts anchored at the end of a search window."""
    posts = compile_alternation(lex.posts)
    one = rf"(?:第[一二三四五六七八九十]+|常务|专职|执行|驻会|名誉)?(?:{posts})"
    return re.compile(one), re.compile(rf"{one}$")


@lru_cache(maxsize=1)
def post_bodies() -> dict[str, tuple[str, ...]]:
    """Post -> endings of the bodies that have it (监狱长 -> 监狱), from posts.tsv. "=" is an ending no
    name has: the post goes only to a body written right before it (中共中央总书记)."""
    return {r["post"]: tuple(filter(None, r["bodies"].split("|"))) for r in rows("posts.tsv")}


def post_endings(role: str) -> tuple[str, ...]:
    """Endings of the bodies that have a post (第一/常务… aside); empty for a post of no known kind."""
    return post_bodies().get(re.sub(r"^(?:第[一二三四五六七八九十]+|常务|专职|执行|驻会|名誉)", "", role), ())


def fits_post(org: Mention, role: str) -> bool:
    """Whether a body can have this post (a post of no known kind fits any body)."""
    endings = post_endings(role)
    name = dict(org.attrs).get("parent") or org.name
    return not endings or name.endswith(endings)


def body_for_post(orgs: list[Mention], role: str, pos: int) -> Mention | None:
    """With no body named nearby, the last body named before whose kind has this post."""
    endings = post_endings(role)
    fits = [o for o in orgs if o.evidence.end <= pos and o.name.endswith(endings) and not dict(o.attrs).get("parent")]
    return fits[-1] if endings and fits else None


def org_ending_at(orgs: list[Mention], pos: int) -> Mention | None:
    """The longest organization mention that ends exactly at pos."""
    best = None
    for m in orgs:
        if m.evidence.end == pos and (best is None or m.evidence.start < best.evidence.start):
            best = m
    return best


RANK_BEFORE = re.compile(r"(?:正|副)?(?:部|厅|局|处|科|县|乡)级$")   # 副局级巡视员: a rank, not a body


def unknown_body_before(text: str, lo: int, m: re.Match) -> bool:
    """Whether the post at m follows a word naming a body we do not know (人大副主任), rather than
    a rank (副局级) or a unit of the post's own kind (法治处处长)."""
    pos = m.start()
    if pos <= lo or not "\u4e00" <= text[pos - 1] <= "\u9fff" or RANK_BEFORE.search(text, lo, pos):
        return False
    return not text.endswith(post_endings(m.group()) or ("\0",), lo, pos)


@lru_cache(maxsize=4)
def organ_at_end(lex: Lexicon) -> re.Pattern:
    """An organ word (综治办, 政法委) ending where the search ends."""
    return re.compile(f"(?:{compile_alternation(lex.organs)})$")


def post_chain(text: str, end: int, lo: int, orgs: list[Mention], lex: Lexicon) -> list[tuple[Mention | None, str, int]]:
    """The (organization, post, start) segments of a post chain ending at end, right to left."""
    _, at_end = post_regexes(lex)
    segs = []
    while True:
        m = at_end.search(text, lo, end)
        if not m:
            break
        # the body ends where the post starts, or runs into it: 公安厅长, 东升乡党委书记 (乡党委 + 党委书记)
        org = org_ending_at(orgs, m.start()) or next(
            (o for o in orgs if o.evidence.start < m.start() < o.evidence.end and o.evidence.start >= lo), None)
        start = org.evidence.start if org else m.start()
        # (…、综治办主任: a body written without its place, not one named nearby)
        if org is None and (unknown_body_before(text, lo, m) or organ_at_end(lex).search(text, lo, m.start())):
            # 人大副主任, 乡党委副书记: the post is of a body we do not know, not of one nearby
            start = max(text.rfind(c, lo, m.start()) for c in "、，,") + 1
        else:
            segs.append((org, m.group(), start))
        if start > lo and text[start - 1] in "、兼":     # 副厅长兼省监狱管理局局长: a second post held too
            end = start - 1
            continue
        # 省司法厅党组副书记、副厅长,省监狱管理局党委书记、局长高某: a chain that ends in a post,
        # not a name, before a comma goes on to the next name
        if start > lo and text[start - 1] in "，," and at_end.search(text, lo, start - 1):
            end = start - 1
            continue
        break
    return segs
