"""One event per fact within a document."""
from cityaid.extract.dedupe import dedupe
from cityaid.model import Event


def test_a_later_sentence_with_an_unnamed_recipient_dates_the_gift_already_told():
    told = Event.model_validate({"type": "donation", "from": [{"key": "JP/Sapporo", "name": "Sapporo"}],
                                 "to": [{"key": "CN/Shenyang", "name": "Shenyang"}],
                                 "items": [{"item": "n95_mask", "quantity": 5000}]})
    shipped = Event.model_validate({"type": "donation", "from": [{"key": "JP/Sapporo", "name": "Sapporo"}],
                                    "date": {"value": "2020-04-01"}, "items": [{"item": "supplies"}]})
    [one] = dedupe([told, shipped])
    assert one.date.value == "2020-04-01" and [a.key for a in one.to] == ["CN/Shenyang"]
    assert [(i.item, i.quantity) for i in one.items] == [("n95_mask", 5000)]


def test_a_recipient_named_only_by_its_country_is_the_partner_named_in_full():
    full = Event.model_validate({"type": "donation", "from": [{"key": "CN/Wuxi", "name": "无锡"}],
                                 "to": [{"key": "JP/Toyokawa", "name": "丰川市"}],
                                 "items": [{"item": "mask", "quantity": 20000}]})
    summary = Event.model_validate({"type": "donation", "from": [{"key": "CN/Wuxi", "name": "无锡"}],
                                    "to": [{"key": "JP", "name": "日本"}], "items": [{"item": "supplies"}]})
    [one] = dedupe([summary, full])
    assert [a.key for a in one.to] == ["JP/Toyokawa"]
    other_country = Event.model_validate({"type": "donation", "from": [{"key": "CN/Wuxi", "name": "无锡"}],
                                          "to": [{"key": "KR", "name": "韩国"}]})
    assert len(dedupe([full, other_country])) == 2


def test_a_bare_mask_count_restating_one_kind_of_mask_is_the_same_gift():
    def gift(item, n):
        return Event.model_validate({"type": "donation", "from": [{"key": "TW/Taichung", "name": "台中市"}],
                                     "to": [{"key": "US/Boise", "name": "博伊西市"}], "date": {"value": "2021-05-06"},
                                     "items": [{"item": item, "quantity": n}]})
    [one] = dedupe([gift("medical_mask", 12000), gift("mask", 12000)])
    assert [(i.item, i.quantity) for i in one.items] == [("medical_mask", 12000)]
    assert len(dedupe([gift("medical_mask", 12000), gift("mask", 8000)])) == 2
    two_kinds = gift("medical_mask", 12000).model_copy(
        update={"items": gift("medical_mask", 12000).items + gift("n95_mask", 12000).items})
    assert len(dedupe([two_kinds, gift("mask", 12000)])) == 2  # which kind the bare count restates is unknown


def test_a_handover_told_without_goods_days_after_the_itemised_gift_is_that_gift():
    def gift(day, items):
        return Event.model_validate({"type": "donation", "from": [{"key": "CN/Harbin", "name": "Harbin"}],
                                     "to": [{"key": "US/Anchorage", "name": "Anchorage"}], "date": {"value": day},
                                     "items": items})
    handover = gift("2021-06-15", [{"item": "supplies"}])
    arrived = gift("2021-06-11", [{"item": "medical_mask", "quantity": 40000}])
    [one] = dedupe([handover, arrived])
    assert one.date.value == "2021-06-11" and [(i.item, i.quantity) for i in one.items] == [("medical_mask", 40000)]
    # a bare shipment weeks later, or weeks before the itemised gift, is another gift
    assert len(dedupe([arrived, gift("2021-07-20", [{"item": "supplies"}])])) == 2
    assert len(dedupe([gift("2021-05-20", [{"item": "supplies"}]), arrived])) == 2


def test_supplies_from_a_country_on_the_day_of_a_city_gift_are_that_gift():
    def gift(giver, day, items):
        return Event.model_validate({"type": "donation", "from": [{"key": giver, "name": giver}],
                                     "to": [{"key": "KE/Nairobi", "name": "Nairobi"}], "date": {"value": day},
                                     "items": items})
    city = gift("CN/Wuhan", "2021-02-02", [{"item": "test_kit", "quantity": 5000}])
    [one] = dedupe([city, gift("CN", "2021-02-02", [{"item": "supplies"}])])
    assert one.from_[0].key == "CN/Wuhan"
    assert len(dedupe([city, gift("CN", "2021-02-20", [{"item": "supplies"}])])) == 2
    assert len(dedupe([city, gift("JP", "2021-02-02", [{"item": "supplies"}])])) == 2
    assert len(dedupe([city, gift("CN", "2021-02-02", [{"item": "mask", "quantity": 900}])])) == 2


def _ev(type_, giver, taker, day, evidence, **more):
    d = {"type": type_, "from": [{"key": k, "name": k} for k in giver], "to": [{"key": k, "name": k} for k in taker],
         "date": {"value": day} if day else None, "evidence": evidence}
    d.update(more)
    return Event.model_validate(d)


