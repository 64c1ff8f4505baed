"""Dates completed from the anchor and the text, and the page's own date."""
from __future__ import annotations

import datetime as dt

import pytest

from cityaid.extract.dates import find_dates, find_publication_date

ANCHOR = dt.date(2020, 3, 27)


def values(text: str, anchor: dt.date | None = ANCHOR):
    return [(d.value, d.qualifier) for d in find_dates(text, anchor)]


@pytest.mark.parametrize("text, value", [
    ("会谈定在2020年3月10日举行", "2020-03-10"),
    ("文件落款2020-03-10", "2020-03-10"),
    ("文件落款2020/3/10", "2020-03-10"),
    ("货物于3月10日装车", "2020-03-10"),
    ("货物于3月10号装车", "2020-03-10"),
    ("二〇二〇年三月十日签署", "2020-03-10"),
    ("三月十日签署", "2020-03-10"),
])
def test_explicit_days(text, value):
    assert values(text) == [(value, "on")]


def test_day_only_takes_the_last_month_written():
    assert values("2月6日收到来信,24日晚回信致谢") == [("2020-02-06", "on"), ("2020-02-24", "on")]


def test_day_only_without_context_takes_anchor_month():
    assert values("18日上午举行视频会") == [("2020-03-18", "on")]


def test_year_from_anchor():
    assert values("1月30日来电", dt.date(2021, 2, 1)) == [("2021-01-30", "on")]
    assert values("去年12月开始", dt.date(2021, 2, 1)) == [("2020-12", "on")]


@pytest.mark.parametrize("text, value", [
    ("定于4月上旬启运", "2020-04"), ("预计5月中旬到港", "2020-05"), ("2月下旬陆续抵达", "2020-02"),
    ("3月初开始筹备", "2020-03"), ("3月中,疫情扩散", "2020-03"),
])
def test_parts_of_a_month_are_approx(text, value):
    assert values(text) == [(value, "approx")]


def test_month_end_follows_last_month():
    assert values("2月5日启动募捐,月底完成") == [("2020-02-05", "on"), ("2020-02", "approx")]


@pytest.mark.parametrize("text, value", [
    ("截至3月20日,已寄出信函", "2020-03-20"), ("截止到4月1日共收到", "2020-04-01"),
    ("截至目前,已援助多国", "2020-03-27"), ("迄今已举行多场", "2020-03-27"),
])
def test_as_of(text, value):
    assert values(text) == [(value, "as_of")]


def test_as_of_span_includes_cue():
    d = find_dates("截至3月20日,已寄出信函", ANCHOR)[0]
    assert d.text == "截至3月20日" and d.start == 0


def test_recent_is_shortly_before_the_anchor():
    assert values("近日,友城又发来视频") == [("2020-03-27", "before")]
    assert values("日前,两市举行连线") == [("2020-03-27", "before")]


def test_clause_initial_now_is_as_of():
    assert values("疫情持续。目前,我省已分批援助") == [("2020-03-27", "as_of")]


def test_range_is_one_mention_up_to_its_end():
    text = "自2月1日至3月15日,共通话40次"
    (d,) = find_dates(text, ANCHOR)
    assert (d.value, d.qualifier, d.since) == ("2020-03-15", "as_of", "2020-02-01")
    assert text[d.start:d.end] == "自2月1日至3月15日"


def test_relative_days():
    assert values("2月3日发出请求,次日即获答复") == [("2020-02-03", "on"), ("2020-02-04", "on")]
    assert values("明天将举行峰会") == [("2020-03-28", "on")]
    assert values("后天(3月29日)启程") == [("2020-03-29", "on")]


def test_before():
    assert values("须于4月2日前送达") == [("2020-04-02", "before")]
    assert values("4月2日前往机场") == [("2020-04-02", "on")]


@pytest.mark.parametrize("text", [
    "30日内予以答复", "过去24小时新增病例", "更新于17:48:50", "2020年是不平凡的一年", "第3日",
])
def test_not_dates(text):
    assert values(text) == []


