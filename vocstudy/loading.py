"""Reading article files: bytes → decoded text → cleaned text + metadata → corpus table."""

from __future__ import annotations

import hashlib
import os
import re
import weakref
from pathlib import Path

import pandas as pd

from ._parallel import concat_frames, map_frames, python_strings
from .corpus import _frame
from .document import (  # noqa: F401  (extract_metadata: re-exported, its former home)
    HTML_SUFFIXES,
    build_row,
    document_changes,
    extract_metadata,
)
from .paths import PROJECT_ROOT, SEEDS_DIR

# ---------------------------------------------------------------------------
# decoding

_BOMS = [
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]


# control characters other than \t \n \v \f \r, and the replacement character
_UNPRINTABLE_RE = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


def _printable_ratio(text: str) -> float:
    if not text:
        return 1.0
    bad = len(_UNPRINTABLE_RE.findall(text))  # one C-level scan instead of a Python loop
    return 1 - bad / len(text)


def _replaced(text: str, data: bytes, enc: str) -> int:
    """Number of U+FFFD a lenient decode added (those not already encoded in the bytes)."""
    n = text.count("\ufffd")
    if not n:
        return 0
    try:
        legit = data.count("\ufffd".encode(enc))
    except (UnicodeEncodeError, LookupError):
        legit = 0
    return max(0, n - legit)


#: A reading with more than this share of replaced characters (and more than
#: :data:`MAX_INVALID_ANY` of them) is not "mostly" that encoding: the file is then
#: ``undecodable``.
MAX_INVALID_SHARE = 0.05
MAX_INVALID_ANY = 16


def _mostly(bad: int, n: int) -> bool:
    return bad <= max(MAX_INVALID_ANY, MAX_INVALID_SHARE * n)


def decode_bytes(data: bytes) -> tuple[str, str | None, str | None]:
    """Decode a file's bytes, detecting the encoding.

    Tries, in order: a byte-order mark (UTF-8, UTF-16, UTF-32), UTF-16 without BOM
    when every other byte is NUL (Latin text), strict UTF-8, then GBK/GB18030, Big5 and
    UTF-16 without BOM — when more than one of these decodes, the reading whose
    characters are most frequent in Chinese wins. When no encoding reads the whole file,
    the file is read leniently: the encoding under which it reads best keeps the text,
    each invalid byte sequence becomes U+FFFD and the problem is ``invalid_bytes``.
    Only bytes that read as nothing in any encoding are ``undecodable``.

    Returns
    -------
    tuple
        ``(text, encoding, problem)``; ``problem`` is ``'empty'``, ``'invalid_bytes'``,
        ``'undecodable'`` or ``None``. An undecodable file gives
        ``('', None, 'undecodable')``.

    Examples
    --------
    >>> decode_bytes("职业教育".encode("gbk"))
    ('职业教育', 'gbk', None)
    >>> decode_bytes("产教融合".encode() + b"\\xff" + "校企合作".encode())
    ('产教融合\\ufffd校企合作', 'utf-8', 'invalid_bytes')
    >>> decode_bytes(b"")
    ('', None, 'empty')
    """
    if not data:
        return "", None, "empty"
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            bad = _replaced(text, data, enc)
            if bad == 0:
                return text, enc, None
            if _mostly(bad, len(text)):
                return text, enc, "invalid_bytes"
            return "", None, "undecodable"
    if b"\x00" in data:
        even, odd = data[0::2], data[1::2]
        for zeros, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
            if zeros.count(0) >= 0.3 * len(zeros):
                try:
                    text = data.decode(enc)
                except UnicodeDecodeError:
                    continue
                if _printable_ratio(text) > 0.95:
                    return text, enc, None
    try:
        text = data.decode("utf-8")
        if _printable_ratio(text) > 0.9:
            return text, "utf-8", None
        return "", None, "undecodable"
    except UnicodeDecodeError:
        pass
    from ._charfreq import char_logprob

    strict: list[tuple[float, str, str]] = []
    for enc in ("gbk", "gb18030", "big5", "cp950", "utf-16-le", "utf-16-be"):
        if enc.startswith("utf-16") and len(data) % 2:
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _printable_ratio(text) < 0.9:
            continue
        if enc == "gb18030" and any(r[1] == "gbk" for r in strict):
            continue
        if enc == "cp950" and any(r[1] == "big5" for r in strict):
            continue
        strict.append((char_logprob(text[:3000]), enc, text))  # a sample decides
    if strict:
        score, enc, text = max(strict, key=lambda r: r[0])
        if score >= -11.0:  # below: random bytes that happen to decode
            return text, enc, None
    # no encoding reads every byte: the one that reads best, leniently
    lenient: list[tuple[float, str, str]] = []
    for enc in ("utf-8", "gb18030", "big5", "utf-16-le", "utf-16-be"):
        text = data.decode(enc, errors="replace")
        bad = _replaced(text, data, enc)
        if not _mostly(bad, len(text)):
            continue
        if _printable_ratio(text.replace("\ufffd", "")) < 0.9:
            continue
        sample = text[:3000].replace("\ufffd", "")
        lenient.append((char_logprob(sample), enc, text))
    if not lenient:
        return "", None, "undecodable"
    score, enc, text = max(lenient, key=lambda r: r[0])
    if score < -11.0:
        return "", None, "undecodable"
    return text, enc, "invalid_bytes"


