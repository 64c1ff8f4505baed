"""Chinese references back to a partner named before: 向其 before the act's verb, 该市 on a city's own page
(sentences written for these tests)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_qi_before_the_verb_is_the_partner_named_before():
    [e] = events("得知卡尔斯鲁厄市防护服紧缺后，我市当即向其捐赠了3000套防护服。", "苏州")
    assert e.type == "donation" and keys(e.from_) == ["CN/Suzhou"] and keys(e.to) == ["DE/Karlsruhe"]
    gifts = [x for x in events("池田市曾向我市捐赠口罩，日本疫情加重后，我市也向其回赠了口罩1万只。", "苏州")
             if keys(x.from_) == ["CN/Suzhou"]]
    assert [keys(x.to) for x in gifts] == [["JP/Ikeda"]]


def test_qi_before_other_words_is_no_partner():
    assert events("我市向其他国家的友城捐赠口罩。", "苏州") == []


def test_gai_shi_on_a_city_page_is_not_the_city_itself():
    found = events("3月2日，池田市向我市捐赠的1万只口罩运抵苏州。4日，该市又寄来防护服500套。", "苏州")
    suits = [x for x in found if any(i.item == "protective_suit" for i in x.items)]
    assert [(keys(x.from_), keys(x.to)) for x in suits] == [(["JP/Ikeda"], ["CN/Suzhou"])]


def test_gai_shi_before_a_clause_of_means_is_not_the_recipient_told_after_it():
    found = events("1月底，里昂市长致信广州市长，表达慰问；2月，该市又通过包机，向广州运送了一批防护服。")
    gifts = [(keys(x.from_), keys(x.to)) for x in found if x.type == "donation"]
    assert gifts == [(["FR/Lyon"], ["CN/Guangzhou"])]
    found = events("1月底，里昂市長致信廣州市長，表達慰問。2月，該市經由外交部組織的包機，向廣州運送了一批手套。")
    assert [(keys(x.from_), keys(x.to)) for x in found if x.type == "donation"] == [(["FR/Lyon"], ["CN/Guangzhou"])]
