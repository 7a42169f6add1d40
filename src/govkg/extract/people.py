"""People: a surname from the lexicon plus context (a post before the name, 同志 or a post
after it, a list joined by 、), never a list of names. A post names the organization
(memberOf, with the role): 省司法厅党委书记、厅长、监狱局第一政委王某 gives one membership per body."""
from __future__ import annotations

import re

from ..lexicons import PROVINCIAL, Lexicon
from ..model import Analysis, Mention, Relation
from .common import extend, mention, of_class, relation, sentence_at
from .posts import body_for_post, fits_post, org_ending_at, post_chain, post_regexes

# What may follow a name: punctuation, or a word that starts the predicate.
AFTER = re.compile(
    r"(?:[、，,。；;：:（(）)\s“”】]|[\d一二三四五六七八九十](?:年|多年|余年)|同志|先生|女士|等|谈道|谈到|告诉|关于|分享|解读|讲解|将|出席|主持|讲话|致辞|在|作|做|参加|陪同|表示|指出|强调|就|对|"
    r"介绍|发表|带领|结合|以|为|是|和|与|及|也|还|代表|一行|率|首先|宣读|领学|总结|说|认为|提出|回顾|要求|"
    r"部署|汇报|发言|点评|当选|因公|的|先进|事迹|列席|应邀|受邀|莅临|带队|前往|深入|调研|走访|看望|慰问|"
    r"亲临|主持|接到|接待|接受|收到|获得|荣获|获评|荣膺|受到|签署|宣布|会见|担任|现任|通报|充分|高度|详细|被|任|兼|坐镇|请缨|率队|先后|分别|亲自|专程|立即|随即|多次|针对|称|同|向|从|到会|到场|到|赴|$)")
# A verb a one-character AFTER word may begin: 阳某陪同 is 阳某 + 陪同, not 阳某陪 + 同
SPLIT_WORDS = ("以及", "以来", "以上", "以下", "及其")    # words whose first character could end a three-character name
SPLIT_VERB = re.compile(r"陪同|一同|会同|随同|共同|到场|到会|赴任|担任|兼任|出任")
# Two-character verbs whose first character could end a three-character name
VERB_AFTER_NAME = re.compile(r"陪同|出席|主持|参加|列席|莅临|看望|慰问|调研|走访|带队|率队|一行|指出|表示|讲话|致辞|授课|讲课")
NOT_NAME_CHARS = set("的了在与及等是对把被从其该这各省市县区局厅处所部会员委院办组团队副说")   # 区委, 区法院: 区 is a surname; 督查组, 考察团: a group; 安某说
# Common words that look like a surname + given name before 同志 or a post (负责同志, 有关同志)
COMMON_GIVEN = {"负责", "有关", "相关", "广大", "各位", "全体", "其他", "基层", "领导", "机关", "干部", "代表", "乡镇",
                "常务", "常任", "专职", "执行", "驻会", "名誉", "时任", "女士", "先生", "应邀", "任命", "任职", "任务", "任期",    # 胡女士表示: a surname only
                # verbs and adverbs that open with a surname character and follow a post: 会长强调
                "强调", "严格", "高度", "全面", "连续",
                # kinds of people after a surname-like preposition: 政委向律师代表颁发聘书
                "律师", "法官", "民警", "群众", "学生", "党员"}
# Verbs of going that are also surnames, before a province's abbreviation (来渝, 来京)
JOURNEY = set("来赴到抵回返")
# Words a name may directly follow (和习近平总书记, 对王某同志)
BEFORE_NAME = set("和与及对向由是在据经为被请让使同跟将把给以从受、")
ITEM = r"[\u4e00-\u9fff]{2,3}"
# (or three or more before their head count: 张某、罗某、郜某10名律师脱颖而出)
NAME_LISTS = re.compile(rf"(?P<long>{ITEM}(?:、{ITEM}){{2,}})(?:等|(?=[\d一二三四五六七八九十]+[人名位]))"
                        rf"|(?P<short>{ITEM}、{ITEM})等(?=[\d一二三四五六七八九十]+[人名位]|同志)")
