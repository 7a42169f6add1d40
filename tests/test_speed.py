"""Speed-only rewrites in the extractors find exactly what the simple forms found."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govkg.extract.common import compile_alternation, extend, of_class, sentence_at
from govkg.lexicons import load
from govkg.model import Analysis, Document, Evidence, Mention, Sentence


def naive(words) -> str:
    """The alternation as it was: every word, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


WORDS = st.lists(st.text(alphabet="北京市海淀区天津河(局)-]^", min_size=1, max_size=5), min_size=1, max_size=60)


@settings(max_examples=200, deadline=None)
@given(words=WORDS, text=st.text(alphabet="北京市海淀区天津河(局)-]^ x", max_size=80))
def test_trie_alternation_matches_like_the_plain_one(words, text):
    fast, plain = re.compile(compile_alternation(words)), re.compile(naive(words))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    # inside a larger pattern the shorter words are still tried when the longest cannot go on
    fast2, plain2 = re.compile(f"(?:{compile_alternation(words)})局"), re.compile(f"(?:{naive(words)})局")
    assert [m.span() for m in fast2.finditer(text)] == [m.span() for m in plain2.finditer(text)]


@pytest.mark.parametrize("text", ["北京市海淀区司法局和天津市监狱管理局", "内蒙古自治区呼和浩特市", "无关的文字"],
                         ids=["two-bodies", "autonomous-region", "no-place"])
def test_place_alternation_of_the_lexicon(text):
    places = list(load().places)
    fast, plain = re.compile(compile_alternation(places)), re.compile(naive(places))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _mention(cls: str, start: int) -> Mention:
    return Mention(cls, f"{cls}{start}", "x", Evidence("d", 0, start, start + 1, "r"))


def test_of_class_follows_new_mentions():
    a = Analysis(Document("d", "d.txt", "x" * 50, "t"), mentions=(_mention("Person", 9), _mention("Place", 3)))
    assert [m.evidence.start for m in of_class(a, "Person")] == [9]
    b = extend(a, mentions=[_mention("Person", 2)])
    assert [m.evidence.start for m in of_class(b, "Person")] == [2, 9]
    of_class(b, "Person").clear()        # callers get their own list
    assert len(of_class(b, "Person")) == 2


@pytest.mark.parametrize("pos,expected", [(1, None), (2, 0), (4, 0), (5, 0), (6, 1), (20, 1), (25, 1)],
                         ids=["before", "start", "inside", "gap-goes-back", "second", "last", "after"])
def test_sentence_at(pos, expected):
    a = Analysis(Document("d", "d.txt", "x" * 30, "t"),
                 sentences=(Sentence(0, 2, 5, "xxx"), Sentence(1, 6, 21, "x" * 15)))
    s = sentence_at(a, pos)
    assert (s.index if s else None) == expected
