"""Chinese constructions, on sentences written for these tests (other places, other figures):
- a mayor titled bare and named at a sentence's start (市长某某表示…) is the mayor of the city the sentence
  before opened with, and a pronoun after it (他已致函…) stands for that city; a named foreign mayor told again
  after a closing quote (”某某市长…) is still that city's;
- a second gift phrase in a sentence that opens with its taker (…，向乙市赠送的N片口罩也在某日运抵) is the same
  giver's own gift with its own goods, not the way of the first one's goods;
- 先后派出由甲省、乙省组建的两批医疗专家组: one team per listed province."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_bare_mayor_after_the_receiving_citys_news():
    es = events("奥克兰市政府周二宣布，已收到友好城市宁波市捐赠的3万个口罩。\n\n"
                "市长高飞表示，这批物资非常及时。他已致函宁波市长裘东耀，代表全体市民表示感谢。")
    [m] = [e for e in es if e.type == "message"]
    assert keys(m.from_) == ["NZ/Auckland"] and keys(m.to) == ["CN/Ningbo"]


def test_bare_mayor_over_a_chinese_publisher_when_a_foreign_city_opened():
    es = events("奥克兰市政府周二宣布，已收到友好城市宁波市捐赠的3万个口罩。\n\n"
                "市长高飞表示，这批物资非常及时。他已致函宁波市长裘东耀，代表全体市民表示感谢。", publisher="宁波")
    [m] = [e for e in es if e.type == "message"]
    assert keys(m.from_) == ["NZ/Auckland"]


def test_named_foreign_mayor_after_a_closing_quote():
    es = events("4月12日，成都市捐赠给波兰罗兹市的3万只医用口罩运抵罗兹。\n\n罗兹市市长汉娜·兹达诺当天通过视频向成都市民"
                "表达谢意。她说：“在最困难的时候，成都朋友帮助了我们。”兹达诺市长在视频中还表示，感谢成都的支持。")
    for m in [e for e in es if e.type != "donation"]:
        assert keys(m.from_) == ["PL/Łódź"]


def test_second_gift_phrase_opening_with_its_taker_same_country():
    es = events("济南市为多国友城筹措了口罩。其中，向日本和歌山市赠送的6000片口罩已在5月2日运抵和歌山，"
                "向高知市赠送的4500片口罩也在5日运抵。")
    gifts = sorted(((keys(e.to), [i.quantity for i in e.items]) for e in es if e.type == "donation"))
    assert gifts == [(["JP/Kochi"], [4500]), (["JP/Wakayama"], [6000])]
    assert all(keys(e.from_) == ["CN/Jinan"] for e in es if e.type == "donation")


def test_second_gift_phrase_opening_with_its_taker_other_country():
    es = events("济南市为多国友城筹措了口罩。其中，向德国雷根斯堡市赠送的6000片口罩已在5月2日运抵雷根斯堡，"
                "向奥地利林茨市赠送的4500片口罩也在5日运抵林茨。")
    gifts = [e for e in es if e.type == "donation"]
    assert sorted(k for e in gifts for k in keys(e.to)) == ["AT/Linz", "DE/Regensburg"]
    assert all(keys(e.from_) == ["CN/Jinan"] for e in gifts)


def test_teams_of_two_listed_provinces():
    es = events("此前，中国政府已先后派出由广东省、江苏省组建的两批医疗专家组赴塞尔维亚，协助当地开展救治工作。")
    teams = sorted(keys(e.from_) for e in es if e.type == "medical_team")
    assert teams == [["CN", "CN/Guangdong"], ["CN", "CN/Jiangsu"]]
    assert not [e for e in es if e.type == "aggregate"]


def test_foreign_mayor_whose_written_out_name_reads_as_a_place():
    es = events("宿务市长胡安·门多萨（Juan Mendoza）周五在市议会收下了友好城市中国厦门市寄来的8000个口罩。\n\n"
                "次日，门多萨市长致信厦门市长，感谢厦门雪中送炭。")
    msgs = [e for e in es if e.type == "message"]
    assert msgs and all(keys(m.from_) == ["PH/Cebu City"] for m in msgs)
    assert all(keys(e.to) == ["PH/Cebu City"] for e in es if e.type == "donation")
