"""Thanks for a gift told as given to the speaker's side (对A向B提供的物资表示感谢): B thanks A."""
from tests.extract.test_events import events, keys


def messages(text, pub=None):
    return [e for e in events(text, pub) if e.type == "message"]


def test_thanks_for_aid_given_to_the_speakers_country():
    [e] = messages("自民党议员某某致辞时，对中国政府和民间近来向日本提供的大批援助物资表示感谢。")
    assert keys(e.from_) == ["JP"] and keys(e.to) == ["CN"]


def test_thanks_for_masks_given_to_the_speakers_prefecture():
    [e] = messages("静冈县知事在仪式上对中国政府向静冈县捐赠的口罩表示感谢。")
    assert keys(e.from_) == ["JP/Shizuoka"] and keys(e.to) == ["CN"]
