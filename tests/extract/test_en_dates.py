"""English dates resolved against the document date (own fixtures)."""
import datetime as dt

from cityaid.extract.en_dates import SAME_DAY, find_dateline_en, find_dates_en

ANCHOR = dt.date(2020, 4, 17)  # a Friday


def _d(text):
    return [(d.value, d.qualifier) for d in find_dates_en(text, ANCHOR)]


def test_explicit_days():
    assert _d("on April 14, 2020") == [("2020-04-14", "on")]
    assert _d("arrived on 9 April") == [("2020-04-09", "on")]
    assert _d("On Feb. 21 the city") == [("2020-02-21", "on")]
    assert _d("on Tuesday, April 14") == [("2020-04-14", "on")]


def test_weekdays_resolve_backwards_from_anchor():
    assert _d("on Wednesday") == [("2020-04-15", "on")]
    assert _d("said Friday") == [("2020-04-17", "on")]
    assert _d("last Friday") == [("2020-04-10", "on")]


def test_vague_and_qualified():
    assert _d("in early February") == [("2020-02", "approx")]
    assert _d("late March") == [("2020-03", "approx")]
    assert _d("as of May 26") == [("2020-05-26", "as_of")]
    assert _d("recently") == [("2020-04-17", "before")]
    assert _d("last week") == [("2020-04-17", "before")]
    assert _d("the same day") == [(SAME_DAY, "on")]
    assert _d("March Madness") == []


def test_datelines():
    assert find_dateline_en("FRESNO, Calif. (April 2, 2020) — text") == dt.date(2020, 4, 2)
    assert find_dateline_en("Updated: 14 May 2020\nbody") == dt.date(2020, 5, 14)
    assert find_dateline_en("KUNMING, June 3 -- body") == dt.date(2020, 6, 3)


def test_years_left_out():
    assert _d("landed in Lima on July 3 last year") == [("2019-07-03", "on")]
    assert _d("in November of 2019") == [("2019-11", "approx")]
    later = dt.date(2021, 1, 20)
    assert [(d.value, d.qualifier) for d in find_dates_en("handed over on Oct. 9", later)] == [("2020-10-09", "on")]
    assert [(d.value, d.qualifier) for d in find_dates_en("arrived on Feb. 9", later)] == [("2021-02-09", "on")]


def test_wire_datelines_in_mixed_case():
    assert find_dateline_en("Headline\n\nLisbon, May 4 (Lusa) -- text") == dt.date(2020, 5, 4)
    assert find_dateline_en("ROME/MILAN, March 9 -- text") == dt.date(2020, 3, 9)


def test_days_counted_from_the_last_day_named():
    assert _d("The team landed on April 3. The next day it met doctors") == [
        ("2020-04-03", "on"), ("2020-04-04", "on")]
    assert _d("the following day") == []  # no day named before


def test_this_week_month_year():
    assert _d("earlier this month") == [("2020-04-17", "before")]
    assert _d("masks arrived this week") == [("2020-04-17", "before")]
    assert _d("earlier this year") == [("2020", "approx")]
    assert _d("last weekend") == [("2020-04-17", "before")]


def test_page_date_prefers_page_furniture_to_the_story():
    text = "Title\nBy Staff | 02 June 2020\n\nOn May 28, 2020, the council thanked its partner city for the masks it sent."
    assert find_dateline_en(text) == dt.date(2020, 6, 2)
    wire = "Title\n\nRIGA, May 5 (Agency) -- Officials said on May 4, 2021, that the city had received masks."
    assert find_dateline_en(wire) == dt.date(2021, 5, 5)


def test_years_and_the_time_last_named():
    assert _d("at the start of 2020, officials asked for help") == [("2020", "approx")]
    assert _d("In early 2021, the city") == [("2021", "approx")]
    assert _d("the partnership signed in 1987") == []
    assert _d("she sent a message at the time") == [(SAME_DAY, "on")]


def test_day_of_month():
    assert _d("on the 12th of April") == [("2020-04-12", "on")]


def test_wire_dateline_takes_the_year_of_the_page_address():
    assert find_dateline_en("Title\n\nOSLO, Jan. 8 (Agency) -- text", url="https://example.org/2021/01/08/story") == \
        dt.date(2021, 1, 8)


