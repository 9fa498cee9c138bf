"""The tables :func:`vocstudy.evaluation.evaluate` scores, made by whichever vocstudy is
imported.

This module imports nothing of vocstudy's at its top, so ``validation/first_look.py`` can
load it by its path into a process where ``vocstudy`` is an earlier version of the
package, and pickle that version's tables for this version's metrics to score.
"""

from __future__ import annotations

import os
from typing import Any

import pandas as pd


def pipeline_tables(articles: str | os.PathLike, ids: list[str] | None = None) -> dict[str, Any]:
    """The tables :func:`vocstudy.evaluation.evaluate` scores, made by the vocstudy that is
    imported.

    Parameters
    ----------
    articles : path
        A folder of article files (``validation/articles``).
    ids : list of str, optional
        The documents to keep (default all).

    Returns
    -------
    dict
        ``corpus``, ``audit``, ``sentences``, ``article_events`` (``None`` in versions
        without it), ``events``, ``places``, ``collaborations``, ``themes`` and ``notes``
        (what this version could not give). Picklable, so that a table made by one
        version can be scored by another's ``evaluate``.
    """
    import vocstudy as vs

    notes: list[str] = []
    corpus = vs.load_corpus(articles)
    if ids is not None:
        corpus = corpus.loc[ids]
    art_events = _article_events(corpus, notes)
    return {
        "corpus": corpus,
        "audit": vs.cleaning_audit(corpus),
        "sentences": vs.sentences(corpus),
        "article_events": art_events,
        "events": vs.events(corpus) if art_events is None else None,
        "places": vs.places(corpus),
        "collaborations": vs.collaborations(corpus),
        "themes": vs.themes(corpus),
        "notes": notes,
    }


def _article_events(corpus: pd.DataFrame, notes: list[str]) -> pd.DataFrame | None:
    import vocstudy

    fn = getattr(vocstudy, "article_events", None)
    if fn is None:
        notes.append(
            "vs.article_events is not in this version of vocstudy: events are "
            "scored from vs.events and the lead event's city is not scored."
        )
        return None
    table = fn(corpus)
    need = {"doc_id", "event_type", "place", "lead"}
    if not need <= set(table.columns):
        notes.append(
            f"vs.article_events lacks columns {sorted(need - set(table.columns))}: "
            "the lead event's city is not scored."
        )
        return None
    return table
