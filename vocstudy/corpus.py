"""The corpus table: one row per article file, the only input every analysis takes."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .document import bare_row, build_row

CORPUS_COLUMNS = [
    "path",
    "title",
    "published",
    "source",
    "author",
    "editor",
    "script",
    "encoding",
    "text_raw",
    "text",
    "n_chars",
    "problems",
]


def corpus_from_texts(
    texts: Mapping[str, str],
    published: Mapping[str, str | pd.Timestamp] | None = None,
    clean: bool = True,
) -> pd.DataFrame:
    """Build a corpus table from texts held in memory (tests, pasted articles).

    Parameters
    ----------
    texts : mapping
        ``doc_id -> text``.
    published : mapping, optional
        ``doc_id -> publication date``; overrides what cleaning finds in the text.
    clean : bool
        Run the same cleaning as :func:`load_corpus` (default). With ``False`` the texts
        are taken as already clean and only ``published`` is set.

    Returns
    -------
    DataFrame
        Same columns as :func:`load_corpus`, index ``doc_id`` sorted.

    Examples
    --------
    >>> c = corpus_from_texts({"a": "重庆与四川签署协议。"}, clean=False)
    >>> int(c.loc["a", "n_chars"])
    10
    """
    published = dict(published or {})
    rows = []
    for doc_id in sorted(texts):
        raw = texts[doc_id]
        if clean:
            row = build_row(doc_id, path=None, raw=raw, encoding="str")
        else:
            row = bare_row(None, raw, "str", raw, ())
        if doc_id in published:
            row["published"] = pd.Timestamp(published[doc_id])
        rows.append({"doc_id": doc_id, **row})
    return _frame(rows)


def _frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=["doc_id", *CORPUS_COLUMNS])
    df["published"] = pd.to_datetime(df["published"])
    df["n_chars"] = df["n_chars"].astype("int64")
    return df.set_index("doc_id").sort_index()
