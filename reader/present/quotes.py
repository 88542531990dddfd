"""Quote statuses, their counts, speaker labels and wording, worded once for window and reports."""

from __future__ import annotations

from dataclasses import dataclass

from reader.audit.model import QuoteAudit
from reader.compare.model import Comparison, EditOp
from reader.documents.model import Span
from reader.quotes.model import AuditEntry, AuditStatus

UNATTRIBUTED = "Unattributed"
SPEAKER_CHANGED = "speaker_changed"
ATTRIBUTION_REMOVED = "attribution_removed"
ATTRIBUTION_ADDED = "attribution_added"
# Said of an entry beside its status, and counted apart (an entry may carry one).
FLAGS = (SPEAKER_CHANGED, ATTRIBUTION_REMOVED, ATTRIBUTION_ADDED)


@dataclass(frozen=True, slots=True)
class StatusInfo:
    key: str  # an AuditStatus value, or one of FLAGS
    label: str
    help: str


STATUSES: tuple[StatusInfo, ...] = (
    StatusInfo("verbatim", "Verbatim", "Quoted word for word in both versions"),
    StatusInfo(
        "altered",
        "Altered",
        "The quoted words differ between the versions (trimmed, words cut, words added or "
        "reworded)",
    ),
    StatusInfo("dropped", "Dropped", "In the original, missing from the revision"),
    StatusInfo(
        "unsupported",
        "Added",
        "Only in the revision: the original has no source for these words (new reporting, "
        "or invented)",
    ),
    StatusInfo(
        SPEAKER_CHANGED, "Speaker changed", "Attributed to a different speaker in the revision"
    ),
    StatusInfo(
        ATTRIBUTION_REMOVED,
        "Attribution removed",
        "Credited to a speaker in the original; the revision keeps the words, crediting no one",
    ),
    StatusInfo(
        ATTRIBUTION_ADDED,
        "Attribution added",
        "Credited to no one in the original; the revision gives the words to a speaker",
    ),
)
STATUS_LABELS = {info.key: info.label for info in STATUSES}
STATUS_HELP = {info.key: info.help for info in STATUSES}

# How an altered quote's words changed, read from the audit's word diff; said after
# "Altered" ('Altered · trimmed'). Cuts inside a quote are not a trim: "we will not
# build" cut to "we will build" lost one word and its meaning.
TRIMMED, WORDS_CUT, WORDS_ADDED, REWORDED = "trimmed", "words cut", "words added", "reworded"
ALTERATION_HELP = {
    TRIMMED: "Words cut from its start or end, none added",
    WORDS_CUT: "Words cut from inside it, none added",
    WORDS_ADDED: "Words added to it, none cut",
    REWORDED: "Words both cut and added",
}


@dataclass(frozen=True, slots=True)
class StatusCount:
    key: str
    label: str
    count: int


def entry_flags(entry: AuditEntry) -> tuple[str, ...]:
    """The FLAGS an entry carries besides its status."""
    flags = [SPEAKER_CHANGED] if entry.speaker_changed else []
    if entry.attribution is not None:
        flags.append(f"attribution_{entry.attribution.value}")
    return tuple(flags)


def status_counts(audit: QuoteAudit) -> tuple[StatusCount, ...]:
    """How many entries have each status, and each flag (counted apart), in STATUSES order."""
    counts = dict.fromkeys(STATUS_LABELS, 0)
    for entry in audit.entries:
        counts[entry.status.value] += 1
        for flag in entry_flags(entry):
            counts[flag] += 1
    return tuple(StatusCount(key, STATUS_LABELS[key], counts[key]) for key in STATUS_LABELS)


def quotes_line(audit: QuoteAudit) -> str:
    """'Quotes: 12 verbatim, 3 altered, 1 dropped, 2 added, 1 speaker changed' (a flag
    only when some entry has it)."""
    parts = [
        f"{item.count} {item.label.lower()}"
        for item in status_counts(audit)
        if item.key not in FLAGS or item.count
    ]
    return "Quotes: " + ", ".join(parts)


def quotes_summary(audit: QuoteAudit) -> str:
    """'3 quotes: 1 altered, 1 dropped, 1 added, 1 speaker changed': the figures of
    `quotes_line` that are not zero, after the number of quotes."""
    noun = "quote" if len(audit.entries) == 1 else "quotes"
    parts = [f"{item.count} {item.label.lower()}" for item in status_counts(audit) if item.count]
    return f"{len(audit.entries)} {noun}: " + ", ".join(parts)


