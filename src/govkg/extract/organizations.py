"""Organizations by the grammar of Chinese organ names.

An organ name is an administrative division, an optional distinctive word, an organ suffix
(司法厅, 监狱管理局, 人民法院...) and an optional sub-unit (党委, 党组, 政治部); national bodies come
from a lexicon. Short forms are completed from context (shortforms.py), and coordinated lists
(河北、山东、上海等省(市)司法厅(局)) are expanded into full names. Names use the canonical organ
(监狱局 -> 监狱管理局); the form as written is kept as an alias.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import Lexicon, level_form, rows
from ..model import Analysis, Mention
from .common import compile_alternation, extend, mention, of_class
from .organs import (HAN, VISIT_VERBS, chain_start, BAD_GENERIC_FIRST, bad_generic, BAD_MID, BAD_MID_WORDS, LIST_RUN, NAME_RUN, UNIT_KINDS, blocked, free,
                     full_place, in_runs, org_mentions, organ_for, party_name, patterns)
from .places import BEFORE_OK, PROVINCIAL
from .shortforms import TOPIC_BAD_MID, chained_departments, cppcc, short_forms

# a firm's name opens with no conjunction, adverb or verb: 并转入公证处, 切实提高律师事务所…水平
NOT_FIRM = r"(?![并且还也均都再又已将被]|切实|进一步|提高|加强|推动|推进|规范|完善|转入|进入|加入|设立|成立|组建|依托|通过|指导|督促|要求|引导|支持|鼓励|组织|协调|联系|委托|聘请)"
# after a clause break, or a verb of going or meeting: 到某某律师事务所调研
NAMED_UNIT = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[到在赴与和及是])|(?<=走访|来到|前往|深入|代表)|(?<=参观|考察|视察)(?!了)|(?<=参观了|考察了|视察了))" + NOT_FIRM + r"(?P<name>[\u4e00-\u9fff]{2,4}?|[\u4e00-\u9fff]{2,8}?[(（][\u4e00-\u9fff]{2,4}[)）])(?P<organ>律师事务所|职业学院|公证处|司法鉴定所)")   # 北京大成(上海)律师事务所: a branch
TOWN_WORD = re.compile(r"镇|乡|街道")
COUNTED_NAME = re.compile(r"[\d一二三四五六七八九十两几多数]+[个家所名位]?")   # 三个公证处: a count of firms
COUNT_AFTER = re.compile(r"[\d一二三四五六七八九十两]+[家个所]")
# A prison or detox centre named by a local word, after a verb of going there: 到乔司监狱调研
NAMED_INSTITUTION = re.compile(r"(?:(?<=[到在赴由、])|(?<=走访|来到|前往|深入|莅临|赶到)|(?<=参观|考察|视察)(?!了)|(?<=参观了|考察了|视察了))"
                               r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<organ>女子监狱|监狱|强制隔离戒毒所|戒毒所|未成年犯管教所)(?!长)")
# 先后来到…、淝河监狱、…: an item of a list of places visited (a 、 before the name) is named too
VISITED_LIST = re.compile(r"走访|来到|前往|深入|莅临|赶到|参观|考察|视察|到")
# A township's judicial office named by its township, opening a clause or after its bureau or a verb
# of going there: 泥溪司法所副所长…, 叙州区司法局泥溪司法所, 到石门司法所调研 (not 基层司法所, 司法所长)
NAMED_OFFICE = re.compile(r"(?:(?<=[，,。；;：:、\n到在赴由])|(?<=走访|来到|前往|深入|莅临|参观|考察|视察)|(?<=司法局)|^)"
                          r"(?![并还也又再即就和及与或对向把将被让使])(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<organ>司法所)(?![长\u4e00-\u9fff]{0,2}(?:建设|工作|规范))")
# A company: 宁夏闪亮文化传媒有限公司, opening a clause or an item of a list, or after 的 (产业园内的某某有限公司)
_GOING = "|".join(VISIT_VERBS + ("走进", "来到", "前往"))      # two characters each: a fixed-width lookbehind
COMPANY = re.compile(rf"(?:(?<=[，,。；;：:、\n“（(和与及由向为的])|(?<={_GOING})|^)"
                     rf"(?![和与及由向为对在把将的了])(?!{_GOING})"
                     r"[\u4e00-\u9fff]{2,14}?(?:股份有限公司|有限责任公司|有限公司)", re.M)
COUNTED_ITEM = re.compile(r"[\d一二三四五六七八九十两几多数]+[个家所名位处]")
# A list of names, numbers in them too (12309检察服务中心)
LISTED_RUN = re.compile(f"[{HAN}、()（）0-9]+")
# A mediation room or studio named whole inside quotes: “华姐调解室”, “老杨工作室”
QUOTED_ROOM = re.compile(r"“(?P<name>[\u4e00-\u9fff]{2,8}(?:调解室|工作室))”")
# Words that describe prisons rather than name one: 平安监狱, 女子监狱
GENERIC_UNIT_WORDS = {"女子", "平安", "法治", "智慧", "文明", "现代", "数字", "模范", "先进", "一流", "标准", "全国",
                      "基层", "乡镇", "星级", "五星", "四星", "三星", "优秀", "各个", "所有", "农村", "街道", "城区", "标准化",
                      "规范化", "枫桥式", "全市", "全县", "全区", "全省", "我县", "我市", "我区", "各乡镇", "新时代",
                      "指导", "指出", "督导", "检查", "抽查", "调研", "考察", "视察", "慰问", "深入", "帮助", "协助", "联合",
                      "依托", "通过", "组织", "要求", "直属", "两个", "各类",
                      "各地", "当地", "本地", "辖区", "所属", "外省", "省内", "省外", "示范", "司法", "公安", "新建",
                      "推进", "加强", "建设", "管理", "服务", "打造", "创建"}      # 在推进监狱陈列馆建设中: a verb
# A department of a bureau: 省司法厅律师工作处, 市司法局公共法律服务管理处 (not 依法处理)
# Words for what kind of government is built (法治政府, 数字政府): none is a body's name
GOVERNMENT_KINDS = ("法治", "数字", "智慧", "服务型", "廉洁", "责任", "阳光", "诚信", "效能")
DEPT_BUREAU = re.compile(r"(?P<mid>)(?:监狱管理局|戒毒管理局)")
# 司法局律师工作处, 司法局行政规范性文件审查科: a department or section of a bureau (not 科学, 科技)
# (no post inside: 副局长梁某带领公管科; 科员 is a rank)
DEPARTMENT = re.compile(r"(?!相关|有关|各|其他|其|该|所属)(?P<mid>(?:(?!长)[\u4e00-\u9fff]){2,10}?)(?:处(?![理置罚分于在以室])|科(?![学技研普室员]))")
# 人民检察院第四分院: a branch of a procuratorate or court
BRANCH = re.compile(r"(?P<mid>)第[一二三四五六七八九十]+分院")
COMMITTEE, LIST_SEP = re.compile("委"), re.compile("、")      # what a party name and a list of places hold
# A list of names counted as bodies of a kind: A委员会、B委员会等4个专门委员会, A所、B所等5家律师事务所,
# A监狱、B监狱三个单位
LISTED = "(?P<list>[\u4e00-\u9fff]{{2,20}}(?:、[\u4e00-\u9fff]{{2,20}})+)等?(?:[0-9]+|[一二三四五六七八九十两]+)[个家所支]" \
         "(?P<type>[\u4e00-\u9fff]{{0,8}}?(?:{heads}))"
# Bodies listed where someone goes to work or visits: 到朱昌中学、第五中学、中加国际学校等开展宣讲, 前往A司法所、B司法所,
GOES = "到|走进|深入|来到|前往|走访|视察|考察|参观|调研"
VISITED = re.compile(f"(?:{GOES})了?(?P<list>(?:(?!{GOES})[\u4e00-\u9fff]){{2,20}}?(?:、[\u4e00-\u9fff]{{2,20}}?)+)等?"
                     "(?=开展|进行|举办|举行|宣讲|授课|调研|参观|考察|走访|慰问|送法|[，,。；;]|$)")
# Words opening a clause before its first listed name: 其中A、B等…
LIST_OPENER = re.compile(r"^(?:其中|包括|分别是|分别为|表彰了?|授予了?|命名了?|评选出|评出|确定|认定|推荐|对|向|给|有)")
LIST_BAD = set("的在了是把将被从向由其该这到赴")
COUNTED_RUN = re.compile(f"[{HAN}、0-9]+")
__all__ = ["extract_organizations", "patterns"]


@lru_cache(maxsize=1)
def _democratic_parties() -> tuple[re.Pattern, dict[str, str]]:
    """A democratic party's local committee (民盟马鞍山市委, 民革辽宁省委会), and the parties' full names."""
    full = {r["short"]: r["name"] for r in rows("democratic_parties.tsv")}
    return re.compile(rf"(?P<party>{'|'.join(full)})(?P<place>[\u4e00-\u9fff]{{2,8}}?)(?:委员会|委会|委)(?!员)"), full


def democratic_committees(a: Analysis, lex: Lexicon, taken: list[tuple[int, int]]) -> list[Mention]:
    """民盟马鞍山市委: the party's committee of a place (中国民主同盟马鞍山市委员会), not the CPC's."""
    text, out = a.document.text, []
    pattern, full = _democratic_parties()
    for m in pattern.finditer(text):
        written = m.group("place")
        _, place = full_place(lex, written)
        p = lex.place(place)
        if p is None or written not in (p.name, p.short, level_form(p)):
            continue
        party = m.group("party")
        out.append(mention(a, "Organization", f"{full[party]}{p.name}委员会", m.start(), m.end(), "org:democratic-party",
                           aliases=tuple(dict.fromkeys((m.group(), f"{party}{p.name}委"))), attrs=(("place", p.name),)))
        taken.append(m.span())
    return out


def extract_organizations(a: Analysis, lex: Lexicon) -> Analysis:
    """Organization mentions with their place and parent body as attributes."""
    text, pats, taken = a.document.text, patterns(lex), []
    found = democratic_committees(a, lex, taken)
    for m in in_runs(pats["coord"], text, LIST_SEP, LIST_RUN):
        organ = m.group("organ")
        for written in m.group("list").split("、"):
            _, place = full_place(lex, written)
            name = place + organ_for(lex, place, organ)
            found += org_mentions(a, name, m.start(), m.end(), "org:coordinated-list", place, None, inferred=True,
                                  kind=lex.organs[organ]["kind"])
        taken.append(m.span())
    for m in in_runs(pats["full"], text, pats["full_end"], NAME_RUN):
        if not free(taken, *m.span()):
            continue
        sub = m.group("sub")
        if m.group("nat"):
            row = lex.national[m.group("nat")]
            nat, organ2 = row["name"], m.group("organ2")
            if not organ2 and not sub and text[m.end():m.end() + 1] == "门":
                continue   # 司法部门: departments in general
            if organ2 and blocked(lex, text, organ2, m.end("organ2")):
                continue
            name = nat + (organ_for(lex, "", organ2) if organ2 else "") + (sub or "")
            place = row["jurisdiction"] if organ2 and lex.place(row["jurisdiction"]) else None
            alias = (m.group(),) if m.group() != name and not m.group("cpc") else ()
            found += org_mentions(a, name, m.start(), m.end(), f"org:national:{row['id']}", place, sub, aliases=alias,
                                  part_of=nat if organ2 else None)
            if organ2:   # a unit named after a national body is part of it
                found.append(mention(a, "Organization", nat, m.start(), m.start("organ2"), f"org:national:{row['id']}"))
        else:
            mid, written, organ = m.group("mid"), m.group("place"), m.group("organ")
            start = m.start("place") + chain_start(lex, written)
            written = text[start:m.end("place")]
            if set(mid) & BAD_MID or any(w in mid for w in BAD_MID_WORDS) or mid.startswith("有") \
                    or (lex.place(written) is None and bad_generic(written)) or town_tail(lex, text, start, written) \
                    or blocked(lex, text, organ, m.end("organ")):
                continue
            if mid[:1] in ("市", "县", "区") and (wp := lex.place(written)) and wp.short == written:
                written, mid = written + mid[0], mid[1:]    # 富阳市司法局: a former level of 富阳区, kept as written
            elif (town := TOWN_WORD.match(mid)) and (wp := lex.place(written)) and wp.short == written:
                written, mid = written + town.group(), mid[town.end():]   # 龙华镇, 鲤城街道: a town named like a county
            if lex.organs[organ]["kind"] == "government" and mid.endswith(GOVERNMENT_KINDS):
                continue   # 遂昌县法治政府建设, 数字政府: a kind of government built, not a body
            prefix, place = full_place(lex, written)
            inner = inner_place(lex, mid, place)
            if inner:   # 山东聊城东昌府区司法局: a district of the written city opens the middle part
                place = inner
                if lex.place(inner).level != "district":
                    prefix = ""     # 山东省聊城市阳谷县司法局: a county names its body alone (阳谷县司法局)
            kind = lex.organs[organ]["kind"]
            p = lex.place(place)
            if kind == "unit" and not mid and p and p.level in PROVINCIAL and prefix == place \
                    and not organ.endswith("中心") and not organ.startswith(("女子", "未成年")):
                continue   # 贵州监狱 (a province's prisons), not one named unit; a 省法律援助中心, 省女子监狱 is one
            if organ == "法院" and not written.endswith(("区", "县", "旗")):
                continue   # 黄石市法院, 莆田法院: a city's courts together, not one court
            name = prefix + mid + organ_for(lex, place, organ) + (sub or "")
            written_form = text[start:m.end()]
            if kind in ("school", "media"):   # 浙江大学, 衡水日报: a school's or paper's name is as written, not 浙江省大学
                name = written_form
            found += org_mentions(a, name, start, m.end(), f"org:grammar:{lex.organs[organ]['id']}",
                                  place, sub, aliases=(written_form,) if written_form != name else (), kind=kind)
        taken.append(m.span())
    for m in in_runs(pats["party"], text, COMMITTEE):
        written = m.group("place")
        if not free(taken, *m.span()) or (lex.place(written) is None and bad_generic(written)):
            continue
        _, place = full_place(lex, written)
        name, aliases = party_name(place, m.group("dept"))
        found.append(mention(a, "Organization", name, m.start(), m.end(), "org:party-committee",
                             aliases=aliases, attrs=(("place", place),)))
        if m.group("dept"):
            base, base_aliases = party_name(place)
            found.append(mention(a, "Organization", base, m.start(), m.end() - len(m.group("dept")),
                                 "org:party-committee", aliases=base_aliases, attrs=(("place", place),)))
        taken.append(m.span())
    for m in NAMED_UNIT.finditer(text):   # a firm or school named without a place
        if free(taken, *m.span()) and not set(m.group("name")) & BAD_MID and not m.group("name").endswith("有") \
                and not COUNT_AFTER.match(text, m.end()) and not COUNTED_NAME.match(m.group("name")):
            # 兰州市有律师事务所143家: 有 is the predicate, not the end of a firm's name; 公职律师事务所1家 a kind counted
            found.append(mention(a, "Organization", m.group(), m.start(), m.end(), "org:named-unit",
                                 attrs=(("organ_kind", "firm"),)))
            taken.append(m.span())
    for m in NAMED_INSTITUTION.finditer(text):   # 乔司监狱, 良渚强制隔离戒毒所: named by a local word
        word = m.group("name")
        if free(taken, *m.span()) and not set(word) & BAD_MID and word[0] not in BAD_GENERIC_FIRST \
                and word not in GENERIC_UNIT_WORDS and lex.place(word) is None and not word.endswith(("省", "市", "区", "县")) \
                and text[m.end():m.end() + 1] != "”" and (text[m.start() - 1] != "、" or VISITED_LIST.search(
                    text, max(text.rfind(c, 0, m.start()) for c in "，,。；;\n") + 1, m.start())):
            found.append(mention(a, "Organization", m.group(), m.start(), m.end(), "org:named-institution",
                                 attrs=(("organ_kind", "unit"),)))
            taken.append(m.span())
    found += listed_bodies(a, lex, taken) + quoted_bodies(a, lex, taken)
    a = extend(a, mentions=found)
    a = extend(a, mentions=short_forms(a, lex, taken))
    a = extend(a, mentions=cppcc(a, lex))
    a = extend(a, mentions=chained_departments(a, lex))
    a = extend(a, mentions=unit_chains(a, lex))
    return extend(a, mentions=late_bodies(a, lex))


def late_bodies(a: Analysis, lex: Lexicon) -> list[Mention]:
    """Bodies no other rule named, where the text around says they are bodies (each step sees what
    the one before found)."""
    spans = [(o.evidence.start, o.evidence.end) for o in of_class(a, "Organization")]
    return named_offices(a, spans) + companies(a, spans) + listed_beside_bodies(a, lex, spans)


def named_offices(a: Analysis, spans: list[tuple[int, int]]) -> list[Mention]:
    """Township judicial offices named by their township (泥溪司法所); their spans join spans."""
    out = []
    for m in NAMED_OFFICE.finditer(a.document.text):
        word = m.group("name")
        if free(spans, *m.span()) and not set(word) & BAD_MID and word[0] not in BAD_GENERIC_FIRST \
                and not {word, word[:2], word[-2:]} & GENERIC_UNIT_WORDS:
            out.append(mention(a, "Organization", m.group(), m.start(), m.end(), "org:named-office",
                               attrs=(("organ_kind", "unit"),)))
            spans.append(m.span())
    return out


def companies(a: Analysis, spans: list[tuple[int, int]]) -> list[Mention]:
    """Companies (宁夏某某文化传媒有限公司); their spans join spans."""
    out = []
    for m in COMPANY.finditer(a.document.text):
        if free(spans, *m.span()) and not set(m.group()) & BAD_MID:
            out.append(mention(a, "Organization", m.group(), m.start(), m.end(), "org:company",
                               attrs=(("organ_kind", "firm"),)))
            spans.append(m.span())
    return out


def listed_beside_bodies(a: Analysis, lex: Lexicon, spans: list[tuple[int, int]]) -> list[Mention]:
    """Names ending in a body's head word listed beside a body named as a whole item of the list
    (自治区妇联、某某爱心志愿者协会、…为监狱捐赠)."""
    text, out = a.document.text, []
    _, ends = _listed(lex)
    body_ends = {en: st for st, en in spans}
    for run in in_runs(LISTED_RUN, text, LIST_SEP, LISTED_RUN):
        bounds, pos = [], run.start()
        for item in run.group().split("、"):
            # the last name reads on into 等平台: 劳动人事争议仲裁委员会等平台
            name = item[:item.index("等")] if "等" in item[2:] else item
            bounds.append((pos, pos + len(name), name))
            pos += len(item) + 1
        # a body is an item, or the end of the first (横向整合市综治中心、人民来访接待中心、…)
        if not any(body_ends.get(en, -1) == st or i == 0 and st <= body_ends.get(en, -1)
                   for i, (st, en, _) in enumerate(bounds)):
            continue    # no body listed beside them
        for st, en, item in bounds:
            head = ends.search(item)
            if head and len(item) - len(head.group()) >= 2 and not set(item) & LIST_BAD and free(spans, st, en) \
                    and item[0] not in BAD_GENERIC_FIRST and not COUNTED_ITEM.match(item):   # 2家公证处: a count
                out.append(mention(a, "Organization", item, st, en, "org:listed-beside-body", attrs=(("organ_kind", "unit"),)))
                spans.append((st, en))
    return out


# Verbs between a body and an organ word: 到省司法厅汇报公共法律服务中心建设 names no unit of the 司法厅
CHAIN_VERB = re.compile("|".join(VISIT_VERBS + ("汇报", "指导", "推进", "召开", "举办", "开展")))
TOPIC_UNIT = re.compile(r"(?P<mid>[\u4e00-\u9fff]{2,10}?)(?:领导小组办公室|委员会办公室|工作委员会|工委)(?![\u4e00-\u9fff])")


@lru_cache(maxsize=4)
def _listed(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """The list pattern, and the heads a listed body's name ends in (lexicon heads.tsv)."""
    names = [h for h, _ in lex.heads.get("Organization", ())]
    group = compile_alternation(names + [h for h, _ in lex.heads.get("Bodies", ())])
    return re.compile(LISTED.format(heads=group)), re.compile(f"(?:{compile_alternation(names)})$")


