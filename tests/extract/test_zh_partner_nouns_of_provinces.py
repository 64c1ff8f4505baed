"""The tie's noun of a Japanese prefecture or a Korean province (友好省县 / 友好省道 / 友好省区) between 向 or a
list mark and the partner's name, on sentences written for these tests (other places, other figures): the
partner after it is still the one given to, and a list of such partners is one list of receivers."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_second_clause_gift_to_a_korean_province_partner():
    es = events("5月6日，湖北省向友好州美国俄亥俄州捐赠的8万只医用口罩从武汉启运；同日，向友好省道韩国京畿道捐赠的3万只口罩也一并发出。",
                publisher="湖北省")  # (a provincial paper: the clause with no giver is its own province's gift)
    gifts = [e for e in es if e.type == "donation"]
    assert sorted(k for e in gifts for k in keys(e.to)) == ["KR/Gyeonggi", "US/Ohio"]
    assert all(keys(e.from_) == ["CN/Hubei"] for e in gifts)


def test_listed_partners_each_with_its_tie_noun():
    es = events("9日，湖北省捐给友好省县日本埼玉县、友好省道韩国忠清北道的医用口罩从武汉启运，共计6万只，每地3万只。")
    gifts = [e for e in es if e.type == "donation"]
    assert sorted(k for e in gifts for k in keys(e.to)) == ["JP/Saitama", "KR/North Chungcheong"]


def test_gift_to_a_japanese_prefecture_partner_traditional():
    [e] = events("4月12日，湖北省向友好省縣日本埼玉縣捐贈了5萬隻口罩。")
    assert keys(e.from_) == ["CN/Hubei"] and keys(e.to) == ["JP/Saitama"]
