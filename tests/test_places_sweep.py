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


def test_a_title_ending_in_chang_is_not_the_start_of_a_place():
    # a Kazakh vice-rector's name after 副校长 is not 长沙
    line = "哈萨克斯坦国立技术大学副校长沙拉巴耶夫·萨帕尔一行、哈萨克斯坦电力与能源大学副校长朱潘汗·阿依别克一行分别参观访问学院"
    assert "长沙市" not in names(line)
    assert names("学院院长春节前到校慰问") == []
    # an organisation's name ending in 院/校 before 长沙, and 省长 of 湖南省长沙市, still read
    assert names("设计研究院长沙分院") == ["长沙市"]
    assert names("湖南省长沙市职业教育") == ["湖南省", "长沙市"]
    assert names("院长在长沙考察") == ["长沙市"]


def test_a_person_named_after_a_title_is_the_person_again_without_it():
    text = (
        "6月21日,我校与沛县人民政府举行合作办学签约仪式,徐州市副市长刘景,校党委书记朱东风,"
        "沛县县委书记丁广州,沛县县委副书记、县长索向东出席仪式。"
        "丁广州表示,沛县将通过此次合作,加快推动协议内容落地见效。"
    )
    assert "广州市" not in names(text)
    # without a title anywhere in the text, or for the place itself, nothing changes
    assert names("丁广州表示") == ["广州市"]
    assert names("县委书记丁广州出席。广州职业学院参与签约。") == ["广州市"]


def test_a_street_named_after_a_place_is_no_place():
    # a Taiwanese agency's history: 延平路 of 中坜 is a street, not 延平区 (南平, 福建)
    line = "57年4月 迁址中坜市延平路。 75年9月 迁入桃园市南华街92号现址办公。"
    assert "延平区" not in names(line)
    assert names("上海南京路步行街") == ["上海市"]
    # the place before 路 in other words is still read
    assert names("赴北京路上") == ["北京市"]
    assert names("西安路桥") == ["西安市"]


def test_taiwan_labour_agency_regions_name_their_counties():
    # 勞動力發展署's branches are named after the counties they serve, like 中彰投, 云嘉南
    line = "更在110年报名参加劳动力发展署高屏澎东分署办理的冷气冰箱维修班"
    assert names(line) == ["高雄市", "屏东县", "澎湖县", "台东县"]
    assert names("北基宜花金马分署")[:3] == ["台北市", "新北市", "基隆市"]
    # other words with these characters are not read
    assert names("提高屏幕亮度") == []


def test_east_west_pairings_su_qian_and_qian_yong():
    # 苏黔 (江苏–贵州, 苏州–铜仁) and 黔甬 (贵州–宁波): pairings like 粤黔 and 沪滇
    assert names("苏黔携手谱新篇 倾力帮扶 推动高质量发展迈上新台阶")[:2] == ["江苏省", "贵州省"]
    assert names("“黔甬”联合办学 助力对口帮扶") == ["贵州省", "宁波市"]
    assert names("甬黔协作") == ["宁波市", "贵州省"]
    # inside 江苏 + another name the pairing is not read
    assert names("江苏黔籍学生") == ["江苏省"]


def test_cheung_sha_wan_is_not_changsha():
    line = "本处为香港汇丰银行分别在红磡及长沙湾开办的企业附设幼儿中心"
    assert names(line) == ["香港特别行政区"]
    assert names("长沙职业技术学院") == ["长沙市"]


def test_foreign_cities_are_named_in_the_mainland_form():
    # GeoNames' Chinese names include colonial and Taiwanese/Hong Kong forms; the canonical
    # name is the one mainland text writes most (jieba's frequency)
    line = "2015年,上汽通用五菱在印度尼西亚雅加达动工建设海外生产基地。"
    assert names(line) == ["印度尼西亚", "雅加达"]
    assert names("该学校地处内罗毕闹市") == ["内罗毕"]
    # the other forms are still read, as aliases of the same city
    assert names("巴达威亚") == ["雅加达"]
    # a form with 市 keeps it when the stem is the frequent form (北九州 → 北九州市)
    assert names("北九州市立大学")[0] == "北九州市"


def test_a_common_word_name_listed_with_a_sibling_of_its_city_is_a_place():
    # 凤凰 and 龙山 are common words first (context-only), but listed with 泸溪, 永顺 …,
    # counties of the same prefecture, they are the counties
    line = "全省脱贫摘帽县中,该州泸溪、凤凰、花垣、保靖、古丈、永顺、龙山等7个县榜上有名。"
    assert names(line) == ["泸溪县", "凤凰县", "花垣县", "保靖县", "古丈县", "永顺县", "龙山县"]
    # Taiwanese districts listed with their city and county
    line = "原广设于台中、丰原、沙鹿、彰化、员林、南投的6个就业服务站更名为「就业中心」"
    assert names(line) == ["台中市", "丰原区", "沙鹿区", "彰化县", "员林市", "南投县"]
    # common words in a list without a sibling place stay words
    assert names("重庆人追求健康、长寿、幸福") == ["重庆市"]
    assert names("江南、江北") == []


def test_a_country_name_starting_a_transliterated_personal_name_is_no_place():
    line = (
        "土库曼斯坦教育部副部长阿曼诺夫·亚历山大,就教育、科学和创新方面同中国加强合作提出相关倡议。"
    )
    assert names(line) == ["土库曼斯坦", "中国"]  # not 阿曼 (Oman)
    assert names("马里奥·德拉吉") == []
    # the country itself, or a place after it before a dot, is still read
    assert names("在阿曼举行") == ["阿曼"]
    assert names("泰国曼谷·大城") == ["泰国", "曼谷"]
    assert names("与德国罗伯特·博世有限公司签署备忘录") == ["德国"]


def test_taiwan_former_counties_and_county_cities_are_aliases():
    # a Taiwanese agency's history names the units before the 2010/2014 mergers
    line = "62年7月 设立于桃园县桃园市中山路1494号。 88年9月 迁入杨梅市秀才路851号现址。 57年4月 迁址中坜市延平路。"
    assert names(line) == ["桃园市", "桃园市", "杨梅区", "中坜区"]
    assert names("台北县政府") == ["新北市"]  # not 台北市
    assert names("高雄县凤山市") == ["高雄市", "凤山区"]
    # market words are no former cities
    assert names("新店市场") == []


def test_gaoji_zhiye_zhongxue_is_a_school_word():
    text = (
        "湄洲湾职业技术学院院长许冬红一行赴清流县签订联合办学协议。"
        "近年来,清流高级职业中学与湄洲湾职业技术学院先后开展了“二元制”办学合作。"
    )
    assert names(text) == ["清流县", "清流县"]
    # a common word before 高级 is still no place
    assert names("提高高级职业技能") == []
