"""Chinese: a count of a medical team's training told with no taker (A省专家组在当地工作的两周里,举办了20多场
线上培训) was for the country the team went to.  Own sentences."""
from zh_reading import events, keys

TEAM = "5月3日，一支由湖南省卫生健康委员会选派的医疗专家组飞抵乌兹别克斯坦塔什干。\n\n"


def _totals(text):
    return [e for e in events(text) if e.type == "aggregate"]


def test_training_count_goes_where_the_team_went():
    [e] = _totals(TEAM + "湖南专家组在塔什干和撒马尔罕工作的两周里，举办了20多场线上培训，当地受训医护人员超过5000人。")
    assert keys(e.from_) == ["CN/Hunan"] and keys(e.to) == ["UZ"]


def test_lectures_told_of_the_doctors():
    [e] = _totals(TEAM + "湖南医生停留的12天里，累计开展线上授课40余场，覆盖医务人员约6000人。")
    assert keys(e.to) == ["UZ"]


def test_no_team_before_no_taker_guessed():
    assert all(not e.to for e in _totals("湖南专家组在两周里举办了20多场线上培训，受训医护人员超过5000人。"))
