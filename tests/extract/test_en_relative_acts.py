"""English: a second act told in a relative clause ("..., which also sent a team", "..., whose people had sent
the city ..."), and requests told as received ("X received requests for video talks from A and B")."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    return [(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to),
             e.items[0].quantity if e.items else None) for e in out.events]


def test_whose_people_sent_the_city_gift_back():
    got = _events("Masks go both ways\n"
                  "Qingdao has shipped 40,000 masks to its sister city Daegu, whose citizens sent the city 8,000 "
                  "masks in January.\n")
    assert ("donation", ("CN/Qingdao",), ("KR/Daegu",), 40000) in got
    assert ("donation", ("KR/Daegu",), ("CN/Qingdao",), 8000) in got


def test_which_also_sent_a_team_is_the_giver_named_before():
    got = _events("Help for Italy\n"
                  "Milan and Bergamo each received 20,000 masks from Fujian province, which also sent a medical "
                  "team to the country on April 2.\n")
    assert ("donation", ("CN/Fujian",), ("IT/Milan",), 20000) in got
    assert ("donation", ("CN/Fujian",), ("IT/Bergamo",), 20000) in got
    team = [e for e in got if e[0] == "medical_team"]
    assert team and "CN/Fujian" in team[0][1] and team[0][2] == ("IT",)


def test_which_sent_a_letter_thanks_the_giver():
    got = _events("Gloves for Hungary\n"
                  "Xiamen donated 6,000 gloves to Debrecen, which sent a letter of thanks a week later.\n")
    assert ("donation", ("CN/Xiamen",), ("HU/Debrecen",), 6000) in got
    assert any(t == "message" and f == ("HU/Debrecen",) and to == ("CN/Xiamen",) for t, f, to, _q in got)


def test_received_request_from_names_the_askers():
    got = _events("Video talks\n"
                  "Kunming had received a request from Vientiane for test kits and ventilators.\n")
    assert any(t == "request" and f == ("LA/Vientiane",) and to == ("CN/Kunming",) for t, f, to, _q in got)


def test_requests_received_from_two_places_are_two_requests():
    got = _events("Video talks\n"
                  "Over the past week Shenzhen has received requests for video consultations from Lima and Quito, "
                  "the health commission said.\n")
    asks = sorted(f for t, f, to, _q in got if t == "request")
    assert asks == [("EC/Quito",), ("PE/Lima",)]
