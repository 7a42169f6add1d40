"""Relations from verb patterns: implements, issued, honors, delegateTo, developedBy (awards: awards.py).

The acting body is the organization named earlier in the sentence, else the speaking body of the
section, else the article's main organization (common.agent_at).
"""
from __future__ import annotations

import re

from ..lexicons import Lexicon
from ..model import Analysis
from .events import main_event as main_event_of, organizers
from .common import agent_at, extend, of_class, relation, section_speaker, sentence_at
from .awards import awards, conferred_at_ceremony

IMPLEMENT_VERBS = re.compile(r"推行|开展|实施|建成|推广|推进|打造|建立|健全|构建|创建|深化|启动|部署|组织|举办|"
                             r"落实|深入|全面|探索|试行|施行|完善|强化|抓好|以|服务|投入|建设|实现|坚持|成立")
ISSUE_VERBS = re.compile(r"出台|制定|编制|印发|发布|修订|颁布|出台了|研究制定|下发")
# between the issuers and the verb: 重庆市财政局和重庆市司法局日前联合下发了《通知》
BEFORE_ISSUE = re.compile(r"(?:日前|近日|近期|今年|于?\d{1,2}月\d{1,2}日|\d{1,2}日)?(?:联合|共同)?(?:研究)?$")
HONOR_VERBS = re.compile(r"培树|选树|树立|推出|评选出|挖掘")
AS_DELEGATE = re.compile(r"作为(?:正式|特邀|列席)?代表")
DELEGATE = re.compile(r"当选(?:为)?(?P<what>[^，。；]{0,20}?)代表")
# A会同B、C联合开展P / A与B共同举办P: the bodies joined to the actor run the program too
JOINT = re.compile(r"会同|联合|共同|携手")
GOES_TO = re.compile(r"到|赴|走进|深入|前往")
ITEM_SEP = "，,、；;。：:\n"
# P由A联合B、C举办 / P由A牵头实施: the bodies named between 由 and the verb run the program
RUN_BY = re.compile(r"\s*(?:活动|工作|工程)?(?:[，,]?[^，,。；;]{0,12}?)?由(?P<who>[^，,。；;]{2,80}?)"
                    r"(?:牵头|联合|共同)?(?:举办|主办|承办|组织|开展|实施|发起|推出)")
# P是X的一项重要民生工程: the program is X's work
OWNED_BY = re.compile(r"是[\u4e00-\u9fff]{2,20}?(?P<de>的)(?:一项|一个|一大)?[\u4e00-\u9fff]{0,8}?(?:工程|项目|举措|工作|品牌)")


def in_title(a: Analysis, m) -> bool:
    """Whether a mention is in the article's title (what the article is about)."""
    return bool(a.document.title_span) and m.evidence.start < a.document.title_span.end


def place_subject(a: Analysis, pos: int) -> bool:
    """Whether a place, not a body, is the subject before pos: one opening a clause or a report item
    (宁波市完善“公证E通”模式, 近年来,扬州市以…推进…工程) or right before the verb (为上海推进“五个中心”建设),
    with no body named after it."""
    text = a.document.text
    s = sentence_at(a, pos)
    lo = s.start if s else 0
    orgs = [o for o in of_class(a, "Organization") if lo <= o.evidence.start < pos]
    spans = [(o.evidence.start, o.evidence.end) for o in of_class(a, "Organization")]
    for p in of_class(a, "Place"):
        st, en = p.evidence.start, p.evidence.end
        if not lo <= st < pos or any(b <= st < e for b, e in spans) or any(o.evidence.start > st for o in orgs):
            continue
        opens = st == lo or text[st - 1] in ITEM_SEP
        if opens or IMPLEMENT_VERBS.match(text, en):
            return True
    return False


def joint_bodies(a: Analysis, agent, pos: int) -> list:
    """The bodies named between the actor and a 会同/联合 verb before pos, or after one right after the
    actor (A联合B、C开展): its partners in the work."""
    text = a.document.text
    # a clause of its own after the actor's (…宣讲;针对企业,联合区人社局到企业开展): its partners only
    start = max([agent.evidence.end] + [text.rfind(c, agent.evidence.end, pos) + 1 for c in "。；;"])
    joins = list(JOINT.finditer(text, start, pos))
    if not joins:
        return []
    own = start > agent.evidence.end
    if own and joins[0].start() != max(start, *(text.rfind(c, start, joins[0].start()) + 1 for c in "，,")):
        return []       # there, the verb opens a part of the clause
    # 会同B开展 and A联合B、C开展: the partners follow the word; 与B联合开展: they come before it
    limit = pos if joins[-1].group() == "会同" or joins[-1].start() == agent.evidence.end or own else joins[-1].start()
    goes = GOES_TO.search(text, joins[-1].end(), limit)     # 联合区人社局到某中学开展: not a partner where they go
    limit = goes.start() if goes else limit
    found = [o for o in of_class(a, "Organization") if start <= o.evidence.start
             and o.evidence.end <= limit and not dict(o.attrs).get("parent")]
    return [o for o in found if not any(q is not o and q.evidence.start <= o.evidence.start and o.evidence.end
                                        <= q.evidence.end for q in found)]