# A quoted title for a person: “最美法律援助律师”, “金牌调解员”
QUOTED_ROLE = re.compile(r"“[^“”]{2,20}(?:律师|调解员|法官|检察官|民警|警察|标兵|能手|卫士|之星|工作者|个人)”")
# A name followed by its posts in brackets: 陆卫东(上海市司法局党委书记、局长)
BRACKETED_POST = re.compile(r"[（(][^（）()，,。]{2,40}[）)]")
# A name that opens a clause and is followed by a verb of speaking or leading: 会上,王某指出
SPEAKER_VERB = re.compile(r"指出|强调|要求|表示|介绍|认为|提出|一行|带领|率队|主持|讲话|致辞|传达|宣读|汇报|发言|说|"
                          r"出席|参加|陪同|调研|看望|慰问|视察|授课|讲课|分别(?:作|做|进行|发表|讲话|发言|致辞)")
LISTED_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}?(?=、|" + SPEAKER_VERB.pattern + ")")
NOT_LISTED_NAME = re.compile(r"人员|干部|群众|同志|职工|党员|老师|学生|嘉宾|家属|对象|单位|集体|先进|优秀")
LIST_ITEM_END = re.compile(r"[、，,。；;]|$")
ROLE_OF_BODY = re.compile(r"(?:人民)?调解员[ \u3000]?$")
MEDIATION_BODIES = ("委员会", "调委会", "调解室")
ITEM_END = re.compile(r"[，,。；;]|$")
AWARD_VERB = re.compile(r"荣获|获得|获评|荣膺|被评为|被授予|当选")
LISTED_HONOURED = re.compile(rf"[^。；;，,]{{0,60}}?(?:{AWARD_VERB.pattern})")
HONORIFIC = re.compile(r"先生|女士")     # 创始人周某先生: a name before an honorific
# Roles that are no post of a body but introduce a name: 人民调解员王某介绍经验, 律师代表王某发言
ROLES = re.compile(r"(?:调解员|公证员|法律顾问|志愿者|创始人|创办人|代言人|居民|民警|干警|警察|代表|教授|专家|村民|群众|市民|负责人|领导|律师)[ \u3000]?")   # 社区居民 胡某:… (a quote's speaker)
COUNTED = re.compile(r"等[\d一二三四五六七八九十]+(?:名|位)(?:同志|先进个人|干警|民警|律师|代表|人民调解员|检察官|法官)")
HEAD_WORDS = ("授予", "追授", "为", "表彰", "向", "给", "对", "、")
BEFORE_WORDS = ("率领", "带领", "陪同", "邀请", "会见", "看望", "慰问", "在", "由",
                "落实", "领会", "学习", "贯彻", "传达")   # 深入贯彻落实习近平总书记…
# Verbs of an election or appointment right before the name: 选举张某为会长
ELECT_WORDS = ("选举", "推选", "推举", "选出", "补选", "增补", "任命", "聘任", "聘请")
# A post after a name never starts with a division word: 武陵区长庚街道 is not 武陵 + 区长
PLACE_POSTS = ("区长", "县长", "市长", "省长", "州长")
BYLINE_POSTS = ("记者", "通讯员")
# Professions name a person only right after their firm or court: 某某律师事务所林某律师
PROFESSIONS = ("律师", "法官", "检察官")   # 全媒体记者 林某: a press role never follows the name
PARTY_POST = re.compile(r"书记|委员|党组成员")


# Names of Uyghur, Tibetan, Mongolian (and foreign) people: syllables joined by ·
TRANSLITERATED = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6}?){0,2}·")


