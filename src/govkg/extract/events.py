"""Events: named meetings and congresses, with dates, place and organizer."""
from __future__ import annotations

import datetime
import re

from ..lexicons import Lexicon
from ..model import Analysis, Attribute, Mention
from .common import acting, evidence, extend, mention, of_class, relation, sentence_at
from .places import home_places, place_regex

# Where a meeting's name starts: after punctuation or after one of these words.
LEFT_STOPS = ("召开", "举行", "举办", "主办", "承办", "出席", "列席", "参加", "主持", "组织", "开展", "在", "于",
              "了", "和", "与", "及", "是", "的", "将", "向", "以", "对", "为", "继", "贯彻", "落实",
              "学习", "传达", "宣讲", "讲解", "解读", "领会", "迎接", "筹备", "参与", "通过", "围绕", "根据", "按照", "启动",
              "观摩", "全程", "精神", "把", "记者", "日从", "记者从",    # 记者6日从…工作会获悉
              "今年", "去年", "我国", "创办", "开办", "拉开", "揭开",    # 拉开“宪法宣传周”活动的序幕
              "我省", "我市", "我区", "我县", "我州", "我局", "我厅",   # 我省首届…开放日: the speaker's own place
              "总结",     # 为了总结全国…推进会议承办工作经验
              "上午", "下午", "晚上", "中午",     # 3月16日下午X新闻发布会在…召开: the time of day is not part of the name
              "做好", "抓好", "办好", "搞好")     # 对做好中国国际服务贸易交易会…服务保障: nor is the verb
# Words that open with a stop but belong to the name: 对口援助工作会议, 对口支援西藏工作座谈会
NOT_STOPS = ("对口", "学习宣传", "学习教育", "承办工作", "总结大会", "总结会", "总结表彰", "总结暨", "总结推进",   # 宪法学习宣传月, 党史学习教育, 会议承办工作总结大会: a compound noun, not a verb
             "为民", "和谐")    # 法律援助为民办实事工作会议, 和谐社区建设推进会
# a meeting referred to, not held in the article: 为贯彻十八届四中全会《决定》, 传达全国政法工作会议精神
REFERRED_BEFORE = re.compile(r"(?:贯彻|落实|学习|领会|传达|宣讲|按照|根据)(?:党的|了)?[^，,。；;]{0,6}$")
REFERRED_AFTER = ("精神", "《", "提出", "确定", "部署", "要求")
# 学习贯彻…精神 inside a meeting's name, before its head (…精神宣讲报告会, …精神专题培训班)
STUDIED_THEME = re.compile(r"(?:深入)?(?:学习宣传贯彻|学习贯彻|贯彻落实)[^，,。；;：:！？!?\n“”《》]{2,30}?精神"
                           r"(?:宣讲|专题|学习|研讨|培训|辅导)?$")
# 和 joining two nouns inside a name whose clause opens with a place, a year or a system:
# 湖南省涟源市2016年刑满释放和社区服刑人员技能培训, 宜昌市建立和实施法律顾问制度新闻发布会
NOUNS_JOINED = re.compile(r"(?:^|(?<=[，,。；;：:\n]))(?:\d{4}年|[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州)|厅系统|局系统|全省|全市|全区|全县)"
                          r"[\u4e00-\u9fff\d]{1,16}$")
