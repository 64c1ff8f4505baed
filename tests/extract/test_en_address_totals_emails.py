"""English constructions: a total given to a count of countries with some named after "including" (those
named receive it); a giver asking where its goods should go (no request, no message, no gift yet); an email
told with what it carried ("wrote a warm email to X", "sent X a short email of support"); goods "put in the
post" for a partner."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body, dateline="XI'AN, Feb. 6, 2020"):
    text = "Partner cities news\n\n" + dateline + " -- " + body + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    return [(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to),
             tuple((i.item, i.quantity) for i in e.items)) for e in out.events]


def test_total_to_counted_countries_named_after_including():
    got = _events("The Zhejiang Overseas Exchange Association said that as of August 30 it had shipped about "
                  "45,000 masks to partner groups in 12 African countries, including Kenya, Ghana, Zambia and Senegal.",
                  dateline="HANGZHOU, Sept. 2, 2020")
    assert [(t, f, to) for t, f, to, _ in got] == [("aggregate", ("CN/Zhejiang",), ("KE", "GH", "ZM", "SN"))]


def test_total_to_counted_countries_among_them():
    got = _events("By June 1 the Jiangsu friendship body had sent 60,000 gloves to 9 European countries, among them "
                  "Italy, Spain and the Netherlands.", dateline="NANJING, June 3, 2020")
    assert [(t, to) for t, f, to, _ in got] == [("aggregate", ("IT", "ES", "NL"))]


def test_asking_for_a_delivery_address_is_no_request():
    got = _events("Nara, a sister city of Xi'an in Japan, has asked Xi'an by email for a delivery address and plans to "
                  "post 8,000 masks.")
    assert not [e for e in got if e[0] == "request"]


def test_emailing_to_ask_where_goods_should_go_is_no_message():
    got = _events("Nara, a sister city of Xi'an in Japan, emailed the foreign affairs office asking where the "
                  "supplies should be sent.")
    assert got == []


def test_asking_for_goods_and_an_address_is_a_request():
    got = _events("Nara, in Japan, asked Xi'an for gloves and a delivery address.")
    assert [(t, f, to) for t, f, to, _ in got] == [("request", ("JP/Nara",), ("CN/Xi'an",))]


def test_asking_for_goods_by_email_is_a_request():
    got = _events("Nara, in Japan, is a sister city of Xi'an. Nara emailed Xi'an asking for 5,000 gowns.")
    assert [(t, f, to) for t, f, to, _ in got] == [("request", ("JP/Nara",), ("CN/Xi'an",))]


def test_email_told_with_what_it_carried():
    got = _events("Nara, in Japan, is a sister city of Xi'an. Kenji Sato, vice chairman of the Nara Japan-China "
                  "Friendship Association, wrote a warm email to Xi'an.")
    assert [(t, f, to) for t, f, to, _ in got] == [("message", ("JP/Nara",), ("CN/Xi'an",))]
    got = _events("Nara, in Japan, is a sister city of Xi'an. Kenji Sato, vice chairman of the Nara Japan-China "
                  "Friendship Association, sent Xi'an a short email of support.")
    assert [(t, f, to) for t, f, to, _ in got] == [("message", ("JP/Nara",), ("CN/Xi'an",))]


def test_goods_put_in_the_post():
    got = _events("Nara, a friendship city of Xi'an, put 8,000 surgical gloves in the post for the Chinese city on "
                  "Monday, February 3.")
    assert got == [("donation", ("JP/Nara",), ("CN/Xi'an",), (("gloves", 8000),))]


def test_experts_flew_into_a_capital_to_help_a_country():
    got = _events("Eight Chinese medical experts flew into Lima on a chartered flight on the night of March 29 to help "
                  "Peru fight the outbreak.", dateline="LIMA, March 30, 2020")
    assert [(t, to) for t, f, to, _ in got] == [("medical_team", ("PE",))]
    got = _events("Eight Chinese medical experts, chosen by the Sichuan provincial health commission, flew into the "
                  "Peruvian capital on the night of March 29 to help the country fight the outbreak.",
                  dateline="LIMA, March 30, 2020")
    assert [(t, f, to) for t, f, to, _ in got] == [("medical_team", ("CN", "CN/Sichuan"), ("PE",))]
