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


UNMARKED_TURN = "unmarked turn"  # Attribution.frame of a turn whose words are in no marks


def unmarked_turn_attributions(text: str, paragraphs: Sequence[Span]) -> list[Attribution]:
    """The turns of a transcript printed without quote marks (`TAPPER: Do you think ...?`,
    then `FALLIN: I think ...`): the words after each label are the labelled person's.

    Only a dialogue counts, two or more labels of two or more names, one of them a person
    the article names in full (a lone `UPDATE:` or `EXCLUSIVE:` line is no transcript). A
    turn runs on over the unlabelled paragraphs up to the next label (`Specifically, ...`
    after `TAPPER: ...`), but not past a stage note (`(END VIDEO CLIP.)`, `....`); the last
    turn keeps to its own paragraph, since the article's own words may follow it."""
    labelled = []
    for index, paragraph in enumerate(paragraphs):
        label = turn_label_at(text, paragraph.start, paragraph.end)
        if label is not None and not _in_marks(text, label, paragraph):
            labelled.append((index, label, label_name(text, label)))
    names = {name for _, _, name in labelled}
    if len(labelled) < _DIALOGUE or len(names) < _DIALOGUE:
        return []
    full_names = {name: _named_in_full(text, name.split()[-1]) for name in names}
    if not any(full_names.values()):
        return []
    found = []
    for number, (index, label, name) in enumerate(labelled):
        following = labelled[number + 1][0] if number + 1 < len(labelled) else index + 1
        end = _turn_end(text, paragraphs, index, following)
        speaker = Mention(label.name, name, MentionKind.PERSON, name=full_names[name] or name)
        content = Span(label.words_start, end)
        sentence = Span(label.name.start, end)
        found.append(Attribution(label.name, speaker, content, sentence, frame=UNMARKED_TURN))
    return found


_DIALOGUE = 2


def _in_marks(text: str, label: TurnLabel, paragraph: Span) -> bool:
    """A turn in quote marks (`"PENCE: ...`, `PENCE: "..."`) is read with its marks."""
    if label.words_start >= paragraph.end or text[label.words_start] in _MARKS:
        return True
    return label.name.start > paragraph.start and text[label.name.start - 1] in _MARKS


def _turn_end(text: str, paragraphs: Sequence[Span], index: int, following: int) -> int:
    """Where the turn opened by paragraph `index` ends: before the paragraph `following`
    (the next label) or before a stage note between them."""
    end = paragraphs[index].end
    for paragraph in paragraphs[index + 1 : following]:
        words = text[paragraph.start : paragraph.end].strip()
        if not words or words[0] in _STAGE_OPENERS or not any(c.isalpha() for c in words):
            break
        end = paragraph.end
    return end


_STAGE_OPENERS = "([<"


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
