"""The "Changes" tab: the change ledger beside the quotes, grouped by severity.

A list of rows (high, then medium, then low; document order within), a filter by
kind, "Hide style edits" on by default, and a signal when a row is chosen. A row
has `old_span`/`new_span` like a quote row, so the main window can select its
words in both panes with the same code (`MainWindow.show_quote`).

Signals:
    change_activated(ChangeRow): a row was clicked or chosen with the keyboard.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.analysis import SEVERITY_ORDER, Change, ChangeKind, Severity, Span
from reader.present.changes import wording
from reader.ui.sidebar.delegates import paint_row_background, ui_font
from reader.ui.sidebar.labels import ListOrPlaceholder, WrappedLabel, section_label
from reader.ui.sidebar.models import RowListModel
from reader.ui.theme import LIGHT, Theme

ROW_ROLE = Qt.ItemDataRole.UserRole + 11
# Shown while the ledger is on its way (it arrives after the quotes): never an empty list
# that would read as "no changes".
STILL_WORKING = "Finding changes…"
PAD = 10
KIND_LABELS = {
    ChangeKind.NUMBER: ("#", "Number"),
    ChangeKind.DATE: ("◷", "Date"),
    ChangeKind.NAME: ("@", "Name"),
    ChangeKind.NEGATION: ("¬", "Negation"),
    ChangeKind.HEDGE: ("≈", "Hedge"),
    ChangeKind.ATTRIBUTION_VERB: ("❝", "Speech verb"),
    ChangeKind.SOURCE: ("⇢", "Source"),
    ChangeKind.SCARE_QUOTE: ("“”", "Scare quotes"),
    ChangeKind.WORDING: ("✎", "Wording"),
    ChangeKind.STYLE: ("Aa", "Style"),
}
SEVERITY_COLOURS = {  # theme attributes: red, amber, grey
    Severity.HIGH: "dropped",
    Severity.MEDIUM: "altered",
    Severity.LOW: "muted",
}


@dataclass(frozen=True)
class ChangeRow:
    kind: ChangeKind
    severity: Severity
    old_span: Span | None
    new_span: Span | None
    old_text: str
    new_text: str
    note: str
    order: int  # position in document order

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind][1]


def change_rows(changes: Sequence[Change]) -> list[ChangeRow]:
    """Rows grouped by severity, document order within each group."""
    rows = [
        ChangeRow(c.kind, c.severity, c.old, c.new, c.old_text, c.new_text, c.note, order)
        for order, c in enumerate(changes)
    ]
    return sorted(rows, key=lambda row: (SEVERITY_ORDER[row.severity], row.order))


def changes_summary(rows: Sequence[ChangeRow], hidden_style: bool) -> str:
    """The tab's count, the reports' total first: "12 changes (2 high, 4 medium, 6 low);
    9 listed, 3 style edits hidden"."""
    if not rows:
        return "No changes found."
    shown = [r for r in rows if not (hidden_style and r.kind is ChangeKind.STYLE)]
    counts = {severity: sum(r.severity is severity for r in rows) for severity in Severity}
    noun = "change" if len(rows) == 1 else "changes"
    text = (
        f"{len(rows)} {noun} ({counts[Severity.HIGH]} high, {counts[Severity.MEDIUM]} medium, "
        f"{counts[Severity.LOW]} low)"
    )
    hidden = len(rows) - len(shown)
    if not hidden:
        return text
    edits = "style edit" if hidden == 1 else "style edits"
    return f"{text}; {len(shown)} listed, {hidden} {edits} hidden"


Index = QModelIndex | QPersistentModelIndex


class ChangeListModel(RowListModel[ChangeRow]):
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return wording_of(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.note
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.severity.value} {row.label}: {row.note}"
        if role == ROW_ROLE:
            return row
        return None


def wording_of(row: ChangeRow) -> str:
    change = Change(
        row.kind, row.severity, row.old_span, row.new_span, row.old_text, row.new_text, row.note
    )
    return wording(change)