# 等 ends a list before a name (宪法、民法典等宪法宣传周), not inside a word (平等, 一等奖)
WORD_BEFORE_DENG = set("平同均对相高中初优一二三特")
# a plenary session is named by its number: 二十届三中全会, 十三届五次全会
PLENARY_BEFORE = set("中次届")
# 作/做 end a name as a verb (做会议交流发言), not inside a word (工作会议, 协作)
VERB_ZUO = "作做"
WORD_BEFORE_ZUO = set("工合协创操写运动劳制著")
GENERIC = re.compile(r"^(?:此次|本次|这次|该|各类|各种|各级|各|每|有关|相关|全国性|全省|全市|全区|全县|全国|工作|专题|一次|两次|这个)*$")
THIS = ("此次", "本次", "这次")
BRACKET_AFTER = re.compile(r"[(（][\u4e00-\u9fff]{1,10}[)）]")
BEFORE_TITLE = re.compile(r"(?:\d{4}年度?|[省市县区]|开展了?|举办了?|举行了?)$")   # 开展《社区矫正法》实施四周年宣传活动
# A name holding a quoted name, perhaps after its year or number: “宪法宣传周”活动, 2025年“司法行政开放日”活动,
# 第九届龙江法律人“阅读同行”活动
QUOTE_OPENS = re.compile(r"(?:\d{4}年度?|第[一二三四五六七八九十\d]+(?:届|期|次))?[\u4e00-\u9fff]{0,8}?“[^“”]{2,30}”")
THEMED = re.compile(r"以“[^“”]{2,30}”为主题的$")
TITLE_CARRIED_OUT = re.compile(r"开展了?$")
NOT_HELD_KINDS = ("专项活动", "评选活动", "多项活动")   # (and 系列宣传活动: a series)
BAD_START = ("各类", "各种", "各级", *THIS)
NOT_AFTER_HEAD = set("室厅桌堂战")   # 会议室, 大会堂: rooms and halls; 禁毒三年大会战: a campaign
BRACKETED = re.compile(r"[(（][\u4e00-\u9fff、]{1,5}[)）]")
NTH = re.compile(r"第[\d一二三四五六七八九十]+(?:个|届|次)?(?=“?(?:国家|全国|中国|国际))")   # 第十个“国家宪法日”
HELD_HEADS = ("活动", "仪式", "典礼")
HELD_VERB_NEAR = re.compile(r"召开|举行|举办")
# “民法典‘点亮’省会石家庄”活动正式开始: a named activity that starts is held
STARTS = re.compile(r"(?:\d{1,2}月\d{1,2}日)?(?:正式|全面)?(?:启动|开始|开幕|拉开帷幕)")
HELD_VERB_BEFORE = re.compile(r"(?:举行|举办)了?\s*$")   # 司法局举办 2022年“…”活动 (a title with a space)
# 在花西司法所门前开展“12.4”…宣传活动: an activity carried out at a place is held there
# (not 在全市开展, 在各乡镇开展: a campaign across an area)
# 2025年8月1日,某局组织开展…培训活动: an activity carried out on a named day is held that day
# (not a report's date: 记者今天(2月9日)从省司法厅获悉:…通过开展“春风行动”等专项活动)
DATED_CARRIED_OUT = re.compile(r"\d{1,2} ?月 ?\d{1,2} ?[日号][^。；;！？!?：:\n]{0,30}?(?<!通过)(?:组织)?开展了?$")
CARRIED_OUT_AT = re.compile(r"在(?![全各辖基])[\u4e00-\u9fff]{2,14}?开展了?$")
VAGUE_BEFORE_HEAD = ("有关", "相关", "各类", "各项", "上述", "这些")   # 上级法院有关会议精神
# (a dateline, 新华网武汉7月8日电, dates the report, not the event)
# spaces may stray in (5 月23 日), and 日 may be left out before the time of day (5月23上午)
DATE = re.compile(r"(?:(\d{4}) ?年 ?)?(\d{1,2}) ?月 ?(\d{1,2}) ?(?:[日号]|(?=上午|下午|晚上|早上))"
                  r"(?:(?:至|到|—|-|～|~)(?:(\d{1,2})月)?(\d{1,2})[日号])?(?![电讯])")
# 今天(19日), 今天下午, 7日召开: the day of the document's date, or a day of its month
# not 为期3日, 15日内, 3日后; 8日至9日 is a range
RELATIVE_DAY = re.compile(r"(?P<today>今天|今日)|(?P<yesterday>昨天|昨日)"
                          r"|(?<![\d月年期续时共])(?P<day>\d{1,2})日(?:(?:至|到|—|-|～|~)(?P<last>\d{1,2})日)?"
                          r"(?![电讯内前后]|以[内前后来]|之[内前后])")
CONGRESS = re.compile(r"(?:党的|中共|中国共产党)(?:第)?([一二三四五六七八九十]{1,3})(?:次全国代表大会|大)"
                      r"|(?<![一二三四五六七八九十\d])(十[一二三四五六七八九]|二十[一二三四五]?)大(?![学厦项类])")
HELD = re.compile(r"(?:在|于)(?P<where>[\u4e00-\u9fff]{2,14}?)(?:成功|隆重|胜利|正式)?(?:召开|举行|举办|开幕|开班|启动)")
# ORG在杭州召开EVENT: the place stands before the verb that names the event
HELD_BEFORE = re.compile(r"在(?P<where>[\u4e00-\u9fff]{2,14}?)(?:成功|隆重|胜利)?(?:组织)?(?:召开|举行|举办)了?$")
# ORG (于6月5日)(在X)召开/主办… EVENT: the organizer stands right before these words
# (also 新疆司法厅近日召开的座谈会: a time word before the verb, 的 after it)
ORGANIZE = re.compile(r"(?:于?(?:\d{1,2}月)?\d{1,2}日|近日|日前|今天|昨天|上午|下午)*(?:在[\u4e00-\u9fff]{2,14}?)?"
                      r"(?:联合|共同|一起)?(?:召开|主办|举办|举行|组织召开|组织开展|组织|承办|开展)了?的?"
                      r"(?:以“[^“”]{2,40}”为主题的)?$")     # 开展了以“…”为主题的开放日活动: the theme between
