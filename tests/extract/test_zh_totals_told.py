"""Chinese: totals told by a statistics cue (据统计，甲已向A、B等国家捐赠…逾N只) and a giver's own total in its
reported words, the giver opening the clause before the one with the gift (X表示，市府已经由Y协助，向A、B等N个
姊妹市捐出…).  Own sentences."""
from zh_reading import events, keys


def test_a_count_by_statistics_over_countries_is_a_total():
    [e] = [e for e in events("据统计，苏州已向德国、荷兰、波兰等国家捐赠口罩逾60万只。") if e.type == "aggregate"]
    assert keys(e.from_) == ["CN/Suzhou"] and keys(e.to) == ["DE", "NL", "PL"]


def test_a_total_in_the_givers_reported_words():
    evs = events("高雄市政府昨天表示，市府已经由外交部协助，向美国檀香山市、日本熊本市等6个姊妹市捐出口罩共12万片。")
    [e] = [e for e in evs if e.type == "aggregate"]
    assert keys(e.from_) == ["TW/Kaohsiung"]
    assert keys(e.to) == ["JP/Kumamoto", "US/Honolulu"]
