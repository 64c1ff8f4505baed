"""Evidence spans in an HTML page's source: found verbatim, through unescaped text, or left out."""
from cityaid.read.source_span import SourceMap, source_spans, text_key

PLAIN = """<html><head><title>Tallinn sends gowns</title></head><body>
<div class="menu"><a href="/">Home</a></div>
<p>On 4 May the city of Tallinn shipped 800 gowns to its partner city Kunming.</p>
</body></html>"""


def test_verbatim_sentence_is_exact():
    ev = "On 4 May the city of Tallinn shipped 800 gowns to its partner city Kunming."
    stats = {}
    (span,) = source_spans(PLAIN, "Tallinn sends gowns\n" + ev, [(ev, (20, 20 + len(ev)))], stats)
    assert PLAIN[span[0]:span[1]] == ev
    assert stats == {"exact": 1}


def test_entities_and_inline_tags_are_mapped_to_the_whole_source_range():
    raw = ("<body><p>Gifts &amp; letters: Lyon sent <b>2,000</b>&nbsp;masks to "
           "Wuhan&#x2019;s hospitals.</p></body>")
    ev = "Gifts & letters: Lyon sent 2,000 masks to Wuhan\u2019s hospitals."
    stats = {}
    (span,) = source_spans(raw, ev, [(ev, (0, len(ev)))], stats)
    assert raw[span[0]:span[1]] == ("Gifts &amp; letters: Lyon sent <b>2,000</b>&nbsp;masks to "
                                    "Wuhan&#x2019;s hospitals.")
    assert stats == {"mapped": 1}


def test_chinese_with_ideographic_spaces_and_a_br_cut():
    raw = "<div><p>\u3000\u3000据悉，丽水市向姊妹城市<br>\n  比萨市寄出护目镜600副。</p></div>"
    ev = "据悉，丽水市向姊妹城市比萨市寄出护目镜600副。"
    (span,) = source_spans(raw, ev, [(ev, (0, len(ev)))])
    assert raw[span[0]:span[1]] == "据悉，丽水市向姊妹城市<br>\n  比萨市寄出护目镜600副。"


def test_sentence_repeated_in_navigation_takes_the_body_occurrence():
    sentence = "Porto received 3,000 test kits from Shenyang."
    raw = (f"<html><body><ul class='nav'><li><a href='/a'>{sentence}</a></li>"
           "<li><a href='/b'>Weather this week</a></li></ul>"
           f"<h2>Health desk</h2><p>In brief. {sentence} The kits arrived by air.</p></body></html>")
    text = f"Health desk\nIn brief. {sentence} The kits arrived by air."
    start = text.index(sentence)
    (span,) = source_spans(raw, text, [(sentence, (start, start + len(sentence)))])
    assert raw[span[0]:span[1]] == sentence
    assert span[0] == raw.rindex(sentence)


def test_text_in_attributes_scripts_and_comments_is_not_visible():
    sentence = "Bergen gave 40 ventilators to Dalian."
    raw = (f"<head><meta name='description' content='{sentence}'>"
           f"<script>var s = '{sentence}';</script></head><body><!-- {sentence} -->"
           f"<p>{sentence}</p></body>")
    (span,) = source_spans(raw, sentence, [(sentence, (0, len(sentence)))])
    assert span == (raw.rindex(sentence), raw.rindex(sentence) + len(sentence))


def test_undecidable_repetition_and_missing_evidence_are_left_out():
    sentence = "Gdansk mailed 90 boxes of gloves to Harbin."
    raw = f"<body><p>{sentence}</p><p>{sentence}</p></body>"
    stats = {}
    spans = source_spans(raw, sentence, [(sentence, None), ("Nothing like this is on the page.", (0, 10))], stats)
    assert spans == [None, None]
    assert stats == {"missing": 2}


def test_key_and_map_ignore_only_white_space_and_invisible_characters():
    assert text_key(" a\u3000b\xa0c\u200bd\n") == "abcd"
    smap = SourceMap("<p>x &lt; y</p>")
    assert smap.key == "x<y"
    assert smap.source_range(1, 2) == (5, 9)  # "&lt;"
