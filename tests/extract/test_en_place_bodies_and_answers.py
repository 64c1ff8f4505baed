"""English: a body named after its town gives for that town; a nation of the UK or a region told by its
adjective receives through its government; a receipt with its time before the goods; a gift told as an answer."""
from tests.extract.page_helpers import page_sides


def test_two_town_committee_of_a_two_word_city():
    got = page_sides("In March, the Oklahoma City-Taiyuan Sister City Committee sent 4,000 N95 masks to Taiyuan.")
    assert ("donation", ["US/Oklahoma City"], ["CN/Taiyuan"]) in got


def test_town_forum_named_with_a_country():
    got = page_sides("Back in March, Manchester City Council and the Manchester China Forum sent 8,000 masks "
                     "to Wuhan, along with a message of support.")
    assert ("donation", ["GB/Manchester"], ["CN/Wuhan"]) in got
    assert not any(t == "donation" and f == ["CN"] for t, f, _ in got)


def test_nation_adjective_government_receives():
    got = page_sides("The Welsh Government has also taken delivery of 60,000 masks from Chongqing.")
    assert ("donation", ["CN/Chongqing"], ["GB/Wales"]) in got
    got = page_sides("The Scottish Government has also received 50,000 masks from Tianjin.")
    assert ("donation", ["CN/Tianjin"], ["GB/Scotland"]) in got


def test_receipt_with_time_before_goods():
    got = page_sides("Portland took delivery in May of 12,000 masks from its sister city Suzhou.")
    assert ("donation", ["CN/Suzhou"], ["US/Portland"]) in got


def test_gift_told_as_an_answer():
    got = page_sides("In February Edinburgh sent gloves to Tianjin.",
                     "Tianjin answered with 30,000 surgical masks, which reached Edinburgh on April 12.")
    assert ("donation", ["CN/Tianjin"], ["GB/Edinburgh"]) in got


def test_answer_by_letter_is_no_gift():
    got = page_sides("In February Edinburgh sent gloves to Tianjin.",
                     "Tianjin answered with a letter of thanks on March 2.")
    assert [x for x in got if x[0] == "donation" and x[1] == ["CN/Tianjin"]] == []
