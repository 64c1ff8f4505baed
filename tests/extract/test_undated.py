"""Events whose sentence states no date take the last date stated before them, else the page's."""
from __future__ import annotations

import datetime as dt

from cityaid.extract.en_dates import find_dates_en, event_date_en
from cityaid.extract.undated import fill_missing_dates, stated_dates
from cityaid.model import Actor, CleanText, DateRef, Event

ANCHOR = dt.date(2020, 5, 12)


def _clean(text: str) -> CleanText:
    return CleanText(text=text, offsets=list(range(len(text))), surface=text)


def _event(text: str, sentence: str, date: DateRef | None = None) -> Event:
    a = text.index(sentence)
    return Event(type="donation", date=date, evidence=sentence, evidence_span=(a, a + len(sentence)),
                 **{"from": [], "to": []})


def test_undated_detail_takes_the_occasion_before_it():
    text = "7日,甲市向友城乙市移交口罩。乙市市长对此表示感谢。"
    (e,) = fill_missing_dates([_event(text, "乙市市长对此表示感谢")], _clean(text),
                              stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-07", "on")


def test_first_undated_act_takes_the_page_date_before():
    text = "甲市向友城乙市捐赠了一批口罩。"
    (e,) = fill_missing_dates([_event(text, "甲市向友城乙市捐赠了一批口罩")], _clean(text),
                              stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "before")


def test_a_stated_date_is_kept():
    text = "甲市向友城乙市捐赠了一批口罩。"
    stated = DateRef(value="2020-04", qualifier="approx")
    (e,) = fill_missing_dates([_event(text, "甲市向友城乙市捐赠了一批口罩", stated)], _clean(text), [], ANCHOR)
    assert e.date == stated


def test_dates_in_speech_and_tallies_do_not_date_later_acts():
    text = "3日,丙县举行交接仪式。县长在讲话中说,近期各方送来大量物资。截至4日,全县累计确诊12例。"
    assert [d.value for d in stated_dates(text, ANCHOR)] == ["2020-05-03"]


def test_english_paragraphs_and_quotes():
    text = "On May 2 the masks landed in Tartu. \"We met on May 9,\" the mayor said. The city thanked them."
    got = stated_dates(text, ANCHOR, english=[(0, len(text))])
    assert [d.value for d in got] == ["2020-05-02"]


def test_said_weekday_dates_the_saying_only_when_nothing_else():
    text = "Officials said Monday the county has received 8,000 gloves from its sister city."
    dates = find_dates_en(text, ANCHOR)  # ANCHOR is a Tuesday
    assert event_date_en(text, dates, 0, len(text), text.index("received")) == ("2020-05-11", "before")
    text2 = "Officials said Monday the gloves had arrived on May 6."
    dates2 = find_dates_en(text2, ANCHOR)
    assert event_date_en(text2, dates2, 0, len(text2), text2.index("arrived")) == ("2020-05-06", "on")


def test_an_act_told_as_later_does_not_take_the_date_before_it():
    text = "9日,甲市向乙市移交口罩。随后,甲市又向乙市寄去一批手套。"
    (e,) = fill_missing_dates([_event(text, "随后,甲市又向乙市寄去一批手套")], _clean(text),
                              stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "before")
    text2 = "On May 4 the masks reached Graz. Later, the province sent gloves to Graz."
    (e2,) = fill_missing_dates([_event(text2, "Later, the province sent gloves to Graz")], _clean(text2),
                               stated_dates(text2, ANCHOR, [(0, len(text2))]), ANCHOR)
    assert e2.date.value == "2020-05-12"


def test_an_act_told_as_earlier_is_before_the_date_before_it():
    text = "9日,甲市向乙市移交口罩。乙市此前还收到了丙市的捐赠。"
    (e,) = fill_missing_dates([_event(text, "乙市此前还收到了丙市的捐赠")], _clean(text),
                              stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-09", "before")


def test_a_gift_told_again_with_its_date_in_the_next_sentence():
    text = "8日,甲县举行仪式。乙市向甲县捐赠了6000只口罩,这是两市的第二批。这批口罩于3日运抵甲县。"
    (e,) = fill_missing_dates([_event(text, "乙市向甲县捐赠了6000只口罩,这是两市的第二批")], _clean(text),
                              stated_dates(text, ANCHOR), ANCHOR)
    assert e.date.value == "2020-05-03"
    text2 = "Tartu sent 4,000 masks to Weinan. The shipment landed on May 2."
    (e2,) = fill_missing_dates([_event(text2, "Tartu sent 4,000 masks to Weinan")], _clean(text2),
                               stated_dates(text2, ANCHOR, [(0, len(text2))]), ANCHOR)
    assert e2.date.value == "2020-05-02"


def test_the_date_of_the_telling_in_longer_reporting_phrases():
    for text in ("The mayor told reporters on Monday that the county had received 6,000 gloves",
                 "The office said in a statement Monday that the county had received 6,000 gloves"):
        dates = find_dates_en(text, ANCHOR)
        assert event_date_en(text, dates, 0, len(text), text.index("received")) == ("2020-05-11", "before")


def _message(text: str, sentence: str) -> Event:
    a = text.index(sentence)
    return Event(type="message", date=None, evidence=sentence, evidence_span=(a, a + len(sentence)),
                 **{"from": [], "to": []})


def test_thanks_after_a_flashback_return_to_the_story_day():
    text = "8日,丙市收到友城丁市寄来的护目镜。\n今年2月,丙市曾向丁市寄去手套。\n丙市市长向丁市表示感谢。"
    (e,) = fill_missing_dates([_message(text, "丙市市长向丁市表示感谢")], _clean(text),
                              stated_dates(text, ANCHOR), ANCHOR)
    assert e.date.value == "2020-05-08"
    same = "今年2月,丙市曾向丁市寄去手套。丙市市长向丁市表示感谢。"
    (e,) = fill_missing_dates([_message(same, "丙市市长向丁市表示感谢")], _clean(same),
                              stated_dates(same, ANCHOR), ANCHOR)
    assert e.date.value == "2020-02"


def test_a_letter_in_the_present_perfect_is_dated_by_the_page():
    text = "The gloves landed in Turku on May 4. The mayor has since written to his counterpart in Tianjin."
    e = Event(type="message", date=None, evidence="The mayor has since written to his counterpart in Tianjin",
              evidence_span=(text.index("The mayor"), len(text) - 1), **{"from": [], "to": []})
    (e,) = fill_missing_dates([e], _clean(text), stated_dates(text, ANCHOR, english=[(0, len(text))]), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "before")


def test_the_gift_told_again_as_the_named_shipment_or_material():
    text = "Gowns sent by Dalian reached Oulu this week. The health board took delivery of the Dalian shipment on May 6."
    e = _event(text, "Gowns sent by Dalian reached Oulu this week")
    (e,) = fill_missing_dates([e], _clean(text), stated_dates(text, ANCHOR, english=[(0, len(text))]), ANCHOR)
    assert e.date.value == "2020-05-06"
    text = "Tampere has received 900 visors from Xi'an. The material landed at the airport on May 7."
    e = _event(text, "Tampere has received 900 visors from Xi'an")
    (e,) = fill_missing_dates([e], _clean(text), stated_dates(text, ANCHOR, english=[(0, len(text))]), ANCHOR)
    assert e.date.value == "2020-05-07"


def test_hereby_thanks_are_dated_by_the_page():
    text = "3日,乙市寄来的口罩运抵甲市。\n在此,谨代表甲市政府向乙市表示诚挚谢意。"
    (e,) = fill_missing_dates([_message(text, "在此,谨代表甲市政府向乙市表示诚挚谢意")], _clean(text),
                              stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "before")


def test_an_act_at_the_ceremony_takes_the_ceremony_day():
    text = ("On May 5, the mayor of Espoo attended a handover ceremony for gloves from Nanning. "
            "The gloves had reached Helsinki on May 2. At the ceremony, the consul read a letter from Nanning.")
    e = _message(text, "At the ceremony, the consul read a letter from Nanning")
    (e,) = fill_missing_dates([e], _clean(text), stated_dates(text, ANCHOR, english=[(0, len(text))]), ANCHOR)
    assert e.date.value == "2020-05-05"
    zh = "6日上午,两市举行交接仪式。这批手套此前已于2日运抵。市长在交接仪式上致辞感谢。"
    (e,) = fill_missing_dates([_message(zh, "市长在交接仪式上致辞感谢")], _clean(zh), stated_dates(zh, ANCHOR), ANCHOR)
    assert e.date.value == "2020-05-06"


def test_a_gift_dated_only_by_its_telling_takes_the_day_told_next():
    text = ("Hubei has donated 4,000 masks to Lahti, the provincial office said on May 10. "
            "The masks, with 50 visors, were flown to Helsinki on May 6, the office said.")
    e = _event(text, "Hubei has donated 4,000 masks to Lahti, the provincial office said on May 10",
               DateRef(value="2020-05-10", qualifier="before"))
    (e,) = fill_missing_dates([e], _clean(text), stated_dates(text, ANCHOR, english=[(0, len(text))]), ANCHOR)
    assert e.date.value == "2020-05-06"


def test_an_act_added_with_a_connective_takes_the_page_date():
    text = "6日,丁市向戊市交付口罩。\n此外,丁市疾控中心还与戊市卫生部门举行了视频交流会。"
    (e,) = fill_missing_dates([_event(text, "此外,丁市疾控中心还与戊市卫生部门举行了视频交流会")], _clean(text),
                              stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "before")


def test_a_letter_told_as_already_sent_takes_the_page_date():
    text = "8日,己县捐赠的手套运抵庚市。庚市政府已向己县寄去感谢信。"
    ev = _event(text, "庚市政府已向己县寄去感谢信").model_copy(update={"type": "message"})
    (e,) = fill_missing_dates([ev], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "before")


def test_english_words_quoted_and_said_without_a_day_take_the_page_date():
    text = ("The gloves reached Perth on Saturday, May 9. "
            "\"We are grateful to our friends in Nanjing,\" the Lord Mayor said.")
    sent = "\"We are grateful to our friends in Nanjing,\" the Lord Mayor said."
    ev = _event(text, sent).model_copy(update={"type": "message"})
    (e,) = fill_missing_dates([ev], _clean(text), stated_dates(text, ANCHOR, [(0, len(text))]), ANCHOR)
    assert e.date.value == "2020-05-12"
    text2 = "At the ceremony on May 9, the gloves were handed over. At the ceremony, the Lord Mayor said: \"Thank you.\""
    sent2 = "At the ceremony, the Lord Mayor said: \"Thank you.\""
    ev2 = _event(text2, sent2).model_copy(update={"type": "message"})
    (e2,) = fill_missing_dates([ev2], _clean(text2), stated_dates(text2, ANCHOR, [(0, len(text2))]), ANCHOR)
    assert e2.date.value == "2020-05-09"


def test_an_act_during_the_meeting_takes_the_day_of_the_video_conference():
    text = ("Suzhou held a video conference with Venice on May 7. Venice had asked for gowns, officials said on May 9. "
            "During the meeting, the mayor of Venice thanked Suzhou.")
    sent = "During the meeting, the mayor of Venice thanked Suzhou."
    ev = _event(text, sent).model_copy(update={"type": "message"})
    (e,) = fill_missing_dates([ev], _clean(text), stated_dates(text, ANCHOR, [(0, len(text))]), ANCHOR)
    assert e.date.value == "2020-05-07"


def test_a_letter_sent_along_with_the_shipment_takes_the_gifts_day():
    text = ("Suzhou shipped 5,000 masks to Venice on May 6. Venice had sent gloves to Suzhou on March 2. "
            "Along with the shipment, the mayor of Suzhou sent a letter to Venice.")
    gift = _event(text, "Suzhou shipped 5,000 masks to Venice on May 6", DateRef(value="2020-05-06", qualifier="on"))
    gift = gift.model_copy(update={"from_": [Actor(key="CN/Suzhou", name="Suzhou")]})
    back = _event(text, "Venice had sent gloves to Suzhou on March 2", DateRef(value="2020-03-02", qualifier="on"))
    letter = _event(text, "Along with the shipment, the mayor of Suzhou sent a letter to Venice.")
    letter = letter.model_copy(update={"type": "message", "from_": [Actor(key="CN/Suzhou", name="Suzhou")]})
    out = fill_missing_dates([gift, back, letter], _clean(text), stated_dates(text, ANCHOR, [(0, len(text))]), ANCHOR)
    assert out[2].date.value == "2020-05-06"


def test_a_gift_in_the_present_perfect_is_dated_by_the_page():
    text = ("The gloves reached Pecs on Monday, the county said. "
            "The city has also sent 8,000 goggles to its partner town of Szeged.")
    sentence = "The city has also sent 8,000 goggles to its partner town of Szeged"
    english = [(0, len(text))]
    (e,) = fill_missing_dates([_event(text, sentence)], _clean(text), stated_dates(text, ANCHOR, english), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "before")


def test_a_gift_told_with_a_trailing_clause_takes_the_day_told_next():
    text = ("Jilin Province has donated 40,000 gloves to Niigata, which had sent goggles to Jilin in January, "
            "the prefecture said Sunday. The shipment was handed over at the port on Thursday.")
    sentence = "Jilin Province has donated 40,000 gloves to Niigata"
    dated = _event(text, sentence, DateRef(value="2020-05-10", qualifier="before"))
    (e,) = fill_missing_dates([dated], _clean(text), find_dates_en(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-07", "on")


def _message(text: str, sentence: str) -> Event:
    a = text.index(sentence)
    return Event(type="message", date=None, evidence=sentence, evidence_span=(a, a + len(sentence)),
                 **{"from": [], "to": []})


def test_a_letter_already_sent_is_dated_by_the_day_it_was_told():
    text = "市长9日在市政厅宣布,友城送来的手套已运抵。市长表示,她已致函对方市长表达谢意。"
    sentence = "市长表示,她已致函对方市长表达谢意"
    (e,) = fill_missing_dates([_message(text, sentence)], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-09", "before")


def test_a_letter_already_sent_without_a_told_day_takes_the_page_date():
    text = "友城送来的手套已运抵。市长表示,她已致函对方市长表达谢意。"
    sentence = "市长表示,她已致函对方市长表达谢意"
    (e,) = fill_missing_dates([_message(text, sentence)], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "before")


def test_a_letter_already_sent_after_a_later_day_is_not_dated_by_an_older_telling():
    text = "市长3日在市政厅宣布,友城送来的手套已运抵。\n7日,两市卫生部门举行视频会议。市长表示,她已致函对方市长表达谢意。"
    sentence = "市长表示,她已致函对方市长表达谢意"
    (e,) = fill_missing_dates([_message(text, sentence)], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "before")
    text = "市长3日在市政厅宣布,友城送来的手套已于前一天运抵。\n市长表示,她已致函对方市长表达谢意。"
    (e,) = fill_missing_dates([_message(text, sentence)], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-03", "before")


def test_thanks_sent_after_the_goods_arrived_take_the_page_date():
    text = "5月6日,丙市捐赠的3万副手套运抵丁市。丁市市长随后发来视频,向丙市市民道谢。"
    sentence = "丁市市长随后发来视频,向丙市市民道谢"
    e = _message(text, sentence).model_copy(update={"date": DateRef(value="2020-05-06", qualifier="on")})
    (e,) = fill_missing_dates([e], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "before")
    text = "5月6日,丙市捐赠的3万副手套运抵丁市,丁市市长致函丙市市长表示感谢。"
    sentence = "丁市市长致函丙市市长表示感谢"
    (e,) = fill_missing_dates([_message(text, sentence)], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "before")


def test_thanks_said_at_the_handover_or_a_letter_sent_with_the_goods_keep_the_day():
    text = "5月6日,丙市捐赠的3万副手套运抵丁市,丁市市长在交接仪式上表示感谢。"
    sentence = "丁市市长在交接仪式上表示感谢"
    (e,) = fill_missing_dates([_message(text, sentence)], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert e.date.value == "2020-05-06"
    text = "5月6日,丙市捐赠的3万副手套运抵丁市,随物资附上丙市市长的致信,感谢丁市此前的帮助。"
    sentence = "随物资附上丙市市长的致信,感谢丁市此前的帮助"
    (e,) = fill_missing_dates([_message(text, sentence)], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert e.date.value == "2020-05-06"


def test_thanks_sent_in_the_next_paragraph_after_the_arrival_take_the_page_date():
    text = "5月6日,丙市捐赠的3万副手套运抵丁市,随后分送各区。\n\n丁市市长随即致函丙市市长,称丁市市民将铭记这份情谊。"
    sentence = "丁市市长随即致函丙市市长,称丁市市民将铭记这份情谊"
    e = _message(text, sentence).model_copy(update={"date": DateRef(value="2020-05-06", qualifier="on")})
    (e,) = fill_missing_dates([e], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "before")


def test_a_letter_told_as_sent_after_an_arrival_keeps_its_telling_day():
    text = "市长9日在市政厅宣布,丙市捐赠的手套已于前一天运抵。\n\n市长表示,她已致函丙市市长表达感谢。"
    sentence = "市长表示,她已致函丙市市长表达感谢"
    e = _message(text, sentence).model_copy(update={"date": DateRef(value="2020-05-09", qualifier="before")})
    (e,) = fill_missing_dates([e], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-09", "before")


def _tally(text: str, sentence: str, date: DateRef | None = None) -> Event:
    a = text.index(sentence)
    return Event(type="aggregate", date=date, evidence=sentence, evidence_span=(a, a + len(sentence)),
                 **{"from": [], "to": []})


def test_a_tally_told_without_a_time_stands_on_the_page_date():
    text = "5月3日,丁市市长致信丙市市长表示慰问。\n疫情期间,丙市累计接收了来自14个友城的22批捐赠物资。"
    sentence = "疫情期间,丙市累计接收了来自14个友城的22批捐赠物资"
    (e,) = fill_missing_dates([_tally(text, sentence, DateRef(value="2020-05-03", qualifier="on"))], _clean(text),
                              stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "as_of")
    # the day of one part (其中…) is not the total's; a next tally after ";" has its own time
    text = "据统计,丙市共收到友城捐赠手套8.1万副,其中丁市捐赠的1万副于3月14日运抵;4月以来,丙市已回赠口罩6万只。"
    sentence = "丙市共收到友城捐赠手套8.1万副"
    (e,) = fill_missing_dates([_tally(text, sentence, DateRef(value="2020-03-14", qualifier="on"))], _clean(text),
                              stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "as_of")


def test_a_tally_with_its_own_time_keeps_it():
    text = "截至5月8日,丙市累计接收友城捐赠手套8.1万副。"
    sentence = "丙市累计接收友城捐赠手套8.1万副"
    (e,) = fill_missing_dates([_tally(text, sentence, DateRef(value="2020-05-08", qualifier="as_of"))], _clean(text),
                              stated_dates(text, ANCHOR), ANCHOR)
    assert e.date.value == "2020-05-08"
    text = "3月下旬,丙市累计接收友城捐赠手套8.1万副。"
    (e,) = fill_missing_dates([_tally(text, sentence, DateRef(value="2020-03", qualifier="approx"))], _clean(text),
                              stated_dates(text, ANCHOR), ANCHOR)
    assert e.date.value == "2020-03"


def test_the_writers_own_thanks_without_a_leading_hereby_are_dated_by_the_page():
    for words in ("丁州政府谨借此向甲市政府致以由衷谢意", "本办事处谨代表丁州政府,对甲市政府致以真挚谢意"):
        text = "4日,甲市赠给丁州的额温枪运抵。\n" + words + "!"
        (e,) = fill_missing_dates([_message(text, words)], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
        assert (e.date.value, e.date.qualifier) == ("2020-05-12", "before")


def test_a_thanks_letter_told_without_a_day_is_dated_by_the_page():
    text = "5月3日,甲市赠送的护目镜运抵戊市。5月6日,甲市卫健委与己市医生视频连线。\n戊市政府还给甲市寄去了感谢函。"
    words = "戊市政府还给甲市寄去了感谢函"
    (e,) = fill_missing_dates([_message(text, words)], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "before")


def test_a_thanks_letter_read_out_at_the_handover_keeps_the_handover_day():
    text = "5月3日,甲市赠送的护目镜在戊市举行交接。戊市市长当场宣读了致甲市的感谢信。"
    words = "戊市市长当场宣读了致甲市的感谢信"
    (e,) = fill_missing_dates([_message(text, words)], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert e.date.value == "2020-05-03"


def test_an_act_against_the_story_time_after_a_recollection_takes_the_story_day():
    text = "5月8日,甲市赠给戊市的手套启运。\n今年3月,戊市曾向甲市寄来额温枪300支。\n甲市此前还向戊市寄送过一批防护服。"
    words = "甲市此前还向戊市寄送过一批防护服"
    (e,) = fill_missing_dates([_event(text, words)], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-08", "before")


def test_an_act_continuing_a_recollection_keeps_its_time():
    text = "5月8日,甲市赠给戊市的手套启运。\n今年3月,戊市曾向甲市寄来额温枪300支。\n戊市红十字会也向甲市赠送了消毒液。"
    words = "戊市红十字会也向甲市赠送了消毒液"
    (e,) = fill_missing_dates([_event(text, words)], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert e.date.value == "2020-03"


def test_a_tally_on_a_review_of_the_past_year_is_of_that_year():
    anchor = dt.date(2022, 2, 10)
    text = ("丙市友协2021年工作回顾\n（2022年2月10日）\n2021年,丙市友协积极开展对外交往。"
            "丙市全年先后向8个国家的15个友城赠送口罩等物资共计31万余件。")
    sentence = "丙市全年先后向8个国家的15个友城赠送口罩等物资共计31万余件"
    (e,) = fill_missing_dates([_tally(text, sentence)], _clean(text), stated_dates(text, anchor), anchor)
    assert (e.date.value, e.date.qualifier) == ("2021", "approx")
    # a page of the same year, or one that tells a day of its own year first, keeps the page's day
    text2 = text.replace("2021年,丙市友协", "2022年1月5日,丙市友协")
    (e,) = fill_missing_dates([_tally(text2, sentence)], _clean(text2), stated_dates(text2, anchor), anchor)
    assert (e.date.value, e.date.qualifier) == ("2022-02-10", "as_of")
    late = dt.date(2022, 7, 10)
    (e,) = fill_missing_dates([_tally(text, sentence)], _clean(text), stated_dates(text, late), late)
    assert (e.date.value, e.date.qualifier) == ("2022-07-10", "as_of")


def test_thanks_sent_after_the_goods_were_received_take_the_page_date():
    # the receipt told in the thanks' own sentence
    text = "5月6日,丙市起运手套3万副。\n丁市市长收到丙市捐赠的手套后,致函丙市市长表示感谢。"
    sentence = "丁市市长收到丙市捐赠的手套后,致函丙市市长表示感谢"
    e = _message(text, sentence).model_copy(update={"date": DateRef(value="2020-05-06", qualifier="on")})
    (e,) = fill_missing_dates([e], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "before")
    # a call of thanks after an arrival told by month
    text = "4月下旬,丙市捐赠的2万副手套经口岸运抵丁市。丁市市长致电丙市负责人表示感谢。"
    sentence = "丁市市长致电丙市负责人表示感谢"
    e = _message(text, sentence).model_copy(update={"date": DateRef(value="2020-04", qualifier="approx")})
    (e,) = fill_missing_dates([e], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert (e.date.value, e.date.qualifier) == ("2020-05-12", "before")
    # a day of the receipt told in the sentence keeps it
    text = "丁市市长5月9日收到丙市捐赠的手套后,致函丙市市长表示感谢。"
    sentence = "丁市市长5月9日收到丙市捐赠的手套后,致函丙市市长表示感谢"
    e = _message(text, sentence).model_copy(update={"date": DateRef(value="2020-05-09", qualifier="on")})
    (e,) = fill_missing_dates([e], _clean(text), stated_dates(text, ANCHOR), ANCHOR)
    assert e.date.value == "2020-05-09"
