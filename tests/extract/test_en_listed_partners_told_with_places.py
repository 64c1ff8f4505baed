"""English: partners listed with where they lie ("A in Japan and B in Malaysia", "the Peruvian region of C"),
a count of partners that the sentence then names in full, partners "including A, B and C" as givers, a list
subject with an apposition about all of it ("A and B, both partners of X, sent"), and "the two <adjective>
cities" pointing back to the two places of that country named before."""
from tests.extract.page_helpers import page_sides


def _events(*paras, published="2020-06-10"):
    return page_sides(*paras, published=published)


def test_total_to_partners_placed_in_their_countries():
    got = _events("Hangzhou said it has so far shipped a total of 90,000 masks to nine partner cities overseas, "
                  "including Leipzig, Sendai in Japan and Mobile in the United States.")
    assert got == [("aggregate", ["CN/Hangzhou"], ["DE/Leipzig", "JP/Sendai", "US/Mobile"])]


def test_province_of_a_country_told_by_its_adjective():
    got = _events("Hubei said it has so far donated a total of 150,000 masks to six friendly states, among them "
                  "Minas Gerais in Brazil and the Argentine province of Cordoba.")
    assert got == [("aggregate", ["CN/Hubei"], ["AR/Cordoba", "BR/Minas Gerais"])]


def test_counted_partners_named_after_a_dash():
    got = _events("Doctors in Suzhou on Friday shared their experience of treating patients via video link with "
                  "counterparts from three of its sister cities -- Grenoble in France, Ulsan in South Korea and "
                  "Perth in Australia.")
    assert got == [("consultation", ["CN/Suzhou"], ["AU/Perth", "FR/Grenoble", "KR/Ulsan"])]


def test_givers_named_after_partners_including():
    got = _events("Gyeonggi received 120,000 masks from Chinese partners including Hubei, Hunan and Anhui "
                  "provinces on March 3.")
    assert got == [("donation", ["CN/Anhui", "CN/Hubei", "CN/Hunan"], ["KR/Gyeonggi"])]


def test_list_subject_with_an_apposition_about_all():
    got = _events("In March, Kobe and Sendai, both sister cities of Tianjin, sent 40,000 masks to the Chinese city "
                  "in a joint shipment.")
    assert got == [("donation", ["JP/Kobe", "JP/Sendai"], ["CN/Tianjin"])]


def test_the_two_cities_of_a_country_named_before():
    got = _events("Kobe and Sendai, both partners of Tianjin, sent 40,000 masks to Tianjin on March 2.",
                  "Tianjin returned the favour in April, sending a single shipment of 100,000 masks for the two "
                  "Japanese cities to share.")
    assert ("donation", ["CN/Tianjin"], ["JP/Kobe", "JP/Sendai"]) in got


def test_one_appeal_to_listed_partners():
    got = _events("Tacoma sent a single appeal for masks to its sister cities Fuzhou, Kitakyushu and Vladivostok "
                  "in March.")
    assert got == [("request", ["US/Tacoma"], ["CN/Fuzhou", "JP/Kitakyushu", "RU/Vladivostok"])]


def test_gift_reaching_a_country_to_be_shared_by_its_places():
    got = _events("A consignment of 30,000 masks from Hubei Province reached Chile last week, to be shared by "
                  "Santiago and Antofagasta.")
    assert got == [("donation", ["CN/Hubei"], ["CL/Antofagasta", "CL/Santiago"])]


def test_joint_shipment_from_two_givers():
    got = _events("A joint shipment of 200,000 masks from Wuhan and Changsha landed in Toronto on Monday.")
    assert got == [("donation", ["CN/Changsha", "CN/Wuhan"], ["CA/Toronto"])]


def test_gift_to_a_country_taken_in_at_its_town():
    got = _events("The Hunan friendship association sent 3,000 masks to Australia, which were received in Perth.")
    assert got == [("donation", ["CN/Hunan"], ["AU", "AU/Perth"])]


