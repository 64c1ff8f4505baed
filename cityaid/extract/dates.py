"""Dates in report text, completed from the page's own date.

Reports rarely write the year (``3月10日``) and often only the day
(``24日晚``), so every mention is completed: a missing month is the last
month mentioned earlier in the text, a missing year the anchor's (the
publication date).  The spec's qualifiers are read from the words around the
date: 截至 -> ``as_of``, 上旬/月初/近日 -> ``approx`` (month precision),
``3月13日前`` -> ``before``, else ``on``.

Choices (documented because the spec leaves them open):

- A range ``2月3日至4月15日`` is one mention covering both dates, ``since``
  its start.  Framed as a period (自/从…至…, 截至) or followed by a total
  (共, 累计, 先后 …) it dates a tally: ``value`` the end, ``as_of``.  Bare
  (``3月30日至31日举行视频会``) it dates an occasion by its first day.
- 近日/日前/近期/前不久/日前 say "shortly before the page was written": the
  anchor day, ``before`` (a value to the day still agrees with a reader who
  keeps only the month); 截至目前, 迄今 and a clause-initial 目前, are the
  anchor day, ``as_of``.  After an agency's dateline (东京21日电) these count
  from the day filed.  同期, opening a clause, repeats a period told just
  before it (a month, a tally since a time), else is the page's day.
- 一个多月前 / 两个月前: the month so many months before the page, ``approx``.
- A tally since a time (自1月下旬以来) stands on the day its sentence says it
  was told (外办4日介绍), else on the page's day.
- A day alone (``25日``) takes the month of the last date written *with a
  day* (or the anchor's): a month named in passing (``今年1月…``) is a
  flashback, not the running calendar of the report.
- A year-less date more than two months after the anchor belongs to the
  year before (a February 2021 page's ``8月28日`` is 2020's).
- A bare year (``2020年``) is not a date mention: it would anchor nothing.
- Without an anchor, a year-less date takes the last year written earlier in
  the text; with none, :data:`DEFAULT_YEAR` (the reports are about the 2020
  epidemic).
- Relative days: 今天/今日/明天/昨天/昨日/前天/后天 count from the anchor; 第二天/次日/
  翌日/当天/当日/当晚/同日/前一天 from the last explicit day.  A weekday (周二, 星期五)
  is the last such day on or before the anchor; 上周二/本周二 that of the
  week before / of the anchor's week; 本月7日/上月28日 that day of the
  anchor's month / of the month before.  上周/本周/本月 are the anchor day
  (``before``: by then, this week or month), 上月 the month before
  (``approx``), 今年初 the year, 去年底 the December before.  当时/彼时 repeat
  the date last written, 当月 its month.  A relative word followed by its
  own date in brackets (``明天(3月26日)``) yields only that date.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from dataclasses import dataclass

from cityaid.clean.fastre import finditer_at

#: Year of a year-less date when neither the page nor the text gives one: the
#: reports this project reads are about the 2020 epidemic.
DEFAULT_YEAR = 2020
#: Days after the anchor beyond which a year-less date is taken as last year's.
_FUTURE_DAYS = 62

_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

_ASOF = r"(?:(?P<asof>截至到|截止到|截止至|截至|截止)(?:当地时间|北京时间|东京时间|欧洲中部时间)?)?"
_MONTH_PART = r"(?P<part>上旬|中旬|下旬|中下旬|上中旬|初|底|末|中(?=[,。;、\s]|$)|份)"
_TIME_OF_DAY = r"(?:上午|下午|中午|晚上|晚间|凌晨|早上|傍晚|夜间|晚|早)?"
_AFTER = r"(?P<after>之前|以前|前后|左右|前(?![往来去线进后夕提])|前夕)?"
_CN_MD = "[一二三四五六七八九十]"

_PATTERN = re.compile(
    _ASOF
    + r"(?:"
    # 2020年3月10日 / 2020年3月 / 二〇二〇年三月十日
    + r"(?P<y1>(?<!\d)(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年(?P<m1>\d{1,2}|" + _CN_MD + r"{1,2})月"
    + r"(?:(?P<d1>\d{1,2}|" + _CN_MD + r"{1,3})[日号]|" + _MONTH_PART.replace("part", "part1") + r")?"
    # 2020-03-10 2020/3/10 2020.3.10
    + r"|(?P<y2>(?<!\d)(?:19|20)\d{2})(?P<sep>[-/.])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?!\d)"
    # (今年)3月10日 / 3月上旬 / 3月 / 三月十日
    + r"|(?P<yrel>今年|去年|明年)?(?P<m3>(?<![\d.])\d{1,2}|(?<![一二三四五六七八九十])" + _CN_MD + r"{1,2})月"
    + r"(?:(?P<d3>\d{1,2}|" + _CN_MD + r"{1,3})[日号]|" + _MONTH_PART.replace("part", "part3") + r")?"
    # 本月7日 / 上月28日: a day of the page's month, or of the month before
    + r"|(?P<mrel>本月|这个月|上个?月)(?P<d5>\d{1,2}|" + _CN_MD + r"{1,3})[日号]"
    # 24日 (month from context)
    # (今日(二日): a day in Chinese numerals, in the brackets that date a relative word)
    # (十八日 / 二十五日: a day in Chinese numerals, as Hong Kong and Macau papers write it)
    # (经验分享:14日,…: a day right after a colon opening its clause is a day; only 10:14 is a clock's)
    + r"|(?P<d4>(?<![\d.\-/第])(?<!\d:)\d{1,2}|(?<=\()[一二三四五六七八九十]{1,3}"
    + r"|(?<![〇零一二三四五六七八九十百千万第每数几月周])[二三]?十[一二三四五六七八九]?)日(?!内|以内|之内|元)"
    # 月初 / 月底 (month from context)
    + r"|(?P<mpart>月初|月中|月底|月末)"
    + r")"
    + _TIME_OF_DAY + _AFTER
    # 一个多月前 / 两个月前: the month that many months before the page's (or the dateline's)
    + r"|(?P<mago>[一两二三四五六\d])[个個](?:多)?月(?:前|之前|以前)(?![往来去线进后])"
    # words that date by themselves
    + r"|(?P<now>(?:截至|截止|截止到|到)(?:目前|当前|今天|今日)(?:为止)?|目前为止|迄今为止|迄今|至今)"
    # (封城前不久 / 春节前不久: shortly before the thing named, not shortly before the page)
    + r"|(?P<recent>近日|日前|近期|(?:(?<![\u4e00-\u9fff])|(?<=[他她其也还已曾就才省市县州府方国]))前不久|(?:^|(?<=[\n,。;:!?\s]))同期(?=,)|(?:^|(?<=[\n,。;:!?\s；，：]))如今)"  # 同期, (not 去年同期): at the time of the story
    + r"|(?P<clausenow>(?:^|(?<=[\n,。;:!?]))目前(?=,))"
    # 昨(15)日 / 今(20)日 (Taiwan press): the day written in brackets inside the relative word
    + r"|(?P<twrel>今|昨|前|明)\((?P<twday>\d{1,2})\)日"
    # 两天后 / 6天后 / 三日后 / 一周后, opening a clause: days (or weeks) after the day last named
    + r"|(?:^|(?<=[\n,，。;:!?\s]))(?P<nlater>\d{1,2}|[一两二三四五六七八九]|十[一二三四五六七八九]?)(?:天|日(?<![\d十]日)|(?P<nweeks>(?:个)?(?:周|星期|礼拜)))(?:后|之后|以后)"
    + r"|(?P<rel>(?<!今)昨(?=[在向表称說说指宣举舉出赴致与與接透晚])|第二天|次日|翌日|当天|当日|当晚|同日|同一天|前一天|前一日|(?<!如)今天|(?<!如)今日(?!头条|中国|俄罗斯|美国|关注|说法|焦点)|明天|昨天|昨日|前天|(?<![一目当當此提之以])前日(?![本期内])|后天)(?!\([\d一二三四五六七八九十])"
    # 周二 / 上周三 / 星期五 (not 每周一, not 周一至周五)
    + r"|(?<![每至到])(?P<wd>(?P<wdrel>上|本|这)?(?:周|星期|礼拜)(?P<wdday>[一二三四五六日天]))(?![至到\-~(])"
    # 当时 / 彼时: the time last named
    + r"|(?P<then>当时|彼时|那时|(?<!每)当月(?![底初中末份]))"
    # 上周 / 本周 / 上月 / 本月 / 今年初 / 去年底
    + r"|(?P<span>(?:上周|本周|这周)(?![一二三四五六日天])|(?:上个?月|本月|这个月)(?:上旬|中旬|下旬|初|底|末)?|(?:今年)?年初|今年以来|去年(?:年)?底|去年年末)"
)
#: What a match of ``_PATTERN`` begins with (截至, a digit, a Chinese numeral, 今年/去年/明年, 月初, 目前,
#: 迄今, 至今, 近日, 日前, 前不久, 第二天, 次日 ...): only there is the pattern tried (see :func:`finditer_at`).
_STARTS = re.compile(r"[\d〇零一二两三四五六七八九十截到目迄至近日前今去明月第次翌当昨后同上本这周星礼年彼那如]")
#: 4月2日电, (东京21日专电), (中央社台北22日综合外电报导): an agency's dateline
_FILED = re.compile(r"[专專]?[电電讯訊]|(?:综合|綜合)(?:外电|外電)?(?:报导|報導|报道|報道)")
# (a line break ends a range: a list of dated lines, "…2020-04-18\n- 1月31日 …", is no range)
_RANGE_GAP = re.compile(r"[^\S\n]*(?:至|到|-|~|—|－|～)[^\S\n]*")
_RANGE_FROM = re.compile(r"(?:自|从)$")
#: after a date: where a running tally starts (2月以来, 3月中旬以來)
_SINCE_AFTER = re.compile(r"\s*(?:以来|以來)")
#: a range followed by a total is the period of a tally
_TALLY_AFTER = re.compile(r"[^。;\n]{0,30}?(?:共|累计|总计|合计|先后|陆续|期间)")
_REL_ANCHOR = {"今天": 0, "今日": 0, "明天": 1, "后天": 2, "昨天": -1, "昨日": -1, "昨": -1, "前天": -2, "前日": -2}
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_REL_LAST = {"第二天": 1, "次日": 1, "翌日": 1, "当天": 0, "当日": 0, "当晚": 0, "同日": 0, "同一天": 0, "前一天": -1, "前一日": -1}
#: relative days that step back from the day last named (物资已于前一天运抵): told inside what someone said,
#: they are an earlier stage, and 当日/同日 after them is still the day of the telling
_REL_BACK = {"前一天", "前一日"}
_APPROX_PARTS = {"上旬", "中旬", "下旬", "中下旬", "上中旬", "初", "底", "末", "中", "月初", "月中", "月底", "月末"}


@dataclass
class DateMention:
    """A date in the text; ``value`` is ISO (``2020-03-10`` or ``2020-03``)."""

    start: int
    end: int
    value: str
    qualifier: str  # on | approx | as_of | before
    text: str
    since: str | None = None  # start of a range (value is its end)
    dateline: bool = False  # an agency's dateline (新华社大阪4月2日电): when the story was filed
    said: bool = False  # the day of the telling (市政府9日表示, 记者20日从…获悉), not of the act told
    stated: bool = False  # introduced by 于/於 (物资已于27日运抵): the act's own day, said as such
    recalled: bool = False  # the time of a "when" clause (1月口罩最紧缺时,…): background, recalled
    further: bool = False  # the day of a further act (…,并于20日分发): not of the act told before it
    #: where its sentence turned back in time before it (…物资包括口罩,此前搭乘班列出发,3日抵达): the date is of
    #: an earlier stage, not of the act the sentence tells first; -1 when it did not
    earlier_at: int = -1
    #: where, in its sentence before it, someone's words begin (信中回忆,今年2月… / 他说,…): the date is of what
    #: is told, not of the telling; -1 when none
    told_at: int = -1
    #: its sentence recalls what a partner had done before the story (今年2月,X曾向Y捐赠…): an act told after it
    #: without a date of its own is of the story's time, not of this one
    flashback: bool = False
    #: the time of a later clause, fronted between commas (…,20日,他…): it opens that clause's act
    fronted: bool = False
    #: where its sentence's clause ends at a semicolon after it (卡城市府周四证实…已运抵；X则收到…), -1 when none
    semicolon_at: int = -1
    #: its clause goes on to someone's thanks, not a handover (…,Y市长昨(27)日在市议会上感谢X): the other side's
    #: answer, not a next step of the goods
    thanked: bool = False


#: after a date: the telling, not the act (9日表示, 20日从外办获悉, 日前对外宣布)
_SAID_AFTER = re.compile(r"[)）]?\s*(?:(?:从|從|自)[^,，。;；]{1,25}?(?:获悉|獲悉|了解到|得知)"
                         # (8日在市政府宣布 / 21日在记者会上证实 / 今日(9日)表示: said where it was said)
                         r"|(?:(?:晚间|晚上|上午|下午)?在[^,，。;；“”\"]{1,20}?)?(?:对外|對外|向[^,，。;；]{1,12}?)?"
                         r"(?:表示|称|稱|介绍|介紹|透露|说|說|宣布|通报|通報|证实|證實)(?![会會]))")
#: before a date: 已于/將於 — the writer names the act's day
_STATED_BEFORE = re.compile(r"(?:于|於)$")
#: before a date: 并于/又于/随后于 — the day of a further act told after the first (…致谢,又于8日把物资送往社区)
_NEXT_ACT_BEFORE = re.compile(r"(?:并|並|又|再|随后|隨後|后|後)(?:于|於)$")
_RECENT_WORDS = ("近日", "日前", "近期", "前不久")
#: after a date, closing its clause: a "when" clause (1月口罩最紧缺时, / 3月间…的时候,) sets a scene
_WHEN_AFTER = re.compile(r"[^,，。;；:：!?！？“”「」\n]{0,24}?(?:时|時|之际|之際|的时候|的時候)(?=[,，])")


#: after a date, in its clause: thanks told before any handover (昨(27)日在市议会上公开感谢X, not 出席交接仪式并致谢)
_THANKED_AFTER = re.compile(r"[)）]?(?:(?!交接|接收|接过|接過|签收|簽收|仪式|儀式|运抵|運抵|抵达|抵達)[^,，。;；:：!?！？\n]){0,20}?"
                            r"(?:感谢|感謝|致谢|致謝|道谢|道謝|答谢|答謝|谢意|謝意)")


#: in a sentence, before a date: the telling turns back to an earlier time (此前, 先前, 在此之前)
_EARLIER_CUE = re.compile(r"此前|先前|早前|之前已|在此之前")
#: in a sentence, before a date: what someone said follows (她说, / 市长表示:)
_ASIDE_CUE = re.compile(r"(?:说|說|表示|称|稱|指出|介绍|介紹|透露|宣布)[,，:：]")
#: in a sentence, before a date: the words of a letter or a speaker follow (信中回忆, / 来信中提到,)
_TOLD_CUE = re.compile(r"(?:说|說|表示|称|稱|指出|介绍|介紹|透露|宣布|回忆|回憶|提到|提及|写道|寫道)[,，:：]")
#: a month with its day (3月10日, 三月十日), for :attr:`_Context.ahead`
_MONTH_DAY = re.compile(r"(?<![\d年])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号號]")
_SENTENCE_STOP = re.compile(r"[。！？!?\n]")
#: after a date, in its sentence: 曾 (not 未曾/不曾), what was done before the story (今年2月,X曾向Y捐赠…)
#: 早在 / 曾(经) / 疫情初期 / 此前 just before a date: the act it dates is recalled
_FLASHBACK_BEFORE = re.compile(r"(?:早在|曾经|曾經|(?<![未不何])曾|疫情初期|疫情之初|疫情暴发之初|此前|此前的)[^。,，;；]{0,10}$")
_FLASHBACK_AFTER = re.compile(r"[^。！？!?\n]{0,30}?(?<![未不何])曾(?!几何|幾何)")


def act_date(dates: list[DateMention], sentence: tuple[int, int], clause: tuple[int, int], trigger_at: int,
             quoted: list[bool]) -> DateMention | None:
    """The date of the act whose verb is at ``trigger_at``: the first date of its clause, else the last
    one before the verb in its sentence, else the sentence's first; never one inside a quotation, and an
    agency's dateline (``新华社大阪4月2日电``) only when the sentence has no other date."""
    in_sentence = [d for d in dates if sentence[0] <= d.start < sentence[1] and not quoted[d.start]
                   and not (d.earlier_at > trigger_at and not clause[0] <= d.start < clause[1])]
    told = [d for d in in_sentence if not d.dateline]
    in_sentence = told or in_sentence
    inside = [d for d in in_sentence if clause[0] <= d.start < clause[1]]
    if inside:
        return _own_day(inside[0], in_sentence)
    # (卡城市府周四证实,X捐赠的口罩已运抵；爱城则收到Y送出的口罩: the day one side told its own news on, across a
    # semicolon, is not the other side's)
    before = [d for d in in_sentence if d.start < trigger_at and not (d.said and 0 <= d.semicolon_at < trigger_at)]
    if before:
        return _own_day(before[-1], in_sentence)
    # only dates after the verb, in other clauses: not one that sets the scene of a recollection
    # (…表示感谢,并回忆说,今年1月当地口罩最紧缺时,…) nor the day of a further act (…致谢,又于8日把物资送往社区):
    # the act is then left undated, for the page to date
    # nor one inside the words the act tells (X在信中回忆,今年2月…曾…): a letter is not dated by what it recalls
    # nor a time fronted in a later clause of its own (…感谢Y的善举,20日,他向市民发放了口罩): that clause's act
    later = [d for d in in_sentence if not d.recalled and not d.further and not d.told_at > trigger_at
             and not d.fronted]
    if later and later[0].text in _RECENT_WORDS:
        return _own_day(later[0], in_sentence)  # (A捐赠的口罩,日前运抵,市长昨日(22日)接收: 日前 as counted above)
    return later[0] if later else None