def test_stray_second_day_is_dropped():
    assert values("截至4月8日15日,共收到来信") == [("2020-04-08", "as_of")]


def test_no_anchor_uses_year_in_text_or_truncated_form():
    assert values("2019年12月31日启动,1月5日完成", None) == [("2019-12-31", "on"), ("2019-01-05", "on")]
    assert values("3月10日寄出", None) == [("2020-03-10", "on")]
    assert values("近日,截至目前", None) == []


def test_invalid_dates_are_skipped():
    assert values("2月30日和13月1日") == []


@pytest.mark.parametrize("head, expected", [
    ("标题\n\n2020-03-27 17:48:50|来源:某某日报|编辑:某人\n正文3月1日", dt.date(2020, 3, 27)),
    ("标题\n来源:某某网-某某日报2020-04-30\n正文", dt.date(2020, 4, 30)),
    ("标题\n最后更新: 2020-03-25 19:45:19正文", dt.date(2020, 3, 25)),
    ("标题\n2020年4月3日\n正文提到2020年1月1日", dt.date(2020, 4, 3)),
    ("标题\n正文提到2019-02-30并无日期", None),
    ("标题\n" + "正文" * 500 + "2020-03-27", None),
])
def test_publication_date(head, expected):
    assert find_publication_date(head) == expected


def test_publication_date_prefers_dateline():
    head = "会议回顾2019-11-02召开\n发布时间:2020-03-05\n"
    assert find_publication_date(head) == dt.date(2020, 3, 5)


def test_day_alone_takes_the_month_of_the_last_full_date():
    # a month named in passing (a flashback) does not move the running calendar
    text = "4月9日,甲市收到物资。今年2月,乙市曾寄去手套。前一天(8日),丙市发来信函"
    assert values(text, dt.date(2020, 4, 10)) == [
        ("2020-04-09", "on"), ("2020-02", "on"), ("2020-04-08", "on")]


def test_day_alone_after_a_month_when_no_day_is_known():
    assert values("5月下旬筹集物资,28日运出", None) == [("2020-05", "approx"), ("2020-05-28", "on")]


def test_relative_day_before_the_last():
    assert values("11日举行仪式,前一天物资运抵") == [("2020-03-11", "on"), ("2020-03-10", "on")]
    assert values("今日(12日)宣布") == [("2020-03-12", "on")]
    assert values("今日上午收到") == [("2020-03-27", "on")]


def test_yearless_date_well_after_the_anchor_is_last_year():
    assert values("9月30日运抵", dt.date(2021, 3, 2)) == [("2020-09-30", "on")]
    assert values("12月下旬寄出", dt.date(2021, 1, 8)) == [("2020-12", "approx")]
    assert values("3月20日运抵", dt.date(2021, 3, 2)) == [("2021-03-20", "on")]


def test_without_anchor_the_epidemic_year():
    assert values("当地时间5月6日交接", None) == [("2020-05-06", "on")]


@pytest.mark.parametrize("head, url, expected", [
    ("新华社柏林5月6日电　某市向友城捐赠口罩", None, dt.date(2020, 5, 6)),
    ("某某侨网11月2日电 据报道", None, dt.date(2020, 11, 2)),
    ("City News | 05/07/2020 09:30 AM\n\nTitle", None, dt.date(2020, 5, 7)),
    ("Title\nUpdated 28/04/2020\nbody", None, dt.date(2020, 4, 28)),
    ("标题\n正文没有日期", "https://news.example.org/2020/06/18/masks-arrive", dt.date(2020, 6, 18)),
    ("标题\n正文没有日期", "http://example.cn/n1/2020/0711/c1002-123.html", dt.date(2020, 7, 11)),
    ("Title\nno date here", "https://example.kr/News/Read/202004031234567", dt.date(2020, 4, 3)),
    ("Title\nno date here", "https://example.com/story/12345", None),
])
def test_publication_date_from_datelines_and_addresses(head, url, expected):
    assert find_publication_date(head, url) == expected


