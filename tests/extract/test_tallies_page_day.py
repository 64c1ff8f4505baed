"""A tally told without a day of its own stands as of the page's day (sentences written for these tests).

* 目前X已向… / X先后组织… / 全年…: the running total of the page's "now", not the day of the act told before it;
* on a page without its own date, that "now" is the day its other tally stands on (截至…), not the last act's;
* an English tally ("Over the year it sent …", "Its doctors also held 17 video calls") likewise.
"""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _aggregates(paragraphs: list[str], published: str | None):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paragraphs), published=published)
    return [(e.evidence[:8], e.date.value if e.date else None, e.date.qualifier if e.date else None)
            for e in extract_document(doc).events if e.type == "aggregate"]


def test_currently_tally_takes_the_page_day():
    got = _aggregates(["2月间，汉堡市向宁波市寄来口罩2万只。",
                       "目前绍兴已向12个国家19个友城寄送防疫物资。"], "2020-04-16")
    assert any(v == "2020-04-16" and q == "as_of" for _t, v, q in got), got


def test_undated_page_tally_takes_the_day_of_its_other_tally():
    got = _aggregates(["截至6月3日，我省已向25个国家的40个友好省州捐赠口罩共计90余万只。",
                       "此外，省卫健委先后组织专家与20多个国家的卫生部门举行视频会议30余场。",
                       "5月19日，温州市卫健委与米兰市卫生部门举行视频会议。"], None)
    assert [v for _t, v, _q in got] == ["2020-06-03", "2020-06-03"], got


def test_english_tally_without_a_day_is_as_of_the_page():
    got = _aggregates(["Hebei donated 20,000 masks to its sister state of Iowa in March.",
                       "Over the year the province sent supplies to 58 partner cities in 21 countries, officials said.",
                       "Its doctors also held 17 video calls with foreign colleagues."], "2020-11-30")
    assert got and all(v == "2020-11-30" for _t, v, _q in got), got


def _messages(paragraphs: list[str], published: str):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paragraphs), published=published)
    return [e.date.value if e.date else None for e in extract_document(doc).events if e.type == "message"]


def test_thanks_said_at_the_video_meeting_take_its_day():
    got = _messages(["5月6日，杭州市卫健委专家与意大利佛罗伦萨市卫生官员举行视频会议，交流重症救治经验。",
                     "此前，杭州捐赠的3万只口罩已于4月下旬运抵佛罗伦萨。佛罗伦萨市长在视频会议上对杭州的帮助表示感谢。"],
                    "2020-05-08")
    assert got == ["2020-05-06"], got


def test_an_act_told_after_a_past_perfect_recollection_is_of_the_story_day():
    doc = Document(doc_id="t", content_hash="x", published="2020-04-12", text="\n\n".join([
        "A team of eight Chinese doctors landed in Skopje on Friday evening.",
        "The prime minister had said on March 30 that his government had written to Beijing asking for help.",
        "The plane brought 9 tonnes of medical supplies, including 40,000 masks, provided by the Chinese government."]))
    got = [(e.type, e.date.value if e.date else None) for e in extract_document(doc).events if e.type == "donation"]
    assert got == [("donation", "2020-04-10")], got
