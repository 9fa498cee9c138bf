"""Loading: encodings, bad files, errors, duplicates, metadata, the audit — and the seeds."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

import vocstudy as vs
from vocstudy.loading import decode_bytes

ROOT = Path(__file__).resolve().parent.parent

TRAD = "哈爾濱市職業教育活動週啟動儀式在哈爾濱職業技術學院舉行,來自全市學校的師生參加了這次活動。"
SIMP = "重庆市教委与四川省教育厅签署职业教育协同发展框架协议,推动两地院校共建专业和实训基地。"
ARTICLE = "成渝职教协同发展迈出新步伐\n来源:西部教育报 作者:张三\n" + SIMP + "\n" + SIMP[:20] + "。"


@pytest.fixture()
def messy_folder(tmp_path: Path) -> Path:
    (tmp_path / "a_gbk.txt").write_bytes(ARTICLE.encode("gbk"))
    (tmp_path / "b_big5.txt").write_bytes(("職教新聞標題一則\n" + TRAD).encode("big5"))
    (tmp_path / "c_utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (tmp_path / "d_empty.txt").write_bytes(b"")
    (tmp_path / "e_binary.txt").write_bytes(bytes(range(256)) * 8)
    return tmp_path


def test_messy_folder_loads_five_rows_with_encodings_and_flags(messy_folder):
    c = vs.load_corpus(messy_folder)
    assert list(c.index) == ["a_gbk", "b_big5", "c_utf16", "d_empty", "e_binary"]
    assert c["encoding"].tolist()[:3] == ["gbk", "big5", "utf-16"]
    assert pd.isna(c.loc["d_empty", "encoding"]) and pd.isna(c.loc["e_binary", "encoding"])
    assert c.loc["d_empty", "problems"] == ("empty",)
    assert c.loc["e_binary", "problems"] == ("undecodable",)
    assert c.loc["b_big5", "script"] == "traditional"
    assert "traditional_script" in c.loc["b_big5", "problems"]
    assert c.loc["b_big5", "text"].endswith(
        "哈尔滨职业技术学院举行,来自全市学校的师生参加了这次活动。"
    )
    # the same article in two encodings is the same cleaned text: kept twice, flagged
    assert c.loc["c_utf16", "problems"] == ("no_published_date", "duplicate_of:a_gbk")
    assert c.loc["a_gbk", "text"] == c.loc["c_utf16", "text"]
    assert c.loc["a_gbk", "source"] == "西部教育报" and c.loc["a_gbk", "author"] == "张三"
    assert c.loc["e_binary", "text"] == "" and c.loc["e_binary", "n_chars"] == 0


def test_bom_and_crlf(tmp_path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode())
    c = vs.load_corpus(tmp_path)
    assert c.loc["bom", "encoding"] == "utf-8-sig"
    assert "\r" not in c.loc["bom", "text"] and not c.loc["bom", "text_raw"].startswith("\ufeff")
    audit = vs.cleaning_audit(c)
    assert audit.iloc[0][["line_no", "rule", "before"]].tolist() == [0, "line_endings", "CRLF"]


@pytest.mark.parametrize(
    "data, expected",
    [
        (SIMP.encode("utf-8"), "utf-8"),
        (SIMP.encode("gbk"), "gbk"),
        (TRAD.encode("big5"), "big5"),
        (SIMP.encode("utf-16-le"), "utf-16-le"),
        (SIMP.encode("utf-16-be"), "utf-16-be"),
        ("\ufeff".encode() + SIMP.encode(), "utf-8-sig"),
        (("\u20ac" + SIMP).encode("gb18030"), "gb18030"),
    ],
)
def test_decode_bytes_detects(data, expected):
    text, enc, problem = decode_bytes(data)
    assert (enc, problem) == (expected, None)
    assert SIMP in text or TRAD in text


def test_whitespace_only_file_is_flagged_empty(tmp_path):
    (tmp_path / "blank.txt").write_text(" \n\u3000\n", encoding="utf-8")
    c = vs.load_corpus(tmp_path)
    assert c.loc["blank", "problems"] == ("empty",) and c.loc["blank", "encoding"] == "utf-8"


def test_missing_path_error_names_it(tmp_path):
    missing = tmp_path / "nowhere"
    with pytest.raises(FileNotFoundError, match="nowhere.*does not exist"):
        vs.load_corpus(missing)
    (tmp_path / "notes.md").write_text("x")
    with pytest.raises(FileNotFoundError, match="holds no article file"):
        vs.load_corpus(tmp_path)


def test_n_jobs_gives_the_same_table(messy_folder):
    pd.testing.assert_frame_equal(
        vs.load_corpus(messy_folder), vs.load_corpus(messy_folder, n_jobs=2)
    )


def test_corpus_from_texts_cleans_like_files():
    c = vs.corpus_from_texts({"x": ARTICLE})
    assert c.loc["x", "text"].startswith("成渝职教协同发展迈出新步伐\n重庆市教委")
    assert c.loc["x", "source"] == "西部教育报"


# --- the seeds ---------------------------------------------------------------


def test_seed_checksums():
    for line in (ROOT / "seeds" / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split()
        assert hashlib.sha256((ROOT / "seeds" / name).read_bytes()).hexdigest() == digest, name


def test_seed_metadata(corpus):
    c = corpus
    assert list(c.index) == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    s000, s001, s002, s003, s004 = c.index
    assert c.loc[s000, "published"] == pd.Timestamp("2024-07-24")
    assert (c.loc[s000, "source"], c.loc[s000, "editor"]) == ("中国网", "李汀")
    assert c.loc[s001, "published"] == pd.Timestamp("2023-05-27")
    assert c.loc[s004, "published"] == pd.Timestamp("2023-12-25")
    assert (c.loc[s004, "source"], c.loc[s004, "author"]) == ("浙江教育信息网", "冯君彦")
    for d in (s002, s003):
        assert pd.isna(c.loc[d, "published"]) and "no_published_date" in c.loc[d, "problems"]
    assert "year_digits_stripped" in c.loc[s002, "problems"]
    assert c["encoding"].eq("utf-8").all()


def test_seed_003_traditional_pinyin_mojibake(corpus):
    row = corpus.iloc[3]
    assert row["script"] == "traditional"
    assert {"traditional_script", "pinyin_annotations", "mojibake_repaired"} <= set(row["problems"])
    assert "深圳丰农控股集团" in row["text"] and "?!鄙钲谪S農(nóng)" in row["text_raw"]
    assert "(" not in row["text"] or "(市)" in row["text"]
    assert vs.cleaning.detect_script(row["text"]) == "simplified"


BOILERPLATE = [
    "分享到",
    "链接已复制",
    "版权",
    "Copyright",
    "ICP",
    "验证码",
    "评论",
    "http",
    "白癜风",
    "中国足球",
    "五月天",
    "排行榜",
    "阅读更多",
    "官方微信",
    "上一篇",
    "追逐心中的梦想",
    "责编",
    "发布时间",
    "来源:",
]


def test_seed_text_has_no_boilerplate(corpus):
    for doc_id, text in corpus["text"].items():
        for word in BOILERPLATE:
            assert word not in text, (doc_id, word)


def test_every_body_sentence_survives(corpus):
    # every raw line that reads as article prose is in the cleaned text (converted form)
    from vocstudy.cleaning import clean, is_body_line

    for doc_id, raw, text in zip(corpus.index, corpus["text_raw"], corpus["text"]):
        c = clean(raw)
        for no, line, rule in c.lines:
            if rule in ("after_article_end", "before_article_start"):
                continue
            if is_body_line(line) and rule is None:
                assert line in text, (doc_id, no)
        # the last paragraphs of each article are there
        assert len(text) > 1000


def test_audit_accounts_for_every_missing_line(corpus):
    audit = vs.cleaning_audit(corpus)
    assert list(audit.columns) == ["doc_id", "line_no", "action", "rule", "before", "after"]
    assert set(audit["action"]) <= {"removed", "repaired", "converted", "normalized"}
    for doc_id, raw, text in zip(corpus.index, corpus["text_raw"], corpus["text"]):
        kept = set(text.split("\n"))
        lines_audited = set(audit.loc[audit["doc_id"] == doc_id, "line_no"])
        for no, line in enumerate(raw.splitlines(), 1):
            if line not in kept:
                assert no in lines_audited, (doc_id, no, line)


def test_cleaning_a_cleaned_seed_changes_nothing(corpus):
    from vocstudy.cleaning import clean

    for text in corpus["text"]:
        assert clean(text).text == text


# --- layouts the seeds do not have ---------------------------------------------

PEOPLE_LIKE = """人民网 >> 教育 >> 职教

