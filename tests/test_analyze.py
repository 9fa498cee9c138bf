"""Streaming analysis to Parquet (vocstudy.analyze): same rows as the in-memory helpers."""

from __future__ import annotations

import importlib
import json
import shutil

import pandas as pd
import pytest

import vocstudy as vs
from vocstudy.paths import SEEDS_DIR

A = importlib.import_module("vocstudy.analyze")  # the module; vs.analyze is the function


def _norm(df: pd.DataFrame) -> pd.DataFrame:
    """Missing strings read back from Parquet are NaN where pandas made them None."""
    df = df.reset_index(drop=True).astype(object)
    return df.where(df.notna(), None)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """The seeds plus two exact copies, sorted after them, so duplicates cross batches."""
    d = tmp_path_factory.mktemp("articles")
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    for p in seeds:
        shutil.copy(p, d / p.name)
    shutil.copy(seeds[1], d / "zzz_copy.txt")
    shutil.copy(seeds[3], d / "aaa_copy.txt")
    return d


@pytest.fixture(scope="module")
def memory(folder):
    c = vs.load_corpus(folder)
    return {
        "corpus": c,
        "audit": vs.cleaning_audit(c),
        "sentences": vs.sentences(c),
        "themes": vs.themes(c),
        "places": vs.places(c),
        "collaborations": vs.collaborations(c),
        "events": vs.events(c),
        "term_frequency": vs.term_frequency(c),
    }


def _compare(res: A.Analysis, memory: dict) -> None:
    corpus = res.table("corpus")
    assert "text_raw" not in corpus.columns and "text_digest" in corpus.columns
    mem = memory["corpus"].drop(columns=["text_raw"])
    assert corpus.index.tolist() == mem.index.tolist()
    pd.testing.assert_frame_equal(_norm(corpus.drop(columns=["text_digest"])), _norm(mem))
    for name in [
        "audit",
        "sentences",
        "themes",
        "places",
        "collaborations",
        "events",
        "term_frequency",
    ]:
        got, want = res.table(name), memory[name]
        assert list(got.columns) == list(want.columns), name
        assert len(want) > 0, name
        pd.testing.assert_frame_equal(_norm(got), _norm(want), obj=name)


def test_analyze_equals_in_memory(folder, memory, tmp_path):
    res = A.analyze(folder, out=tmp_path / "out", batch_size=2)
    _compare(res, memory)
    assert res.manifest["done"] == [0, 1, 2, 3] and res.manifest["complete"]
    assert len(res.paths["themes"]) == 4 and len(res.paths["term_frequency"]) == 1
    assert res.duckdb("themes").startswith("read_parquet('") and "themes" in res.glob("themes")
    # duplicates flagged across batches, pointing at the first doc_id, as load_corpus does
    probs = res.table("corpus")["problems"]
    dups = {d: [p for p in ps if p.startswith("duplicate_of:")] for d, ps in probs.items()}
    assert sum(1 for v in dups.values() if v) == 2
    assert dups["zzz_copy"] == [f"duplicate_of:{sorted(SEEDS_DIR.glob('*.txt'))[1].stem}"]
    assert dups["aaa_copy"] == [f"duplicate_of:{sorted(SEEDS_DIR.glob('*.txt'))[3].stem}"]


def test_n_jobs_gives_the_same_files(folder, tmp_path):
    one = A.analyze(folder, out=tmp_path / "one", batch_size=3)
    two = A.analyze(folder, out=tmp_path / "two", batch_size=3, n_jobs=2)
    for name in A.TABLES:
        a, b = one.paths[name], two.paths[name]
        assert [p.name for p in a] == [p.name for p in b]
        assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b], name


class Interrupted(Exception):
    pass


def test_resume_after_interruption(folder, memory, tmp_path, monkeypatch):
    out = tmp_path / "out"
    real = A._analyze_batch
    calls = []
    failed = []

    def flaky(items):
        calls.append(items[0][0])
        if len(calls) == 3 and not failed:
            failed.append(True)
            raise Interrupted("simulated interruption during the third batch")
        return real(items)

    monkeypatch.setattr(A, "_analyze_batch", flaky)
    with pytest.raises(Interrupted):
        A.analyze(folder, out=out, batch_size=2)
    manifest = json.loads((out / "_manifest.json").read_text())
    assert manifest["done"] == [0, 1] and not manifest["complete"]
    first = (out / "themes" / "part-00000.parquet").stat()
    assert not (out / "themes" / "part-00002.parquet").exists()
    assert not list(out.rglob("*.tmp"))

    calls.clear()
    res = A.analyze(folder, out=out, batch_size=2)  # resumes: batches 0 and 1 are kept
    assert len(calls) == 2  # only batches 2 and 3 were analysed
    assert (out / "themes" / "part-00000.parquet").stat().st_mtime_ns == first.st_mtime_ns
    _compare(res, memory)  # including duplicates flagged against the earlier batches

    with pytest.raises(ValueError, match="batch_size"):
        A.analyze(folder, out=out, batch_size=3)
    calls.clear()
    A.analyze(folder, out=out, batch_size=3, overwrite=True)
    assert len(calls) == 3


def test_exported():
    assert vs.analyze is A.analyze


def test_unknown_table_and_missing_folder(tmp_path):
    with pytest.raises(KeyError):
        A.Analysis(tmp_path).table("nope")
    with pytest.raises(FileNotFoundError):
        A.analyze(tmp_path / "missing", out=tmp_path / "o")
