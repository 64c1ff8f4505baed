"""English: a gift told with a clause recalling the asking that led to it ("..., two weeks after the mayor
asked the Chinese city for help finding gloves", "..., three weeks after the mayor wrote to the Chinese town
asking for aid"): the request is told too, from the one who got to the one who gave, in the month the span
reaches back to."""
from tests.extract.en_helpers import keys, page_events


def _requests(es):
    return [e for e in es if e["type"] == "request"]


def test_asked_the_chinese_city_weeks_before_the_gift():
    es = page_events("The Nara city government received 25,000 masks from its sister city of Xiangtan in China's "
                     "Hunan Province on May 6, about three weeks after Mayor Ichiro Mori asked the Chinese city "
                     "for help obtaining gloves for day care centres.", "Nara thanks Xiangtan")
    gifts = [e for e in es if e["type"] == "donation"]
    assert gifts and keys(gifts[0]["from"]) == ["CN/Xiangtan"]
    rq = _requests(es)
    assert len(rq) == 1
    assert keys(rq[0]["from"]) == ["JP/Nara"] and keys(rq[0]["to"]) == ["CN/Xiangtan"]
    assert rq[0]["date"]["value"] == "2020-04"


def test_wrote_to_the_chinese_port_city_asking_for_help():
    es = page_events("The city of Kobe said Friday it has received 70,000 masks from Tianjin, its sister city in "
                     "northern China, two weeks after Mayor Goro Abe wrote to the Chinese port city asking for "
                     "help in finding protective gear.", "Kobe gets masks")
    rq = _requests(es)
    assert len(rq) == 1
    assert keys(rq[0]["from"]) == ["JP/Kobe"] and keys(rq[0]["to"]) == ["CN/Tianjin"]


def test_an_earlier_act_that_is_no_asking_adds_nothing():
    es = page_events("The city of Kobe said Friday it has received 70,000 masks from Tianjin, its sister city in "
                     "northern China, two months after Kobe sent gowns to the Chinese port city.", "Kobe gets masks")
    assert not _requests(es)


def test_wrote_to_the_city_of_x_in_a_country():
    es = page_events("NAKURU, Kenya — Nakuru County has written to the city of Wenzhou in China asking for oxygen "
                     "concentrators and gloves as cases in the county keep rising.", "Nakuru seeks help")
    rq = _requests(es)
    assert len(rq) == 1 and keys(rq[0]["to"]) == ["CN/Wenzhou"]


def test_asking_ten_days_before_keeps_the_gift_too():
    es = page_events("Tacoma received 20,000 masks from Fuzhou on May 4, ten days after the mayor asked the "
                     "Chinese city for help.", "Masks reach Tacoma")
    assert any(e["type"] == "donation" and keys(e["from"]) == ["CN/Fuzhou"] for e in es)
    assert any(e["type"] == "request" and keys(e["to"]) == ["CN/Fuzhou"] for e in es)