广东深化产教融合 打造职业教育“广东样板”

2025年03月18日08:12 | 来源：人民网－教育频道

小字号

点击播报本文，约

　　人民网广州3月17日电 （记者 王小红）3月16日，广东省职业教育产教融合大会在广州召开。会上，广东省教育厅与深圳市、珠海市人民政府签署战略合作协议。

　　会议期间还举办了粤港澳大湾区职业教育论坛，来自香港、澳门的20余所院校参加。

(责编：李四、张三)

分享让更多人看到

相关新闻
江苏召开职业教育工作会议
返回顶部
人民网版权所有，未经书面授权禁止使用
"""


def test_fullwidth_page_with_breadcrumb(tmp_path):
    (tmp_path / "p.txt").write_text(PEOPLE_LIKE, encoding="utf-8")
    c = vs.load_corpus(tmp_path)
    row = c.loc["p"]
    assert row["title"] == "广东深化产教融合 打造职业教育“广东样板”"
    assert row["published"] == pd.Timestamp("2025-03-18")
    assert (row["source"], row["author"], row["editor"]) == ("人民网-教育频道", "王小红", "李四")
    assert row["text"].split("\n") == [
        "广东深化产教融合 打造职业教育“广东样板”",
        "人民网广州3月17日电 (记者 王小红)3月16日,广东省职业教育产教融合大会在广州召开。"
        "会上,广东省教育厅与深圳市、珠海市人民政府签署战略合作协议。",
        "会议期间还举办了粤港澳大湾区职业教育论坛,来自香港、澳门的20余所院校参加。",
    ]
    rules = vs.cleaning_audit(c).groupby("rule").size()
    assert rules["fullwidth_to_ascii"] == 6 and rules["navigation"] == 2


def test_short_closing_paragraph_survives(tmp_path):
    text = "职教周启动\r\n\r\n　　本报讯 5月10日，全市职业教育活动周在市职教中心启动，活动为期一周。\r\n\r\n　　活动期间，各职业院校将开放校园。\r\n网站地图\r\n"
    (tmp_path / "s.txt").write_bytes(text.encode("gbk"))
    c = vs.load_corpus(tmp_path)
    assert c.loc["s", "encoding"] == "gbk"
    assert c.loc["s", "text"].split("\n")[-1] == "活动期间,各职业院校将开放校园。"


def test_duplicates_flagged_across_batches(tmp_path, monkeypatch):
    import functools

    import vocstudy.loading as loading

    monkeypatch.setattr(loading, "map_frames", functools.partial(loading.map_frames, batch_size=1))
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "d.txt").write_text(
        ARTICLE.replace("张三", "李四") + "\n另一段新的正文内容,写给测试用,共有二十多个汉字。",
        encoding="utf-8",
    )
    c = vs.load_corpus(tmp_path)
    # d is the same story with one name changed and a paragraph added: a near-duplicate
    assert [p[-1] for p in c["problems"]] == [
        "no_published_date",
        "duplicate_of:a",
        "duplicate_of:a",
        "near_duplicate_of:a",
    ]


def test_header_dates_in_the_forms_taiwanese_pages_print():
    body = "教育部國教署訂定獎勵辦法,作為獎勵機制,今年共有十二個直轄市與縣市政府提出申請並獲核定。"
    c = vs.corpus_from_texts(
        {
            "mdy": "技職教育蓬勃發展 十二縣市獲獎勵\n發布日期:9/5/2025\n" + body,  # month/day/year
            "roc": "技職博覽會登場 三十七院校佈展\n更新日期:113-05-17\n" + body,  # a Republic year
        }
    )
    assert c.loc["mdy", "published"] == pd.Timestamp("2025-09-05")
    assert c.loc["roc", "published"] == pd.Timestamp("2024-05-17")


def test_a_newspapers_issue_line_is_furniture_and_dates_the_page():
    """An e-paper's masthead and issue lines (validation dev ee09, ee10, lines as printed)
    are neither the headline nor body, and give the published date; a story sentence
    naming a paper and a date stays body and dates nothing."""
    from vocstudy.cleaning import line_rule

    for line in (
        "工人日报 2017年05月07日 星期一",
        "《工人日报》(2017年05月07日 01版)",
        "襄阳日报2016年5月30日 2版",
    ):
        assert line_rule(line) == "header_metadata", line
    for line in (
        "据工人日报2017年5月7日报道,上海举行技能大赛。",
        "中国教育报2019年7月27日刊发评论文章",
        "工人日报",
    ):
        assert line_rule(line) is None, line
    story = (
        "5月6日,学生们在技能大赛花艺项目比赛中。当日,上海市“星光计划”第七届职业院校"
        "技能大赛最后10个比赛项目的角逐在上海科技馆举行。"
    )
    c = vs.corpus_from_texts(
        {
            "masthead": "工人日报 2017年05月07日 星期一\n上海:“星光计划”大赛展职教风采\n" + story,
            "credit": story + "\n襄阳日报2016年5月30日 2版",
            "quoted": story + "据工人日报2017年5月7日报道。",
        }
    )
    assert c.loc["masthead", "title"] == "上海:“星光计划”大赛展职教风采"
    assert c.loc["masthead", "published"] == pd.Timestamp("2017-05-07")
    assert c.loc["credit", "published"] == pd.Timestamp("2016-05-30")
    assert "2版" not in c.loc["credit", "text"]
    assert pd.isna(c.loc["quoted", "published"])


def test_char_logprob_equals_its_plain_python_sum():
    """The array look-up scores a text exactly as summing the table character by
    character does (decodings of real pages as UTF-8, GBK and Big5, random code points)."""
    import random

    from vocstudy import _charfreq as F

    table, floor, _ = F._table()

    def plain(text: str) -> float:
        chars = [c for c in F._t2s().convert(text) if ord(c) > 127]
        if not chars:
            return float("-inf")
        return sum(table.get(c, floor) for c in chars) / len(chars)

    root = Path(__file__).resolve().parent.parent
    texts = []
    for f in sorted((root / "seeds").glob("*.txt")):
        t = f.read_bytes().decode("utf-8", "replace")
        texts += [t[:3000], t.encode("utf-8").decode("gbk", "replace")[:3000]]
        texts.append(t.encode("gbk", "replace").decode("big5", "replace")[:3000])
    rng = random.Random(0)
    texts += ["".join(chr(rng.randint(0x80, 0x2FFFF)) for _ in range(40)) for _ in range(200)]
    texts = [t.encode("utf-8", "replace").decode("utf-8") for t in texts] + ["", "abc", "𠀀中"]
    assert [F.char_logprob(t) for t in texts] == [plain(t) for t in texts]


def test_a_source_field_then_a_date_and_a_counter_dates_the_page():
    # hh10, a school news system: 来源:网络 2025-03-10 338 (the last number counts views)
    from vocstudy.cleaning import clean
    from vocstudy.document import extract_metadata

    body = (
        "近日,受福州第三十二中邀请,福州旅游职业中专学校的非遗传承人走进校园,开展非遗文化交流活动。"
    )
    meta = extract_metadata(
        clean("\n".join(["非遗薪火传校园 匠心筑梦谱新篇", "来源:网络 2025-03-10 338", body]))
    )
    assert str(meta["published"].date()) == "2025-03-10"
    # negative: a story sentence naming a source and a date is not the page's date
    meta = extract_metadata(
        clean(
            "\n".join(
                ["非遗薪火传校园", body, "消息来源:据新华社 2025-03-10 报道称,活动将持续一周。"]
            )
        )
    )
    assert pd.isna(meta["published"])


def test_a_header_date_with_the_month_in_words_dates_the_page():
    """A content system's header date, day first and the month in words (oo06, dev:
    https://www.yuntech.edu.tw/…601-mou prints 週三, 20 三月 2019 15:25) is furniture and
    dates the page; a story sentence with a day and a month in words stays body."""
    from vocstudy.cleaning import line_rule

    body = "雲林縣政府與雲林科技大學等三校共同簽署合作意向書,推動地方創生。"
    c = vs.corpus_from_texts(
        {
            "joomla": "新聞專區\n\n週三, 20 三月 2019 15:25\n\n雲林縣官學平台於雲科大簽署MOU\n\n"
            + body,
            "weekday": "新聞專區\n星期一, 05 十二月 2022\n學院舉辦職訓成果展\n" + body,
        }
    )
    assert c.loc["joomla", "published"] == pd.Timestamp("2019-03-20")
    assert c.loc["weekday", "published"] == pd.Timestamp("2022-12-05")
    assert "三月" not in c.loc["joomla", "text"]
    # negatives: a sentence of the story, and a date with a later word, stay
    assert line_rule("20 三月 2019年以来,学院共举办展览10次。") is None
    assert line_rule("截至 3 月 2019 年底,共培训学员百人。") is None
