"""Short excerpts of real public news pages, read by hand, for the event and pair rules.

Found with the project's page search (corpus ``pages``) on 2026-11-26; each entry keeps
its address. None comes from ``validation/``. ``gold`` is what a careful reader finds,
following the annotation guide's rules (events reported at the occasion, the lead
event and its city, collaborating pairs):

* ``events``: the event types reported (article × type);
* ``lead``: ``(type, city)`` of the occasion the excerpt reports; city ``None`` when the
  excerpt does not say where it happened;
* ``pairs``: unordered pairs of places presented as working together (at the level the
  excerpt names them).

``heldout`` marks five excerpts read and scored only after the rules were final (not
used to develop them).

``needs_gazetteer`` marks pairs that need 中国 or a foreign city in the gazetteer (being
added in parallel); they are scored separately.

Run ``python tests/real_excerpts.py`` to print the scores of the current rules.
"""

from __future__ import annotations

EXCERPTS: dict[str, dict] = {
    "r01": {
        "url": "https://wenzhou.focus.cn/zixun/b4bd6ceb2707411d.html",
        "published": "2021-04-06",
        "text": "瓯海将建温职院附属职业中专\n"
        "3月30日,瓯海区与温州职业技术学院重点合作项目签约仪式举行。\n"
        "仪式上,瓯海区政府与温州职业技术学院双方代表分别签署《合作建设温州职业技术学院附属瓯海职业中专"
        "集团学校协议》和《合作共建温州设计学院补充协议》。现场还举行了温州职业技术学院附属瓯海职业中专"
        "集团学校授牌仪式。\n"
        "据瓯海区相关负责人介绍,此次合作办学是贯彻国家中高职协同发展、落实职教提质培优的具体举措,"
        "也是建设温台职教高地、促进瓯海职教发展的重要部署。",
        "events": {"signing", "plaque_ceremony"},
        "lead": ("signing", None),
        "pairs": set(),
    },
    "r02": {
        "url": "https://www.gzasmz.cn/ArtcleDetail.aspx?ID=3331",
        "published": "2023-03-30",
        "text": "为进一步深化职业教育校企合作办学,应四川希望教育集团邀请,3月26—28日,安顺市职教代表团"
        "(含本科院校)到成都希望教育集团总部进行考察,我校党总支书记、校长付贵生,教务科科长杨光文随团参加。\n"
        "代表团先后考察了希望教育集团旗下的四川天一学院、四川科技职业学院鼎利学院,与集团领导、学院领导"
        "和老师们分别座谈,在跨区域联合办学、校企合作等方面进行了探讨。\n"
        "3月28日,随团出席安顺市党政代表团与四川德康集团的座谈会及签约仪式,安顺市人民政府、安顺市教育局、"
        "安顺学院、安顺职院、安顺经开区、平坝区等与德康集团、四川希望教育集团签订了一系列合作协议,"
        "下一步双方将尽快推动协议的落实落地,推动安顺市乡村振兴和职业教育的发展。",
        "events": {"visit", "meeting", "signing"},
        "lead": ("visit", "成都市"),
        "pairs": {("四川省", "安顺市")},
    },
    "r03": {
        "url": "https://hebeidemin.com/html/903/20210416/content-2979.html",
        "published": "2021-04-16",
        "text": "服务成渝地区双城经济圈 协同发展唱响职教双城记\n"
        "为积极响应成渝地区双城经济圈发展战略,推动成渝地区职业教育深度融合、协同发展,4月15日,"
        "重庆市工业技师学院院长唐勇、党委书记金露一行5人与四川省泸县建筑职业中专召开合作交流座谈暨"
        "协同发展签约仪式,泸县建校校长张永鸿、副校长李开海等领导出席。\n"
        "唐勇院长一行在泸县建校张永鸿校长的带领下参观了校园,实地考察了实训中心、众创中心等场所。\n"
        "座谈最后,唐勇院长与张永鸿校长签订《校校合作框架协议》。",
        "events": {"meeting", "signing", "visit"},
        "lead": ("signing", "泸州市"),
        "pairs": {("四川省", "重庆市")},
    },
    "r04": {
        "url": "http://www.lcsjsxy.cn/xqhzyjy/2024/0925/c484a46581/page.htm",
        "published": "2024-09-25",
        "text": "9月3日,学院与茌平区人民政府举行校地融合发展签约仪式,开启校地合作共赢新篇章。\n"
        "仪式上,金同元与信发集团副总经理张怀涛共同为聊城市技师学院“信发产业学院”揭牌。\n"
        "徐公义、高红平分别代表聊城市技师学院和茌平区人民政府签署政校合作框架协议。",
        "events": {"signing", "plaque_ceremony"},
        "lead": ("signing", None),
        "pairs": set(),
    },
    "r05": {
        "url": "http://zgjssw.jschina.com.cn/shixianchuanzhen/wuxi/202011/t20201123_6883435.shtml",
        "published": "2020-11-23",
        "text": "长三角开发区职教发展联盟在锡成立\n"
        "本报讯 昨天,长三角开发区职业教育发展联盟在无锡科技职业学院成立。该联盟由国家教育宏观政策"
        "研究院、长三角一体化发展研究院倡导,长三角服务开发区的职业院校和行业企业共同发起成立,"
        "是职业教育落实长三角一体化战略的重要行动,也是推进开发区职业教育与产业一体化发展的重要举措。\n"
        "据介绍,联盟成立后,将坚持“跨界融合、多边互动、互学互鉴、互利共赢”的发展原则,"
        "打造长三角开发区职业教育高质量发展样板。",
        "events": {"founding"},
        "lead": ("founding", "无锡市"),
        "pairs": set(),
    },
    "r06": {
        "url": "http://szb.wxrb.com/content/202212/08/content_130346.html",
        "published": "2022-12-08",
        "text": "为落实《中华人民共和国职业教育法》,推进职普融通、产教融合、科教融汇,促进开发区职业教育"
        "高质量发展,全国开发区职业教育高质量发展研讨会暨工信部“校企协同就业创业创新示范实践基地”授牌、"
        "长三角开发区集成电路产业学院成立仪式,近日在无锡高新区(新吴区)举行,全国开发区职业教育发展"
        "联盟同时成立。\n"
        "无锡科技职业学院于2020年牵头成立长三角开发区职业教育发展联盟。联盟聚焦产业学院建设,"
        "为推动产教深度融合提供了开发区职业教育的实践样本。",
        "events": {"forum", "plaque_ceremony", "founding"},
        "lead": ("forum", "无锡市"),
        "pairs": set(),
    },
    "r07": {
        "url": "http://www.bbgymx.com.cn/contents/10/3775.html",
        "published": "2018-01-13",
        "text": "蚌埠市中等职学校2018年技能大赛在职教园区举行开幕式,正式拉开了蚌埠中等职业学校技能大赛大幕,"
        "蚌埠市职业学校的参赛选手们个个摩拳擦掌,跃跃欲试。\n"
        "2018年元月13日,来自蚌埠市和五河县、固镇县、怀远县等职业学校的比赛选手、裁判员汇聚于此,"
        "参加技能大赛的开幕式。\n"
        "乌兰局长在致辞中首先代表大赛组委会和教育局向承办大赛的各个学校表示感谢。接着她回顾了在2017年"
        "市职业教育在技能大赛、文明风采等活动中取得的优异成绩。此次大赛共有14个赛点学校承办了68个比赛项目,"
        "共有656名选手参加比赛。",
        "events": {"competition"},
        "lead": ("competition", "蚌埠市"),
        "pairs": set(),
    },
    "r08": {
        "url": "http://zqosaa.cn/html/news/notice/2018/0106/1342.html",
        "published": "2018-01-06",
        "text": "1月5日,2018年四川省中等职业学校学生技能大赛“万博教育”杯信息类赛项开幕式在我校举行。"
        "成都市教育局高等教育与职业教育处老师范静娴、青白江区教育局党组书记、局长郭万俊等领导以及裁判员、"
        "企业代表出席了此次开幕式,全体参赛代表队参加。\n"
        "开幕式上,我校校长彭传章首先致辞,他表示,承办此次技能大赛,是四川省教育厅、成都市教育局和"
        "各兄弟学校对学校的信任。",
        "events": {"competition"},
        "lead": ("competition", "成都市"),
        "pairs": set(),
    },
    "r09": {
        "url": "http://www.dongyuewang.com/website/shehui/20160921/6399.html",
        "published": "2016-09-21",
        "text": "(见习记者 孙征)9月20日,2016年泰安市职业院校技能大赛开幕式在宁阳县职业中专隆重举行。"
        "开幕式由市政府办公室副调研员田萌主持。副市长成丽出席活动并宣布技能大赛开幕。\n"
        "开幕式上,通报表彰了2015-2016年度我市参加全国全省职业院校技能大赛先进集体、先进个人,"
        "并为先进集体和个人颁发了奖品和证书。开幕式后,参加开幕式的领导和嘉宾参观视察了宁阳县职业中专大赛现场。",
        "events": {"competition"},
        "lead": ("competition", "泰安市"),
        "pairs": set(),
    },
    "r10": {
        "url": "http://big5.cctv.com/gate/big5/news.cntv.cn/20120428/118637.shtml",
        "published": "2012-04-28",
        "text": "2012年福建省高等職業院校技能大賽開幕\n"
        "4月25-28日,2012年福建省高等職業院校技能大賽在漳州職業技術學院舉行。來自主辦單位、"
        "全省高職院校及行業、企業的領導、來賓、裁判、選手共2000多人參加了活動。\n"
        "本次大賽由福建省教育廳、福建省人力資源和社會保障廳、漳州市人民政府等單位共同主辦,"
        "漳州職業技術學院承辦。",
        "events": {"competition"},
        "lead": ("competition", "漳州市"),
        "pairs": set(),
    },
    "r11": {
        "url": "http://sfdot.oucnet.cn/GuShiXian/html/2018/04/20/ec5e7b1f-999a-49af-8f5f-09d4dc725ec8.htm",
        "published": "2018-04-20",
        "text": "固始县第四届中等职业技能大赛隆重开幕\n"
        "4月20日上午,由教体局主办、县职教中心承办的固始县第四届中等职业教育技能大赛隆重开幕。"
        "教体局相关负责人以及各参赛学校选手、职教中心全体师生参加了开幕式。开幕式由杨培军主持。\n"
        "杨培军宣布大赛开幕,希望各参赛选手发扬奋力拼搏的精神,为我县参加省级技能大赛选拔优秀选手奠定"
        "坚实的基础。",
        "events": {"competition"},
        "lead": ("competition", "信阳市"),
        "pairs": set(),
    },
    "r12": {
        "url": "https://www.vtc.edu.hk/home/tc/media-newsroom/press-releases/"
        "VTC-and-Department-of-Education-of-the-Peoples-Government-of-Zhejiang-Province-sign-MoU-to-"
        "promote-VPET-and-talent-mobility.html",
        "published": "2024-03-21",
        "text": "VTC與浙江省教育廳簽署合作備忘錄\n"
        "職業訓練局(VTC)與浙江省教育廳於昨日(3月20日)簽署合作備忘錄,以建立更緊密的合作夥伴關係,"
        "融匯浙港兩地優勢,攜手推動浙港職業專才教育高質量發展。\n"
        "「浙港職業教育交流會暨浙港職業教育聯盟年度會議」昨日於浙江旅遊職業學院舉行。會上,VTC與浙江省"
        "教育廳舉行合作備忘錄簽署儀式,由VTC副執行幹事沈朝暉及浙江省教育廳副廳長舒培冬代表簽署。",
        "events": {"signing", "forum", "meeting"},
        "lead": ("signing", None),
        "pairs": {("浙江省", "香港特别行政区")},
    },
    "r13": {
        "url": "https://hd.stheadline.com/ncov/news-detail.php?r=1947257&y=2023",
        "published": "2023-02-24",
        "text": "教育局與廣東省教育廳今日(24日)簽署《關於加強粵港教育交流與合作框架協議》,加強兩地的教育協作,"
        "內容包括繼續鼓勵粵港高等院校開展辦學合作、人才聯合培養和科技交流合作。\n"
        "職訓局今日與廣東省教育廳簽署《合作備忘錄》。\n"
        "陳國基表示,是次協議簽署彰顯粵港在共同全速推進高水平合作和高質量發展的進程中,又向前邁進一步。"
        "該協議配合「十四五」規劃和粵港澳大灣區建設等國家發展戰略,促進粵港兩地深化教育交流合作,"
        "培養大灣區社會經濟發展需要的人才。",
        "events": {"signing"},
        "lead": ("signing", None),
        "pairs": {("广东省", "香港特别行政区")},
    },
    "r14": {
        "url": "https://zi.media/@yidianzixun/post/mzs2wo",
        "published": "2016-07-09",
        "text": "甘肅與天津簽訂職業教育東西協作行動計劃落實協議\n"
        "7月8日,教育部在蘭州舉行了職業教育東西協作行動計劃落實工作簽約儀式。會上,天津甘肅、上海雲南等"
        "16個省區市分別簽訂了職業教育東西協作行動計劃落實協議書,對口協作促進職業教育發展。\n"
        "根據省教育廳與天津市教委簽訂職業教育東西協作行動計劃落實協議,天津市教委將把支持甘肅職業教育與"
        "繼續教育發展作為教育援建工作的重點,積極協調相關項目落實。",
        "events": {"signing"},
        "lead": ("signing", "兰州市"),
        "pairs": {("天津市", "甘肃省"), ("上海市", "云南省")},
    },
    "r15": {
        "url": "http://v15510.com/news/zzxw/20180515/419462.html",
        "published": "2018-05-15",
        "text": "黔西南州職業教育校企校校發展大會暨2018年“職業教育活動周”啟動儀式舉行\n"
        "近年來,在浙江省寧波市的幫扶下,黔西南職業教育取得了的快速發展,全州3所中等職業學校成功進入"
        "省示範中職學校。\n"
        "2018年5月14日,寧波市教育局副局長張建國率寧波外事學校等八所寧波優質中等職業學校領導出席黔西南州"
        "職業教育校企合作發展大會暨2018年“職業教育活動周”啟動儀式。會上,黔西南州興義市中等職業學校等"
        "8所職校分別與寧波相關職校簽訂合作幫扶協議。",
        "events": {"meeting", "launch", "signing"},
        "lead": ("meeting", "黔西南布依族苗族自治州"),
        "pairs": {("宁波市", "黔西南布依族苗族自治州")},
    },
    "r16": {
        "url": "https://hxdjzs.com/bz/2022-02-22/21742.html",
        "published": "2022-02-22",
        "text": "2022年2月22日,平昌县县委常委、副县长杨文彪一行3人,在县教育科技和体育局党组成员胡勇等同志"
        "陪同下,来我校调研东西部协作情况。\n"
        "学校对东西部协作项目和“东迁西归”工作高度重视,安排专人到浙江永康职业技术学校对接。\n"
        "杨常委在听取汇报后,对平昌县职业中学东西部协作工作给予了充分肯定,并提出统筹推进平昌永康项目的建设。",
        "events": {"visit"},
        "lead": ("visit", "巴中市"),
        "pairs": {("平昌县", "永康市")},
    },
    "r17": {
        "url": "https://sdwm.edu.cn/info/1048/24083.htm",
        "published": "2018-05-08",
        "text": "5月7日上午,泰安校区举行了2018年“职业教育活动周”启动仪式,校区领导及全体师生参加。\n"
        "本届“职业教育活动周”时间为5月6日至12日,主题是“职教改革四十年,产教融合育工匠”。"
        "活动期间,校区师生将精心组织、全员参与,宣传好职业教育的重要意义和政策措施。",
        "events": {"launch"},
        "lead": ("launch", "泰安市"),
        "pairs": set(),
    },
    "r18": {
        "url": "https://m.news.shi-fen.com/china/201905/50-313194.html",
        "published": "2019-05-07",
        "text": "全省2019年“职业教育活动周”启动\n"
        "5月6日上午,山西省2019年“职业教育活动周”启动仪式在山西建筑职业技术学院举行。据悉,"
        "2019年“职业教育活动周”是国家第5个职业教育活动周,从5月6日持续到12日。\n"
        "当天我省举办了山西省职业教育改革发展成就展、山西省现代学徒制试点单位校企协同育人成果展等,"
        "5月10日晚还将举办全省职业教育活动周艺术展演。\n"
        "据介绍,在整个活动周期间,全省各级各类职业院校将开放所有实验实训室,开展技能体验观摩、"
        "校企合作成果和校园文化展示活动,邀请合作企业代表和优秀毕业生返校,举办本行业技术前沿和行业前景论坛。",
        "events": {"launch", "exhibition"},
        "lead": ("launch", None),
        "pairs": set(),
    },
    "r19": {
        "url": "https://lemofix.com/whsh/2009-06/26/content_165777.htm",
        "published": "2009-06-26",
        "text": "本報訊\n"
        "由教育部、天津市人民政府、人力資源社會保障部等10個部門聯合舉辦的2009年全國職業院校技能大賽,"
        "將於6月27日至30日在天津舉行。期間,還將舉辦第七屆全國職業教育現代技術裝備及教材展覽會並召開"
        "全國中等職業學校德育工作會議。",
        "events": {"competition", "exhibition", "meeting"},
        "lead": ("competition", "天津市"),
        "pairs": set(),
    },
    "r20": {
        "url": "http://edu.china.com.cn/2020-11/27/content_76954633.htm",
        "published": "2020-11-27",
        "text": "2020职业教育服务湾区经济社会发展高层对话会开幕\n"
        "11月26-27日,由中华职业教育社、广东省中华职业教育社主办的2020职业教育服务湾区经济社会发展"
        "高层对话会在广东珠海举办。\n"
        "开幕会上,陈昌智、李心和方乃纯为“广东省职业教育研究院”揭幕。中华职业教育社党组书记、总干事方乃纯"
        "与珠海市人民政府副市长李翀签署《中华职业教育社、珠海市人民政府共同推进“职业教育促进经济社会发展"
        "试验区”建设协议书》,并为“职业教育促进经济社会发展试验区”铜牌揭幕。李英爱为珠海城市职业技术学院和珠海市第一中等职业学校授予“职业教育促进经济"
        "社会发展试验校”铜牌。",
        "events": {"meeting", "plaque_ceremony", "signing"},
        "lead": ("meeting", "珠海市"),
        "pairs": set(),
    },
    "r21": {
        "url": "http://wuwenjie.xyz/wordpress/archives/67469",
        "published": "2024-05-24",
        "text": "中新网天津5月24日电 (周亚强)第四届津雄职业教育协同发展论坛暨京津冀职业教育协同发展交流会24日在"
        "天津职业大学隆重举行。此次论坛由津雄职业教育发展联盟、京津冀“双高计划”建设联盟主办,吸引了来自天津、"
        "雄安新区以及北京等地的40余所中高职院校代表和合作企业代表共计200余人参加。\n"
        "津雄职业教育发展联盟的负责人表示,职业教育是培养高技能人才的重要途径,京津冀三地应进一步加强合作,"
        "打破地域壁垒,实现资源共享。\n"
        "此外,论坛还举行了多场专题研讨会,讨论了如何通过产教融合、校企合作等方式,促进职业教育与产业发展的"
        "深度融合。",
        "events": {"forum"},
        "lead": ("forum", "天津市"),
        "pairs": set(),
    },
    "r22": {
        "url": "http://zqb.cyol.com/html/2016-05/30/nw.D110000zgqnb_20160530_5-06.htm",
        "published": "2016-05-30",
        "text": "本报讯(中国青年报·中青在线记者王烨捷)5月28日,由同济大学、中德(上海)职教合作示范基地、"
        "上海现代国际教育研究院、德国柏林职教集团牵头共同发起筹建的中德职业教育联盟在沪成立。"
        "该联盟未来将通过联合重庆、天津、青岛等3家中德职教合作示范基地和众多职业院校,协调供需、整合力量,"
        "对接德国权威职业教育机构和优质资源。",
        "events": {"founding"},
        "lead": ("founding", "上海市"),
        "pairs": {("上海市", "德国")},
        "needs_gazetteer": {("中国", "德国")},
    },
    "r23": {
        "url": "http://www.ahdca.org/article/detail/17817.html",
        "published": "2021-05-27",
        "text": "5月25日,长三角G60科创走廊九城市和安徽六安市职业教育产教融合联盟创建研讨会在上海科创职业"
        "技术学院召开,民建上海市松江区委副主委、松江区教育局职教科科长张峰在会议上作了报告,"
        "松江区副区长顾洁燕出席并致欢迎词。\n"
        "张峰在报告中对G60职业教育产教融合联盟的组织框架、运行机制、工作内容进行了详细说明,"
        "提出成立指导和管理机构、实施会员制管理。",
        "events": {"forum"},
        "lead": ("forum", "上海市"),
        "pairs": set(),
    },
    "r24": {
        "url": "https://m.fx361.cc/news/2020/1228/7761250.html",
        "published": "2020-12-28",
        "text": "山西省“职业教育活动周”启动\n"
        "11月8日上午,山西省2020年“职业教育活动周”在山西财政税务专科学校启动。启动仪式由省委教育工作委员会"
        "副书记何林有主持,省政协副主席李青山讲话,并宣布活动周启动。\n"
        "本次“职业教育活动周”期间,来自我省各地市的40所职业院校现场展示了本校的特色专业项目。",
        "events": {"launch"},
        "lead": ("launch", None),
        "pairs": set(),
    },
    "r25": {
        "url": "http://yule.kcwzh.com/xingwen/426187.html",
        "published": "2025-05-11",
        "heldout": True,
        "text": (
            "2025年成渝地区双城经济圈职业教育活动周在渝启幕\n"
            "和商网重庆5月11日电(陈媛)11日,2025年成渝地区双城经济圈职业教育活动周启动仪式在渝举行,活动旨在展示川渝职业教育改革成果,深化区域协同发展,为成渝地区双城经济圈建设注入源源不断的技能人才动力。\n"
            "据介绍,川渝两地教育部门充分发挥教育的基础性、先导性和全局性作用,川渝职教协同推动建立成渝地区双城经济圈职业教育协同发展联盟,建设泸永江、万达开等5个融合发展试验区,成立陆海新通道职业教育国际合作联盟等国际交流合作平台,联合举办成渝地区双城经济圈职业教育活动周、西部职业教育论坛等品牌活动。"
        ),
        "events": ["launch"],
        "lead": ("launch", "重庆市"),
        "pairs": [("四川省", "重庆市")],
    },
    "r26": {
        "url": "http://hkcna.hk./docDetail.jsp?channel=4372&id=100401582",
        "published": "2023-07-02",
        "heldout": True,
        "text": (
            "港中大代表團在京簽4項合作協議\n"
            "香港新聞網7月2日電 香港中文大學7月2日公佈,校長段崇智在上月28至30日率中大高層代表團赴北京訪問,拜會11個中央部委和機構,並與不同夥伴機構簽署4項合作協議,促進多方合作交流。\n"
            "港中大亦與不同夥伴機構簽署了4項合作協議,包括與故宮博物院簽署合作意向書;與北京市人才工作局、國家(中關村)火炬科創學院簽署合作交流備忘錄等。"
        ),
        "events": ["signing", "visit"],
        "lead": ("visit", "北京市"),
        "pairs": [("北京市", "香港特别行政区")],
    },
    "r27": {
        "url": "https://sccvc.com/go-c235.htm",
        "published": "2024-04-11",
        "heldout": True,
        "text": (
            "川港职业与应用教育联盟第二次工作会议在四川长江职业学院成功召开\n"
            "2024年4月10日,川港职业与应用教育联盟第二次工作会议在四川长江职业学院隆重举行。由香港特区政府教育局副局长施俊辉担任名誉团长的川港职业与应用教育联盟(港方)访问团与四川教育界代表进行了深入交流,签署了筹建“川港职业与应用教育研究院”以及有关专业合作、学生交流等多个合作备忘录。"
        ),
        "events": ["meeting", "signing", "visit"],
        "lead": ("meeting", None),
        "pairs": [("四川省", "香港特别行政区")],
    },
    "r28": {
        "url": "http://uscntv.com/wenhua/159980.html",
        "published": "2025-12-18",
        "heldout": True,
        "text": (
            "浙港两地专家学者相聚临海 共商职教发展新生态\n"
            "为深入推动浙江、香港职业教育协同创新,赋能高素质技能人才培养和区域产业升级。12月17日,由浙江省中华职教社主办的“携手共育 职通未来”浙港职教高质量发展交流活动在台州临海举行,来自浙港两地的职业教育专家学者、院校代表等相聚一堂,共商合作、共谋发展。\n"
            "当日,两场专题合作洽谈圆桌会同步召开。"
        ),
        "events": ["meeting"],
        "lead": ("meeting", "台州市"),
        "pairs": [("浙江省", "香港特别行政区")],
    },
    "r29": {
        "url": "https://m.163.com/dy/article/G8PHM1FS0515ESFT.html",
        "published": "2021-04-29",
        "heldout": True,
        "text": (
            "今天(4月29日),上海市教育委员会与苏州市政府签署教育高质量协同发展战略协作框架协议。\n"
            "江苏省委常委、苏州市委书记许昆林会见了上海市教卫工作党委书记沈炜一行。苏州市委副书记、市长李亚平出席签约仪式。\n"
            "许昆林说当前苏州正积极主动抢抓长三角一体化发展最大机遇,大力推进“沪苏同城化”。"
        ),
        "events": ["signing"],
        "lead": ("signing", None),
        "pairs": [("上海市", "苏州市")],
    },
}


