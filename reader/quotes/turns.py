"""Transcript turns: a paragraph that opens with an upper-case name and a colon.

`PENCE: Well, look, ...` gives the words of the paragraph to the person so labelled;
a new label is a new speaker, so a quote running over paragraphs stops before it.
The label counts as a speaker when the article names that person elsewhere in full
("Mike Pence"); otherwise it still marks the turn but names no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from reader.documents.model import Span
from reader.quotes.indirect import Attribution
from reader.quotes.mentions import Mention, MentionKind
from reader.quotes.speakers import surname_named_in_full

if TYPE_CHECKING:
    from reader.quotes.marks import MarkedQuote

# One to four upper-case words (O'BRIEN, MCCAIN-FEINGOLD, SEN. KAINE), then a colon and a space.
_LABEL = re.compile(r"[A-Z][A-Z'’\-]*[A-Z]\.?(?: [A-Z][A-Z'’\-]*[A-Z]\.?){0,3}:(?=\s)")
_MARKS = "\"'“‘«"


@dataclass(frozen=True, slots=True)
class TurnLabel:
    name: Span  # the upper-case name, without its colon
    words_start: int  # where the turn's words begin, past the colon and spaces


def turn_label_at(text: str, start: int, end: int) -> TurnLabel | None:
    """The turn label opening text[start:end] (after spaces and one opening mark), if any."""
    offset = start
    while offset < end and text[offset].isspace():
        offset += 1
    if offset < end and text[offset] in _MARKS:
        offset += 1
    match = _LABEL.match(text, offset, end)
    if match is None:
        return None
    words = match.end()
    while words < end and text[words].isspace():
        words += 1
    return TurnLabel(Span(offset, match.end() - 1), words)


def label_name(text: str, label: TurnLabel) -> str:
    """`PENCE` as `Pence`, `SEN. KAINE` as `Sen. Kaine`: the way the article writes it."""
    return text[label.name.start : label.name.end].title()


def turn_attributions(text: str, quotes: Sequence[MarkedQuote]) -> list[Attribution]:
    """An attribution for each quote that a turn label opens. A label names its speaker when
    the article names that person in full elsewhere (`PENCE:` and "Gov. Mike Pence"), or
    when another label of the same text does (a transcript: `WALLACE:` is then a speaker too,
    and his turns must not pass for the previous speaker's)."""
    labelled = []
    for quote in quotes:
        label = turn_label_at(text, quote.open_offset, quote.content.end)
        if label is not None and label.words_start == quote.content.start:
            labelled.append((quote, label, label_name(text, label)))
    full_names = {name: _named_in_full(text, name.split()[-1]) for _, _, name in labelled}
    if not any(full_names.values()):
        return []
    found = []
    for quote, label, name in labelled:
        speaker_name = full_names[name] or name
        speaker = Mention(label.name, name, MentionKind.PERSON, name=speaker_name)
        sentence = Span(label.name.start, quote.content.end)
        found.append(Attribution(label.name, speaker, quote.content, sentence, frame="turn"))
    return found


def _named_in_full(text: str, surname: str) -> str | None:
    """The name to give a label's speaker: the surname when the resolver can complete it
    (a known first name or a title before it elsewhere), else `First Surname` as the
    article writes it (`the reporter Tomas Reyes`); None when neither is found."""
    if surname_named_in_full(text, surname):
        return surname
    for match in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", text):
        if match.group(1).lower() not in STOP_WORDS:  # not "The Reyes family"
            return f"{match.group(1)} {surname}"
    return None
