"""Helpers shared by the extractors: evidence, lookups and the acting body of a sentence."""
from __future__ import annotations

import bisect
import operator
import re
from dataclasses import replace
from sys import intern

from ..model import Analysis, Evidence, Mention, Relation, Sentence

HAN = r"\u4e00-\u9fff"
CLAUSE_END = "，,。；;！？!?：:\n"
QUOTES = "“”\"'‘’《》「」『』"
START = operator.attrgetter("start")
_OF_CLASS: dict[tuple[int, str], tuple[tuple, list[Mention]]] = {}


def strip_quotes(s: str) -> str:
    """A name without quote marks: the key used to compare names."""
    return "".join(c for c in s if c not in QUOTES)


def sentence_at(a: Analysis, pos: int) -> Sentence | None:
    """The sentence that contains offset pos."""
    i = bisect.bisect_right(a.sentences, pos, key=START) - 1
    if 0 <= i < len(a.sentences) and a.sentences[i].start <= pos < max(a.sentences[i].end, pos + 1):
        return a.sentences[i]
    return None


def evidence(a: Analysis, start: int, end: int, rule: str, inferred: bool = False,
             confidence: float = 1.0) -> Evidence:
    """Evidence for a span of the document text (rule names interned: a corpus repeats them millions of times)."""
    s = sentence_at(a, start)
    return Evidence(a.document.doc_id, s.index if s else -1, start, end, intern(rule), inferred, confidence)


def mention(a: Analysis, cls: str, name: str, start: int, end: int, rule: str,
            aliases: tuple[str, ...] = (), attrs: tuple = (), inferred: bool = False) -> Mention:
    """A mention of an entity at text[start:end]; its names interned, as a corpus names the same bodies over and over."""
    return Mention(cls, intern(name), intern(a.document.text[start:end]), evidence(a, start, end, rule, inferred),
                   aliases, attrs)


def relation(a: Analysis, s: tuple[str, str], p: str, o: tuple[str, str], start: int, end: int,
             rule: str, inferred: bool = False, confidence: float = 1.0, attrs: tuple = ()) -> Relation:
    """A relation with evidence at text[start:end]."""
    return Relation(s, p, o, evidence(a, start, end, rule, inferred, confidence), attrs)


def extend(a: Analysis, **new: tuple) -> Analysis:
    """A copy of the analysis with items appended to the named fields."""
    return replace(a, **{k: getattr(a, k) + tuple(v) for k, v in new.items()})


def of_class(a: Analysis, cls: str) -> list[Mention]:
    """Mentions of one class in text order."""
    # Cached per mentions tuple: extractors ask inside loops, and a scan and sort each time is O(n^2)
    # per document. The entry holds the tuple itself, so its id cannot be reused while cached.
    key = (id(a.mentions), cls)
    hit = _OF_CLASS.get(key)
    if hit is None or hit[0] is not a.mentions:
        if len(_OF_CLASS) > 64:
            _OF_CLASS.clear()
        hit = _OF_CLASS[key] = (a.mentions, sorted((m for m in a.mentions if m.cls == cls),
                                                   key=lambda m: m.evidence.start))
    return list(hit[1])


