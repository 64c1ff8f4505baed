"""English dates: thanks said together with words on the arrival told before ("X said that the arrival of the
experts gave courage to …, and thanked Y …") answer that arrival: they take its day, not the day of a background
act (an earlier video call) told between."""
from cityaid.model import Document
from cityaid.pipeline import extract_document

PAGE = ("Chinese Medical Expert Team Arrives in Budapest\n2020/04/12\n\n"
        "On the evening of April 10, a chartered flight carrying a team of eight Chinese medical experts and a batch "
        "of medical supplies landed at Budapest Airport. The experts were selected by the Health Commission of Sichuan "
        "Province. They will work with Hungarian colleagues at hospitals in Budapest and other cities. The flight also "
        "carried ventilators and masks donated by the Chinese government.\n\n"
        "Before the team set out, Sichuan experts had already exchanged views with Hungarian doctors. On April 3, the "
        "Sichuan Provincial Health Commission and the Hungarian Ministry of Health held a video conference on "
        "treatment.\n\n{last}\n")


def _message_dates(last):
    out = extract_document(Document(doc_id="t", text=PAGE.format(last=last), content_hash="x",
                                    published="2020-04-12"))
    return [(e.date.value if e.date else None) for e in out.events if e.type == "message"]


def test_thanks_said_with_words_on_the_arrival_take_the_arrival_day():
    assert _message_dates("Budapest Mayor Gergely Karacsony said that the arrival of the Chinese experts gave "
                          "courage to the people of the city, and thanked Sichuan Province for its friendly "
                          "help.") == ["2020-04-10"]


def test_the_video_call_keeps_its_own_day():
    out = extract_document(Document(doc_id="t", text=PAGE.format(last=""), content_hash="x", published="2020-04-12"))
    assert [e.date.value for e in out.events if e.type == "consultation"] == ["2020-04-03"]
