"""English pronoun subjects: "X was among the first countries to lend a hand. In February it airlifted ...":
"it" is the place the sentence before opens on (a sentence of no act), not the side that acted last."""
from cityaid.model import Document
from cityaid.pipeline import extract_document

PAGE = ("Chinese experts arrive in Mongolia\nSource: Xinhua | 2020-04-10\n\n"
        "ULAANBAATAR, April 9 (Xinhua) -- A team of eight Chinese medical experts from Inner Mongolia arrived here "
        "on Thursday.\n\nOn March 20, doctors in Hohhot and officials from Mongolia's health ministry held a video "
        "conference on testing strategy.\n\n{last}\n")


def _gifts(last):
    out = extract_document(Document(doc_id="t", text=PAGE.format(last=last), content_hash="x", published="2020-04-10"))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "donation"]


def test_it_is_the_place_the_copula_sentence_before_opens_on():
    got = _gifts("Mongolia was among the first countries to lend a hand to China. In February it airlifted 30 "
                 "tonnes of aid, including masks and gloves, to China, a gesture Chinese diplomats have praised.")
    assert got == [(["MN"], ["CN"])]


def test_it_after_a_sentence_with_an_act_stays_the_last_actor():
    got = _gifts("Hohhot sent 5,000 masks to Ulaanbaatar in March. In April it also sent 2,000 gowns to the city.")
    assert all(frm == ["CN/Hohhot"] for frm, _to in got) and len(got) >= 1
