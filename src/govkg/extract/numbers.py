"""Statistics: a number with its unit, what is counted, the period and the body it is about."""
from __future__ import annotations

import re
from functools import lru_cache
from types import SimpleNamespace
from sys import intern

from ..lexicons import PROVINCIAL, Lexicon
from ..model import Analysis, Observation
from .common import acting, agent_at, evidence, extend, main_org, of_class, paragraph_start, sentence_at
from .events import main_event, named_before
from .places import home_places

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
SCALES = {"万": 1e4, "亿": 1e8}
ROUND_THE_CLOCK = (24.0, "小时")
# A few per unit (每个县区抽取1家, 每村配备1名): how things are shared out, not a count
PER_UNIT = re.compile(r"每(?:个|家|所|位|名|村|镇|乡|县|区|社区|单位)")
PER_UNIT_MAX = 5
PERIOD = re.compile(r"近[一二三四五六七八九十\d]+年来?|[一二三四五六七八九十\d]+年来|\d{4}年(?:上半年|下半年|以来|底)?"
                    r"|今年(?:以来|上半年)?|上半年|下半年|截至[^，,。]{2,16}")
ATTEND = re.compile(r"参加|参会|出席|走进|与会|参观|参赛|竞技|参与|发言|参训|学员|列席|到会|邀请|受邀|应邀")
# Figures of the day of an event (当天共发放资料3000余份) are the event's
# ... but not a report learned or given at a meeting (在…座谈会上获悉,新疆近3年共办理公证65万多件;
# 副厅长在会上通报,全省共办理案件6.8万件)
EVENT_DAY = re.compile(r"(?:当天|当日|活动现场|活动中|活动期间|会上|会议期间)"
                       r"(?!获悉|了解到|得知|得悉|通报|介绍|指出|表示|透露|公布|发布|总结|回顾|报告)")
LEAD_WORDS = ("共", "累计", "已", "先后", "其中", "目前", "共计", "合计", "达到", "达", "有", "仅")
RANGE_BEFORE = re.compile(r"[\d一二三四五六七八九十][^\d，,。]{0,2}(?:至|到|-|—|~)$")
# (从528人发展到1200人 is a change: both figures count)
RANGE_AFTER = re.compile(r"(?!发展|增长|增加|提高|提升|上升|下降|减少|扩大|达)[^\d，,。]{0,2}(?:至|到|-|—|~)\s*[\d一二三四五六七八九十]")


def parse_cn(s: str) -> int | None:
    """一千零一十二 -> 1012; 二十 -> 20; None when not a Chinese numeral."""
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            section += (1 if digit is None else digit) * CN_UNITS[ch]
            digit = None
        elif ch == "万":
            total += (section + (digit or 0) or 1) * 10000   # 近万: a bare 万 is one ten thousand
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


@lru_cache(maxsize=4)
def number_regex(lex: Lexicon) -> re.Pattern:
    """NUMBER (万|亿)? (余|多)? UNIT (以上|左右)?"""
    units = "|".join(re.escape(u) for u in sorted(lex.units, key=len, reverse=True))
    return re.compile(
        rf"(?P<pre>近|约|超过|逾)?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二三四五六七八九十百千两]{{2,}}|十"
        rf"|(?<=近)[百千万]|[百千](?=余|多)|[一二三四五六七八九两](?=万|亿))"
        rf"(?P<scale>万|亿)?(?P<q>余|多)?(?:(?P<unit>{units})|(?<=[万亿])(?P<bare>)(?![\u4e00-\u9fff]))(?P<post>以上|左右|多)?"
        rf"|(?<=连续)第?(?P<years>\d+|[一二三四五六七八九十]+)(?P<yunit>年)"
        rf"|百分之(?P<pct>\d+(?:\.\d+)?|[零〇一二三四五六七八九十]+)")


def in_short_quote(text: str, start: int, end: int, longest: int = 12) -> bool:
    """Whether start..end lies inside a quotation of at most `longest` characters (a name or slogan,
    not a quoted speech, whose figures count)."""
    op = text.rfind("“", 0, start)
    if op < 0 or text.rfind("”", op, start) >= 0:
        return False
    cl = text.find("”", end)
    return 0 <= cl and cl - op - 1 <= longest and "\n" not in text[op:cl]