def alteration(entry: AuditEntry) -> str | None:
    """TRIMMED, WORDS_CUT, WORDS_ADDED or REWORDED for an altered quote, from the audit's
    word diff; None when the diff does not say (the words differ only in case or marks)."""
    if entry.status is not AuditStatus.ALTERED:
        return None
    ops = [edit.op for edit in entry.word_diff]
    cut, added = EditOp.DELETE in ops, EditOp.INSERT in ops
    if cut and added:
        return REWORDED
    if added:
        return WORDS_ADDED
    if not cut:
        return None
    inside = any(op is EditOp.DELETE for op in ops[1:-1])
    return WORDS_CUT if inside else TRIMMED


def status_label(status: str, how: str | None = None) -> str:
    """'Altered · trimmed' for a status and how its words changed, or the status's label."""
    return f"{STATUS_LABELS[status]} · {how}" if how else STATUS_LABELS[status]


def status_help(status: str, how: str | None = None) -> str:
    """What a status (or a flag) means; for an altered quote, how its words changed."""
    return ALTERATION_HELP[how] if how else STATUS_HELP[status]


def entry_status_text(entry: AuditEntry) -> str:
    """'Altered · trimmed', 'Altered · Speaker changed' or 'Verbatim · Attribution removed'."""
    flags = [STATUS_LABELS[key] for key in entry_flags(entry)]
    return " · ".join([status_label(entry.status.value, alteration(entry)), *flags])


def display_name(name: str) -> str:
    """A speaker as a label: 'council' (a group named in running text) reads as 'Council'."""
    return name[:1].upper() + name[1:]


def speaker_names(audit: QuoteAudit) -> dict[str, str]:
    return {speaker.id: display_name(speaker.name) for speaker in audit.speakers}


def speaker_label(entry: AuditEntry, names: dict[str, str]) -> str:
    """'Helen Marsh', 'Helen Marsh → Tom Reyes' when the speaker changed, 'Helen Marsh →
    Unattributed' when the credit was removed (or the reverse, added), or 'Unattributed'.

    Two readings with no change claimed (the words naming the speaker are the same; a
    pronoun was read differently, or not at all) give 'Helen Marsh → Tom Reyes?' or
    'Helen Marsh → Unattributed?': the reading differs and the audit cannot tell whether
    the speaker did. A version with no quote of its own there (the quote dropped or
    invented, or its words found unmarked) has no reading to show."""
    old = names.get(entry.speaker_old or "", "")
    new = names.get(entry.speaker_new or "", "")
    if old == new:
        return new or UNATTRIBUTED
    if entry.speaker_changed or entry.attribution is not None:
        return f"{old or UNATTRIBUTED} → {new or UNATTRIBUTED}"
    if (not old and entry.old is None) or (not new and entry.new is None):
        return new or old
    return f"{old or UNATTRIBUTED} → {new or UNATTRIBUTED}?"


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of a quote's wording; `changed` = removed (old side) or added (new side)."""

    text: str
    changed: bool


@dataclass(frozen=True, slots=True)
class Wording:
    """A quote's words in each version (None: not in that version), from the audit's diff."""

    old: tuple[Piece, ...] | None
    new: tuple[Piece, ...] | None

    @property
    def old_text(self) -> str:
        return "".join(piece.text for piece in self.old or ())

    @property
    def new_text(self) -> str:
        return "".join(piece.text for piece in self.new or ())

    @property
    def changed(self) -> bool:
        return any(p.changed for p in (*(self.old or ()), *(self.new or ())))


def wording(entry: AuditEntry, comparison: Comparison) -> Wording:
    """The entry's spans read from each version, split where the audit's word diff changed words.

    No second diff: a quote the audit calls verbatim shows no change, whatever its
    quote marks or apostrophes.
    """
    removed = [e.old for e in entry.word_diff if e.op is EditOp.DELETE and e.old is not None]
    added = [e.new for e in entry.word_diff if e.op is EditOp.INSERT and e.new is not None]
    return Wording(
        _pieces(comparison.old.text, entry.old_span, removed),
        _pieces(comparison.new.text, entry.new_span, added),
    )


def _pieces(text: str, span: Span | None, changed: list[Span]) -> tuple[Piece, ...] | None:
    if span is None:
        return None
    pieces: list[Piece] = []
    at = span.start
    for cut in sorted(changed, key=lambda s: s.start):
        start, end = max(cut.start, at), min(cut.end, span.end)
        if start >= end:
            continue
        if start > at:
            pieces.append(Piece(text[at:start], False))
        pieces.append(Piece(text[start:end], True))
        at = end
    if at < span.end or not pieces:
        pieces.append(Piece(text[at : span.end], False))
    return tuple(pieces)


def entry_order(entry: AuditEntry, comparison: Comparison) -> int:
    """Where an entry sits in reading order of the revised version."""
    if entry.new_span is not None:
        return entry.new_span.start
    if entry.old_span is not None:
        return comparison.old_to_new(entry.old_span.start)
    return 0