def transliterated_at(text: str, pos: int) -> str | None:
    """A ·-joined name starting at pos (阿不力孜·吾守尔): the shortest last syllable after which
    punctuation or a verb follows."""
    m = TRANSLITERATED.match(text, pos)
    if not m:
        return None
    for n in range(1, 7):
        end = m.end() + n
        if end > len(text) or not "\u4e00" <= text[end - 1] <= "\u9fff":
            return None
        if AFTER.match(text, end):
            return text[pos:end]
    return None


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
            if set(cand[sl:]) & NOT_NAME_CHARS or cand[sl:] in COMMON_GIVEN or cand[-2:] in COMMON_GIVEN \
                    or cand[sl:] in lex.posts:
                continue    # 门书记指出: a surname and a post, not a name
            if given == 1 and cand[0] in JOURNEY and cand[-1] in lex.abbreviations:
                continue    # 律师协会来渝调研: a journey to a province (来 is also a surname)
            after = AFTER.match(text, end)
            if given == 2 and text[end - 1:end + 1] in SPLIT_WORDS:
                continue   # 于宁以及…: the name is 于宁, 以及 a conjunction
            if given == 2 and (after and after.end() - end == 1 and SPLIT_VERB.match(text, end - 1)
                               or VERB_AFTER_NAME.match(text, end - 1)):
                continue   # 阳玮陪同调研: the name is 阳玮, 陪同 the verb
            if not need_after or after or post_regexes(lex)[0].match(text, end):
                return cand
    return None


LEVEL_POSTS = {"省长": PROVINCIAL, "市长": ("city", "prefecture", "county_city", "municipality"),
               "县长": ("county", "banner"), "区长": ("district",), "州长": ("prefecture",)}


def level_fits(org: Mention, role: str, lex: Lexicon) -> bool:
    """Whether a body's place has the level a head's post names (副市长: a city's government)."""
    levels = next((v for k, v in LEVEL_POSTS.items() if role.endswith(k)), None)
    place = lex.place(dict(org.attrs).get("place") or "")
    return levels is None or place is None or place.level in levels


