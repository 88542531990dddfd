"""Speakers and quotes found in one document, and the cross-version audit records."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from reader.compare.model import Edit
from reader.documents.model import Span


class QuoteKind(StrEnum):
    DIRECT = "direct"  # in quote marks
    PARTIAL = "partial"  # a quoted fragment inside reported speech
    UNMARKED = "unmarked"  # direct speech whose quote marks were lost
    INDIRECT = "indirect"  # reported speech: "X said that ..."


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    span: Span  # the quoted words, without the quote marks
    text: str
    kind: QuoteKind
    speaker: str | None = None  # Speaker.id
    speaker_mention: Span | None = None
    cue: Span | None = None
    # The content spans of a quote its attribution interrupts (`"A," he said. "B."`), in
    # order; `span` and `text` then run from the first to the last. Empty for one piece.
    parts: tuple[Span, ...] = ()

    @property
    def pieces(self) -> tuple[Span, ...]:
        """The spans holding the quoted words: the parts, or the span itself."""
        return self.parts or (self.span,)


@dataclass(frozen=True, slots=True)
class Speaker:
    """One real speaker, across all the ways a text names them."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    old_mentions: tuple[Span, ...] = ()
    new_mentions: tuple[Span, ...] = ()
    kind: str | None = None  # "person", "role", "group" or "organisation"


@dataclass(frozen=True, slots=True)
class QuoteSet:
    """The quotes and speakers of one document."""

    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    language: str = "en"
    notices: tuple[str, ...] = field(default=())  # e.g. "no spaCy model installed: ..."


class AuditStatus(StrEnum):
    VERBATIM = "verbatim"
    ALTERED = "altered"
    DROPPED = "dropped"
    UNSUPPORTED = "unsupported"


class AttributionChange(StrEnum):
    """The words survive but the credit does not (or appears): a quote laundered into the
    article's own voice, or narration turned into somebody's quote."""

    REMOVED = "removed"  # attributed in the old version, nobody credited in the new
    ADDED = "added"  # nobody credited in the old version, attributed in the new


@dataclass(frozen=True, slots=True)
class AuditEntry:
    old: str | None  # quote id in the old version
    new: str | None
    old_span: Span | None
    new_span: Span | None
    status: AuditStatus
    speaker_old: str | None
    speaker_new: str | None
    speaker_changed: bool
    score: float
    # Word edits from the old words (old_span) to the new (new_span); empty unless altered.
    word_diff: tuple[Edit, ...] = ()
    attribution: AttributionChange | None = None
