"""A held-out check: sentences written after the helpers were built, never used to tune them.

Each helper must find exactly what a careful reader finds here — events, places, and
pairs of places working together — including the negatives (a credential is not a
competition, 启动资金 is not a launch, 京东 is a company, a plan is not an event).
"""

from __future__ import annotations

import pandas as pd
import pytest

import vocstudy as vs

SENTENCES = {
    "h01": "9月5日,江西省职业教育活动周启动仪式在南昌市举行。",
    "h02": "会上,南昌职业大学与华为技术有限公司签订校企合作协议。",
    "h03": "湖北省与新疆维吾尔自治区签署职业教育对口支援协议,两地将共建实训基地。",
    "h04": "学校将继续深化产教融合,推动专业建设。",
    "h05": "10月18日,长三角职业教育一体化发展论坛在苏州市召开,沪苏浙皖四地代表参加。",
    "h06": "该校毕业生张某曾获全国职业院校技能大赛一等奖。",
    "h07": "当天,西安市职教集团揭牌成立,首批成员单位56家。",
    "h08": "广西壮族自治区与广东省开展东西部协作,联合培养技术技能人才。",
    "h09": "启动资金已经到位,项目进展顺利。",
    "h10": "与会人员参观了学校实训中心和技能大师工作室。",
    "h11": "京东集团向该校捐赠了一批设备。",
    "h12": "2024年6月,贵州省教育厅发布了职业教育质量年度报告。",
}

EVENTS = [
    ("h01", "launch", "2024-09-05", "南昌市"),
    ("h02", "signing", None, None),
    ("h03", "signing", None, None),
    ("h05", "forum", "2024-10-18", "苏州市"),
    ("h07", "founding", None, None),
    ("h10", "visit", None, None),
    ("h12", "release", "2024-06-01", None),
]

# h07: revised for issue 10 (validation/GUIDE.md [ss]): 揭牌成立 alone tells a founding in
# one word, not an unveiling (the old list expected a plaque_ceremony too).
# h05: revised for issue 10 (validation/GUIDE.md): the 长三角 forum's name is a bloc
# mention, and representatives of 沪苏浙皖 attending it are participants, not parties to
# an agreement or joint action - no pairs (the old list expected all six member pairs).
PAIRS = [
    ("h03", "新疆维吾尔自治区", "湖北省", "assistance"),
    ("h08", "广东省", "广西壮族自治区", "assistance"),
]

PLACES = {
    "h01": ["江西省", "南昌市"],
    "h02": ["南昌市"],
    "h03": ["湖北省", "新疆维吾尔自治区"],
    "h05": ["长三角", "苏州市", "上海市", "江苏省", "浙江省", "安徽省"],
    "h07": ["西安市"],
    "h08": ["广西壮族自治区", "广东省"],
    "h12": ["贵州省"],
}


@pytest.fixture(scope="module")
def heldout():
    return vs.corpus_from_texts(
        SENTENCES, published={k: "2024-10-20" for k in SENTENCES}, clean=False
    )


def test_events(heldout):
    ev = vs.events(heldout)
    got = [
        (
            r.doc_id,
            r.event_type,
            None if pd.isna(r.date) else f"{r.date:%Y-%m-%d}",
            None if pd.isna(r.place) else r.place,
        )
        for r in ev.itertuples()
    ]
    assert got == EVENTS


def test_collaborations(heldout):
    co = vs.collaborations(heldout)
    assert list(co[["doc_id", "a", "b", "mechanism"]].itertuples(index=False, name=None)) == PAIRS


def test_places(heldout):
    pl = vs.places(heldout)
    assert {d: g["name"].tolist() for d, g in pl.groupby("doc_id")} == PLACES
