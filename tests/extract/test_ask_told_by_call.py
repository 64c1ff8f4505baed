"""X通过电话向Y表示,…,希望Y给予支援: the call is how the ask was told; the request is the act, no meeting."""
from tests.extract.page_helpers import page_sides


def test_call_that_carries_an_ask_is_no_meeting():
    sides = page_sides("4月初，布卢明顿市副市长通过视频连线向济南市表示，该市医院防护服严重不足，希望得到济南方面的帮助。")
    assert [s[0] for s in sides] == ["request"]
    assert sides[0][1:] == (["US/Bloomington"], ["CN/Jinan"])


def test_call_that_shares_experience_stays_a_meeting():
    sides = page_sides("4月2日，济南市专家通过视频连线向布卢明顿市卫生官员介绍了防控经验。")
    assert sides == [("consultation", ["CN/Jinan"], ["US/Bloomington"])]
