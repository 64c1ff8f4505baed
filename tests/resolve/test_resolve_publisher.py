"""publisher_place and pronoun_actor."""
from cityaid.resolve import PRONOUN_RE, find_actors, pronoun_actor, publisher_place


def test_publisher_from_title():
    p = publisher_place("镇江和友城并肩抗疫", "", "我市向韩国捐赠口罩。")
    assert p.key == "CN/Zhenjiang" and p.level == "city"


def test_publisher_title_from_head_first_han_line():
    head = "-\n黑龙江省与友好省州共克时艰\n2020-03-27"
    assert publisher_place(None, head, "").key == "CN/Heilongjiang"


def test_publisher_from_source_line():
    head = "守望相助 患难与共\n来源:华龙网-重庆日报 2020-04-30"
    p = publisher_place("守望相助 患难与共", head, "我市收到物资。")
    assert p.key == "CN/Chongqing"
    p = publisher_place("疫情无国界", "2020-03-27|来源:黑龙江日报|编辑:某某", "")
    assert p.key == "CN/Heilongjiang"


def test_publisher_most_frequent_in_body():
    body = "大连与日本北九州交流密切。大连市向北九州捐赠口罩,大连市民很支持。北京也有报道。"
    assert publisher_place("友城情谊", "", body).key == "CN/Dalian"
    assert publisher_place("友城情谊", "", "北京有报道。") is None


def test_pronouns():
    zj = publisher_place("镇江携手友城", "", "")
    hlj = publisher_place("黑龙江省驰援友好省州", "", "")
    assert pronoun_actor("我市", zj).key == "CN/Zhenjiang"
    assert pronoun_actor("本市", zj).key == "CN/Zhenjiang"
    assert pronoun_actor("我省", zj).key == "CN/Jiangsu"
    assert pronoun_actor("我省", hlj).key == "CN/Heilongjiang"
    assert pronoun_actor("我市", hlj) is None
    assert pronoun_actor("我国", None).key == "CN"
    assert pronoun_actor("中方", zj).key == "CN"
    assert pronoun_actor("贵市", zj) is None
    assert pronoun_actor("我省", publisher_place("重庆向友城捐赠", "", "")) is None  # a municipality


def test_this_city_refers_to_last_city():
    t = "日本友城津市来信,三重县也很关心。该市国际交流协会寄来口罩。"
    i = t.index("该市")
    before = [m for m in find_actors(t) if m.end <= i]
    assert pronoun_actor("该市", None, before).key == "JP/Tsu"
    assert [m.group(0) for m in PRONOUN_RE.finditer("我市与该市、贵市")] == ["我市", "该市", "贵市"]


def test_a_story_that_says_our_province_only_is_told_by_a_province():
    # the only place named is a city (the airport the goods left from); the story speaks of 我省, never 我市
    body = "截至5月2日,我省已向8个国家的友好省州捐赠口罩。其中一批口罩从长沙黄花机场启运。长沙海关快速放行。"
    p = publisher_place("我省援助友好省州情况", "", body)
    assert p.key == "CN/Hunan" and p.level == "adm1"
    # a page that says 我市 keeps its city
    assert publisher_place("友城情谊", "", "我市向友城捐赠口罩。长沙海关快速放行。长沙市民支持。").key == "CN/Changsha"
