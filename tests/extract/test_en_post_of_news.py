""""The X government posted on its official WeChat account that a gift of N masks from Y reached the city": a post
that tells news (the gift, read by its own verb) is no message; a post with words of thanks is one."""
from tests.extract.en_helpers import page_events


def _types(body):
    return sorted(e["type"] for e in page_events(body, "WUXI, Feb 20 --"))


def test_post_telling_the_gift_arrived_is_no_message():
    assert "message" not in _types("The Wuxi municipal government posted on its official WeChat account that "
                                   "5,000 masks donated by Hamilton in New Zealand reached the city on Friday.")


def test_post_of_thanks_is_a_message():
    assert "message" in _types("Wuxi's foreign affairs office posted on its Weibo account that the city was "
                               "grateful to Hamilton for its support.")
