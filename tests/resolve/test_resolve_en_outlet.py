"""The page's place on a Chinese outlet's English page about a Chinese place's acts."""
from cityaid.resolve.english import publisher_place_en


def test_chinese_outlet_page_is_the_chinese_title_place():
    # no dateline, the title names only the Chinese place, the lead names its partners abroad
    title = "Chengdu ships gloves to its partner cities in Europe"
    head = "Chengdu ships gloves to its partner cities in Europe\nXinhua | Updated 09:12, 11-May-2020"
    body = (head + "\n\nChengdu has flown 80,000 gloves to two of its partner cities, Lodz in Poland and "
            "Bonn in Germany. Bonn's mayor said the gloves would go to care homes in Bonn.")
    pub = publisher_place_en(title, head, body)
    assert pub is not None and pub.key == "CN/Chengdu"


def test_foreign_page_without_chinese_byline_keeps_the_foreign_lead_place():
    title = "Chengdu ships gloves to its partner cities in Europe"
    head = "Chengdu ships gloves to its partner cities in Europe\nBy Staff Reporter"
    body = (head + "\n\nChengdu has flown 80,000 gloves to Bonn in Germany. Bonn's mayor said the gloves "
            "would go to care homes in Bonn.")
    pub = publisher_place_en(title, head, body)
    assert pub is not None and pub.key.startswith("DE/")


def test_title_place_named_more_than_any_partner_is_the_page():
    # no dateline and no byline: the title names only the Chinese place, the lead names it again and again
    # and each partner abroad once
    title = "Xiamen repays its friends abroad"
    head = "Xiamen repays its friends abroad\nHome / World"
    body = (head + "\n\nXiamen, a port city in Fujian, is now helping the towns that helped it. Last month the "
            "city sent 40,000 masks to Cardiff, Wales, and 30,000 gloves to Sasebo, Japan. Xiamen's hospitals "
            "also held a video call with doctors in Penang.")
    pub = publisher_place_en(title, head, body)
    assert pub is not None and pub.key == "CN/Xiamen"


def test_outlet_name_as_first_line_gives_the_headline_below():
    # a page whose first line is only the outlet's name: the headline under the source line decides
    title = "Xinhua"
    head = ("Xinhua\nSource: Xinhua Posted: 2020/11/30 09:10\nTen months of partnership: Chengdu and its twin "
            "towns abroad\nWhen Chengdu shut down in January, gloves arrived from Bonn and Lodz.")
    body = head + "\n\nBonn flew in 4,000 gowns. Chengdu later sent 60,000 masks to Lodz in Poland."
    pub = publisher_place_en(title, head, body)
    assert pub is not None and pub.key == "CN/Chengdu"