def _own_day(chosen: DateMention, in_sentence: list[DateMention]) -> DateMention:
    """A day of the telling (市政府9日表示…) or a vague 日前 yields to a day the sentence gives the act
    with 于/於 (…口罩已于7日运抵): the report's day is when it was said, not when it was done."""
    if not (chosen.said or chosen.text in _RECENT_WORDS):
        return chosen
    for d in in_sentence:
        if d is not chosen and d.stated and not d.said and d.qualifier == "on" and len(d.value) == 10:
            return d
    if chosen.text in _RECENT_WORDS:
        # X日前向Y捐赠口罩,物资已于上月底运抵: the month the sentence gives the goods with 于 says more than 日前
        for d in in_sentence:
            if d is not chosen and d.stated and not d.said and d.qualifier == "approx" and len(d.value) == 7:
                return d
    if chosen.text in _RECENT_WORDS:
        # 记者4月28日从市外办获悉,X日前向Y捐赠…: 日前 is counted back from the day the sentence tells it on
        told = [d for d in in_sentence if d.start < chosen.start and d.qualifier == "on" and len(d.value) == 10]
        if told:
            return DateMention(chosen.start, chosen.end, told[-1].value, "before", chosen.text)
        # X日前运抵Y，市长昨日(22日)举行接收仪式: 日前 is before the day the sentence gives the next step (a few days
        # before the page's, not a recollection's)
        # (X日前将口罩寄往Y,Y市长昨(27)日公开感谢X: the other side's thanks is no step of the goods)
        later = [d for d in in_sentence if d.start > chosen.end and d.qualifier == "on" and len(d.value) == 10
                 and not d.thanked and len(chosen.value) == 10 and 0 < (_dt.date.fromisoformat(chosen.value)
                                                      - _dt.date.fromisoformat(d.value)).days <= 7]
        if later:
            return DateMention(chosen.start, chosen.end, later[0].value, "before", chosen.text)
    return chosen


