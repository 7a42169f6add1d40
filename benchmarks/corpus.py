"""A varied synthetic corpus of Chinese judicial-administration news, generated from templates.

Every article is drawn with a seeded RNG from the lexicons' places, organs, posts and surnames plus
lists of given-name characters, programs, meetings, titles and numbers, so the same seed gives the
same corpus and no two articles are the same text.
"""
from __future__ import annotations

import csv
import random
from pathlib import Path

LEXICONS = Path(__file__).resolve().parent.parent / "src" / "govkg" / "lexicons"

GIVEN = list("建国明华伟军平志强文静丽霞红燕秀英玉兰海涛波勇刚毅杰峰磊鹏飞宏斌晓东春梅桂芳新民振兴永福德")
ORGANS = ["司法厅", "司法局", "监狱管理局", "戒毒管理局", "公安厅", "公安局", "人民检察院", "中级人民法院",
          "民政局", "财政局", "律师协会", "公证协会", "法律援助中心", "社区矫正管理局", "信访局"]
POSTS = ["党委书记、厅长", "党组书记、局长", "副厅长", "副局长", "政治部主任", "一级巡视员", "副巡视员",
         "处长", "主任", "会长", "副市长", "检察长", "院长"]
NATIONAL = ["司法部", "公安部", "民政部", "最高人民法院", "最高人民检察院", "中央政法委", "中华全国律师协会",
            "中国法学会", "全国普法办"]
MEETINGS = ["司法行政工作会议", "队伍建设工作会议", "社区矫正工作推进会", "人民调解工作现场会", "法治政府建设推进会",
            "公共法律服务体系建设座谈会", "监狱工作会议", "戒毒工作会议", "普法依法治理工作会议", "律师工作座谈会"]
PROGRAMS = ["“八五”普法规划", "公共法律服务体系建设", "“枫桥经验”", "法律援助惠民工程", "智慧监狱建设",
            "“谁执法谁普法”普法责任制", "社区矫正队建制改革", "“平安建设”", "人民调解“以案释法”", "“一村一法律顾问”"]
REGULATIONS = ["《社区矫正法》", "《法律援助法》", "《人民调解法》", "《监狱法》", "《律师法》", "《公证法》",
               "《戒毒条例》", "《司法所工作规范》", "《巡察工作实施办法》", "《法治政府建设实施纲要》"]
TITLES = ["全国模范司法所长", "全国人民调解能手", "全国优秀律师", "全国司法行政系统先进个人", "全国三八红旗手",
          "全国五一劳动奖章", "全国法治宣传教育先进个人", "全省优秀公务员", "全国模范人民调解委员会", "全国先进监狱"]
MEASURES = [("选拔任用处级干部", "名"), ("交流轮岗领导干部", "名"), ("修订完善制度", "项"), ("调解矛盾纠纷", "件"),
            ("办理法律援助案件", "件"), ("开展法治宣传活动", "场"), ("培训人民调解员", "人次"), ("建成公共法律服务站", "个"),
            ("接待群众来访", "人次"), ("为群众挽回经济损失", "万元")]
THEMES = ["坚持以人民为中心", "强化队伍规范化管理", "推进公共法律服务均等化", "深化司法体制改革", "筑牢安全稳定底线",
          "提升基层治理水平", "加强基层司法所建设", "推动社区矫正工作高质量发展", "优化法治化营商环境", "织密法律服务网络"]
VERBS = ["坚持", "推进", "深化", "落实", "强化", "完善", "健全", "创新", "拓展", "夯实"]
OBJECTS = ["制度建设", "队伍管理", "监督问责", "业务培训", "考核评价", "信息化建设", "基层基础", "宣传引导", "协调联动",
           "风险防控"]


def _places() -> tuple[list[str], dict[str, list[str]]]:
    with open(LEXICONS / "places.tsv", encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r.get("id")]
    provinces = [r["name"] for r in rows if r["level"] in ("province", "municipality", "autonomous_region")]
    cities: dict[str, list[str]] = {}
    for r in rows:
        if r["level"] in ("city", "prefecture") and r["parent"]:
            cities.setdefault(r["parent"], []).append(r["name"])
    return provinces, cities