def test_places_sharing_one_shipment():
    got = _events("Leipzig in Germany and Perth in Australia are sharing a single shipment from Hubei, comprising "
                  "10,000 masks and 500 goggles.")
    assert got == [("donation", ["CN/Hubei"], ["AU/Perth", "DE/Leipzig"])]


def test_two_places_asking_together():
    got = _events("Across the sea, Japan's Kyoto and Hyogo prefectures asked Jiangsu in mid-April for advice on "
                  "screening travellers.")
    assert got == [("request", ["JP/Hyogo", "JP/Kyoto"], ["CN/Jiangsu"])]


def test_gift_donated_jointly_by_two():
    got = _events("A shipment of 20,000 masks, donated jointly by Wuhan and Hubei Province, arrived in Lyon on May 4.")
    assert got == [("donation", ["CN/Hubei", "CN/Wuhan"], ["FR/Lyon"])]


def test_province_and_its_capital_together():
    got = _events("Hubei Province and its capital, Wuhan, together shipped 200,000 masks to Lyon last week.")
    assert got == [("donation", ["CN/Hubei", "CN/Wuhan"], ["FR/Lyon"])]


def test_cities_of_a_and_b_received_a_joint_shipment():
    got = _events("The northern French cities of Lyon and Lille on Thursday received a joint shipment of 60,000 masks "
                  "donated by Wuhan.")
    assert got == [("donation", ["CN/Wuhan"], ["FR/Lille", "FR/Lyon"])]


def test_division_and_its_capital_gave_to_the_capitals_partner():
    got = _events("ROME, May 8 -- A batch of medical supplies donated by China's Hubei Province and its capital Wuhan "
                  "arrived on Friday in Milan, Wuhan's sister city in northern Italy.")
    assert got == [("donation", ["CN/Hubei", "CN/Wuhan"], ["IT/Milan"])]


def test_single_shipment_of_a_province_and_the_cities_of():
    got = _events("In February, Ontario and the cities of Toronto and Ottawa sent a single shipment of 50,000 masks to "
                  "Hubei, Wuhan and Yichang, when the outbreak was at its height.")
    assert got == [("donation", ["CA/Ontario", "CA/Ottawa", "CA/Toronto"], ["CN/Hubei", "CN/Wuhan", "CN/Yichang"])]


def test_reported_separately_but_sent_jointly():
    got = _events("Gyeonggi Province said separately it received 50,000 masks sent jointly by China's Hubei Province "
                  "and its capital Wuhan.")
    assert got == [("donation", ["CN/Hubei", "CN/Wuhan"], ["KR/Gyeonggi"])]


def test_receivers_of_a_pooled_single_consignment():
    got = _events("In western France, Brittany and the city of Rennes said they had taken delivery of 30,000 masks "
                  "from Hubei Province and the city of Wuhan, which pooled the supplies in a single consignment for "
                  "their two French partners.")
    assert got == [("donation", ["CN/Hubei", "CN/Wuhan"], ["FR/Brittany", "FR/Rennes"])]


def test_joint_donation_of_a_city_and_its_nations_consulate():
    got = _events("The City of Lyon has received 100,000 face masks in a joint donation from the Wuhan Municipal "
                  "Government and the Chinese Consulate General in Lyon.")
    assert got == [("donation", ["CN", "CN/Wuhan"], ["FR/Lyon"])]


def test_the_chinese_port_city_named_before():
    got = _events("In March, Kobe and Sendai, both sister cities of Tianjin, sent 40,000 masks to the Chinese port "
                  "city in a joint shipment.")
    assert got == [("donation", ["JP/Kobe", "JP/Sendai"], ["CN/Tianjin"])]


def test_money_raised_jointly_for_a_partner():
    got = _events("Back in February, Leeds, Bradford and York councils jointly raised £20,000 for Xi'an.")
    assert got == [("donation", ["GB/Bradford", "GB/Leeds", "GB/York"], ["CN/Xi'an"])]


def test_concerns_raised_are_no_gift():
    assert _events("The mayor of Leeds raised concerns for Xi'an residents in February.") == []