def implements_and_issued(a: Analysis) -> list:
    """Every program is implemented by the acting body; a regulation issued where a verb says so."""
    text, out = a.document.text, []
    for p in of_class(a, "Program"):
        if dict(p.attrs).get("formula"):
            continue   # 两个确立, 四个意识: ideological formulas are named, not run by a body
        s = sentence_at(a, p.evidence.start)
        lo = max(s.start if s else 0, p.evidence.start - 16)
        # a body runs a program where a verb says so, or where it speaks of its own work (a section)
        if not IMPLEMENT_VERBS.search(text, lo, p.evidence.start) and not section_speaker(a, p.evidence.start) \
                and not in_title(a, p):
            continue
        if place_subject(a, p.evidence.start):
            continue
        agent = agent_at(a, p.evidence.start)
        if agent and agent.cls == "Organization":
            out.append(relation(a, agent.key, "implements", p.key, p.evidence.start, p.evidence.end,
                                "rel:implements-agent", inferred=True, confidence=0.7))
            out += [relation(a, o.key, "implements", p.key, o.evidence.start, p.evidence.end, "rel:implements-joint",
                             inferred=True, confidence=0.7) for o in joint_bodies(a, agent, p.evidence.start)]
    for p in of_class(a, "Program"):   # “三中心两分院”(…)是常德市政府的一项重要民生工程
        s = sentence_at(a, p.evidence.start)
        om = OWNED_BY.search(text, p.evidence.end, s.end) if s else None
        owner = [o for o in of_class(a, "Organization") if om and o.evidence.start == om.start() + 1
                 and o.evidence.end == om.start("de")]
        if owner and "，" not in text[p.evidence.end:om.start()] and "," not in text[p.evidence.end:om.start()]:
            out.append(relation(a, owner[0].key, "implements", p.key, p.evidence.start, om.end(),
                                "rel:implements-owned"))
    for p in of_class(a, "Program"):   # “湖北最美基层法官”评选活动由湖北省高级人民法院联合湖北日报…举办
        run = RUN_BY.match(text, p.evidence.end)
        if run:
            out += [relation(a, o.key, "implements", p.key, p.evidence.start, run.end(), "rel:implements-run-by")
                    for o in of_class(a, "Organization") if run.start("who") <= o.evidence.start
                    and o.evidence.end <= run.end("who") and not dict(o.attrs).get("parent")]
    for r in of_class(a, "Regulation"):
        about = text.find("关于", r.evidence.start, r.evidence.end)
        if about > 0:   # 《X、Y关于…的决定》: the bodies named before 关于 issued it
            for o in of_class(a, "Organization"):
                if r.evidence.start < o.evidence.start and o.evidence.end <= about and not dict(o.attrs).get("parent"):
                    out.append(relation(a, o.key, "issued", r.key, r.evidence.start, r.evidence.end,
                                        "rel:issuer-in-title"))
        opening = r.evidence.start - (1 if text[r.evidence.start - 1:r.evidence.start] == "《" else 0)
        tops = [o for o in of_class(a, "Organization") if not dict(o.attrs).get("parent")]
        while True:     # 国务院《法律援助条例》; 中共中央办公厅、国务院办公厅《…意见》, 中办国办《…》: every body listed
            o = next((o for o in tops if o.evidence.end == opening), None)
            if o is None:
                break
            out.append(relation(a, o.key, "issued", r.key, o.evidence.start, r.evidence.end, "rel:issuer-before-title"))
            opening = o.evidence.start - (text[o.evidence.start - 1:o.evidence.start] in ("、", "和", "与"))
        s = sentence_at(a, r.evidence.start)
        # the verb anywhere in the regulation's own clause: 制定了涵盖全部业务流程的《工作规范》
        clause = max(text.rfind(c, s.start if s else 0, r.evidence.start) for c in "，,。；;") + 1
        window = text[max(clause, s.start if s else 0, r.evidence.start - 30):r.evidence.start]
        verb = ISSUE_VERBS.search(window)
        if verb:
            at = max(clause, s.start if s else 0, r.evidence.start - 30) + verb.start()
            joint = organizers(a, BEFORE_ISSUE.search(text, max(0, at - 12), at).start())
            joint = joint if len(joint) > 1 else []     # one body: the acting one, below
            for o in joint:
                out.append(relation(a, o.key, "issued", r.key, o.evidence.start, r.evidence.end, "rel:issued-by-list",
                                    confidence=0.8))
            agent = None if joint else agent_at(a, r.evidence.start)
            if agent and agent.cls == "Organization":
                out.append(relation(a, agent.key, "issued", r.key, r.evidence.start, r.evidence.end,
                                    "rel:issued-verb", confidence=0.8))
    return out


