"""Chinese gifts that two named places each send on their own (sentences written for these tests)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def _gifts(text):
    return sorted((keys(e.from_), keys(e.to)) for e in events(text) if e.type == "donation")


def test_both_cities_are_sending_to_the_partner():
    assert _gifts("天津市和姊妹市南京市都在向悉尼运送医用口罩及个人防护用品。") == [
        (["CN/Nanjing"], ["AU/Sydney"]), (["CN/Tianjin"], ["AU/Sydney"])]


def test_givers_from_the_country_named_after_a_colon():
    assert _gifts("悉尼市长26日透露，悉尼将收到来自中国的两批防疫物资：天津市和姊妹市南京市正各自寄出医用口罩及防护装备，"
                  "供医生使用。") == [(["CN/Nanjing"], ["AU/Sydney"]), (["CN/Tianjin"], ["AU/Sydney"])]


def test_said_that_two_cities_are_sending_goods_apart():
    assert _gifts("悉尼市长在3月26日的例行简报上说，悉尼的姊妹市南京以及天津市，正分头把医用口罩以及防护装备寄来悉尼，"
                  "供当地医护人员之用。") == [(["CN/Nanjing"], ["AU/Sydney"]), (["CN/Tianjin"], ["AU/Sydney"])]


def test_two_cities_giving_together_stay_one_gift():
    assert _gifts("天津市和南京市共同向悉尼捐赠医用口罩2万只。") == [(["CN/Nanjing", "CN/Tianjin"], ["AU/Sydney"])]
