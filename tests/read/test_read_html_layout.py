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
        {"id": "x3", "text": "A record without a date.", "date": "soon"},
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    docs = list(iter_jsonl(path))
    assert [d.doc_id for d in docs] == ["x1", "x2", "x3"]
    assert docs[0].title == "Tainan sends masks to Sendai" and docs[0].url == "http://example.org/x1"
    assert docs[0].text.startswith("Tainan shipped") and docs[0].published == "2021-07-02"
    assert docs[1].published == "2021-07-03"
    assert docs[2].published is None


LEAD_BOX = """<html><head><meta charset="utf-8"><title>Graz receives gowns from Tianjin</title></head><body>
<div class="nav"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/city">City</a> | <a href="/contact">Contact</a></div>
<h1>Graz receives gowns from Tianjin</h1>
<p class="meta">Posted 2 May 2021 | Press office | Contact: press desk</p>
<div class="teaser"><p><b>Graz has received 4,000 protective gowns from Tianjin, its partner city in China, the city said on Sunday.</b></p></div>
<div class="banner"><a href="/promo">Advertisement</a></div>
<div class="text">
<p>The gowns landed in Vienna on Friday and were driven to the city's hospitals the next morning, where staff began to use them at once.</p>
<p>The mayor wrote to Tianjin to thank the city and recalled that Graz had sent gloves to Tianjin in February, when the outbreak there peaked.</p>
<p>The two cities signed their partnership agreement in 1986 and have exchanged students ever since.</p>
</div>
<div class="footer">City of Graz</div>
</body></html>"""


def test_a_lead_paragraph_in_its_own_box_above_the_body_comes_back_first():
    lines = extract_html(LEAD_BOX).text.split("\n")
    assert lines[0] == "Graz receives gowns from Tianjin"
    assert lines[1].startswith("Graz has received 4,000 protective gowns")
    assert lines[2].startswith("The gowns landed in Vienna")
    # the meta line and the banner are no sentences of the story
    assert not any(line.startswith("Posted") or "Advertisement" in line for line in lines)


ZH_LEAD = """<html><head><meta charset="utf-8"><title>我市向友城寄送防疫物资</title></head><body>
<div class="nav"><a>首页</a> <a>新闻中心</a> <a>外事动态</a> <a>联系我们</a></div>
<div class="title">我市向友城寄送防疫物资</div>
<div class="info">发布时间：2021-05-20 来源：市外办</div>
<div class="summary">5月19日，我市向芬兰友好城市奥卢市寄送医用口罩1万只，帮助对方应对疫情。</div>
<div class="content">
<p>据市外办介绍，这批口罩从北京首都机场启运，预计下周运抵奥卢。</p>
<p>今年3月，奥卢市曾向我市赠送一批消毒液，两市往来一直十分密切。</p>
<p>奥卢市长在来信中表示，感谢我市在困难时期伸出援手。</p>
</div>
<div class="foot">版权所有 示例市人民政府</div>
</body></html>"""


def test_a_chinese_summary_box_above_the_body_comes_back():
    text = extract_html(ZH_LEAD).text
    lines = text.split("\n")
    lead = lines.index("5月19日，我市向芬兰友好城市奥卢市寄送医用口罩1万只，帮助对方应对疫情。")
    assert lines[lead + 1].startswith("据市外办介绍")
    assert "首页" not in text


BROKEN = """<html><head><meta charset="utf-8"><title>丽水市向友城寄送口罩</title></head><body>
<div class="nav"><a>首页</a> <a>新闻</a> <a>外事</a> <a>联系</a></div>
<div class="content">
<p>5月6日，丽水市向克罗地亚友好城市<br>斯普利特市寄送医用口罩1万只，帮助对方应对疫情。</p>
<p>斯普利特市长来信致谢，称这批物资<br>来得非常及时。</p>
<p>此前，丽水市已向两座友城捐赠物资：<br>1. 向意大利佩鲁贾寄送口罩5千只；<br>2. 向法国图尔寄送手套2千副。</p>
<p>The mayor of Split said the masks would go to<br>care homes first, and thanked Lishui.<br>More shipments are planned.</p>
</div>
<div class="foot">版权所有 示例网</div>
</body></html>"""


def test_a_line_break_inside_a_sentence_is_undone():
    lines = extract_html(BROKEN).text.split("\n")
    assert "5月6日，丽水市向克罗地亚友好城市斯普利特市寄送医用口罩1万只，帮助对方应对疫情。" in lines
    assert "斯普利特市长来信致谢，称这批物资来得非常及时。" in lines
    # list items and whole sentences keep their own lines
    assert "1. 向意大利佩鲁贾寄送口罩5千只；" in lines and "2. 向法国图尔寄送手套2千副。" in lines
    assert "The mayor of Split said the masks would go to care homes first, and thanked Lishui." in lines
    assert "More shipments are planned." in lines


def test_jsonl_date_fields_are_tried_until_one_reads_as_a_day(tmp_path):
    import json

    from cityaid.read.jsonl import iter_jsonl

    rows = [{"id": "y1", "published": "last week", "date": "2021-08-09", "text": "Brno wrote to Taiyuan."},
            {"id": "y2", "date": "August 10, 2021", "text": "Split sent gloves to Lishui."},
            {"id": "y3", "pubdate": "11 Aug. 2021", "text": "Perugia thanked Lishui."},
            {"id": "y4", "date": "Smarch 12, 2021", "text": "No day here."}]
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert [d.published for d in iter_jsonl(path)] == ["2021-08-09", "2021-08-10", "2021-08-11", None]


def test_the_fast_crawl_reader_repairs_pages_alike():
    from cityaid.read.html_fast import page_text

    listed = page_text(LIST_IN_DIV).text.split("\n")
    at = listed.index("The boxes that left Lanzhou this month went to:")
    assert listed[at + 1:at + 4] == ["Tulcea County, Romania: 25,000 masks;", "Kutaisi, Georgia: 3,000 protective gowns;",
                                     "Osh Region, Kyrgyzstan: 9,000 masks and 400 thermometers."]
    broken = page_text(BROKEN).text.split("\n")
    assert "斯普利特市长来信致谢，称这批物资来得非常及时。" in broken
