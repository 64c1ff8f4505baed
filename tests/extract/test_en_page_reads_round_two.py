"""English readings of the page around one gift, with sentences written for the test: a capital apposed to a
receiver the page keeps naming stays the receiver; a tail ranking the gift among others names no side; a town
that "followed with" goods gave to the last receiver; a known city before a comma and a division is no town of
that division; goods that reached a province's government building in its capital reached the province; "a
Chinese city" is the page's one Chinese city."""
from tests.extract.en_helpers import gifts, keys, page_events


def _gifts(body, head="Masks for a partner"):
    return [(keys(e["from"]), keys(e["to"])) for e in gifts(page_events(body, head))]


def test_a_capital_the_page_keeps_naming_stays_the_receiver():
    assert _gifts("Tulsa and Nanning have been partners since 1990. In March, Tulsa mailed 900 gloves to Nanning, "
                  "the capital of Guangxi. Nanning thanked Tulsa, and Nanning's mayor wrote back.") \
        == [(["US/Tulsa"], ["CN/Nanning"])]


def test_a_ranking_tail_names_no_side():
    assert _gifts("When the outbreak hit Ningbo in January, Kurashiki sent 4,000 masks on Feb. 3, one of the "
                  "earliest shipments from a Japanese town to China.") == [(["JP/Kurashiki"], ["CN/Ningbo"])]


def test_followed_with_goods_goes_to_the_last_receiver():
    got = _gifts("Kanazawa sent 6,000 masks to Suzhou on Feb. 2. Toyama followed with 2,500 masks a few days later.")
    assert got == [(["JP/Kanazawa"], ["CN/Suzhou"]), (["JP/Toyama"], ["CN/Suzhou"])]


def test_a_known_city_before_a_comma_and_a_division_is_not_its_town():
    assert _gifts("As the virus spread through Changsha, Kagoshima shipped 1,200 gowns on Feb. 9.") \
        == [(["JP/Kagoshima"], ["CN/Changsha"])]


def test_goods_at_a_named_provinces_government_complex_reached_the_province():
    assert _gifts("A van with 9,000 masks from Shandong pulled into the Gyeonggi Provincial Government complex in "
                  "Suwon on Tuesday.") == [(["CN/Shandong"], ["KR/Gyeonggi"])]


def test_a_chinese_city_is_the_pages_one_chinese_city():
    got = _gifts("A Chinese city that has been twinned with Aberdeen for 30 years has sent 8,000 gloves to protect "
                 "care workers. Council leaders thanked Lanzhou on Friday.", head="Gloves arrive")
    assert got == [(["CN/Lanzhou"], ["GB/Aberdeen"])]
