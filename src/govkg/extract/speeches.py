"""Speeches and who spoke: section headings, 作交流发言, 讲话/致辞/点评, 以《…》为题."""
from __future__ import annotations

import re

from ..lexicons import Lexicon
from ..model import Analysis
from .common import extend, mention, of_class, paragraph_start, relation, sentence_at
from .events import OBSERVANCE_DAYS, main_event

PRESS_ANSWER = r"回答了?记者(?:的)?提问|答记者问"
ORG_SPOKE = re.compile(r"(?:作|做)了?[\u4e00-\u9fff]{0,6}?发言|交流了?[\u4e00-\u9fff]{0,4}?经验|(?:作|做)了?经验交流|"
                       r"负责人[\u4e00-\u9fff]{0,4}?(?:发言|汇报)|"   # 听取了省司法厅…主要负责人先后发言
                       + PRESS_ANSWER)    # at a press conference: 省公安厅、省司法厅就…回答记者提问
# 表示/指出/强调: the speaker's own words at the event (邹某同志表示祝贺, 赵某会长强调)
PERSON_SPOKE = re.compile(PRESS_ANSWER + r"|讲话|致辞|致词|致欢迎辞|(?:作|做)了?[\u4e00-\u9fff]{0,4}?(?:报告|介绍|交流)|发言|点评|部署|汇报|宣读|通报|"
                          r"介绍了|授课|宣讲|传达|表示|指出|强调|分享了|解读了|讲解了|进行了讲解|作了讲解|"
                          r"介绍(?=[，,：:])|进行了?[\u4e00-\u9fff]{0,4}?(?:介绍|讲解|解读)|"   # 某某介绍,…: reported words
                          r"宣布[\u4e00-\u9fff]{0,6}?(?:启动|开幕|开班|开始|闭幕|结束)")   # at a training: 分享了经验; 宣布活动启动
LIST_SEP = "，,、"
WEAK_SPOKE = re.compile(r"表示|指出|强调|介绍(?=[，,：:])")   # speaking only at a meeting the article reports as held
# A clause that opens with a verb (or 他/她, or 代表X) goes on with the same speaker
CONTINUES = re.compile(r"(?:并|还|同时|他|她)?(?:详细)?(?:介绍|讲解|宣读|作|做|发表|讲话|致辞|总结|部署|点评|回顾|强调|指出|通报|"
                       r"代表|表示|要求)|(?:并|还|同时)就")      # 出席会议,并就各自职责进行了部署
STUDIED = ("学习", "领会", "贯彻", "落实", "传达", "宣传")
PRONOUN_SPOKE = re.compile(r"(?:他|她)(?:在讲话中|在会上|还|同时|最后)?(?:指出|强调|要求|表示|认为|提出)")
REPEATED = re.compile(r"[\d一二三四五六七八九十]+(?:多|余)?次")
TITLED = re.compile(r"以《(?P<title>[^》]{2,60})》为题|(?:作|做)(?:了)?《(?P<title2>[^》]{2,60})》"
                    r"(?:的)?(?:专题)?(?:讲座|报告|讲话|发言|辅导|授课)")


def list_spoke(a: Analysis, p, end: int) -> re.Match | None:
    """甲局长A,乙厅长B,丙局长C等领导出席会议并讲话: every person of a list whose last member speaks.
    The list is comma-joined chunks (a post chain may hold 、), each ending in a person's name."""
    text = a.document.text
    if text[p.evidence.end:p.evidence.end + 1] not in LIST_SEP:
        return None
    ends = sorted(q.evidence.end for q in of_class(a, "Person") if q.evidence.end > p.evidence.end)
    stop = min([i for i in (text.find(c, p.evidence.end, end) for c in "。；;") if i >= 0] + [end])
    pos = p.evidence.end
    while pos < stop:
        comma = min([i for i in (text.find(c, pos + 1, stop) for c in "，,") if i >= 0] + [stop])
        if comma in ends:              # a whole chunk ending in a name: the list goes on
            pos = comma
            continue
        last = [e for e in ends if pos < e < comma]
        if not last:
            return None
        end_at = comma       # …出席会议,并就各自工作进行了部署: a clause opening with a verb goes on
        while end_at < stop and CONTINUES.match(text, end_at + 1):
            end_at = min([i for i in (text.find(c, end_at + 1, stop) for c in "，,") if i >= 0] + [stop])
        return PERSON_SPOKE.search(text, last[-1], end_at)   # 张某等领导出席会议并讲话
    return None


def held_here(a: Analysis, ev) -> bool:
    """Whether the article reports the event as held: named in the title, dated, or with a place or
    organizer (not a meeting only referred to, 贯彻全国政法工作会议精神)."""
    title_end = a.document.title_span.end if a.document.title_span else 0
    return any(m.key == ev.key and m.evidence.start < title_end for m in of_class(a, "Event")) \
        or any(x.subject == ev.key for x in a.attributes) \
        or any(r.subject == ev.key and r.predicate in ("heldIn", "organizedBy") for r in a.relations)