# a village or community after the places of a venue phrase (乐安县龚坊镇陀上村)
VILLAGE = re.compile(r"(?:[\u4e00-\u9fff]{2,3}?(?:镇|乡|街道))?(?P<name>[\u4e00-\u9fff]{2,3}(?:村|社区))")
# 某调委会在交通科技大厦举行揭牌仪式: a body's own ceremony, named after it
OWN_CEREMONY = re.compile(r"在[\u4e00-\u9fff]{2,14}?(?:隆重|正式)?举行了?(?P<head>揭牌仪式|挂牌仪式|成立大会|成立仪式|授牌仪式|启动仪式)")
SPONSORED = re.compile(r"(?:联合)?(?:主办|承办)(?=[，,])")
TIME_BEFORE_VERB = re.compile(r"(?:于?(?:\d{1,2}月)?\d{1,2}日|近日|日前|今天|昨天|上午|下午)+(?=(?:召开|举办|举行|主办)了?的?$)")
# between a body and the name of its own event: nothing, or a year (省司法厅2016年工作会议)
OWN_EVENT_GAP = re.compile(r"(?:\d{4}年度?)?")
# 由ORG牵头/主办 … EVENT
AGAIN_LED_BY = re.compile(r"(?:本次|此次|这次|该|上述)?(?P<head>活动|会议|大会|仪式|论坛|大赛|比赛|培训班|座谈会|研讨会)由")
CO_ORGANIZED = re.compile(r"[，,、](?P<who>[^，,。；;]{2,60}?)(?:联合承办|共同承办|承办|协办)")
LED_BY = re.compile(r"由(?P<who>[^，,。；;]{2,40}?)(?:牵头|主办|承办|组织(?!工委|部|和)|举办|联合主办)")
# 在A、B和C的精心组织和指导下,…X召开: the bodies whose organizing the sentence credits (not the one X names)
GUIDED = re.compile(r"在(?P<who>[^，,。；;]{2,60}?)的(?:精心|大力|具体|共同)?(?:组织|指导|主持|领导)(?:和|与|、)?(?:指导|支持|组织|关心)?下")
# A named venue is a place of its own: 坛城广场, 大学城, 会议中心
VENUE = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:广场|大学城|会议中心|会展中心|宾馆|酒店|大厦|礼堂|大礼堂|会堂|体育馆|公园|基地|剧院)"
                   r"(?:[\u4e00-\u9fff0-9]{0,4}?(?:会议室|会议厅|报告厅|多功能厅))?")   # 昌建商务酒店会议室


# Stop words that stand inside a meeting name: 党的建设工作会议, 先进集体和先进个人表彰大会
INSIDE_NAME = re.compile(r"[\u4e00-\u9fff]党的|集体和先进|单位和先进")
GENERIC_HELD = re.compile(r"(?<![\u4e00-\u9fff])(?:此次|本次|这次)?(?P<head>会议|大会|座谈会|活动|仪式|培训班|论坛|发布会)"
                          r"(?:在[\u4e00-\u9fff]{1,14}?)?(?:隆重|正式|顺利)?(?:召开|举行|举办|开幕|开班|启动)")
HEAD_THEN_DATE = re.compile(r"(?<![\u4e00-\u9fff])(?:此次|本次|这次)?(?P<head>会议|大会|座谈会|活动|仪式|培训班|论坛)"
                            r"(?=(?:将|已)?于? ?\d{1,2} ?月)")
DATE_LEAD = re.compile(r"(?:将|已)?于? ?")
OCCASION_AFTER = re.compile(r"”?(?:到来)?之际|”?期间|”?前夕|”?精神")
OBSERVANCE_DAYS = ("宣传日", "宪法日", "禁毒日", "法制日", "纪念日")
SCOPE = {"全省": "province", "全区": "province", "全自治区": "province", "全市": "city"}


def scope_alias(a: Analysis, lex: Lexicon, name: str) -> tuple[str, ...]:
    """全市法院院长会议 in an article about 黄石市 is also 黄石市法院院长会议; 第6个国家宪法日 is also 国家宪法日."""
    nth = NTH.match(name)
    if nth and len(name) > nth.end() + 2:
        return (name[nth.end():].strip("“”"),)
    for word, level in SCOPE.items():
        if name.startswith(word):
            province, city = home_places(a, lex)
            place = city if level == "city" else province
            return (place + name[len(word):],) if place else ()
    return ()


