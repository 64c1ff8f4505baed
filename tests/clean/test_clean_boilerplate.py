"""Furniture rules on small fake pages (sentences written for these tests)."""
from cityaid.clean import clean_text
from cityaid.clean.boilerplate import classify_line, find_boilerplate
from cityaid.clean.lines import split_lines

BODY = [
    "3月5日,仓敷市政府向友好城市镇江市捐赠医用口罩1万只,物资已于当天运抵。",
    "镇江市外办负责人表示,这批口罩将优先发放给社区防疫人员,并向仓敷市民表示感谢。",
    "随后,镇江市长致信仓敷市长,祝愿对方早日战胜疫情,两市友谊历久弥新。",
]


def _kept(text):
    return clean_text(text).text


def _reasons(text):
    return {r for _, _, r in find_boilerplate(text)}


def _reason_of(line):
    return classify_line(split_lines(line)[0])


def test_body_alone_is_untouched():
    text = "\n".join(BODY) + "\n"
    assert find_boilerplate(text) == []
    assert _kept(text) == text


def test_navigation_share_widgets_and_dateline():
    page = "\n".join([
        "首页 | 新闻中心 | 本地要闻 | 国际交流 | 专题",
        "分享到",
        "新浪微博 微信 QQ空间",
        "镇江收到日本友城捐赠口罩",
        "2020-03-06 10:15:02|来源:示例日报|编辑:王某",
        *BODY,
    ])
    kept = _kept(page)
    assert "新闻中心" not in kept and "QQ空间" not in kept and "分享到" not in kept
    assert "来源:示例日报" in kept  # the dateline stays
    assert "镇江收到日本友城捐赠口罩" in kept
    assert all(sentence in kept for sentence in BODY)


def test_short_real_lines_are_not_furniture():
    for line in ("守望相助 患难与共", "视频连线分享抗疫经验", "医疗物资援助", "2020-04-03 02:02",
                 "(示例晨报记者 张三)"):
        assert _reason_of(line) is None, line


def test_bylines_and_credits():
    assert _reason_of("责任编辑:李四") == "byline"
    assert _reason_of("[责任编辑: 李四 ]") == "byline"
    assert _reason_of("- 原标题:镇江收到日本友城捐赠口罩") == "byline"
    assert _reason_of("監製丨王五".replace("監製", "监制")) == "byline"
    assert _reason_of("记者从市外办获悉:友城捐赠的物资已运抵。") is None


def test_copyright_block_and_trailer():
    page = "\n".join([*BODY, "示例网版权与内容使用声明:",
                      "1、本网稿件如需转载或摘编,须先取得本网书面授权。",
                      "2、如需合作,请在三十日内与本网联系。"])
    kept = _kept(page)
    assert kept.rstrip("\n").endswith(BODY[-1])
    assert {"copyright", "trailer"} <= _reasons(page)


def test_related_news_list_with_timestamps():
    items = []
    for i, headline in enumerate(["某国宣布延长入境限制措施", "多地中小学分批返校复课", "国际油价周一大幅下跌",
                                  "专家解读最新版诊疗方案"]):
        items += ["-", headline, f"2020-03-2{i} 1{i}:3{i} 国际 -"]
    page = "\n".join([*BODY, *items, "相关推荐 -", "某地推出新举措 评论 12另一条新闻 评论 30"])
    kept = _kept(page)
    assert kept.rstrip("\n").endswith(BODY[-1])
    assert "related" in _reasons(page)


def test_headline_with_date_sidebar_list():
    side = ["我市召开防控工作会议 2020-03-02", "春运返程客流平稳 2020-03-01", "多家企业有序复工 2020-02-28"]
    page = "\n".join([*BODY, *side])
    assert _kept(page).rstrip("\n").endswith(BODY[-1])


def test_a_single_dated_line_and_a_chronology_are_kept():
    page = "\n".join(["2020-03-06 10:15", *BODY,
                      "2020-03-10 向益山市寄送口罩", "2020-03-19 向意大利发运物资", "2020-03-24 与乌克兰视频连线"])
    kept = _kept(page)
    assert "2020-03-06 10:15" in kept and "向意大利发运物资" in kept


def test_seo_spam_line_and_spam_block():
    spam_line = "|".join(["国产精品无码一区二区", "久久中文字幕在线播放", "亚洲AV无码专区", "日韩毛片免费观看",
                          "人妻丝袜中文字幕", "午夜福利在线播放"])
    assert _reason_of(spam_line) == "spam"
    page = "\n".join([*BODY, "相关新闻", spam_line])
    assert _kept(page).rstrip("\n").endswith(BODY[-1])
    block = ["无码高清在线播放", "中文字幕久久视频", "免费毛片资源大全"]
    assert "spam" in _reasons("\n".join([*BODY, *block]))


def test_news_vocabulary_is_not_spam():
    line = "亚洲和欧美多国产业链受到冲击,久久不能恢复,精品店免费发放口罩。"
    assert _reason_of(line) is None


def test_app_promotion():
    line = "亲爱的用户,示例新闻客户端已升级,请扫描下方二维码下载新版本。"
    assert _reason_of(line) == "promo"


def test_trailer_header_above_the_article_does_not_swallow_it():
    page = "\n".join(["相关新闻", *BODY])
    kept = _kept(page)
    assert all(sentence in kept for sentence in BODY)


def test_english_sentences_are_not_menus_but_english_menus_are():
    assert _reason_of("The city of Sapporo sent masks to Harbin") is None
    assert _reason_of("Home | News | World | China | Business") == "navigation"


def test_epidemic_news_wording_is_not_a_copyright_notice():
    assert _reason_of("未经许可擅自离开隔离点的人员,将被依法追究法律责任。") is None
