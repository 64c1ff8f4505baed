"""More shapes of English sidebar headings (lines written for this test)."""
from cityaid.clean import clean_text


def test_sidebar_headings_with_marks_and_other_wordings():
    for head in ("▼ Other news releases", "Other stories", "Recent posts", "MORE HEADLINES", "Further reading",
                 "You might also like:", "Previous article", "Related coverage:", "Related stories:"):
        text = ("Turku received 3,000 gloves from Tianjin on Monday, the city said.\n\n"
                f"{head}\n- Ferry timetable changes for summer\n- Library reopens after repairs\n")
        out = clean_text(text).text
        assert "Ferry timetable" not in out and "Library reopens" not in out, head
        assert "Turku received" in out


def test_a_sentence_opening_with_other_news_words_is_prose():
    text = "Other stories told of gloves sent by Tianjin to Turku in March.\nTurku thanked Tianjin.\n"
    assert "gloves sent by Tianjin" in clean_text(text).text