def listed_bodies(a: Analysis, lex: Lexicon, taken: list[tuple[int, int]]) -> list[Mention]:
    """Names in a list counted as bodies (A委员会、B委员会等4个专门委员会), or gone to (到A学校、B中学等开展):
    each ending in a body's head word (委员会, 中心, 学校: heads.tsv) is an organization, when no
    other rule has named it. A list gone to is taken only when every name ends in a head word."""
    pattern, ends = _listed(lex)
    text, out = a.document.text, []
    visited = [m for m in in_runs(VISITED, text, LIST_SEP, LIST_RUN)
               if all(ends.search(item) and not set(item) & set("和及与") for item in m.group("list").split("、"))]
    for m in [*in_runs(pattern, text, LIST_SEP, COUNTED_RUN), *visited]:
        pos = m.start("list")
        for i, item in enumerate(m.group("list").split("、")):
            start, end = pos, pos + len(item)
            pos = end + 1
            if item.endswith("等"):     # the list's last name, read on into 等
                item, end = item[:-1], end - 1
            if i == 0 and (opener := LIST_OPENER.match(item)):
                start, item = start + opener.end(), item[opener.end():]
            head = ends.search(item)
            if head is None or len(item) - len(head.group()) < 2 or set(item) & LIST_BAD or not free(taken, start, end):
                continue
            out.append(mention(a, "Organization", item, start, end, "org:listed-body", attrs=(("organ_kind", "unit"),)))
            taken.append((start, end))
    return out


