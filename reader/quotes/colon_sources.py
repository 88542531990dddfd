"""Outlets, polls and camps that open a headline with a colon (`Daily Courier: ...`).

A headline may credit its words to an outlet or a body rather than a person: `Poll: Rossi
Leads by Ten`, `Harbour Herald: Port Deal Is Dead`, `Rossi camp: The plan threatens jobs`.
Only a line's opening counts (never a colon inside running text), and only a name that is
plainly a source: the parser's organisation, a title-case name ending in an outlet word
(`Herald`, `Times`, `News`), or a source noun (`poll`, `camp`, the people.json groups).
Labels (`Exclusive:`, `Update:`, `Watch:`) are none of these.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from reader.quotes.lexicon import cues, people

_MAX_TOKENS = 6
_JOINERS = frozenset({"-", "–", "&", "'s", "’s", "."})


def names_a_source(name: SpacySpan, start: int, text: str) -> bool:
    """Whether `name`, ending at a colon and starting at offset `start` of the document
    `text`, is an outlet or body opening its line."""
    if not 1 <= len(name) <= _MAX_TOKENS or not _opens_line(start, text):
        return False
    words = [t for t in name if t.text not in _JOINERS]
    if not words or not all(t.pos_ in ("PROPN", "NOUN", "ADJ") for t in words):
        return False
    if all(t.ent_type_ == "ORG" for t in words):
        return True
    last = words[-1].lower_
    vocabulary = cues()
    if last in vocabulary.source_nouns or last in people().group_nouns:
        return True
    titled = all(t.is_title or t.is_upper for t in words)
    return titled and any(t.lower_ in vocabulary.outlet_words for t in words)


def _opens_line(start: int, text: str) -> bool:
    if not text or start > len(text):
        return False
    return not text[:start].strip(" \t") or text[:start].rstrip(" \t").endswith("\n")