def clause_bounds(text: str, pos: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The clause (between commas, full stops...) around pos."""
    hi = len(text) if hi is None else hi
    s = pos
    while s > lo and text[s - 1] not in CLAUSE_END:
        s -= 1
    e = pos
    while e < hi and text[e] not in CLAUSE_END:
        e += 1
    return s, e


def section_speaker(a: Analysis, pos: int) -> Mention | None:
    """The organization or person that speaks in the section holding pos."""
    for sec in a.sections:
        if sec.heading.start <= pos < max(sec.body.end, sec.heading.end + 1) and sec.speaker:
            for m in a.mentions:
                if m.cls in ("Organization", "Person") and m.evidence.start >= sec.speaker.start \
                        and m.evidence.end <= sec.speaker.end:
                    return m
    return None


def main_org(a: Analysis) -> Mention | None:
    """The organization the article is mainly about: named in the title, else the most often named.
    A newspaper or broadcaster (接受黑龙江日报专访) reports on a body; it is not the one reported on."""
    orgs = [m for m in of_class(a, "Organization") if not dict(m.attrs).get("parent")
            and dict(m.attrs).get("organ_kind") != "media"]
    if not orgs:
        return None
    title_end = a.document.title_span.end if a.document.title_span else 0
    in_title = [m for m in orgs if m.evidence.start < title_end]
    if in_title:
        return in_title[0]
    counts: dict[tuple[str, str], int] = {}
    for m in orgs:
        counts[m.key] = counts.get(m.key, 0) + 1
    # ties go to a body whose people are named (辽宁省司法厅副厅长王雷 at 省政府新闻办's press conference)
    members = {r.object for r in a.relations if r.predicate == "memberOf"}
    best = max((n, m.key in members) for m, n in ((m, counts[m.key]) for m in orgs))
    return next(m for m in orgs if (counts[m.key], m.key in members) == best)


# An organization right after these is a partner or a target, not the actor: 与省财政厅沟通, 联合市总工会开展
PARTNER_BEFORE = set("与同和向跟对给合")   # 合: 联合, 配合
# ... nor a place it goes to: 到朱昌中学、第五中学等开展宣讲, 赴某监狱, 走进某社区, 深入某司法所
DESTINATION_BEFORE = set("到赴进入")
# ... nor is one that modifies what follows: 省委、省政府工作部署, 司法部的要求
MODIFIER_AFTER = re.compile(r"(?:的|工作部署|决策部署|部署|要求|精神|领导|指示|批示|关于|《)")   # 国务院《条例》
# ... except a body opening its clause, where 要求/部署 is its verb: 省委要求在全省推广…
VERB_AT_CLAUSE_START = re.compile(r"(?:要求|部署)")
# 从…中: the bodies named inside are where something was drawn from (从各司法局推荐的案例中评选出)
SOURCE_SPAN = re.compile(r"从([^，,。；;]{2,60}?)中")


def acting(a: Analysis, orgs: list[Mention], lo: int, pos: int) -> Mention | None:
    """The last organization between lo and pos that is not a partner or inside another one."""
    text = a.document.text
    starts = {m.evidence.start: m for m in orgs}

    def chain_end(m: Mention) -> int:
        """End of a coordinated list that starts with m: 省委、省政府."""
        end = m.evidence.end
        while text[end:end + 1] in ("、", "和", "及", "与") and end + 1 in starts:
            end = starts[end + 1].evidence.end
        return end

    def partners() -> set[int]:
        """Starts of the bodies after 与/会同 (the whole list 会同省委政法委、省信访局 are partners) or
        after 到/赴 (where the actor goes)."""
        out: set[int] = set()
        for m in orgs:
            before = text[m.evidence.start - 1] if m.evidence.start else ""
            if before in PARTNER_BEFORE or before in DESTINATION_BEFORE:
                listed, end = {m.evidence.start}, m.evidence.end
                while text[end:end + 1] in ("、", "和", "及") and end + 1 in starts:
                    listed.add(end + 1)
                    end = starts[end + 1].evidence.end
                # (not where a phrase about what is there follows: 到芳草湖监狱援助工作的50名民警)
                if before in PARTNER_BEFORE or "的" not in text[end:pos]:
                    out |= listed
        for fm in SOURCE_SPAN.finditer(text, lo):   # 从A、B推荐的105个案例中: A and B are sources
            if fm.start() >= pos:
                break
            out |= {m.evidence.start for m in orgs if fm.start(1) <= m.evidence.start < fm.end(1)}
        return out

    def modified(m: Mention) -> bool:
        """Whether the body (or its list) modifies what follows rather than acting."""
        end = chain_end(m)
        opens = m.evidence.start == 0 or text[m.evidence.start - 1] in CLAUSE_END
        return bool(MODIFIER_AFTER.match(text, end)) and not (opens and VERB_AT_CLAUSE_START.match(text, end))

    partner = partners()
    cands = [m for m in orgs if lo <= m.evidence.start and m.evidence.end <= pos
             and m.evidence.start not in partner and not modified(m)]
    cands = [m for m in cands if not any(o is not m and o.evidence.start <= m.evidence.start
                                         and m.evidence.end <= o.evidence.end and o.evidence.end - o.evidence.start
                                         > m.evidence.end - m.evidence.start for o in cands)]
    return cands[-1] if cands else None


def paragraph_start(text: str, pos: int) -> int:
    """Offset where the paragraph holding pos begins."""
    return text.rfind("\n", 0, pos) + 1


# The head character of a body named again by its organ word alone: 康复所, 该所, 中心, 该局
ORGAN_TAIL = ("所", "局", "厅", "院", "监狱", "中心", "协会", "委员会")


def bare_reference(a: Analysis, orgs: list[Mention], lo: int, pos: int) -> Mention | None:
    """A clause between lo and pos that opens with a body's organ word (康复所累计接收…, 该中心共办理…)
    refers to the last body named before whose name ends with that word."""
    text = a.document.text
    starts = [lo] + [i + 1 for i in range(lo, pos) if text[i] in CLAUSE_END]
    for cs in reversed(starts):
        at = cs + 1 if text.startswith("该", cs) else cs
        for n in (5, 4, 3, 2, 1):
            word = text[at:at + n]
            if at + n > pos or not word.endswith(ORGAN_TAIL) or (n == 1 and at == cs):
                continue
            named = [o for o in orgs if o.evidence.end <= cs and o.name.endswith(word) and o.name != word
                     and not dict(o.attrs).get("parent")]
            if named:
                return named[-1]
    return None


def agent_at(a: Analysis, pos: int, reporters: bool = True) -> Mention | None:
    """The body acting at pos: the last organization named earlier in its sentence, else one named
    again there by its organ word, else the section's speaker, else the last one named earlier in the
    paragraph, else the article's main one. reporters=False leaves out newspapers and broadcasters
    (新甘肃·甘肃日报记者…): they report a figure, it is not theirs."""
    orgs = of_class(a, "Organization")
    if not reporters:
        orgs = [m for m in orgs if dict(m.attrs).get("organ_kind") != "media"]
    s = sentence_at(a, pos)
    found = (acting(a, orgs, s.start, pos) or bare_reference(a, orgs, s.start, pos)) if s is not None else None
    return found or section_speaker(a, pos) or acting(a, orgs, paragraph_start(a.document.text, pos), pos) \
        or main_org(a)


def compile_alternation(words) -> str:
    """A regex alternation of literal words, longest first."""
    # As a trie (北京(?:市)?, not 北京市|北京): the same matches tried in the same order (longest
    # first), but re would try thousands of place names one by one at every position. Many first
    # characters are split into ranges guarded by a lookahead, so a position is rejected in a few steps.
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def alternatives(branches: list[tuple[str, str]]) -> str:
        if len(branches) <= 24:
            return "|".join(b for _, b in branches)
        size = int(len(branches) ** 0.5) + 1
        parts = [branches[i:i + size] for i in range(0, len(branches), size)]
        return "|".join(f"(?=[{re.escape(p[0][0])}-{re.escape(p[-1][0])}])(?:{alternatives(p)})" for p in parts)

    def walk(node: dict) -> str:
        branches = [(ch, re.escape(ch) + walk(child)) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0][1] if len(branches) == 1 else "(?:" + alternatives(branches) + ")"
        return f"(?:{body})?" if "" in node else body
    return walk(trie)