def test_address_date_yields_to_a_dateline_in_the_page():
    assert find_publication_date("标题\n发布时间:2020-05-02 08:00\n", "https://x.org/2020/05/01/a") == dt.date(2020, 5, 2)


def test_weekdays_from_the_page_date():
    wed = dt.date(2020, 6, 10)  # a Wednesday
    assert values("周一,物资运抵友城", wed) == [("2020-06-08", "on")]
    assert values("星期三举行视频会", wed) == [("2020-06-10", "on")]
    assert values("上周五寄出首批口罩", wed) == [("2020-06-05", "on")]
    assert values("周二(6月9日)举行连线", wed) == [("2020-06-09", "on")]
    assert values("每周一通报疫情", wed) == []
    assert values("周一至周五对外开放", wed) == []


def test_weeks_months_and_years_from_the_page_date():
    assert values("本月,友城寄来手套") == [("2020-03-27", "before")]
    assert values("上月,两市通话") == [("2020-02", "approx")]
    assert values("今年初疫情暴发时") == [("2020", "approx")]
    assert values("去年底签署协议") == [("2019-12", "approx")]
    assert values("5日举行仪式,当晚物资运抵。昨日又收到来信") == [
        ("2020-03-05", "on"), ("2020-03-05", "on"), ("2020-03-26", "on")]


def test_an_agency_dateline_dates_the_filing_not_the_act():
    from cityaid.extract.dates import act_date

    text = "本报巴黎4月9日电 里昂市8日收到友城寄来的口罩"
    found = find_dates(text, dt.date(2020, 4, 10))
    assert [(d.value, d.dateline) for d in found] == [("2020-04-09", True), ("2020-04-08", False)]
    quoted = [False] * len(text)
    chosen = act_date(found, (0, len(text)), (0, len(text)), text.index("收到"), quoted)
    assert chosen.value == "2020-04-08"
    only = find_dates("本报巴黎4月9日电 里昂市收到友城寄来的口罩", dt.date(2020, 4, 10))
    assert act_date(only, (0, 30), (0, 30), 12, [False] * 30).value == "2020-04-09"


def test_then_repeats_the_date_last_written():
    assert values("今年1月,甲市寄来手套。当时乙市也发来慰问信") == [("2020-01", "on"), ("2020-01", "on")]
    assert values("当时两市正筹备互访") == []


def test_a_bare_range_dates_an_occasion_by_its_first_day():
    (d,) = find_dates("4月13日至14日,两市卫生专家举行视频会议", ANCHOR)
    assert (d.value, d.qualifier, d.since) == ("2020-04-13", "on", "2020-04-13")
    (t,) = find_dates("2月3日至3月9日,我市共收到来信31封", ANCHOR)
    assert (t.value, t.qualifier, t.since) == ("2020-03-09", "as_of", "2020-02-03")


def test_as_of_a_local_time():
    assert values("截至当地时间5月20日,全市已有1.2万人确诊", dt.date(2020, 5, 21)) == [("2020-05-20", "as_of")]


def test_a_minguo_date_line_dates_the_page():
    from cityaid.extract.dates import find_publication_date
    text = "台南口罩抵堺市\n（某社记者王某大阪9日专电）台南市政府捐赠的口罩今天送抵。\n\n1090409\n"
    assert find_publication_date(text).isoformat() == "2020-04-09"
    assert find_publication_date("标题\n分机 1234567\n") is None


def test_tongqi_opening_a_sentence_is_the_time_of_the_story_not_the_last_day():
    from datetime import date
    from cityaid.clean import clean_text
    from cityaid.extract.dates import find_dates
    text = clean_text("口罩已于3月9日运抵。同期，某市市长也发来慰问电。比去年同期增长两成。").text
    got = [(d.text, d.value, d.qualifier) for d in find_dates(text, date(2020, 3, 12))]
    assert got == [("3月9日", "2020-03-09", "on"), ("同期", "2020-03-12", "before")]


@pytest.mark.parametrize("text, value", [
    ("这批试剂已于本月5日抵达港口", "2020-03-05"),
    ("双方于上月22日签署了备忘录", "2020-02-22"),
    ("捐赠仪式定在这个月十二日举行", "2020-03-12"),
])
def test_a_day_of_this_or_last_month(text, value):
    assert values(text) == [(value, "on")]


