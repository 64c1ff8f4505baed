"""English: receivers listed each with its own country, goods going on inside the receiver's land after a
relative "which", and goods bought from a place (sentences written for these tests)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(*paras, published="2020-04-29"):
    text = "\n\n".join(paras) + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [e.to_spec() for e in out.events]


def _sides(evs, kind="donation"):
    return sorted(([a["key"] for a in e["from"]], [a["key"] for a in e["to"]]) for e in evs if e["type"] == kind)


def test_each_receiver_with_its_country_gets_its_own_gift():
    evs = _events("Hangzhou has also supplied protective materials to Shizuoka in Japan, Gwangju in the "
                  "Republic of Korea and Bologna in Italy.")
    assert _sides(evs) == [(["CN/Hangzhou"], ["IT/Bologna"]), (["CN/Hangzhou"], ["JP/Shizuoka"]),
                           (["CN/Hangzhou"], ["KR/Gwangju"])]


def test_two_receivers_with_their_countries_are_two_gifts():
    evs = _events("Chengdu had also donated medical supplies to Osaka in Japan and Suwon in South Korea.")
    assert _sides(evs) == [(["CN/Chengdu"], ["JP/Osaka"]), (["CN/Chengdu"], ["KR/Suwon"])]


def test_a_listed_batch_without_countries_stays_one_gift():
    evs = _events("Earlier this month, Hunan also sent a batch of surgical masks to its sister regions Shiga "
                  "Prefecture, Gyeonggi-do and Busan.")
    assert len([e for e in evs if e["type"] == "donation"]) == 1


def test_the_airport_town_after_which_arrived_is_no_receiver():
    evs = _events("Hangzhou sent 30,000 masks to Shizuoka, which arrived at Haneda International Airport near "
                  "Tokyo on March 3.")
    assert _sides(evs) == [(["CN/Hangzhou"], ["JP/Shizuoka"])]


def test_hospitals_the_goods_were_delivered_to_are_inside_the_partner():
    evs = _events("Osaka Prefecture sent 20,000 masks to Hubei in February.",
                  "Hubei reciprocated in May with 50,000 masks, which were delivered to hospitals in Sakai and "
                  "Kishiwada.")
    assert (["CN/Hubei"], ["JP/Osaka"]) in _sides(evs)
    assert all("JP/Sakai" not in t and "JP/Kishiwada" not in t for _f, t in _sides(evs))


def test_the_town_told_alone_after_which_arrived_stays_the_receiver():
    evs = _events("Hunan sent 30,000 masks, which arrived in Tokyo on March 3.")
    assert _sides(evs) == [(["CN/Hunan"], ["JP/Tokyo"])]


def test_goods_purchased_from_a_country_are_no_gift():
    evs = _events("Hubei sent 100,000 masks to Victoria in March.",
                  "The state also took delivery of 250 ventilators purchased from Chinese manufacturers in April.")
    assert _sides(evs) == [(["CN/Hubei"], ["AU/Victoria"])]


def test_thanks_on_behalf_of_the_pages_own_government_go_to_the_partner():
    evs = _events("Source: Wuxi Municipal People's Government",
                  "A batch of 20,000 masks donated by Sagamihara arrived in Wuxi on May 2.",
                  "Deputy Mayor Wang Qiang expressed sincere thanks on behalf of the Municipal People's Government "
                  "and said Wuxi would keep sharing its experience.")
    assert _sides(evs, "message") == [(["CN/Wuxi"], ["JP/Sagamihara"])]


def test_a_places_committee_named_for_its_partner_gives_for_the_place():
    evs = _events("In March, Denver's Kunming sister city committee shipped about 8,000 masks to hospitals in "
                  "Kunming.")
    assert _sides(evs) == [(["US/Denver"], ["CN/Kunming"])]


def test_money_raised_to_buy_equipment_for_the_partner_is_a_gift_of_money():
    evs = _events("In February, the Ohio Sister States organization raised about 9,000 U.S. dollars from Ohioans to "
                  "buy protective equipment for hospitals in Hubei.")
    gifts = [e for e in evs if e["type"] == "donation"]
    assert _sides(evs) == [(["US/Ohio"], ["CN/Hubei"])]
    assert [(m["amount"], m["currency"]) for m in gifts[0]["money"]] == [(9000, "USD")]


def test_money_raised_for_its_own_staff_is_no_gift():
    evs = _events("In February, Ohio raised about 9,000 U.S. dollars from Ohioans to buy masks for its own nurses.")
    assert [e for e in evs if e["type"] == "donation"] == []
