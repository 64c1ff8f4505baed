"""The partner's earlier help, told as a flashback, on sentences written for these tests (other places,
other figures): in a letter a city's mayor writes to a partner's mayor, 贵市 ("your city") is the partner
(贵市向我市捐赠了…, 并发来慰问信: the partner gave and wrote); a mayor told bare after the clause a
foreign city opened as the giver (甲市政府曾向我市捐赠…, 市长某某还发来慰问视频) is that city's mayor."""
from zh_reading import events, keys  # noqa: F401 - the shared reader

LETTER = ("近日，杭州市市长致信意大利佛罗伦萨市市长，向佛罗伦萨人民表达慰问，并随信向佛罗伦萨市捐赠口罩3万只。\n"
          "尊敬的市长先生：\n"
          "疫情最吃紧的2月，贵市向我市寄赠口罩5000只，并发来慰问信，杭州市民至今感念。")


def test_your_city_in_a_letter_is_the_addressee():
    es = events(LETTER, publisher="杭州")
    back = [e for e in es if keys(e.to) == ["CN/Hangzhou"]]
    assert {e.type for e in back} == {"donation", "message"}
    assert all(keys(e.from_) == ["IT/Florence"] for e in back)
    assert not [e for e in es if e.type == "message" and keys(e.from_) == ["CN/Hangzhou"]
                and e.date is not None and e.date.value.startswith("2020-02")]


def test_bare_mayor_after_the_foreign_giver_clause():
    es = events("5月8日，杭州市向日本冈山市捐赠了3万只口罩。2月初，冈山市政府曾向我市捐赠口罩8000只，市长大森雅夫还发来慰问视频。",
                publisher="杭州")
    [m] = [e for e in es if e.type == "message"]
    assert keys(m.from_) == ["JP/Okayama"] and keys(m.to) == ["CN/Hangzhou"]


def test_bare_mayor_after_the_home_side_stays_home():
    es = events("2月初，冈山市政府向我市捐赠口罩8000只，我市随即回赠防护服，市长王明也致信表示感谢。", publisher="杭州")
    assert not [e for e in es if e.type == "message" and keys(e.from_) == ["JP/Okayama"]]