def measure_before(text: str, start: int, lo: int) -> str:
    """What is counted: the words of the clause before the number."""
    s = start
    while s > lo and text[s - 1] not in "，,。；;：:！？、（(":
        s -= 1
    phrase = text[s:start]
    for w in LEAD_WORDS:
        if phrase.startswith(w):
            phrase = phrase[len(w):]
    return phrase.strip()


# A report that names no body speaks of its province or city: 全省目前建成公共法律服务中心96个
SCOPE = re.compile(r"(?:全|我|本)(?P<lvl>省|市|区)")


def city_scope_of_province(a: Analysis, lex: Lexicon, agent, pos: int) -> bool:
    """Whether a figure's paragraph speaks of a city (我市, 全市) while its body found elsewhere is a province's."""
    p = lex.place(dict(agent.attrs).get("place") or "")
    if agent.cls != "Organization" or p is None or p.level not in PROVINCIAL or p.level == "municipality":
        return False     # (天津市司法局: 全市 is the municipality's own scope)
    scope = None
    for scope in SCOPE.finditer(a.document.text, paragraph_start(a.document.text, pos), pos):
        pass
    return scope is not None and scope.group("lvl") == "市"


def scope_place(a: Analysis, lex: Lexicon, lo: int, pos: int, title_end: int):
    """The Place a figure with no acting body is about: a place opening a clause of its sentence, else
    the article's province (全省, 我省) or city (全市, 我市) where its sentence or the title says so and
    that place is named in the text."""
    text = a.document.text
    # a place opening a clause of the sentence is its subject: 江阴市共建成人民调解委员会312个
    opening = [p for p in of_class(a, "Place") if lo <= p.evidence.start and p.evidence.end <= pos
               and (p.evidence.start == lo or text[p.evidence.start - 1] in "，,；;：:")]
    if opening:
        return opening[-1]
    m = None
    for m in SCOPE.finditer(text, lo, pos):
        pass
    if m is None:
        m = SCOPE.search(text, 0, title_end)
    if m is None:
        return None
    province, city = home_places(a, lex)
    want = {"省": province, "市": city, "区": province if (province or "").endswith("自治区") else None}[m.group("lvl")]
    return next((p for p in of_class(a, "Place") if want and p.name == want), None)


AWARDING = re.compile(r"授予|追授|表彰|记(?:集体|个人)?[一二三]等功|颁发")


def award_giver(a: Analysis, s, pos: int):
    """The body conferring an award in whose clause the figure stands, if any."""
    text = a.document.text
    clause_end = min([i for i in (text.find(c, pos) for c in "；;。") if i >= 0] + [s.end])
    verb = AWARDING.search(text, max(s.start, pos - 30), clause_end)
    if verb is None:
        return None
    wei = text.find("为", s.start, pos)
    lo = wei if 0 <= wei < verb.start() and "记" in verb.group() else min(verb.start(), pos)
    # the giver may stand in an earlier clause of the full sentence: …决定,授予A…;授予B等44名同志…
    full = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    first = AWARDING.search(text, full, lo)
    givers = [o for o in of_class(a, "Organization") if full <= o.evidence.start < (first.start() if first else lo)
              and not dict(o.attrs).get("parent")]
    return givers[0] if givers else None


ELECTED = re.compile(r"当选(?:为)?(?P<word>[\u4e00-\u9fff]{1,6}?)(?:第[一二三四五六七八九十]+届)?"
                     r"(?:常务理事|理事|副会长|会长|秘书长|监事|委员|代表)")


def elected_to(a: Analysis, pos: int):
    """The body a counted group was elected to (等12人当选为协会副会长): the last one named before
    whose name ends with the organ word."""
    em = ELECTED.match(a.document.text, pos)
    if em is None:
        return None
    named = [o for o in of_class(a, "Organization") if o.name.endswith(em.group("word")) and o.evidence.end <= pos
             and not dict(o.attrs).get("parent")]
    return named[-1] if named else None


