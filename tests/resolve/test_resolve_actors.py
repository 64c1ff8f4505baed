"""find_actors / resolve_name / person_suffix_span on sentences written for these tests."""
import pytest

from cityaid.resolve import find_actors, person_suffix_span, resolve_name


def keys(text, **kw):
    return [m.key for m in find_actors(text, **kw)]


def one(text, **kw):
    ms = find_actors(text, **kw)
    assert len(ms) == 1, [(m.surface, m.key) for m in ms]
    return ms[0]


@pytest.mark.parametrize("text,key,level", [
    ("日本", "JP", "country"),
    ("南韩", "KR", "country"),
    ("中华人民共和国", "CN", "country"),
    ("北海道", "JP/Hokkaido", "adm1"),
    ("新潟县", "JP/Niigata", "adm1"),
    ("三重县", "JP/Mie", "adm1"),
    ("忠清北道", "KR/North Chungcheong", "adm1"),
    ("忠清南道", "KR/South Chungcheong", "adm1"),
    ("庆尚南道", "KR/South Gyeongsang", "adm1"),
    ("济州特别自治道", "KR/Jeju", "adm1"),
    ("首尔特别市", "KR/Seoul", "city"),
    ("釜山广域市", "KR/Busan", "city"),
    ("益山市", "KR/Iksan", "city"),
    ("萨哈(雅库特)共和国", "RU/Sakha Republic", "adm1"),
    ("克拉斯诺亚尔斯克边区", "RU/Krasnoyarsk Krai", "adm1"),
    ("滨海边疆区", "RU/Primorsky Krai", "adm1"),
    ("巴西利亚联邦区", "BR/Federal District", "adm1"),
    ("萨克拉门托", "US/Sacramento", "city"),
    ("加利福尼亚州", "US/California", "adm1"),
    ("曼海姆", "DE/Mannheim", "city"),
    ("巴登-符腾堡州", "DE/Baden-Württemberg", "adm1"),
    ("仓敷市", "JP/Kurashiki", "city"),
    ("黑龙江省", "CN/Heilongjiang", "adm1"),
    ("内蒙古自治区", "CN/Inner Mongolia", "adm1"),
    ("陕西省", "CN/Shaanxi", "adm1"),
    ("重庆", "CN/Chongqing", "city"),
    ("镇江市", "CN/Zhenjiang", "city"),
    ("沙坪坝区", "CN/Chongqing/Shapingba", "district"),
    ("上合组织", "ORG/SCO", "org"),
    ("世界卫生组织", "ORG/WHO", "org"),
    ("非盟", "ORG/African Union", "org"),
    ("欧盟", "ORG/EU", "org"),
])
def test_key_conventions(text, key, level):
    m = one(f"据报道,{text}于昨日表态。")
    assert (m.key, m.level, m.surface) == (key, level, text)


def test_offsets_point_into_text():
    t = "今天,新潟县和北海道分别收到物资。"
    for m in find_actors(t):
        assert t[m.start:m.end] == m.surface


def test_country_adm1_city_chain_is_one_mention():
    t = "来自美国华盛顿州西雅图市的代表团"
    m = one(t)
    assert m.key == "US/Seattle" and m.level == "city"
    assert m.surface == "美国华盛顿州西雅图市"
    assert m.components == ("US", "US/Washington", "US/Seattle")


@pytest.mark.parametrize("text,key,surface", [
    ("本市德国友城杜塞尔多夫市寄来了口罩", "DE/Düsseldorf", "德国友城杜塞尔多夫市"),
    ("他与日本友城津市取得联系", "JP/Tsu", "日本友城津市"),
    ("物资运抵俄罗斯萨哈(雅库特)共和国", "RU/Sakha Republic", "俄罗斯萨哈(雅库特)共和国"),
    ("韩国忠清北道发来感谢信", "KR/North Chungcheong", "韩国忠清北道"),
    ("俄滨海边区州长来电", "RU/Primorsky Krai", "俄滨海边区"),
    ("白俄罗斯明斯克州州政府", "BY/Minsk Region", "白俄罗斯明斯克州"),
    ("重庆市沙坪坝区捐赠", "CN/Chongqing/Shapingba", "重庆市沙坪坝区"),
    ("重庆永川向意大利", "CN/Chongqing/Yongchuan", "重庆永川"),
])
def test_chains(text, key, surface):
    ms = [m for m in find_actors(text) if m.key == key]
    assert ms and ms[0].surface == surface


