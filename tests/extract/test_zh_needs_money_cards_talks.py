"""Chinese surface forms of acts: a need told by the asker's name, money sent with 拨付/汇去, goods 运去 in a
share, a card sent (寄去手写卡片), a sit-down meeting with the partner's health officials (sentences written
for these tests)."""
from page_helpers import page_sides
from zh_reading import events, keys  # noqa: F401 - the shared reader


def _of(text, kind):
    return [e for e in events(text) if e.type == kind]


def test_need_told_with_the_askers_name_before_dui():
    (e,) = _of("3月上旬，伊斯法罕市长致函成都市市长，表达了伊斯法罕对呼吸机和口罩的迫切需求。", "request")
    assert keys(e.from_) == ["IR/Isfahan"] and keys(e.to) == ["CN/Chengdu"]


def test_need_told_of_this_city_in_traditional_script():
    (e,) = _of("5月初，內羅畢市長致函杭州市政府，表達了該市對防護服、口罩等物資的需求。", "request")
    assert keys(e.from_) == ["KE/Nairobi"] and keys(e.to) == ["CN/Hangzhou"]
    assert not _of("5月初，內羅畢市長致函杭州市政府，表達了該市對防護服、口罩等物資的需求。", "message")


def test_money_allotted_with_bofu():
    (e,) = _of("今年3月，维也纳市政府向武汉拨付3万欧元善款，用于支持当地抗击疫情。", "donation")
    assert keys(e.from_) == ["AT/Vienna"] and keys(e.to) == ["CN/Wuhan"]


def test_money_remitted_with_huiqu():
    (e,) = _of("今年3月，格拉茨市政府曾向青岛匯去4萬歐元善款，支持青岛抗疫。", "donation")
    assert keys(e.from_) == ["AT/Graz"] and keys(e.to) == ["CN/Qingdao"]


def test_share_shipped_with_yunqu():
    gifts = _of("截至目前，浙江省已向海外友城捐赠口罩50万只。其中，向法国普罗旺斯省运去口罩20万只，"
                "向意大利威尼托大区运去口罩10万只。", "donation")
    veneto = [e for e in gifts if keys(e.to) == ["IT/Veneto"]]
    assert veneto and keys(veneto[0].from_) == ["CN/Zhejiang"]
    assert [(i.item, i.quantity) for i in veneto[0].items] == [("mask", 100000)]


def test_handwritten_card_sent_is_a_message():
    sides = page_sides("奥克兰市长与宁波市长保持着密切联系。今年2月初，奥克兰市长曾寄去手写卡片，祝福宁波市民新春快乐。")
    assert ("message", ["NZ/Auckland"], ["CN/Ningbo"]) in sides


def test_team_sits_down_with_the_partners_health_officials():
    text = "4月2日，浙江省抗疫医疗专家组抵达匈牙利布达佩斯。专家组抵达次日即与匈方卫生部门举行座谈，介绍中国防控经验。"
    (e,) = _of(text, "consultation")
    assert keys(e.from_) == ["CN/Zhejiang"] and keys(e.to) == ["HU"]
