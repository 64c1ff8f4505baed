"""resolve step of the cityaid pipeline: actors (places and bodies) named in a text."""
from .actors import (
    PRONOUN_RE,
    ActorMention,
    find_actors,
    person_suffix_span,
    pronoun_actor,
    publisher_place,
    resolve_name,
)
from .gazetteer import gazetteer

__all__ = [
    "ActorMention",
    "PRONOUN_RE",
    "find_actors",
    "gazetteer",
    "person_suffix_span",
    "pronoun_actor",
    "publisher_place",
    "resolve_name",
]
