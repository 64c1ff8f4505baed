"""Words said in person at a hand-over ceremony are a message of their own, not the video the same mayor
sent weeks before and the page told earlier. Own sentences."""
from tests.extract.page_helpers import page_sides


def test_handover_words_after_an_earlier_video():
    sides = page_sides("同一时期，韩国光州广域市市长录制了一段视频，向温州市民说：“温州，挺住！”",
                       "5月2日，装着8万只口罩的卡车从温州发车，在釜山港换船，直奔光州。5日下午的交接仪式上，光州市长说：“危难之时见真情，温州是光州的好朋友。”",
                       title="温州与光州守望相助")
    assert sides.count(("message", ["KR/Gwangju"], ["CN/Wenzhou"])) == 2
