"""Awards: who received which honorary title or merit, from whom, in which year."""
from __future__ import annotations

import re

from ..model import Analysis, Award
from .common import agent_at, evidence, of_class, relation, sentence_at
from .events import organizers
from .works import MERIT, PLACE_TITLE, PRIZE

CONFER = re.compile(r"追授|授予|颁发")
RECEIVE = re.compile(rf"荣获|荣膺|获得|被评为|获评|当选|被认定为|被命名为|被授予|获(?=[\u4e00-\u9fff]{{0,10}}?{PLACE_TITLE}|{PRIZE})"
                     r"|被(?P<by>[^，,。；;“”]{2,20}?)(?:评为|命名为|认定为|表彰为)")   # 被司法部评为: the giver named
# 法制建设先进县: a title for a county, district or city, held by the place (no recipient of the contract)
FOR_PLACES = re.compile(rf"{PLACE_TITLE}$")
COUNTED_GROUP = re.compile(r"[\d一二三四五六七八九十百千]+(?:名|个|位|家|支)")
YEARS = re.compile(r"(\d{4})年")
# 获评“T”的单位: a relative clause (not 获评“T”的荣誉称号)
RELATIVE = re.compile(r"(?:称号)?的(?!荣誉|光荣称号|称号|殊荣)")


def quoted_end(text: str, t) -> int:
    """The end of the run of quoted titles a title stands in (“T1”“T2”的单位)."""
    end = t.evidence.end
    while text.startswith("“", end) and (close := text.find("”", end)) > 0:
        end = close + 1
    return end


# 先进个人 goes to people, 先进集体 to bodies (…处长周洪春获评先进个人: not the 处)
FOR_PEOPLE = ("个人", "工作者", "同志", "标兵", "能手", "卫士", "之星")
FOR_BODIES = ("集体", "单位", "组织")


def fits(title: str, cls: str) -> bool:
    """Whether a recipient of class cls can hold the title: a person one for people, a body one for bodies."""
    name = title.rstrip("”\"")
    if name.endswith(FOR_PEOPLE):
        return cls == "Person"
    if name.endswith(FOR_BODIES):
        return cls == "Organization"
    return True


