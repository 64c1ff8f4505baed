"""A place set up as the topic of what follows (X方面,) owns the bare government right after it
(市政府…证实), whichever city publishes the page. Own sentences."""
from tests.extract.page_helpers import page_sides


def test_topic_city_owns_the_bare_city_government():
    sides = page_sides("里昂方面，市政府周二宣布，已经收到友城广州赠送的6万只外科口罩和4000件隔离衣。",
                       title="友城情深：温州口罩抵达波尔多　广州物资驰援里昂")
    assert sides == [("donation", ["CN/Guangzhou"], ["FR/Lyon"])]