def extract_people(a: Analysis, lex: Lexicon) -> Analysis:
    """Person mentions and memberOf relations from posts."""
    text = a.document.text
    posts, _ = post_regexes(lex)
    orgs = of_class(a, "Organization")
    people: list[Mention] = []
    rels: list[Relation] = []

    def add(name: str, start: int, rule: str, chain: list) -> None:
        people.append(mention(a, "Person", name, start, start + len(name), rule))
        for org, role, s in chain:
            if org is not None:
                rels.append(relation(a, ("Person", name), "memberOf", org.key, s, start + len(name), rule,
                                     attrs=(("role", role),)))

    def resolve_chain(segs: list, pos: int) -> list:
        """Segments without a body take the next body to their left, else the sentence's last one."""
        s = sentence_at(a, pos)
        # (in order of where they end, the longer first: 兵团监狱管理局 after the 兵团 inside its name)
        # (and a body opening the post itself: 党组 of 党组成员, the bureau's party group)
        before = sorted([o for o in orgs if s and s.start <= o.evidence.start and (o.evidence.end <= pos or o.evidence.start == pos)],
                        key=lambda o: (o.evidence.end, o.evidence.end - o.evidence.start))
        out, carry = [], None
        for org, role, start in reversed(segs):
            # the sentence's last body only where it can have this post: 副院长 is not a 司法局's
            near = before[-1] if before and fits_post(before[-1], role) else None
            carry = org or carry or near or body_for_post(orgs, role, pos)
            if org is None and carry is not None and not level_fits(carry, role, lex):
                carry = None    # 副市长 is a city's, not the 自治区人民政府 named before
            holder = carry
            parent = dict(carry.attrs).get("parent") if carry is not None else None
            if org is None and parent and not PARTY_POST.search(role):   # 厅党委委员、副厅长: 副厅长 of the 厅
                holder = next((o for o in orgs if o.name == parent), carry)
            out.append((holder, role, start))
        return out

    for pm in posts.finditer(text):
        s, e = pm.span()
        if any(o.evidence.start < s and e < o.evidence.end for o in orgs) or pm.group().endswith("委员") and text.startswith("会", e):
            continue    # 司法部律师公证工作指导司, 监察和司法委员会: a post's word inside a body's name
        # a profession names a person only right after a firm or court: 含知律师事务所律师薛某
        name = None if pm.group() in PROFESSIONS and org_ending_at(orgs, s) is None \
            else transliterated_at(text, e) or name_at(text, e, lex)
        sent = sentence_at(a, s)
        lo = sent.start if sent else 0
        if name:
            chain = resolve_chain(post_chain(text, e, lo, orgs, lex), s)
            add(name, e, "person:post-before", chain)
            pos = e + len(name)    # a list continues the post: 副会长陈乃蔚、黄绮、周天平
            while text[pos:pos + 1] == "、":
                nxt = name_at(text, pos + 1, lex)
                if not nxt:
                    break
                add(nxt, pos + 1, "person:post-list", chain)
                pos += 1 + len(nxt)
        elif not pm.group().startswith(PLACE_POSTS + BYLINE_POSTS):
            for ln in (3, 2):   # name before the post: 林兆波局长, 习近平总书记
                st = s - ln
                if st < lo:
                    continue
                cand = name_at(text, st, lex, need_after=False, length=ln)
                org = org_ending_at(orgs, st)
                starts = st == lo or not "\u4e00" <= text[st - 1] <= "\u9fff" or text[st - 1] in BEFORE_NAME \
                    or text.endswith(BEFORE_WORDS, 0, st) or org is not None
                if pm.group() in PROFESSIONS and org is None:
                    continue
                quoted = text[st - 1:st] == "“"       # 化身“高墙讲师”: a nickname, not a name and post
                if cand and starts and not quoted and cand + pm.group()[0] not in lex.organs:   # 公安厅长: 公安 + 厅 is an organ
                    add(cand, st, "person:post-after", resolve_chain([(org, pm.group(), st)], st) if org or sent else [])
                    break
    for m in BRACKETED_POST.finditer(text):    # 陆卫东(上海市司法局党委书记、局长): the posts follow the name
        inner_end = m.end() - 1
        if not post_regexes(lex)[1].search(text, m.start() + 1, inner_end):
            continue    # the brackets end in a post
        for ln in (3, 2):
            st = m.start() - ln
            cand = name_at(text, st, lex, need_after=False, length=ln) if st >= 0 else None
            if cand and (st == 0 or not "\u4e00" <= text[st - 1] <= "\u9fff" or text[st - 1] in BEFORE_NAME) \
                    and not any(p.evidence.start == st for p in people):
                add(cand, st, "person:bracketed-post", resolve_chain(post_chain(text, inner_end, m.start() + 1, orgs, lex),
                                                                     m.start() + 1))
                break
    for m in QUOTED_ROLE.finditer(text):     # “最美法律援助律师”廖某: a name after the title it holds
        pos = m.end()
        if text.startswith(("荣誉", "称号"), pos):
            continue    # 获得“人民调解能手”荣誉: the title's word, no name
        while (name := name_at(text, pos, lex)) and not any(p.evidence.start == pos for p in people):
            add(name, pos, "person:after-quoted-title", [])
            pos += len(name)
            if text[pos:pos + 1] != "、":
                break
            pos += 1
    for org in orgs:    # 市委政法委谢晓丹出席: a name right after a body, then a verb of attending or speaking
        e = org.evidence.end
        name = None if dict(org.attrs).get("parent") else name_at(text, e, lex, need_after=False)
        if name and SPEAKER_VERB.match(text, e + len(name)) and not any(p.evidence.start == e for p in people):
            add(name, e, "person:after-body", resolve_chain([(org, "", e)], e))
        # 弘力律师事务所的张某、千里行律师事务所的胡某: a firm's (or a mediation committee's) member, named as an item of a list
        name = name_at(text, e + 1, lex) if text.startswith("的", e) and (
            dict(org.attrs).get("organ_kind") == "firm" or org.name.endswith(MEDIATION_BODIES)) else None
        if name and (LIST_ITEM_END.match(text, e + 1 + len(name)) or AWARD_VERB.match(text, e + 1 + len(name))) \
                and not any(p.evidence.start == e + 1 for p in people):
            add(name, e + 1, "person:of-firm", resolve_chain([(org, "", e + 1)], e + 1))
    for m in re.finditer(r"同志", text):
        for ln in (3, 2):
            cand = name_at(text, m.start() - ln, lex, need_after=False, length=ln) if m.start() >= ln else None
            if cand:
                add(cand, m.start() - ln, "person:comrade", [])
                break
    for start, rule in clause_openers(text):   # 会上,王某指出 / 调解员王某介绍 / 省司法厅领导王某、李某出席
        pos, chain = start, []
        while True:
            name = name_at(text, pos, lex, need_after=False)
            if not name and text[pos - 1:pos] == "、" and (len(chain) >= 2 or chain and rule == "person:after-role"):
                name = listed_name(text, pos, lex)     # 领导刘某、孙某、次登、夏某出席: a name of no Han surname
            if not name:
                break
            chain.append((name, pos))
            pos += len(name)
            if text[pos:pos + 1] != "、":
                break
            pos += 1
        quoted = text[pos:pos + 1] in ":：" and rule == "person:after-role"     # not 来源: at a line's start
        # 调解员柳某、…调解员林某荣获…称号: people named after their roles, listed before what they received
        honoured = rule == "person:after-role" and (AWARD_VERB.match(text, pos)
                                                   or text[pos - 1:pos] == "、" and LISTED_HONOURED.match(text, pos))
        # 某人民调解委员会调解员柳某: a mediator of the committee written right before the role
        rm = ROLE_OF_BODY.search(text, max(0, start - 6), start) if chain and rule == "person:after-role" else None
        body = next((o for o in orgs if rm and o.evidence.end == rm.start() and o.name.endswith(MEDIATION_BODIES)), None)
        # …委员会人民调解员林某,…委员会人民调解员吴某: committee, role and name make an item of a list
        item = body is not None and (text[pos - 1:pos] == "、" or ITEM_END.match(text, pos) is not None)
        if chain and (text[pos - 1:pos] != "、" or honoured or item) \
                and (SPEAKER_VERB.match(text, pos) or HONORIFIC.match(text, pos) or quoted or honoured or item):
            for n, st in chain:
                add(n, st, rule, [(body, "调解员", st)] if body else [])
    # lists of names ending in 等: three or more, or two followed by a head count (王某、温某等12人)
    for m in NAME_LISTS.finditer(text):
        group = "long" if m.group("long") else "short"
        parts, pos, ok = m.group(group).split("、"), m.start(group), []
        if len(parts[0]) == 3 and name_at(text, pos, lex, need_after=False, length=3) != parts[0]:
            parts[0], pos = parts[0][1:], pos + 1     # 最终张某、…: the list's first name is the item's last two characters
        for p in parts:
            if name_at(text, pos, lex, need_after=False, length=len(p)) == p:
                ok.append((p, pos))
            pos += len(p) + 1
        if len(ok) == len(parts):
            for p, st in ok:
                add(p, st, "person:name-list", [])
    for m in COUNTED.finditer(text):   # 授予金某等44名同志: the named one heads a counted group
        for ln in (3, 2):
            st = m.start() - ln
            cand = name_at(text, st, lex, need_after=False, length=ln) if st >= 0 else None
            if cand and (st == 0 or not "\u4e00" <= text[st - 1] <= "\u9fff" or text.endswith(HEAD_WORDS, 0, st)):
                add(cand, st, "person:heads-a-group", [])
                break
    # 孔某当选为协会会长 / 王某为协会秘书长 / 张某任局长: the body may be named by its organ word only
    for m in re.finditer(r"(?:当选为|当选|担任|任|为)", text):
        pm = posts.match(text, m.end())
        org_word = None
        if pm is None:
            ow = re.match(r"[\u4e00-\u9fff]{1,4}?(?=" + posts.pattern + ")", text[m.end():m.end() + 8])
            if ow:
                org_word = ow.group()
                pm = posts.match(text, m.end() + len(org_word))
        if pm is None:
            continue
        for ln in (3, 2):
            st = m.start() - ln
            cand = name_at(text, st, lex, need_after=False, length=ln) if st >= 0 else None
            after_post = bool(post_regexes(lex)[1].search(text, max(0, st - 8), st))
            if cand and (st == 0 or not "\u4e00" <= text[st - 1] <= "\u9fff" or text[st - 1] in BEFORE_NAME
                         or after_post or text.endswith(ELECT_WORDS, 0, st)):
                body = elected_body(orgs, org_word, pm.group(), m.start())
                add(cand, st, "person:elected-as", [(body, pm.group(), st)] if body else [])
                break
        for part, base in elected_list(text, m.start(), lex):   # 选举……,王某、温某为副会长
            body = elected_body(orgs, org_word, pm.group(), m.start())
            add(part, base, "person:elected-as-list", [(body, pm.group(), base)] if body else [])
        counted = re.search(rf"(?P<list>{ITEM}(?:、{ITEM})+)等[\d一二三四五六七八九十]+[人名位]$", text[max(0, m.start() - 40):m.start()])
        if counted and org_word:   # 王某、温某等12人当选为协会副会长
            body = org_by_word(orgs, org_word, m.start())
            base = max(0, m.start() - 40) + counted.start("list")
            for part in counted.group("list").split("、"):
                if body and name_at(text, base, lex, need_after=False, length=len(part)) == part:
                    add(part, base, "person:elected-as-list", [(body, pm.group(), base)])
                base += len(part) + 1
    a = extend(a, mentions=people, relations=rels)
    return extend(a, mentions=repeat_mentions(a))


