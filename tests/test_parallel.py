"""Processes change nothing: ``n_jobs=1`` and ``n_jobs=2`` give identical tables.

The corpus is 20 synthetic articles from ``bench/synth.py`` (seed sentences in fake web
pages: GBK/UTF-16/Big5 files, Traditional script, pinyin, boilerplate), so every stage
has real work to do. Speed is measured in ``bench/``, never here.
"""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

from vocstudy import _parallel
from vocstudy._parallel import map_docs

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load(name: str) -> ModuleType:
    """Import ``bench/<name>.py`` by path (``bench`` is not a package)."""
    spec = importlib.util.spec_from_file_location(f"vocstudy_bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


synth = _load("synth")
STAGES = _load("run").stage_functions()
ANALYSES = [name for name in STAGES if name != "load_corpus"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth.generate(20, tmp_path_factory.mktemp("synth") / "synth-20")


@pytest.fixture(scope="module")
def corpus(folder: Path) -> pd.DataFrame:
    return STAGES["load_corpus"](folder, n_jobs=1)


def test_synthetic_corpus_is_varied(folder: Path, corpus: pd.DataFrame) -> None:
    assert len(corpus) == 20
    assert {"utf-8", "gbk"} <= set(corpus["encoding"])
    assert corpus["n_chars"].between(900, 9000).all()
    assert not corpus["text"].str.contains("分享到|ICP备|验证码").any()  # boilerplate removed


def test_generator_is_deterministic(folder: Path, tmp_path: Path) -> None:
    again = synth.generate(20, tmp_path / "again")
    for path in sorted(folder.glob("*.txt")):
        assert (again / path.name).read_bytes() == path.read_bytes()
    prefix = synth.generate(5, tmp_path / "five")  # article i depends only on i and the seed
    assert (prefix / "synth_00004.txt").read_bytes() == (folder / "synth_00004.txt").read_bytes()


def test_load_corpus_same_with_two_processes(folder: Path, corpus: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(STAGES["load_corpus"](folder, n_jobs=2), corpus)


@pytest.mark.parametrize("stage", ANALYSES)
def test_analysis_same_with_two_processes(stage: str, corpus: pd.DataFrame) -> None:
    func = STAGES[stage]
    one = func(corpus, n_jobs=1)
    assert len(one) > 0, f"{stage} found nothing: the comparison would be hollow"
    pd.testing.assert_frame_equal(func(corpus, n_jobs=2), one, check_exact=True)


def test_map_docs_keeps_order_across_chunks() -> None:
    items = [f"d{i:03d}" for i in range(101)]  # not a multiple of the chunk count
    assert map_docs(str.upper, items, n_jobs=2, progress=False) == [x.upper() for x in items]
    assert map_docs(str.upper, [], n_jobs=2) == []


def test_no_progress_bar_without_terminal_or_in_notebooks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # not a terminal
    assert _parallel._want_progress(None, 10_000) is False
    map_docs(len, ["ab"] * 300)
    assert sys.stderr.getvalue() == ""

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stderr", Tty())
    monkeypatch.delitem(sys.modules, "ipykernel", raising=False)  # nbval may have imported it
    assert _parallel._want_progress(None, 10_000) is True
    assert _parallel._want_progress(None, 10) is False  # short work: no bar
    monkeypatch.setitem(sys.modules, "ipykernel", ModuleType("ipykernel"))
    assert _parallel._want_progress(None, 10_000) is False  # a notebook kernel: never


def _place_memo_stats(_: int) -> tuple[int, int, int]:
    """(hits, misses, texts held) of the place-scan memo of the process running it."""
    from vocstudy import _shared

    return _shared.stats().get("gazetteer.document_places", (0, 0, 0))


def test_kept_workers_read_back_their_place_scans(corpus: pd.DataFrame) -> None:
    """A worker is given the same documents by every helper and keeps its memos, so
    ``collaborations(n_jobs=2)`` reads back each scan ``places(n_jobs=2)`` made: every
    document a hit, none scanned again; tables unchanged."""
    import vocstudy as vs
    from vocstudy import _parallel, _shared

    want = vs.collaborations(corpus)
    _parallel.close_workers()
    _shared.clear()  # the workers start with no scan of the parent's
    vs.places(corpus, n_jobs=2)
    pids = _parallel.worker_pids()
    assert len(pids) == 2
    # two items, one chunk each: each worker reports its own memo
    before = map_docs(_place_memo_stats, [0, 1], n_jobs=2)
    assert sum(held for _, _, held in before) == corpus["text"].nunique()
    got = vs.collaborations(corpus, n_jobs=2)
    assert _parallel.worker_pids() == pids  # the same processes
    after = map_docs(_place_memo_stats, [0, 1], n_jobs=2)
    assert sum(a[0] - b[0] for a, b in zip(after, before)) == len(corpus)  # hits
    assert [a[1] for a in after] == [b[1] for b in before]  # no new scan
    pd.testing.assert_frame_equal(got, want)


def test_a_failing_worker_raises_here_and_stops_the_workers() -> None:
    """An exception in a worker is raised in the caller with its type, the workers are
    stopped, and the next call starts new ones."""
    from vocstudy import _parallel

    with pytest.raises(ZeroDivisionError):
        map_docs(_one_over, [1, 0, 2, 4], n_jobs=2)
    assert _parallel.worker_pids() == []
    assert map_docs(_one_over, [1, 2, 4], n_jobs=2) == [1.0, 0.5, 0.25]
    assert len(_parallel.worker_pids()) == 2
    _parallel.close_workers()
    assert _parallel.worker_pids() == []


def _one_over(x: int) -> float:
    return 1 / x


def test_tables_built_by_workers_chunk_by_chunk_equal_one_table(tmp_path: Path) -> None:
    """With two processes each worker builds the table of its chunk (here one document
    per chunk); chunks with no rows, or whose column is all missing (no date, no place),
    must not change a dtype of the concatenated table."""
    import vocstudy as vs
    from vocstudy.corpus import corpus_from_texts

    texts = {
        "a": "",
        "b": "学校举行签约仪式。",  # an event with no date and no place
        "c": "重庆市与四川省签署职业教育合作协议,推进产教融合。",
        "d": "天气很好。",  # nothing found
        "e": "7月23日,泰安市职业院校技能大赛在宁阳县开幕。",
        "f": "川渝两地共建职业教育联盟。",
    }
    c = corpus_from_texts(texts, published={"e": "2016-07-24"}, clean=False)
    for func in (
        vs.sentences,
        vs.tokenize,
        vs.themes,
        vs.places,
        vs.collaborations,
        vs.events,
        vs.article_events,
    ):
        one = func(c, n_jobs=1)
        assert len(one) > 0
        pd.testing.assert_frame_equal(func(c, n_jobs=2), one, check_exact=True)
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text or "。", encoding="utf-8")
    (tmp_path / "g.txt").write_text(
        "发布时间:2024-05-01\n重庆市职教中心举行开学典礼。", encoding="utf-8"
    )
    pd.testing.assert_frame_equal(
        vs.load_corpus(tmp_path, n_jobs=2), vs.load_corpus(tmp_path, n_jobs=1), check_exact=True
    )
