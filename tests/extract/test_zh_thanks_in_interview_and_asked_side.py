"""Thanks told in an interview, and the side asked for a team, on sentences written for these tests (other
places, other figures): 甲市长接受媒体采访时向乙市致谢 (taking an interview is no receipt: the mayor's
city thanks 乙); 甲国政府派出专家组,是应乙方的请求 (乙 asked 甲, the subject of the clause before)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader

GIFT = "成都市送给阿根廷门多萨市的口罩2万只已于周一运抵该市。"


def test_thanks_given_while_taking_an_interview():
    [m] = [e for e in events(GIFT + "门多萨市长接受当地电视台采访时向成都市致谢。") if e.type == "message"]
    assert keys(m.from_) == ["AR/Mendoza"] and keys(m.to) == ["CN/Chengdu"]


def test_thanks_given_while_taking_an_interview_traditional():
    [m] = [e for e in events(GIFT + "門多薩市長接受電台專訪時向成都市表示感謝。") if e.type == "message"]
    assert keys(m.from_) == ["AR/Mendoza"] and keys(m.to) == ["CN/Chengdu"]


def test_taking_goods_in_is_still_a_receipt():
    es = events("门多萨市接受了成都市捐赠的2万只口罩。")
    assert [(keys(e.from_), keys(e.to)) for e in es if e.type == "donation"] == [(["CN/Chengdu"], ["AR/Mendoza"])]


def test_team_sent_at_the_asking_of_the_other_side():
    es = events("中国政府派遣的12人医疗队周二飞抵缅甸首都内比都。中国政府此次派出专家组，是应缅方的请求。")
    [r] = [e for e in es if e.type == "request"]
    assert keys(r.from_) == ["MM"] and keys(r.to) == ["CN"]


def test_team_sent_at_the_asking_traditional():
    es = events("中國政府派遣的12人醫療隊週二飛抵緬甸首都內比都。中國政府此次派出專家組，是應緬方的請求。")
    [r] = [e for e in es if e.type == "request"]
    assert keys(r.from_) == ["MM"] and keys(r.to) == ["CN"]
