from cityaid.extract.sides import tidy_all, tidy_sides
from cityaid.model import Event


def ev(frm, to):
    return Event.model_validate({"type": "donation", "from": [{"key": k, "name": k} for k in frm],
                                 "to": [{"key": k, "name": k} for k in to]})


def test_a_place_on_both_sides_stays_with_the_recipient():
    e = tidy_sides(ev(["CN/Qingdao", "KR/Daegu"], ["KR/Daegu"]))
    assert [a.key for a in e.from_] == ["CN/Qingdao"] and [a.key for a in e.to] == ["KR/Daegu"]


def test_an_event_from_a_place_to_itself_is_dropped_and_others_are_kept():
    kept = ev(["JP/Tsu"], ["CN/Zhenjiang"])
    assert tidy_all([ev(["KR/Daegu"], ["KR/Daegu"]), kept]) == [kept]


def test_a_later_sentence_with_an_unnamed_recipient_dates_the_gift_already_told():
    from cityaid.extract.dedupe import dedupe

    told = Event.model_validate({"type": "donation", "from": [{"key": "JP/Sapporo", "name": "Sapporo"}],
                                 "to": [{"key": "CN/Shenyang", "name": "Shenyang"}],
                                 "items": [{"item": "n95_mask", "quantity": 5000}]})
    shipped = Event.model_validate({"type": "donation", "from": [{"key": "JP/Sapporo", "name": "Sapporo"}],
                                    "date": {"value": "2020-04-01"}, "items": [{"item": "supplies"}]})
    [one] = dedupe([told, shipped])
    assert one.date.value == "2020-04-01" and [a.key for a in one.to] == ["CN/Shenyang"]
    assert [(i.item, i.quantity) for i in one.items] == [("n95_mask", 5000)]
