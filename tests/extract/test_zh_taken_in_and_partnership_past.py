"""A taking-in told again without its giver, and an exchange told as a partnership's past (sentences written for these tests)."""

from cityaid.model import Document
from cityaid.pipeline import extract_document


def run(text: str, published: str | None = "2020-05-20"):
    return extract_document(Document(doc_id="t.txt", text=text, content_hash="t", published=published)).events


def sides(e):
    return sorted(a.key for a in e.from_), sorted(a.key for a in e.to)


PAGE = ("友城援助记\n\n2020-05-20 10:00 来源：新华网\n\n"
        "记者查阅的文件显示，利马先后接收了友好城市成都、杭州的2批捐赠。\n\n"
        "成都送来的物资价值12万元，包括300件防护服和2000副手套。\n\n"
        "在另一端，智利瓦尔帕莱索市于2020年4月3日接收了友好城市浙江义乌市捐赠的8台呼吸机和3万只口罩。\n\n")


def _to(events, key):
    return [e for e in events if e.type == "donation" and any(a.key == key for a in e.to)]


def test_a_later_taking_in_without_a_giver_is_of_the_gift_told_before_to_that_taker():
    got = _to(run(PAGE + "瓦尔帕莱索市副市长当时接收了物资。他表示，这批物资来得及时。"), "CL/Valparaiso")
    assert got and all("CN/Chengdu" not in sides(e)[0] for e in got)


def test_the_taking_in_told_with_its_goods_joins_the_gift_and_keeps_its_giver():
    got = _to(run(PAGE + "瓦尔帕莱索副市长当天接收了呼吸机8台和口罩3万只，这批物资由当地企业共同筹集。"), "CL/Valparaiso")
    assert got and all("CN/Chengdu" not in sides(e)[0] for e in got)


def test_a_past_exchange_told_with_the_twinning_is_no_consultation():
    for text in ("杭州和里昂2015年缔结友好城市关系，两地曾经围绕港口物流管理交流经验。",
                 "嘉兴与奥斯陆于2019年结为姊妹城市，双方曾在垃圾分类方面分享经验。",
                 "两市2012年締結友好城市關係，此前已在旅遊推廣方面開展經驗交流。"):
        assert not [e for e in run(text) if e.type == "consultation"], text


def test_an_exchange_at_a_meeting_of_the_story_stays_a_consultation():
    for text in ("杭州与里昂卫生部门5月8日举行视频会议，双方就新冠肺炎诊疗交流经验。",
                 "杭州和里昂缔结友好城市关系多年，5月8日杭州与里昂卫生部门召开视频会议，双方围绕诊疗方案交流经验。"):
        assert [e for e in run(text) if e.type == "consultation"], text


GIFT = ("绍兴口罩运抵拉合尔\n\n2020-06-10 09:00 来源：某报\n\n"
        "巴基斯坦拉合尔市政府10日发表声明说，该市已收到中国浙江省绍兴市政府送来的3万只医用口罩。\n\n")


def _thanks(text):
    return [sides(e) for e in run(text) if e.type == "message" and sides(e)[0] == ["PK/Lahore"]]


def test_thanks_to_a_country_and_especially_its_city_go_to_both_from_the_recipient():
    for line in ("市长哈米德在讲话里对中国政府、尤其是绍兴市长的慷慨相助表示感谢。",
                 "市长哈米德在声明中感謝中國政府，尤其是紹興市長的心意。",
                 "市长哈米德在声明中对中国政府、特别是绍兴市政府的慷慨援助深表谢意。"):
        assert _thanks(GIFT + line) == [(["PK/Lahore"], ["CN", "CN/Shaoxing"])], line


def test_a_letter_to_the_provinces_office_asking_whether_it_can_spare_goods_is_a_request_to_the_province():
    for text in ("5月，俄勒冈大学负责国际交流的玛丽·史密斯写信给吉林省会长春的省外事办公室，询问吉林能否匀出一些口罩给俄勒冈州。",
                 "5月，在俄勒冈大学负责国际交流事务的玛丽·史密斯给位于省会长春的吉林省外事办公室写信，询问吉林能否为俄勒冈州匀出一些口罩。",
                 "5月，俄勒冈州卫生官员致函吉林省外办，询问吉林是否可以调配一批防护服给该州。"):
        got = [sides(e) for e in run(text) if e.type == "request"]
        assert got == [(["US/Oregon"], ["CN/Jilin"])], text


