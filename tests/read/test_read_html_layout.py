"""HTML layout the main-text step must keep: gift lists inside the story, the page's date line."""
from cityaid.read.html_main import extract_html

LIST_IN_DIV = """<html><head><meta charset="utf-8"><title>Gansu ships masks to partner towns - Portal</title></head><body>
<div class="top"><a href="/">Home</a> | <a href="/n">News</a> | <a href="/g">Government</a></div>
<div class="story-wrap">
<h1>Gansu ships masks to partner towns</h1>
<p>Gansu province has shipped protective equipment to several of its partner towns abroad, the provincial office said on Friday.</p>
<p>The boxes that left Lanzhou this month went to:</p>
<ul>
<li>Tulcea County, Romania: 25,000 masks;</li>
<li>Kutaisi, Georgia: 3,000 protective gowns;</li>
<li>Osh Region, Kyrgyzstan: 9,000 masks and 400 thermometers.</li>
</ul>
<div class="share-box"><ul><li>Share this story</li></ul></div>
<p>Officials in the partner towns thanked Gansu for the gifts, the office added, and further shipments are being prepared.</p>
</div>
<div class="side"><h3>Related</h3><ul><li><a href="/1">Lanzhou opens a new bridge</a></li>
<li><a href="/2">Apricot harvest starts early this year</a></li></ul></div>
<div class="foot">Copyright Gansu Portal. All rights reserved.</div>
</body></html>"""


def test_list_items_between_story_paragraphs_come_back_in_order():
    text = extract_html(LIST_IN_DIV).text
    lines = text.split("\n")
    want = ["The boxes that left Lanzhou this month went to:",
            "Tulcea County, Romania: 25,000 masks;",
            "Kutaisi, Georgia: 3,000 protective gowns;",
            "Osh Region, Kyrgyzstan: 9,000 masks and 400 thermometers."]
    at = lines.index(want[0])
    assert lines[at:at + 4] == want
    assert lines[at + 4].startswith("Officials in the partner towns")
    # a share box inside the story and the related links after it stay out
    assert "Share this story" not in text
    assert "Apricot harvest" not in text and "new bridge" not in text


def test_nothing_is_added_when_the_story_kept_its_list():
    page = LIST_IN_DIV.replace('<div class="story-wrap">', "<article>").replace(
        "</div>\n<div class=\"side\">", "</article>\n<div class=\"side\">")
    text = extract_html(page).text
    assert text.count("Kutaisi, Georgia") == 1


DATE_DIV = """<html><head><meta charset="utf-8"><title>友城来信致谢</title></head><body>
<div class="nav"><a>首页</a> <a>新闻</a> <a>外事</a></div>
<div class="today">2019年01月01日</div>
<div class="title-bar">友城来信致谢</div>
<div id="ArticleTime">2021/06/08</div>
<div id="ArticleBody"><p>6月7日，我市收到意大利友好城市帕尔马市长的来信，感谢我市此前捐赠的1万只口罩。</p>
<p>信中表示，这批口罩已分发给当地养老院和社区医生，帕尔马市民对此深表感激。</p></div>
<div class="foot">版权所有 示例市外事办</div>
</body></html>"""


def test_the_date_line_nearest_above_the_story_dates_the_page():
    main = extract_html(DATE_DIV)
    assert "帕尔马" in main.text
    assert main.published == "2021-06-08"


def test_no_date_on_the_page_stays_none():
    assert extract_html(DATE_DIV.replace("2021/06/08", "").replace("2019年01月01日", "")).published is None


def test_jsonl_fields_under_other_names(tmp_path):
    import json

    from cityaid.read.jsonl import iter_jsonl

    rows = [
        {"id": "x1", "headline": "Tainan sends masks to Sendai", "date": "2021-07-02",
         "content": "Tainan shipped 8,000 masks to Sendai on Thursday.", "link": "http://example.org/x1"},
        {"id": "x2", "title": "Letter from Brno", "pubdate": "2021/7/3 09:00", "published": "",
         "text": "The mayor of Brno wrote to Taiyuan on Saturday."},
        {"id": "x3", "text": "A record without a date.", "date": 20210704},
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    docs = list(iter_jsonl(path))
    assert [d.doc_id for d in docs] == ["x1", "x2", "x3"]
    assert docs[0].title == "Tainan sends masks to Sendai" and docs[0].url == "http://example.org/x1"
    assert docs[0].text.startswith("Tainan shipped") and docs[0].published == "2021-07-02"
    assert docs[1].published == "2021-07-03"
    assert docs[2].published is None
