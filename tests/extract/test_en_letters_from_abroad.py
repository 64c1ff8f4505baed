"""English letters from partners abroad, with sentences written for the test:

* a fronted place ("In X," / "From X in Y,") then a titled person who wrote: the place wrote;
* letters that arrived "from Mayor A of X and Mayor B of Y": one message from each place;
* "put his sympathy in writing", "conveyed the sympathy of ...": a message;
* a lead about many unnamed partners ("officials in its sister cities have been writing") is no message.
"""
from cityaid.model import Document
from cityaid.pipeline import extract_document

HEAD = "Letters reach Ningbo\n\nNINGBO, Feb. 21 (Xinhua) -- "


def _events(body):
    ex = extract_document(Document(doc_id="t.txt", text=HEAD + body + "\n", content_hash="x"))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in ex.events]


def test_fronted_place_then_its_mayor_wrote():
    assert _events("In Nagaoka, Mayor Kenji Ito wrote to Ningbo that his city stood with its people.") == \
        [("message", ["JP/Nagaoka"], ["CN/Ningbo"])]
    assert _events("From Uppsala in Sweden, council leader Erik Pelling wrote to Ningbo to offer support.") == \
        [("message", ["SE/Uppsala"], ["CN/Ningbo"])]


def test_fronted_own_city_keeps_its_mayor():
    assert _events("In Ningbo, Mayor Qiu Dongyao wrote to Nagaoka to thank it.") == \
        [("message", ["CN/Ningbo"], ["JP/Nagaoka"])]


def test_letters_from_titled_people_of_two_places_are_two_messages():
    got = _events("Letters of sympathy also arrived from Mayor Tove Lund of Uppsala in Sweden and Mayor Ray Cole "
                  "of Brno in the Czech Republic.")
    assert sorted(got) == [("message", ["CZ/Brno"], ["CN/Ningbo"]), ("message", ["SE/Uppsala"], ["CN/Ningbo"])]


def test_sympathy_put_in_writing_or_conveyed():
    assert _events("In Uppsala, Mayor Tove Lund put her sympathy in writing, addressing it to the people of Ningbo.") \
        == [("message", ["SE/Uppsala"], ["CN/Ningbo"])]
    assert _events("Brno Mayor Ray Cole conveyed the sympathy of his city to the residents of Ningbo.") \
        == [("message", ["CZ/Brno"], ["CN/Ningbo"])]


def test_lead_about_many_unnamed_partners_is_no_message():
    assert _events("Mayors and officials in Ningbo's sister cities have been writing to the city for weeks.") == []
