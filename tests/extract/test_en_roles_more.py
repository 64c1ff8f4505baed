"""English roles: paired lists with 'respectively', and a capitalised 'our Sister City' as the page's partner."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _sides(text):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    return sorted((e.type, e.from_[0].key if e.from_ else None, e.to[0].key if e.to else None,
                   e.items[0].quantity if e.items else None) for e in out.events)


def test_givers_figures_and_recipients_in_step():
    got = _sides("Gloves for Spain\nHangzhou and Ningbo have sent 30,000 and 12,000 gloves to Madrid and Valencia "
                 "respectively, officials said on Monday.\n")
    assert ("donation", "CN/Hangzhou", "ES/Madrid", 30000) in got
    assert ("donation", "CN/Ningbo", "ES/Valencia", 12000) in got


def test_recipients_figures_and_givers_in_step():
    got = _sides("Masks for Italy\nOn Friday Milan and Turin received 8,000 and 6,000 masks from Wuxi and Xiamen "
                 "respectively.\n")
    assert ("donation", "CN/Wuxi", "IT/Milan", 8000) in got
    assert ("donation", "CN/Xiamen", "IT/Turin", 6000) in got


def test_capitalised_our_sister_city_is_the_partner():
    text = ("Denver update\n"
            "DENVER -- Kunming, our Sister City, offered help early in the year.\n"
            "Kunming's gift is on its way: 9,000 gowns from our Sister City are due in Denver on Friday.\n")
    got = _sides(text)
    assert any(t == "donation" and f == "CN/Kunming" and to == "US/Denver" for t, f, to, _q in got)


def test_reached_its_sister_city_name():
    text = ("A gift from Japan\n"
            "By Staff Reporter\n"
            "A parcel of 5,000 gloves from the Japanese city of Kanazawa reached its sister city Suzhou in "
            "east China's Jiangsu Province on Monday.\n")
    got = _sides(text)
    assert any(t == "donation" and f == "JP/Kanazawa" and to == "CN/Suzhou" for t, f, to, _q in got)


def test_goods_told_again_went_where_the_sentence_before_took_them():
    text = ("A gift from Japan\n"
            "By Staff Reporter\n"
            "A parcel of gloves from the Japanese city of Kanazawa reached its sister city Suzhou in east "
            "China's Jiangsu Province on Monday.\n"
            "The 5,000 gloves, sent by the Kanazawa city government, carried a short poem, local media in "
            "Nanjing reported.\n")
    got = _sides(text)
    assert any(t == "donation" and f == "JP/Kanazawa" and to == "CN/Suzhou" for t, f, to, _q in got)
    assert not any(t == "donation" and to in ("CN/Jiangsu", "CN/Nanjing") for t, _f, to, _q in got)


def test_quoted_first_person_past_gift_is_from_the_page_place():
    text = ("Gowns arrive in Boise\n"
            "BOISE, Idaho -- Boise took delivery of 8,000 gowns donated by Chengdu on Monday. "
            "\"Back in March, when Chengdu needed help, we sent 1,500 face shields to their clinics,\" the mayor said.\n")
    got = _sides(text)
    assert ("donation", "US/Boise", "CN/Chengdu", 1500) in got
    assert ("donation", "CN/Chengdu", "US/Boise", 8000) in got


def test_quoted_named_past_gift():
    text = ("Gowns arrive in Boise\n"
            "BOISE, Idaho -- Boise took delivery of 8,000 gowns donated by Chengdu on Monday. "
            "\"In March, Boise sent 1,500 face shields to Chengdu,\" the mayor said.\n")
    got = _sides(text)
    assert ("donation", "US/Boise", "CN/Chengdu", 1500) in got


def test_quoted_plan_is_no_gift():
    text = ("Gowns arrive in Boise\n"
            "BOISE, Idaho -- Boise took delivery of 8,000 gowns donated by Chengdu on Monday. "
            "\"If they ask, we would have sent 1,500 face shields,\" the mayor said.\n")
    got = _sides(text)
    assert not any(q == 1500 for _t, _f, _to, q in got)


def test_bare_second_figure_to_another_place():
    got = _sides("Help from Nagano\nNAGANO -- In March, the prefecture sent 300,000 masks to Hebei and 40,000 to "
                 "Liaoning Province, officials said.\n")
    assert ("donation", "JP/Nagano", "CN/Hebei", 300000) in got
    assert ("donation", "JP/Nagano", "CN/Liaoning", 40000) in got


def test_goods_flown_to_the_partner():
    got = _sides("Masks for Busan\nBUSAN -- Shanghai's city government flew 50,000 masks to Busan on Friday.\n")
    assert ("donation", "CN/Shanghai", "KR/Busan", 50000) in got


def test_region_of_its_country_is_the_giver():
    got = _sides("Supplies for Bhutan\nThe Xinjiang Uygur Autonomous Region of China has handed over 6,000 masks "
                 "to Kazakhstan at the Khorgos border crossing.\n")
    assert any(t == "donation" and f == "CN/Xinjiang" for t, f, _to, _q in got)


def test_office_words_are_no_district():
    from cityaid.resolve.english import find_actors_en
    text = "The gloves were received by the Chief District Officer of Gorkha on Friday."
    assert not any(m.surface.startswith("Chief") for m in find_actors_en(text))
