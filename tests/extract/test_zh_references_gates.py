"""References and gates (sentences written for these tests, other places and figures): 该市 after "X同为Y的友城"
takes up X, not the tie's owner Y; 该基金会/该会/该公司 take up the body as first named with its place; goods
that arrived at a gate (机场/港/海关) of the partner's country after a plan clause were sent, and go to the
partner the sentence before sent to."""
from cityaid.extract.actors import gather
from zh_reading import events, keys  # noqa: F401 - the shared reader


def _that(text, word):
    return next(r.key for r in gather(text, None) if r.name == word)


def test_that_city_is_not_the_owner_of_the_tie():
    assert _that("熊本市同为桂林的友好城市，该市寄出的八千只口罩已于昨日启运。", "该市") == "JP/Kumamoto"
    assert _that("鹿儿岛市也是长沙的姊妹市，该市此前已寄出一批口罩。", "该市") == "JP/Kagoshima"


def test_a_city_named_with_the_tie_itself_is_still_taken_up():
    # (甲与乙的友城关系: 乙 is named with the tie, not as its owner)
    assert _that("大阪市与上海的友城关系已有四十余年，该市今年又寄出一批手套。", "该市") == "CN/Shanghai"


def test_that_foundation_takes_the_body_as_first_named_with_its_place():
    text = ("美国西雅图市公益组织“甲乙基金会”为昆明募集的手套已启运。这家基金会此前也曾出手相助。"
            "3月2日，昆明接收了该基金会寄出的首批手套，共计6万副。")
    assert _that(text, "该基金会") == "US/Seattle"


def test_that_company_takes_its_place():
    text = "近日，该市收到杭州某某公司捐赠的五千只口罩。市长随后写信感谢该公司。"
    assert _that(text, "该公司") == "CN/Hangzhou"


def test_goods_at_a_gate_after_an_intent_go_to_the_partner_named_before():
    text = ("口罩已由青岛、大连等地先后寄往仁川；福州、厦门也表示有意支援，"
            "其中福州的一批物资已运抵釜山港海关。")
    gifts = [e for e in events(text) if keys(e.from_) == ["CN/Fuzhou"]]
    assert len(gifts) == 1 and keys(gifts[0].to) == ["KR/Incheon"]


def test_an_intent_alone_is_no_gift():
    assert [e for e in events("福州、厦门也表示有意支援仁川。") if e.type == "donation"] == []


def test_an_overseas_papers_we_is_its_own_country():
    text = ("马来西亚与中国多个省份的抗疫合作近来不断。广州市日前向我国赠送了两万副手套，"
            "物资已交由马来西亚卫生部分配。今年2月，我国政府也曾向中国寄出一批口罩。")
    assert {r.key for r in gather(text, None) if r.name == "我国"} == {"MY"}


def test_a_chinese_papers_we_stays_china():
    text = "我国向马来西亚捐赠了一批手套，马来西亚卫生部表示感谢。"
    assert {r.key for r in gather(text, None) if r.name == "我国"} == {"CN"}


def test_goods_reach_the_town_told_by_the_city_it_lies_near():
    [e] = [e for e in events("4月3日，无锡市寄赠的三千只口罩已运抵日本神奈川县横滨市以西的小城相模原。")
           if e.type == "donation"]
    assert keys(e.from_) == ["CN/Wuxi"] and keys(e.to) == ["JP/Sagamihara"]


def test_goods_reach_a_capital_named_through_its_country():
    [e] = [e for e in events("5月6日，昆明市捐赠的两万只口罩运抵老挝首都万象。") if e.type == "donation"]
    assert keys(e.to) == ["LA/Vientiane"]


def test_a_counted_list_of_provinces_after_a_country():
    refs = [(r.name, r.key) for r in gather("南宁向越南谅山、北江两省寄去了一批手套。", None)]
    assert ("谅山", "VN/Lang Son") in refs and ("北江", "VN/Bac Giang") in refs


def test_a_count_that_does_not_match_the_list_adds_nothing():
    refs = [r.key for r in gather("南宁向越南谅山、北江三省寄去了一批手套。", None)]
    assert "VN/Lang Son" not in refs