def _surnames() -> list[str]:
    with open(LEXICONS / "surnames.tsv", encoding="utf-8", newline="") as fh:
        return [r["surname"] for r in csv.DictReader(fh, delimiter="\t") if r.get("id")][:120]


class ArticleMaker:
    """Draws articles from templates with one seeded RNG."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.provinces, self.cities = _places()
        self.surnames = _surnames()

    def name(self) -> str:
        """A person's name: surname plus one or two given characters."""
        r = self.rng
        return r.choice(self.surnames) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))

    def org(self, province: str) -> str:
        """An organ of the province or of one of its cities."""
        r = self.rng
        place = r.choice(self.cities.get(province) or [province]) if r.random() < 0.6 else province
        return place + r.choice(ORGANS)

    def number(self) -> str:
        """A count as the genre writes it: 125, 200余, 1.5万."""
        r = self.rng
        if r.random() < 0.2:
            return str(round(r.uniform(1, 99), 1))
        return f"{r.choice((r.randint(2, 99), r.randint(100, 9999)))}{r.choice(('', '', '余', '多'))}"

    def paragraph(self, province: str, year: int) -> str:
        """One body paragraph: several sentences of policy, statistics, people and programs."""
        r = self.rng
        out = []
        for _ in range(r.randint(3, 7)):
            kind = r.randrange(7)
            if kind == 0:
                measure, unit = r.choice(MEASURES)
                out.append(f"{r.randint(year - 3, year)}年以来,{self.org(province)}共{measure}{self.number()}{unit},"
                           f"其中{r.choice(OBJECTS)}方面{self.number()}{unit}。")
            elif kind == 1:
                names = "、".join(self.name() for _ in range(r.randint(2, 4)))
                out.append(f"{self.org(province)}大力挖掘、培树出了{names}等一批先进典型,在全系统形成了良好氛围。")
            elif kind == 2:
                out.append(f"{r.choice(NATIONAL)}于{r.randint(2005, year)}年授予{self.name()}同志“{r.choice(TITLES)}”称号。")
            elif kind == 3:
                out.append(f"{self.org(province)}深入实施{r.choice(PROGRAMS)},认真贯彻{r.choice(REGULATIONS)},"
                           f"{r.choice(VERBS)}{r.choice(OBJECTS)},取得了较好成效。")
            elif kind == 4:
                out.append(f"{self.org(province)}{r.choice(POSTS)}{self.name()}出席会议并讲话,"
                           f"{self.org(province)}{r.choice(POSTS)}{self.name()}主持会议。")
            elif kind == 5:
                share = round(r.uniform(10, 99), 2)
                out.append(f"全省{r.choice(OBJECTS)}覆盖率由原来的{round(share / 2, 2)}%提高到了{share}%。")
            else:
                out.append(f"{r.choice(VERBS)}{r.choice(OBJECTS)},{r.choice(VERBS)}{r.choice(OBJECTS)},"
                           f"为{r.choice(THEMES)}提供了坚强保证。")
        return "  " + "".join(out)

    def article(self) -> str:
        """One article: title, dateline, lead paragraph, then speech-like sections."""
        r = self.rng
        province = r.choice(self.provinces)
        year, month, day = r.randint(2012, 2023), r.randint(1, 12), r.randint(1, 28)
        meeting = r.choice(MEETINGS)
        lines = [f"{province}{meeting}召开", "", f"{year}-{month:02d}-{day:02d}", "",
                 f"  {month}月{day}日,{province}{meeting}在{r.choice(self.cities.get(province) or [province])}召开。"
                 f"{self.org(province)}{r.choice(POSTS)}{self.name()}出席会议并讲话。", ""]
        for _ in range(r.randint(2, 5)):
            lines += [r.choice(THEMES), "", self.org(province), ""]
            lines += [p for _ in range(r.randint(2, 4)) for p in (self.paragraph(province, year), "")]
        return "\n".join(lines) + "\n"


def write_corpus(folder: Path, size_mb: float, seed: int = 7) -> list[Path]:
    """Write articles into folder until they hold size_mb megabytes of UTF-8; returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    maker, total, files = ArticleMaker(seed), 0, []
    while total < size_mb * 1_000_000:
        data = maker.article().encode("utf-8")
        path = folder / f"a{len(files):06d}.txt"
        path.write_bytes(data)
        files.append(path)
        total += len(data)
    return files
