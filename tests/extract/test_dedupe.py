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
