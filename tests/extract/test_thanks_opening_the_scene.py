"""Short words of thanks that open a paragraph, the scene told after them (the mayor posting a photo, or
taking the boxes and thanking), are that mayor's message; a dateline may come first. Own sentences."""
from tests.extract.page_helpers import page_sides


def _messages(*paras, title="温州与友城守望相助"):
    return [x for x in page_sides(*paras, title=title) if x[0] == "message"]


def test_thanks_then_a_photo_posted():
    assert _messages("“谢谢你们，温州的朋友！”上周，加拿大多伦多市市长约翰·托利在社交媒体上晒出一张照片：几十箱物资整齐码放在市政厅门口。") == [
        ("message", ["CA/Toronto"], ["CN/Wenzhou"])]


def test_thanks_then_boxes_taken_with_a_quoted_label():
    assert _messages("“感谢温州！”当地时间5月6日上午，在多伦多市政厅前，多伦多市长约翰·托利接过印有“同舟共济”字样的物资箱，连声道谢。") == [
        ("message", ["CA/Toronto"], ["CN/Wenzhou"])]


def test_a_dateline_before_the_thanks():
    assert _messages("本报讯（记者 王明）“谢谢你们，温州的朋友！”上周，多伦多市长约翰·托利在社交媒体上晒出一张照片。") == [
        ("message", ["CA/Toronto"], ["CN/Wenzhou"])]


def test_a_long_quotation_opening_the_page_is_no_scene():
    assert _messages("“今天我们帮人家，就像当初人家帮我们一样，感谢大家的付出。”市外办负责人说。") == []
