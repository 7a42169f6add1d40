"""Programs, regulations and honorary titles: 《…》 documents, quoted “…” terms classified by the
word that follows or precedes them, and unquoted named programs (阳光就业工程)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import Lexicon, rows
from ..model import Analysis, Mention
from .common import compile_alternation, extend, mention

MEDIA = ("报", "杂志", "日报", "晚报", "网", "栏目", "节目", "一书", "宣传片")
TITLE_VERBS = ("授予", "荣获", "荣膺", "评为", "命名为", "获得", "被评为", "当选", "获评", "追授", "认定为", "评出", "颁发")
# What a song, a poem or a play in 《》 is performed as
PERFORMANCE = re.compile(r"(?:表演|演唱|合唱|独唱|齐唱|歌曲|舞蹈|朗诵|小品|相声|情景剧|节目|演奏|快板|戏曲|三句半|歌伴舞)$")
RECEIVED_BEFORE = re.compile(r"获评|荣获|被评为|评为|荣膺")
# What a conferred title is handed over as: 颁发“爱心帮教大使”证书
TITLE_TOKENS = ("称号", "证书", "荣誉证书", "奖牌", "牌匾", "奖杯", "等殊荣", "等荣誉", "等称号", "等奖项")   # 获评“A”、“B”等殊荣
PROGRAM_VERBS = ("推广", "推行", "实施", "开展", "打造", "创建", "推进", "深化", "启动", "建立", "健全", "服务",
                 "组织", "推出", "推动", "聚焦", "部署", "打响")
PROGRAM_AFTER = re.compile(r"等(?:形式|活动|举措|措施|(?:特色|服务|工作)?品牌)|进行推广|工作法")   # 培育“A”“B”等特色品牌
NUMERIC_SLOGAN = re.compile(r"^[一二三四五六七八九十两]+(?:化|个[\u4e00-\u9fff])"
                            # numbered items: 四区五中心, 三中心两分院, 一村(社区)一法律顾问
                            r"|^(?:[一二三四五六七八九十两][\u4e00-\u9fff]{1,4}(?:[(（][\u4e00-\u9fff]{1,4}[)）])?){2,}$")
# An unquoted campaign: a short name + 专项斗争/专项行动 after a verb (开展扫黑除恶专项斗争)
CAMPAIGN = re.compile(r"(?:开展|参与|推进|深化|部署|启动|组织|投入|和|与|及|暨|、)"
                      r"(?P<name>(?:(?!开展|参与|和|与|及|的|各|全|该|本|这|此)[\u4e00-\u9fff]){2,8}?专项(?:斗争|行动|整治))")
# Ideological formulas (两个确立, 四个意识): named, but no body "implements" them
FORMULA = re.compile(r"^[一二三四五六七八九十两]+个")
QUOTED = re.compile(r"“([^“”]{1,30})”")
# A short run after a quote, maybe after a bracketed qualifier: “某某最美人物”(司法所长)评选活动
TAIL = re.compile(r"(?:[(（][\u4e00-\u9fff]{1,8}[)）])?(?:(?![的之和与及等])[\u4e00-\u9fff]){1,6}")
# A quoted term that is selected or rated names a title too: “最美基层法官”评选活动
SELECTION = re.compile(r"(?:[(（][\u4e00-\u9fff]{1,8}[)）])?(?:评选|推选|评比|选树)")
# Words joining the members of a list of quoted titles: 荣获“时代楷模”、“十佳最美人物”及“身边好人”
LIST_JOIN = ("、", "及", "和", "与", "以及", "、以及")
# An unquoted title after 被评为/荣获, ending in a word for the kind honoured: 被评为全国模范人民调解员
# or a place's: 获得省级法制建设先进县, 获全国法治先进区殊荣
PLACE_TITLE = r"(?:先进|示范)(?:县|区|市|旗)"
RATED_AS = re.compile(rf"(?:被评为|荣获|获评|被授予|(?<=[\u4e00-\u9fff，,；;])获得?(?=[\u4e00-\u9fff]{{0,10}}?{PLACE_TITLE}))"
                      r"(?P<name>[\u4e00-\u9fff]{2,12}?(?:单位|集体|个人|标兵|模范|能手|"
                      r"工作者|调解员|调解委员会|司法所|所长|律师事务所|律师|法官|检察官|人民警察|民警|红旗手|"
                      rf"奖章|勋章|示范点|示范单位|{PLACE_TITLE}))(?=[，,。；;]|殊荣|称号|荣誉)")
# A designation: 被认定为全国司法行政戒毒系统“六无”强制隔离戒毒所 (quotes may stand inside the title)
DESIGNATED = re.compile(r"(?:被认定为|被命名为)(?P<name>(?:[\u4e00-\u9fff]|“[^“”]{1,8}”){2,24}?"
                        r"(?:强制隔离戒毒所|戒毒所|监狱|司法所|律师事务所|公证处|调解委员会|单位|集体|基地|示范点))(?=[，,。；;])")
# A prize of a contest: 宝鸡市司法局获团体一等奖, 渭南市司法局获优秀组织奖
PRIZE = r"(?:团体|个人)?(?:[一二三特]等奖|优秀组织奖|优秀奖|优胜奖)"
PRIZE_WON = re.compile(rf"(?:荣获|获得|获)(?P<name>{PRIZE})(?=[，,。；;、])")
COUNTED_BEFORE = re.compile(r"[\d一二三四五六七八九十百]+(?:个|名|家|位|支)$")
LEADING_GROUP = re.compile(r"领导小组(?:办公室)?")
DATED = re.compile(r"“(\d{1,2}[.·．・]\d{1,2})”")
CLAUSE = re.compile(r"[^，,。；;：:！？!?\n]*$")
# Endings of an article's title (a report on work, an interview), not of a document
REPORTAGE = ("纪实", "侧记", "纪事", "访谈", "专访", "综述", "报道")


def head_after(text: str, pos: int, heads: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The head word (and its id) that starts at pos, if any."""
    for h, hid in heads:
        if text.startswith(h, pos):
            return h, hid
    return None


