"""Chinese meetings with the partners at large, those taking part named apart (sentences written for these tests)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_partners_that_sent_delegates_are_named_after_the_meeting():
    [e] = events("22日，天津市政府同全球友城首次召开大型视频会议，40名代表来自15个国家的18个城市，"
                 "东京、柏林、罗马、开罗等城市均派员参加。")
    assert e.type == "consultation" and keys(e.from_) == ["CN/Tianjin"]
    assert sorted(keys(e.to)) == ["DE/Berlin", "EG/Cairo", "IT/Rome", "JP/Tokyo"]


def test_partners_among_those_present():
    [e] = events("天津市政府4月22日首次和全球友城举行大型视频会议，15个国家18个城市的40名代表与会，"
                 "东京、柏林、罗马、开罗等城市均在其列。")
    assert e.type == "consultation" and keys(e.from_) == ["CN/Tianjin"] and len(e.to) == 4


def test_partners_delegates_meet_the_home_city():
    [e] = events("22日，东京、柏林、罗马、开罗等15个国家18个城市的40位代表与天津市政府举行视频会议。")
    assert e.type == "consultation" and keys(e.from_) == ["CN/Tianjin"]
    assert sorted(keys(e.to)) == ["DE/Berlin", "EG/Cairo", "IT/Rome", "JP/Tokyo"]


def test_delegates_of_places_told_in_the_next_sentence():
    es = events("7月9日下午，湖南省与俄罗斯乌拉尔联邦区通过视频连线开展疫情防控交流。"
                "俄方斯维尔德洛夫斯克州、车里雅宾斯克州、秋明州等地区的30余名医生和卫生官员参会。")
    [e] = [x for x in es if x.type == "consultation"]
    assert keys(e.from_) == ["CN/Hunan"] and len(e.to) >= 3


def test_cohost_abroad_with_the_places_taking_part():
    es = events("这场视频交流会由湖南省与俄罗斯乌拉尔联邦区共同举办，参会俄方地区包括斯维尔德洛夫斯克州、车里雅宾斯克州和秋明州等。")
    [e] = [x for x in es if x.type == "consultation"]
    assert keys(e.from_) == ["CN/Hunan"] and len(e.to) >= 3
