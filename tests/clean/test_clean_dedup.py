from cityaid.clean import clean_text
from cityaid.clean.dedup import find_repeats

HEADLINE = "吉林与友城守望相助 携手抗击疫情"
P1 = "截至4月9日,吉林省已向7个外国友好省州寄送了15余万件防疫用品。"
P2 = "3月25日,双方举行视频工作会议,介绍了居家隔离和远程教育等方面的做法。"


def test_repeated_headline_kept_once_even_with_other_punctuation():
    page = "\n\n".join([HEADLINE, P1, HEADLINE.replace(" ", ","), P2, HEADLINE, HEADLINE])
    kept = clean_text(page).text
    assert kept.count("吉林与友城守望相助") == 1
    assert kept.startswith(HEADLINE)
    assert P1 in kept and P2 in kept
    assert "\n\n\n" not in kept  # blank separators go with the dropped lines


def test_repeated_body_kept_once():
    body = [HEADLINE, P1, P2]
    page = "\n".join(body + ["分享", "微信"] + body)
    kept = clean_text(page).text
    for line in body:
        assert kept.count(line) == 1


def test_repeated_sentence_inside_a_rewrapped_paragraph():
    page = P1 + "\n" + P2 + P1 + "\n"
    spans = find_repeats(page)
    assert spans == [(len(P1) + 1 + len(P2), len(P1) + 1 + len(P2) + len(P1), "repeat")]


def test_short_lines_may_repeat():
    page = "他说:\n" + P1 + "\n他说:\n" + P2
    assert clean_text(page).text == page
