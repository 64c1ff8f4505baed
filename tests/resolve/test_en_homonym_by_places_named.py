"""English: a name shared by towns of several countries is read as the one of the country whose other places
the page names most (a Canadian province in a story naming Canadian towns, though it names the United States once)."""
from cityaid.resolve.english import find_actors_en


def test_homonym_follows_the_places_named():
    text = ("Ontario has received 200,000 gloves from Guangdong, its partner province in China, officials said in "
            "Ottawa. The gloves went to a warehouse in Mississauga and to clinics in Brampton, Markham and Oshawa. "
            "Orders "
            "placed with firms in the United States are still held up.")
    keys = [m.key for m in find_actors_en(text) if m.surface == "Ontario"]
    assert keys == ["CA/Ontario"]
