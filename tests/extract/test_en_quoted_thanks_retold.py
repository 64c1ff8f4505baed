"""English construction: thanks quoted later in the page, naming no one, from a speaker whose thanks the page
told already ("In a statement Monday, Mayor A B thanked Y ... . ... "We are grateful," B said.") are the same
message retold, not a second one to the last place named between them; near-miss: another speaker's quoted
thanks stays a message of its own."""
from cityaid.model import Document
from cityaid.pipeline import extract_document

PAGE = ("Sister city Harbin sends 20,000 masks to Edmonton\n\n"
        "Edmonton's sister city in China has shipped 20,000 surgical masks to the city, and the boxes were "
        "unloaded at City Hall on Tuesday.\n\n"
        "In a statement Wednesday, Mayor Laura Kessler thanked the people of Harbin, calling the gift a sign of "
        "a friendship that has lasted 35 years. The masks will go to bus drivers, park rangers and the staff of "
        "city-run recreation centres, which reopen next month.\n\n"
        "Edmonton and Harbin were twinned in 1985. When the outbreak hit China in January, Kessler wrote to "
        "Harbin's mayor to offer the city's sympathy and support.\n\n"
        "The province has a similar tie. Alberta's twin province of Heilongjiang sent 50,000 gloves in May.\n\n")


def _messages(text):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-06-04"))
    return [(tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) for e in out.events if e.type == "message"]


def test_quoted_thanks_of_the_same_speaker_is_the_message_told():
    got = _messages(PAGE + "\"We are thankful, and we hope to repay the kindness one day,\" Kessler said.\n")
    assert (("CA/Edmonton",), ("CN/Heilongjiang",)) not in got
    assert got.count((("CA/Edmonton",), ("CN/Harbin",))) == 2  # the thanks and the earlier letter of sympathy


def test_another_speakers_quoted_thanks_is_kept():
    got = _messages(PAGE + "\"We are thankful to our friends in Heilongjiang,\" Premier Dan Moreau said.\n")
    assert (("CA/Alberta",), ("CN/Heilongjiang",)) in got
