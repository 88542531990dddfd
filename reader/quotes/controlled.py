"""Who speaks through an infinitive whose verb has an object: `The timing led critics to say
that the council was hiding the report` is what the critics say, not the timing.

English gives the infinitive after `lead X to`, `prompt X to`, `ask X to` the object as its
subject (object control). A verb of that kind (controllers.json `verbs`) with an object
that can speak, between it and the infinitive, names the speaker of a cue in the
infinitive (the cue is a verb of saying or thinking, so the object is made to say or think
it). Not a verb of purpose (`Ruiz called reporters to say ...`: Ruiz says it), and
not an object that names no one (`That led it to say ...`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from reader.quotes.lexicon import read_json

_NOT_SPEAKERS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
# The parser labels the infinitive after an object either way: `drove the board to admit`.
_INFINITIVE_DEPS = frozenset({"xcomp", "advcl"})
_NO_ONE = frozenset({"it", "this", "that", "these", "those", "something", "nothing"})


@cache
def _controllers() -> frozenset[str]:
    return frozenset(read_json("controllers.json")["verbs"])


def object_controller(verb: Token) -> Token | None:
    """The object of the verb `verb`'s infinitive completes, when that object is who does
    what the infinitive says (`led critics to say`: "critics"); else None."""
    if verb.dep_ not in _INFINITIVE_DEPS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if head.lemma_.lower() not in _controllers() or head.i > verb.i:
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i), None)
    return obj if obj is not None and _can_speak(obj) else None


def _can_speak(token: Token) -> bool:
    """Someone or something made to say it: a name, a noun, a personal pronoun; not `it`,
    `this` or a date."""
    if token.lower_ in _NO_ONE or token.ent_type_ in _NOT_SPEAKERS:
        return False
    return token.pos_ in ("NOUN", "PROPN", "PRON")
