"""Families of Chinese gift constructions read as classes, not sentences: goods coming in from a giver
(从X援助而来 / 从X捐赠而来), goods leaving a place abroad for home (从X发往/寄往/寄出), a party set aside
(X之外 / 除X外) that is not the actor (sentences written for these tests: other places, other figures)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_goods_come_in_from_the_giver_with_er_lai():
    for verb in ("援助而来", "捐赠而来", "支援而来"):
        [e] = events(f"2月上旬，六万副手套从新潟县{verb}，随后分批运抵哈尔滨。", "黑龙江省")
        assert e.type == "donation" and keys(e.from_) == ["JP/Niigata"], verb


def test_goods_leaving_a_place_abroad_for_home_were_its_gift():
    [e] = events("2月3日，5万副护目镜从静冈县寄往浙江，作为对去年支援的回报。", "浙江省")
    assert keys(e.from_) == ["JP/Shizuoka"] and keys(e.to) == ["CN/Zhejiang"]
    # a whole country is where goods ship from, not the giver
    assert all(keys(x.from_) != ["US"] for x in events("3月5日，这些手套由美国发运，一周后运抵成都。", "四川省"))


def test_the_partner_sends_goods_out_to_the_paper_home():
    [e] = events("一批三千套防护服昨天已从友好城市静冈市寄出。", "无锡市")
    assert keys(e.from_) == ["JP/Shizuoka"] and keys(e.to) == ["CN/Wuxi"]


def test_a_party_set_aside_does_not_act():
    for opening in ("大阪市之外，", "除大阪市外，", "除了大阪市以外，"):
        [e] = events(f"{opening}一批三千套防护服昨天已从友好城市静冈市寄出。", "无锡市")
        assert keys(e.from_) == ["JP/Shizuoka"], opening


def test_a_gift_phrase_with_its_recipient_handed_over_by_a_mission():
    [e] = events("5月6日，一批天津市援助神户的口罩和手套，由中国驻大阪总领馆交到神户市政府手中。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Tianjin"] and keys(e.to) == ["JP/Kobe"]


def test_a_gift_verb_naming_a_wish_is_no_gift_but_the_goods_after_it_are():
    assert events("长沙也表达了捐赠意愿。", "仁川市") == []
    [e] = events("长沙也表达了援助意愿，其中来自长沙的一批物资已抵达金浦机场。", "首尔市")
    assert keys(e.from_) == ["CN/Changsha"] and keys(e.to) == ["KR/Seoul"]


def test_the_focus_of_a_cleft_did_the_verb_that_opens_it():
    [e] = events("5月2日，四千副手套运抵昆明，寄来这批手套的是清迈府。", "昆明市")
    assert keys(e.from_) == ["TH/Chiang Mai"] and keys(e.to) == ["CN/Kunming"]
    [r] = events("汉诺威也接到了求援，发出请求的是其友城、湖北省会武汉。", "汉诺威")
    assert r.type == "request" and keys(r.from_) == ["CN/Wuhan"] and keys(r.to) == ["DE/Hanover"]


def test_a_city_named_through_its_province_gives():
    [e] = events("温哥华获广东省会广州市政府捐赠口罩两万个。")
    assert keys(e.from_) == ["CN/Guangzhou"] and keys(e.to) == ["CA/Vancouver"]


def test_a_list_of_givers_each_with_its_own_day():
    a, b = sorted(events("湖南省4月2日、江西省4月9日先后向全罗南道捐赠了口罩。"), key=lambda e: e.date.value)
    assert keys(a.from_) == ["CN/Hunan"] and a.date.value == "2020-04-02"
    assert keys(b.from_) == ["CN/Jiangxi"] and b.date.value == "2020-04-09"
    assert keys(a.to) == keys(b.to) == ["KR/South Jeolla"]


def test_a_list_of_givers_with_days_in_brackets():
    got = {keys(e.from_)[0]: e.date.value for e in events("湖南省（4月2日）、江西省（4月9日）先后向全罗南道捐赠口罩。")}
    assert got == {"CN/Hunan": "2020-04-02", "CN/Jiangxi": "2020-04-09"}
