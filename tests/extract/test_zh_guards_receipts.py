"""Chinese gifts told from the receiver's side, at an occasion, or joined on to a letter (sentences written
for these tests)."""
from zh_reading import events, keys


def _gifts(out):
    return [(keys(e.from_), keys(e.to)) for e in out if e.type == "donation"]


def test_receipt_clause_closed_by_after_names_the_next_clause_as_receiver():
    out = events("收到名古屋市捐赠的防护服后，南京市长致信名古屋市长表示感谢。")
    assert _gifts(out) == [(["JP/Nagoya"], ["CN/Nanjing"])]
    out = events("在收到大阪府捐赠的医用口罩之后，上海市政府向大阪府发来感谢信。")
    assert _gifts(out) == [(["JP/Osaka"], ["CN/Shanghai"])]


def test_receipt_frame_is_not_read_backwards():
    out = events("接到福冈市援助的5000只口罩后，广州市外办第一时间转交一线医院。")
    assert _gifts(out) == [(["JP/Fukuoka"], ["CN/Guangzhou"])]


def test_receipt_frame_in_traditional_script():
    out = events("收到北九州市捐贈的口罩後，大連市長致信北九州市長表示感謝。")
    assert _gifts(out) == [(["JP/Kitakyushu"], ["CN/Dalian"])]


def test_receipt_frame_without_a_giver_gives_no_gift():
    assert _gifts(events("收到捐赠后，各医院迅速将物资分发到一线。")) == []


def test_gift_named_as_the_occasion_after_zai_keeps_its_giver():
    out = events("在成都市向巴塞罗那市捐赠抗疫物资的交接仪式上，两市代表通过视频进行了交流。")
    assert _gifts(out) == [(["CN/Chengdu"], ["ES/Barcelona"])]
    out = events("在西安市向奈良市捐赠口罩的仪式上，奈良市长表示衷心感谢。")
    assert _gifts(out) == [(["CN/Xi'an"], ["JP/Nara"])]


def test_occasion_in_traditional_script():
    out = events("在寧波市向長野市捐贈防疫物資的交接儀式上，雙方代表發表講話。")
    assert _gifts(out) == [(["CN/Ningbo"], ["JP/Nagano"])]


def test_gift_joined_to_a_letter_goes_where_the_letter_went():
    out = events("苏州市长致信威尼斯市长，对该市疫情表示慰问，并捐赠2万只口罩。")
    assert _gifts(out) == [(["CN/Suzhou"], ["IT/Venice"])]
    assert any(e.type == "message" for e in out)


def test_joined_clause_without_goods_is_no_gift():
    out = events("苏州市长致信威尼斯市长，对该市疫情表示慰问，并表示愿意提供帮助。")
    assert _gifts(out) == []
