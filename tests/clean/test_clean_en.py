"""English language detection and page-furniture removal (fixtures written for these tests)."""
from cityaid.clean import clean_text
from cityaid.clean.language import detect_language, paragraph_languages


def test_detect_language_by_script_ratio():
    assert detect_language("Rotterdam ships 8,000 gloves to its sister city Shanghai.") == "en"
    assert detect_language("宁波市向日本长冈京市捐赠口罩 Nagaokakyo") == "zh"
    assert detect_language("Москва отправила маски") == "other"
    assert detect_language("12345 ---") == "other"


def test_paragraph_languages_split_a_mixed_page():
    text = "Kunming sends test kits to Yangon.\n\n昆明市向仰光捐赠检测试剂盒。\n***\nThe kits arrived on May 2.\n"
    parts = paragraph_languages(text)
    assert [lang for _s, _e, lang in parts] == ["en", "zh", "en"]
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert "昆明" in text[parts[1][0]:parts[1][1]]


PAGE = """Perth thanks Nanjing for gloves
By Laura Finch, Health Reporter
Published May 5, 2020 | By Tom Reyes | Perth Daily
PERTH, May 5 -- Nanjing donated 12,000 pairs of gloves to Perth on May 1, the council said.
(Photo: Council staff unpack the boxes. Perth City Council)
Photo courtesy of the City of Perth
We use cookies to improve your experience. By continuing you accept our cookie policy.
Sign up for our newsletter and get the morning briefing delivered to your inbox.
Share this story | Facebook | Twitter | Email
Read more: Perth libraries reopen | Council budget delayed
Copyright 2020 Perth Daily. All rights reserved.
"""


def test_english_furniture_removed_and_prose_kept():
    out = clean_text(PAGE).text
    assert "Nanjing donated 12,000 pairs of gloves to Perth on May 1" in out
    assert "PERTH, May 5" in out
    for gone in ("Laura Finch", "Tom Reyes", "Photo", "cookie", "newsletter", "Share this", "Read more",
                 "All rights reserved"):
        assert gone not in out, gone


def test_english_sentence_repeat_dropped():
    body = ("Vienna received 30,000 masks from its partner city Shenzhen on April 12, officials said.\n"
            "Other news line here.\n"
            "Vienna received 30,000 masks from its partner city Shenzhen on April 12, officials said. It was quiet.\n")
    out = clean_text(body).text
    assert out.count("Vienna received 30,000 masks") == 1
    assert "It was quiet." in out


def test_sidebar_heading_and_its_headline_list_are_furniture():
    text = ("Lyon thanked Wuxi for 9,000 gowns on Friday, the city said.\n\n"
            "The gowns will go to care homes across the city, the mayor's office added.\n\nRead also\n"
            "- Tram lines reopen after the holiday\n- Bordeaux hospital receives gloves from donors\n\n"
            "Most read\n1. Market days return\n2. River festival postponed\n")
    out = clean_text(text).text
    assert "Bordeaux" not in out and "Market days" not in out and "Read also" not in out
    assert "Lyon thanked Wuxi" in out and "care homes" in out