def tail_head(text: str, pos: int, heads: list[tuple[str, str]]) -> tuple[str, str, str] | None:
    """A short run after a quote that ends in a head word: “蒲公英”综合戒治体系 -> (综合戒治体系, 体系, id)."""
    m = TAIL.match(text, pos)
    if not m:
        return None
    run = m.group()
    for cut in range(len(run), 0, -1):
        for h, hid in heads:
            if run[:cut].endswith(h) and cut > len(h):
                return run[:cut], h, hid
    return None


def quoted_run_end(text: str, matches: list, i: int) -> int:
    """“平安浙江”“法治浙江”建设: a run of quoted terms shares the head after the last one."""
    j = i
    while j + 1 < len(matches) and matches[j + 1].start() - matches[j].end() <= 1 \
            and text[matches[j].end():matches[j + 1].start()] in ("", "、", "和", "及", "与"):
        j += 1
    return matches[j].end()


def quoted_terms(a: Analysis, lex: Lexicon) -> list[Mention]:
    """“…” terms, classified by the first rule that applies (each rule id is kept):
    a title word after it (称号) or a conferring verb before it -> HonoraryTitle;
    a short run ending in a head after it (综合戒治体系, 整体扩建项目) -> Program term+run;
    a program head right after it (工程, 月, 建设, 普法...) -> Program term+head;
    a head inside it (“安全生产月”) -> Program;
    a program verb before it, 等形式 after it, or a numeric slogan shape (四化, 两学) -> Program."""
    text, out = a.document.text, []
    prog_heads, title_heads = lex.heads["Program"], lex.heads["HonoraryTitle"]
    # not “12·4”, unless a program's head follows: 省司法厅“1789”工作体系
    matches = [m for m in QUOTED.finditer(text) if re.search(r"[\u4e00-\u9fff]", m.group(1))
               or m.group(1).isdigit() and (tail_head(text, m.end(), prog_heads) or head_after(text, m.end(), prog_heads))]
    out += dated_programs(a, prog_heads)
    held = {e.evidence.start for e in a.mentions if e.cls == "Event"}
    for i, m in enumerate(matches):
        if m.start() in held or m.start() - 5 in held and re.match(r"\d{4}年", text[m.start() - 5:m.start()]):
            continue    # 举行(2025年)“某某”活动: an event held, named by events.py
        term, tail = m.group(1), quoted_run_end(text, matches, i)
        before = text[max(0, m.start() - 6):m.start()]
        th = head_after(text, tail, title_heads)
        trun = tail_head(text, tail, title_heads)
        if trun and trun[0].endswith(("颁奖", "领奖", "获奖", "授奖")):   # “某某”颁奖仪式, “劳动之星”代表上台领奖: not an award
            trun = None
        if trun and not th:   # “最美基层法官”提名奖
            out.append(mention(a, "HonoraryTitle", term + trun[0], m.start(), tail + len(trun[0]),
                               f"title:quoted-run:{trun[2]}", aliases=(f"“{term}”{trun[0]}",)))
            continue
        # the conferring verb earlier in the clause (荣获司法行政系统“时代楷模”), or a list of titles
        clause = CLAUSE.search(text, max(0, m.start() - 14), m.start()).group()
        verb_before = any(v in clause for v in TITLE_VERBS) or listed_after(text, out, m.start(), "HonoraryTitle")
        # 40个“表现突出集体”和69名“表现突出个人”: a counted group holding a title for bodies or people
        counted = COUNTED_BEFORE.search(before) and term.endswith(("集体", "个人", "单位", "工作者"))
        # 为获评“T1”“T2”的单位授奖: those who received the titles
        received = text.startswith("的", tail) and (RECEIVED_BEFORE.search(clause)
                                                   or listed_after(text, out, m.start(), "HonoraryTitle"))
        if text.startswith("颁奖", tail):      # “十佳调解员”“十佳案例”颁奖暨培训会: the titles given there
            th = th or ("颁奖", "awarded")
        if len(term) < 2:
            continue        # 综合考核“好”的等次: a grade, no title
        if text.startswith(("名单揭晓", "名单公布", "名单出炉"), tail):     # “十大金牌和事佬”名单揭晓: its holders are named
            th = th or ("名单", "announced")
        if th or counted or verb_before and (text.startswith(TITLE_TOKENS, tail) or re.match(r"[，,。；;、和]|$", text[tail:tail + 1])
                                             or received):
            out.append(mention(a, "HonoraryTitle", term, m.start(), m.end(), f"title:quoted:{th[1] if th else 'verb'}"))
            continue
        if SELECTION.match(text, tail):
            out.extend(selection_title(a, out, term, m))
        run = tail_head(text, tail, prog_heads)
        if run:   # the longest reading first: “晋中法治故事”普法微视频评比活动, not …普法
            out.append(mention(a, "Program", term + run[0], m.start(), tail + len(run[0]),
                               f"program:quoted-run:{run[2]}", aliases=(f"“{term}”{run[0]}",),
                               attrs=(("kind", run[1]), ("bare", term))))
            continue
        ph = head_after(text, tail, prog_heads)
        if ph and (ph[0] != "月" or len(term) >= 3):
            out.append(mention(a, "Program", term + ph[0], m.start(), tail + len(ph[0]),
                               f"program:quoted-head:{ph[1]}", aliases=(f"“{term}”{ph[0]}", term),
                               attrs=(("kind", ph[0]),)))
            continue
        own = next(((h, hid) for h, hid in prog_heads if term.endswith(h) and len(term) > len(h) + 1), None)
        if own and not set(term) & set("，,；;。"):     # “创新形式,注重实效,…开展…活动”: a quoted headline, not a name
            out.append(mention(a, "Program", term, m.start(), m.end(), f"program:quoted-own-head:{own[1]}",
                               attrs=(("kind", own[0]),)))
            continue
        after = PROGRAM_AFTER.match(text, tail)
        if after or any(v in before[-4:] for v in PROGRAM_VERBS) or NUMERIC_SLOGAN.match(term) \
                or before.endswith("的") or listed_after(text, out, m.start(), "Program"):
            if "、" in term and not after:
                continue
            out.append(mention(a, "Program", term, m.start(), m.end(), "program:quoted-context",
                               attrs=(("formula", "1"),) if FORMULA.match(term) else ()))
    return out