def test_belarus_beats_russia():
    assert keys("白俄罗斯和俄罗斯都表示支持") == ["BY", "RU"]


def test_heilongjiang_gives_no_longjiang():
    assert keys("黑龙江的企业和黑龙江省政府") == ["CN/Heilongjiang", "CN/Heilongjiang"]


def test_no_city_inside_words():
    assert keys("我们向日本捐赠了口罩") == ["JP"]
    assert keys("这是我们的友好中心") == []
    assert keys("区域合作与市场开拓") == []
    assert keys("吃汉堡包和三明治") == []


def test_tsu_disambiguation():
    # a bare 津市 is the county-level city in Hunan ...
    assert keys("津市召开会议") == ["CN/Changde/Jinshi"]
    # ... with a Japan cue it is Tsu, and the document keeps that reading
    assert keys("日本友城津市来信。当时津市的口罩已售罄") == ["JP/Tsu", "JP/Tsu"]
    assert keys("日本津市") == ["JP/Tsu"]


def test_same_name_by_country_then_rank():
    assert keys("韩国大田") == ["KR/Daejeon"]
    assert keys("德州的企业") == ["CN/Dezhou"]
    assert keys("美国德州的企业") == ["US/Texas"]


def test_weak_foreign_name_needs_cue():
    # 丰川 (Toyokawa) is curated: strong; a 2-character GeoNames-only name is not
    assert keys("日本仓敷、丰川两市") == ["JP/Kurashiki", "JP/Toyokawa"]


def test_abbreviations_need_a_cue():
    assert keys("俄方高度评价") == ["RU"]
    assert keys("乌方提出请求") == ["UA"]
    assert keys("美驻华大使") == ["US"]
    assert keys("集中方式处理") == []
    assert keys("道德方面的问题") == []
    assert keys("中韩两国") == ["CN", "KR"]


def test_national_bodies_take_the_country_key():
    assert keys("意大利红十字会接收了物资") == ["IT"]
    assert keys("韩国驻沪总领事来信") == ["KR"]
    assert keys("中国人民对外友好协会") == ["CN"]


def test_unknown_place_after_known_country():
    m = one("美国卡拉巴拉市发来慰问信")
    # open world: an unknown name after its country is kept as written, keyed by that country
    assert (m.key is None or m.key.startswith("US/")) and m.country == "US" and m.surface == "美国卡拉巴拉市" and m.level == "city"
    assert keys("美国各州") == ["US"]
    assert keys("德国政府") == ["DE"]


def test_home_prefers_its_districts():
    assert keys("永川区") == ["CN/Chongqing/Yongchuan"]
    assert keys("永川捐赠") == []
    assert keys("永川捐赠", home="CN/Chongqing") == ["CN/Chongqing/Yongchuan"]
    assert keys("朝阳区", home="CN/Changchun") == ["CN/Changchun/Chaoyang"]


@pytest.mark.parametrize("name,key", [
    ("镇江", "CN/Zhenjiang"), ("鎮江", "CN/Zhenjiang"), ("鎮江市", "CN/Zhenjiang"), ("Zhenjiang", "CN/Zhenjiang"),
    ("zhenjiang", "CN/Zhenjiang"), ("CN/Zhenjiang", "CN/Zhenjiang"), ("韓國", "KR"), ("South Korea", "KR"),
    ("Heilongjiang Province", "CN/Heilongjiang"), ("黑龍江", "CN/Heilongjiang"), ("濱海邊區", "RU/Primorsky Krai"),
    ("上海合作組織", "ORG/SCO"), ("Sacramento", "US/Sacramento"), ("KR-43", "KR/North Chungcheong"),
    ("重慶市沙坪壩區", "CN/Chongqing/Shapingba"), ("jp/hokkaido", "JP/Hokkaido"),
])
def test_resolve_name(name, key):
    m = resolve_name(name)
    assert m is not None and m.key == key


