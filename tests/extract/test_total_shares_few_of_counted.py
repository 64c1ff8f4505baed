"""向N个友城捐赠…共计…。其中,向A捐赠…,与B举行视频会议: the total's partners are those its shares name as
receivers; a place met with (与B举行…) is no receiver of the total."""
from tests.extract.page_helpers import page_sides


def test_a_place_met_with_after_the_shares_is_not_a_partner_of_the_total():
    sides = page_sides("绍兴市人民政府外事办公室2020年工作总结",
                       "2020年，我市先后向9个国家的15个友城捐赠口罩等防疫物资共计30万余件。其中，3月向韩国友城大邱市捐赠口罩2万只，"
                       "6月与法国友城图尔市举行卫生专家视频会议。")
    assert ("aggregate", ["CN/Shaoxing"], ["KR/Daegu"]) in sides
    assert ("donation", ["CN/Shaoxing"], ["KR/Daegu"]) in sides
