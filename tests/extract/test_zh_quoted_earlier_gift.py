"""A letter quoted over several sentences that recalls the writer's side's own earlier gift (…。今年1月,甲曾向乙
送去一批口罩,如今乙…), on sentences written for these tests (other places, other figures): the gift told as done
(曾 before 向) between the two named parties is a fact, dated by the month the quoted sentence names."""
from zh_reading import events, keys  # noqa: F401 - the shared reader

PAGE = ("3月18日，韩国大田市市长致信南宁市市长，感谢南宁的帮助。\n\n"
        "市长在信中写道：“南宁市向我们捐赠了3万只口罩，大田市民铭记于心。今年1月，大田曾向南宁送去一批手套，"
        "如今南宁以同样的善意回报了我们。”")


def test_earlier_gift_in_a_later_quoted_sentence():
    es = events(PAGE)
    back = [e for e in es if e.type == "donation" and keys(e.from_) == ["KR/Daejeon"]]
    assert [keys(e.to) for e in back] == [["CN/Nanning"]]
    assert back[0].date.value == "2020-01"


def test_a_plan_in_a_later_quoted_sentence_is_no_gift():
    es = events("3月18日，韩国大田市市长致信南宁市市长，感谢南宁的帮助。\n\n"
                "市长在信中写道：“南宁市的善意大田市民铭记于心。下月，大田将向南宁送去一批手套。”")
    assert not [e for e in es if e.type == "donation" and keys(e.from_) == ["KR/Daejeon"]]


def test_speaker_recalls_an_earlier_message():
    es = events("4月6日，兰州市向友城秋田市捐赠口罩5万只。\n\n"
                "秋田市长说，今年初兰州最困难的时候，秋田市曾向兰州市表达慰问，如今兰州以行动回应了这份心意。")
    back = [e for e in es if e.type == "message" and keys(e.from_) == ["JP/Akita"]]
    assert [keys(e.to) for e in back] == [["CN/Lanzhou"]]


def test_speaker_planning_a_message_is_none():
    es = events("4月6日，兰州市向友城秋田市捐赠口罩5万只。\n\n"
                "秋田市长说，秋田将向兰州表达谢意。")
    assert not [e for e in es if e.type == "message" and keys(e.from_) == ["JP/Akita"] and e.date
                and e.date.value.startswith("2020-01")]
