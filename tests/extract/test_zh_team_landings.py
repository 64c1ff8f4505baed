"""Medical teams told by their landing or by the bodies they are drawn from, on sentences written for these
tests (other places, other figures): a team landing (降落在) in a capital, its members picked (由X选派) by the
party the clause after names; a team made up of experts from N bodies (由…等N家单位…组成的X专家组) is X's
team, and the count of bodies is no total of partners."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_a_team_lands_in_a_capital_picked_by_a_province():
    [e] = events("5月3日，一支12人医疗专家组降落在老挝首都万象，专家组成员由云南省卫生健康委员会选派。")
    assert e.type == "medical_team" and keys(e.from_) == ["CN/Yunnan"] and keys(e.to) == ["LA"]
    assert e.date.value == "2020-05-03"


def test_a_team_lands_traditional():
    [e] = events("4月20日，一支8人醫療專家組降落在柬埔寨首都金邊，專家組成員由廣西壯族自治區衛生健康委員會選派。")
    assert e.type == "medical_team" and keys(e.from_) == ["CN/Guangxi"] and keys(e.to) == ["KH"]


def test_a_plane_landing_is_no_team():
    assert events("5月3日，一架载有防疫物资的货机降落在万象。") == []


def test_a_team_made_up_of_experts_from_several_bodies():
    es = events("当天上午，由浙江大学附属医院等3家单位10名专家组成的浙江专家组抵达罗马，支援意大利抗疫。")
    assert [e.type for e in es] == ["medical_team"]
    assert keys(es[0].from_) == ["CN/Zhejiang"] and keys(es[0].to) == ["IT"]


def test_a_medical_team_made_up_of_doctors_traditional():
    es = events("4月2日，由四川省人民醫院、華西醫院等4家單位15名醫生組成的四川醫療隊飛抵羅馬，支援意大利抗疫。")
    assert [e.type for e in es] == ["medical_team"]
    assert keys(es[0].from_) == ["CN/Sichuan"] and keys(es[0].to) == ["IT"]