def _norm(pair: tuple[str, str]) -> tuple[str, str]:
    a, b = pair
    return (a, b) if a < b else (b, a)


def _province(name: str) -> str:
    from vocstudy.gazetteer import lookup

    p = lookup(name)
    return (p.province or name) if p is not None else name


def _match(p: tuple[str, str], gold: set[tuple[str, str]]) -> bool:
    if _norm(p) in {_norm(g) for g in gold}:
        return True
    lifted = _norm((_province(p[0]), _province(p[1])))
    return lifted[0] != lifted[1] and lifted in {
        _norm((_province(a), _province(b))) for a, b in gold
    }


def score(include_gazetteer: bool = False, heldout: bool = False) -> dict[str, float]:
    """Article × type P/R, lead-city accuracy and pair P/R of the current rules, on the
    excerpts used while developing them (default) or on the held-out ones."""
    import pandas as pd

    import vocstudy as vs

    chosen = {k: v for k, v in EXCERPTS.items() if bool(v.get("heldout")) == heldout}
    texts = {k: v["text"] for k, v in chosen.items()}
    corpus = vs.corpus_from_texts(texts, published={k: v["published"] for k, v in chosen.items()})
    ev = vs.events(corpus)
    pred_types = {(r.doc_id, r.event_type) for r in ev.itertuples()}
    gold_types = {(k, t) for k, v in chosen.items() for t in v["events"]}
    tp = len(pred_types & gold_types)
    out = {
        "events_precision": tp / len(pred_types) if pred_types else 1.0,
        "events_recall": tp / len(gold_types),
    }
    ae = getattr(vs, "article_events", None)
    if ae is not None:
        table = ae(corpus)
        lead = {
            r.doc_id: (None if pd.isna(r.place) else r.place) for r in table.itertuples() if r.lead
        }
        stated = [k for k, v in chosen.items() if v["lead"][1] is not None]
        ok = sum(1 for k in stated if lead.get(k) == chosen[k]["lead"][1])
        out["lead_city"] = ok / len(stated)
    co = vs.collaborations(corpus)
    pred = {(r.doc_id, *_norm((r.a, r.b))) for r in co.itertuples()}
    gold = {}
    for k, v in chosen.items():
        g = set(v["pairs"])
        if include_gazetteer:
            g |= v.get("needs_gazetteer", set())
        gold[k] = g
    correct = [p for p in pred if _match(p[1:], gold[p[0]])]
    found = [
        (k, g)
        for k, gs in gold.items()
        for g in gs
        if any(p[0] == k and _match(p[1:], {g}) for p in pred)
    ]
    n_gold = sum(len(g) for g in gold.values())
    out["pairs_precision"] = len(correct) / len(pred) if pred else 1.0
    out["pairs_recall"] = len(found) / n_gold if n_gold else 1.0
    return out


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.stdout.write(f"developed on: {score()}\nheld out: {score(heldout=True)}\n")
