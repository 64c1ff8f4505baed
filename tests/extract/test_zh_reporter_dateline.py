"""The place a reporter files from, named between the reporter and 报道 with a colon after (【某报讯】记者某某
苏州报道：…), on sentences written for these tests (other places, other figures): it says where the story
was written, it is no party; the province the story names as the giver gives."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_filing_city_is_no_giver():
    [e] = events("【某报讯】记者李明苏州报道：江苏省向友好省州澳大利亚维多利亚州捐赠的8万只医用口罩，5月3日运抵墨尔本。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Jiangsu"]


def test_filing_city_is_no_giver_traditional():
    [e] = events("【某報訊】記者王強廣州報道：廣東省向友好州美國俄亥俄州捐贈的5萬隻口罩，日前運抵哥倫布。")
    assert keys(e.from_) == ["CN/Guangdong"]


def test_a_city_reporting_by_itself_still_acts():
    [e] = events("苏州市报道：苏州市向友好城市德国康斯坦茨捐赠了1万只口罩。")
    assert keys(e.from_) == ["CN/Suzhou"]
