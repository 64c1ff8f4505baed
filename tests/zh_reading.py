"""The Chinese event reader as the rule tests call it: one page of text -> its deduplicated events.

Shared by the tests of Chinese constructions (clause frames, gift phrases, Taiwan/HK forms), so each
test file states sentences and expectations only.
"""
from datetime import date

from cityaid.clean import clean_text
from cityaid.extract.dedupe import dedupe
from cityaid.extract.events import extract_events
from cityaid.resolve import resolve_name

ANCHOR = date(2020, 4, 30)


def events(text: str, publisher: str | None = None):
    """The events of ``text`` (published by ``publisher``, a place name, if given) as of :data:`ANCHOR`."""
    pub = resolve_name(publisher) if publisher else None
    return dedupe(extract_events(clean_text(text), text, publisher=pub, anchor=ANCHOR))


def keys(actors):
    return sorted(a.key for a in actors)