def test_goods_received_on_their_day_a_few_days_before_the_weeks_itemised_report_are_that_gift():
    said = "This week Tacoma took in 15,000 masks and 300 gowns sent by Kunming"
    reached = "The cartons came to the city's warehouse on Monday, the mayor's office said"
    full = _ev("donation", ["CN/Kunming"], ["US/Tacoma"], "2021-09-10", said,
               items=[{"item": "mask", "quantity": 15000}, {"item": "gown", "quantity": 300}])
    [one] = dedupe([full, _ev("donation", ["CN/Kunming"], ["US/Tacoma"], "2021-09-06", reached,
                              items=[{"item": "supplies"}])])
    assert [(i.item, i.quantity) for i in one.items] == [("mask", 15000), ("gown", 300)]
    # the same goods named without their count (接收了这批口罩) two days before the gift told with it
    [one] = dedupe([_ev("donation", ["CN/Kunming"], ["US/Tacoma"], "2021-09-08", "市长办公室表示已收下这批口罩",
                        items=[{"item": "mask"}]), full])
    assert one.items[0].quantity == 15000
    # other goods named without a count are another gift
    assert len(dedupe([_ev("donation", ["CN/Kunming"], ["US/Tacoma"], "2021-09-08", "另有一批呼吸机已经送达",
                           items=[{"item": "ventilator"}]), full])) == 2


def test_a_reporters_overview_of_several_receivers_restates_the_gift_told_before_it():
    lead = "记者9月2日从市外办了解到，本市的防疫物资已先后送达秘鲁、智利等国"
    peru = _ev("donation", ["CN/Xining"], ["PE"], "2021-09-02", lead, items=[{"item": "supplies"}])
    chile = _ev("donation", ["CN/Xining"], ["CL"], "2021-09-02", lead, items=[{"item": "supplies"}])
    told = _ev("donation", ["CN/Xining"], ["PE"], "2021-08", "8月中旬，一班货机从广州起飞前往利马，机上装有西宁捐给秘鲁的物资",
               items=[{"item": "supplies"}])
    out = dedupe([peru, chile, told])
    assert [(e.to[0].key, e.date.value) for e in out] == [("CL", "2021-09-02"), ("PE", "2021-08")]
    # an overview over a period holding the gift's day tells of more than that gift: both stay
    period = "9月以来，西宁陆续向秘鲁、智利等友城寄去防疫物资"
    later = _ev("donation", ["CN/Xining"], ["PE"], "2021-09-15", "其中寄往秘鲁的2万只口罩已于15日到达",
                items=[{"item": "mask", "quantity": 20000}])
    assert len(dedupe([_ev("donation", ["CN/Xining"], ["PE"], "2021-09", period, items=[{"item": "supplies"}]),
                       _ev("donation", ["CN/Xining"], ["CL"], "2021-09", period, items=[{"item": "supplies"}]),
                       later])) == 3
    # a receiver named alone (no list) with a later date is left to the other rules
    assert len(dedupe([told, _ev("donation", ["CN/Xining"], ["PE"], "2021-09-20", "西宁再次向秘鲁寄去一批物资",
                                 items=[{"item": "supplies"}])])) == 2


def test_one_count_of_partners_read_as_a_tally_of_messages_and_of_gifts_is_one_tally():
    said = "截至目前，本省共收到来自12个国家的19个友好省州的慰问信函和捐赠"
    msgs = _ev("aggregate", [], ["CN/Gansu"], "2021-03-01", said, of="message", kind="condolence",
               partners_count=19, countries_count=12)
    gifts = _ev("aggregate", [], ["CN/Gansu"], "2021-03-01", said, of="donation", partners_count=19, countries_count=12)
    [one] = dedupe([gifts, msgs])
    assert one.of == "message" and one.partners_count == 19
    # a tally of gifts with its own figure, or with its own count, is a second tally
    with_figure = _ev("aggregate", [], ["CN/Gansu"], "2021-03-01", said, of="donation", partners_count=19,
                      countries_count=12, items=[{"item": "supplies", "quantity": 90000}])
    assert len(dedupe([msgs, with_figure])) == 2
    assert len(dedupe([msgs, gifts.model_copy(update={"partners_count": 7})])) == 2


def test_a_request_told_in_the_sentence_of_its_answer_is_the_request_told_before():
    asked = _ev("request", ["HU/Debrecen"], ["CN/Zhengzhou"], "2021-04-02",
                "德布勒森市长4月2日来函，请郑州介绍防控做法并帮助购买呼吸机")
    answer_said = "按照德布勒森方面的请求，郑州疾控专家4月9日同对方进行了视频连线"
    answered = _ev("request", ["HU/Debrecen"], ["CN/Zhengzhou"], "2021-04-09", answer_said)
    call = _ev("consultation", ["CN/Zhengzhou"], ["HU/Debrecen"], "2021-04-09", answer_said)
    out = dedupe([asked, answered, call])
    assert [(e.type, e.date.value) for e in out] == [("request", "2021-04-02"), ("consultation", "2021-04-09")]
    # without the answer in its sentence, a later request is another request
    assert len(dedupe([asked, _ev("request", ["HU/Debrecen"], ["CN/Zhengzhou"], "2021-05-20",
                                  "5月20日德布勒森再次来函求援")])) == 2


def test_one_sentence_read_twice_with_a_place_resolved_at_two_depths_is_one_message():
    said = "6月1日，泰安郡守写信给黄岛区，感谢对方的援助"
    deep = _ev("message", ["KR/Chungnam/Taean"], ["CN/Qingdao/Huangdao"], "2021-06-01", said, medium="letter")
    flat = _ev("message", ["KR/Taean"], ["CN/Qingdao/Huangdao"], "2021-06-01", said, kind="thanks")
    [one] = dedupe([deep, flat])
    assert [a.key for a in one.from_] == ["KR/Chungnam/Taean"] and one.kind == "thanks" and one.medium == "letter"
    # the same place named in another sentence is left to the other rules
    other = flat.model_copy(update={"evidence": "泰安郡另有一封信寄给黄岛区"})
    assert len(dedupe([deep, other])) == 2
