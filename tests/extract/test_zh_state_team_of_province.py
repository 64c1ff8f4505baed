"""A state medical team made up by a province, on sentences written for these tests (other places, other
figures): 由A省组建的中国政府医疗专家组 is sent by the state and by the province; a state team whose
members a province picked (成员由A省选派 / 国家卫健委组建、A省负责挑选), told in the sentence after, is the
province's as well as the state's. A province team with no state named stays the province's."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_state_team_made_up_by_a_province():
    [e] = events("5月6日，由湖南省组建的中国政府第二批赴津巴布韦抗疫医疗专家组一行11人抵达哈拉雷。")
    assert e.type == "medical_team" and keys(e.from_) == ["CN", "CN/Hunan"] and keys(e.to) == ["ZW"]


def test_state_team_picked_by_a_province_office_traditional():
    [e] = events("由湖北省衛生健康委員會選派的中國政府援外醫療專家組共8人，在4月16日飛抵亞的斯亞貝巴。")
    assert keys(e.from_) == ["CN", "CN/Hubei"] and keys(e.to) == ["ET"]


def test_state_team_whose_members_a_province_picked_next_sentence():
    es = events("6日，中国政府派遣的10名医疗专家组成员坐包机到了老挝首都万象。这个专家组由国家卫健委牵头、广西壮族自治区负责选派。")
    [e] = [e for e in es if e.type == "medical_team"]
    assert keys(e.from_) == ["CN", "CN/Guangxi"] and keys(e.to) == ["LA"]


def test_state_team_members_chosen_by_a_province_traditional():
    es = events("中國政府派出的9人醫療專家組7日從南寧抵達柬埔寨。國家衛健委負責組建專家組，成員由廣西壯族自治區挑選。")
    [e] = [e for e in es if e.type == "medical_team"]
    assert keys(e.from_) == ["CN", "CN/Guangxi"]


def test_province_team_without_the_state_stays_the_provinces():
    [e] = events("5月6日，由湖南省组建的抗疫医疗专家组一行11人抵达津巴布韦首都哈拉雷。")
    assert keys(e.from_) == ["CN/Hunan"]