def test_goods_spared_without_an_ask_are_no_request():
    assert not [e for e in run("5月，吉林省从库存中匀出一批口罩给俄勒冈州。") if e.type == "request"]


def test_places_told_as_having_given_earlier_each_gave_their_own_gift():
    for text in ("他还提到，河南省和湖北省此前也向大阪府捐赠了物资。",
                 "大阪府早前亦已收到河南省及湖北省捐赠的物资。"):
        got = sorted(sides(e) for e in run(text) if e.type == "donation")
        assert got == [(["CN/Henan"], ["JP/Osaka"]), (["CN/Hubei"], ["JP/Osaka"])], text


def test_places_that_gave_together_stay_one_gift():
    for text in ("河南省和湖北省此前共同向大阪府捐赠了物资。", "河南省和湖北省向大阪府捐赠了物资。"):
        got = [sides(e) for e in run(text) if e.type == "donation"]
        assert got == [(["CN/Henan", "CN/Hubei"], ["JP/Osaka"])], text


def test_thanks_extended_along_with_the_thanks_told_is_no_message_of_its_own():
    got = run("他还提到，河南省和湖北省此前也向大阪府捐赠了物资，他一并表示感谢。")
    assert not [e for e in got if e.type == "message"]
    assert [e for e in run("大阪府知事对河南省的援助表示感谢。") if e.type == "message"]


def test_a_gift_phrase_handed_to_its_taker_after_a_ceremony_is_the_gift():
    for text in ("江苏省政府捐赠的一批防疫物资，9日在大阪府厅举行仪式后正式交给大阪府。",
                 "江苏省政府捐赠的一批防疫物资，9日在仪式上交予大阪府。"):
        got = [sides(e) for e in run(text) if e.type == "donation"]
        assert got == [(["CN/Jiangsu"], ["JP/Osaka"])], text
    assert not [e for e in run("江苏省政府举行仪式，将慰问信交给大阪府代表。") if e.type == "donation"]


def test_a_wish_that_the_goods_help_the_partner_out_soon_is_a_message_of_solidarity():
    for text in ("目前日本抗疫正处于关键阶段，中方同样感同身受，期望这批物资有助于大阪府早日战胜疫情。",
                 "目前日本抗疫正处于关键阶段，中方同样感同身受，希望这些物资能帮大阪府尽快走出疫情。",
                 "目前日本抗疫正处于关键阶段，中方同样感同身受，期盼这批物资助大阪府尽早摆脱疫情。"):
        got = [sides(e) for e in run(text) if e.type == "message"]
        assert got == [(["CN"], ["JP/Osaka"])], text


def test_words_for_china_at_a_hand_over_wishing_the_goods_help_the_partner_are_a_message_from_china():
    page = ("江苏物资运抵大阪\n\n2020-04-10 09:00 来源：某报\n\n"
            "江苏省政府捐赠的一批防疫物资，9日在大阪府厅举行仪式后正式交给大阪府。中国驻大阪总领事馆副总领事王明出席仪式。\n\n"
            "王明说：“大阪的防疫正处在艰难时刻，我们中国方面感同身受，盼望这批口罩帮助大阪府尽快走出疫情。”")
    got = [sides(e) for e in run(page) if e.type == "message"]
    assert got == [(["CN"], ["JP/Osaka"])]


def test_a_city_and_a_chinese_embassy_giving_together_are_both_givers():
    for text in ("江苏省苏州市政府与中国驻日本大使馆联合捐赠的一批防疫物资，9日在大阪府厅正式交给大阪府。",
                 "中国驻日本大使馆与江苏省苏州市政府共同向大阪府捐赠了口罩。"):
        got = [sides(e) for e in run(text) if e.type == "donation"]
        assert got == [(["CN", "CN/Suzhou"], ["JP/Osaka"])], text


def test_a_partner_met_with_no_joint_gift_is_no_giver():
    got = [sides(e) for e in run("苏州市向大阪府捐赠了口罩，与首尔一起渡过难关。") if e.type == "donation"]
    assert got == [(["CN/Suzhou"], ["JP/Osaka"])]
