"""Chinese: a letter that goes along with a gift (…,并致信表示感谢) with no addressee named is to the gift's receiver."""
from zh_reading import events  # noqa: F401 - the shared reader


def _acts(text):
    return sorted((e.type, e.from_[0].key, e.to[0].key) for e in events(text))


def test_a_letter_of_thanks_sent_along_with_a_return_gift():
    assert _acts("湖南省向日本滋贺县回赠了3万只口罩，并致信表示感谢。") == [
        ("donation", "CN/Hunan", "JP/Shiga"), ("message", "CN/Hunan", "JP/Shiga")]


def test_a_letter_sent_at_the_same_time_as_a_gift():
    assert _acts("湖南省向日本滋贺县捐赠了3万只口罩，同时致函表达慰问。") == [
        ("donation", "CN/Hunan", "JP/Shiga"), ("message", "CN/Hunan", "JP/Shiga")]
