"""Results out: the workbook and the CSV/Parquet folder read back with the same numbers."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest
from openpyxl import load_workbook

import vocstudy as vs
from vocstudy.export import CODING_COLUMNS, TABLE_NAMES, lexicon_version, standard_tables


@pytest.fixture(scope="module")
def tables(corpus):
    return standard_tables(corpus)


def test_standard_tables_match_the_helpers(corpus, tables):
    assert list(tables) == list(TABLE_NAMES)
    assert len(tables["articles"]) == len(corpus)
    assert len(tables["themes"]) == len(vs.themes(corpus))
    assert len(tables["events"]) == len(vs.events(corpus))
    assert len(tables["collaborations"]) == len(vs.collaborations(corpus))
    assert tables["audit_summary"]["lines"].sum() == len(vs.cleaning_audit(corpus))
    matrix = vs.theme_matrix(corpus)
    assert (
        tables["theme_matrix"].set_index("doc_id").to_numpy().tolist() == matrix.to_numpy().tolist()
    )
    # every theme match carries its sentence, in full
    assert tables["themes"]["sentence"].notna().all()
    assert all(t in s for t, s in zip(tables["themes"]["term"], tables["themes"]["sentence"]))


def test_workbook_reads_back_with_the_same_numbers(tmp_path, corpus, tables):
    path = vs.export(corpus, tmp_path / "results.xlsx", corpus_path="seeds", run_date="2025-03-04")
    sheets = pd.read_excel(path, sheet_name=None)
    assert list(sheets) == ["README", *TABLE_NAMES]
    for name in TABLE_NAMES:
        back, orig = sheets[name], tables[name]
        assert len(back) == len(orig), name
        for col in orig.columns:
            if pd.api.types.is_numeric_dtype(orig[col]) and not pd.api.types.is_bool_dtype(
                orig[col]
            ):
                assert (
                    back[col].fillna(0).round(6).tolist() == orig[col].fillna(0).round(6).tolist()
                ), (name, col)
    ev = sheets["events"]
    assert ev["evidence"].tolist() == tables["events"]["evidence"].tolist()  # in full
    assert pd.to_datetime(ev["date"]).tolist() == tables["events"]["date"].tolist()
    assert list(ev.columns[-2:]) == list(CODING_COLUMNS)
    assert sheets["articles"]["problems"].fillna("").tolist() == [
        "; ".join(p) for p in corpus["problems"]
    ]
    readme = sheets["README"].set_index("item")
    assert readme.loc["run date", "value"] == "2025-03-04"
    assert readme.loc["corpus", "value"] == "seeds"
    assert readme.loc["lexicon version", "value"] == lexicon_version()
    assert readme.loc["events", "rows"] == len(tables["events"])


def test_workbook_is_a_usable_coding_sheet(tmp_path, tables):
    path = vs.export(tables, tmp_path / "r.xlsx", tables=["collaborations"], run_date="2025-01-01")
    wb = load_workbook(path)
    ws = wb["collaborations"]
    assert wb.sheetnames == ["README", "collaborations"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == ws.dimensions
    header = [c.value for c in ws[1]]
    evidence_col = header.index("evidence") + 1
    assert ws.cell(row=2, column=evidence_col).alignment.wrap_text
    assert ws.column_dimensions[ws.cell(row=1, column=evidence_col).column_letter].width >= 60


def test_same_inputs_same_bytes(tmp_path, tables):
    digests = set()
    for name in ("a.xlsx", "b.xlsx"):
        path = vs.export(tables, tmp_path / name, run_date="2025-01-01")
        digests.add(hashlib.sha256(path.read_bytes()).hexdigest())
    assert len(digests) == 1
    other = vs.export(tables, tmp_path / "c.xlsx", run_date="2025-01-02")
    assert hashlib.sha256(other.read_bytes()).hexdigest() not in digests


def test_run_date_from_the_environment(tmp_path, tables, monkeypatch):
    monkeypatch.setenv("VOCSTUDY_RUN_DATE", "2024-12-31")
    path = vs.export(tables, tmp_path / "r.xlsx", tables=["events"])
    readme = pd.read_excel(path, sheet_name="README").set_index("item")
    assert readme.loc["run date", "value"] == "2024-12-31"


def test_folder_export_csv_with_bom_and_parquet(tmp_path, corpus, tables):
    out = vs.export(corpus, tmp_path / "results", run_date="2025-01-01")
    assert (out / "events.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    for name in TABLE_NAMES:
        csv = pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig")
        parquet = pd.read_parquet(out / f"{name}.parquet")
        assert len(csv) == len(parquet) == len(tables[name]), name
    ev = pd.read_parquet(out / "events.parquet")
    assert ev["evidence"].tolist() == tables["events"]["evidence"].tolist()
    assert ev["date"].tolist() == tables["events"]["date"].tolist()
    matrix = pd.read_csv(out / "theme_matrix.csv", encoding="utf-8-sig")
    assert (
        matrix.drop(columns="doc_id").to_numpy().tolist()
        == tables["theme_matrix"].drop(columns="doc_id").to_numpy().tolist()
    )
    for name in ("collaborations.gexf", "collaborations.graphml", "themes.gexf", "themes.graphml"):
        assert (out / name).stat().st_size > 0


def test_bad_targets(tmp_path, tables):
    with pytest.raises(ValueError, match="results.docx"):
        vs.export(tables, tmp_path / "results.docx")
    with pytest.raises(KeyError, match="nope"):
        vs.export(tables, tmp_path / "r.xlsx", tables=["nope"])


def test_illegal_characters_do_not_break_the_workbook(tmp_path):
    table = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "evidence": ["控制\x07字符\x00"]})
    path = vs.export({"events": table}, tmp_path / "r.xlsx", run_date="2025-01-01")
    assert pd.read_excel(path, sheet_name="events")["evidence"].tolist() == ["控制字符"]