#: an act told against the story's own time (此前, 同时, 此外): not part of a recollection told before it
#: (他已致函X表达感谢: an act told as done by now, after a recollection, is of the story's time too)
_STORY_TIME_CUE = re.compile(r"此前|先前|早前|同时|同時|此外|另外"
                             r"|^[^,，。]{0,12}?已(?:经|經)?(?:向|给|給|致|发|發|寄|写|寫|去|通过|通過|与|與)")


def story_date(dates: list[DateMention], last: DateMention, sentence: str) -> DateMention:
    """The date an undated act of ``sentence`` takes from the ``last`` one told before it: that one, unless it is
    a recollection's (今年2月,Y曾向X捐赠…) and the sentence tells its act against the story's time
    (X此前已向Y寄送… / X同时向Z捐赠…): then the last date before the recollection."""
    if not last.flashback or not _STORY_TIME_CUE.search(sentence):
        return last
    return next((d for d in reversed(dates) if d.start < last.start and not d.flashback and d.qualifier != "as_of"
                 and not d.dateline), last)


def _num(s: str) -> int:
    """Arabic or small Chinese numeral (三, 十二, 二十四, 二〇二〇)."""
    if s.isdigit():
        return int(s)
    if len(s) == 4 and "十" not in s:  # a year written digit by digit
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)
    return _CN_DIGIT[s]


