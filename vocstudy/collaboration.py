"""Pairs of places a sentence presents as working together, with mechanism and evidence.

A sentence yields pairs only when it carries a collaboration cue (协议, 联盟, 共同体,
论坛, 对口帮扶, 东西部协作, 联合培养, 交流, 协同发展 … listed with their mechanism in
``data/collaboration_cues.csv``). The places are those of :func:`vocstudy.gazetteer.find_places`:

* a bloc (成渝地区双城经济圈) or a multi-place abbreviation (川渝, 京台, 两岸) stands for its
  members, and its members are paired with each other;
* separate place mentions are paired with each other, except
  - venues (在四川省宜宾市举行, 在渝签署): where it happened, not who took part;
  - a place written just before a place inside it (四川省宜宾市, 西藏昌都), or named in
    the same clause as a place inside it: the more specific one speaks for both; and a
    place is never paired with a place it contains;
  - places listed after a first-person or anaphoric subject (我校与A市…、B市…签订协议):
    the partners of an unnamed party are not paired with each other;
  - with ``A与B、C`` the pairs are A–B and A–C, not B–C;
  - places are paired within a clause (甲与乙合作，丙与丁结对) when a clause names two or
    more; across the sentence otherwise.

A bloc or abbreviation pairs its members only when a cue stands in its own clause
(服务东北振兴 is not a collaboration of 辽宁、吉林、黑龙江; 成立川渝建设职业教育联盟 is), and
takes the strongest cue of that clause; separate places take the strongest cue of the
sentence, in the order of :data:`MECHANISMS`.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from itertools import combinations

import pandas as pd

from ._parallel import doc_items, map_docs
from .gazetteer import PlaceMatch, _find_in_units, bloc_members, document_places, lookup
from .paths import data_path
from .text import split_sentences

COLLABORATION_COLUMNS = ["doc_id", "sent_id", "a", "b", "mechanism", "evidence"]

#: The mechanism vocabulary, strongest first.
MECHANISMS = (
    "assistance",
    "agreement",
    "alliance",
    "community",
    "forum",
    "joint_programme",
    "exchange",
    "coordination",
)

_VENUE_RE = re.compile(
    r"(?<![现正存所实])[在于]([^，。；！？、与和]{1,30}?)(?:隆重|正式|成功|顺利)?"
    r"(?:举行|举办|召开|开幕|闭幕|签署|签约|签订|启动|进行)"
)
_CLAUSE_RE = re.compile(r"[^，；：,;:]+")
_SUBJECT_RE = re.compile(
    r"(?:^|[，。；：“,;:])\s*(?:我|本|该|学校|我们)(?:校|院|市|区|县|省|所|单位|集团|中心|们)?"
    r"(?:还|也|将|已|先后|积极|主动|多次|分别|已经)*(?:与|和|同|联合|携手)"
)
_JOIN_RE = re.compile(r"\s*(?:并|还|也|同时|又)?(?:与|和|同)")
_CONNECTOR_RE = re.compile(r"(?<![参给赋])与(?!会)|(?<![温总缓共])和(?![谐平美睦])|携手|联合(?!国)")


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], dict[str, str]]:
    with data_path("collaboration_cues.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    mech = {r["cue"]: r["mechanism"] for r in rows}
    pattern = re.compile("|".join(re.escape(c) for c in sorted(mech, key=lambda c: (-len(c), c))))
    return pattern, mech


def mechanism_of(sentence: str) -> str | None:
    """The strongest collaboration mechanism a sentence's cues name, or ``None``.

    Masking cues (校企合作, 产教融合 …, mechanism ``none``) hide the words they contain.

    Examples
    --------
    >>> mechanism_of("两市签署职业教育联盟合作协议。")
    'agreement'
    >>> mechanism_of("深化校企合作。") is None
    True
    """
    pattern, mech = _cues()
    found = {mech[m.group(0)] for m in pattern.finditer(sentence)} - {"none"}
    for m in MECHANISMS:
        if m in found:
            return m
    return None


def _units(
    sentence: str, matches: list[PlaceMatch]
) -> list[tuple[int, int, tuple[str, ...], bool]]:
    """Group matches by span: (start, end, place names, is_group)."""
    spans: dict[tuple[int, int], list[PlaceMatch]] = {}
    for m in matches:
        spans.setdefault((m.start, m.end), []).append(m)
    out = []
    for (s, e), ms in spans.items():
        if ms[0].level == "bloc":
            out.append((s, e, bloc_members(ms[0].name), True))
        elif len(ms) > 1:
            out.append((s, e, tuple(m.name for m in ms), True))
        else:
            out.append((s, e, (ms[0].name,), False))
    return out


def _contains(outer: str, inner: str) -> bool:
    po, pi = lookup(outer), lookup(inner)
    return po is not None and pi is not None and outer != inner and po.contains(pi)


def _pairs(sentence: str, matches: list[PlaceMatch]) -> dict[tuple[str, str], str]:
    """Pairs with their mechanism: a bloc or abbreviation pairs its members when its own
    clause carries a cue; separate places pair under the sentence's strongest cue."""
    found: dict[tuple[str, str], str] = {}

    def add(a: str, b: str, mech: str) -> None:
        if a == b:
            return
        key = (a, b) if a < b else (b, a)
        old = found.get(key)
        if old is None or MECHANISMS.index(mech) < MECHANISMS.index(old):
            found[key] = mech

    units = _units(sentence, matches)
    clauses = [(c.start(), c.end()) for c in _CLAUSE_RE.finditer(sentence)]
    for s, e, names, group in units:
        if not group:
            continue
        cs, ce = next(((a, b) for a, b in clauses if a <= s < b), (s, e))
        mech = mechanism_of(sentence[cs : max(ce, e)])
        if mech is not None:
            for a, b in combinations(sorted(set(names)), 2):
                add(a, b, mech)
    sent_mech = mechanism_of(sentence)
    if sent_mech is None:
        return found
    venues = [(m.start(1), m.end(1)) for m in _VENUE_RE.finditer(sentence)]
    singles = [
        (s, e, names[0])
        for s, e, names, group in units
        if not group and not any(vs <= s and e <= ve for vs, ve in venues)
    ]
    # 四川省宜宾市, 西藏昌都: the more specific place of such a chain speaks for both
    singles = [
        u
        for u, nxt in zip(singles, [*singles[1:], None])
        if not (nxt is not None and nxt[0] == u[1] and _contains(u[2], nxt[2]))
    ]
    if len({n for _, _, n in singles}) < 2:
        return found
    subj = _SUBJECT_RE.search(sentence)
    if subj is not None and subj.end() <= singles[0][0]:
        return found  # 我校与A、B…: partners of an unnamed party are not paired
    # pair within clauses first (甲与乙合作,丙与丁结对); the whole sentence otherwise
    by_clause = [([u for u in singles if cs <= u[0] < ce], cs) for cs, ce in clauses]
    groups = []
    prev: list = []
    joined = False
    for g, cs in by_clause:
        if len({n for _, _, n in g}) >= 2:
            groups.append(g)
        elif g and prev and _JOIN_RE.match(sentence, cs):
            for a in {n for _, _, n in prev}:  # …共建联盟,并与重庆市永川区开展交流
                if not (_contains(a, g[0][2]) or _contains(g[0][2], a)):
                    add(a, g[0][2], sent_mech)
            joined = True
        if g:
            prev = g
    if not groups and not joined:
        groups = [singles]
    for g in groups:
        inner = {n for _, _, n in g}
        g = [u for u in g if not any(_contains(u[2], o) for o in inner)]  # 北京…丰台: 丰台
        if len({n for _, _, n in g}) < 2:
            continue
        first = g[0][0]
        conn = next(
            (
                c.start()
                for c in _CONNECTOR_RE.finditer(sentence)
                if first < c.start() < g[-1][0]
                and not any(s <= c.start() < e for s, e, _, _ in units)
            ),
            None,
        )
        left = sorted({n for s, _, n in g if conn is None or s < conn})
        right = sorted({n for s, _, n in g if conn is not None and s > conn} - set(left))
        for a, b in [*combinations(left, 2), *((a, b) for a in left for b in right)]:
            if not (_contains(a, b) or _contains(b, a)):
                add(a, b, sent_mech)
    return found


