"""Message sides: the one joined on a call is spoken to; the place where goods were received is no sender
(sentences written for these tests)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _msgs(body, head):
    out = extract_document(Document(doc_id="t", text=head + "\n\n" + body, content_hash="x", published="2020-04-29"))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "message"]


def test_subject_who_joined_partner_on_call_speaks():
    ms = _msgs("SEATTLE -- In March, the Mayor joined Chengdu Mayor Li Ming on a phone call to offer the city's "
               "support as Chengdu fought the outbreak.", "Seattle gives thanks")
    assert ms == [(["US/Seattle"], ["CN/Chengdu"])]


def test_place_where_goods_were_received_is_not_the_thanker():
    ms = _msgs("The Hubei provincial government has donated 30,000 masks and 3,000 test kits to Kaduna State, the "
               "Chinese consulate said on Thursday.\n\nGovernor Ahmed Musa, who received the items at the Governor's "
               "Office in Barnawa, Zaria, on Wednesday, thanked the Hubei government for the support.",
               "Kaduna gets supplies")
    assert ms == [(["NG/Kaduna"], ["CN/Hubei"])]


def test_note_that_accompanied_the_goods_is_from_their_giver():
    ms = _msgs("LYON -- Lyon's partner city Guangzhou has sent 40,000 masks to the French city, the city hall said on "
               "Tuesday.\n\n\"You stood by us. Now it is our turn,\" read a message from Guangzhou Mayor Wen Li that "
               "accompanied the shipment.", "Masks for Lyon")
    assert ms == [(["CN/Guangzhou"], ["FR/Lyon"])]


def test_thanks_in_the_speakers_language_to_the_giver_not_an_adjective():
    ms = _msgs("Lyon's sister city Guangzhou has sent 40,000 masks to the French city, Mayor Paul Durand announced on "
               "Tuesday.\n\n\"Merci, Guangzhou! Real friends show up when times are hard,\" Durand wrote on Twitter on "
               "Tuesday, posting a picture of the cartons, which bore a Chinese proverb.", "Masks for Lyon")
    assert ms == [(["FR/Lyon"], ["CN/Guangzhou"])]


def test_the_one_thanks_go_to_is_not_the_sender():
    ms = _msgs("PERTH -- Nanjing has donated 20,000 masks to its sister city Perth, officials said on Monday.\n\n"
               "In a video message recorded after the ceremony, Zempilas conveyed his gratitude to Nanjing Mayor "
               "Han Liming.", "Masks for Perth")
    assert ms == [(["AU/Perth"], ["CN/Nanjing"])]
