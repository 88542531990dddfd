"""Whether a verb's object names someone or a topic.

Some verbs take either a listener or a person and a subject of talk: `addressed the
delegates` / `addressed the fact that ...`, `identified the victim` / `identified the flaws
in the bid`, `remembered her grandmother` / `remembered the lessons of the war`. Only the
topic is something said or thought about (objects.json `topic` frame); a person, a group
or an organisation is who is spoken to or of.
"""

from __future__ import annotations

from spacy.tokens import Token

from reader.quotes.lexicon import people

_PEOPLE_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def names_someone(obj: Token) -> bool:
    """The object is a person, a group or an organisation (a name, a pronoun, or a noun of
    people: `the delegates`, `the mayor`, `the crowd of supporters`)."""
    head = _head_of_share(obj)
    low, lemma = head.lower_, head.lemma_.lower()
    if lemma in _SHARES:
        return False  # "addressed some of the proposals": a share of a topic
    if head.pos_ == "PRON" or head.ent_type_ in _PEOPLE_ENTS:
        return True
    if people().names_people(low, lemma):
        return True
    return lemma in _LISTENERS


def _head_of_share(obj: Token) -> Token:
    """`some of the delegates`, `a crowd of supporters`: the people a share or a group is
    of."""
    if obj.lemma_.lower() not in _SHARES and obj.pos_ not in ("NUM", "PRON", "DET"):
        return obj
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return counted if counted is not None else obj


# Nouns of an audience or of people the lexicon's role and group nouns leave out.
_LISTENERS = frozenset(
    {
        "audience", "crowd", "convention", "conference", "rally", "nation", "country",
        "public", "press", "reporter", "journalist", "supporter", "delegate", "student",
        "graduate", "congregation", "assembly", "gathering", "meeting", "group", "family",
        "victim", "suspect", "man", "woman", "child", "person", "body", "friend", "donor",
        "fan", "member", "employee", "staff", "team", "crew", "class", "jury",
    }
)  # fmt: skip
_SHARES = frozenset({"some", "many", "most", "all", "crowd", "group", "few", "none", "one"})
