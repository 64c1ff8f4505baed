"""A tally of video meetings on a place's page with no party named (全年组织医疗专家与友好省州开展视频交流N场 /
全年举办或参与国际抗疫视频会议N场): the page's place held or joined them, its partners counted or not."""
from tests.extract.page_helpers import page_sides


def test_own_experts_meeting_partner_regions_counted():
    sides = page_sides("湖南省外办2019年度工作总结", "（2020年2月6日）",
                       "全年组织省内疾控专家与友好省州开展视频交流15场。",
                       published="2020-02-06")
    assert ("aggregate", ["CN/Hunan"], []) in sides


def test_meetings_held_or_joined_abroad_counted():
    sides = page_sides("湖南省外办2019年度工作总结", "（2020年2月6日）",
                       "全年举办或参与国际卫生视频会议17场,交流防控做法。",
                       published="2020-02-06")
    assert ("aggregate", ["CN/Hunan"], []) in sides


def test_meetings_of_the_places_own_parts_are_not_the_places():
    sides = page_sides("湖南省外办2019年度工作总结", "（2020年2月6日）",
                       "各地市全年举办或参与国际卫生视频会议17场。",
                       published="2020-02-06")
    assert ("aggregate", ["CN/Hunan"], []) not in sides