def cn_number(s: str) -> int:
    """一..九十九 written in Chinese numerals."""
    digits = "一二三四五六七八九"
    if "十" not in s:
        return digits.index(s) + 1
    tens, _, ones = s.partition("十")
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


def congress_name(n: int) -> tuple[str, tuple[str, ...]]:
    """The canonical name of the nth national congress of the CPC, with its short forms."""
    digits = "一二三四五六七八九"
    cn = (digits[n // 10 - 1] if n >= 20 else "") + ("十" if n >= 10 else "") + (digits[n % 10 - 1] if n % 10 else "")
    return f"中国共产党第{cn}次全国代表大会", (f"{cn}大", f"党的{cn}大", f"中共{cn}大")


def left_edge(text: str, end_of_name: int, head_start: int) -> int:
    """Where a meeting name ending at head_start starts."""
    pos, limit = head_start, max(0, head_start - 60)
    # 全市司法行政系统学习贯彻党的二十届三中全会精神宣讲报告会: what is studied names the meeting
    study = STUDIED_THEME.search(text, max(0, head_start - 45), head_start)
    if study:
        pos, limit = study.start(), max(0, study.start() - 20)
    while pos > limit:
        ch = text[pos - 1]
        bracket = BRACKETED.search(text, max(0, pos - 8), pos) if ch in ")）" else None
        if bracket and bracket.end() == pos and bracket.start() > 0 and "\u4e00" <= text[bracket.start() - 1] <= "\u9fff":
            pos = bracket.start()      # 全国司法厅(局)长座谈会: a bracketed alternative inside the name
            continue
        if ch == "”" and text.startswith("“", pos) and text.startswith("”", end_of_name):
            break      # “教师节”“9·18防空警报试鸣日”: a run of quoted names, each its own
        dot = ch in ".．" and pos >= 2 and text[pos - 2].isdigit()   # “12.4”全国法制宣传日
        # “巾帼普法乡村行 法润万家暖人心”主题活动, “感恩有您,感受新生”主题开放日, “百年风雨路、奋进新时代”成就展:
        # inside a quoted name (or a 《title》 in it: 《某某报告》新闻发布会) any mark but a sentence's end
        space = ch not in "。！？!?\n《" and (text.count("”", pos, head_start) > text.count("“", pos, head_start)
                                          or text.count("》", pos, head_start) > text.count("《", pos, head_start))
        # (a title opens a name only after its year or level: 2023年度《…》新闻发布会, not 作《…》专题讲座, a lecture)
        book = ch == "》" and "《" in text[limit:pos] or ch == "《" and "》" in text[pos:head_start] \
            and BEFORE_TITLE.search(text, limit, pos - 1) is not None
        # “人民满意的公务员”、“人民满意的公务员集体”表彰大会: quoted names listed inside one
        listed = ch == "、" and text[pos - 2:pos - 1] == "”" and text[pos:pos + 1] == "“"
        if not ("\u4e00" <= ch <= "\u9fff" or ch.isdigit() or ch in "“”·" or dot or space or listed or book):
            break
        quoted = text.count("”", pos, head_start) > text.count("“", pos, head_start) \
            or text.count("》", pos, head_start) > text.count("《", pos, head_start)   # inside “真情与正义”, 《…》
        if not quoted and any(text.startswith(w, pos - len(w)) and not text.startswith(NOT_STOPS, pos - len(w))
                              for w in LEFT_STOPS) and not INSIDE_NAME.match(text, pos - 3) \
                and not (ch == "和" and NOUNS_JOINED.search(text, limit, pos - 1)):
            break
        if ch in VERB_ZUO and (pos < 2 or text[pos - 2] not in WORD_BEFORE_ZUO) \
                or ch == "等" and not quoted and text[pos - 2:pos - 1] not in WORD_BEFORE_DENG:
            break
        pos -= 1
    if text.count("》", pos, head_start) > text.count("《", pos, head_start):
        pos = text.rfind("》", pos, head_start) + 1    # 作《…》专题讲座: the title is not part of the name
    while pos < head_start and (text[pos].isdigit() and DATE.match(text, pos)):
        pos = DATE.match(text, pos).end()
    if text[pos:pos + 1] == "“" and "”" not in text[pos:end_of_name]:
        pos += 1   # 举办“宪法宣传周”活动: the quote opens before the name, it is not part of it
    return pos


def extract_events(a: Analysis, lex: Lexicon) -> Analysis:
    """Event mentions, their dates (first dated mention), place and organizer."""
    text, found = a.document.text, []
    spans = set()
    title = a.document.title_span
    heads = list(lex.heads["Event"]) + [(h, "held") for h in HELD_HEADS]
    for head, hid in heads:
        for m in re.finditer(re.escape(head), text):
            if text[m.end():m.end() + 1] in NOT_AFTER_HEAD or text.startswith("中心", m.end()) \
                    or head.endswith("会") and text.startswith("议", m.end()) \
                    or head == "全会" and text[m.start() - 1:m.start()] not in PLENARY_BEFORE:
                continue   # 会议室 is a room; 视频会 in 视频会议室 is part of 会议, read as such; 抓好全会精神 names none
            start = left_edge(text, m.end(), m.start())
            themed = THEMED.search(text, max(0, start - 40), start) if head == "活动" and start == m.start() - 2 else None
            start = themed.start() if themed else start      # 以“X”为主题的宣传活动: the theme names it
            # 此次“法治夜话”普法宣传活动: a named activity the article looks back on was held
            looked_back = hid == "held" and text.startswith(THIS, start) and m.start() - start >= 6
            start += 2 if looked_back else 0
            # a title X开展Y活动 reports an activity held (not a campaign or a selection: 专项活动, 评选活动)
            titled = head == "活动" and title is not None and m.end() == title.end \
                and TITLE_CARRIED_OUT.search(text, title.start, start) is not None \
                and not text.endswith(NOT_HELD_KINDS, 0, m.end()) and "系列" not in text[start:m.end()]
            reported = looked_back or titled
            # 活动 is an event only where it is held (在…举行); a ceremony also after 举行/举办 (举办了颁奖命名仪式)
            # (or 举行“X”活动: a named activity held)
            end = m.end()     # 宣传活动(南充分会场)在…举行: a bracketed venue or part after the head belongs to the name
            if (b := BRACKET_AFTER.match(text, end)) and HELD.match(text, b.end()):
                end = b.end()
            # (“…系列活动”在…启动: a quoted whole name, held after its closing quote)
            closed = end + 1 if text.startswith("”", end) and text.startswith("“", start - 1) else end
            if hid == "held" and not reported and not HELD.match(text, closed) \
                    and not (QUOTE_OPENS.match(text, start) and STARTS.match(text, end)) \
                    and not ((head != "活动" or QUOTE_OPENS.match(text, start))
                             and HELD_VERB_BEFORE.search(text, max(0, start - 4), start)) \
                    and not (head == "活动" and (CARRIED_OUT_AT.search(text, max(0, start - 18), start)
                                                 or DATED_CARRIED_OUT.search(text, max(0, start - 50), start))):
                continue
            short = len(text[start:m.start()]) < 3 and len(head) < 5   # 开放日活动 names itself
            if short or (GENERIC.match(text[start:m.start()]) and len(head) < 5) or text.startswith(BAD_START, start) \
                    or text[start:m.start()].endswith(VAGUE_BEFORE_HEAD):
                continue
            spans.add((start, end, hid))
    # keep the longest reading: 工作会议, not 工作会 inside it
    for start, end, hid in sorted(spans):
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in spans):
            continue
        found.append(mention(a, "Event", text[start:end], start, end, f"event:head-word:{hid}",
                             aliases=scope_alias(a, lex, text[start:end])))
    orgs = {o.evidence.end: o for o in of_class(a, "Organization") if not dict(o.attrs).get("parent")}
    for m in OWN_CEREMONY.finditer(text, a.document.body_start):   # X在Y举行揭牌仪式: X's own ceremony
        body = orgs.get(m.start())
        if body is not None and not any(s <= m.start("head") < e for s, e, _ in spans):
            name = text[body.evidence.start:body.evidence.end] + m.group("head")
            found.append(mention(a, "Event", name, m.start("head"), m.end("head"), "event:own-ceremony", inferred=True))
    for m in CONGRESS.finditer(text):
        n = cn_number(m.group(1) or m.group(2))
        name, aliases = congress_name(n)
        found.append(mention(a, "Event", name, m.start(), m.end(), "event:party-congress", aliases))
    a = extend(a, mentions=found)
    return extend(a, **event_facts(a, lex))


def relative_date(a: Analysis, lo: int, hi: int) -> tuple[str, tuple[int, int], str | None] | None:
    """The last 今天 / 昨天 / N日 between lo and hi as an ISO date, from the document's full date, with
    its span and the end of a range (8日至9日) or None."""
    d = a.document.date or ""
    if len(d) != 10:
        return None
    found = None
    for found in RELATIVE_DAY.finditer(a.document.text, lo, hi):
        pass
    if found is None:
        return None
    year, month, day = int(d[:4]), int(d[5:7]), int(d[8:])
    if found.group("yesterday"):
        try:
            return (datetime.date(year, month, day) - datetime.timedelta(days=1)).isoformat(), found.span(), None
        except ValueError:
            return None
    if found.group("day"):
        n = int(found.group("day"))
        if not 1 <= n <= 31:
            return None
        if n > day:   # 28日 in a paper of the 2nd: last month
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        day = n
    last = int(found.group("last")) if found.group("last") and day <= int(found.group("last")) <= 31 else None
    return (f"{year:04d}-{month:02d}-{day:02d}", found.span(),
            f"{year:04d}-{month:02d}-{last:02d}" if last else None)


def event_facts(a: Analysis, lex: Lexicon) -> dict[str, list]:
    """Dates, heldIn and organizedBy for each event."""
    text, attrs, rels, dated, venues = a.document.text, [], [], set(), []
    for ev in of_class(a, "Event"):
        s = sentence_at(a, ev.evidence.start)
        if s is None:
            continue
        da = date_after(text, ev.evidence.end)
        # 贯彻落实全国政法工作会议精神: a meeting referred to takes no date from the sentence
        if ev.name not in dated and not text.startswith("精神", ev.evidence.end):
            dm = None
            for d in DATE.finditer(text, s.start, ev.evidence.start):
                dm = d
            # 12月4日,在“国家宪法日”到来之际,…仪式举行: an occasion named on the way is not what the date is of
            between = [e for e in of_class(a, "Event") if dm and dm.end() <= e.evidence.start < ev.evidence.start
                       and not OCCASION_AFTER.match(text, e.evidence.end) and not e.name.endswith(OBSERVANCE_DAYS)]
            # (11月8日是法律援助宣传日,…举办了颁奖仪式: the day's name is no event held in between)
            # 12月4日是国家宪法日,昨日,…活动举行: a relative day after the last full date is the nearer one
            rel = relative_date(a, dm.end() if dm else s.start, ev.evidence.start)
            if rel and not any(rel[1][1] <= e.evidence.start < ev.evidence.start for e in of_class(a, "Event")):
                dated.add(ev.name)
                attrs.append(Attribute(ev.key, "startDate", rel[0], "date", evidence(a, *rel[1], "event:date-relative")))
                if rel[2]:
                    attrs.append(Attribute(ev.key, "endDate", rel[2], "date", evidence(a, *rel[1], "event:date-relative-range")))
            elif dm and not between:
                dated.add(ev.name)
                attrs += date_attributes(a, ev, dm)
            elif dm is None and da:   # 会议于3月5日在长沙召开
                dated.add(ev.name)
                attrs += date_attributes(a, ev, da)
        before = text[s.start:ev.evidence.start]
        after = da.end() if da else ev.evidence.end + (text[ev.evidence.end:ev.evidence.end + 1] == "”")   # “…座谈会”在…召开
        held = HELD.match(text, after) or HELD_BEFORE.search(before)
        if held:
            offset = s.start if held.re is HELD_BEFORE else 0
            v, r = held_in(a, lex, ev, held.group("where"), offset + held.start("where"),
                           min(ev.evidence.start, offset + held.start()), max(ev.evidence.end, offset + held.end()))
            venues += v
            rels += r
        om = ORGANIZE.search(before)
        if om:
            verb_at = s.start + om.start()
            # 新疆司法厅近日召开的: the body stands before the time words, whatever 在… matched
            timed = TIME_BEFORE_VERB.search(before)
            found = organizers(a, verb_at) or (organizers(a, s.start + timed.start()) if timed else [])
            # A、B主办,C和D承办的X: the hosts of an earlier clause as well
            found += [o for h in SPONSORED.finditer(before) if s.start + h.start() < verb_at
                      for o in organizers(a, s.start + h.start()) if o not in found]
            for org in found or sentence_subject(a, s.start, verb_at):
                rels.append(relation(a, ev.key, "organizedBy", org.key, org.evidence.start,
                                     ev.evidence.end, "event:organized-by"))
        # 司法部全国监狱工作推进会, 省司法厅2016年工作会议: the body written right before the event's name, or
        # opening it, holds it
        named = [o for o in of_class(a, "Organization") if not dict(o.attrs).get("parent") and (
                 OWN_EVENT_GAP.fullmatch(text, o.evidence.end, ev.evidence.start)
                 or o.evidence.start == ev.evidence.start and o.evidence.end < ev.evidence.end)]
        led = LED_BY.search(text, s.start, ev.evidence.start) or GUIDED.search(text, s.start, ev.evidence.start)
        if named and not om and not (led and led.re is GUIDED):
            org = max(named, key=lambda o: o.evidence.end - o.evidence.start)
            rels.append(relation(a, ev.key, "organizedBy", org.key, org.evidence.start, ev.evidence.end,
                                 "event:named-with-organizer"))
        if led:
            rels += [relation(a, ev.key, "organizedBy", org.key, org.evidence.start, ev.evidence.end, "event:led-by")
                     for org in sponsors(a, led, ev.evidence.start)]
    # 3月5日,会议在长沙召开: a date before the head word of the article's event, which no named one dates
    main = main_event(a)
    if main is not None and main.name not in dated:
        for m in GENERIC_HELD.finditer(text, a.document.body_start):
            dm = None
            for d in DATE.finditer(text, max(a.document.body_start, m.start() - 24), m.start()):
                dm = d
            named = [e for e in of_class(a, "Event") if dm and dm.end() <= e.evidence.start < m.end()]
            if dm and not named and not re.search(r"[。；;\n]", text[dm.end():m.start()]) \
                    and main.name.endswith(m.group("head")):
                attrs += date_attributes(a, main, dm, "event:date-of-head-word")
                break
    # 3月5日,市司法局局长一行到汝南调研…最后在县司法局会议室召开了座谈会: an article of one day, the
    # event held in it undated: the event is of that day
    if main is not None and not any(x.predicate == "startDate" for x in attrs):
        days = {(d.group(1), d.group(2), d.group(3)) for d in DATE.finditer(text, a.document.body_start)}
        first = DATE.search(text, a.document.body_start)
        s = sentence_at(a, main.evidence.start)
        if len(days) == 1 and first and first.end() <= main.evidence.start and s \
                and HELD_VERB_NEAR.search(text, max(s.start, main.evidence.start - 8), min(s.end, main.evidence.end + 6)):
            attrs += date_attributes(a, main, first, "event:date-of-the-day")
    # 会议于3月5日至6日举行: the head word of an event named before, then its date
    for m in HEAD_THEN_DATE.finditer(text):
        da = date_after(text, m.end())
        named = named_before(a, m.group("head"), m.start())
        if da and named and named[-1].name not in dated:
            dated.add(named[-1].name)
            attrs += date_attributes(a, named[-1], da, "event:date-after-head-word")
    # 活动由A联合B共同主办,C承办: a sentence opening with the head word of an event named before
    for m in AGAIN_LED_BY.finditer(text):
        s = sentence_at(a, m.start())
        named = named_before(a, m.group("head"), m.start())
        led = LED_BY.match(text, m.end() - 1)
        if s is None or s.start != m.start() or not named or not led:
            continue
        rels += [relation(a, named[-1].key, "organizedBy", org.key, org.evidence.start, org.evidence.end,
                          "event:led-by-again") for org in sponsors(a, led, s.end)]
    return {"attributes": attrs, "relations": rels, "mentions": venues}


def named_before(a: Analysis, head: str, pos: int) -> list[Mention]:
    """The events named before pos whose name ends in head (会议, 活动): what 会议… refers back to."""
    return [e for e in of_class(a, "Event") if e.evidence.end <= pos and e.name.endswith(head)]


def sponsors(a: Analysis, led: re.Match, limit: int) -> list[Mention]:
    """The bodies of 由A、B主办 (a LED_BY match) and of a 承办 clause after it ending before limit
    (…主办,C、D承办的), those written inside a longer name left out."""
    spans = [led.span("who")]
    more = CO_ORGANIZED.match(a.document.text, led.end())
    if more and more.end() <= limit:
        spans.append(more.span("who"))
    return [org for org in outermost(of_class(a, "Organization")) if not dict(org.attrs).get("parent")
            and any(lo <= org.evidence.start and org.evidence.end <= hi for lo, hi in spans)]


def date_after(text: str, pos: int) -> re.Match | None:
    """A date right after an event's name (…会议于3月5日在长沙召开, 会议3月5日召开)."""
    lead = DATE_LEAD.match(text, pos)
    return DATE.match(text, lead.end())


def date_attributes(a: Analysis, ev: Mention, dm: re.Match, rule: str = "event:date") -> list[Attribute]:
    """startDate (and endDate of a range) of an event from a DATE match; the document's year when
    the date has none."""
    year = dm.group(1) or (str(a.document.year) if a.document.year else None)
    if not year:
        return []
    m1, d1 = int(dm.group(2)), int(dm.group(3))
    out = [Attribute(ev.key, "startDate", f"{int(year):04d}-{m1:02d}-{d1:02d}", "date",
                     evidence(a, dm.start(), dm.end(), rule))]
    if dm.group(5):
        end = f"{int(year):04d}-{int(dm.group(4) or m1):02d}-{int(dm.group(5)):02d}"
        out.append(Attribute(ev.key, "endDate", end, "date", evidence(a, dm.start(), dm.end(), rule + "-range")))
    return out


def outermost(orgs: list[Mention]) -> list[Mention]:
    """The organizations not written inside a longer one (中共X市委 inside 中共X市委某某工委)."""
    return [o for o in orgs if not any(p.evidence.start <= o.evidence.start and o.evidence.end <= p.evidence.end
                                       and p.evidence.end - p.evidence.start > o.evidence.end - o.evidence.start
                                       for p in orgs)]


def held_in(a: Analysis, lex: Lexicon, ev: Mention, where: str, at: int, lo: int, hi: int) -> tuple[list, list]:
    """Venue mentions and heldIn relations for a place phrase: a named venue (坛城广场), else a place of
    the lexicon (an institution as venue, 在市强戒所举行, is left alone)."""
    venue = VENUE.fullmatch(where) or VENUE.search(where)
    pm = place_regex(lex).search(where)
    if venue:   # the venue itself, named as written
        lo_v = at + venue.start()
        return ([mention(a, "Place", venue.group(), lo_v, lo_v + len(venue.group()), "event:venue")],
                [relation(a, ev.key, "heldIn", ("Place", venue.group()), lo, hi, "event:held-in-venue")])
    village = VILLAGE.fullmatch(where, pm.end()) if pm else None
    if village:     # 在乐安县龚坊镇陀上村举行: the village, named as written
        lo_v = at + village.start("name")
        return ([mention(a, "Place", village.group("name"), lo_v, lo_v + len(village.group("name")), "event:village")],
                [relation(a, ev.key, "heldIn", ("Place", village.group("name")), lo, hi, "event:held-in-village")])
    if pm:
        return [], [relation(a, ev.key, "heldIn", ("Place", lex.place(pm.group()).name), lo, hi, "event:held-in")]
    return [], []


# a clause of a theme or an occasion, before the one with the verb: 以“…”为主题, / 以…为契机,
FRAME_BEFORE = re.compile(r"以(?:“[^“”]{1,60}”|[^，,。；;“”]){1,60}?为(?:主题|契机|载体|抓手)[，,]$")
ADVERBS = re.compile(r"(?:成功|隆重|顺利|正式|精心|还|也)*")


def sentence_subject(a: Analysis, lo: int, verb_at: int) -> list[Mention]:
    """X来拉萨考察指导工作,并于17日在…召开Y: a clause opening with 并 shares the sentence's first body; so
    does one after a clause of the theme or occasion (X以“…”为主题,成功举办Y)."""
    text = a.document.text
    clause = max(text.rfind(c, lo, verb_at) for c in "，,；;") + 1
    framed = FRAME_BEFORE.search(text, lo, clause) and ADVERBS.fullmatch(text, clause, verb_at)
    if clause <= lo or not (text.startswith("并", clause) or framed):
        return []
    actor = acting(a, [o for o in of_class(a, "Organization") if not dict(o.attrs).get("parent")], lo, clause - 1)
    return [actor] if actor else []


def organizers(a: Analysis, verb_at: int) -> list[Mention]:
    """The organizations joined by 、/和 (or 联合, 会同, 携手: 省司法厅联合某大学举办) that end right before
    the verb (市委宣传部、市司法局联合举办)."""
    text, out, pos = a.document.text, [], verb_at
    orgs = of_class(a, "Organization")
    while True:
        ending = [o for o in orgs if o.evidence.end == pos]
        if not ending:
            return out
        org = min(ending, key=lambda o: o.evidence.start)
        out.append(org)
        pos = org.evidence.start
        if pos and text[pos - 1] in "、和与及":
            pos -= 1
        elif text.endswith(("联合", "会同", "携手"), 0, pos):
            pos -= 2
        else:
            return out


def main_event(a: Analysis) -> Mention | None:
    """The article's event: the first one named (the title counts), congresses aside, and an observance
    day (第十个全国法制宣传日) only when nothing else is held; a meeting only referred to (为贯彻十八届
    四中全会《决定》, 学习全会精神) when no other is named."""
    text = a.document.text
    evs = [m for m in of_class(a, "Event") if m.evidence.rule != "event:party-congress"]
    held = [m for m in evs if not m.name.endswith(OBSERVANCE_DAYS)]
    here = [m for m in held if not REFERRED_BEFORE.search(text, max(0, m.evidence.start - 8), m.evidence.start)
            and not text.startswith(REFERRED_AFTER, m.evidence.end)]
    return (here or held or evs or [None])[0]
