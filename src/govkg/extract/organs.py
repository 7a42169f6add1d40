"""The grammar of Chinese organ names: compiled patterns and the helpers that build full names.

An organ name is an administrative division, an optional distinctive word, an organ suffix
(司法厅, 监狱管理局, 人民法院...) and an optional sub-unit (党委, 党组, 政治部); national bodies come
from a lexicon. Names use the canonical organ (监狱局 -> 监狱管理局).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import Lexicon
from ..model import Analysis, Mention
from .common import compile_alternation, mention

BAD_MID = set("的在了和与及等各全为是对把将被从向由所其该本这委直到赴还、，,")   # 到, 赴 are verbs: 蒋海东到平南监狱
# Words of a predicate, never of a name: 新疆目前有公证处125家 is no 公证处, 某市共建成调委会312个 no 调委会
# Verbs of visiting: 来海宁考察司法所 is no 海宁市考察司法所
VISIT_VERBS = ("考察", "调研", "参观", "视察", "检查", "督导", "走访", "慰问", "采访")
BAD_MID_WORDS = ("目前", "现有", "共有", "已有", "拥有", "现在", "建成", "共建", "累计", "共计", "合计", "设立", "两级", "三级", "四级", "五级",
                 "依托", "发挥", "利用", "借助", "整合", "依靠",      # 昌吉州依托公共法律服务中心: a verb, not a name
                 "首批", "一批", "第一批", "第二批",      # 朝天区首批公共法律服务工作站: a batch of stations
                 *VISIT_VERBS)
BAD_GENERIC_FIRST = set("全各该本我两三一市省区县每自社辖城郊园景校小监病")


def bad_generic(written: str) -> bool:
    """Whether an unknown place's name opens with a word that makes it no place (全市, 各县, 城区); 城关
    (城关镇, a county seat's town) is a name."""
    return written[0] in BAD_GENERIC_FIRST and not written.startswith("城关")
DEPT_FULL = {"政法委": "政法委员会", "纪委": "纪律检查委员会", "统战部": "统一战线工作部", "网信办": "网络安全和信息化委员会办公室"}
PARTY_DEPTS = "全面依法治[国省市区县州旗]委员会(?:办公室)?|组织部|宣传部|政法委员会|政法委|统战部|办公厅|办公室|纪委|党校|网信办"   # 省委党校: the committee's school
# A level word that names one division only: 神农架林区 is China's only forest district (林区)
UNIQUE_LEVEL = {"林区": "神农架林区"}
UNIT_KINDS = ("unit", "office", "department")
SHORT_AFTER = set("在和与及的对从由向将把被给据经为是同跟让使请团绕合照到赴实彻习了兼")   # 围绕, 联合, 按照, 来到, 落实, 贯彻, 学习, 听取了
# An unknown county-level place: two or three characters, none a function word, then 市/县/区/旗
# (后 may: 后溪镇, 后湖街道)
# (nor a verb that comes before 县委: 围绕县委、县政府中心工作, 传达市委副书记…批示精神)
GENERIC = r"(?:(?<![\u4e00-\u9fff])|(?<=来到|前往|深入)|(?<=[到赴和与及]))(?!部分|有关|相关|所有|其他|其它|个别|多个|来自|共青团)(?![\u4e00-\u9fff]?(?:传达|听取|宣读|围绕|按照|根据|配合|深入|服务|推动|推进|落实|贯彻|加强|支持|结合|面向|覆盖|助力|紧扣|聚焦|立足|依托|协助|指导|协调|争取|全面|联合|会同|协同|携手|邀请|组织|走访|深入|明确|实行|实施|规定|要求|确保|通过|经过|简称|全称|统称|又称|采访))" \
          r"(?:(?![是和在从与及的了对向将为由被把者记据经我你他她它这那其该本各全每年月日号时至到前间内外同个副以自])[\u4e00-\u9fff]){2,3}(?:市|县|区|旗|镇|乡|街道)"


# A township and a community or village inside a name, longer than a plain middle part:
# 淳安县千岛湖镇火炉尖社区人民调解委员会 (no character of an organ's end: X县司法局Y镇司法所 is two names)
TOWN_COMMUNITY = r"(?![市县区省])(?:(?![局厅院委会所处部办室队站])[\u4e00-\u9fff]){1,6}?(?:镇|乡|街道)" \
                 r"(?:(?![局厅院委会所处部办室队站镇乡])[\u4e00-\u9fff]){1,5}?(?:社区|村)"
NO_BAD_MID = "(?:(?![" + re.escape("".join(sorted(BAD_MID))) + "])[\u4e00-\u9fff])"


@lru_cache(maxsize=4)
def patterns(lex: Lexicon) -> dict[str, re.Pattern]:
    """The compiled organ-name patterns for one lexicon."""
    place = compile_alternation(lex.places)
    organ = compile_alternation(lex.organs)
    sub = compile_alternation(lex.subunits)
    nat = compile_alternation(lex.national)
    return {
        # every full name ends in an organ or a national body (then perhaps a sub-unit): one of these characters
        "full_end": re.compile("[" + re.escape("".join(sorted({w[-1] for w in [*lex.organs, *lex.national]}))) + "]"),
        "full": re.compile(
            rf"(?P<cpc>中共)?(?:(?P<nat>{nat})(?P<organ2>{organ})?"
            rf"|(?P<place>(?:{place}){{1,2}}|{GENERIC})"
            rf"(?P<mid>{TOWN_COMMUNITY}|[\u4e00-\u9fff]{{0,6}}?)(?P<organ>{organ}))(?P<sub>{sub})?"),
        # 中共X委, X党委, and the formal 中共X委员会 (with its department: 中共X委员会政法委员会)
        "party": re.compile(rf"(?P<cpc>中共)?(?P<place>{place}|{GENERIC})(?:(?:党)?委(?!员)|(?(cpc)委员会|委员会(?={PARTY_DEPTS})))"
                            rf"(?P<dept>{PARTY_DEPTS})?"),
        # (no character of BAD_MID in the middle: 民革省委会与省监狱管理局 holds 省监狱管理局, not a 省委会与… one)
        "short": re.compile(rf"(?P<lvl>自治区|自治州|林区|省|市|区|县|州|盟|旗)(?P<mid>{NO_BAD_MID}{{0,4}}?)(?P<organ>{organ})(?P<sub>{sub})?"),
        # 市法治政府建设领导小组办公室, 市委全面依法治市委员会办公室: the office of a leading group or committee
        # named by its task (tried before "short", which would read 市法治政府 as a government)
        "topic_office": re.compile(r"(?P<lvl>自治区|省|市|区|县)(?P<party>委)?(?P<mid>[\u4e00-\u9fff]{2,10}?)"
                                   r"(?P<organ>领导小组办公室|委员会办公室)"),
        "short_party": re.compile(rf"(?P<lvl>自治区|省|市|县|区|旗|州|盟)(?:党)?委(?!员|托)(?P<dept>{PARTY_DEPTS})?"),
        "league": re.compile(r"(?:共青)?团(?P<lvl>省|市|县|区)委"),     # 团市委, 共青团市委
        "cppcc": re.compile(rf"(?P<place>{place})?(?P<lvl>省|市|县|区|自治区|林区|州|盟)?政协"),
        # a provincial department written bare, opening a clause or an item of a list (、环保厅、公安厅)
        "bare": re.compile(rf"(?<![\u4e00-\u9fff])(?P<organ>监狱管理局|监狱局|戒毒管理局|"
                           rf"{compile_alternation(o for o in lex.organs if o.endswith('厅'))})(?P<sub>{sub})?"),
        # 孙吴县政法委副书记鲍某、司法局局长张某: a local bureau listed after a body of the same place
        # (or a bureau's centre: 局党组成员、法律援助中心主任某, in an article on one county)
        "bare_local": re.compile(rf"(?<=[、，,])(?P<organ>司法局|公安局|财政局|民政局|教育局|人民法院|人民检察院|"
                                 rf"(?:法律援助中心|公共法律服务中心)(?=副?主任))(?P<sub>{sub})?"),
        "bare_sub": re.compile(r"(?P<unit>厅|局)(?P<sub>党委|党组)"),
        "coord": re.compile(
            rf"(?P<list>(?:{place})(?:、(?:{place}))+)等?(?:省|市|省市|省[(（]市[)）]|地)?"
            rf"(?P<organ>{organ})(?:[(（](?P<alt>[\u4e00-\u9fff]{{1,2}})[)）])?"),
    }


# Runs of Chinese characters (with the rarer blocks a place name may use), and of lists of names
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN_RUN = re.compile(f"[{HAN}]+")
NAME_RUN = re.compile(f"[{HAN}()（）]+")       # organ names may hold brackets: 监狱(戒毒)管理局
LIST_RUN = re.compile(f"[{HAN}、()（）]+")


def in_runs(pattern: re.Pattern, text: str, needle: re.Pattern, runs: re.Pattern = HAN_RUN):
    """pattern.finditer(text) for a pattern whose matches lie inside runs (of Chinese characters, or
    NAME_RUN, LIST_RUN) and hold something needle finds (…委, A、B, an organ's last character): the
    same matches, but only runs where needle finds something are scanned. A pattern opening with
    every place name is slow to try at every position of a text."""
    for run in runs.finditer(text):
        if needle.search(text, run.start(), run.end()):
            yield from pattern.finditer(text, run.start(), run.end())


LEVEL_ENDS = ("市", "县", "区", "州", "旗", "盟")


def full_place(lex: Lexicon, written: str) -> tuple[str, str]:
    """(name prefix, place) of a written place chain: 北京 -> (北京市, 北京市);
    江苏省无锡 -> (江苏省无锡, 无锡市): the chain keeps its written inner part, the place is the innermost."""
    p = lex.place(written)
    if p:
        return p.name, p.name
    for i in range(len(written) - 1, 0, -1):
        head, tail = lex.place(written[:i]), written[i:]
        if head and tail in ("市", "县", "区"):    # 富阳市: a former level (now 富阳区) is kept as written
            return written, head.name
        if head and tail in ("镇", "乡", "街道") and written[:i] == head.short:
            return written, written                # 鲤城街道, 龙华镇: a town named like a county, not in it
        if head:
            leveled = tail.endswith(LEVEL_ENDS)     # 江苏省无锡监狱: a short inner place stays as written
            inner_prefix, inner = full_place(lex, tail) if leveled else (tail, tail)
            t = lex.place(inner)
            if not leveled or t is None or not inside(lex, t, head):
                return head.name + tail, (t.name if t else head.name)
            if t.level == "district":   # 山东聊城东昌府区: a district keeps its city (聊城市东昌府区)
                return (head.name + tail if inner_prefix == t.name else inner_prefix), t.name
            # 新疆昌吉州玛纳斯县, 四川万源市: a city or county written with its level names the body alone
            return t.name, t.name
    return written, written


def inside(lex: Lexicon, inner, outer) -> bool:
    """Whether the place inner lies within outer (or may: an ambiguous county has no parent)."""
    p = inner
    for _ in range(3):
        if p is None or not p.parent:
            return p is inner or p is None
        if outer.name in (p.parent, p.province):
            return True
        p = lex.place(p.parent)
    return False


def chain_start(lex: Lexicon, written: str) -> int:
    """Where a written chain of two places starts: at the second when the first is a short form
    (no level word) of a place the second does not lie in: in 创新和大理监狱, 新和 (a county of
    新疆) is no place of 大理's prison. 常州市德安医院 keeps its written city."""
    if lex.place(written):
        return 0
    for i in range(len(written) - 1, 0, -1):
        head, tail = lex.place(written[:i]), lex.place(written[i:])
        if head and tail:
            return i if written[:i] != head.name and not inside(lex, tail, head) else 0
    return 0


def organ_for(lex: Lexicon, place: str, organ: str) -> str:
    """The canonical organ for a place: a municipality's justice bureau is 司法局, a province's 司法厅."""
    row = lex.organs.get(organ) or {}
    organ = row.get("canonical") or organ
    p = lex.place(place)
    if p and row.get("provincial_form"):
        if p.level == "municipality" and organ.endswith("厅"):
            return organ[:-1] + "局"
        if p.level in ("province", "autonomous_region") and organ.endswith("局") \
                and organ[:-1] + "厅" == row["provincial_form"]:
            return row["provincial_form"]
    return organ


def party_name(place: str, dept: str | None = None) -> tuple[str, tuple[str, ...]]:
    """中共X委员会 (+ department), with the common short forms as aliases."""
    dept = dept or ""
    full = DEPT_FULL.get(dept, dept)   # 政法委 is written out as 政法委员会 in formal names
    aliases = (f"中共{place}委{dept}", f"{place}委{dept}", f"{place}党委{dept}")
    if place.endswith(("县", "区", "旗")):    # 唐县县委: a county's committee written with its level again
        again = f"{place}{place[-1]}委"
        aliases += (f"中共{again}{dept}", f"{again}{dept}") + ((f"中共{again}{full}",) if full != dept else ())
    return f"中共{place}委员会{dept}", aliases + ((f"中共{place}委{full}",) if full != dept else ())


def org_mentions(a: Analysis, name: str, start: int, end: int, rule: str, place: str | None,
                 sub: str | None, inferred: bool = False, aliases: tuple[str, ...] = (),
                 parent_aliases: tuple[str, ...] = (), kind: str = "", part_of: str | None = None) -> list[Mention]:
    """A mention of an organization and, for a sub-unit, of its parent body.

    parent marks a party committee or department inside a body (党委, 政治部); part_of a unit
    named after the body it belongs to (司法部戒毒管理局, 监狱管理局民警接待站)."""
    base = name[: len(name) - len(sub)] if sub else None
    attrs = ((("place", place),) if place else ()) + ((("parent", base),) if base else ()) \
        + ((("organ_kind", kind),) if kind else ()) + ((("part_of", part_of),) if part_of else ())
    out = [mention(a, "Organization", name, start, end, rule, aliases=aliases, attrs=attrs, inferred=inferred)]
    if base:
        battrs = ((("place", place),) if place else ()) + ((("organ_kind", kind),) if kind else ())
        out.append(mention(a, "Organization", base, start, end - len(sub), rule, attrs=battrs,
                           inferred=inferred, aliases=parent_aliases))
    return out


def free(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether s:e overlaps no span already taken."""
    return all(e <= ts or s >= te for ts, te in taken)


def blocked(lex: Lexicon, text: str, organ: str, end: int) -> bool:
    """An organ word that reads on into a longer word (大学 in 大学生)."""
    nf = (lex.organs.get(organ) or {}).get("not_followed_by") or ""
    return bool(nf) and text[end:end + 1] in nf
