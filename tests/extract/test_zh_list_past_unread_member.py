"""Chinese: a list of partners that holds a name the reader does not know (甲、[unknown]、乙、丙等友城) is still one
list: the known members after the unknown one stay on the side of those before it."""
from tests.extract.page_helpers import page_sides


def _events(*paras, title="新闻"):
    return page_sides(*paras, title=title, published="2021-03-02")


def test_forum_attended_by_a_list_with_an_unknown_name():
    got = _events("5月8日，无锡市举办友城抗疫网络研讨会，大邱、塔卡、佐世保、光州等友城代表在线参加。")
    assert len(got) == 1 and got[0][0] == "consultation" and got[0][1] == ["CN/Wuxi"]
    assert {"KR/Daegu", "JP/Sasebo", "KR/Gwangju"} <= set(got[0][2])
