"""Tables in: a CSV, an Excel file, a JSONL, a Parquet file or a DataFrame load into the
same corpus as the equivalent folder of .txt files."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import vocstudy as vs
from vocstudy.tables import TableError, map_columns, parse_date, read_table_corpus

# Articles as pages hold them. The first two are short excerpts of real pages (header
# furniture included), the others are written for the tests.
ARTICLES = {
    # https://m.fx361.cc/news/2018/0514/8196395.html (excerpt)
    "a_policy": (
        "APP下载\n\n新时代的新使命:“产教融合”政策分析\n\n2018-05-14孙翠香\n\n"
        "教育与职业(下) 2018年9期\n关键词:四位一体产教融合新时代\n\n"
        "“产教融合、校企合作”是党和国家近年来为促进职业教育体制机制改革和人才培养模式改革"
        "所反复强调并一贯坚持的原则和制度安排。\n"
    ),
    # http://www.handmsg.com/page/2018/0705/8390745.shtml (excerpt, Traditional script)
    "b_trad": (
        "[關鍵詞]職業教育 產教融合 政策 變遷 特征 展望\n"
        "職業教育是跨界教育,產教融合、校企合作是其發展的核心要義。2017年,國務院辦公廳印發了"
        "《關于深化產教融合的若干意見》,對我國職業教育產教融合政策進行了全面梳理。\n"
    ),
    "c_chengdu": (
        "成都职教联盟成立\n来源:示例日报 作者:李明\n发布时间:2025-05-21 09:30\n"
        "5月20日,成都市与重庆市二十所职业院校在成都签署合作协议,宣布成立成渝职业教育联盟。\n"
        "联盟将深化产教融合、校企合作,共建实训基地。\n相关新闻\n某地举办马拉松比赛\n"
    ),
    "d_empty": "",
}


def _write_folder(folder):
    folder.mkdir()
    for doc_id, text in ARTICLES.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return vs.load_corpus(folder)


def _table():
    return pd.DataFrame({"编号": list(ARTICLES), "正文": list(ARTICLES.values())})


COMPARED = ["text", "problems", "title", "published", "source", "author", "n_chars", "script"]


def _same(table_corpus, folder_corpus):
    assert list(table_corpus.index) == list(folder_corpus.index)
    pd.testing.assert_frame_equal(table_corpus[COMPARED], folder_corpus[COMPARED])
    pd.testing.assert_frame_equal(vs.cleaning_audit(table_corpus), vs.cleaning_audit(folder_corpus))


@pytest.fixture(scope="module")
def folder_corpus(tmp_path_factory):
    return _write_folder(tmp_path_factory.mktemp("txt") / "articles")


def test_folder_corpus_is_a_real_comparison(folder_corpus):
    # the comparison below means something only if the folder gives varied rows
    assert folder_corpus.loc["d_empty", "problems"] == ("empty",)
    assert folder_corpus.loc["b_trad", "script"] == "traditional"
    assert folder_corpus.loc["c_chengdu", "title"] == "成都职教联盟成立"
    assert folder_corpus.loc["c_chengdu", "published"] == pd.Timestamp("2025-05-21")
    assert folder_corpus.loc["c_chengdu", "source"] == "示例日报"


def test_csv_round_trip(tmp_path, folder_corpus):
    path = tmp_path / "articles.csv"
    _table().to_csv(path, index=False, encoding="utf-8-sig")
    corpus = vs.load_corpus(path)
    _same(corpus, folder_corpus)
    assert corpus.loc["c_chengdu", "path"] == "articles.csv#3"
    assert corpus.loc["c_chengdu", "encoding"] == "utf-8-sig"


def test_gbk_csv_round_trip(tmp_path, folder_corpus):
    path = tmp_path / "articles.csv"
    path.write_bytes(_table().to_csv(index=False).encode("gb18030"))
    corpus = vs.load_corpus(path)
    assert corpus.loc["c_chengdu", "encoding"] == "gb18030"
    _same(corpus, folder_corpus)


def test_excel_round_trip(tmp_path, folder_corpus):
    path = tmp_path / "articles.xlsx"
    _table().to_excel(path, index=False)
    _same(vs.load_corpus(path), folder_corpus)


def test_jsonl_round_trip(tmp_path, folder_corpus):
    path = tmp_path / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for doc_id, text in ARTICLES.items():
            fh.write(json.dumps({"id": doc_id, "content": text}, ensure_ascii=False) + "\n")
    _same(vs.load_corpus(path), folder_corpus)


def test_parquet_and_dataframe_round_trip(tmp_path, folder_corpus):
    path = tmp_path / "articles.parquet"
    _table().to_parquet(path, index=False)
    _same(vs.load_corpus(path), folder_corpus)
    _same(vs.load_corpus(_table()), folder_corpus)


def test_chunks_and_processes_do_not_change_the_table(tmp_path, folder_corpus):
    path = tmp_path / "articles.csv"
    _table().to_csv(path, index=False)
    whole = vs.load_corpus(path)
    pd.testing.assert_frame_equal(read_table_corpus(path, chunk_rows=1), whole)
    pd.testing.assert_frame_equal(read_table_corpus(path, chunk_rows=3, n_jobs=2), whole)


def test_table_metadata_wins_but_text_is_still_cleaned(tmp_path):
    df = pd.DataFrame(
        {
            "标题": ["表格里的标题", None],
            "正文": [ARTICLES["c_chengdu"], ARTICLES["a_policy"]],
            "发布时间": ["2025年6月1日", "2018/05/14 08:00"],
            "来源": ["数据库", ""],
            "作者": [None, "孙翠香"],
            "链接": ["https://example.org/1", None],
        }
    )
    corpus = vs.load_corpus(df)
    first, second = corpus.loc["row000001"], corpus.loc["row000002"]
    assert first["title"] == "表格里的标题"
    assert first["published"] == pd.Timestamp("2025-06-01")
    assert first["source"] == "数据库"
    assert first["author"] == "李明"  # empty cell: what cleaning found stays
    assert first["url"] == "https://example.org/1"
    assert "相关新闻" not in first["text"] and "来源" not in first["text"]
    assert second["published"] == pd.Timestamp("2018-05-14")
    assert "no_published_date" not in second["problems"]
    assert second["author"] == "孙翠香"
    assert pd.isna(second["url"])


def test_bad_rows_are_flagged_never_dropped(tmp_path):
    df = pd.DataFrame(
        {
            "ID": ["x", "x", "y", None, "x"],
            "content": [
                "重庆市与四川省签署协议。",
                "",
                "深化产教融合。",
                "校企合作。",
                "职业教育。",
            ],
            "date": ["2024-01-02", "2024-01-03", "明天", None, "2024-13-45"],
        }
    )
    corpus = vs.load_corpus(df)
    assert list(corpus.index) == ["row000004", "x", "x-2", "x-3", "y"]
    assert corpus.loc["x-2", "problems"][0] == "empty"
    assert "duplicate_id" in corpus.loc["x-2", "problems"]
    assert "duplicate_id" in corpus.loc["x-3", "problems"]
    assert "duplicate_id" not in corpus.loc["x", "problems"]
    assert "bad_date" in corpus.loc["y", "problems"]
    assert "bad_date" in corpus.loc["x-3", "problems"]
    assert "bad_date" not in corpus.loc["row000004", "problems"]
    assert corpus.loc["x", "published"] == pd.Timestamp("2024-01-02")
    assert corpus.loc["x-3", "path"] == "table#5"


def test_repeated_texts_are_flagged_like_files():
    corpus = vs.load_corpus(pd.DataFrame({"text": ["深化产教融合。", "深化产教融合。"]}))
    assert corpus.loc["row000002", "problems"] == (
        "no_title",
        "no_published_date",
        "duplicate_of:row000001",
    )


def test_unreadable_jsonl_line_is_a_flagged_row(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"text": "深化产教融合。"}\n{not json\n{"text": "校企合作。"}\n', encoding="utf-8"
    )
    corpus = vs.load_corpus(path)
    assert len(corpus) == 3
    assert "unreadable_row" in corpus.loc["row000002", "problems"]


def test_column_overrides():
    df = pd.DataFrame({"正文": ["旧的"], "body_html": ["深化产教融合。"]})
    corpus = vs.load_corpus(df, columns={"text": "body_html"})
    assert corpus["text"].tolist() == ["深化产教融合。"]
    assert map_columns(["Title", " Content "]) == {"text": " Content ", "title": "Title"}


def test_clear_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere.csv"):
        vs.load_corpus(tmp_path / "nowhere.csv")
    df = pd.DataFrame({"headline": ["a"], "stuff": ["b"]})
    with pytest.raises(
        TableError, match=r"no text column: columns found: 'headline', 'stuff'; names tried: 正文"
    ):
        vs.load_corpus(df)
    with pytest.raises(TableError, match="'missing' given for 'text'"):
        vs.load_corpus(df, columns={"text": "missing"})
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"this is not a workbook")
    with pytest.raises(TableError, match="bad.xlsx"):
        vs.load_corpus(bad)
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1 nope")
    with pytest.raises(TableError, match="bad.parquet"):
        vs.load_corpus(bad)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-07-24", "2024-07-24"),
        ("2024/7/4 10:05", "2024-07-04"),
        ("2024年7月24日", "2024-07-24"),
        ("20240724", "2024-07-24"),
        ("2024-07-24T23:30:00+08:00", "2024-07-24"),
        (pd.Timestamp("2024-07-24 18:00"), "2024-07-24"),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == pd.Timestamp(expected)


def test_parse_date_empty_and_bad():
    assert parse_date(None) is pd.NaT and parse_date(" ") is pd.NaT
    assert parse_date("上周") is None and parse_date("2024-02-30") is None


def test_large_csv_is_read_in_chunks(tmp_path, monkeypatch):
    # 5,000 rows in chunks of 1,000: the reader never hands over more than a chunk
    path = tmp_path / "big.csv"
    pd.DataFrame({"text": [f"第{i}篇:深化产教融合。" for i in range(5000)]}).to_csv(
        path, index=False
    )
    import vocstudy.tables as tables

    seen = []
    real = tables.map_columns

    def spy(found, columns=None):
        seen.append(found)
        return real(found, columns)

    monkeypatch.setattr(tables, "map_columns", spy)
    sizes = []
    real_chunks = tables._chunks

    def chunks(*args):
        where, enc, it = real_chunks(*args)
        return where, enc, ((cols, sizes.append(len(recs)) or recs) for cols, recs in it)

    monkeypatch.setattr(tables, "_chunks", chunks)
    corpus = read_table_corpus(path, chunk_rows=1000)
    assert len(corpus) == 5000 and sizes == [1000] * 5
    assert corpus.index[-1] == "row005000"


def test_excel_blank_rows_inside_are_kept_trailing_ones_are_not(tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "a.xlsx"
    wb = Workbook()
    ws = wb.active
    for row in (["正文", "标题"], ["深化产教融合。", "甲"], [None, None], ["校企合作。", "乙"]):
        ws.append(row)
    ws.cell(row=9, column=1).number_format = "@"  # formatted but empty: not an article
    wb.save(path)
    corpus = vs.load_corpus(path)
    assert list(corpus.index) == ["row000001", "row000002", "row000003"]
    assert corpus.loc["row000002", "problems"][0] == "empty"
    assert corpus.loc["row000003", "path"] == "a.xlsx#3"


def test_old_excel_is_refused_with_a_hint(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0 old binary workbook")
    with pytest.raises(TableError, match=r"'old.xls': .xls is not read; save it as .xlsx"):
        vs.load_corpus(path)