def test_capitalised_last_month_at_sentence_start():
    import datetime as _dt
    from cityaid.extract.en_dates import find_dates_en
    got = [d.value for d in find_dates_en("Last month the council sent gloves to Yantai.", _dt.date(2020, 7, 14))]
    assert got == ["2020-06"]


def test_days_counted_from_the_page_or_the_last_day_named():
    # ANCHOR is Friday 2020-04-17
    assert _d("Four days ago the gloves came") == [("2020-04-13", "on")]
    assert _d("a week ago") == [("2020-04-10", "approx")]
    assert _d("a few days ago") == [("2020-04-17", "before")]
    assert _d("left Xiamen on April 3 and reached Cebu two days later") == [
        ("2020-04-03", "on"), ("2020-04-05", "on")]
    assert _d("on March 30. A few days earlier") == [("2020-03-30", "on"), ("2020-03-30", "before")]
    assert _d("two days later") == []  # no day named to count from
    # a vague count on from the day named: that day's month (not the page's day)
    assert _d("reached Cebu on April 9. A few days later") == [("2020-04-09", "on"), ("2020-04", "approx")]
    assert _d("reached Cebu on March 28. Several days later") == [("2020-03-28", "on")]  # may cross the month


def test_weekday_of_last_week_and_the_weekend():
    assert _d("on Wednesday last week") == [("2020-04-08", "on")]
    assert _d("This past Tuesday") == [("2020-04-14", "on")]
    assert _d("Over the weekend, the masks") == [("2020-04-17", "before")]


def test_a_day_alone_takes_the_month_of_the_last_day_named():
    assert _d("on March 2, and the gowns on the 9th") == [("2020-03-02", "on"), ("2020-03-09", "on")]
    assert _d("arrived on the 15th") == [("2020-04-15", "on")]
    assert _d("the 15th of March") == [("2020-03-15", "on")]


def test_the_day_named_dates_the_act_not_a_day_counted_from_it():
    from cityaid.extract.en_dates import event_date_en
    text = "The gloves left Xiamen on April 3 and reached Cebu three days later."
    dates = find_dates_en(text, ANCHOR)
    assert event_date_en(text, dates, 0, len(text), text.index("reached")) == ("2020-04-03", "on")
    alone = "The gloves reached Cebu three days later."
    assert event_date_en(alone, [], 0, len(alone), 11) is None


def test_a_gift_named_again_by_what_it_is_dates_it():
    """The paragraph after the gift names it as 'the equipment' / 'the boxes' and gives its day."""
    from cityaid.extract.undated import fill_missing_dates, stated_dates
    from cityaid.model import CleanText, Event
    for second in ("The equipment, bought by the prefecture, reached the depot on Tuesday 14 April.",
                   "The boxes cleared customs in Oslo on April 14 and went to clinics."):
        text = "Posted on 16 April 2020\n\nDarwin has received 8,000 gloves from its twin city of Haikou.\n\n" + second
        sentence = "Darwin has received 8,000 gloves from its twin city of Haikou"
        a = text.index(sentence)
        event = Event(type="donation", date=None, evidence=sentence, evidence_span=(a, a + len(sentence)),
                      **{"from": [], "to": []})
        clean = CleanText(text=text, offsets=list(range(len(text))), surface=text)
        (e,) = fill_missing_dates([event], clean, stated_dates(text, ANCHOR, [(0, len(text))]), ANCHOR)
        assert e.date.value == "2020-04-14"


def test_numeric_month_day_after_a_preposition():
    assert _d("the gloves reached the depot on 3/28.") == [("2020-03-28", "on")]
    assert _d("delivered on 28/3 to the clinic") == [("2020-03-28", "on")]
    assert _d("a 2/3 majority voted") == []


def test_running_totals_so_far():
    assert _d("So far, the county has shipped 9,000 gowns") == [("2020-04-17", "as_of")]
    assert _d("the most it has given to date") == [("2020-04-17", "as_of")]
    assert _d("an up to date list") == []


