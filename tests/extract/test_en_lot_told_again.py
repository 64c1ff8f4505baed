"""English: a gift told once and then again in the same page.

- "Crates of gloves sent by X arrived at Y's town hall on Monday, six weeks after the council wrote to X": the
  gift is told before the comma by a verb of giving (no figure); the "after" clause recalls an earlier letter
  and makes no message of the sentence.
- "The shipment, 12,000 gloves in all, was trucked from A to B": one lot's size in apposition, "in all"
  counting its goods; the figures of the gift told before, not a running total.
- "Mayor Z accepted the gloves at the town hall on 14 May": the gift told "in May" taken in, on that day.
- "When we last wrote to members in June": a body's letter to its own members is no message to a partner.
"""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text: str, published: str = "2020-05-20"):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [e.to_spec() for e in out.events]


def test_after_clause_does_not_turn_a_gift_sent_by_into_a_letter():
    es = _events("Crates of nitrile gloves sent by Sendai's Chinese sister city Harbin arrived at the town hall "
                 "on May 11, six weeks after the council wrote to the city in the north of China.")
    assert [(e["type"], e["from"][0]["key"], e["to"][0]["key"]) for e in es] == [
        ("donation", "CN/Harbin", "JP/Sendai")]


def test_lot_size_in_apposition_is_the_gift_told_before():
    es = _events("Crates of nitrile gloves sent by Sendai's Chinese sister city Harbin arrived at the town hall "
                 "on May 11.\n\nThe shipment, 12,000 gloves in all, was trucked from Dalian to Niigata and then "
                 "driven north.")
    assert [(e["type"], e["from"][0]["key"], e["to"][0]["key"]) for e in es] == [
        ("donation", "CN/Harbin", "JP/Sendai")]
    assert [(i["item"], i["quantity"]) for i in es[0]["items"]] == [("gloves", 12000)]


def test_goods_accepted_later_date_the_gift_of_that_month():
    es = _events("In a kind gesture, the Harbin Municipal Government donated 6,000 gloves to the City of Sendai "
                 "in May. Mayor Ito Kenji accepted the gloves at the town hall on 14 May and passed them on to "
                 "nursing homes.")
    assert [(e["type"], e["from"][0]["key"], e["to"][0]["key"], e["date"]["value"]) for e in es] == [
        ("donation", "CN/Harbin", "JP/Sendai", "2020-05-14")]


def test_letter_to_own_members_is_no_message():
    es = _events("SENDAI-HARBIN FRIENDSHIP COMMITTEE\nBulletin No. 12\n\nWhen we last wrote to members in "
                 "November, nobody expected our Harbin friends to spend the holidays in lockdown.\n\nOn 4 March our "
                 "committee, together with the Mayor of Sendai, sent a video message to the Harbin Foreign Affairs "
                 "Office.")
    assert [(e["type"], e["from"][0]["key"], e["to"][0]["key"]) for e in es] == [
        ("message", "JP/Sendai", "CN/Harbin")]