def test_resolve_name_unknown():
    assert resolve_name("") is None
    assert resolve_name("无此地名") is None


@pytest.mark.parametrize("text,expected", [
    ("群山市市长姜临准来信", "群山市市长姜临准"),
    ("斯图加特市第一市长弗里茨·库恩表示", "斯图加特市第一市长弗里茨·库恩"),
    ("韩国忠清南道知事梁承晁在信中", "韩国忠清南道知事梁承晁"),
    ("巴西总统博索纳罗、", "巴西总统博索纳罗"),
    ("意大利驻沪总领事范孟德对此", "意大利驻沪总领事范孟德"),
    ("奥地利总统发推", "奥地利总统"),
    ("德国向我市捐赠", "德国"),
])
def test_person_suffix_span(text, expected):
    m = find_actors(text)[0]
    assert text[m.start:person_suffix_span(text, m.end)] == expected


@pytest.mark.parametrize("text,key", [
    ("江苏省江阴市", "CN/Wuxi/Jiangyin"),     # a county-level city is keyed under its prefecture (spec: a path)
    ("浙江义乌", "CN/Jinhua/Yiwu"),
    ("无锡江阴", "CN/Wuxi/Jiangyin"),
    ("浙江省丽水市青田县", "CN/Lishui/Qingtian"),  # so is a county
    ("四川甘孜", "CN/Ganzi"),                  # pinyin, as the gold writes it
])
def test_county_level_city_keys(text, key):
    assert keys(text)[-1] == key


def test_the_day_of_a_date_is_not_japan_before_a_chinese_province():
    # 5月3日云南…: 日 closes the date; 云南 is the province, not a Japanese town of that name
    assert keys("5月3日云南省组建的医疗队飞赴万象")[0] == "CN/Yunnan"
    assert keys("继4月18日云南派出专家组之后")[0] == "CN/Yunnan"



@pytest.mark.parametrize("text,key", [
    ("香港特别行政区政府向该市捐赠口罩", "HK"),   # the SAR's full name: its own ISO code, not CN/...
    ("澳门特区政府发来慰问", "MO"),
    ("台湾省红十字会表示", "TW"),
    ("中国台湾的企业捐出物资", "TW"),
    ("港府宣布向友好城市提供援助", "HK"),
])
def test_hong_kong_macau_taiwan_are_keyed_by_their_own_codes(text, key):
    assert keys(text)[0] == key


@pytest.mark.parametrize("text,key", [
    ("北市府今天把口罩寄往姊妹市", "TW/Taipei"),   # Taiwan press: 北市府 / 高市府 for a city's government
    ("高市府表示将捐出防疫物资", "TW/Kaohsiung"),
    ("金门县政府致函感谢", "TW/Kinmen"),
])
def test_taiwan_city_government_short_forms(text, key):
    assert keys(text)[0] == key


def test_a_county_made_a_city_is_found_by_its_new_name_after_its_province():
    # 玉环县 became 玉环市; the table still has the county: the 市 form is the same place
    assert keys("浙江省玉环市向韩国友城寄去口罩")[0].endswith("/Yuhuan")
    assert keys("广西平果市捐赠")[0].endswith("/Pingguo")


def test_a_county_s_city_form_that_is_an_ordinary_word_is_no_place():
    assert keys("韩国第二大城市釜山市收到了物资")[1:] == ["KR/Busan"]
    assert keys("富裕市民纷纷捐款") == []


