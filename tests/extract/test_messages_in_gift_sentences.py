"""Messages told in the same sentence as a gift, an arrival or a receipt (sentences written for these tests)."""

from cityaid.model import Document
from cityaid.pipeline import extract_document


def run(text: str, published: str = "2020-04-20"):
    return extract_document(Document(doc_id="t.txt", text=text, content_hash="t", published=published)).events


def sides(evs, kind="message"):
    return sorted((tuple(sorted(a.key for a in e.from_)), tuple(sorted(a.key for a in e.to)))
                  for e in evs if e.type == kind)


# ------------------------------------------------------------------ a bare office after the place the goods reached
def test_zh_bare_mayor_after_an_arrival_is_the_mayor_of_the_place_reached():
    evs = run("苏州市外办消息\n据当地报纸报道，苏州市捐赠的2万只口罩4月5日运抵意大利威尼斯，市长布鲁尼亚罗致信苏州市长，"
              "感谢苏州的慷慨相助。")
    assert sides(evs) == [(("IT/Venice",), ("CN/Suzhou",))]
    assert sides(evs, "donation") == [(("CN/Suzhou",), ("IT/Venice",))]


def test_zh_bare_mayor_after_an_arrival_thanks_the_giver_unnamed():
    evs = run("青岛市外办消息\n青岛捐赠的一批防护服3日送达德国曼海姆，当天市长即在社交媒体上发文表示感谢。")
    assert sides(evs) == [(("DE/Mannheim",), ("CN/Qingdao",))]


def test_zh_bare_mayor_after_the_receiving_place_as_subject():
    evs = run("昆明市外办消息\n缅甸曼德勒市收到口罩后，市长专门致函昆明市长表达谢意。")
    assert sides(evs) == [(("MM/Mandalay",), ("CN/Kunming",))]


def test_zh_bare_mayor_in_the_givers_own_page_is_its_own():
    # the city's own paper: 我市 gave, the mayor told bare writes to the partner, not as the partner
    evs = run("苏州市外办消息\n我市向威尼斯捐赠2万只口罩，市长致信威尼斯市长表示慰问。")
    assert sides(evs) == [(("CN/Suzhou",), ("IT/Venice",))]


def test_zh_bare_mayor_with_a_plan_is_no_message():
    evs = run("苏州市外办消息\n苏州市捐赠的口罩已运抵威尼斯，市长将择日致信苏州市长。")
    assert sides(evs) == []


# ------------------------------------------------------------------ a cheer put on show
def test_zh_banner_with_a_cheer_in_the_gift_sentence_is_a_message():
    evs = run("上海市外办消息\n今年2月，大阪市曾向上海赠送口罩5万只，大阪市长还在市政府大楼前悬挂“上海加油”横幅。")
    assert sides(evs) == [(("JP/Osaka",), ("CN/Shanghai",))]
    assert sides(evs, "donation") == [(("JP/Osaka",), ("CN/Shanghai",))]


def test_zh_hant_banner_with_a_cheer_is_a_message():
    evs = run("臺南市政府新聞\n日本姬路市在市役所外牆掛出寫有「臺南加油」的巨幅布條。")
    assert sides(evs) == [(("JP/Himeji",), ("TW/Tainan",))]


def test_zh_lights_showing_a_cheer_are_a_message():
    evs = run("武汉市外办消息\n日本名古屋电视塔点亮“武汉加油”字样的灯光。")
    assert sides(evs) == [(("JP/Nagoya",), ("CN/Wuhan",))]


def test_zh_a_slogan_with_no_cheer_is_no_message():
    evs = run("武汉市外办消息\n大阪市在市政厅前打出“抗疫宣传周”的标语。")
    assert sides(evs) == []


# ------------------------------------------------------------------ words sent after the goods were received
def test_zh_letter_after_the_receipt_goes_to_the_page_place():
    evs = run("辽宁省外办消息\n4月中旬，北海道知事收到物资后再次来信，称辽宁的帮助让道民备受鼓舞。")
    assert sides(evs) == [(("JP/Hokkaido",), ("CN/Liaoning",))]


def test_zh_thanks_after_the_receipt_name_their_addressee():
    evs = run("辽宁省外办消息\n收到辽宁捐赠的口罩后，北海道知事致函辽宁省省长，表示感谢。")
    assert sides(evs) == [(("JP/Hokkaido",), ("CN/Liaoning",))]


def test_zh_thanks_planned_after_the_receipt_are_no_message():
    evs = run("辽宁省外办消息\n北海道收到口罩后，将向辽宁致信感谢。")
    assert sides(evs) == []


# ------------------------------------------------------------------ 给X写了一封信
def test_zh_wrote_a_letter_to_a_named_addressee():
    evs = run("厦门市外办消息\n厦门市长还给英国卡迪夫市长写了一封信，随物资一并寄出。")
    assert sides(evs) == [(("CN/Xiamen",), ("GB/Cardiff",))]


def test_zh_wrote_a_letter_in_the_gift_sentence():
    evs = run("厦门市外办消息\n我市向卡迪夫捐赠口罩2万只，市长给卡迪夫市长写了一封亲笔信。")
    assert sides(evs) == [(("CN/Xiamen",), ("GB/Cardiff",))]
    assert sides(evs, "donation") == [(("CN/Xiamen",), ("GB/Cardiff",))]
