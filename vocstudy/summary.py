"""One row per article: the answers of the three questions side by side."""

from __future__ import annotations

import pandas as pd


def article_summary(corpus: pd.DataFrame, n_jobs: int = 1) -> pd.DataFrame:
    """Summarise each article: size, data problems, main theme, events, collaborations.

    Parameters
    ----------
    corpus : DataFrame
        The corpus table from :func:`vocstudy.load_corpus`.
    n_jobs : int
        Processes for the underlying helpers; the result does not depend on it.

    Returns
    -------
    DataFrame
        Index ``doc_id``; columns ``title``, ``published``, ``n_chars``, ``problems``
        (number of flags), ``top_theme`` and ``top_theme_per_1000`` (the densest theme
        and its matches per 1,000 characters), ``themes`` (number of themes matched),
        ``events`` (event mentions), ``top_event`` (most frequent type, ties broken
        alphabetically), ``collab_sentences`` (sentences presenting places as working
        together) and ``top_pair`` (the pair in most such sentences).

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"d": "重庆市与四川省签署职业教育合作协议,深化产教融合。"}, clean=False)
    >>> row = article_summary(c).loc["d"]
    >>> row["top_theme"], row["top_pair"], int(row["events"])
    ('industry_education_integration', '四川省–重庆市', 1)
    """
    from .collaboration import collaborations
    from .event_extraction import events
    from .policy_themes import theme_matrix

    rates = theme_matrix(corpus, per=1000, n_jobs=n_jobs)
    ev = events(corpus, n_jobs=n_jobs)
    co = collaborations(corpus, n_jobs=n_jobs)
    rows = []
    for doc_id in corpus.index:
        r = rates.loc[doc_id]
        top_theme = r.idxmax() if r.notna().any() and r.max() > 0 else None
        e = ev[ev["doc_id"] == doc_id]
        counts = e["event_type"].value_counts()
        top_event = min(counts[counts == counts.max()].index) if len(counts) else None
        c = co[co["doc_id"] == doc_id]
        pair_sentences = c.drop_duplicates(["sent_id", "a", "b"]).groupby(["a", "b"]).size()
        top_pair = None
        if len(pair_sentences):
            best = pair_sentences[pair_sentences == pair_sentences.max()].index.min()
            top_pair = f"{best[0]}–{best[1]}"
        rows.append(
            {
                "doc_id": doc_id,
                "title": corpus.at[doc_id, "title"],
                "published": corpus.at[doc_id, "published"],
                "n_chars": int(corpus.at[doc_id, "n_chars"]),
                "problems": len(corpus.at[doc_id, "problems"]),
                "top_theme": top_theme,
                "top_theme_per_1000": round(float(r.max()), 1) if top_theme else 0.0,
                "themes": int((r > 0).sum()),
                "events": len(e),
                "top_event": top_event,
                "collab_sentences": int(c["sent_id"].nunique()),
                "top_pair": top_pair,
            }
        )
    return pd.DataFrame(rows).set_index("doc_id")