def honors(a: Analysis) -> list:
    """X培树出了A、B、C等典型: the acting body honors each person of the list."""
    text, out = a.document.text, []
    for m in HONOR_VERBS.finditer(text):
        s = sentence_at(a, m.start())
        if s is None:
            continue
        people = [p for p in of_class(a, "Person") if m.end() <= p.evidence.start < min(s.end, m.end() + 40)]
        if not people or "典型" not in text[m.end():s.end]:
            continue
        agent = agent_at(a, m.start())
        if agent and agent.cls == "Organization":
            out += [relation(a, agent.key, "honors", p.key, m.start(), p.evidence.end, "rel:honors-model")
                    for p in people]
    return out


def belongs_to(a: Analysis) -> list:
    """X所属的A、B、C: each listed unit is a sub-organization of X."""
    text, out = a.document.text, []
    orgs = of_class(a, "Organization")
    for m in re.finditer(r"所属(?:的)?", text):
        owner = [o for o in orgs if o.evidence.end == m.start()]
        if not owner:
            continue
        pos = m.end()
        while True:
            unit = [o for o in orgs if o.evidence.start == pos]
            if not unit:
                break
            u = max(unit, key=lambda o: o.evidence.end)
            out.append(relation(a, u.key, "subOrganizationOf", owner[0].key, owner[0].evidence.start,
                                u.evidence.end, "rel:belongs-to"))
            pos = u.evidence.end + (1 if text[u.evidence.end:u.evidence.end + 1] in "、和及" else 0)
            if pos == u.evidence.end:
                break
    return out


def delegates_and_creators(a: Analysis) -> list:
    """P当选…十八大代表 -> delegateTo; 他的“X” / P的“X” -> developedBy."""
    text, out = a.document.text, []
    events = of_class(a, "Event")
    for m in AS_DELEGATE.finditer(text):   # A、B等18名律师作为正式代表出席 / 朱某作为特邀代表
        s = sentence_at(a, m.start())
        here = [e for e in events if s and s.start <= e.evidence.start < s.end]
        ev = here[0] if here else main_event_of(a)
        lo = max(text.rfind(c, s.start, m.start()) for c in "，,；;。") + 1 if s else 0
        if ev is None:
            continue
        for p in of_class(a, "Person"):
            if max(lo, s.start if s else 0) <= p.evidence.start < m.start():
                out.append(relation(a, p.key, "delegateTo", ev.key, p.evidence.start, m.end(), "rel:as-delegate"))
    for m in DELEGATE.finditer(text):
        s = sentence_at(a, m.start())
        ev = [e for e in events if m.start() <= e.evidence.start < m.end()]
        who = [p for p in of_class(a, "Person") if s and s.start <= p.evidence.start < m.start()]
        if ev and who:
            out.append(relation(a, who[-1].key, "delegateTo", ev[0].key, who[-1].evidence.start, m.end(),
                                "rel:delegate-to"))
    for p in of_class(a, "Program"):
        before = text[max(0, p.evidence.start - 4):p.evidence.start]
        if before.endswith(("他的", "她的")):
            prev = [q for q in of_class(a, "Person") if q.evidence.end <= p.evidence.start]
            if prev:
                out.append(relation(a, p.key, "developedBy", prev[-1].key, prev[-1].evidence.start,
                                    p.evidence.end, "rel:developed-by-pronoun", inferred=True, confidence=0.8))
        else:
            own = [q for q in of_class(a, "Person") if q.evidence.end in (p.evidence.start, p.evidence.start - 1)
                   and text[q.evidence.end:p.evidence.start] in ("", "的")]
            if own:
                out.append(relation(a, p.key, "developedBy", own[-1].key, own[-1].evidence.start,
                                    p.evidence.end, "rel:developed-by-possessive"))
    return out


def extract_relations(a: Analysis, lex: Lexicon) -> Analysis:
    """All verb-pattern relations and awards."""
    got, runs = awards(a), implements_and_issued(a)
    issued = [r for r in runs if r.predicate == "issued"]
    return extend(a, relations=runs + honors(a) + delegates_and_creators(a) + belongs_to(a)
                  + conferred_at_ceremony(a, got, issued), awards=got)