# Names joined by 、 right before 为/当选, after a clause break or an election verb: 卢某、陈某为副会长
UNCOUNTED_LIST = re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<={'|'.join(ELECT_WORDS)}))(?P<list>{ITEM}(?:、{ITEM})+)$")


def elected_list(text: str, pos: int, lex: Lexicon) -> list[tuple[str, int]]:
    """The (name, start) items of a list ending at pos, if every item is a name."""
    m = UNCOUNTED_LIST.search(text, max(0, pos - 60), pos)
    if not m:
        return []
    out, base = [], m.start("list")
    for part in m.group("list").split("、"):
        if name_at(text, base, lex, need_after=False, length=len(part)) != part:
            return []
        out.append((part, base))
        base += len(part) + 1
    return out


def elected_body(orgs: list[Mention], org_word: str | None, role: str, pos: int) -> Mention | None:
    """The body of an elected post: named by its organ word (协会会长), else the last body before
    whose kind has the post (会长 -> a 协会)."""
    return org_by_word(orgs, org_word, pos) if org_word else body_for_post(orgs, role, pos)


def listed_name(text: str, pos: int, lex: Lexicon) -> str | None:
    """An item of a list of names that reads as no Han name (Tibetan 次登, 其美次仁): two to four
    characters of no function word (其 may open such a name), role or post, before the next item
    or the verb of the list."""
    m = LISTED_NAME.match(text, pos)
    if m is None or set(m.group()) & NOT_NAME_CHARS - {"其"} or ROLES.search(m.group()) or NOT_LISTED_NAME.search(m.group()) \
            or any(m.group().endswith(p) for p in lex.posts if len(p) > 1):
        return None
    return m.group()