def subject_program(a: Analysis, s) -> object:
    """A program that opens the sentence is what its figures are about (“三中心两分院”…占地23亩)."""
    first = min((m for m in a.mentions if m.cls != "Place" and s.start <= m.evidence.start < s.end),
                key=lambda m: m.evidence.start, default=None)
    return first if first is not None and first.cls == "Program" and first.evidence.start <= s.start + 6 else None


# 培训班为期5天, 本次活动历时3个月: an event named again by its head word opens the sentence
EVENT_AGAIN = re.compile(r"(?:本次|此次|这次|该)?(?P<head>[\u4e00-\u9fff]{2,5}?)(?:为期|历时|持续|共历时|将从|将于|由|期间)")
REPORTED = re.compile(r"据(?:介绍|了解|悉)[，,]?")


def event_subject(a: Analysis, s):
    """The event a sentence opening with its name or its head word (培训班为期5天) is about."""
    lead = REPORTED.match(a.document.text, s.start)      # 据介绍,本次书画作品展由…: what was reported of it
    m = EVENT_AGAIN.match(a.document.text, lead.end() if lead else s.start)
    if m is None:
        return None
    named = [e for e in of_class(a, "Event") if e.evidence.start < s.start and e.name.endswith(m.group("head"))]
    return named[-1] if named else None


# 项目计划资助总额80万元: a project or works named again by its head word opens the sentence
PROGRAM_AGAIN = re.compile(r"(?:本|该|此|这一|这个)?(?P<head>项目|工程)(?![中上后内里期])")


def program_subject(a: Analysis, s):
    """The program (…项目, …工程) a sentence opening with its head word is about."""
    m = PROGRAM_AGAIN.match(a.document.text, s.start)
    if m is None:
        return None
    named = [p for p in of_class(a, "Program") if p.evidence.end <= s.start and p.name.endswith(m.group("head"))]
    return named[-1] if named else None


def clause_subject(a: Analysis, lex: Lexicon, agent, s, clause_start: int, pos: int):
    """A figure in a later clause of a sentence whose body acted on another, named in an earlier clause
    with a figure of its own, is the article's (its title's) body: 市司法局下达大观区任务数为268件,截至11月,
    共办理案件290件 (the centre's). A body whose clause has no figure (该所自成立以来,先后与10个区…), or
    names no other (中心累计办理案件399件,接待咨询23080人次), stays the subject."""
    if agent is None or s is None or agent.evidence.start < s.start:
        return agent
    text = a.document.text
    own_end = min([i for i in (text.find(c, agent.evidence.end) for c in "，,。；;") if i >= 0] + [s.end])
    if own_end >= pos or not number_regex(lex).search(text, agent.evidence.end, own_end):
        return agent
    main = main_org(a)
    # the other is named, or is the title body's place (下达大观区任务数…)
    place = dict(main.attrs).get("place") if main else None
    if not any(agent.evidence.end <= m.evidence.start and m.evidence.end <= own_end and m.key != agent.key
               for m in a.mentions if m.cls in ("Place", "Organization")) \
            and not (place and place in text[agent.evidence.end:own_end]):
        return agent
    title_end = a.document.title_span.end if a.document.title_span else 0
    if main is None or main.evidence.start >= title_end or main.key == agent.key \
            or acting(a, of_class(a, "Organization"), clause_start, pos) is not None:
        return agent
    return main


COUNTED_NOUN = re.compile(r"[\u4e00-\u9fff]{2,3}")      # what a figure counts, written after it (37名农民工)
LISTED = "org:listed-body"      # organizations.listed_bodies
PERSON_ACTS = re.compile(r"(?:共|累计|先后|已|个人)?(?:办理|承办|代理|调解|化解|接待|办结|参与办理)")


def person_subject(a: Analysis, s, clause_start: int, pos: int):
    """A person opening a sentence that names no body before the figure, whose clause opens with what
    a person does (办理, 接待, 调解…): the figure is that person's."""
    text = a.document.text
    if not PERSON_ACTS.match(text, clause_start):
        return None
    if any(s.start <= o.evidence.start < pos for o in of_class(a, "Organization")):
        return None
    first = [p for p in of_class(a, "Person") if s.start <= p.evidence.start < pos]
    if not first:
        return None
    lead = text[s.start:first[0].evidence.start]
    return first[0] if len(lead) <= 14 and (not lead or lead.startswith("“") and lead.endswith("”")) else None


