"""People: a surname from the lexicon plus context (a post before the name, 同志 or a post
after it, a list joined by 、), never a list of names. A post names the organization
(memberOf, with the role)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import Lexicon
from ..model import Analysis, Mention, Relation
from .common import compile_alternation, extend, mention, of_class, relation

# What may follow a name: punctuation, or a word that starts the predicate.
AFTER = re.compile(
    r"(?:[、，,。；;：:（(）)\s“”]|同志|等|出席|主持|讲话|致辞|在|作|做|参加|陪同|表示|指出|强调|就|对|"
    r"介绍|发表|带领|结合|以|为|是|和|与|及|也|还|代表|一行|率|首先|宣读|总结|说|认为|提出|回顾|要求|"
    r"部署|汇报|发言|点评|当选|因公|的|先进|事迹|$)")
NOT_NAME_CHARS = set("的了在和与及等是为对把将被从向由其该本这各全省市县区局厅处所部会长员")


@lru_cache(maxsize=4)
def post_regex(lex: Lexicon) -> re.Pattern:
    """Post chains: 党委书记、厅长 / 副局长 / 局长."""
    posts = compile_alternation(lex.posts)
    return re.compile(rf"(?:(?:{posts})、?)*(?:{posts})")


def name_at(text: str, pos: int, lex: Lexicon, need_after: bool = True, length: int | None = None) -> str | None:
    """A personal name starting at pos (surname + one or two characters), if one reads there."""
    for sl in (2, 1):
        if text[pos:pos + sl] not in lex.surnames:
            continue
        for given in (2, 1):
            if length and sl + given != length:
                continue
            end = pos + sl + given
            cand = text[pos:end]
            if len(cand) != sl + given or not all("\u4e00" <= c <= "\u9fff" for c in cand):
                continue
            if set(cand[sl:]) & NOT_NAME_CHARS:
                continue
            if not need_after or AFTER.match(text, end) or post_regex(lex).match(text, end):
                return cand
    return None


def org_before(a: Analysis, pos: int) -> Mention | None:
    """The organization whose mention ends right at pos (allowing 党委/党组 between)."""
    best = None
    for m in of_class(a, "Organization"):
        if m.evidence.end == pos and (best is None or m.evidence.start < best.evidence.start):
            best = m
    return best


def extract_people(a: Analysis, lex: Lexicon) -> Analysis:
    """Person mentions and memberOf relations from posts."""
    text = a.document.text
    posts = post_regex(lex)
    people: list[Mention] = []
    rels: list[Relation] = []
    last_org: Mention | None = None
    last_sentence = -1

    def add(name: str, start: int, rule: str, org: Mention | None, role: str | None) -> None:
        people.append(mention(a, "Person", name, start, start + len(name), rule))
        if org is not None and role:
            rels.append(relation(a, ("Person", name), "memberOf", org.key, org.evidence.start,
                                 start + len(name), rule, attrs=(("role", role),)))

    for pm in posts.finditer(text):
        s, e = pm.span()
        name = name_at(text, e, lex)
        org = org_before(a, s)
        sent = next((x.index for x in a.sentences if x.start <= s < x.end), -1)
        if sent != last_sentence:
            last_org, last_sentence = None, sent
        if org is not None:
            last_org = org
        if name:
            add(name, e, "person:post-before", org or last_org, pm.group())
            # a list continues the post: 副会长陈乃蔚、黄绮、周天平
            pos = e + len(name)
            while text[pos:pos + 1] == "、":
                nxt = name_at(text, pos + 1, lex)
                if not nxt:
                    break
                add(nxt, pos + 1, "person:post-list", org or last_org, pm.group())
                pos += 1 + len(nxt)
        else:
            # name before the post: 林兆波局长, 盛雷鸣会长 (the organization before the name)
            for ln in (3, 2):
                st = s - ln
                cand = name_at(text, st, lex, need_after=False, length=ln) if st >= 0 else None
                # the name must start a phrase: after an organization, punctuation or a line start
                starts = st == 0 or not "\u4e00" <= text[st - 1] <= "\u9fff" or org_before(a, st) is not None
                if cand and len(cand) == ln and starts:
                    add(cand, st, "person:post-after", org_before(a, st), pm.group())
                    break
    for m in re.finditer(r"同志", text):
        for ln in (3, 2):
            cand = name_at(text, m.start() - ln, lex, need_after=False, length=ln) if m.start() >= ln else None
            if cand and len(cand) == ln:
                add(cand, m.start() - ln, "person:comrade", None, None)
                break
    # lists of three or more names ending in 等: 李某某、韩某某、龙某某、李某某等
    item = r"[\u4e00-\u9fff]{2,3}"
    for m in re.finditer(rf"(?<![\u4e00-\u9fff])?({item}(?:、{item}){{2,}})等", text):
        parts, pos, ok = m.group(1).split("、"), m.start(1), []
        for p in parts:
            if name_at(text, pos, lex, need_after=False, length=len(p)) == p:
                ok.append((p, pos))
            pos += len(p) + 1
        if len(ok) == len(parts):
            for p, st in ok:
                add(p, st, "person:name-list", None, None)
    a = extend(a, mentions=people, relations=rels)
    return extend(a, mentions=repeat_mentions(a))


def repeat_mentions(a: Analysis) -> list[Mention]:
    """Every further occurrence of a name already found is a mention too."""
    text, out = a.document.text, []
    known = {m.name for m in a.mentions if m.cls == "Person"}
    seen = {(m.evidence.start, m.name) for m in a.mentions if m.cls == "Person"}
    for name in sorted(known):
        for m in re.finditer(re.escape(name), text):
            if (m.start(), name) not in seen:
                out.append(mention(a, "Person", name, m.start(), m.end(), "person:repeat"))
    return out
