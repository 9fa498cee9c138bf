"""Patterns rewritten for speed find exactly what the plain forms find.

Some hot patterns are written so that the regex engine can skip positions quickly (a
look-ahead on the first character, a bracket before the look-behind it guards), and
some per-line steps only run when the line holds what the pattern needs. Each is
checked here against the plain pattern it replaces, on random strings drawn from the
characters that matter and on every line of the seeds and the validation corpus.
"""

from __future__ import annotations

import random
import re

import pytest

from vocstudy import cleaning, dates
from vocstudy.paths import PROJECT_ROOT as REPO_ROOT

CJK = cleaning.CJK

PLAIN_PINYIN = re.compile(rf"(?<=[{CJK}])(?:[((](?:{cleaning._PINYIN})[))])+")
PLAIN_TONELESS = re.compile(rf"(?<=[{CJK}])(?:\((?:{cleaning._INITIAL}{cleaning._FINAL})\))+")
# the date pattern without its first-character look-ahead
PLAIN_DATE = re.compile(
    dates._DATE_RE.pattern.replace(f"(?=[{dates._DATE_FIRST}])(?:", "(?:", 1), re.X
)


def _real_lines() -> list[str]:
    lines: list[str] = []
    for folder in ("seeds", "validation/articles"):
        for path in sorted((REPO_ROOT / folder).glob("*.txt")):
            lines.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
    return lines


