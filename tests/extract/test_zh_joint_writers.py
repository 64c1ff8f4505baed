"""Two heads who write one after the other (A与B相继来信): each writes to the one the letters are for."""
from tests.extract.test_events import events, keys


def messages(text, pub=None):
    return [e for e in events(text, pub) if e.type == "message"]


def test_two_mayors_writing_in_turn_each_send_a_message():
    evs = messages("此外，法国里昂市长让·杜邦与德国杜塞尔多夫市长汉斯·米勒相继来信，为成都人民送上祝福。")
    assert sorted(tuple(keys(e.from_)) for e in evs) == [("DE/Düsseldorf",), ("FR/Lyon",)]
    assert all(keys(e.to) == ["CN/Chengdu"] for e in evs)


def test_two_mayors_writing_one_after_the_other_to_a_named_city():
    evs = messages("此外，法国里昂市长与德国杜塞尔多夫市长先后致信成都市，表达慰问。")
    assert sorted(tuple(keys(e.from_)) for e in evs) == [("DE/Düsseldorf",), ("FR/Lyon",)]
    assert all(keys(e.to) == ["CN/Chengdu"] for e in evs)