def whole_sentence(a: Analysis, s):
    """The sentence s with the parts before it that end in a semicolon (…活动开展以来,我省共调解纠纷19.2万件;
    主动调解6.3万件: what the first part is about, the later ones are too)."""
    text, start = a.document.text, s.start
    while True:
        before = text[:start].rstrip(" \u3000")
        if not before.endswith(("；", ";")):
            break
        prev = sentence_at(a, len(before) - 1)
        if prev is None or prev.start >= start:
            break
        start = prev.start
    return s if start == s.start else SimpleNamespace(start=start, end=s.end)


def figure_body(a: Analysis, lex: Lexicon, pos: int, s, clause_start: int, ev):
    """The body (or place, or event) a figure at pos with no event, program, giver or person of its own
    is about: the acting body, checked against the sentence and the paragraph it stands in."""
    text = a.document.text
    lo = s.start if s else 0
    title_end = a.document.title_span.end if a.document.title_span else 0
    agent = agent_at(a, pos, reporters=False)
    if agent is not None and agent.evidence.rule == LISTED and text[pos - 1:pos] == "等":
        # A、B等4个专门委员会: the count of a list is no figure of its last name; the body before the list
        first = min(o.evidence.start for o in of_class(a, "Organization")
                    if o.evidence.rule == LISTED and o.evidence.start >= clause_start)
        agent = agent_at(a, first, reporters=False)
        agent = None if agent is not None and agent.evidence.rule == LISTED else agent
    agent = clause_subject(a, lex, agent, s, clause_start, pos)
    if agent is not None and agent.name.startswith("中共") and not lo <= agent.evidence.start < pos:
        # a party committee named elsewhere (市委副书记…到会) owns no figure of a place's sentence:
        # the place the sentence names, else the committee's own place
        home = dict(agent.attrs).get("place")
        agent = scope_place(a, lex, lo, pos, title_end) or next((p for p in of_class(a, "Place") if p.name == home), agent)
    if agent is not None and not lo <= agent.evidence.start < pos and city_scope_of_province(a, lex, agent, pos):
        # 我市律师人数从528人发展到1200人 in an article naming only the 省司法厅: not the province's
        # figure; the city's when named, else the article's event (reported at it)
        agent = scope_place(a, lex, lo, pos, title_end) or ev
    return agent if agent is not None else scope_place(a, lex, lo, pos, title_end)


