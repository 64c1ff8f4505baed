"""HTML main-text extraction on pages written to look like Chinese news sites."""
from cityaid.read.html_main import extract_html
from cityaid.read.errors import ReadError

import pytest

NEWS_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>仓敷市向镇江捐赠口罩_新闻中心_示例网</title>
<meta property="article:published_time" content="2020-01-31T09:00:00+08:00"></head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/news">新闻中心</a> | <a href="/local">本地新闻</a></div>
<div class="share">分享到:<a>新浪微博</a><a>微信</a><a>QQ空间</a></div>
<div class="main"><h1>仓敷市向镇江捐赠口罩</h1>
<div class="info">2020-01-31 09:00 来源:示例日报</div>
<div class="content">
<p>1月30日,日本友好城市仓敷市从防灾仓库调出口罩1万只,当天寄往镇江。</p>
<p>仓敷市市长在电话中向镇江市民表示慰问,并表示愿意继续提供帮助。</p>
<p>两市自1990年代起保持友好往来,此次捐赠是双方友谊的又一见证。</p>
</div><div class="editor">责任编辑:王五</div></div>
<div class="sidebar"><h3>相关新闻</h3><ul>
<li><a href="/1">我市召开防控工作会议</a> 2020-01-30</li>
<li><a href="/2">春运返程客流平稳有序</a> 2020-01-29</li>
<li><a href="/3">多家企业有序复工复产</a> 2020-01-28</li></ul></div>
<div class="footer"><p>版权所有 示例网 未经授权不得转载 苏ICP备00000000号</p></div>
</body></html>"""

TABLE_PAGE = """<html><head><title>我市向友城札幌寄送口罩</title></head><body>
<table><tr><td><a>网站首页</a> <a>政务公开</a> <a>办事服务</a></td></tr>
<tr><td><table><tr><td>我市向友城札幌寄送口罩</td></tr>
<tr><td>发布时间:2020年03月12日 信息来源:市外办</td></tr>
<tr><td><p>3月11日,我市向日本友好城市札幌市寄送医用口罩5万只,帮助对方应对疫情。</p>
<p>札幌市此前曾致信我市表示慰问,并捐赠了一批防护物资。</p></td></tr></table></td></tr>
</table></body></html>"""


def test_news_page_main_text_title_and_date():
    main = extract_html(NEWS_PAGE)
    assert main.title == "仓敷市向镇江捐赠口罩_新闻中心_示例网"  # the site's part says whose page it is
    assert main.published == "2020-01-31"
    lines = main.text.split("\n")
    assert lines[0] == "仓敷市向镇江捐赠口罩"
    assert any("口罩1万只" in line for line in lines)
    assert any("愿意继续提供帮助" in line for line in lines)
    for furniture in ("新浪微博", "春运返程", "ICP备", "新闻中心"):
        assert furniture not in main.text
    # paragraphs stay separate lines
    assert sum(1 for line in lines if line.endswith("。")) >= 3


def test_table_layout_keeps_the_body_and_finds_the_date_in_the_text():
    main = extract_html(TABLE_PAGE)
    assert "医用口罩5万只" in main.text
    assert "|" not in main.text
    # the metadata search must not turn a bare year into 2020-01-01
    assert main.published == "2020-03-12"


def test_truncated_html_does_not_crash():
    main = extract_html("<html><body><div><p>3月11日,我市向札幌市寄送口罩5万只。</p><p>札幌市长")
    assert "口罩5万只" in main.text


def test_no_text_at_all_is_an_error():
    with pytest.raises(ReadError, match="no main text found in HTML"):
        extract_html("<html><head><script>var a=1;</script></head><body> </body></html>", "x.html")
    with pytest.raises(ReadError, match="no main text found in HTML"):
        extract_html("   ", "y.html")


def test_tiny_page_falls_back_to_tag_stripped_text():
    main = extract_html("<p>友城来信</p>")
    assert main.text == "友城来信"


SITE_PAGE = """<html><head><title>本市向友城广州赠送口罩 | 福冈市</title></head><body>
<nav><a href="/">首页</a></nav><article><h1>本市向友城广州赠送口罩</h1>
<p>2020年3月5日，本市向友好城市广州市赠送了2万只口罩，以支持广州抗击疫情。</p>
<p>广州市外办对此表示感谢，双方将继续加强交流合作。</p></article>
<footer>版权所有 福冈市</footer></body></html>"""


def test_title_keeps_the_site_name_after_the_headline():
    main = extract_html(SITE_PAGE)
    assert main.title == "本市向友城广州赠送口罩 | 福冈市"
    assert main.text.split("\n")[0] == "本市向友城广州赠送口罩"


def test_a_title_that_is_only_the_headline_stays_as_it_is():
    page = SITE_PAGE.replace("本市向友城广州赠送口罩 | 福冈市", "本市向友城广州赠送口罩")
    assert extract_html(page).title == "本市向友城广州赠送口罩"


def test_the_site_name_tells_whose_city_the_page_means(tmp_path):
    """On the partner's own page 本市 is the partner, not the Chinese city the headline names."""
    from cityaid.pipeline import extract_document
    from cityaid.read import read_document

    page = tmp_path / "page.html"
    page.write_text(SITE_PAGE, encoding="utf-8")
    events = extract_document(read_document(page)).events
    gift = next(e for e in events if e.type == "donation")
    assert [a.key for a in gift.from_] == ["JP/Fukuoka"]
    assert [a.key for a in gift.to] == ["CN/Guangzhou"]