def awards(a: Analysis) -> list[Award]:
    """X(于Y年)授予P“T”称号 and P被X授予T称号: an Award per title, years paired in order."""
    text, out = a.document.text, []
    titles = of_class(a, "HonoraryTitle")
    agents = [o for o in of_class(a, "Organization") + of_class(a, "Person") if not dict(o.attrs).get("parent")]
    for m in CONFER.finditer(text):
        s = sentence_at(a, m.start())
        if s is None:
            continue
        # one conferral runs to the next conferring verb or semicolon: 授予A“T1”称号；授予B“T2”称号
        nxt = CONFER.search(text, m.end(), s.end)
        end = min([nxt.start() if nxt else s.end] + [i for i in (text.find(c, m.end(), s.end) for c in "；;") if i >= 0])
        ts = [t for t in titles if m.end() <= t.evidence.start < end]
        if not ts:
            continue
        # the giver may stand before an earlier clause of the same full sentence (…决定,授予A…;授予B…)
        full = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        first = CONFER.search(text, full, s.end)
        passive = "被" in text[s.start:m.start()]
        if passive:   # P被X授予: the recipient stands before 被, the giver after it
            bei = text.rfind("被", s.start, m.start())
            givers = [o for o in agents if o.cls == "Organization" and bei < o.evidence.start < m.start()]
            takers = [o for o in agents if s.start <= o.evidence.start < bei]
        else:
            givers = [o for o in agents if o.cls == "Organization" and full <= o.evidence.start < first.start()]
            takers = [o for o in agents if m.end() <= o.evidence.start < ts[0].evidence.start]
            takers = takers[-1:] if len(ts) > 1 else takers   # 授予P“T1”和“T2”: one recipient, two titles
            xiang = text.rfind("向", s.start, m.start())
            if not takers and xiang >= 0:    # X向A、B颁发“T”证书: the recipients stand between 向 and the verb
                takers = [o for o in agents if xiang < o.evidence.start < m.start()]
                givers = [o for o in givers if o.evidence.start < xiang]
        if not takers:
            continue
        years = YEARS.findall(text, s.start, m.start())
        for i, t in enumerate(ts):
            date = years[i] if len(years) == len(ts) else (years[0] if len(years) == 1 else None)
            for who in takers:
                for giver in [g.key for g in givers] or [None]:
                    out.append(Award(who.key, t.key, evidence(a, m.start(), t.evidence.end, "rel:award-confer"),
                                     giver, date))
    for m in MERIT.finditer(text):   # 为X等98个先进集体记集体一等功: the merit is a title too
        s = sentence_at(a, m.start())
        t = next((t for t in titles if t.evidence.start == m.start("title")), None)
        in_doc = any(r.evidence.start <= m.start() < r.evidence.end for r in of_class(a, "Regulation"))
        if s is None or t is None or in_doc:   # 《关于为X记集体一等功的决定》 names a decision, not this award
            continue
        if text.startswith("记", m.start()):
            wei = text.rfind("为", s.start, m.start())
            first_wei = text.find("为", s.start, m.start())
            takers = [o for o in agents if wei >= 0 and wei < o.evidence.start < m.start()]
            givers = [o for o in agents if o.cls == "Organization" and s.start <= o.evidence.start < max(first_wei, s.start)]
        else:   # 荣立: the last body or person of the clause before the verb; the giver named after it
            lo = max(text.rfind(c, s.start, m.start()) for c in "，,；;") + 1
            takers = [o for o in agents if max(lo, s.start) <= o.evidence.start < m.start()][-1:]
            givers = [o for o in agents if o.cls == "Organization" and m.group("giver")
                      and m.start("giver") <= o.evidence.start < m.end("giver")]
        for who in takers:
            for giver in [g.key for g in givers] or [None]:
                out.append(Award(who.key, t.key, evidence(a, m.start(), t.evidence.end, "rel:award-merit"), giver))
    for t in titles:   # 荣获/荣膺“T”称号 without a named giver: every body or person of the clause
        s = sentence_at(a, t.evidence.start)
        vm = None    # the verb nearest before the title: A获评T1,B获评T2
        for vm in (v for v in (RECEIVE.finditer(text, s.start, s.end) if s else ()) if v.end() <= t.evidence.start):
            pass     # (the whole sentence searched: 获 looks ahead at the title)
        if vm is None or CONFER.search(text, s.start, t.evidence.start) or RELATIVE.match(text, quoted_end(text, t)):
            continue    # 为获评“T”的单位授奖: those who received it are not named here
        lo = max(text.rfind(c, s.start, vm.start()) for c in "，,；;") + 1
        takers = [o for o in of_class(a, "Organization") + of_class(a, "Person")
                  if max(lo, s.start) <= o.evidence.start < vm.start() and not text.startswith("所属", o.evidence.end)
                  and not dict(o.attrs).get("parent")]
        # 张某、李某…10名律师脱颖而出,荣获T: a verb opening its clause; the people listed in the clause before
        if not takers and lo > s.start and not text[lo:vm.start()].strip():
            prev = max(text.rfind(c, s.start, lo - 1) for c in "，,；;") + 1
            listed = [p for p in of_class(a, "Person") if max(prev, s.start) <= p.evidence.start < lo - 1]
            takers = listed if len(listed) >= 2 else []
        # 荣获…称号的同志 is anyone who did, and 全省51名个人荣获 a counted group: not the actor
        # nor a place's title (禄劝县获…先进县): the place holds it, not a body acting in the article
        if not takers and not re.match(r"(?:称号)?的", text[t.evidence.end:t.evidence.end + 3]) and not FOR_PLACES.search(t.name) \
                and not COUNTED_GROUP.search(text, max(lo, s.start), vm.start()):
            agent = agent_at(a, t.evidence.start)
            takers = [agent] if agent else []
        # 某调委会调解员柳某、…荣获: the people named after their bodies receive it, not the bodies
        people_at = {p.evidence.start for p in takers if p.cls == "Person"}
        takers = [w for w in takers if not (w.cls == "Organization" and any(
            w.evidence.end <= st <= w.evidence.end + 6 and not re.search(r"[、，,和及与]", text[w.evidence.end:st])
            for st in people_at))]
        takers = [w for w in takers if fits(t.name, w.cls)]
        giver = next((o.key for o in of_class(a, "Organization")
                      if vm.start("by") <= o.evidence.start < vm.end("by")), None) if vm.group("by") else None
        out += [Award(w.key, t.key, evidence(a, w.evidence.start, t.evidence.end, "rel:award-received"), giver)
                for w in takers]
    return out + announced(a, titles)


# “T”名单揭晓。他们是:A,B…: the people listed right after a title's list is announced hold it
ANNOUNCED = re.compile(r"名单(?:揭晓|公布|出炉|如下)")
THEY_ARE = re.compile(r"(?:他们|她们|获奖者|获奖人员|分别)是[:：]?|如下[:：]")


def announced(a: Analysis, titles: list) -> list[Award]:
    """The people listed in the sentence after a title's list of holders is announced."""
    text, out = a.document.text, []
    for t in titles:
        s = sentence_at(a, t.evidence.start)
        if s is None or not ANNOUNCED.search(text, t.evidence.end, s.end):
            continue
        nxt = sentence_at(a, s.end)
        if nxt is None or not THEY_ARE.match(text, nxt.start):
            continue
        out += [Award(p.key, t.key, evidence(a, p.evidence.start, p.evidence.end, "rel:award-announced-list"))
                for p in of_class(a, "Person") if nxt.start <= p.evidence.start < nxt.end]
    return out