def clause_openers(text: str) -> list[tuple[int, str]]:
    """Where a name may open a clause: after a clause break, or right after a role word."""
    out = [(m.end(), "person:clause-opener") for m in re.finditer(r"[。，,；;：:\n]|由", text)]
    out += [(m.end(), "person:after-role") for m in ROLES.finditer(text)]
    return out


def org_by_word(orgs: list[Mention], word: str, pos: int) -> Mention | None:
    """The body an organ word (协会, 监狱) stands for: the last one named before with that ending."""
    named = [o for o in orgs if o.name.endswith(word) and o.evidence.end <= pos and not dict(o.attrs).get("parent")]
    return named[-1] if named else None


def repeat_mentions(a: Analysis) -> list[Mention]:
    """Every further occurrence of a name already found is a mention too."""
    text, out = a.document.text, []
    known = {m.name for m in a.mentions if m.cls == "Person"}
    seen = {(m.evidence.start, m.name) for m in a.mentions if m.cls == "Person"}
    for name in sorted(n for n in known if n):
        i = text.find(name)
        while i >= 0:      # str.find, not re.finditer: one compiled pattern per name filled re's cache
            if (i, name) not in seen:
                out.append(mention(a, "Person", name, i, i + len(name), "person:repeat"))
            i = text.find(name, i + len(name))
    return out
