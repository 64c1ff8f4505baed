"""English: "spent $N on gowns for X, which were shipped later" is a gift to X (the relative clause's verb refers
back to the goods), from the town that paid; "the mayor of X had sent her a letter" is a message from X to the
page's town; a mayor named by title alone in a state outlet's story is the mayor of the town it told of before."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text, title, published="2020-04-29"):
    return extract_document(Document(doc_id="t", text=text, content_hash="x", published=published,
                                     title=title)).events


def test_goods_for_x_which_were_shipped():
    evs = _events("A shipment of 40,000 masks from the city of Jecheon, South Korea, arrived at Spokane City Hall "
                  "last week.\n\nOn Feb. 12, the council approved spending $5,000 on gowns and gloves for Jecheon, "
                  "which were shipped a week later.\n\nSpokane and Jecheon became sister cities in 1990.",
                  "Spokane receives 40,000 masks from sister city Jecheon")
    back = [e for e in evs if e.type == "donation" and [a.key for a in e.to] == ["KR/Jecheon"]]
    assert back and [a.key for a in back[0].from_] == ["US/Spokane"]
    assert not any(e.type == "donation" and [a.key for a in e.from_] == ["KR/Jecheon"]
                   and not any(i.quantity for i in e.items) for e in evs)


def test_mayor_had_sent_her_a_letter():
    evs = _events("SPOKANE - A shipment of 40,000 masks from the city of Jecheon, South Korea, arrived at Spokane "
                  "City Hall last week.\n\nMayor Nadine Woodward said that Jecheon Mayor Lee Sang-cheon had sent "
                  "her a letter in March expressing concern for Spokane residents.",
                  "Spokane receives masks from sister city Jecheon")
    notes = [e for e in evs if e.type == "message"]
    assert notes and [a.key for a in notes[0].from_] == ["KR/Jecheon"]
    assert [a.key for a in notes[0].to] == ["US/Spokane"]


def test_got_in_touch_asking_is_a_request_of_the_one_who_got_in_touch():
    evs = _events("In early April, officials from Hebei Province, Tochigi's friendship province, got in touch with "
                  "the Tochigi prefectural government, urgently asking it to help them find protective gowns.",
                  "Gowns sought")
    asks = [e for e in evs if e.type == "request"]
    assert asks and [a.key for a in asks[0].from_] == ["CN/Hebei"] and [a.key for a in asks[0].to] == ["JP/Tochigi"]
    assert not any(e.type == "donation" for e in evs)
