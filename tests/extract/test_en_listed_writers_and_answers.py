"""English constructions (sentences written for these tests): several writers listed with their offices and
places, messages "like the ones before", totals received up to a day from plural givers, goods taken in at a
building of a place, "it" after a receipt, Taiwan's mission abroad, requests answered by a gift and requests
told in reported speech."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _run(body, head="Partners write in", dateline="WUHAN, March 4 (FAP) -- "):
    text = head + "\n\n" + dateline + body + "\n"
    out = extract_document(Document(doc_id="t.txt", text=text, content_hash="x"))
    return [e.to_spec() for e in out.events]


def _sides(out, etype=None):
    return sorted((e["type"], ",".join(a["key"] for a in e.get("from") or []),
                   ",".join(a["key"] for a in e.get("to") or [])) for e in out if etype is None or e["type"] == etype)


def test_office_holders_of_two_places_both_wrote_or_called():
    out = _run("Mayor Anna Berg of Uppsala in Sweden and Governor Kenji Mori of Nagano Prefecture in Japan both "
               "wrote or called to express sympathy to the people of Wuhan.")
    assert _sides(out) == [("message", "JP/Nagano", "CN/Wuhan"), ("message", "SE/Uppsala", "CN/Wuhan")]
    out = _run("Governor Kenji Mori of Nagano Prefecture and Mayor Lena Holm of Uppsala in Sweden both "
               "telephoned to offer support to the people of Wuhan.")
    assert _sides(out) == [("message", "JP/Nagano", "CN/Wuhan"), ("message", "SE/Uppsala", "CN/Wuhan")]
    # one writer called to say something: still one message
    out = _run("Governor Kenji Mori of Nagano Prefecture called to offer support to the people of Wuhan.")
    assert _sides(out) == [("message", "JP/Nagano", "CN/Wuhan")]


def test_messages_came_by_letter_or_phone_from_each_of_a_list():
    out = _run("Messages of support came by letter or phone from Piotr Kowal, mayor of Poland's Gdansk, from "
               "President Ali Khan of Russia's Republic of Bashkortostan and from Governor Mark Hill of Oregon "
               "State in the United States.")
    assert _sides(out) == [("message", "PL/Gdańsk", "CN/Wuhan"), ("message", "RU/Bashkortostan", "CN/Wuhan"),
                           ("message", "US/Oregon", "CN/Wuhan")]
    out = _run("Letters of support also came, one by one, from Mayor Lena Holm of Uppsala in Sweden and Mayor "
               "Piet Smit of Utrecht in the Netherlands, wishing the people of Wuhan good health.")
    assert _sides(out) == [("message", "NL/Utrecht", "CN/Wuhan"), ("message", "SE/Uppsala", "CN/Wuhan")]


def test_similar_messages_go_to_the_one_written_to_before():
    out = _run("Governor Kenji Mori of Nagano Prefecture wrote to express sympathy to the people of Hubei. "
               "Similar messages came by letter or telephone from Marko Horvat, prefect of Croatia's "
               "Split-Dalmatia County, and from Governor Mark Hill of Oregon State in the United States.",
               dateline="CHENGDU, Feb. 13 (FAP) -- ")
    assert _sides(out) == [("message", "HR/Split-Dalmatia", "CN/Hubei"), ("message", "JP/Nagano", "CN/Hubei"),
                           ("message", "US/Oregon", "CN/Hubei")]


def test_total_received_by_a_day_from_plural_givers():
    out = _run("Supplies are coming in as well. By March 3, some 420,000 surgical masks had been received from "
               "sister cities, friends and businesses abroad, along with gloves and goggles, the office said.")
    assert [(e["type"], [a["key"] for a in e["to"]], e["items"][0]["quantity"]) for e in out] == \
        [("aggregate", ["CN/Wuhan"], 420000)]
    # one gift received by a day, from a giver named: no total
    out = _run("By March 3, the 20,000 masks from Leeds had been received by the hospital.")
    assert [e["type"] for e in out] == ["donation"]


def test_goods_taken_in_at_a_building_of_a_place():
    out = _run("On May 2, city officials took in several thousand masks from Suzhou at Porto's fire station.",
               dateline="LEEDS, May 3 (FAP) -- ")
    assert [(e["type"], e["from"][0]["key"], e["to"][0]["key"], e["items"][0]["quantity"]) for e in out] == \
        [("donation", "CN/Suzhou", "PT/Porto", None)]
    out = _run("Officials received 3,000 masks from Suzhou at the Porto city hall.", dateline="LEEDS, May 3 (FAP) -- ")
    assert _sides(out) == [("donation", "CN/Suzhou", "PT/Porto")]
    # the receiver named as the subject keeps its place
    out = _run("Leeds received 3,000 masks from Suzhou at the Porto city hall.", dateline="LEEDS, May 3 (FAP) -- ")
    assert _sides(out) == [("donation", "CN/Suzhou", "GB/Leeds")]


def test_vague_magnitudes_give_no_figure():
    out = _run("Leeds sent a few hundred gowns and 2,000 masks to Suzhou.", dateline="LEEDS, May 3 (FAP) -- ")
    assert sorted((i["item"], i["quantity"]) for i in out[0]["items"]) == [("mask", 2000), ("protective_suit", None)]
    out = _run("Leeds sent one thousand gowns to Suzhou.", dateline="LEEDS, May 3 (FAP) -- ")
    assert [(i["item"], i["quantity"]) for i in out[0]["items"]] == [("protective_suit", 1000)]


def test_it_after_a_receipt_is_the_one_who_got_the_goods():
    out = _run("Hubei sent gloves to Laos. Back in February, Xiangyang had received masks donated from Nepal; now "
               "it has sent surgical masks to its sister city Pokhara.", dateline="WUHAN, April 9 (FAP) -- ")
    assert ("donation", "CN/Xiangyang", "NP/Pokhara") in _sides(out)


def test_taiwan_mission_abroad_gives_for_taiwan():
    out = _run("Fifty thousand surgical masks were handed to the U.S. state of Texas on Thursday by the Taipei "
               "Economic and Cultural Office in Houston.", head="Masks for Texas", dateline="AUSTIN, May 8 (FAP) -- ")
    assert _sides(out) == [("donation", "TW", "US/Texas")]


def test_a_request_answered_by_a_gift():
    for body, giver, asker in (
            ("Erfurt received a call for help from Harbin and sent 5,000 masks.", "DE/Erfurt", "CN/Harbin"),
            ("Leeds answered an appeal for help from Suzhou by sending 8,000 masks.", "GB/Leeds", "CN/Suzhou"),
            ("Last week Porto heeded a request from Ningbo by shipping 20,000 gloves.", "PT/Porto", "CN/Ningbo")):
        out = _run(body, head="Cities help", dateline="BERLIN, Feb. 6 (FAP) -- ")
        assert _sides(out) == [("donation", giver, asker), ("request", asker, giver)], body
    # a call for help alone: the request only
    out = _run("Erfurt received a call for help from Harbin.", head="Cities help", dateline="BERLIN, Feb. 6 (FAP) -- ")
    assert _sides(out) == [("request", "CN/Harbin", "DE/Erfurt")]


def test_a_request_reported_by_the_one_asked():
    for body, asked in (
            ("In Bavaria, Nuremberg said that Shenzhen, its partner in Guangdong province, had requested gowns.",
             "DE/Nuremberg"),
            ("Bremen's mayor said on Monday that Dalian had asked for ventilators.", "DE/Bremen")):
        out = _run(body, head="Cities help", dateline="BERLIN, Feb. 6 (FAP) -- ")
        assert [(e["type"], e["to"][0]["key"]) for e in out] == [("request", asked)], body


def test_named_partners_given_a_bare_figure_each():
    out = _run("Under the plan, Suzhou and Wuxi received 8,000 masks apiece, and four other partners, Yangzhou, "
               "Nantong and Taizhou among them, were given 3,000 each.", head="Osaka shares masks",
               dateline="OSAKA, Feb. 1 (FAP) -- ")
    assert sorted((e["type"], e["to"][0]["key"], e["items"][0]["quantity"]) for e in out) == [
        ("donation", "CN/Nantong", 3000), ("donation", "CN/Suzhou", 8000), ("donation", "CN/Taizhou", 3000),
        ("donation", "CN/Wuxi", 8000), ("donation", "CN/Yangzhou", 3000)]
    assert {e["items"][0]["item"] for e in out} == {"mask"}


def test_cities_of_a_land_tied_to_the_giver_supplied_with_a_total():
    out = _run("Five cities in China that have sister ties with Osaka have been supplied with a combined 30,000 "
               "masks, the city said.", head="Osaka shares masks", dateline="OSAKA, Feb. 1 (FAP) -- ")
    assert [(e["type"], e["from"][0]["key"], e["to"][0]["key"], e["items"][0]["quantity"]) for e in out] == \
        [("aggregate", "JP/Osaka", "CN", 30000)]
    out = _run("Hospitals in Suzhou were supplied with 3,000 masks by Osaka.", head="Osaka shares masks",
               dateline="OSAKA, Feb. 1 (FAP) -- ")
    assert _sides(out) == [("donation", "JP/Osaka", "CN/Suzhou")]


def test_grateful_that_the_giver_helped():
    head, line = "Masks for Texas", "AUSTIN, May 8 (FAP) -- "
    gift = "Fifty thousand surgical masks were handed to Texas on Thursday by Taiwan. "
    out = _run(gift + "Ann Lee, the depot manager, who received the masks for the Texas government, said everyone in "
               "Texas was grateful that Taiwan had helped in a hard time.", head=head, dateline=line)
    assert _sides(out) == [("donation", "TW", "US/Texas"), ("message", "US/Texas", "TW")]
    out = _run(gift + "Texas officials said they were grateful that Taiwan had helped.", head=head, dateline=line)
    assert _sides(out) == [("donation", "TW", "US/Texas"), ("message", "US/Texas", "TW")]
    out = _run(gift + "He said he was grateful that the weather held.", head=head, dateline=line)
    assert _sides(out) == [("donation", "TW", "US/Texas")]


def test_goods_that_reached_a_place_from_several_places():
    line = "SEOUL, March 26 (FAP) -- "
    out = _run("Boxes of masks have also reached Incheon from Ningbo, Wuxi, Dalian and Jilin Province.",
               head="Masks for Incheon", dateline=line)
    assert _sides(out) == [("donation", g, "KR/Incheon") for g in ("CN/Dalian", "CN/Jilin", "CN/Ningbo", "CN/Wuxi")]
    out = _run("Masks from Ningbo, Wuxi and Dalian have reached Incheon.", head="Masks for Incheon", dateline=line)
    assert _sides(out) == [("donation", g, "KR/Incheon") for g in ("CN/Dalian", "CN/Ningbo", "CN/Wuxi")]
    # given together: one gift of both
    out = _run("Masks donated together by Ningbo and Wuxi reached Incheon.", head="Masks for Incheon", dateline=line)
    assert len(out) == 1 and out[0]["to"][0]["key"] == "KR/Incheon"


def test_it_after_a_gift_received_in_the_passive():
    out = _run("At the height of the outbreak Xiangyang itself was given protective supplies by Nepal; now it has "
               "sent masks to its partner city of Pokhara.", head="Masks", dateline="ROME, June 20 (FAP) -- ")
    assert _sides(out) == [("donation", "CN/Xiangyang", "NP/Pokhara"), ("donation", "NP", "CN/Xiangyang")]


def test_similar_letters_from_writers_each_named_before_the_office():
    out = _run("Mayor Ed Cole of Leeds wrote to Wuhan. Similar letters arrived from Hans Gruber, mayor of Graz in "
               "Austria, and from Piet Smit, mayor of Utrecht in the Netherlands.", head="Letters",
               dateline="WUHAN, March 5 (FAP) -- ")
    assert _sides(out) == [("message", "AT/Graz", "CN/Wuhan"), ("message", "GB/Leeds", "CN/Wuhan"),
                           ("message", "NL/Utrecht", "CN/Wuhan")]


def test_letters_sent_by_a_place_to_partners_among_them_named():
    line = "HANGZHOU, April 8 (FAP) -- "
    out = _run("Letters of greeting have also been sent by Ningbo to several of its other partners, among them the "
               "city of Graz in Austria and the Dutch town of Utrecht.", head="Ningbo", dateline=line)
    assert _sides(out) == [("message", "CN/Ningbo", "AT/Graz"), ("message", "CN/Ningbo", "NL/Utrecht")]
    out = _run("Letters of greeting have also been sent by Ningbo to Graz.", head="Ningbo", dateline=line)
    assert _sides(out) == [("message", "CN/Ningbo", "AT/Graz")]


def test_a_fronted_letter_to_an_unplaced_official_goes_to_the_residents_named():
    line = "SEOUL, April 20 (FAP) -- "
    out = _run("In a letter to County Governor Park Jin, Xiangtan Mayor Li Wei conveyed the sympathy of the people "
               "of Xiangtan to Mokpo's residents.", head="Masks reach Mokpo", dateline=line)
    assert _sides(out) == [("message", "CN/Xiangtan", "KR/Mokpo")]
    out = _run("In a letter to Mokpo, Xiangtan Mayor Li Wei conveyed sympathy.", head="Masks reach Mokpo", dateline=line)
    assert _sides(out) == [("message", "CN/Xiangtan", "KR/Mokpo")]