def _iso(year: int | None, month: int, day: int | None) -> str | None:
    """ISO value, or None for an impossible date (a year-less 2月29日 is allowed)."""
    if not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            _dt.date(year or 2000, month, day)
        except ValueError:
            return None
    y = f"{year:04d}" if year else "-"
    return f"{y}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


class _Context:
    """The year, month and day last written, for completing later mentions."""

    def __init__(self, anchor: _dt.date | None):
        self.anchor = anchor
        self.year = anchor.year if anchor else None
        self.month = anchor.month if anchor else None
        self.day_year, self.day_month = self.year, self.month  # of the last date written with a day
        self.seen_year: int | None = None
        self.last_day: _dt.date | None = None
        self.day_recent = False  # the last day is the page's "recently" (近日): 当天/同日 after it is "before" too
        self.last_named: tuple[str, str] | None = None  # (value, qualifier) of the last date written, for 当时
        #: (value, qualifier) of the last date written, not a "recently" word (近日, 日前, 如今), when it is a
        #: period (a month, a tally since a time), for 同期; None after a day
        self.last_period: tuple[str, str] | None = None
        self.filed: _dt.date | None = None  # the agency dateline's day (东京9日专电): 今天 in the story is that day
        self.written_year: int | None = None  # the last year the text wrote (2020年是不平凡的一年, 2020年3月1日)
        #: (month, day) of the first date written with both further on, for a day alone that opens a page
        #: with no date of its own (于当地时间12日晚抵达…出发前的3月10日…)
        self.ahead: tuple[int, int] | None = None
        #: the last date written with a day recalled an earlier act (疫情初期,甲市就曾于2月3日… / 早在2月3日): a day
        #: alone after it is the story's, in the page's month
        self.day_flashback = False
        self.flashback_at = 0  # where that date stands
        self.new_paragraph = False  # the date read now opens a paragraph after it

    def year_for(self, month: int, day: int | None) -> int:
        """The year of a year-less date: the anchor's (the year before when that puts it well after the
        page was written), else the last year written, else :data:`DEFAULT_YEAR`."""
        if self.anchor is None:
            return self.seen_year or DEFAULT_YEAR
        year = self.anchor.year
        try:
            when = _dt.date(year, month, day or 1)
        except ValueError:
            return year
        if self.written_year == year - 1 and when > self.anchor:
            # a January 2021 review of 2020 (2020年…1月31日): the date is last year's (a year written long
            # before, 两市于1985年结好, says nothing of it)
            return year - 1
        return year - 1 if (when - self.anchor).days > _FUTURE_DAYS else year