def extract_numbers(a: Analysis, lex: Lexicon) -> Analysis:
    """Observation per number-with-unit; ranges, dates and ordinals are skipped."""
    text, out = a.document.text, []
    ev = main_event(a)
    start = a.document.title_span.start if a.document.title_span else a.document.body_start
    said: set = set()      # (about, value, unit, noun after) of the body's figures so far
    named_at = {x.evidence.start for x in a.mentions if x.cls in ("Place", "Organization")}
    for m in number_regex(lex).finditer(text, start):
        if a.document.title_span and a.document.title_span.end <= m.start() < a.document.body_start:
            continue   # the dateline
        raw = m.group("num") or m.group("years") or m.group("pct")
        if raw[0].isdigit():
            value = float(raw.replace(",", ""))   # 12,345件: thousands separators
        else:
            value = parse_cn(raw)
            # small Chinese numerals are words (一个, 三项), except a run of years (连续三年), a
            # percentage (百分之五) or a number of ten thousands (三万余人)
            if value is None or (value < 10 and not m.group("q") and not m.group("years") and not m.group("pct")
                                 and not m.group("scale")):
                continue
        if text.count("《", 0, m.start()) > text.count("》", 0, m.start()):
            continue   # 《关于为98个先进集体…记一等功的决定》: a number inside a title is part of a name
        if in_short_quote(text, m.start(), m.end()):
            continue   # “百名律师进千村”, “十个一”: a number inside a quoted slogan is part of its name
        prev = text[max(0, m.start() - 1):m.start()]
        # ordinals (第3) and ranges (3到5所, 1批至3批) are not statistics
        if prev == "第" or prev.isdigit() or RANGE_BEFORE.search(text, max(0, m.start() - 6), m.start()) \
                or RANGE_AFTER.match(text, m.end()):
            continue
        unit = "%" if m.group("pct") else (m.group("scale") or "") + (m.group("unit") or m.group("yunit") or "")
        if m.group("unit") and m.start("unit") in named_at:
            continue    # 12348天津法网: the unit's character opens a place's name, the number is a name's
        if (value, unit) == ROUND_THE_CLOCK:
            continue   # 24小时在线服务, 7×24小时值班: how a service runs, not a count
        # values in plain units (25.2万人次 -> 252000 人次), the written form kept as the surface: a
        # reader's 252000 and 25.2 万人次 both match it
        if unit[:1] in SCALES:
            value, unit = round(value * SCALES[unit[:1]], 4), unit[1:]
        s = sentence_at(a, m.start())
        lo = s.start if s else 0
        clause_start = max(text.rfind(c, lo, m.start()) for c in "，,。；;") + 1
        if value <= PER_UNIT_MAX and PER_UNIT.search(text, max(lo, clause_start), m.start()):
            continue   # 每个县区随机抽取1家司法所和1个村
        events_here = [e for e in of_class(a, "Event") if s and s.start <= e.evidence.start < s.end]
        clause_end = min([i for i in (text.find(c, m.end()) for c in "，,。；;") if i >= 0] + [s.end if s else len(text)])
        whole = whole_sentence(a, s) if s else None
        subject = (subject_program(a, whole) or event_subject(a, whole) or program_subject(a, whole)) if s else None
        giver = award_giver(a, s, m.start()) if s else None
        # how many attended or spoke is the event's figure; how many times a body spoke is its own
        day = EVENT_DAY.search(text, lo, m.start())
        attend = ATTEND.search(text, max(clause_start, lo), clause_end)
        # (counted visits on the day are the event's: 活动现场接受咨询200余人次; a body's own 发言10次 are not)
        if (attend and not unit.endswith("次") or day) and (events_here or ev):
            para = [e for e in of_class(a, "Event") if paragraph_start(text, m.start()) <= e.evidence.start < m.start()]
            # 活动现场, 会上: the last event named before with that head (not 党的十九届五中全会 whose spirit was taught)
            head = next((h for h in ("活动", "会") if day and h in day.group()), None)
            again = [e for e in named_before(a, "", m.start()) if e.name.removesuffix("议").endswith(head)] if head else []
            about = (events_here or again[-1:] or para[-1:] or [ev])[0].key
        elif giver is not None:   # 授予X等38个单位…称号: the count is the conferring body's
            about = giver.key
        elif elected_to(a, m.end()) is not None:   # 王某、温某等12人当选为协会副会长
            about = elected_to(a, m.end()).key
        elif subject is not None:
            about = subject.key
        elif s is not None and (person := person_subject(a, s, clause_start, m.start())) is not None:
            about = person.key          # 律师廖某十年来…,办理法律援助案件100多件
        else:
            agent = figure_body(a, lex, m.start(), s, clause_start, ev)
            if agent is None:
                continue
            at = dict(agent.attrs)       # figures of 局党组, or of a bureau's 处 leading a group, are the bureau's
            parent = at.get("parent") or (at.get("part_of") if at.get("organ_kind") == "department" else None)
            about = ("Organization", parent) if parent else agent.key
        # 37名农民工, said again and again in the body: one figure (the title's is its own); a figure
        # whose noun comes before it (民事案件100件,刑事案件100件) is not deduplicated
        noun = COUNTED_NOUN.match(text, m.end())
        # (not the counts of an award's recipients: 授予98个先进集体…; 为…等98个先进集体记集体一等功 is another award)
        key = (about, value, unit, noun.group()) if noun and m.start() >= a.document.body_start and giver is None \
            else None
        if key in said:
            continue
        if key:
            said.add(key)
        period = PERIOD.search(text, lo, s.end if s else m.start())
        qual = m.group("pre") or m.group("q") or m.group("post")
        out.append(Observation(about, value, intern(unit), intern(measure_before(text, m.start(), lo)),
                               evidence(a, m.start(), m.end(), "number:value-unit"),
                               intern(period.group()) if period else None, qual and intern(qual), m.group()))
    return extend(a, observations=out)
