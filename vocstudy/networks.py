"""Networks for Gephi: collaborating places and co-occurring policy themes as networkx graphs.

Attributes are scalars (str, int, float) so that the graphs write as GEXF and GraphML;
lists such as mechanisms or evidence sentences are joined into one string. Nodes and
edges are added in a fixed order, so the same corpus gives byte-identical files.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import networkx as nx
import pandas as pd

SENTENCE_SEPARATOR = "\n"
"""Joins the evidence sentences of an edge into one string attribute."""


def _is_corpus(data: pd.DataFrame) -> bool:
    return "text" in data.columns and "doc_id" not in data.columns


def _refs(rows: pd.DataFrame) -> str:
    pairs = rows[["doc_id", "sent_id"]].drop_duplicates()
    return "; ".join(f"{d}#{s}" for d, s in zip(pairs["doc_id"], pairs["sent_id"]))


def _put(attrs: dict, **values) -> dict:
    """Set only the values that exist (GEXF/GraphML have no null)."""
    for key, value in values.items():
        if value is None or (isinstance(value, float) and value != value):
            continue
        attrs[key] = value.item() if hasattr(value, "item") else value
    return attrs


def collaboration_network(
    data: pd.DataFrame, places: pd.DataFrame | None = None, n_jobs: int = 1
) -> nx.Graph:
    """The places presented as working together, as an undirected weighted graph.

    Parameters
    ----------
    data : DataFrame
        A corpus table (:func:`vocstudy.load_corpus`) or a collaborations table
        (:func:`vocstudy.collaborations`).
    places : DataFrame, optional
        The :func:`vocstudy.places` table, for node ``mentions``; computed when ``data``
        is a corpus.
    n_jobs : int
        Processes for the helpers run on a corpus.

    Returns
    -------
    networkx.Graph
        One node per place in a pair (id: the canonical name), in name order, with
        ``label``, ``level``, ``province``, ``adcode``, ``lon``, ``lat`` (from the
        gazetteer, left out where they do not apply, e.g. for blocs), ``mentions``
        (times the corpus names the place; without ``places``, collaboration sentences
        naming it) and ``sentences`` (collaboration sentences naming it). One edge per
        pair, in order of ``weight`` descending then names, with ``weight`` (sentences
        presenting the pair), ``mechanisms`` (comma-separated, sorted),
        ``main_mechanism`` (most frequent, ties alphabetically), ``articles``
        (doc_ids), ``refs`` (``doc_id#sent_id; …``) and ``sentences`` (the evidence,
        one per line).

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"d": "重庆市与四川省签署职业教育合作协议。"}, clean=False)
    >>> g = collaboration_network(c)
    >>> sorted(g.edges(data="weight"))
    [('四川省', '重庆市', 1)]
    >>> g.nodes["重庆市"]["level"], g.edges["四川省", "重庆市"]["mechanisms"]
    ('province', 'agreement')
    """
    from .collaboration import collaborations
    from .gazetteer import lookup
    from .gazetteer import places as find_places

    if _is_corpus(data):
        collab = collaborations(data, n_jobs=n_jobs)
        if places is None:
            places = find_places(data, n_jobs=n_jobs)
    else:
        collab = data
    collab = collab.sort_values(["doc_id", "sent_id", "a", "b"], kind="stable")
    graph = nx.Graph(name="collaborations")
    names = sorted(set(collab["a"]) | set(collab["b"]))
    mentions = places["name"].value_counts() if places is not None else None
    for name in names:
        naming = collab[(collab["a"] == name) | (collab["b"] == name)]
        n_sent = len(naming[["doc_id", "sent_id"]].drop_duplicates())
        p = lookup(name)
        attrs = _put(
            {"label": name},
            level=p.level if p else None,
            province=p.province if p else None,
            adcode=p.adcode if p else None,
            lon=p.lon if p else None,
            lat=p.lat if p else None,
        )
        attrs["mentions"] = int(mentions.get(name, 0)) if mentions is not None else n_sent
        attrs["sentences"] = n_sent
        graph.add_node(name, **attrs)
    edges = []
    for (a, b), rows in collab.groupby(["a", "b"], sort=True):
        counts = rows["mechanism"].value_counts().sort_index()
        evidence = rows.drop_duplicates(["doc_id", "sent_id"])["evidence"]
        edges.append(
            (
                a,
                b,
                {
                    "weight": len(rows[["doc_id", "sent_id"]].drop_duplicates()),
                    "mechanisms": ", ".join(sorted(set(rows["mechanism"]))),
                    "main_mechanism": counts.idxmax(),
                    "articles": ", ".join(sorted(set(rows["doc_id"]))),
                    "refs": _refs(rows),
                    "sentences": SENTENCE_SEPARATOR.join(evidence),
                },
            )
        )
    edges.sort(key=lambda e: (-e[2]["weight"], e[0], e[1]))
    graph.add_edges_from(edges)
    return graph


def theme_network(
    data: pd.DataFrame,
    lexicon: pd.DataFrame | None = None,
    corpus: pd.DataFrame | None = None,
    n_jobs: int = 1,
) -> nx.Graph:
    """Policy themes argued in the same sentence, as an undirected weighted graph.

    Parameters
    ----------
    data : DataFrame
        A corpus table, or a themes table (:func:`vocstudy.themes`).
    lexicon : DataFrame, optional
        The theme lexicon (:func:`vocstudy.load_theme_lexicon`), for the nodes and
        their labels. Default: the shipped one.
    corpus : DataFrame, optional
        With a themes table, the corpus it came from, for the evidence sentences.
    n_jobs : int
        Processes for the helpers run on a corpus.

    Returns
    -------
    networkx.Graph
        One node per theme of the lexicon, in lexicon order, with ``label`` (Chinese
        label), ``level`` (``"theme"``), ``mentions`` (matches), ``sentences``
        (sentences matching it) and ``articles``. One edge per pair of themes matched
        in the same sentence, in :func:`vocstudy.theme_cooccurrence` order, with
        ``weight`` (shared sentences), ``articles`` (number of articles), ``refs``
        (``doc_id#sent_id; …``) and ``sentences`` (the shared sentences, one per line;
        empty without a corpus).

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"d": "深化产教融合,推进校企合作。"}, clean=False)
    >>> g = theme_network(c)
    >>> g.nodes["industry_education_integration"]["sentences"]
    1
    """
    from .policy_themes import load_theme_lexicon, theme_cooccurrence, themes
    from .text import sentences as split

    if lexicon is None:
        lexicon = load_theme_lexicon()
    if _is_corpus(data):
        corpus = data
        matches = themes(data, lexicon=lexicon, n_jobs=n_jobs)
    else:
        matches = data
    per_sentence = matches[["doc_id", "sent_id", "theme"]].drop_duplicates()
    text = {}
    if corpus is not None and len(matches):
        sents = split(corpus.loc[sorted(set(matches["doc_id"]))])
        text = dict(zip(zip(sents["doc_id"], sents["sent_id"]), sents["sentence"]))
    graph = nx.Graph(name="themes")
    labels = dict(zip(lexicon["theme"], lexicon["label"]))
    for theme in lexicon["theme"]:
        rows = per_sentence[per_sentence["theme"] == theme]
        graph.add_node(
            theme,
            label=labels[theme],
            level="theme",
            mentions=int((matches["theme"] == theme).sum()),
            sentences=len(rows),
            articles=int(rows["doc_id"].nunique()),
        )
    themes_of = per_sentence.groupby(["doc_id", "sent_id"])["theme"].agg(frozenset)
    for row in theme_cooccurrence(matches).itertuples():
        shared = themes_of[themes_of.map(lambda t, a=row.theme_a, b=row.theme_b: a in t and b in t)]
        keys = sorted(shared.index)
        graph.add_edge(
            row.theme_a,
            row.theme_b,
            weight=int(row.sentences),
            articles=int(row.docs),
            refs="; ".join(f"{d}#{s}" for d, s in keys),
            sentences=SENTENCE_SEPARATOR.join(text.get(k, "") for k in keys) if text else "",
        )
    return graph


_XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n'
_GEXF_DATE_RE = re.compile(r' lastmodifieddate="[^"]*"')


def write_network(graph: nx.Graph, path: str | os.PathLike) -> Path:
    """Write a graph as GEXF (``.gexf``, Gephi's format) or GraphML (``.graphml``).

    The GEXF file carries no modification date, so the same graph gives the same bytes.

    Parameters
    ----------
    graph : networkx.Graph
        From :func:`collaboration_network` or :func:`theme_network`.
    path : str or Path
        Target file; the suffix chooses the format. Folders are created.

    Returns
    -------
    Path
        The file written.

    Examples
    --------
    >>> import tempfile
    >>> g = nx.Graph()
    >>> g.add_edge("北京市", "天津市", weight=2)
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = write_network(g, Path(d) / "pairs.gexf")
    ...     sorted(nx.read_gexf(p).edges(data="weight"))
    [('北京市', '天津市', 2.0)]
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
    if suffix == ".gexf":
        text = "\n".join(nx.generate_gexf(graph)) + "\n"
        text = _XML_DECLARATION + _GEXF_DATE_RE.sub("", text, count=1)
        path.write_text(text, encoding="utf-8")
    elif suffix == ".graphml":
        text = "\n".join(nx.generate_graphml(graph)) + "\n"
        if not text.startswith("<?xml"):
            text = _XML_DECLARATION + text
        path.write_text(text, encoding="utf-8")
    else:
        raise ValueError(f"{path.name!r}: write .gexf (Gephi) or .graphml")
    return path


__all__ = ["collaboration_network", "theme_network", "write_network"]
