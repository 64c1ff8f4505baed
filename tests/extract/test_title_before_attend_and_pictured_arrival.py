"""Three constructions of the Chinese reader:

* 甲市市长名·姓出席仪式: a person's written-out name after the title, followed by 出席/参加/主持/会见, ties the
  person to the place, so a later 姓市长曾致信… is that place writing;
* 并贴出了物资运抵市政厅的照片: an arrival told only as what a picture shows is no gift of its own;
* 和医疗队同机到达的,还有X捐赠的一批口罩: the goods that arrived with a team, told as a cleft across a comma,
  are a gift, and the team named after 与/和/随 is no second team.
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
    sides = page_sides("5月9日傍晚，12名中国医生组成的抗疫医疗专家组飞抵赞比亚首都卢萨卡。",
                       "和医疗队同机到达的，还有几家中资公司捐出的防护服、额温枪和核酸试剂。")
    assert ("donation", ["CN"], ["ZM"]) in sides
    assert len([s for s in sides if s[0] == "medical_team"]) == 1


def test_goods_with_the_team_named_again_after_a_paragraph_between():
    sides = page_sides("我国派往马拉维的7人抗疫医疗专家组，6月1日晚间降落在利隆圭机场。",
                       "马拉维卫生部官员到机场迎接了专家们。",
                       "随医疗队同机到达的，另有中国政府援助马拉维的制氧机和手套等8吨物资。")
    assert ("donation", ["CN"], ["MW"]) in sides


def test_goods_with_a_provinces_team_keep_the_state_that_gives_them():
    sides = page_sides("6月1日晚，国家卫健委组建、浙江省卫健委选派的援马拉维医疗专家组7人降落在利隆圭。",
                       "马拉维卫生部官员到机场迎接了专家们。",
                       "和医疗队同机到达的，另有我国政府援助马拉维的制氧机和手套等8吨物资。")
    assert ("donation", ["CN"], ["MW"]) in sides


def test_city_named_by_the_gift_verb_stays_the_receiver_of_goods_with_the_team():
    sides = page_sides("6月3日，我国援哈萨克斯坦医疗专家组9人飞抵努尔苏丹。",
                       "随医疗队同机到达的，另有甘肃省政府捐给奇姆肯特市政府的额温枪和口罩若干。")
    gifts = [s for s in sides if s[0] == "donation"]
    assert gifts and gifts[0][2] == ["KZ/Shymkent"]


def test_region_named_after_xiang_before_the_gift_verb_takes_the_goods_of_the_team():
    sides = page_sides("4月8日夜，国家卫健委组织、山东省卫健委选派的援葡萄牙医疗专家组11人到达里斯本。",
                       "专家组同机带去了山东省向波尔图区捐赠的呼吸机和防护服。")
    gifts = [s for s in sides if s[0] == "donation"]
    assert gifts and gifts[0][2] == ["PT/Porto"]


def test_team_built_by_national_bodies_with_members_from_a_province():
    sides = page_sides("新华社里斯本5月7日电 国家卫健委和中国红十字会共同组建的援葡医疗专家组6人7日傍晚乘包机降落葡萄牙首都里斯本，将协助葡方抗疫。",
                       "专家组成员主要来自福建省，有呼吸科和重症科医生。")
    assert ("medical_team", ["CN", "CN/Fujian"], ["PT"]) in sides
