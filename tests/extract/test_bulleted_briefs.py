"""An "in brief" column or a work update puts one whole sentence after each bullet (• …，…。); such a line is a
brief to read, while a bulleted line without a sentence's shape stays a link of a related-news list."""
from cityaid.extract.layout import heading_lines
from tests.extract.page_helpers import page_sides


def test_bulleted_sentences_are_read_as_briefs():
    sides = page_sides("本報訊　簡訊",
                       "•韓國昌原市日前致函廈門市政府，感謝廈門早前捐贈的3萬個口罩。\n"
                       "•智利瓦爾帕萊索市華人商會向福州市捐贈防護服800套，支援抗疫。",
                       published="2020-06-02")
    assert ("message", ["KR/Changwon"], ["CN/Xiamen"]) in sides
    assert any(s[0] == "donation" and s[2] == ["CN/Fuzhou"] for s in sides)


def test_bulleted_headlines_stay_sidebar_links():
    text = "正文。\n• 厦门市向昌原市捐赠口罩\n• 福州举行防疫物资交接仪式 2020-06-01"
    marks = heading_lines(text)
    second = text.index("•")
    assert marks[second] == 1 and marks[text.rindex("•")] == 1
