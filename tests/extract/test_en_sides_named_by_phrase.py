"""English sides named by a phrase: thanks to "the Chinese side" after a province's gift go to that province;
thanks put on record ("wishes to record its appreciation to X") are a message; "Y's A and B hospitals" are
hospitals of Y (no county named A); "In the city of X, N masks donated by Y were delivered ..." went to X."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text, published="2020-04-29", title=None):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published, title=title))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


def test_thanks_to_the_nation_side_go_to_the_giver():
    evs = _events("Nagano Prefecture on Thursday received 60,000 surgical masks from Hebei Province, its sister "
                  "province in China, the prefectural government said.\n\nGovernor Shuichi Abe thanked the Chinese "
                  "side in a video message posted on the prefecture's website Friday.")
    assert ("message", ["JP/Nagano"], ["CN/Hebei"]) in evs


def test_appreciation_put_on_record_is_a_message():
    evs = _events("The city of Lyon wishes to record its sincere appreciation to Wuhan for the gowns it flew in.")
    assert ("message", ["FR/Lyon"], ["CN/Wuhan"]) in evs


def test_hospitals_named_after_a_possessive_city():
    evs = _events("Later that month, doctors from Galway University Hospital joined a video conference with "
                  "specialists from Shanghai's Ruijin and Huashan hospitals, who shared their experience.")
    cons = [e for e in evs if e[0] == "consultation"]
    assert cons and cons[0][1] == ["CN/Shanghai"]


def test_fronted_town_receives_the_passive_gift():
    evs = _events("Several towns in Fukuoka Prefecture have received masks from China this month.\n\nIn the city of "
                  "Kitakyushu, 15,000 masks donated by its sister city of Dalian were delivered to City Hall on "
                  "April 6.", title="Masks arrive in Kyushu")
    assert ("donation", ["CN/Dalian"], ["JP/Kitakyushu"]) in evs


def test_helped_then_gave_by_participle():
    evs = _events("Isfahan has received 20,000 masks from Xi'an, its sister city, officials in Tehran said.\n\nTurkey "
                  "was among the first countries to help China in its fight against the virus, donating one million "
                  "masks in early February.")
    assert ("donation", ["TR"], ["CN"]) in evs


def test_a_places_share_went_to_that_place():
    evs = _events("Queensland's share, 20,000 masks donated by Shanghai, landed in Brisbane last week.")
    assert ("donation", ["CN/Shanghai"], ["AU/Queensland"]) in evs
