"""Parses written out word by word, for rules that must hold whatever the model does with
a sentence today (the small model's misreadings, kept as they were seen)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(frozen=True)
class Word:
    text: str
    pos: str
    tag: str
    dep: str
    head: int  # index of the head word
    ent: str = "O"  # IOB entity label, e.g. "B-PERSON"
    lemma: str = ""


def parse(words: list[Word]) -> Doc:
    import spacy

    return Doc(
        spacy.blank("en").vocab,
        words=[w.text for w in words],
        pos=[w.pos for w in words],
        tags=[w.tag for w in words],
        deps=[w.dep for w in words],
        heads=[w.head for w in words],
        ents=[w.ent for w in words],
        lemmas=[w.lemma or w.text.lower() for w in words],
    )


def speaker_of(words: list[Word], cue: int) -> str | None:
    """The speaker token subjects.find_speaker_token finds for the cue at that index."""
    from reader.quotes.subjects import find_speaker_token

    token = find_speaker_token(parse(words)[cue])
    return token.text if token is not None else None
