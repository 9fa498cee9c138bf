"""The ``vocstudy report`` command: the real console script end to end, and its errors."""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import vocstudy as vs
from vocstudy.cli import corpus_facts, main
from vocstudy.export import standard_tables

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = {
    "a_chengdu.txt": (
        "成都职教联盟成立\n来源:示例日报 作者:李明\n发布时间:2025-05-21 09:30\n"
        "5月20日,成都市与重庆市二十所职业院校在成都签署合作协议,宣布成立成渝职业教育联盟。\n"
        "联盟将深化产教融合、校企合作,共建实训基地。\n相关新闻\n某地举办马拉松比赛\n"
    ),
    "b_zhejiang.txt": (
        "浙江举办职业技能大赛\n发布时间:2025-06-03 09:00\n"
        "6月2日,浙江省职业院校技能大赛在杭州市开幕,全省三千余名选手参赛。\n"
        "大赛突出岗课赛证融通,推动职业教育高质量发展。\n"
    ),
    "c_short.txt": "学校举办座谈会,讨论校企合作。\n",
}


def _command() -> list[str]:
    script = Path(sys.executable).parent / "vocstudy"
    return [str(script)] if script.exists() else [sys.executable, "-m", "vocstudy.cli"]


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def test_report_end_to_end(tmp_path, folder):
    before = (_digest(ROOT / "notebooks"), _digest(ROOT / "figures"))
    out = tmp_path / "out"
    run = subprocess.run(
        [
            *_command(),
            "report",
            str(folder),
            "--out",
            str(out),
            "--notebooks",
            "01",
            "--run-date",
            "2025-02-03",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert (_digest(ROOT / "notebooks"), _digest(ROOT / "figures")) == before
    assert (out / "notebooks" / "01-what-is-in-the-corpus.ipynb").exists()
    assert (out / "figures" / "01-raw-vs-cleaned-length.png").stat().st_size > 0
    # one output per stream, however the kernel cut stdout (the bytes do not depend on timing)
    for cell in json.loads(
        (out / "notebooks" / "01-what-is-in-the-corpus.ipynb").read_text("utf-8")
    )["cells"]:
        kinds = [(o["output_type"], o.get("name")) for o in cell.get("outputs", [])]
        assert all(a != b or a[0] != "stream" for a, b in zip(kinds, kinds[1:]))

    corpus = vs.load_corpus(folder)
    tables = standard_tables(corpus)
    # the index states the headline counts: they are the in-memory helpers' numbers
    index = (out / "report" / "index.html").read_text(encoding="utf-8")
    stated = {
        html.unescape(k): int(v)
        for k, v in re.findall(r"<tr><th>(.*?)</th><td>(\d+)</td></tr>", index)
    }
    assert stated == corpus_facts(tables)
    assert stated["articles"] == 3 and stated["event mentions"] == len(vs.events(corpus)) > 0
    # notebook 01's page states the corpus summary it computed on this folder
    page = html.unescape(
        (out / "report" / "01-what-is-in-the-corpus.html").read_text(encoding="utf-8")
    )
    audit = vs.cleaning_audit(corpus)
    for label, value in [
        ("articles", len(corpus)),
        ("audit rows", len(audit)),
        ("cleaned sentences", len(vs.sentences(corpus))),
    ]:
        assert re.search(rf"{label}\s+{value}\b", page), label
    assert "成都职教联盟成立" in page and "浙江举办职业技能大赛" in page  # the titles it read
    # the workbook holds the same tables
    events = pd.read_excel(out / "results.xlsx", sheet_name="events")
    assert events["evidence"].tolist() == tables["events"]["evidence"].tolist()
    readme = pd.read_excel(out / "results.xlsx", sheet_name="README").set_index("item")
    assert readme.loc["run date", "value"] == "2025-02-03"


def test_report_on_a_spreadsheet_runs_notebook_03_and_writes_the_network(tmp_path, folder):
    import networkx as nx

    table = pd.DataFrame(
        {"正文": [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())]}
    )
    sheet = tmp_path / "articles.xlsx"
    table.to_excel(sheet, index=False)
    out = tmp_path / "out"
    assert (
        main(
            [
                "report",
                str(sheet),
                "--out",
                str(out),
                "--notebooks",
                "03",
                "--quiet",
                "--run-date",
                "2025-02-03",
            ]
        )
        == 0
    )
    graph = nx.read_gexf(out / "networks" / "03-collaboration-network.gexf")
    expected = vs.collaboration_network(vs.load_corpus(sheet))
    assert sorted(graph.nodes) == sorted(expected.nodes)
    assert {frozenset(e) for e in graph.edges} == {frozenset(e) for e in expected.edges}
    assert (out / "figures" / "03-collaboration-map.png").exists()


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: d / "nowhere", "does not exist"),
        (
            lambda d: (d / "bad.xlsx").write_bytes(b"not a workbook") and d / "bad.xlsx",
            "cannot read 'bad.xlsx'",
        ),
        (
            lambda d: (
                (d / "t.csv").write_text("标题,备注\n甲,乙\n", encoding="utf-8") and d / "t.csv"
            ),
            "no text column: columns found: '标题', '备注'",
        ),
        (lambda d: d, "holds no article file"),
    ],
)
def test_clear_errors(tmp_path, capsys, make, message):
    path = make(tmp_path)
    code = main(["report", str(path), "--out", str(tmp_path / "out"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("vocstudy: error: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_console_script_error_is_one_line(tmp_path):
    run = subprocess.run(
        [*_command(), "report", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        f"vocstudy: error: corpus path {str(tmp_path / 'missing.csv')!r} does not exist"
    ]


def test_refuses_to_write_into_the_repository(tmp_path, folder, capsys):
    assert main(["report", str(folder), "--out", str(ROOT / "figures" / "x"), "--quiet"]) == 2
    assert "figures/" in capsys.readouterr().err
    assert not (ROOT / "figures" / "x").exists()


def test_column_option(tmp_path, capsys):
    path = tmp_path / "t.csv"
    pd.DataFrame({"新闻正文": ["深化产教融合。"]}).to_csv(path, index=False)
    assert (
        main(["report", str(path), "--out", str(tmp_path / "o"), "--column", "text", "--quiet"])
        == 2
    )
    assert "--column takes FIELD=COLUMN" in capsys.readouterr().err


@pytest.fixture(autouse=True)
def _no_leftovers():
    yield
    shutil.rmtree(ROOT / "figures" / "x", ignore_errors=True)
