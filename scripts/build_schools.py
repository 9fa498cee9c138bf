"""Build ``vocstudy/data/schools.csv``: China's colleges and universities with their city.

Run from the repository root, with the PyPI package py92 (1.0.3, MIT) importable::

    .venv/bin/python scripts/build_schools.py

Input
-----
* py92's ``cn_schools.csv`` (the Ministry of Education's list of regular institutions of
  higher education, 2,779 rows: 学校, 省份, 城市, 层次 本科/专科, 性质 …). Only the file is
  read; the package is never imported, here or by vocstudy.
* ``vocstudy/data/gazetteer.csv``: the names the city and province are written with.

Output: one row per school - ``name``, ``province``, ``city`` (gazetteer names: the
prefecture-level city, a municipality, or a county-level unit directly under its
province such as 济源市 or 石河子市), ``level`` (本科 or 专科) - sorted by name;
byte-identical on re-runs. Names are NFKC-normalised as the cleaned text is (中国矿业大学(北京)). A school whose city the gazetteer does not hold is left out and
printed. The city is looked up in the school's province first; a city that lies in another
province (河北工业大学 is in 天津, 西藏民族大学 in 咸阳) is looked up across the country
when only one unit there bears the name.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "vocstudy" / "data"
SOURCE = "py92 1.0.3 (MIT), cn_schools.csv"


def _source_csv() -> Path:
    spec = importlib.util.find_spec("py92")
    if spec is None or spec.origin is None:
        sys.exit("py92 is not installed: pip install py92==1.0.3")
    return Path(spec.origin).parent / "cn_schools.csv"


def _gazetteer() -> tuple[dict[str, str], dict[str, list[dict[str, str]]]]:
    """Province short name → province; a name or short name → the Chinese units bearing it."""
    provinces: dict[str, str] = {}
    units: dict[str, list[dict[str, str]]] = defaultdict(list)
    with open(DATA / "gazetteer.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["level"] == "province":
                provinces[r["short"] or r["name"]] = r["name"]
                provinces[r["name"]] = r["name"]
            if r["level"] in ("city", "district") and r["adcode"]:
                for key in {r["name"], r["short"]} - {""}:
                    units[key].append(r)
    return provinces, units


#: Province-level units that are cities themselves.
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})


def _city(row: dict[str, str]) -> str:
    """The city of a unit: a prefecture-level city itself, a county its city (a county
    directly under a province, with no city, is its own)."""
    return row["name"] if row["level"] == "city" else (row["city"] or row["name"])


def main() -> None:
    provinces, units = _gazetteer()
    out: dict[str, tuple[str, str, str]] = {}
    left_out: list[str] = []
    with open(_source_csv(), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            # NFKC: 中国矿业大学（北京） as cleaned text writes it, 中国矿业大学(北京)
            name = unicodedata.normalize("NFKC", r["学校"]).strip()
            city_name = r["城市"].strip()
            province = provinces.get(r["省份"].strip())
            municipality = provinces.get(city_name)
            if municipality in MUNICIPALITIES:  # 天津 (河北工业大学 lies in 天津)
                out[name] = (municipality, municipality, r["层次"])
                continue
            cands = units.get(city_name, [])
            here = [u for u in cands if u["province"] == province]
            if not here and len({_city(u) for u in cands}) == 1:
                here = cands  # a city of another province (西藏民族大学 is in 咸阳)
            # a prefecture-level city before a county of the same name
            cities = [u for u in here if u["level"] == "city"] or here
            found = {(u["province"], _city(u)) for u in cities}
            if len(found) != 1:
                left_out.append(f"{name} ({r['省份']} {city_name})")
                continue
            prov, city = found.pop()
            out[name] = (prov, city, r["层次"])
    with open(DATA / "schools.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "province", "city", "level"])
        for name in sorted(out):
            w.writerow([name, *out[name]])
    print(f"{len(out)} schools written; left out ({len(left_out)}): {'; '.join(left_out)}")


if __name__ == "__main__":
    main()
