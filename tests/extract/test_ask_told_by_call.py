"""X通过视频连线向Y提出,…,希望得到Y的帮助: the call is how the ask was told; the request is the act, no meeting."""
from tests.extract.page_helpers import page_sides


def test_call_that_carries_an_ask_is_no_meeting():
    sides = page_sides("3月下旬，布卢明顿市市长通过视频连线向济南市提出，当地医护人员口罩缺口较大，希望得到济南方面的帮助。")
    assert [s[0] for s in sides] == ["request"]
    assert sides[0][1:] == (["US/Bloomington"], ["CN/Jinan"])


def test_call_that_shares_experience_stays_a_meeting():
    sides = page_sides("4月2日，济南市专家通过视频连线向布卢明顿市卫生官员介绍了防控经验。")
    assert sides == [("consultation", ["CN/Jinan"], ["US/Bloomington"])]