def test_all_caps_byline_date():
    assert find_dateline_en("The Courier\nBY A WRITER\nMARCH 9, 2020 06:30 PM\n\nBody on Monday.") == dt.date(2020, 3, 9)


def test_at_the_time_is_the_day_named_in_the_segment():
    from cityaid.extract.en_dates import event_date_en
    text = "In March, the town had mailed 800 gowns to Ulsan, a gesture much praised at the time."
    dates = find_dates_en(text, ANCHOR)
    assert event_date_en(text, dates, 0, len(text), text.index("mailed"), ("2020-04-17", "before")) == ("2020-03", "approx")


def test_a_preposition_inside_a_word_does_not_swallow_the_date():
    assert _d("The Harbin Administration yesterday accepted the crates") == [("2020-04-16", "on")]
    assert _d("Kuwait on Monday") == [("2020-04-13", "on")]


def test_capitalised_on_the_nth():
    assert _d("On the 9th, the governor wrote to Lyon") == [("2020-04-09", "on")]


def test_vietnamese_style_update_line():
    assert find_dateline_en("Headline\n\nUpdate: May, 03/2020 - 10:12\n\nHANOI - body") == dt.date(2020, 5, 3)


def test_a_month_yields_to_a_day_inside_it():
    from cityaid.extract.en_dates import event_date_en
    text = "Gyeonggi set aside 5 million won last month for Liaoning, wiring the money on March 3."
    dates = find_dates_en(text, ANCHOR)
    assert event_date_en(text, dates, 0, len(text), text.index("set aside")) == ("2020-03-03", "on")


def test_published_wins_over_updated():
    assert find_dateline_en("Headline\nUpdated: May 9, 2020\nPublished: May 2, 2020\nText.") == dt.date(2020, 5, 2)
    assert find_dateline_en("Headline\nUpdated May 9, 2020\nText.") == dt.date(2020, 5, 9)


def test_a_read_also_list_does_not_date_the_page():
    assert find_dateline_en("Headline\nGloves reached Vaasa on Monday.\n\nRead also:\n- Ferries resume (June 3, 2019)\n") is None


def test_a_running_total_stands_on_the_day_it_was_told():
    from cityaid.extract.en_dates import event_date_en
    text = ("Tianjin has shipped protective gear to 17 partner cities, the municipal foreign affairs office said "
            "on Wednesday, with 600,000 gloves sent so far.")
    dates = find_dates_en(text, ANCHOR)
    t0 = text.index("shipped")
    assert event_date_en(text, dates, 0, len(text), t0, prefer_as_of=True) == ("2020-04-15", "as_of")


def test_a_day_in_a_clause_hung_on_the_act_tells_the_other_act():
    from cityaid.extract.en_dates import event_date_en
    text = ("Gansu has donated 30,000 gloves to Akita, repaying the prefecture for goggles it shipped in January, "
            "the prefectural office said Wednesday.")
    dates = find_dates_en(text, ANCHOR)
    assert event_date_en(text, dates, 0, len(text), text.index("donated")) == ("2020-04-15", "before")
    text = "Gansu has donated 30,000 gloves to Akita, which had sent goggles to Gansu in January."
    assert event_date_en(text, find_dates_en(text, ANCHOR), 0, len(text), text.index("donated")) is None
    # a clause about the goods themselves still dates them
    text = "Akita has welcomed 30,000 gloves from Gansu, which arrived at the port on Monday."
    assert event_date_en(text, find_dates_en(text, ANCHOR), 0, len(text), text.index("welcomed")) == ("2020-04-13", "on")


def test_a_day_written_right_before_the_verb_is_the_acts_own():
    from cityaid.extract.en_dates import event_date_en
    text = "Governor Ruiz yesterday thanked Wuxi for 9,000 gowns that landed in Lyon on Sunday."
    dates = find_dates_en(text, ANCHOR)
    assert event_date_en(text, dates, 0, len(text), text.index("thanked")) == ("2020-04-16", "on")
    # a month that opens the sentence still yields to the day told after the verb
    text = "In April, Wuxi sent 9,000 gowns that landed in Lyon on Sunday."
    assert event_date_en(text, find_dates_en(text, ANCHOR), 0, len(text), text.index("sent"))[0] == "2020-04-12"
