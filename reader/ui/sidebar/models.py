"""Item models for the sidebar: audited quotes and speakers, and the quote filter.

Rows are small frozen records built once per audit; the models only expose them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html import escape
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from reader.analysis import Comparison, QuoteAudit, Span
from reader.present.cues import EntryCues, with_cue
from reader.present.quotes import (
    SPEAKER_CHANGED,
    Piece,
    Wording,
    alteration,
    display_name,
    entry_flags,
    entry_order,
    speaker_label,
    speaker_names,
    status_help,
    status_label,
    wording,
)
from reader.ui.plain import plain_tooltip
from reader.ui.theme import LIGHT, Theme

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


# Most serious first: the sidebar's default order and its filter chips.
SEVERITY = ("speaker_changed", "unsupported", "dropped", "altered", "verbatim")
ORDERS = {"severity": "By severity", "reading": "In reading order"}

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


@dataclass(frozen=True)
class QuoteRow:
    status: str
    speaker_changed: bool
    speaker: str
    old_text: str | None
    new_text: str | None
    old_span: Span | None
    new_span: Span | None
    order: int
    wording: Wording | None = None  # from the audit's own word diff
    attribution: str | None = None  # "attribution_removed" / "attribution_added", or None
    alteration: str | None = None  # how an altered quote's words changed ('trimmed'), or None
    cue: str = ""  # the words reporting it ('said', 'said → admitted'), '' when none found

    @property
    def credit(self) -> str:
        """The speaker line: 'Port authority · declined'."""
        return with_cue(self.speaker, self.cue)

    @property
    def text(self) -> str:
        return self.new_text if self.new_text is not None else (self.old_text or "")

    def badges(self) -> list[str]:
        flags = ["speaker_changed"] if self.speaker_changed else []
        return [self.status, *flags, *([self.attribution] if self.attribution else [])]

    def badge_label(self, badge: str) -> str:
        """A badge's words: 'Altered · trimmed' for the status, 'Speaker changed' for a flag."""
        return status_label(badge, self.alteration if badge == self.status else None)

    @property
    def status_text(self) -> str:
        """As the reports word it: 'Verbatim', 'Altered · trimmed · Speaker changed'."""
        return " · ".join(self.badge_label(badge) for badge in self.badges())

    def severity(self) -> int:
        """0 for the most serious (a changed speaker) to 4 (verbatim)."""
        key = "speaker_changed" if self.speaker_changed else self.status
        return SEVERITY.index(key) if key in SEVERITY else len(SEVERITY)

    def has(self, status: str) -> bool:
        """True if the row counts under this filter chip."""
        return self.speaker_changed if status == "speaker_changed" else self.status == status


@dataclass(frozen=True)
class SpeakerRow:
    id: str
    name: str
    role: str | None
    old_quotes: int
    new_quotes: int
    old_mentions: tuple[Span, ...]
    new_mentions: tuple[Span, ...]


def quote_rows(audit: QuoteAudit, comparison: Comparison) -> list[QuoteRow]:
    old_q = {q.id: q for q in audit.old_quotes.quotes}
    new_q = {q.id: q for q in audit.new_quotes.quotes}
    names = speaker_names(audit)
    cues = EntryCues(audit, comparison)
    rows = []
    for entry in audit.entries:
        # A quote's own text only where the entry holds all of it: the first part of a
        # merged quote (reader/audit/joined.py) carries its id but only some of its words.
        old = old_q.get(entry.old or "")
        old = old if old is not None and old.span == entry.old_span else None
        new = new_q.get(entry.new or "")
        new = new if new is not None and new.span == entry.new_span else None
        rows.append(
            QuoteRow(
                status=entry.status.value,
                speaker_changed=entry.speaker_changed,
                speaker=speaker_label(entry, names),
                old_text=old.text if old else None,
                new_text=new.text if new else None,
                old_span=entry.old_span,
                new_span=entry.new_span,
                order=entry_order(entry, comparison),
                wording=wording(entry, comparison),
                attribution=next((f for f in entry_flags(entry) if f != SPEAKER_CHANGED), None),
                alteration=alteration(entry),
                cue=cues.words(entry),
            )
        )
    return sorted(rows, key=lambda r: r.order)