def _act(text: str, verb: str):
    from cityaid.extract.dates import act_date
    dates = find_dates(text, ANCHOR)
    at = text.index(verb)
    return act_date(dates, (0, len(text)), (0, len(text)), at, [False] * len(text)).value


@pytest.mark.parametrize("text, verb, value", [
    # the day of the telling yields to the day the act is given with 于
    ("省外办25日表示,该省赠送友好州的3万只手套已于21日运抵", "赠送", "2020-03-21"),
    ("记者24日从市商务局获悉,本市捐给友城的呼吸机于本月19日交付对方", "捐给", "2020-03-19"),
    # a vague 日前 too
    ("该县日前向结好城市捐赠防护服800套,物资已于23日经口岸交付", "捐赠", "2020-03-23"),
    # without a day given with 于, the telling's day stays
    ("省外办25日表示,该省向友好州赠送了3万只手套", "赠送", "2020-03-25"),
    # an act dated directly keeps its day
    ("该市18日向友城捐赠口罩2万只,已于21日运抵", "捐赠", "2020-03-18"),
])
def test_the_act_day_over_the_telling_day(text, verb, value):
    assert _act(text, verb) == value


def test_a_recalled_time_after_the_verb_does_not_date_the_act():
    # the thanks is undated here (the page dates it later); the month of the recalled scene is not its day
    text = "县长在仪式上感谢友城的支援,并回忆说,今年1月当地物资最紧缺时,对方曾寄来一批手套"
    from cityaid.extract.dates import act_date
    dates = find_dates(text, ANCHOR)
    assert act_date(dates, (0, len(text)), (0, text.index(",")), text.index("感谢"), [False] * len(text)) is None
    # a date after the verb that sets no scene still dates it
    text2 = "县长感谢友城的支援,对方的手套3月20日运抵"
    dates2 = find_dates(text2, ANCHOR)
    assert act_date(dates2, (0, len(text2)), (0, text2.index(",")), text2.index("感谢"),
                    [False] * len(text2)).value == "2020-03-20"


def test_the_day_of_a_further_act_does_not_date_the_first():
    from cityaid.extract.dates import act_date
    text = "区长对友城的援助表示感谢,并于22日与志愿者一起把口罩送到社区"
    dates = find_dates(text, ANCHOR)
    assert dates[0].further
    assert act_date(dates, (0, len(text)), (0, text.index(",")), text.index("感谢"), [False] * len(text)) is None


def test_as_of_the_end_of_a_month_is_its_last_day():
    assert values("截至2月底,全区共寄出手套9000副") == [("2020-02-29", "as_of")]
    assert values("截止1月末累计收到来函12封") == [("2020-01-31", "as_of")]
    assert values("2月底货物抵达") == [("2020-02", "approx")]


def test_since_starts_a_tally_told_as_of_the_page():
    assert values("2月下旬以来,该省已向9个友好省州寄送防护服") == [("2020-03-27", "as_of")]
    assert [d.since for d in find_dates("自3月2日以来共收到慰问信", ANCHOR)] == ["2020-03-02"]


def test_rujin_is_the_page_day():
    assert values("2月曾收到对方赠送的手套。如今该市也向友城寄去了护目镜")[-1] == ("2020-03-27", "before")


def test_minguo_dateline_with_year_month_day_characters():
    assert find_publication_date("某縣政府新聞\n發布日期：109年5月6日　發布單位：國際處\n本月2日寄出") == dt.date(2020, 5, 6)


def test_an_earlier_stage_told_after_the_act_does_not_date_it():
    from cityaid.extract.dates import act_date
    text = "12日上午,物资在市政厅完成交接。这批由甲市捐赠的手套共2万副,此前经海运出发,8日抵达港口。\n同日,乙市的护目镜也运抵。"
    anchor = dt.date(2020, 3, 27)
    found = find_dates(text, anchor)
    assert [d.value for d in found] == ["2020-03-12", "2020-03-08", "2020-03-12"]  # 同日 is the story's day
    s0 = text.index("这批")
    s1 = text.index("。", s0) + 1
    clause_end = text.index(",", s0)
    chosen = act_date(found, (s0, s1), (s0, clause_end), text.index("捐赠"), [False] * len(text))
    assert chosen is None  # left for the page's last stated day (12日), not the earlier 8日


