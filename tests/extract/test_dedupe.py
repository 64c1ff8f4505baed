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
    # a bare shipment weeks later, or one told before the itemised gift, is another gift
    assert len(dedupe([arrived, gift("2021-07-20", [{"item": "supplies"}])])) == 2
    assert len(dedupe([gift("2021-06-09", [{"item": "supplies"}]), arrived])) == 2


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