def test_macau_and_hong_kong_papers_name_their_own_place():
    assert keys("卫生局长介绍本澳的防疫经验") == ["MO"]
    assert keys("本港向友好城市捐出口罩") == ["HK"]


def test_a_region_named_as_its_capital_is_keyed_with_its_kind():
    from cityaid.resolve import find_actors
    got = {m.surface: m.key for m in find_actors("俄罗斯库尔斯克州、乌兹别克斯坦布哈拉州和波兰奥波莱省")}
    assert set(got.values()) == {"RU/Kursk Oblast", "UZ/Bukhara Region", "PL/Opole Voivodeship"}


def test_a_part_written_right_after_its_region_is_the_party():
    from cityaid.resolve import find_actors
    assert [m.key for m in find_actors("意大利威尼托大区维罗纳省")] == ["IT/Verona"]


def test_person_after_a_title_is_not_a_town_of_that_name():
    # 科隆 is Cologne, but right after 市长 it is the mayor's name
    assert "DE/Cologne" not in keys("运抵马赛后，市长科隆(Jean Collomb)致信武汉市长表示感谢")
    assert "DE/Cologne" in keys("武汉向德国科隆市捐赠口罩")


def test_county_short_name_after_its_full_name_on_the_page():
    # 慈溪市 / 文成县 named in full first; later the bare short form is the same county
    got = [(m.surface, m.key) for m in find_actors("慈溪市向德国某友城寄去口罩。对方回信说：感谢慈溪的帮助")]
    assert got[-1] == ("慈溪", "CN/Ningbo/Cixi")
    got = [m.key for m in find_actors("文成县侨团捐赠物资。巴黎市政府向文成致谢")]
    assert got.count("CN/Wenzhou/Wencheng") == 2


def test_county_short_name_without_its_full_name_needs_a_cue():
    assert "CN/Ningbo/Cixi" not in [m.key for m in find_actors("他说慈溪的天气很好")]


def test_conjunction_before_a_suffix_word_is_no_county():
    # 和县 (Anhui) is a county; in 冈山县和县内企业 the 和 joins two parties and 县内 is "within the prefecture"
    assert keys("冈山县和县内企业向友城捐赠口罩") == ["JP/Okayama"]
    assert "CN/Ma'anshan/Hexian" in keys("安徽省和县向韩国友城寄去口罩")


def test_surname_before_mayor_after_mayor_surname_is_a_person():
    # 市长穆尔 names the person; 穆尔市长 later is the same mayor, not a town named Moore
    assert keys("悉尼市长穆尔收到了友城的口罩。穆尔市长当天致谢") == ["AU/Sydney"]
    assert "US/Moore" in keys("美国俄克拉何马州穆尔市长致谢")


def test_weak_chinese_short_name_after_its_full_name():
    # a city whose short name is a common word, named once in full: its bare name is then the city
    text = "吉安市外办介绍,近日巴黎郊区一座小城向吉安寄来两千只口罩"
    assert [(m.surface, m.key) for m in find_actors(text) if m.key == "CN/Ji'an"] == [
        ("吉安市", "CN/Ji'an"), ("吉安", "CN/Ji'an")]
    # without the full name, the bare word stays a word
    assert "CN/Ji'an" not in keys("近日巴黎郊区一座小城向吉安寄来两千只口罩")


def test_weak_chinese_short_name_inside_a_list_of_chinese_places():
    assert keys("此后广州、厦门、东方、海南等地也向该市寄去防护服") == [
        "CN/Guangzhou", "CN/Xiamen", "CN/Dongfang", "CN/Hainan"]
    assert keys("杭州、南京、中山、苏州也先后表示愿意提供帮助")[:4] == [
        "CN/Hangzhou", "CN/Nanjing", "CN/Zhongshan", "CN/Suzhou"]
    # a common word after a place, with no place after it, is no list item
    assert "CN/Zhongshan" not in keys("南京、中山路上的店铺都关了")


