"""The clean step's shortcuts give what the plain rules give.

Page-level cue tests (``_present``) only let rules be skipped on pages that
lack their words; the half-width table is applied by matches instead of by
``str.translate``; a page's lines are split once.  Each test compares the
shortcut with the plain computation on pages written for the test.
"""
from __future__ import annotations

from cityaid.clean.boilerplate import _ALL_PRESENT, _present, classify_line, cues, find_boilerplate
from cityaid.clean.dedup import find_repeats
from cityaid.clean.lines import split_lines
from cityaid.clean.normalize import _HALF_WIDTH, to_half_width

PAGES = [
    # prose only: every shortcut applies
    "温州向姐妹城市捐赠物资\n2021-05-06 08:30 来源:温州晚报\n5月3日,温州市向友城捐赠3000只口罩。\n双方举行视频会议。",
    # furniture of every kind
    "首页 | 新闻 | 图片 | 视频 | 专题\n分享到:微信 微博\n责任编辑:李明\n"
    "扫描二维码 下载客户端 关注公众号\n版权所有 未经授权不得转载\n"
    "柳州向友城赠送防护服\n柳州市4月2日向友城赠送800套防护服。\n"
    "相关推荐\n柳州召开会议\n2021-04-03 10:00 要闻\n南宁发布通知\n2021-04-04 11:00 要闻\n"
    "桂林举行活动\n2021-04-05 12:00 要闻",
    # a trailer header and a copyright notice split by a space
    "湛江市向友好城市寄送医用手套一万副,并致信问候。\n对方复信表示感谢。\n版 权 声 明\n本文仅供参考",
    # a repeated line and a repeated sentence inside a longer line
    "甲市捐赠口罩五千只给乙市的消息传来。\n甲市捐赠口罩五千只给乙市的消息传来。\n"
    "另有一批物资正在运送途中。甲市捐赠口罩五千只给乙市的消息传来。",
]


def test_page_cues_only_skip_rules_that_cannot_fire():
    c = cues()
    for page in PAGES:
        present = _present(page, c)
        for line in split_lines(page):
            assert classify_line(line, c, present) == classify_line(line, c, _ALL_PRESENT)


def test_furniture_page_still_finds_its_furniture():
    reasons = {reason for _a, _b, reason in find_boilerplate(PAGES[1])}
    assert {"navigation", "widget", "byline", "promo", "copyright"} <= reasons


def test_half_width_by_matches_equals_the_table():
    table = str.maketrans(_HALF_WIDTH)
    for text in ["１２３，ＡＢＣ：（口罩）\u3000end\u00a0\ufeff", "没有全角字符的句子。", "", "ｘ" * 50]:
        assert to_half_width(text) == text.translate(table)


def test_lines_are_split_once_but_handed_out_fresh():
    page = PAGES[0]
    first = split_lines(page)
    first.clear()
    assert [ln.text for ln in split_lines(page)][0] == "温州向姐妹城市捐赠物资"


def test_repeats_of_one_sentence_lines_and_of_sentences_inside_lines():
    spans = find_repeats(PAGES[3])
    assert len(spans) == 2


def test_guarded_finditer_equals_the_loop():
    import re

    from cityaid.clean.fastre import _guarded, finditer_at

    def loop(pattern, starts, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        out = []
        while (cand := starts.search(text, pos, endpos)) is not None:
            m = pattern.match(text, cand.start(), endpos)
            if m is None:
                pos = cand.start() + 1
                continue
            out.append((m.span(), m.groups()))
            pos = m.end()
        return out

    pattern = re.compile(r"(?<!第)(?P<n>\d+(?:\.\d+)?)(万)?(?P<u>只|套|副)?")
    starts = re.compile(r"[\d]")
    assert _guarded(pattern, starts) is not None
    for text in ["第3批,1.5万只口罩和200套防护服", "共12 34副", "", "无数字"]:
        for pos, end in [(0, None), (2, None), (1, 6)]:
            got = [(m.span(), m.groups()) for m in finditer_at(pattern, starts, text, pos, end)]
            assert got == loop(pattern, starts, text, pos, end)
    assert _guarded(pattern, re.compile(r"(\d)")) is None  # a group in the guard: the loop is used


def test_a_page_of_han_only_is_one_chinese_range():
    from cityaid.clean.language import paragraph_languages

    assert paragraph_languages("襄阳向友城捐赠口罩\n2021-03-02\n\n各界踊跃。") == [(0, 27, "zh")]
    assert paragraph_languages("2021-03-02\n---") == [(0, 14, "other")]
    assert paragraph_languages("宜昌致信友城\nYichang wrote to its partner city.") == [(0, 7, "zh"), (7, 41, "en")]

