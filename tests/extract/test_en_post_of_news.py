""""X's office posted on its Weibo account that N masks donated by Y had arrived": a post that tells news (the
gift, read by its own verb) is no message; a post with words of thanks is one."""
from tests.extract.en_helpers import page_events


def _types(body):
    return sorted(e["type"] for e in page_events(body, "WUXI, Feb 20 --"))


def test_post_telling_the_gift_arrived_is_no_message():
    assert _types("First, Wuxi's foreign affairs office posted on its Weibo account that 5,000 masks donated by "
                  "Hamilton, Wuxi's sister city in New Zealand, had arrived on Sunday.") == ["donation"]


def test_post_of_thanks_is_a_message():
    assert "message" in _types("Wuxi's foreign affairs office posted on its Weibo account that the city was "
                               "grateful to Hamilton for its support.")