def _day_alone(ctx: _Context, day: int) -> tuple[int, int | None, int]:
    """(year, month, day) of ``24日``: the month of the last date written with a day, or the anchor's;
    the last month named when there is neither, or when the running month would put the day after
    the page was written and the named month would not."""
    year, month = ctx.day_year, ctx.day_month
    if month is None:
        if ctx.month is None and ctx.ahead is not None and ctx.ahead[1] <= day:
            # nothing dates the page and no month came before: the month of the first full date told
            # after it, when that date is no later in the month (a flashback to days before: 出发前的3月10日)
            return ctx.year or DEFAULT_YEAR, ctx.ahead[0], day
        return ctx.year or DEFAULT_YEAR, ctx.month, day
    if ctx.anchor is not None and ctx.month is not None and ctx.month != month:
        mine, named = _safe_date(year, month, day), _safe_date(ctx.year, ctx.month, day)
        if mine is not None and named is not None and mine > ctx.anchor >= named:
            return ctx.year, ctx.month, day
    if ctx.day_flashback and ctx.new_paragraph and ctx.anchor is not None \
            and (ctx.anchor.year, ctx.anchor.month) != (year, month):
        story = _safe_date(ctx.anchor.year, ctx.anchor.month, day)
        if story is not None and story <= ctx.anchor:
            return ctx.anchor.year, ctx.anchor.month, day  # (…就曾于2月3日捐赠…。20日,乙市回赠: the page's 20th)
    return _into_next_month(ctx, year or DEFAULT_YEAR, month, day)


def _into_next_month(ctx: _Context, year: int, month: int, day: int) -> tuple[int, int, int]:
    """``2月28日寄出…。3日，运抵``: a day alone far below the last day told runs on into the next month when
    that reading lies nearer the last day than the same month's would (a report tells its days forward; a
    flashback three weeks back in the same month is rarer than a month's turn) and not after the page."""
    last = ctx.last_day
    same = _safe_date(year, month, day)
    if last is None or same is None or same >= last or (last.year, last.month) != (year, month):
        return year, month, day
    nyear, nmonth = (year + 1, 1) if month == 12 else (year, month + 1)
    nxt = _safe_date(nyear, nmonth, day)
    if nxt is None or (ctx.anchor is not None and nxt > ctx.anchor) or (nxt - last) >= (last - same):
        return year, month, day
    return nyear, nmonth, day


def _safe_date(year: int | None, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year or DEFAULT_YEAR, month, day)
    except ValueError:
        return None


def _weekday(ctx: _Context, rel: str | None, day: int) -> tuple[str, str] | None:
    """周二: the last Tuesday on or before the page's date (news tells the days just past);
    上周二: Tuesday of the week before the page's; 本周二: of the page's week."""
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    if rel == "上":
        when = a - _dt.timedelta(days=a.weekday() + 7 - day)
    elif rel in ("本", "这"):
        when = a - _dt.timedelta(days=a.weekday() - day)
    else:
        when = a - _dt.timedelta(days=(a.weekday() - day) % 7)
    ctx.last_day = when
    return when.isoformat(), "on"


def last_week(anchor: _dt.date) -> tuple[str, str]:
    """"Last week" told on ``anchor``: the month when that whole calendar week lies in the month before the
    page's (written on Wednesday 3 June, last week was in May), else by the page's day."""
    monday = anchor - _dt.timedelta(days=anchor.weekday() + 7)
    sunday = monday + _dt.timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month) != (anchor.year, anchor.month):
        return f"{monday.year:04d}-{monday.month:02d}", "approx"
    return anchor.isoformat(), "before"


def _span(ctx: _Context, word: str) -> tuple[str, str] | None:
    """Weeks, months and years named from the page's date (上周, 本月, 今年初, 去年底)."""
    a = ctx.anchor
    if a is None:
        return None
    if word == "上周":
        return last_week(a)
    if word in ("本周", "这周", "本月", "这个月"):
        return a.isoformat(), "before"
    if word.startswith(("本月", "这个月")):  # 本月中旬 / 本月初: a part of the page's month
        return f"{a.year:04d}-{a.month:02d}", "approx"
    if word.startswith("上"):
        prev = a.replace(day=1) - _dt.timedelta(days=1)
        return f"{prev.year:04d}-{prev.month:02d}", "approx"
    if word == "今年以来":
        return a.isoformat(), "as_of"
    if word.startswith("去年"):
        return f"{a.year - 1:04d}-12", "approx"
    return f"{a.year:04d}", "approx"  # 年初


