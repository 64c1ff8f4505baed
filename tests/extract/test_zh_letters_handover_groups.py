"""Three Chinese constructions, each with sentences written for the test:

* help without goods that a letter thanks for (对于X伸出援手表示感谢) is no gift told;
* hand-over verbs 交给/交予 with goods are a gift to whom the goods were handed;
* partner lists grouped by country: a comma closes a group only when what stands before it is the
  group's own places, and the last group may be one place with the act right after it.
"""
from zh_reading import events, keys


def test_help_thanked_for_in_a_letter_is_no_gift():
    es = events("4月12日，我市市长致信意大利帕尔马市市长，对于帕尔马市在疫情初期伸出援手表示衷心感谢。", "苏州")
    assert [e.type for e in es] == ["message"]
    assert keys(es[0].from_) == ["CN/Suzhou"] and keys(es[0].to) == ["IT/Parma"]


def test_help_thanked_for_with_goods_keeps_the_gift_reading():
    es = events("3月20日，德国杜塞尔多夫市市长在信中对苏州市赠送的8000只口罩表示感谢。", "苏州")
    assert any(e.type == "message" for e in es)


def test_hand_over_with_goods_is_a_gift():
    es = events("3月9日，日本石川县副知事将6000只医用口罩交给江苏省驻日代表。", "江苏省")
    gifts = [e for e in es if e.type == "donation"]
    assert len(gifts) == 1
    assert keys(gifts[0].from_) == ["JP/Ishikawa"] and keys(gifts[0].to) == ["CN/Jiangsu"]
    assert gifts[0].items[0].quantity == 6000


def test_hand_over_of_a_letter_or_a_task_is_no_gift():
    assert not [e for e in events("市长将慰问信交给了韩国清州市驻华代表。", "苏州") if e.type == "donation"]
    assert not events("这项联络工作交给了市外办负责。", "苏州")


def test_second_act_after_a_grouped_list_is_not_a_group():
    es = events("3月以来，我省向韩国江原道、全罗北道捐赠口罩4万只，日本鸟取县、岛根县也向我省捐赠了防护服1500套。",
                "吉林省")
    gifts = sorted((keys(e.from_), keys(e.to)) for e in es if e.type == "donation")
    assert (["CN/Jilin"], ["KR/Gangwon", "KR/North Jeolla"]) in gifts
    assert (["JP/Shimane", "JP/Tottori"], ["CN/Jilin"]) in gifts


def test_last_group_of_one_place_before_the_act():
    es = events("吉林省向日本鸟取县、岛根县，韩国江原道分别捐赠口罩2万只。", "吉林省")
    gifts = [e for e in es if e.type == "donation"]
    assert sorted(k for e in gifts for k in keys(e.to)) == ["JP/Shimane", "JP/Tottori", "KR/Gangwon"]
    assert all(keys(e.from_) == ["CN/Jilin"] and e.items[0].quantity == 20000 for e in gifts)
