"""Words of thanks quoted from a speaker whose place the attribution does not name (a person's name alone, a
title after it), on sentences written for these tests (other places, other figures): the words themselves tell
who helped whom (X向Y伸出援手, X的朋友们雪中送炭), and the helper is the one thanked."""
from tests.extract.page_helpers import page_sides


def _messages(*paras):
    return [(frm, to) for t, frm, to in page_sides(*paras) if t == "message"]


def test_helper_toward_helped_in_the_words():
    got = _messages("4月2日，昆明市向友好城市日本藤泽市捐赠的2万只口罩已运抵。",
                    "去年冬天，藤泽市曾向昆明寄送手套5000副。山田一郎在回信中写道：“昆明在困难之中仍向藤泽伸出援手，全体职员十分感激。”")
    assert (["JP/Fujisawa"], ["CN/Kunming"]) in got
    assert (["CN/Kunming"], ["JP/Fujisawa"]) not in got


def test_friends_of_the_giver_in_the_words():
    got = _messages("5月8日，吉林省向友好省县日本鸟取县捐赠的8万只口罩运抵鸟取。",
                    "佐藤健知事当天在接收仪式上说：“吉林的朋友们雪中送炭，鸟取县民铭记于心。”")
    assert (["JP/Tottori"], ["CN/Jilin"]) in got
    assert (["CN/Jilin"], ["JP/Tottori"]) not in got
