"""Money or goods given through a local body (通过X市红十字会捐给X的医院): the body only carries the gift; the
giver is the subject of the clause before (a friendship society of the partner city)."""
from tests.extract.test_events import events, keys


def gifts(text, pub=None):
    return [e for e in events(text, pub) if e.type == "donation"]


def test_society_gives_through_the_red_cross_of_the_receiver():
    [e] = gifts("在长沙抗疫最艰难的2月，圣保罗—长沙友好协会募集了3万美元，通过长沙市红十字会捐给了长沙的医院。")
    assert keys(e.from_) == ["BR/Sao Paulo"] and keys(e.to) == ["CN/Changsha"]


def test_city_gives_through_its_office():
    [e] = gifts("3月，札幌市通过其驻沈阳事务所向沈阳市捐赠了口罩1万只。")
    assert keys(e.from_) == ["JP/Sapporo"] and keys(e.to) == ["CN/Shenyang"]
