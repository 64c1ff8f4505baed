"""Chinese letters asking whether help can be had for the writer's place (sentences written for these tests)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def _requests(text):
    return [e for e in events(text) if e.type == "request"]


def test_letter_asks_whether_aid_can_be_given_for_the_writers_state():
    (e,) = _requests("俄亥俄州的项目主任玛丽·史密斯给湖北省外办写信，询问能否为俄亥俄州援助口罩。")
    assert keys(e.from_) == ["US/Ohio"] and keys(e.to) == ["CN/Hubei"]
    assert [i.item for i in e.items] == ["mask"]


def test_letter_hopes_the_partner_raises_masks_for_the_state():
    (e,) = _requests("俄亥俄州的项目主任玛丽·史密斯随即写信给湖北省外办，希望湖北省为该州筹措一批口罩。")
    assert keys(e.from_) == ["US/Ohio"] and keys(e.to) == ["CN/Hubei"]
    assert not [x for x in events("俄亥俄州的项目主任玛丽·史密斯随即写信给湖北省外办，希望湖北省为该州筹措一批口罩。")
                if x.type == "message"]


def test_letter_sounds_out_the_addressee():
    (e,) = _requests("俄亥俄州的玛丽·史密斯致函湖北省外事办公室，探询对方能否援助口罩。")
    assert keys(e.from_) == ["US/Ohio"] and keys(e.to) == ["CN/Hubei"]