def dated_programs(a: Analysis, prog_heads: list[tuple[str, str]]) -> list[Mention]:
    """A quoted date and a program run: “12.4”法制宣传月 (a day alone, “12·4”国家宪法日, is an event)."""
    text, out = a.document.text, []
    for m in DATED.finditer(text):
        run = tail_head(text, m.end(), prog_heads)
        if run and run[1] != "普法":
            out.append(mention(a, "Program", m.group(1) + run[0], m.start(), m.end() + len(run[0]),
                               f"program:dated-run:{run[2]}", aliases=(f"“{m.group(1)}”{run[0]}",)))
    return out


def listed_after(text: str, found: list[Mention], pos: int, cls: str) -> bool:
    """Whether the quote at pos follows a quoted term of this class with nothing or a list word between:
    “平安监狱”“法治监狱”, “时代楷模”、“身边好人”."""
    last = next((x for x in reversed(found) if x.evidence.end <= pos), None)
    return last is not None and last.cls == cls and text[last.evidence.end:pos] in LIST_JOIN + ("",)


def selection_title(a: Analysis, found: list[Mention], term: str, m: re.Match) -> list[Mention]:
    """The title a selection confers (“最美人物”评选活动 -> 最美人物), unless a title already named ends in it."""
    if any(x.cls == "HonoraryTitle" and (term.endswith(x.name) or x.name.endswith(term)) for x in found):
        return []
    return [mention(a, "HonoraryTitle", term, m.start(), m.end(), "title:selection")]