def speaker_rows(audit: QuoteAudit) -> list[SpeakerRow]:
    # Counted over the audit's rows, as the quote list is: a quoted fragment folded into
    # its reported quote is not a second quote here either.
    old = Counter(e.speaker_old for e in audit.entries if e.old is not None)
    new = Counter(e.speaker_new for e in audit.entries if e.new is not None)
    rows = [
        SpeakerRow(
            s.id,
            display_name(s.name),
            s.role,
            old[s.id],
            new[s.id],
            tuple(s.old_mentions),
            tuple(s.new_mentions),
        )
        for s in audit.speakers
    ]
    return sorted(rows, key=lambda r: (-(r.old_quotes + r.new_quotes), r.name))


def status_html(row: QuoteRow) -> str:
    """Each badge with what it means: 'Altered · trimmed — Words cut from its start or end,
    none added', then 'Speaker changed — …'."""
    lines = [
        f"<b>{escape(row.badge_label(badge))}</b> — "
        f"{escape(status_help(badge, row.alteration if badge == row.status else None))}"
        for badge in row.badges()
    ]
    return f"<p>{'<br>'.join(lines)}</p>"


def wording_diff_html(row: QuoteRow, theme: Theme = LIGHT) -> str:
    """Old and new wording, removed words struck through and added words marked.

    The changes are the audit's own word diff (`reader.present.quotes.wording`),
    so a quote the audit calls verbatim never shows one.
    """
    found = row.wording
    if found is None or (found.old is None and found.new is None):
        return f"<p>“{escape(row.text)}”</p>"
    if found.old is None or found.new is None:
        label = "Original only" if found.new is None else "Revised only"
        only = found.old_text if found.new is None else found.new_text
        return f"<p><b>{label}</b></p><p>“{escape(only)}”</p>"
    if not found.changed:
        return f"<p><b>Both versions</b></p><p>“{escape(found.new_text)}”</p>"
    removed = f"background:{theme.deleted_bg};color:{theme.deleted_fg}"
    added = f"background:{theme.inserted_bg};color:{theme.inserted_fg}"
    return (
        f"<p><b>Original</b><br>“{_pieces_html(found.old, removed, 's')}”</p>"
        f"<p><b>Revised</b><br>“{_pieces_html(found.new, added, 'span')}”</p>"
    )


def _pieces_html(pieces: tuple[Piece, ...], style: str, tag: str) -> str:
    return "".join(
        f"<{tag} style='{style}'>{escape(p.text)}</{tag}>" if p.changed else escape(p.text)
        for p in pieces
    )


class RowListModel(QAbstractListModel, Generic[RowT]):
    """A flat list of immutable rows, replaced whole when a new result arrives."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RowT] = []

    def set_rows(self, rows: list[RowT]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def row_at(self, index: Index) -> RowT | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]


class QuoteListModel(RowListModel[QuoteRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.theme: Theme = LIGHT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:  # escaped fragments only
            return status_html(row) + wording_diff_html(row, self.theme)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.status_text} quote by {row.credit}: {row.text}"
        if role == ROW_ROLE:
            return row
        if role == STATUS_ROLE:
            return row.status
        if role == SEARCH_ROLE:
            return " ".join(filter(None, (row.credit, row.old_text, row.new_text))).casefold()
        return None


class SpeakerListModel(RowListModel[SpeakerRow]):
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            role_text = f", {row.role}" if row.role else ""
            return plain_tooltip(
                f"{row.name}{role_text}\nQuoted {row.old_quotes}× in the original, "
                f"{row.new_quotes}× in the revision\nClick to highlight every mention"
            )
        if role == ROW_ROLE:
            return row
        return None


class QuoteFilterProxy(QSortFilterProxyModel):
    """Filters quotes by a text (speaker or wording) and by status; sorts by severity or order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status = ""
        self.order = "severity"
        self.setDynamicSortFilter(False)

    def set_order(self, order: str) -> None:
        self.order = order if order in ORDERS else "severity"
        self.invalidate()
        self.sort(0)

    def lessThan(self, left: Index, right: Index) -> bool:
        a: QuoteRow | None = left.data(ROW_ROLE)
        b: QuoteRow | None = right.data(ROW_ROLE)
        if a is None or b is None:
            return False
        if self.order == "reading":
            return a.order < b.order
        return (a.severity(), a.order) < (b.severity(), b.order)

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", text.strip().casefold()))

    def set_status(self, status: str) -> None:
        self._refilter(lambda: setattr(self, "_status", status))

    def _refilter(self, change: Any) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._text and not self._status:
            return True  # the common case, asked once per row of thousands
        index = self.sourceModel().index(source_row, 0, source_parent)
        row: QuoteRow | None = index.data(ROW_ROLE)
        if row is None:
            return False
        if self._status and not row.has(self._status):
            return False
        return not self._text or self._text in (index.data(SEARCH_ROLE) or "")
