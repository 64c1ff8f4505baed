"""Goods handed over at the taker's own seat of government (在乙市政府 / 乙市役所完成交接) reach that place;
a video link told as the means (通过视频连线,与乙市…交流) meets the party named in the clause of the talk;
a clause that only ranks the act told before it (成为…之一) is no act of its own."""
from tests.extract.page_helpers import page_sides


def test_handed_over_at_the_takers_city_hall():
    assert page_sides("5月6日，洛阳市赠送的1.5万只口罩在日本冈山市政府完成交接。") == [
        ("donation", ["CN/Luoyang"], ["JP/Okayama"])]


def test_handed_over_at_the_takers_office_building():
    assert page_sides("3日上午，哈尔滨市捐赠的8000只口罩在旭川市役所正式移交。") == [
        ("donation", ["CN/Harbin"], ["JP/Asahikawa"])]


def test_video_link_as_means_meets_the_party_of_the_talk():
    assert page_sides("昨天下午，长沙市第一医院的专家借助视频连线，与日本鹿儿岛县卫生部门官员交流了隔离病房管理做法。") == [
        ("consultation", ["CN/Changsha"], ["JP/Kagoshima"])]


def test_video_system_as_means_shared_with_partner():
    assert page_sides("9日，大连市疾控专家通过视频会议系统，同俄罗斯符拉迪沃斯托克市医生分享了检测经验。") == [
        ("consultation", ["CN/Dalian"], ["RU/Vladivostok"])]


def test_ranking_clause_is_no_second_gift():
    assert page_sides("1月30日，冈山县曾向江西省捐赠3万只口罩，成为江西最早收到的外国捐赠之一。") == [
        ("donation", ["JP/Okayama"], ["CN/Jiangxi"])]