def inner_place(lex: Lexicon, mid: str, place: str) -> str | None:
    """A place inside the written one that opens the middle of a name (聊城 + 东昌府区 + 司法局)."""
    for k in range(len(mid), 1, -1):
        p = lex.place(mid[:k])
        if p and not p.ambiguous and place in (p.parent, p.province) and mid[:k] == p.name:
            return p.name
    return None


@lru_cache(maxsize=4)
def _quoted(lex: Lexicon) -> re.Pattern:
    """A quoted name right before a body's head word (heads.tsv): “帮大哥”调委会, “老马”工作室."""
    heads = compile_alternation(h for h, _ in lex.heads.get("Organization", ()))
    return re.compile(rf"“ ?(?P<name>[\u4e00-\u9fff]{{2,8}})”(?P<head>{heads})(?![\u4e00-\u9fff]{{0,2}}(?:活动|建设|工程|行动))")


def quoted_bodies(a: Analysis, lex: Lexicon, taken: list[tuple[int, int]]) -> list[Mention]:
    """Bodies named by a quoted word and their kind (“帮大哥”调委会), when no other rule has named them."""
    text, out = a.document.text, []
    for m in _quoted(lex).finditer(text):
        if not free(taken, *m.span()):
            continue
        name = f"“{m.group('name')}”{m.group('head')}"
        out.append(mention(a, "Organization", name, m.start(), m.end(), "org:quoted-name",
                           aliases=(m.group("name") + m.group("head"),), attrs=(("organ_kind", "unit"),)))
        taken.append(m.span())
    for m in QUOTED_ROOM.finditer(text):     # “华姐调解室”: a room named whole inside the quotes
        if free(taken, *m.span()):
            out.append(mention(a, "Organization", m.group("name"), m.start("name"), m.end("name"), "org:quoted-room",
                               aliases=(m.group(),), attrs=(("organ_kind", "unit"),)))
            taken.append(m.span())
    return out