def test_same_day_after_reported_speech_is_the_story_day():
    text = "市长周四(26日)宣布收到口罩。她说,这批口罩周二运抵机场。\n同一天,邻市也收到手套。"
    assert [v for v, _ in values(text)][-1] == "2020-03-26"


def test_zuo_alone_is_yesterday():
    assert values("市长昨在社交网站发文致谢") == [("2020-03-26", "on")]
    assert values("昨晚抵达") == [("2020-03-26", "on")]


def test_the_day_put_out_wins_over_the_day_updated():
    assert find_publication_date("某区新闻\n更新时间：2020-05-09 16:00\n发布时间：2020-05-02 08:30\n正文") == dt.date(2020, 5, 2)
    assert find_publication_date("某区新闻\n更新时间：2020-05-09 16:00\n正文") == dt.date(2020, 5, 9)


def test_a_related_stories_list_does_not_date_the_page():
    page = "某区简讯\n3日,区里向友城寄去手套。\n\n【延伸阅读】\n2019年11月8日 某区举办展会\n"
    assert find_publication_date(page) is None


def test_a_dated_line_after_a_dated_line_is_no_range():
    from datetime import date

    from cityaid.extract.dates import find_dates
    text = "发布:2020-05-20\n- 2月3日 友城来信慰问。"
    assert [d.value for d in find_dates(text, date(2020, 5, 20))] == ["2020-05-20", "2020-02-03"]


def test_a_part_of_the_pages_month_is_that_month():
    from datetime import date

    from cityaid.extract.dates import find_dates
    got = [(d.value, d.qualifier) for d in find_dates("该市已于本月中旬向友城寄出口罩。", date(2020, 6, 25))]
    assert got == [("2020-06", "approx")]


def test_days_in_chinese_numerals():
    assert values("某县县长十四日致信友城,二十六日再次表示") == [("2020-03-14", "on"), ("2020-03-26", "on")]
    assert values("十日内完成,每十日一次") == []


def test_a_review_of_the_year_before_dates_its_days_in_that_year():
    text = "2019年是不平凡的一年。1月20日,某市收到友城来信"
    assert values(text, dt.date(2020, 1, 9)) == [("2019-01-20", "on")]
    assert values("1月20日,某市收到友城来信", dt.date(2020, 1, 9)) == [("2020-01-20", "on")]
    # (a year written long before, the tie's founding, says nothing of the year of a later day)
    assert values("两市于1985年缔结友好关系。双方将于4月10日举行视频会议", dt.date(2020, 4, 5)) \
        == [("2020-04-10", "on")]


def test_day_before_yesterday_written_qianri():
    # (Hong Kong and Macau papers: 前日 is 前天, two days before the page's date; 前日本… is "former Japanese")
    assert values("特首昨日表示,芬兰总理前日来电致谢") == [("2020-03-26", "on"), ("2020-03-25", "on")]
    assert values("前日本驻华大使出席") == []


def test_same_day_after_a_day_before_told_in_an_announcement_is_the_announcement_day():
    # 前一天 inside what was announced is an earlier stage; 同日 after it is the day of the announcement
    text = "该市9日宣布,友城捐赠的口罩已于前一天运抵机场。同日,另一友城也收到手套"
    assert values(text) == [("2020-03-09", "on"), ("2020-03-08", "on"), ("2020-03-09", "on")]


def test_now_in_a_sentence_told_on_a_day_is_that_day():
    # 迄今 in a sentence whose telling is dated (外办25日介绍): the tally as it stood that day
    got = values("省外办25日介绍,全省迄今已收到友城来函40余封。目前,物资仍在分发")
    assert got == [("2020-03-25", "on"), ("2020-03-25", "as_of"), ("2020-03-27", "as_of")]