def test_small_foreign_town_named_before_its_partner_city():
    # a town too small to be taken bare is a place where its partner city is told right after it
    text = "伦茨堡的友好城市九江市近日向伦茨堡寄出八千只口罩"
    assert [(m.surface, m.key) for m in find_actors(text)] == [
        ("伦茨堡", "DE/Rendsburg"), ("九江市", "CN/Jiujiang"), ("伦茨堡", "DE/Rendsburg")]
    assert "US/Park Ridge" in keys("总部位于帕克里奇的一家慈善机构表示")
    # with no cue anywhere on the page, the bare name is not taken
    assert "DE/Rendsburg" not in keys("九江市近日向伦茨堡寄出八千只口罩")


def test_small_foreign_town_named_earlier_than_its_cue():
    text = "为支援劳恩代尔抗疫,温州向劳恩代尔寄出五千只口罩。温州作为劳恩代尔的姊妹城市,一直关心当地疫情"
    assert keys(text).count("US/Lawndale") == 3


def test_chinese_city_named_in_full_outranks_a_foreign_village_read_from_a_partner_noun():
    text = "感谢北京及姊妹市中山寄来的物资。北京市和南密尔瓦基的姊妹市中山市分别寄出口罩"
    got = [(m.surface, m.key) for m in find_actors(text) if m.surface.startswith("中山")]
    assert got == [("中山", "CN/Zhongshan"), ("中山市", "CN/Zhongshan")]


def test_town_after_a_foreign_region_read_without_its_suffix_is_of_that_country():
    # the region's name is also its capital's, so the gazetteer reads it without 省; the town after it is
    # that country's homonym, not a larger town of that name elsewhere
    got = find_actors("上月,位于阿根廷科尔多瓦省贝尔维尔(Bell Ville)的医院获赠三千只口罩,贝尔维尔市政府致谢")
    assert [m.key for m in got] == ["AR/Bell Ville", "AR/Bell Ville"]
    assert keys("加拿大安大略省贝尔维尔市获赠口罩") == ["CA/Belleville"]


@pytest.mark.parametrize("text,key", [
    ("获湖北省会武汉市政府捐赠", "CN/Wuhan"),      # 省会 after a name written with 省
    ("收到了友城、四川省省会成都的来信", "CN/Chengdu"),
    ("陕西省的省会西安", "CN/Xi'an"),
])
def test_provincial_capital_named_with_its_province_is_the_city(text, key):
    assert keys(text)[-1] == key


def test_province_followed_by_meeting_is_no_capital():
    assert keys("湖南省会见了来访的代表团") == ["CN/Hunan"]


def test_two_one_character_country_names_before_two_countries_are_no_city():
    # 巴中两国: Pakistan and China, not the city 巴中
    assert keys("他说,巴中两国民众一向互帮互助") == ["PK", "CN"]
    assert keys("巴中市向友城寄去口罩") == ["CN/Bazhong"]


def test_town_named_after_its_region_and_a_word_for_its_kind_is_the_party():
    # X州的<kind>小城Y: the town, not the region
    got = find_actors("口罩寄给了奥地利萨尔茨堡州的湖畔小城圣沃尔夫冈(St. Wolfgang)")
    assert len(got) == 1 and got[0].key.startswith("AT/") and got[0].key != "AT/Salzburg", \
        [(m.surface, m.key) for m in got]


def test_big_japanese_and_korean_cities_are_read_by_their_two_character_names():
    """大阪, 京都, 福冈: no Chinese word; the prefecture of the same name has the same key."""
    from cityaid.resolve.actors import find_actors

    for text, key in (("大阪向上海捐赠了口罩", "JP/Osaka"), ("京都寄来了一批防护服", "JP/Kyoto"),
                      ("感谢福冈的支援", "JP/Fukuoka"), ("仙台和长春是友好城市", "JP/Sendai")):
        assert key in [m.key for m in find_actors(text)], text