def town_tail(lex: Lexicon, text: str, start: int, written: str) -> bool:
    """A county's short form ending in 乡 or 镇 right after a character of a name: the tail of a
    township's name (花西乡中心小学 is no 西乡县 school)."""
    p = lex.place(written)
    return bool(p and written != p.name and written.endswith(("乡", "镇")) and start
                and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in BEFORE_OK)


def unit_chains(a: Analysis, lex: Lexicon) -> list[Mention]:
    """A unit written right after its body: 自治区监狱管理局民警接待站, X司法局城关司法所."""
    text, out = a.document.text, []
    organ = re.compile(rf"(?P<mid>[\u4e00-\u9fff]{{0,4}}?)(?:{compile_alternation(o for o, r in lex.organs.items() if r['kind'] in UNIT_KINDS)})")
    orgs = [m for m in a.mentions if m.cls == "Organization"]
    for m in [m for m in orgs if not dict(m.attrs).get("parent")]:
        u = organ.match(text, m.evidence.end)
        if u is None and m.name.endswith("司法厅"):     # 吉林省司法厅戒毒管理局: the 厅's own bureau
            u = DEPT_BUREAU.match(text, m.evidence.end)
        if u is None and m.name.endswith(("人民检察院", "人民法院")):
            u = BRANCH.match(text, m.evidence.end)
        if u is None and dict(m.attrs).get("organ_kind") == "bureau":
            u = DEPARTMENT.match(text, m.evidence.end)
        if u is None:       # 中共X市委全面依法治市委员会办公室: an office named by its task
            t = TOPIC_UNIT.match(text, m.evidence.end)
            if t and not set(t.group("mid")) & TOPIC_BAD_MID and not t.group("mid").startswith(("全市", "全省", "全区", "和")):
                out.append(mention(a, "Organization", m.name + t.group(), m.evidence.start, t.end(), "org:topic-office-of-body",
                                   aliases=(text[m.evidence.start:t.end()],), attrs=(("organ_kind", "office"), ("part_of", m.name))))
            continue
        # not when an organization is already named there (or around): 兵团 + 监狱局 is one name;
        # the distinctive word only is checked: 北山司法所 has 所 in its organ word
        # 永州监狱监狱长: a post (监狱长) is no unit; 基层工作指导处 is a department (指导 not a verb there)
        if u and not set(u.group("mid")) & BAD_MID and not CHAIN_VERB.search(u.group("mid").removesuffix("工作指导")) \
                and not text.startswith("长", u.end()) and not any(
                o.evidence.start < u.end() and o.evidence.end > m.evidence.end for o in orgs):
            kind = next((r["kind"] for o, r in lex.organs.items() if u.group().endswith(o)), "department")
            out.append(mention(a, "Organization", m.name + u.group(), m.evidence.start, u.end(), "org:unit-of-body",
                               attrs=(("organ_kind", kind), ("part_of", m.name))))
    return out