# 颁奖大会, 表彰会, 评选活动, 命名仪式: the body that holds one confers the titles the article names
CEREMONY = re.compile(r"颁奖|表彰|评选|命名|授牌")
# X(在全系统)开展/组织/举办了…评选活动: the body before the verb runs the selection
RUNS = re.compile(r"(?:开展|组织|举办|举行)了?[^，,。；;]{0,30}?(?:评选|表彰)")
SELECTS = re.compile(r"(?:联合|共同)?评(?:选)?出")
# 曾荣获, 先后获得: titles received before, from whoever gave them then
EARLIER = re.compile(r"(?:曾|曾经|先后|多次|历年|此前)(?:荣获|获得|被评为|获评|荣膺)")
NATIONAL = ("全国", "中国", "国家", "中华")
AWARD_DOC = re.compile(r"表彰|授予|命名|表扬|认定|评选")


def ceremony_givers(a: Analysis) -> list:
    """The bodies that organize an award ceremony or run a selection in the article."""
    events = {e.key for e in of_class(a, "Event") if CEREMONY.search(e.name)}
    givers = [r.object for r in a.relations if r.predicate == "organizedBy" and r.subject in events]
    text = a.document.text
    orgs = [o for o in of_class(a, "Organization") if not dict(o.attrs).get("parent")]
    for m in RUNS.finditer(text):
        s = sentence_at(a, m.start())
        lo = max([s.start if s else 0] + [text.rfind(c, 0, m.start()) + 1 for c in "，,；;"])
        before = [o for o in orgs if lo <= o.evidence.start < m.start()]
        givers += [before[0].key] if before else []
    return list(dict.fromkeys(givers))


JOINED_BY = re.compile(r"(?:联合|会同|携手)$")


def joint_selectors(a: Analysis) -> list:
    """The bodies that run a selection together: A联合B、C开展…评选活动 (every one of them), when more than one."""
    text = a.document.text
    for m in RUNS.finditer(text):
        chain = organizers(a, m.start())
        if chain and (j := JOINED_BY.search(text, max(0, chain[-1].evidence.start - 2), chain[-1].evidence.start)):
            chain += organizers(a, j.start())
        if len(chain) > 1:
            return list(reversed(chain))
    return []


def conferred_at_ceremony(a: Analysis, got: list[Award], issued: list) -> list:
    """Titles with no named giver: conferred by the body that issued the decision or circular naming
    them in the same sentence (X印发《关于认定…的通报》,Y被认定为T), else, in an article about one
    body's award ceremony or selection, by that body (both inferred). Not national titles unless the
    body is national, nor titles received earlier (曾荣获)."""
    titles = of_class(a, "HonoraryTitle")
    if not titles:
        return []
    givers = ceremony_givers(a)
    text, out, done = a.document.text, [], {w.title for w in got if w.conferred_by}
    for t in titles:
        s = sentence_at(a, t.evidence.start)
        by_doc = [r for r in issued if s and s.start <= r.evidence.start < t.evidence.start
                  and RECEIVE.search(text, r.evidence.end, t.evidence.start)]
        # X下发《关于表彰…的决定》。其中,A获评T: an earlier decision on awards names the titles received after it
        by_doc = by_doc or [r for r in issued if r.evidence.start < t.evidence.start and AWARD_DOC.search(r.object[1])
                            and s and RECEIVE.search(text, s.start, s.end)][-1:]
        sm = None     # A、B联合评出“T”: every body joined before the verb confers it
        for sm in (SELECTS.finditer(text, s.start, t.evidence.start) if s else ()):
            pass
        chosen = [o.key for o in (organizers(a, sm.start()) if sm else joint_selectors(a))]
        if len(chosen) > 1 and t.key not in done:
            done.add(t.key)
            out += [relation(a, t.key, "conferredBy", g, t.evidence.start, t.evidence.end, "rel:conferred-by-selectors",
                             inferred=True, confidence=0.7) for g in chosen]
            continue
        giver = by_doc[-1].subject if by_doc else chosen[0] if chosen else (givers[0] if len(givers) == 1 else None)
        if giver is None or t.key in done or (s and EARLIER.search(text, s.start, t.evidence.start)) \
                or (t.name.lstrip("“\"").startswith(NATIONAL) and not giver[1].startswith(NATIONAL) and not by_doc):
            continue
        done.add(t.key)
        rule = "rel:conferred-by-issuer" if by_doc else "rel:conferred-at-ceremony"
        out.append(relation(a, t.key, "conferredBy", giver, t.evidence.start, t.evidence.end, rule,
                            inferred=True, confidence=0.7))
    return out
