"""Short words of thanks that open a paragraph, the scene told after them (the mayor posting a photo, or
taking the boxes and thanking), are that mayor's message; a dateline may come first. Own sentences."""
from tests.extract.page_helpers import page_sides


def _messages(*paras, title="温州与友城守望相助"):
    return [x for x in page_sides(*paras, title=title) if x[0] == "message"]


def test_thanks_then_a_photo_posted():
    assert _messages("“温州朋友，多谢了！”本周一，加拿大多伦多市市长约翰·托利在社交媒体上发布一段视频，身后是堆成小山的口罩箱。") == [
        ("message", ["CA/Toronto"], ["CN/Wenzhou"])]


def test_thanks_then_boxes_taken_with_a_quoted_label():
    assert _messages("“感谢温州！”5月6日上午，多伦多市长约翰·托利在港口仓库签收贴着“风雨同舟”标签的货箱，再三致谢。") == [
        ("message", ["CA/Toronto"], ["CN/Wenzhou"])]


def test_a_dateline_before_the_thanks():
    assert _messages("本报讯（记者 王明）“温州朋友，多谢了！”本周一，多伦多市长约翰·托利在社交媒体上发布一段视频。") == [
        ("message", ["CA/Toronto"], ["CN/Wenzhou"])]


def test_a_long_quotation_opening_the_page_is_no_scene():
    assert _messages("“这次轮到我们出力了，谢谢每一位加班装箱的同事和志愿者们。”温州市外办一位处长说。") == []