def test_letter_is_not_dated_by_what_it_recalls():
    """A date inside the words a letter or a speaker tells (信中回忆, / 来信中提到,) dates what is recalled,
    not the letter: the letter's act is left for the page to date."""
    from cityaid.extract.dates import act_date
    text = "青岚县长在回信中回忆,今年1月青岚县曾向云溪市寄去护目镜800副。"
    found = find_dates(text, dt.date(2020, 5, 6))
    assert found[0].told_at >= 0
    clause_end = text.index(",")
    assert act_date(found, (0, len(text)), (0, clause_end), text.index("回信"), [False] * len(text)) is None
    # the same date before the telling still dates it
    text2 = "今年1月青岚县长在回信中回忆,两地情谊深厚。"
    found2 = find_dates(text2, dt.date(2020, 5, 6))
    assert found2[0].told_at == -1
    assert act_date(found2, (0, len(text2)), (0, len(text2)), text2.index("回信"), [False] * len(text2)).value == "2020-01"


@pytest.mark.parametrize("text, value", [
    ("5月2日,丁市市长致电戊市。三天后,丁市寄出的手套运抵戊市。", "2020-05-05"),
    ("这批药品于6月9日从港口装船,12天后抵达目的港。", "2020-06-21"),
    ("2月26日双方签署协议。两日后,首批试剂交付。", "2020-02-28"),
])
def test_days_after_the_day_last_named(text, value):
    assert values(text, dt.date(2020, 7, 1))[-1] == (value, "on")


def test_days_after_inside_a_clause_are_no_date():
    assert values("入境人员须观察14天后方可离开", dt.date(2020, 7, 1)) == []


@pytest.mark.parametrize("text", [
    "州长6日在例行记者会上证实,物资已于4日运抵。",
    "外事办今日(6日)表示,物资已于4日运抵。",
    "市长6日晚间在议会大楼宣布,物资已于4日运抵。",
])
def test_the_day_of_a_telling_said_at_a_place(text):
    told, done = find_dates(text, dt.date(2020, 7, 8))
    assert (told.value, told.said) == ("2020-07-06", True)
    assert (done.value, done.said) == ("2020-07-04", False)


@pytest.mark.parametrize("background, word, value", [
    ("丙市与丁市于1991年结为友好城市。5月上旬,丁市曾向丙市赠送手套。5月9日,丁市市长致信问候。", "同一天", "2020-05-18"),
    ("早在4月,丁市就向丙市寄来额温枪。5月2日,双方卫生部门举行视频会议。", "同日", "2020-05-18"),
    ("两地于2003年建立友好城市关系。5月11日,丙市专家已与丁市医生视频连线。", "前一天", "2020-05-17"),
])
def test_a_paragraph_opening_same_day_after_background_counts_from_the_story(background, word, value):
    text = ("丙市捐给友城丁市的3万副手套5月18日运抵丁市机场。19日,丁市市长发文致谢。\n"
            + background + "\n" + word + ",丙市向另一友城戊市捐赠的护目镜也运抵。")
    found = find_dates(text, dt.date(2020, 5, 21))
    assert (found[-1].text, found[-1].value) == (word, value)


def test_a_paragraph_opening_same_day_after_the_story_itself_keeps_the_day_before():
    text = "丙市捐给友城丁市的手套5月18日运抵。\n5月20日,丁市市长致信感谢。\n同日,丙市向戊市捐赠的护目镜也运抵。"
    assert find_dates(text, dt.date(2020, 5, 21))[-1].value == "2020-05-20"
    # a background whose days are not before the story's: told in order, the day before it
    text2 = "丙市捐给友城丁市的手套5月18日运抵。\n两市于1991年结为友好城市。5月20日,丁市曾向丙市回赠口罩。\n同日,戊市也收到护目镜。"
    assert find_dates(text2, dt.date(2020, 5, 21))[-1].value == "2020-05-20"