def _random_strings(alphabet: str, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def _same(a: re.Pattern, b: re.Pattern, texts: list[str]) -> None:
    for t in texts:
        got = [(m.span(), m.groupdict()) for m in a.finditer(t)]
        want = [(m.span(), m.groupdict()) for m in b.finditer(t)]
        assert got == want, t


def test_plain_date_pattern_is_the_old_one():
    assert PLAIN_DATE.pattern != dates._DATE_RE.pattern
    assert "(?=" not in PLAIN_DATE.pattern.split("(?P<iso>")[0]


@pytest.mark.parametrize("seed", [0, 1])
def test_pinyin_patterns_match_the_plain_ones(seed):
    alphabet = "職业業教育(()()yèzhiyeàāng a1AI一 "
    texts = _random_strings(alphabet, 4000, seed) + _real_lines()
    texts += ["職業(yè)教育(AI)", "深(shen)職(zhi)院(yuan)", "(yè)開頭", "業(yè)(jiào)(yù)"]
    _same(cleaning._PINYIN_RE, PLAIN_PINYIN, texts)
    _same(cleaning._TONELESS_RE, PLAIN_TONELESS, texts)
    assert cleaning.strip_pinyin("職業(yè)教育(AI)") == ("職業教育(AI)", 1)


@pytest.mark.parametrize("seed", [0, 1])
def test_date_pattern_matches_the_plain_one(seed):
    alphabet = "2019年7月24日号至-/.今去明前本当同次该上下半旬初底末季度昨天后〇一二三十每个第 ,和"
    texts = _random_strings(alphabet, 4000, seed) + _real_lines()
    texts += ["2024年7月24日至26日", "二〇二三年十月", "9月12日至18日", "上半年", "昨天"]
    _same(dates._DATE_RE, PLAIN_DATE, texts)


def test_line_steps_gated_as_the_patterns_need():
    lines = _real_lines() + _random_strings(
        "日期date:: 2024-05-17?产教融合【编辑:王五】印页/h://", 3000, 3
    )
    for line in lines:
        new = cleaning.normalize_whitespace(line)
        if cleaning._INLINE_CREDIT_RE.search(new) and new[-1:] not in cleaning._CREDIT_CLOSE:
            raise AssertionError(new)
        if cleaning._HEADLINE_SUFFIX_RE.search(new):
            assert cleaning._may_have_headline_suffix(new), new
        if cleaning._LOST_INDENT_RE.search(new):
            assert new[:1] == "?", new
        if cleaning._DATE_PREFIX_RE.search(new):
            assert new[:2] == "日期" or new[:4].lower() == "date", new
        if cleaning._URL_RE.search(new):
            assert "." in new or "://" in new, new


def test_country_pair_pattern_matches_the_plain_one():
    from vocstudy import collaboration

    pattern, members = collaboration._country_pairs()
    head = pattern.pattern.index("(?<!")
    assert pattern.pattern.startswith("(?=[")
    plain = re.compile(pattern.pattern[head:])
    alphabet = "".join(sorted({ch for m in members for ch in m})) + "高集职教合作 ,。"
    texts = _random_strings(alphabet, 4000, 5) + _real_lines()
    texts += ["中德职教合作示范基地", "高中德育", "集中俄语", "中俄两国职业教育交流"]
    _same(pattern, plain, texts)


def test_automaton_engines_give_the_same_spans():
    from vocstudy._automaton import Automaton
    from vocstudy.gazetteer import _lexicon

    keys = _lexicon().automaton.keys
    fast, slow = Automaton(keys), Automaton(keys, engine="python")
    assert fast.engine == "ahocorasick_rs"
    for line in _real_lines()[:3000]:
        assert fast.spans(line) == slow.spans(line), line


@pytest.mark.parametrize("engine", ["auto", "python"])
def test_spans_by_part_are_the_spans_of_each_part(engine):
    from vocstudy._automaton import Automaton
    from vocstudy.gazetteer import _lexicon

    auto = Automaton(_lexicon().automaton.keys, engine=engine)
    lines = _real_lines()[:4000]
    rng = random.Random(7)
    k = 0
    while k < len(lines):
        n = rng.randint(0, 12)
        parts = lines[k : k + n] + [""] * rng.randint(0, 1)
        assert auto.spans_by_part(parts) == [auto.spans(p) for p in parts]
        k += max(n, 1)
    assert Automaton(["甲\n乙", "乙"]).spans_by_part(["甲", "乙"]) == [[], [(0, 1)]]


def _rewritten() -> list[tuple[re.Pattern, re.Pattern]]:
    import importlib
    import pkgutil

    import vocstudy
    from vocstudy._regex import REWRITTEN

    for m in pkgutil.iter_modules(vocstudy.__path__):
        importlib.import_module(f"vocstudy.{m.name}")
    return sorted(
        ((fast, re.compile(*plain)) for fast, plain in REWRITTEN.items()),
        key=lambda kv: kv[1].pattern,
    )


def test_patterns_are_rewritten():
    rewritten = _rewritten()
    assert len(rewritten) >= 30
    for fast, plain in rewritten:
        assert fast.pattern.startswith("(?=[") and fast.pattern.endswith(plain.pattern + ")")
        assert fast.flags == plain.flags


def test_rewritten_patterns_find_what_the_plain_ones_find():
    lines = _real_lines()
    for fast, plain in _rewritten():
        # random text from the pattern's own characters, so that matches do occur
        alphabet = "".join(sorted({c for c in plain.pattern if not c.isspace()})) + "。,的"
        texts = _random_strings(alphabet, 300, 11) + lines
        for t in texts:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)], (
                plain.pattern,
                t,
            )
            assert bool(fast.match(t, 1)) == bool(plain.match(t, 1))


def test_first_characters_refuses_what_it_cannot_bound():
    from vocstudy._regex import first_characters, skipping

    assert first_characters(r"a?") is None  # may match the empty string
    assert first_characters(r".要") is None
    assert first_characters(r"[^,]+") is None
    assert first_characters(r"(?i:ab)") is None  # case folded inside only
    assert first_characters(r"(?:各类|多种)[^,]{0,8}$") == "各多"
    assert skipping(r"\w+").pattern == r"\w+"


def test_an_unpickled_automaton_is_built_once_per_process():
    import pickle

    from vocstudy._automaton import Automaton

    a = Automaton(["产教融合", "融合"])
    b, c = pickle.loads(pickle.dumps(a)), pickle.loads(pickle.dumps(a))
    assert b is c  # chunks of work carrying the same lexicon share one rebuilt automaton
    assert b.spans("深化产教融合") == a.spans("深化产教融合") == [(2, 6), (4, 6)]
