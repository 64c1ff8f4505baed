"""Page layout: which lines are not sentences of the story (cityaid.extract.layout)."""
from cityaid.extract.layout import heading_lines, in_dateline, label_ends, title_span


def test_headline_sidebar_and_body():
    text = "无锡向丰川捐赠口罩\n4月2日，无锡市向丰川市捐赠了口罩。\n上一条：青岛举行视频会议\n· 镇江市召开会议"
    marks = heading_lines(text)
    starts = [0, text.index("4月"), text.index("上一条"), text.index("·")]
    assert [bool(marks[p]) for p in starts] == [True, False, True, True]
    assert title_span(text) == (0, text.index("\n"))


def test_labels_and_datelines():
    text = "● 韩国大邱 4月6日,青岛市捐赠物资。"
    ends = label_ends(text)
    assert ends[0] == text.index("4月")

    class Mention:
        end = text.index("大邱") + 2
    assert not in_dateline(text, Mention)
    wire = "中新网青岛4月8日电 近日"

    class Wire:
        end = wire.index("4月")
    assert in_dateline(wire, Wire)


def test_a_summary_box_is_not_a_sentence_of_the_story():
    text = "5月3日，甲县向乙镇捐赠口罩3千片。\n■ 新闻摘要:甲县捐赠乙镇口罩3千片，两地并举行视频交流。\n【内容摘要】丙市致信丁市表示感谢。\n摘要说明了全部经过。"
    marks = heading_lines(text)
    assert [bool(marks[text.index(x)]) for x in ("5月3日", "■", "【内容", "摘要说明")] == [False, True, True, False]


def test_a_breadcrumb_above_the_headline_is_not_the_headline():
    text = "示例新闻网 > 本地 > 外事\n「朋友有难,我们来帮」 韩国友城向我市寄赠口罩\n3月2日,韩国友城向我市寄赠口罩8千只。"
    start = text.index("「")
    assert title_span(text) == (start, text.index("\n", start))
    plain = "甲市向乙市捐赠口罩\n3月2日,甲市向乙市捐赠口罩。"
    assert title_span(plain) == (0, plain.index("\n"))


def test_a_dateline_without_its_day_files_the_story():
    text = "(吉隆坡讯)马来西亚雪兰莪州卫生局与广西举行视频会议。"
    place = type("M", (), {"start": 1, "end": 4})
    assert in_dateline(text, place)
    text = "【本报温哥华讯】温哥华收到了广州寄来的口罩。"
    place = type("M", (), {"start": 3, "end": 6})
    assert in_dateline(text, place)
    body = "吉隆坡讯息中心收到了口罩。"
    assert not in_dateline(body, type("M", (), {"start": 0, "end": 3}))


def test_a_dated_less_dateline_place_is_no_party():
    from cityaid.model import Document
    from cityaid.pipeline import extract_document
    text = "(吉隆坡讯)中国广西壮族自治区卫健委与马来西亚雪兰莪州卫生局日前举行视频会议，交流防控经验。"
    doc = Document(doc_id="t", content_hash="x", text=text, published="2020-05-06")
    evs = [e for e in extract_document(doc).events if e.type == "consultation"]
    assert evs and all(a.key != "MY/Kuala Lumpur" for e in evs for a in e.from_ + e.to)
