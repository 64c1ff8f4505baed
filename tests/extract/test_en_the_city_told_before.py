"""English: "the city" as the subject of a gift right after a sentence about another place that tells no act
("X returned the favour in May. As infections climbed, the city shipped 50,000 masks to Y") is that place,
even on a page whose own place is the receiver."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _gifts(*paras, title=None, published="2020-04-29"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published,
                                    title=title))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "donation"]


def test_the_city_after_a_sentence_about_the_giver():
    got = _gifts("Over the year, Hefei kept close ties with its partners in Europe.",
                 "Hefei returned the favour in May. As infections climbed, the city shipped 50,000 masks to "
                 "Aachen.")
    assert got == [(["CN/Hefei"], ["DE/Aachen"])]


def test_the_city_on_the_receivers_page():
    got = _gifts("LEIPZIG - Letters from partner towns reached Leipzig in February.",
                 "Hefei returned the favour in May. As infections climbed in Germany, the city shipped 50,000 "
                 "masks to Leipzig.", title="Leipzig and its partners")
    assert len(got) == 1 and got[0][0] == ["CN/Hefei"] and "DE/Leipzig" in got[0][1]


def test_the_city_after_an_act_is_still_the_pages_place():
    got = _gifts("LEIPZIG - Leipzig received 20,000 masks from Hefei on Monday.",
                 "The city also sent 3,000 gloves to Hefei in February.", title="Leipzig and its partners")
    assert (["DE/Leipzig"], ["CN/Hefei"]) in got