def documents(a: Analysis, lex: Lexicon) -> list[Mention]:
    """《…》: regulations (kind = the final kind word), except speeches and media."""
    text, out = a.document.text, []
    kinds = lex.heads["Regulation"]
    for m in re.finditer(r"《([^《》]{2,60})》", text):
        title = m.group(1)
        if text[max(0, m.start() - 1):m.start()] == "以" and text.startswith("为题", m.end()) \
                or re.match(r"(?:的)?(?:专题)?(?:讲座|报告|讲话|发言|辅导|授课)", text[m.end():m.end() + 6]) \
                and text[max(0, m.start() - 2):m.start()].endswith(("作", "做", "了")):
            continue   # a speech title, not a document
        kind = next((k for k, _ in kinds if title.endswith(k)), None)
        if title.endswith(MEDIA) and not kind:      # 《法制日报》, but 《关于…的通报》 is a document
            continue
        if not kind and ("——" in title or title.endswith(REPORTAGE)):
            continue    # 《在传承中创新——…工作纪实》: an article's title, not a document
        if not kind and PERFORMANCE.search(text, max(0, m.start() - 6), m.start()):
            continue    # 民警小合唱《封勇者》: a song or a play, not a document
        out.append(mention(a, "Regulation", title, m.start(), m.end(), "regulation:book-title",
                           attrs=(("kind", kind),) if kind else ()))
    return out


# 为X记集体一等功 (X receives, the body opening the sentence gives) / X荣立司法部集体一等功 (X receives)
MERIT = re.compile(r"(?:记|(?:荣立|荣记)(?P<giver>[\u4e00-\u9fff]{2,10}?)?)(?P<title>(?:集体|个人)?[一二三特]等功)")


def unquoted_programs(a: Analysis, lex: Lexicon) -> list[Mention]:
    """A distinctive name + 工程 after a verb: 深入实施阳光就业工程."""
    text, out = a.document.text, []
    verbs = compile_alternation(PROGRAM_VERBS)
    for m in re.finditer(rf"(?:{verbs})(?P<name>[\u4e00-\u9fff]{{2,8}}?工程)", text):
        name = m.group("name")
        if "“" in name or name.startswith(("各", "全", "该", "本", "这")):
            continue
        out.append(mention(a, "Program", name, m.start("name"), m.end("name"), "program:verb-name-工程",
                           attrs=(("kind", "工程"),)))
    for m in CAMPAIGN.finditer(text):
        out.append(mention(a, "Program", m.group("name"), m.start("name"), m.end("name"), "program:campaign"))
    for m in re.finditer(r"(?<![\u4e00-\u9fff])?(?:以)(?P<name>[\u4e00-\u9fff]{2,10}?(?:机制|体系)建设)为抓手", text):
        out.append(mention(a, "Program", m.group("name"), m.start("name"), m.end("name"), "program:抓手"))
    for m in MERIT.finditer(text):   # 记集体一等功, 荣立司法部集体一等功
        out.append(mention(a, "HonoraryTitle", m.group("title"), m.start("title"), m.end("title"), "title:merit"))
    for m in DESIGNATED.finditer(text):
        out.append(mention(a, "HonoraryTitle", m.group("name"), m.start("name"), m.end("name"), "title:designated"))
    for m in RATED_AS.finditer(text):
        out.append(mention(a, "HonoraryTitle", m.group("name"), m.start("name"), m.end("name"), "title:rated-as"))
    for m in PRIZE_WON.finditer(text):
        out.append(mention(a, "HonoraryTitle", m.group("name"), m.start("name"), m.end("name"), "title:prize"))
    for m in re.finditer(r"(?:授予|荣膺|荣获|评为)(?P<name>[\u4e00-\u9fff]{4,12}?)(?:荣誉|光荣)?称号", text):
        out.append(mention(a, "HonoraryTitle", m.group("name"), m.start("name"), m.end("name"),
                           "title:unquoted"))
    return out