def find_collaborations(
    sentence: str, matches: list[PlaceMatch] | None = None
) -> list[tuple[str, str, str]]:
    """Pairs of places one sentence presents as working together.

    Parameters
    ----------
    sentence : str
        One sentence of cleaned text.
    matches : list of PlaceMatch, optional
        Its places, when already found with a wider context (a whole document).

    Returns
    -------
    list of (a, b, mechanism)
        ``a < b``, sorted.

    Examples
    --------
    >>> find_collaborations("重庆市教委与四川省教育厅在渝签署框架协议。")
    [('四川省', '重庆市', 'agreement')]
    """
    if mechanism_of(sentence) is None:
        return []
    if matches is None:
        matches = _find_in_units([sentence])[0]
    return [(a, b, mech) for (a, b), mech in sorted(_pairs(sentence, matches).items())]


def _doc_collaborations(item: tuple) -> list[tuple]:
    doc_id, text = item
    text = text or ""
    if not any(mechanism_of(s) for s in split_sentences(text)):
        return []
    rows = []
    for sent_id, (sent, matches) in enumerate(document_places(text)):
        for a, b, mech in find_collaborations(sent, list(matches)):
            rows.append((doc_id, sent_id, a, b, mech, sent))
    return rows


def collaborations(corpus: pd.DataFrame, n_jobs: int = 1) -> pd.DataFrame:
    """One row per pair of places a sentence presents as working together.

    Parameters
    ----------
    corpus : DataFrame
        The corpus table (index ``doc_id``, column ``text``).
    n_jobs : int
        Processes to use; the result does not depend on it.

    Returns
    -------
    DataFrame
        ``doc_id``, ``sent_id``, ``a``, ``b`` (canonical names, ``a < b``), ``mechanism``
        (one of :data:`MECHANISMS`), ``evidence`` (the sentence); one row per
        (``doc_id``, ``sent_id``, ``a``, ``b``), ordered by those columns.

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"d": "川渝两地共建职业教育联盟。"}, clean=False)
    >>> collaborations(c)[["a", "b", "mechanism"]].values.tolist()
    [['四川省', '重庆市', 'alliance']]
    """
    parts = map_docs(
        _doc_collaborations, doc_items(corpus, "text"), n_jobs=n_jobs, desc="collaborations"
    )
    df = pd.DataFrame([r for part in parts for r in part], columns=COLLABORATION_COLUMNS)
    df["sent_id"] = df["sent_id"].astype("int64")
    for col in ("doc_id", "a", "b", "mechanism", "evidence"):
        df[col] = df[col].astype(object)
    df = df.drop_duplicates(["doc_id", "sent_id", "a", "b"])
    return df.sort_values(["doc_id", "sent_id", "a", "b"], kind="stable").reset_index(drop=True)


__all__ = [
    "collaborations",
    "find_collaborations",
    "mechanism_of",
    "MECHANISMS",
    "COLLABORATION_COLUMNS",
]