# ---------------------------------------------------------------------------
# rows


def _load_one(item: tuple[str, str, str]) -> dict:
    doc_id, full, shown = item
    try:
        with open(full, "rb") as fh:
            data = fh.read()
    except OSError as err:  # a file that vanished or cannot be read is still a row
        row = build_row(doc_id, shown, "", None, "unreadable")
        row["problems"] = (f"unreadable:{type(err).__name__}",)
        return {"doc_id": doc_id, **row}
    raw, enc, problem = decode_bytes(data)
    return {"doc_id": doc_id, **build_row(doc_id, shown, raw, enc, problem)}


def _load_one_printed(item: tuple[str, str, str]) -> dict:
    """:func:`_load_one` with the text's repost fingerprints (``_prints``), made in the
    worker so that processes share that work too."""
    row = _load_one(item)
    row["_prints"] = _fingerprints(row["text"]) if row["text"] else set()
    return row


def _display_paths(files: list[Path]) -> list[str]:
    """Each file's path relative to the project root (or the cwd), so tables carry no
    machine paths; the two bases are resolved once for all the files."""
    bases = (PROJECT_ROOT.resolve(), Path.cwd().resolve())
    out = []
    for p in files:
        full = p.resolve()
        for base in bases:
            if full.is_relative_to(base):
                out.append(full.relative_to(base).as_posix())
                break
        else:
            out.append(p.name)
    return out


#: File types read as articles: plain text and web pages.
ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES)

AUDIT_COLUMNS = ["doc_id", "line_no", "action", "rule", "before", "after"]


def _audit_frame(rows: list[tuple]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=AUDIT_COLUMNS)
    df["line_no"] = df["line_no"].astype("int64")
    return df


@python_strings
def _batch(rows: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame, list[set[int]]]:
    """A batch of loaded rows → (corpus frame, audit frame, repost fingerprints)."""
    audit = [
        (r["doc_id"], c.line_no, c.action, c.rule, c.before, c.after)
        for r in rows
        for c in r.pop("_changes", ())
    ]
    prints = [r.pop("_prints", None) for r in rows]
    return _frame(rows), _audit_frame(audit), prints


def _doc_ids(files: list[Path]) -> list[str]:
    """File stems as ids; where two files share a stem (a.txt, a.html) their names."""
    stems: dict[str, int] = {}
    for p in files:
        stems[p.stem] = stems.get(p.stem, 0) + 1
    return [p.stem if stems[p.stem] == 1 else p.name for p in files]


# the audit made while loading, kept for the corpus object it belongs to
_AUDITS: dict[int, tuple[weakref.ref, pd.DataFrame]] = {}


def _remember_audit(corpus: pd.DataFrame, audit: pd.DataFrame) -> None:
    key = id(corpus)
    _AUDITS[key] = (weakref.ref(corpus), audit)
    weakref.finalize(corpus, _AUDITS.pop, key, None)