def _parse(m: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """(value, qualifier) for one match, updating the context."""
    g = m.group
    qualifier = "as_of" if g("asof") else "on"
    if g("now"):
        return (ctx.anchor.isoformat(), "as_of") if ctx.anchor else None
    if g("clausenow"):
        return (ctx.anchor.isoformat(), "as_of") if ctx.anchor else None
    if g("recent"):
        if g("recent") == "同期" and ctx.last_period is not None:
            return ctx.last_period  # 3月下旬,…。同期,X还向Y捐赠…: the time of the story told before
        base = ctx.filed or ctx.anchor  # (新华社东京21日电 … 近日: counted from the day the story was filed)
        if base is not None and m.group("recent") in _RECENT_WORDS[:2]:
            ctx.last_day, ctx.day_recent = base, True  # 近日收到…。武汉同日还向…: that same recent day
        return (base.isoformat(), "before") if base else None
    if g("mago"):
        base = ctx.filed or ctx.anchor
        if base is None:
            return None
        n = _num(g("mago"))
        y, mo = divmod(base.year * 12 + base.month - 1 - n, 12)
        return f"{y:04d}-{mo + 1:02d}", "approx"  # 一个多月前 on a March 20 page: February
    if g("then"):
        if g("then") == "当月" and ctx.last_named is not None:
            return ctx.last_named[0][:7], ctx.last_named[1]  # 2月9日,…。X当月还向Y捐赠…: that month
        return ctx.last_named
    if g("wd"):
        return _weekday(ctx, g("wdrel"), _WEEKDAY[g("wdday")])
    if g("span"):
        return _span(ctx, g("span"))
    if g("twrel"):
        shift = {"今": 0, "昨": -1, "前": -2, "明": 1}[g("twrel")]
        base = ctx.filed or ctx.anchor
        day_n = int(g("twday"))
        if base is not None and (base + _dt.timedelta(days=shift)).day == day_n:
            day = base + _dt.timedelta(days=shift)
        else:
            year, month, d_ = _day_alone(ctx, day_n)
            day = _safe_date(year, month, d_) if month is not None else None
            if day is None:
                return None
        ctx.last_day = day
        return day.isoformat(), "on"
    if g("nlater"):
        if ctx.last_day is None:
            return None
        day = ctx.last_day + _dt.timedelta(days=_num(g("nlater")) * (7 if g("nweeks") else 1))
        ctx.last_day, ctx.day_recent = day, False
        return day.isoformat(), "on"
    if g("rel"):
        word = g("rel")
        if word in _REL_ANCHOR:
            base, shift = ctx.filed or ctx.anchor, _REL_ANCHOR[word]
        else:
            base, shift = ctx.last_day, _REL_LAST[word]
        if base is None:
            return None
        if ctx.day_recent and word not in _REL_ANCHOR and shift == 0:
            return base.isoformat(), "before"
        day = base + _dt.timedelta(days=shift)
        ctx.last_day, ctx.day_recent = day, False
        return day.isoformat(), "on"

    part = g("part1") or g("part3") or g("mpart")
    if g("y1"):
        year, month, day = _num(g("y1")), _num(g("m1")), _num(g("d1")) if g("d1") else None
        ctx.seen_year = ctx.written_year = year
    elif g("y2"):
        year, month, day = int(g("y2")), int(g("m2")), int(g("d2"))
        ctx.seen_year = ctx.written_year = year
    elif g("m3"):
        month, day = _num(g("m3")), _num(g("d3")) if g("d3") else None
        if not 1 <= month <= 12:
            return None
        if g("yrel") and ctx.anchor is not None:
            year = ctx.anchor.year + {"今年": 0, "去年": -1, "明年": 1}[g("yrel")]
        else:
            year = ctx.year_for(month, day)
            if g("yrel") == "去年":
                year -= 1
            elif g("yrel") == "明年":
                year += 1
    elif g("mrel"):
        day = _num(g("d5"))
        if ctx.anchor is None:
            year, month, day = _day_alone(ctx, day)
            if month is None:
                return None
        else:
            first = ctx.anchor.replace(day=1)
            if g("mrel").startswith("上"):
                first = (first - _dt.timedelta(days=1)).replace(day=1)
            year, month = first.year, first.month
    elif g("d4"):
        year, month, day = _day_alone(ctx, _num(g("d4")))
        if month is None:
            return None
    else:  # 月初 etc.
        if ctx.month is None:
            return None
        year, month, day = ctx.year or DEFAULT_YEAR, ctx.month, None
    if day is None and g("asof") and part in ("底", "末", "月底", "月末"):
        # 截至3月底: a tally as it stood on the month's last day
        day = (_dt.date(year + month // 12, month % 12 + 1, 1) - _dt.timedelta(days=1)).day
        part = None
    value = _iso(year, month, day)
    if value is None:
        return None
    ctx.year, ctx.month = year, month
    if day is not None:
        ctx.day_year, ctx.day_month = year, month
        ctx.last_day, ctx.day_recent = _dt.date(year, month, day), False
    after = g("after")
    if part in _APPROX_PARTS or after in ("前后", "左右"):
        qualifier = "as_of" if qualifier == "as_of" else "approx"
    elif after:
        qualifier = "before"
    return value, qualifier


def find_dates(text: str, anchor: _dt.date | None = None) -> list[DateMention]:
    """Every date in ``text``, in order, completed from ``anchor`` and the text before it.

    A document is read once and remembered (the event reader and the dating
    of undated acts both ask; the mentions are shared, callers only read them).
    """
    return list(_find_dates(text, anchor))


@lru_cache(maxsize=4)
def _find_dates(text: str, anchor: _dt.date | None) -> tuple[DateMention, ...]:
    return tuple(_scan_dates(text, anchor))


#: a year written alone (2020年是不平凡的一年, 2020年南京市外事工作回顾): it names the year the text tells of
_BARE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月|代)")


_CLAUSE_SEMICOLON = re.compile(r"[；;]|[。！？!?\n]")


def _semicolon_after(text: str, end: int) -> int:
    """Where the first semicolon after ``end`` in its sentence is, -1 when the sentence ends first."""
    m = _CLAUSE_SEMICOLON.search(text, end)
    return m.start() if m is not None and m.group() in "；;" else -1


def _scan_dates(text: str, anchor: _dt.date | None) -> list[DateMention]:
    ctx = _Context(anchor)
    if anchor is None:
        first = _MONTH_DAY.search(text)
        if first is not None:
            ctx.ahead = (_num(first.group(1)), _num(first.group(2)))
    out: list[DateMention] = []
    # ((speed) every bare year is written with 年: a page without it has none)
    years = [(y.start(), int(y.group(1))) for y in _BARE_YEAR.finditer(text)] if "年" in text else []
    yi = 0  # the next bare year not yet passed
    for m in finditer_at(_PATTERN, _STARTS, text):
        ctx.new_paragraph = ctx.day_flashback and "\n" in text[ctx.flashback_at:m.start()]
        while yi < len(years) and years[yi][0] < m.start():
            ctx.written_year = years[yi][1]
            yi += 1
        if out and out[-1].end == m.start() and m.group("d4"):
            continue  # 4月2日10日: a stray second day (often an hour) after a date
        stop = None
        for stop in _SENTENCE_STOP.finditer(text, max(0, m.start() - 200), m.start()):
            pass
        sentence_from = stop.end() if stop else max(0, m.start() - 200)
        back = None
        for back in _EARLIER_CUE.finditer(text, sentence_from, m.start()):
            pass
        aside = back is not None or _ASIDE_CUE.search(text, sentence_from, m.start()) is not None
        running_day, running_recent = ctx.last_day, ctx.day_recent
        story = _story_day(text, out, m.start()) if m.group("rel") in _REL_STORY else None
        if story is not None:
            ctx.last_day, ctx.day_recent = story, False
        parsed = _parse(m, ctx)
        recalled = _WHEN_AFTER.match(text, m.end()) is not None
        backward = m.group("rel") in _REL_BACK
        if (aside or recalled) and (not m.group("rel") or backward):
            # 同日 after (她说,口罩周三运抵 / 此前3日抵达 / X本月15日宣布…时,曾…) is the story's day, not that one
            ctx.last_day, ctx.day_recent = running_day, running_recent
        if parsed is None:
            continue
        value, qualifier = parsed
        if qualifier != "as_of":
            ctx.last_named = parsed
        start, end = m.start(), m.end()
        prev = out[-1] if out else None
        if (prev and not m.group("asof") and prev.since is None and m.group("now") is None
                and m.group("rel") is None and m.group("nlater") is None and m.group("recent") is None and m.group("clausenow") is None
                and m.group("wd") is None and m.group("span") is None and m.group("then") is None
                and _RANGE_GAP.fullmatch(text, prev.end, start) and len(value) >= 7 and len(prev.value) >= 7):
            # 2月3日至4月15日: one mention
            frm = _RANGE_FROM.search(text, 0, prev.start)
            framed = frm is not None and frm.end() == prev.start
            rstart = frm.start() if framed else prev.start
            if framed or prev.qualifier == "as_of" or _TALLY_AFTER.match(text, end):
                # 自2月1日至3月15日,共…: a tally up to its end
                out[-1] = DateMention(rstart, end, value, "as_of", text[rstart:end], since=prev.value)
            else:
                # 3月30日至31日举行视频会: an occasion over days, dated by its first
                out[-1] = DateMention(rstart, end, prev.value, prev.qualifier, text[rstart:end], since=prev.value)
            continue
        if _SINCE_AFTER.match(text, end) and anchor is not None and qualifier != "as_of" and len(value) >= 7:
            # 3月中旬以来,…已有30个城市捐赠: the start of a running tally, told as it stands on the page's day
            # (外办4日介绍,自1月下旬以来,…: on the day it was told)
            out.append(DateMention(start, end, _told_day(out, sentence_from, anchor), "as_of", text[start:end], since=value))
            ctx.last_period = (out[-1].value, "as_of")
            continue
        if (m.group("now") or m.group("clausenow")) and anchor is not None:
            # 外办17日表示,本市迄今已收到…: the tally as it stood on the day it was told
            value = _told_day(out, sentence_from, anchor)
        out.append(DateMention(start, end, value, qualifier, text[start:end],
                               dateline=bool(m.group("d1") or m.group("d3") or m.group("d4"))
                               and _FILED.match(text, end) is not None,
                               said=_SAID_AFTER.match(text, end) is not None,
                               stated=_STATED_BEFORE.search(text, max(0, start - 1), start) is not None,
                               recalled=_WHEN_AFTER.match(text, end) is not None,
                               further=_NEXT_ACT_BEFORE.search(text, max(0, start - 3), start) is not None,
                               earlier_at=back.start() if back is not None else -1,
                               told_at=max((c.start() for c in _TOLD_CUE.finditer(text, sentence_from, start)),
                                           default=-1),
                               flashback=_FLASHBACK_AFTER.match(text, end) is not None,
                               fronted=start > 0 and text[start - 1] in ",，;；" and text[end:end + 1] in (",", "，"),
                               semicolon_at=_semicolon_after(text, end),
                               thanked=_THANKED_AFTER.match(text, end) is not None))
        if len(value) == 10 and not m.group("d4"):
            ctx.day_flashback = out[-1].flashback or _FLASHBACK_BEFORE.search(text, max(0, start - 16), start) is not None
            ctx.flashback_at = start
        if m.group("recent") is None and not out[-1].dateline:
            # a month (3月下旬) is a period 同期 can repeat; a day (3月9日) is not: 同期 after it is the page's time
            ctx.last_period = (value, qualifier) if len(value) == 7 else None
        if out[-1].dateline and len(value) == 10 and ctx.filed is None:
            ctx.filed = _dt.date.fromisoformat(value)
    return out


#: words that look back to the time last named (当时没想到…): a recollection's time, not the story's
THEN_WORDS = frozenset({"当时", "當時", "那时", "那時", "彼时", "彼時"})
#: same-day words that, opening a paragraph, may go back past a paragraph of background to the story's day
_REL_STORY = {"同日", "同一天", "当天", "當天", "当日", "當日", "前一天", "前一日"}
#: a paragraph of background: the partnership's founding, or what a partner had done before (曾向…, 早在2月)
_BACKGROUND = re.compile(r"结为|結為|缔结|締結|结好|結好|建立[^。,，]{0,8}?(?:关系|關係)|早在|曾(?:经|經)?(?:向|为|為|给|給|于|於|在|与|與|获|獲|收到|捐|寄|送|致)")
_LINE_PAD = " \t\u3000"


def _story_day(text: str, out: list[DateMention], pos: int) -> _dt.date | None:
    """The day a paragraph opening with 同日/同一天/前一天 counts from when the paragraph before it is
    background told after the story (X与Y于1985年结为友好城市。2月中旬,Y曾向X捐赠…; 3月3日,…): the first day
    of the nearest paragraph before that background, the story's (同一天,X向Z捐赠的口罩也运抵…: alongside the
    story's gift, not the day of a letter recalled); None when the word does not open a paragraph, the
    paragraph before is no background, or its days are not all before the story's."""
    line_from = text.rfind("\n", 0, pos) + 1
    if text[line_from:pos].strip(_LINE_PAD):
        return None
    background: list[DateMention] = []
    end = line_from - 1
    seen_background = False
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        para = text[start:end]
        if para.strip(_LINE_PAD):
            days = [d for d in out if start <= d.start < end and len(d.value) == 10 and not d.dateline
                    and d.qualifier != "as_of"]
            if _BACKGROUND.search(para):
                seen_background = True
                background += [d for d in days if d.qualifier == "on"]  # (近期…: the story's own time)
            elif not seen_background or not days or "。" not in para:
                return None
            else:
                story = _dt.date.fromisoformat(days[0].value)
                if any(_dt.date.fromisoformat(d.value) >= story for d in background):
                    return None
                return story
        end = start - 1
    return None


def _told_day(before: list[DateMention], sentence_from: int, anchor: _dt.date) -> str:
    """The day a tally in the sentence from ``sentence_from`` stands on: the day its telling is dated
    (外办4日介绍, …) when the sentence gives one before it, not after the page's date; else the page's day."""
    for d in reversed(before):
        if d.start < sentence_from:
            break
        if d.said and len(d.value) == 10 and d.value <= anchor.isoformat():
            return d.value
    return anchor.isoformat()


_FULL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
    r"|(?P<sep>[-/.])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?!\d))"
    # 04/09/2020 05:12 PM (month first where a 12-hour clock follows, else where the day shows it)
    r"|(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y3>(?:19|20)\d{2})(?![\d/])(?P<clock>\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp]\.?[Mm])?"
)
_DATELINE_CUE = re.compile(r"来源|发布|更新|时间|日期|发表|Posted|Published|Updated", re.I)
_TIME_AFTER = re.compile(r"\s*\d{1,2}:\d{2}")
#: a heading over a list of other stories (相关阅读, 延伸阅读, Related, Read also): their days are not the page's
RELATED_LIST = re.compile(r"(?m)^[\s【\[]*(?:相关(?:阅读|新闻|链接|报道)|相關(?:閱讀|新聞|連結|報導)|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|"
                          r"更多(?:新闻|阅读)|Related(?: (?:news|stories|articles))?|Read also|Read more|More news|See also)\b[\s】\]:：]*$", re.I)
_UPDATE_CUE = re.compile(r"更新|修改|Updated|Modified", re.I)
_ISSUE_CUE = re.compile(r"发布|發布|发表|發表|Published|Posted", re.I)
#: 新华社大阪4月2日电, 中国侨网6月9日电: an agency's dateline without the year
_AGENCY_DATELINE = re.compile(r"(?:社|网|網|报|報|台|电视|日报|新闻)[^\s,，。]{0,8}?(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:电|電|讯|訊)")
#: /2020/09/15/, /2020-09-15, /20200915, /n3/2020/0619/, /202003121071374904 (a date leading an article id)
_URL_DATE = re.compile(r"(?<!\d)(?P<y>20[0-3]\d)(?:[/_-]?)(?P<m>0[1-9]|1[0-2])(?:[/_-]?)(?P<d>0[1-9]|[12]\d|3[01])(?=[/_.\-]|\d{4,}|$)")
#: 1090520 on a line of its own, or ending the editor's line (（编辑：某某）1090520): a Taiwanese agency's
#: date in the Minguo calendar (year + 1911)
_ROC_LINE = re.compile(r"(?m)(?:^|[)）])[ \t\u3000]*(?P<y>1[01]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])[ \t\u3000]*$")
#: 发布日期:109-04-16: a Taiwan government page dates itself in Minguo years on its dateline
_ROC_DATELINE = re.compile(r"(?:发布|發布|日期|更新|时间|時間)[^\n\d]{0,6}?(?<!\d)(?P<y>1[01]\d)"
                           r"(?:(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)|年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日)")
HEAD_CHARS = 800
_FOUNDED = re.compile(r"[^,，。;；\n]{0,16}?(?:结为|缔结|建立|结成|结好)")


def _head_date(m: re.Match[str]) -> _dt.date | None:
    try:
        if m.group("y3"):
            a, b = int(m.group("a")), int(m.group("b"))
            if a > 12 or (b <= 12 and not m.group("clock")):
                a, b = (b, a) if a > 12 else (None, None)  # day first, or ambiguous without a 12-hour clock
                if a is None:
                    return None
            return _dt.date(int(m.group("y3")), a, b)
        return _dt.date(int(m.group("y")), int(m.group("m1") or m.group("m2")), int(m.group("d1") or m.group("d2")))
    except ValueError:
        return None


def find_publication_date(text: str, url: str | None = None) -> _dt.date | None:
    """The page's own date, from a dateline near the top or its address.

    In order: the earliest valid full date in the first ``HEAD_CHARS``
    characters that sits on a dateline (a line with 来源/发布/更新/时间/
    Published, or a time of day after it); an agency dateline without a year
    (``新华社大阪4月2日电``, the year of the first full date of the head, else
    :data:`DEFAULT_YEAR`); a date in the ``url`` (``/2020/09/15/``); the
    earliest full date of the head, else a Minguo date line (``1090520``).
    """
    head = text[:HEAD_CHARS]
    related = RELATED_LIST.search(head)
    if related:
        head = head[:related.start()]  # (【相关阅读】 a list of other stories, each with its own day)
    first: _dt.date | None = None
    updated: _dt.date | None = None
    for m in _FULL_DATE.finditer(head):
        day = _head_date(m)
        if day is None:
            continue
        line_start = head.rfind("\n", 0, m.start()) + 1
        line_end = head.find("\n", m.end())
        line = head[line_start:line_end if line_end != -1 else len(head)]
        if _DATELINE_CUE.search(line) or m.group("clock") or _TIME_AFTER.match(head, m.end()):
            if _UPDATE_CUE.search(line[:max(0, m.start() - line_start)]) and not _ISSUE_CUE.search(line):
                updated = updated or day  # 更新时间: a later day; the day it was put out (发布), if given, wins
                continue
            return day
        if first is None and not _FOUNDED.match(head, m.end()):
            first = day  # (1987年6月6日结为友城: the tie's history, not the page's date)
    if updated is not None:
        return updated
    roc = _ROC_DATELINE.search(head)
    if roc:
        try:
            return _dt.date(int(roc.group("y")) + 1911, int(roc.group("m") or roc.group("m2")),
                            int(roc.group("d") or roc.group("d2")))
        except ValueError:
            pass
    m = _AGENCY_DATELINE.search(head)
    if m:
        try:
            return _dt.date(first.year if first else DEFAULT_YEAR, int(m.group("m")), int(m.group("d")))
        except ValueError:
            pass
    if first is None:
        roc = _ROC_LINE.search(text)
        if roc:
            try:
                first = _dt.date(int(roc.group("y")) + 1911, int(roc.group("m")), int(roc.group("d")))
            except ValueError:
                pass
    return date_from_url(url) or first


def date_from_url(url: str | None) -> _dt.date | None:
    """A publication date written into a page address (``/2020/09/15/``, ``/n3/2020/0619/``, ``/20200312…``)."""
    if not url:
        return None
    path = url.split("://", 1)[-1].partition("/")[2]
    for m in _URL_DATE.finditer(path):
        try:
            return _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
    return None
