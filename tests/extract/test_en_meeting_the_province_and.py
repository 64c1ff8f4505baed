"""English meeting told in a clause "when the province and <country>'s <region> held a video conference": the
place the page calls "the province" (named before in the sentence) is one side, the region joined to it the other."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _meetings(body):
    text = "Doctors answer questions from abroad\n\n" + body + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    return [(tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) for e in out.events if e.type == "consultation"]


def test_the_province_and_a_foreign_region():
    got = _meetings("HANGZHOU -- Italian doctors put their questions to specialists in Zhejiang on Friday, when the "
                    "province and Italy's Veneto region held a video conference on epidemic control.")
    assert got == [(("CN/Zhejiang",), ("IT/Veneto",))]


def test_the_province_and_a_prefecture():
    got = _meetings("SHENYANG -- Doctors in Liaoning spoke with their peers on Monday, when the province and Japan's "
                    "Toyama Prefecture held a video call.")
    assert got == [(("CN/Liaoning",), ("JP/Toyama",))]


def test_the_city_and_a_foreign_city():
    got = _meetings("CHENGDU -- Specialists of Chengdu answered questions on Tuesday as the city and Germany's Bonn "
                    "held a video conference.")
    assert got == [(("CN/Chengdu",), ("DE/Bonn",))]


def test_met_by_video_with_the_other_side_inside_the_phrase():
    got = _meetings("HANGZHOU -- Health officials and doctors from six constituent districts of Italy's Veneto region "
                    "met Zhejiang's medical experts by video on the afternoon of May 4 to discuss COVID-19 treatment.")
    assert got == [(("CN/Zhejiang",), ("IT/Veneto",))]


def test_met_counterparts_by_video():
    got = _meetings("HANGZHOU -- Doctors from Osaka met their Zhejiang counterparts by video on May 4.")
    assert got == [(("CN/Zhejiang",), ("JP/Osaka",))]


def test_met_the_press_by_video_is_no_meeting_of_two_places():
    assert _meetings("HANGZHOU -- The mayor met the press by video on May 4.") == []