def test_an_agency_roundup_dateline_is_a_dateline():
    text = "(中央社高雄14日综合外电报导)两名医师当地时间13日晚间抵达马尼拉,协助当地防疫。"
    filed, arrived = find_dates(text, dt.date(2020, 6, 15))
    assert (filed.value, filed.dateline) == ("2020-06-14", True)
    assert (arrived.value, arrived.dateline) == ("2020-06-13", False)


def test_a_same_period_opening_takes_the_time_told_before_it():
    # 同期, after a month of the story and a 日前: the story's month, not the page's day
    text = "5月中旬,丙省向友好州丁州寄送额温枪800支。日前,丁州州长来信道谢。同期,丙省还向戊县赠送手套4万副。"
    assert find_dates(text, dt.date(2020, 6, 9))[-1].value == "2020-05"


def test_a_same_period_after_a_tally_told_on_a_day_is_that_day():
    text = "丙省外办7日通报,自2月上旬以来,全省共收到友城来函120余件。\n同期,丙省累计接收友城手套9万副。"
    found = find_dates(text, dt.date(2020, 7, 8))
    tally, same = found[1], found[2]
    assert (tally.value, tally.qualifier, tally.since) == ("2020-07-07", "as_of", "2020-02")
    assert (same.text, same.value) == ("同期", "2020-07-07")


def test_recently_after_an_agency_dateline_counts_from_the_filed_day():
    text = "(中央社记者伦敦7日专电)丙市捐赠的护目镜近日运抵伦敦。"
    filed, recent = find_dates(text, dt.date(2020, 5, 8))
    assert (recent.value, recent.qualifier) == ("2020-05-07", "before")


@pytest.mark.parametrize("text, value", [
    ("就在两个多月前,丁市曾向丙市寄来手套。", "2020-03"),
    ("一个月前,丁市向丙市赠送额温枪。", "2020-04"),
])
def test_months_ago_is_that_many_months_before_the_page(text, value):
    assert values(text, dt.date(2020, 5, 22)) == [(value, "approx")]


def test_that_month_repeats_the_month_last_written():
    found = find_dates("3月5日,丁市曾向丙市寄来手套。丁市当月还向戊市赠送额温枪。", dt.date(2020, 4, 9))
    assert (found[-1].text, found[-1].value) == ("当月", "2020-03")


def test_a_recollection_is_marked_and_an_act_against_the_story_time_skips_it():
    from cityaid.extract.dates import story_date
    text = "4月2日,丙市赠给丁市的手套启运。今年3月,丁市曾向丙市寄来额温枪。"
    story, recalled = find_dates(text, dt.date(2020, 4, 3))
    assert (story.flashback, recalled.flashback) == (False, True)
    dates = [story, recalled]
    assert story_date(dates, recalled, "丙市同时向戊市赠送了护目镜").value == "2020-04-02"
    assert story_date(dates, recalled, "丁市红十字会也捐赠了消毒液").value == "2020-03"
    # an act told as done by now (已致函) after the recollection is of the story's time
    assert story_date(dates, recalled, "她已致函丙市市长表达谢意").value == "2020-04-02"


def test_day_alone_opening_an_undated_page_takes_the_month_told_after_it():
    # no page date and no month before: a later full date no later in the month gives the month
    text = "医疗队于当地时间21日晚乘包机抵达开罗。出发前的5月18日,双方举行视频会"
    assert values(text, None) == [("2020-05-21", "on"), ("2020-05-18", "on")]
    # a later date further on in its month says nothing of the day's month
    assert values("【本社4日电】物资已运抵。此前3月10日双方通话", None) == [("2020-03-10", "on")]



def test_weeks_after_the_day_last_named():
    """一周后 / 两个星期后 opening a clause: that many weeks after the day last named. Own sentences."""
    assert values("3月2日，大阪府的口罩运抵温州。一周后，光州的口罩也送到了。") == [("2020-03-02", "on"), ("2020-03-09", "on")]
    assert values("5月20日，首批物资启运。两个星期后，第二批物资也启运了。") == [("2020-05-20", "on"), ("2020-06-03", "on")]
