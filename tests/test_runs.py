"""organs.in_runs: scanning only the runs that hold a pattern's needle finds exactly what a full scan finds."""
from __future__ import annotations

import re

import pytest

from govkg.extract.organs import HAN_RUN, LIST_RUN, NAME_RUN, in_runs, patterns
from govkg.lexicons import load

from .conftest import ROOT

TEXTS = [p.read_text(encoding="utf-8") for folder in ("tests/dev", "tests/corpus", "seeds")
         for p in sorted((ROOT / folder).glob("*.txt"))] + [
    "中共江苏省委、省政府召开会议。市委组织部和县委宣传部参加。",          # at the start and end of runs
    "江苏省监狱(戒毒)管理局、北京市司法局党委;司法部。",                 # brackets, a sub-unit, a national body
    "浙江省、江苏省、福建省司法厅(局)长,上海、天津等市司法局出席。",        # lists with brackets
    "㵐水县委书记讲话。中共某某县委员会政法委员会。",                       # a rarer character
]


@pytest.mark.parametrize("name,needle,runs,least", [("party", "委", HAN_RUN, 15), ("coord", "、", LIST_RUN, 3),
                                                     ("full", "full_end", NAME_RUN, 200)])
def test_the_same_matches_as_a_full_scan(name, needle, runs, least):
    pats = patterns(load())
    pattern, needle = pats[name], pats.get(needle) or re.compile(needle)
    found = 0
    for text in TEXTS:
        whole = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in in_runs(pattern, text, needle, runs)] == whole
        found += len(whole)
    assert found >= least