LAW_WORD_AFTER = re.compile("[律规治院官庭学务援]")


@lru_cache(maxsize=1)
def law_regex() -> tuple[re.Pattern, dict[str, dict]]:
    """National laws by their short or full name (laws.tsv)."""
    by_form = {f: r for r in rows("laws.tsv") for f in (r["short"], r["name"])}
    return re.compile(compile_alternation(by_form)), by_form


def unquoted_laws(a: Analysis) -> list[Mention]:
    """A national law named without 《》: 新修改的行政诉讼法, 公证法颁布实施3周年."""
    text, out = a.document.text, []
    pattern, by_form = law_regex()
    books = [b.span() for b in re.finditer(r"《[^《》]*》", text)]   # a title in 《》 is documents()'
    for m in pattern.finditer(text):
        if any(s <= m.start() < e for s, e in books) or LAW_WORD_AFTER.match(text, m.end()):
            continue    # 劳动法律服务, 教育法治: 法 opens another word
        r = by_form[m.group()]
        out.append(mention(a, "Regulation", r["short"], m.start(), m.end(), f"lex:laws:{r['id']}",
                           aliases=(r["name"],), attrs=(("kind", "法"),)))
    return out


def program_groups(a: Analysis, programs: list[Mention]) -> list[Mention]:
    """A leading group named after a program: “某某”评选活动领导小组, 扫黑除恶专项斗争领导小组(办公室)."""
    text, out = a.document.text, []
    for p in programs:
        m = LEADING_GROUP.match(text, p.evidence.end)
        if p.cls == "Program" and m:
            out.append(mention(a, "Organization", text[p.evidence.start:m.end()], p.evidence.start, m.end(),
                               "org:program-group", attrs=(("organ_kind", "committee"),)))
    return out


# 评选出金牌人民调解员5名,银牌人民调解员10名: the titles chosen, each counted
SELECTED = re.compile(r"(?:评选出|评出|评选表彰了?|表彰了?)(?P<items>(?:[\u4e00-\u9fff]{2,12}?\d+(?:名|个|家|位|人)[，,、和及]?){1,6})")
SELECTED_ITEM = re.compile(r"(?P<title>[\u4e00-\u9fff]{2,12}?)\d+(?:名|个|家|位|人)")
SELECTED_BAD = re.compile(r"^(?:共|全市|全区|全县|全省|先后|累计|优秀|先进|个人|集体|单位|同志)$|的|了")


def selected_titles(a: Analysis, found: list[Mention]) -> list[Mention]:
    """Unquoted titles a selection chose, each with its count (评选出金牌人民调解员5名), when no quoted
    title stands at that place already."""
    text, out = a.document.text, []
    for m in SELECTED.finditer(text):
        for item in SELECTED_ITEM.finditer(text, m.start("items"), m.end("items")):
            title = item.group("title")
            start = item.start("title")
            if SELECTED_BAD.search(title) or any(x.evidence.start <= start < x.evidence.end for x in found):
                continue
            out.append(mention(a, "HonoraryTitle", title, start, item.end("title"), "title:selected-counted"))
    return out


def extract_works(a: Analysis, lex: Lexicon) -> Analysis:
    """Program, Regulation and HonoraryTitle mentions."""
    found = quoted_terms(a, lex) + documents(a, lex) + unquoted_programs(a, lex) + unquoted_laws(a)
    found += selected_titles(a, found)
    found += program_groups(a, found)
    return extend(a, mentions=found)
