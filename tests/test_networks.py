"""Networks for Gephi: node and edge attributes, and GEXF/GraphML that read back the same."""

from __future__ import annotations

import hashlib

import networkx as nx
import pytest

import vocstudy as vs


@pytest.fixture(scope="module")
def collab_graph(corpus):
    return vs.collaboration_network(corpus)


@pytest.fixture(scope="module")
def theme_graph(corpus):
    return vs.theme_network(corpus)


def test_collaboration_graph_matches_the_table(corpus, collab_graph):
    collab = vs.collaborations(corpus)
    pairs = collab.groupby(["a", "b"]).size()
    assert collab_graph.number_of_edges() == len(pairs)
    assert set(collab_graph.nodes) == set(collab["a"]) | set(collab["b"])
    for (a, b), n in pairs.items():
        edge = collab_graph.edges[a, b]
        assert edge["weight"] == n
        rows = collab[(collab["a"] == a) & (collab["b"] == b)]
        assert edge["mechanisms"] == ", ".join(sorted(set(rows["mechanism"])))
        assert edge["sentences"].split("\n") == rows["evidence"].tolist()
    places = vs.places(corpus)
    sichuan = collab_graph.nodes["四川省"]
    assert sichuan["level"] == "province" and sichuan["label"] == "四川省"
    assert sichuan["mentions"] == int((places["name"] == "四川省").sum())
    assert 97 < sichuan["lon"] < 109 and 26 < sichuan["lat"] < 35


def test_collaboration_graph_from_the_table(corpus, collab_graph):
    from_table = vs.collaboration_network(vs.collaborations(corpus), places=vs.places(corpus))
    assert nx.utils.graphs_equal(from_table, collab_graph)


def test_theme_graph_matches_cooccurrence(corpus, theme_graph):
    matches = vs.themes(corpus)
    co = vs.theme_cooccurrence(matches)
    lexicon = vs.load_theme_lexicon()
    assert list(theme_graph.nodes) == list(lexicon["theme"])
    assert theme_graph.number_of_edges() == len(co)
    for row in co.itertuples():
        edge = theme_graph.edges[row.theme_a, row.theme_b]
        assert edge["weight"] == row.sentences
        assert len(edge["sentences"].split("\n")) == row.sentences
    node = theme_graph.nodes["industry_education_integration"]
    assert node["label"] == "产教融合"
    assert node["mentions"] == int((matches["theme"] == "industry_education_integration").sum())


@pytest.mark.parametrize("suffix, read", [(".gexf", nx.read_gexf), (".graphml", nx.read_graphml)])
@pytest.mark.parametrize("which", ["collab", "theme"])
def test_files_read_back_with_the_same_nodes_and_edges(
    tmp_path, collab_graph, theme_graph, suffix, read, which
):
    graph = collab_graph if which == "collab" else theme_graph
    path = vs.write_network(graph, tmp_path / f"g{suffix}")
    back = read(path)
    assert sorted(back.nodes) == sorted(graph.nodes)
    assert {frozenset(e) for e in back.edges} == {frozenset(e) for e in graph.edges}
    for a, b, data in graph.edges(data=True):
        assert back.edges[a, b]["weight"] == data["weight"]
        assert back.edges[a, b]["sentences"] == data["sentences"]
    for n, data in graph.nodes(data=True):
        assert back.nodes[n]["label"] == data["label"]
        if "lon" in data:
            assert back.nodes[n]["lon"] == pytest.approx(data["lon"])


def test_files_are_byte_identical(tmp_path, corpus):
    digests = set()
    for name in ("a", "b"):
        path = vs.write_network(vs.collaboration_network(corpus), tmp_path / f"{name}.gexf")
        digests.add(hashlib.sha256(path.read_bytes()).hexdigest())
    assert len(digests) == 1
    assert "lastmodifieddate" not in path.read_text(encoding="utf-8")


def test_unknown_format(tmp_path, theme_graph):
    with pytest.raises(ValueError, match="g.json"):
        vs.write_network(theme_graph, tmp_path / "g.json")