def load_corpus(
    path: str | os.PathLike | pd.DataFrame | None = None,
    n_jobs: int = 1,
    progress: bool | None = None,
    columns: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Load a folder of article files, or a table of articles, into the corpus table.

    Parameters
    ----------
    path : str or Path, optional
        A folder of article files (``.txt``, and ``.html``/``.htm`` web pages), or one
        file. Default: the repository's ``seeds/``.
    n_jobs : int
        Processes used to read and clean; the table does not depend on it.
    progress : bool, optional
        Progress bar on stderr (default: only for long work on a terminal).
    columns : dict, optional
        For a table file or DataFrame (one article per row: ``.csv``, ``.xlsx``,
        ``.jsonl``, ``.parquet``): ``field -> column`` overrides of the guessed column
        mapping, e.g. ``{"text": "正文"}``; see :func:`vocstudy.tables.read_table_corpus`.

    Returns
    -------
    DataFrame
        Index ``doc_id`` (file stem; the file name where two files share a stem),
        sorted. Columns ``path``, ``title``, ``published`` (Timestamp or NaT),
        ``source``, ``author``, ``editor``, ``script`` (of the raw text), ``encoding``,
        ``text_raw``, ``text`` (cleaned, Simplified), ``n_chars``, ``problems`` (tuple
        of data-quality flags). Every file is a row, whatever its content: a file that
        cannot be read, decoded or cleaned is flagged, never dropped. The changes
        cleaning made are in :func:`cleaning_audit`.

    Raises
    ------
    FileNotFoundError
        When ``path`` does not exist or holds no article file (the message names it).
    vocstudy.tables.TableError
        When a table file cannot be read or has no text column.

    Examples
    --------
    >>> corpus = load_corpus()  # doctest: +SKIP
    >>> corpus.loc["000_bd74f1eb0df40bd9", "source"]  # doctest: +SKIP
    '中国网'
    """
    from .tables import is_table, read_table_corpus  # tables in: vocstudy/tables.py

    if is_table(path):
        corpus, audit = read_table_corpus(
            path, columns=columns, n_jobs=n_jobs, progress=progress, with_audit=True
        )
        corpus = flag_duplicates(corpus)
        _remember_audit(corpus, audit)
        return corpus
    folder = Path(path) if path is not None else SEEDS_DIR
    if not folder.exists():
        raise FileNotFoundError(
            f"corpus path {str(folder)!r} does not exist: pass a folder of .txt or .html articles"
        )
    if folder.is_file():
        files = [folder]
    else:
        files = sorted(
            p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
        )
        if not files:
            raise FileNotFoundError(
                f"corpus path {str(folder)!r} holds no article file: vocstudy reads one "
                "article per .txt or .html file"
            )
    items = sorted(zip(_doc_ids(files), map(str, files), _display_paths(files)))
    parts = map_frames(
        _load_one_printed,
        items,
        to_frame=_batch,
        n_jobs=n_jobs,
        progress=progress,
        desc="load_corpus",
    )
    corpus = concat_frames([c for c, _, _ in parts], ignore_index=False)
    audit = concat_frames([a for _, a, _ in parts])
    corpus = _flag_duplicates(corpus, [fp for _, _, prints in parts for fp in prints])
    _remember_audit(corpus, audit)
    return corpus


# ---------------------------------------------------------------------------
# reposts

#: A later article whose sentences are at least this share of the shorter article's
#: sentences (and at least :data:`NEAR_MIN_SHARED` of them) is a near-duplicate.
NEAR_SHARE = 0.5
NEAR_MIN_SHARED = 2
#: Sentences shorter than this (ideographs) are too common to tell stories apart.
NEAR_MIN_CJK = 10
# a sentence shared by more articles than this is boilerplate, not a story's sentence
_NEAR_MAX_POSTING = 50
# what a sentence's key drops (all but ASCII letters, digits and ideographs), newlines
# spared: the sentences (which never hold one) are joined by newlines and each loses
# what it would lose alone, in one pass
_NON_WORD_JOINED_RE = re.compile(r"[^0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff\n]+")


def _fingerprints(text: str) -> set[int]:
    from .text import split_sentences

    out = set()
    blake2b = hashlib.blake2b
    for key in _NON_WORD_JOINED_RE.sub("", "\n".join(split_sentences(text))).split("\n"):
        if len(key) < NEAR_MIN_CJK:
            continue
        # the key holds ASCII letters and digits (one byte each in UTF-8) and ideographs
        # of U+3400-U+9FFF (three bytes each) only: the bytes beyond one per character,
        # halved, count the ideographs
        data = key.encode()
        if (len(data) - len(key)) // 2 >= NEAR_MIN_CJK:
            out.add(int.from_bytes(blake2b(data, digest_size=8).digest(), "little"))
    return out


def flag_duplicates(corpus: pd.DataFrame) -> pd.DataFrame:
    """Flag reposts: exact duplicates and the same story reposted with small edits.

    Documents are taken in ``doc_id`` order; the first of a story is the original.
    A document whose cleaned text equals an earlier one's gets
    ``duplicate_of:<doc_id>``. One that shares most of its sentences with an earlier
    original (at least :data:`NEAR_SHARE` of the shorter one's sentences of
    :data:`NEAR_MIN_CJK` or more ideographs, compared without punctuation or spaces)
    gets ``near_duplicate_of:<doc_id>``. Both stay in the table, whatever their other
    flags; :func:`stories` counts each story once.

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> a = "重庆市教委与四川省教育厅签署了职业教育协同发展框架协议。两地将共建二十个实训基地和专业群。"
    >>> c = flag_duplicates(corpus_from_texts({"a": a, "b": a, "c": a + "记者王五报道。"}))
    >>> [p[-1] for p in c["problems"]]
    ['no_published_date', 'duplicate_of:a', 'near_duplicate_of:a']
    """
    return _flag_duplicates(corpus)


def _flag_duplicates(
    corpus: pd.DataFrame, prints: list[set[int] | None] | None = None
) -> pd.DataFrame:
    """:func:`flag_duplicates`, with each text's :func:`_fingerprints` given or made."""
    texts = corpus["text"].tolist()
    ids = corpus.index.tolist()
    marks: list[str | None] = [None] * len(ids)
    first: dict[str, str] = {}
    for i, (doc_id, text) in enumerate(zip(ids, texts)):
        if not isinstance(text, str) or not text:
            continue
        if text in first:
            marks[i] = f"duplicate_of:{first[text]}"
        else:
            first[text] = doc_id
    postings: dict[int, list[int]] = {}
    sizes: dict[int, int] = {}
    for i, text in enumerate(texts):
        if marks[i] is not None or not isinstance(text, str) or not text:
            continue
        fps = prints[i] if prints is not None and prints[i] is not None else _fingerprints(text)
        sizes[i] = len(fps)
        shared: dict[int, int] = {}
        for fp in fps:
            docs = postings.setdefault(fp, [])
            if len(docs) <= _NEAR_MAX_POSTING:
                for j in docs:
                    shared[j] = shared.get(j, 0) + 1
            docs.append(i)
        for j in sorted(shared):
            n = shared[j]
            if n >= NEAR_MIN_SHARED and n >= NEAR_SHARE * min(sizes[i], sizes[j]):
                marks[i] = f"near_duplicate_of:{ids[j]}"
                for fp in fps:  # a near-duplicate is not an original to match against
                    postings[fp].remove(i)
                break
    if not any(marks):
        return corpus
    corpus = corpus.copy()
    corpus["problems"] = pd.Series(
        [p if m is None else (*p, m) for p, m in zip(corpus["problems"], marks)],
        index=corpus.index,
        dtype=object,
    )
    return corpus


def stories(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per article: the story it tells, so each story can be counted once.

    Returns
    -------
    DataFrame
        Index ``doc_id``; ``story`` (the ``doc_id`` of the story's first article) and
        ``relation`` (``original``, ``duplicate`` or ``near_duplicate``).

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> t = "重庆市教委与四川省教育厅签署了职业教育协同发展框架协议。"
    >>> s = stories(flag_duplicates(corpus_from_texts({"a": t, "b": t})))
    >>> s["story"].tolist(), s["relation"].tolist()
    (['a', 'a'], ['original', 'duplicate'])
    >>> int(s["story"].nunique())
    1
    """
    story, relation = [], []
    for doc_id, problems in zip(corpus.index, corpus["problems"]):
        mark = next(
            (p for p in problems if p.startswith(("duplicate_of:", "near_duplicate_of:"))), None
        )
        if mark is None:
            story.append(doc_id)
            relation.append("original")
        else:
            kind, _, of = mark.partition(":")
            story.append(of)
            relation.append(kind.removesuffix("_of"))
    return pd.DataFrame({"story": story, "relation": relation}, index=corpus.index.rename("doc_id"))


def cleaning_audit(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every change cleaning made, one row per changed or dropped line.

    Parameters
    ----------
    corpus : DataFrame
        A table from :func:`load_corpus` (or any corpus table).

    Returns
    -------
    DataFrame
        ``doc_id``, ``line_no`` (1-based line of ``text_raw`` - of the extracted text for
        a web page; 0 for whole-file changes such as line endings, invalid bytes or the
        extraction of a web page's article), ``action`` (``removed``/``repaired``/
        ``converted``/``normalized``), ``rule``, ``before``, ``after``; in document and
        line order. The audit made while loading is returned as it is; for any other
        table (a subset, a copy) it is re-derived from ``text_raw`` - cleaning is pure,
        so both give the same rows.

    Examples
    --------
    >>> audit = cleaning_audit(load_corpus())  # doctest: +SKIP
    >>> audit.groupby("rule").size()  # doctest: +SKIP
    """
    kept = _AUDITS.get(id(corpus))
    if kept is not None and kept[0]() is corpus:
        return kept[1].copy()
    rows = []
    paths = corpus["path"] if "path" in corpus else [None] * len(corpus)
    for doc_id, raw, path, problems in zip(
        corpus.index, corpus["text_raw"], paths, corpus["problems"]
    ):
        for c in document_changes(raw, path, tuple(problems)):
            rows.append((doc_id, c.line_no, c.action, c.rule, c.before, c.after))
    return _audit_frame(rows)


__all__ = [
    "cleaning_audit",
    "decode_bytes",
    "extract_metadata",
    "flag_duplicates",
    "load_corpus",
    "stories",
]
