"""Three constructions of the Chinese reader:

* 甲市市长名·姓出席仪式: a person's written-out name after the title, followed by 出席/参加/主持/会见, ties the
  person to the place, so a later 姓市长曾致信… is that place writing;
* 并贴出了物资运抵市政厅的照片: an arrival told only as what a picture shows is no gift of its own;
* 与专家组同机抵达的,还有X捐赠的一批口罩: the goods that arrived with a team, told as a cleft across a comma,
  are a gift, and the team named after 与 is no second team.
"""
from tests.extract.page_helpers import page_sides


def test_family_name_before_title_writes_for_the_place_introduced_at_a_ceremony():
    sides = page_sides("6月2日，绍兴市向美国友好城市拉斐特市捐赠的3万只口罩运抵拉斐特。拉斐特市长托尼·罗伯茨出席交接仪式并致辞，感谢绍兴的支持。",
                       "今年2月上旬，罗伯茨市长曾致信盛阅春市长，向绍兴人民表达慰问。")
    assert ("message", ["US/Lafayette"], ["CN/Shaoxing"]) in sides
    assert len([s for s in sides if s[0] == "message"]) == 2


def test_arrival_shown_in_a_posted_picture_is_no_second_gift():
    sides = page_sides("意大利城市帕多瓦日前接收了友好城市中国江苏苏州市捐赠的2万只医用口罩。",
                       "帕多瓦市长塞尔焦·贾尔迪内12日在脸书上发文，感谢苏州市政府和人民的帮助，并贴出了物资运抵市政厅的照片。")
    gifts = [s for s in sides if s[0] == "donation"]
    assert gifts == [("donation", ["CN/Suzhou"], ["IT/Padua"])]
    assert ("message", ["IT/Padua"], ["CN/Suzhou"]) in sides


def test_goods_arriving_with_the_team_told_as_a_cleft():
    sides = page_sides("中国抗疫医疗专家组一行10人当地时间5月6日抵达埃塞俄比亚首都亚的斯亚贝巴。",
                       "与专家组同机抵达的，还有中国企业捐赠的一批口罩、手套和检测试剂等医疗物资。")
    assert ("donation", ["CN"], ["ET"]) in sides
    assert len([s for s in sides if s[0] == "medical_team"]) == 1


def test_goods_with_the_team_named_again_after_a_paragraph_between():
    sides = page_sides("中国政府派出的抗疫医疗专家组一行8人4月3日晚抵达坦桑尼亚首都多多马。",
                       "在机场迎接专家组的，是坦桑尼亚卫生部长。",
                       "与专家组同机抵达的，还有中国政府援助坦桑尼亚的呼吸机、口罩等十余吨防疫物资，箱子上印着“守望相助”字样。")
    assert ("donation", ["CN"], ["TZ"]) in sides


def test_goods_with_a_provinces_team_keep_the_state_that_gives_them():
    sides = page_sides("当地时间4月3日晚，由国家卫生健康委组建、江苏省卫生健康委选派的中国政府赴坦桑尼亚抗疫医疗专家组一行8人抵达坦桑尼亚首都多多马。",
                       "在机场迎接专家组的，是坦桑尼亚卫生部长。",
                       "与专家组同机抵达的，还有中国政府援助坦桑尼亚的呼吸机、口罩等十余吨防疫物资，箱子上印着“守望相助”字样。")
    assert ("donation", ["CN"], ["TZ"]) in sides


def test_city_named_by_the_gift_verb_stays_the_receiver_of_goods_with_the_team():
    sides = page_sides("5月6日，中国政府赴哈萨克斯坦抗疫医疗专家组一行10人抵达哈萨克斯坦首都努尔苏丹。",
                       "随专家组同机运抵的，还有新疆维吾尔自治区人民政府捐给阿拉木图市政府的一批抗疫物资，包括医用口罩和防护服。")
    gifts = [s for s in sides if s[0] == "donation"]
    assert gifts and gifts[0][2] == ["KZ/Almaty"]


def test_region_named_after_xiang_before_the_gift_verb_takes_the_goods_of_the_team():
    sides = page_sides("3月30日晚，由国家卫生健康委组建、江苏省卫生健康委选派的中国赴西班牙抗疫医疗专家组一行10人抵达马德里。",
                       "专家组同机带去了江苏省向加泰罗尼亚自治区捐赠的呼吸机、防护服等医疗物资。")
    gifts = [s for s in sides if s[0] == "donation"]
    assert gifts and gifts[0][2] == ["ES/Catalonia"]


def test_team_built_by_national_bodies_with_members_from_a_province():
    sides = page_sides("新华社马德里4月2日电 由国家卫生健康委和中国红十字会组建的中国抗疫医疗专家组一行8人2日晚乘包机抵达西班牙首都马德里，将协助西方开展疫情防控工作。",
                       "专家组成员主要来自湖南省，涵盖呼吸科、感染科等领域。")
    assert ("medical_team", ["CN", "CN/Hunan"], ["ES"]) in sides