class ChangeFilterProxy(QSortFilterProxyModel):
    """Rows of one kind (or all), style edits hidden unless asked for."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind: ChangeKind | None = None
        self.hide_style = True

    def set_kind(self, kind: ChangeKind | None) -> None:
        self._refilter(lambda: setattr(self, "kind", kind))

    def set_hide_style(self, hide: bool) -> None:
        self._refilter(lambda: setattr(self, "hide_style", hide))

    def _refilter(self, change: Callable[[], None]) -> None:
        """Qt 6.10 replaced invalidateRowsFilter with begin/endFilterChange; 6.8 lacks them."""
        if hasattr(self, "endFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        row: ChangeRow | None = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        if row is None:
            return False
        if self.hide_style and row.kind is ChangeKind.STYLE and self.kind is not ChangeKind.STYLE:
            return False
        return self.kind is None or row.kind is self.kind


class ChangeDelegate(QStyledItemDelegate):
    """A row: a kind glyph in a severity-coloured disc, the kind and severity, the wording."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.theme: Theme = LIGHT

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        lines = QFontMetricsF(ui_font(-1)).height() + QFontMetricsF(ui_font()).height()
        return QSize(200, int(lines + 2 * PAD))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: ChangeRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        t = self.theme
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect)
        paint_row_background(painter, rect, option, QColor(t.selection), t)
        colour = QColor(getattr(t, SEVERITY_COLOURS[row.severity]))
        disc = QRectF(rect.left() + PAD, rect.top() + PAD, 24, 24)
        fill = QColor(colour)
        fill.setAlphaF(0.18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(disc)
        painter.setPen(colour)
        painter.setFont(ui_font(-1, bold=True))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, KIND_LABELS[row.kind][0])
        x = disc.right() + 8
        width = rect.right() - PAD - x
        head_font = ui_font(-1, bold=True)
        head_fm = QFontMetricsF(head_font)
        painter.setFont(head_font)
        head = f"{row.severity.value.upper()} · {row.label}"
        painter.drawText(QRectF(x, rect.top() + PAD, width, head_fm.height()), 0, head)
        body_font = ui_font()
        body_fm = QFontMetricsF(body_font)
        painter.setFont(body_font)
        painter.setPen(QColor(t.text))
        text = body_fm.elidedText(wording_of(row), Qt.TextElideMode.ElideRight, width)
        top = rect.top() + PAD + head_fm.height()
        painter.drawText(QRectF(x, top, width, body_fm.height()), 0, text)
        painter.restore()


class ChangesPanel(QWidget):
    change_activated = Signal(object)
    counts_changed = Signal(str)  # the count shown above the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changesPanel")
        self.model = ChangeListModel(self)
        self.proxy = ChangeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem("All kinds", None)
        for kind, (_, label) in KIND_LABELS.items():
            self.kind_combo.addItem(label, kind.value)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.hide_style = QCheckBox("Hide style edits", self)
        self.hide_style.setChecked(True)
        self.hide_style.setToolTip("Spelling variants, punctuation, quote marks and case")
        self.hide_style.toggled.connect(self._hide_style_toggled)
        self.counts = WrappedLabel(self)
        self.counts.setObjectName("changesSummary")
        self.counts_changed.connect(self.counts.setText)
        self.placeholder = QLabel("Changes appear here once the article has been read.", self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view = QListView(self)
        self.view.setObjectName("changeList")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ChangeDelegate(self))
        self.view.setMouseTracking(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.list_stack = ListOrPlaceholder(self.view, self.placeholder, self)
        self._layout()

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        head = QHBoxLayout()
        head.setContentsMargins(16, 14, 16, 0)
        head.addWidget(section_label("What changed", self))
        head.addStretch(1)
        layout.addLayout(head)
        counts = QHBoxLayout()
        counts.setContentsMargins(16, 0, 16, 0)
        counts.addWidget(self.counts)
        layout.addLayout(counts)
        filters = QHBoxLayout()
        filters.setContentsMargins(14, 2, 14, 4)
        filters.addWidget(self.kind_combo, 1)
        filters.addWidget(self.hide_style)
        layout.addLayout(filters)
        layout.addWidget(self.list_stack, 1)

    def set_theme(self, theme: Theme) -> None:
        delegate = self.view.itemDelegate()
        if isinstance(delegate, ChangeDelegate):
            delegate.theme = theme
        self.view.viewport().update()

    def set_changes(self, changes: Sequence[Change] | None, message: str = STILL_WORKING) -> None:
        """Show a ledger; None clears the list and shows `message` (by default: still
        working, as when the quotes are shown and the ledger is on its way)."""
        rows = change_rows(changes) if changes is not None else []
        self.model.set_rows(rows)
        self.placeholder.setText(message if changes is None else "")
        self.list_stack.show_placeholder(changes is None or not rows)
        if changes is not None and not rows:
            self.placeholder.setText("No changes found.")
        self.counts_changed.emit(self.summary() if changes is not None else "")

    def summary(self) -> str:
        return changes_summary(self.model.rows, self.proxy.hide_style)

    def visible_rows(self) -> list[ChangeRow]:
        return [self.proxy.index(i, 0).data(ROW_ROLE) for i in range(self.proxy.rowCount())]

    def _kind_chosen(self, _index: int) -> None:
        value = self.kind_combo.currentData()
        self.proxy.set_kind(ChangeKind(value) if value else None)

    def _hide_style_toggled(self, hide: bool) -> None:
        self.proxy.set_hide_style(hide)
        if self.model.rows:
            self.counts_changed.emit(self.summary())

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.change_activated.emit(row)
