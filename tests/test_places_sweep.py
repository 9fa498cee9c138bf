"""Places sweep over real pages nobody has annotated (branch places-sweep): each rule on
a real line from a public vocational-education page read in the sweep (Traditional
pages as the cleaning step gives them, in Simplified) and on a negative case that the
rule must leave as it was.
"""

from __future__ import annotations

from vocstudy.gazetteer import find_places


def names(text: str) -> list[str]:
    return [m.name for m in find_places(text)]


def test_county_level_word_is_no_county():
    # 探索 + 县域 ('the county level') is not 索县 (西藏)
    assert names("探索县域职业学校发展新路径,10万以上人口的旗县(市、区)重点建设好1所职教中心") == []
    assert names("推动区域、市域产教联合体建设") == []
    # the county itself is still read, also before 县域
    assert names("索县职业技术学校") == ["索县"]
    assert names("理县县域经济") == ["理县"]
