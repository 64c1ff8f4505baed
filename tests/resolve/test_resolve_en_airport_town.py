"""A town named only as the airport the goods landed at is a stop on their way, not the page's place."""
from cityaid.resolve.english import publisher_place_en


def test_airport_town_alone_gives_its_country():
    title = "Aid from Hunan reaches the islands"
    head = "Aid from Hunan reaches the islands\nPACIFIC DAILY"
    body = (head + "\n\nA shipment of protective gear donated by the Hunan provincial government touched down at "
            "Apia International Airport on Tuesday. The health minister received the 6,000 gowns.")
    pub = publisher_place_en(title, head, body)
    assert pub is not None and pub.key == "WS" and pub.level == "country"


def test_town_named_besides_the_airport_stays_the_page():
    title = "Gowns for the capital"
    head = "Gowns for the capital\nPACIFIC DAILY"
    body = (head + "\n\nApia council took delivery of 6,000 gowns from Hunan on Tuesday. The gowns were flown "
            "in from Changsha and will go to Apia's clinics.")
    pub = publisher_place_en(title, head, body)
    assert pub is not None and pub.key == "WS/Apia"