def extract_speeches(a: Analysis, lex: Lexicon) -> Analysis:
    """Speech nodes (deliveredBy, partOf) and spokeAt relations to the article's event."""
    text, ev = a.document.text, main_event(a)
    if ev is not None and ev.name.endswith(OBSERVANCE_DAYS):
        ev = None   # nobody speaks at 国际禁毒日: the day is when, not where
    ments, rels = [], []
    for sec in a.sections:
        speaker = next((m for m in a.mentions if m.cls in ("Organization", "Person")
                        and sec.speaker and sec.speaker.start <= m.evidence.start < sec.speaker.end), None)
        title = sec.heading.slice(text)
        ments.append(mention(a, "Speech", title, sec.heading.start, sec.heading.end, "speech:section-heading"))
        if speaker:
            rels.append(relation(a, ("Speech", title), "deliveredBy", speaker.key, sec.heading.start,
                                 sec.speaker.end, "speech:section-speaker"))
            if ev:
                rels.append(relation(a, speaker.key, "spokeAt", ev.key, sec.heading.start, sec.speaker.end,
                                     "speech:section-speaker", inferred=True))
        if ev:
            rels.append(relation(a, ("Speech", title), "partOf", ev.key, sec.heading.start, sec.heading.end,
                                 "speech:section-of-event", inferred=True))
    if ev:
        orgs = of_class(a, "Organization")
        for m in ORG_SPOKE.finditer(text):
            s = sentence_at(a, m.start())
            # 30多次在全国性会议上作典型发言: repeated speaking at other meetings, not at this event
            if s is None or REPEATED.search(text, s.start, m.start()):
                continue
            for o in orgs:
                inside = any(x.evidence.start <= o.evidence.start and o.evidence.end <= x.evidence.end
                             and (x.evidence.start, x.evidence.end) != (o.evidence.start, o.evidence.end) for x in orgs)
                if s.start <= o.evidence.start and o.evidence.end <= m.start() and not inside \
                        and not dict(o.attrs).get("parent"):
                    rels.append(relation(a, o.key, "spokeAt", ev.key, o.evidence.start, m.end(), "speech:org-spoke"))
        held = held_here(a, ev)
        for p in of_class(a, "Person"):
            s = sentence_at(a, p.evidence.start)
            if s is None:
                continue
            # the verb in the person's own clauses: 出席会议并讲话 / 主持会议,介绍了… (a clause that
            # opens with a verb continues the same subject), not a later clause about others
            clause_end = p.evidence.end
            while True:
                nxt = min([i for i in (text.find(c, clause_end) for c in "。，,；;") if i >= 0] + [s.end])
                clause_end = nxt
                if nxt < s.end and text[nxt] in "，," and CONTINUES.match(text, nxt + 1):
                    clause_end = nxt + 1
                    continue
                break
            if text.endswith(STUDIED, 0, p.evidence.start):
                continue   # 学习领会习近平总书记…: the one studied, not a speaker
            vm = PERSON_SPOKE.search(text, p.evidence.end, clause_end + 1)     # (介绍 looks at the comma after it)
            if vm and text.startswith("精神", vm.end()):
                continue   # 贯彻唐某部长在粤调研讲话精神: a speech studied, given elsewhere
            other = [q for q in of_class(a, "Person") if p.evidence.end < q.evidence.start < (vm.start() if vm else 0)
                     and text[p.evidence.end:q.evidence.start].strip("、") != ""]
            if vm and WEAK_SPOKE.fullmatch(vm.group()) and not held:
                continue   # 他指出 during a visit: no meeting held in the article to have spoken at
            if vm and not [q for q in other if "、" not in text[p.evidence.end:q.evidence.start]]:
                rels.append(relation(a, p.key, "spokeAt", ev.key, p.evidence.start, vm.end(), "speech:person-spoke"))
            elif vm is None:
                lm = list_spoke(a, p, s.end)
                if lm and (held or not WEAK_SPOKE.fullmatch(lm.group())):
                    rels.append(relation(a, p.key, "spokeAt", ev.key, p.evidence.start, lm.end(),
                                         "speech:list-spoke"))
    if ev and held_here(a, ev):   # 。他强调: the last person named before speaks
        people = of_class(a, "Person")
        for m in PRONOUN_SPOKE.finditer(text):
            s = sentence_at(a, m.start())
            before = [p for p in people if p.evidence.end <= m.start()]
            if s is None or s.start != m.start() or not before or before[-1].evidence.start < paragraph_start(text, m.start()):
                continue
            p = before[-1]
            rels.append(relation(a, p.key, "spokeAt", ev.key, p.evidence.start, m.end(), "speech:pronoun-spoke",
                                 inferred=True))
    for m in TITLED.finditer(text):
        g = "title" if m.group("title") else "title2"
        title = m.group(g)
        ments.append(mention(a, "Speech", title, m.start(g), m.end(g), "speech:titled"))
        s = sentence_at(a, m.start())
        who = [p for p in of_class(a, "Person") if s and s.start <= p.evidence.start < m.start()]
        # the event is the one named in the same sentence, else the article's
        here = [e for e in of_class(a, "Event") if s and s.start <= e.evidence.start < s.end]
        event = here[0] if here else ev
        if who:
            rels.append(relation(a, ("Speech", title), "deliveredBy", who[-1].key, who[-1].evidence.start,
                                 m.end(), "speech:titled-by"))
            if event:
                rels.append(relation(a, who[-1].key, "spokeAt", event.key, who[-1].evidence.start, m.end(),
                                     "speech:titled-by", inferred=True))
        if event:
            rels.append(relation(a, ("Speech", title), "partOf", event.key, m.start(), m.end(), "speech:titled",
                                 inferred=True))
    return extend(a, mentions=ments, relations=rels)
