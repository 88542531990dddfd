"""Beside the panes: the quote audit (quotes with status badges, speakers, a filter) and,
on a second tab, the change ledger (`ChangesPanel`).

Signals:
    quote_activated(QuoteRow): a quote was clicked or chosen with the keyboard.
    speaker_activated(object): a SpeakerRow, or None when the selection was cleared.
    The Changes tab's own signals are on `changes_panel`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStyledItemDelegate,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.analysis import Comparison, QuoteAudit
from reader.present.quotes import quotes_summary
from reader.ui.changes_tab import ChangesPanel
from reader.ui.plain import plain_label
from reader.ui.sidebar.chips import StatusChips, status_counts
from reader.ui.sidebar.delegates import QuoteDelegate, SpeakerDelegate
from reader.ui.sidebar.labels import ListOrPlaceholder, WrappedLabel, section_label
from reader.ui.sidebar.models import (
    ORDERS,
    ROW_ROLE,
    QuoteFilterProxy,
    QuoteListModel,
    QuoteRow,
    SpeakerListModel,
    SpeakerRow,
    quote_rows,
    speaker_rows,
)
from reader.ui.theme import Theme

LAYOUT_BATCH = 60
SPEAKER_ROWS = 6  # shown at the default size
SPEAKER_MIN_ROWS = 3
QUOTE_LIST_MIN_PX = 180


class Sidebar(QWidget):
    quote_activated = Signal(object)
    speaker_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.quotes = QuoteListModel(self)
        self.proxy = QuoteFilterProxy(self)
        self.proxy.setSourceModel(self.quotes)
        self.speakers = SpeakerListModel(self)
        self.changes_panel = ChangesPanel(self)
        self._build()

    def _build(self) -> None:
        self.summary = plain_label(WrappedLabel(self))
        self.summary.setObjectName("auditSummary")
        self.notice = plain_label(WrappedLabel(self))
        self.notice.setObjectName("notice")
        self.notice.hide()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText("Filter by words or speaker")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.chips = StatusChips(self)
        self.chips.chosen.connect(self.proxy.set_status)
        self.order_combo = QComboBox(self)
        self.order_combo.setObjectName("quoteOrder")
        for key, label in ORDERS.items():
            self.order_combo.addItem(label, key)
        self.order_combo.setToolTip("Most serious first, or as the quotes come in the text")
        self.order_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_order(str(self.order_combo.currentData()))
        )
        self.quote_view = self._list(self.proxy, QuoteDelegate(self))
        self.quote_view.setObjectName("quoteList")
        self.quote_view.clicked.connect(self._quote_clicked)
        self.quote_view.activated.connect(self._quote_clicked)
        self.speaker_view = self._list(self.speakers, SpeakerDelegate(self))
        self.speaker_view.setObjectName("speakerList")
        self.speaker_view.clicked.connect(self._speaker_clicked)
        self.placeholder = plain_label(
            QLabel("Quotes appear here once the article has been read.", self)
        )
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = ListOrPlaceholder(self.quote_view, self.placeholder, self)
        self._layout()

    def _list(self, model: Any, delegate: QStyledItemDelegate) -> QListView:
        view = QListView(self)
        view.setModel(model)
        view.setItemDelegate(delegate)
        view.setMouseTracking(True)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setUniformItemSizes(False)
        view.setLayoutMode(QListView.LayoutMode.Batched)  # thousands of quotes: lay out in steps
        view.setBatchSize(LAYOUT_BATCH)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setFrameShape(QListView.Shape.NoFrame)
        return view

    def _layout(self) -> None:
        quotes = QWidget(self)
        ql = QVBoxLayout(quotes)
        ql.setContentsMargins(0, 0, 0, 0)
        ql.setSpacing(8)
        head = QHBoxLayout()
        head.setContentsMargins(16, 14, 16, 0)
        head.addWidget(section_label("Quotes", self))
        head.addStretch(1)
        ql.addLayout(head)
        for widget in (self.summary, self.notice):
            row = QHBoxLayout()
            row.setContentsMargins(16, 0, 16, 0)
            row.addWidget(widget)
            ql.addLayout(row)
        filters = QHBoxLayout()
        filters.setContentsMargins(14, 2, 14, 4)
        filters.setSpacing(6)
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.order_combo)
        ql.addLayout(filters)
        chips = QHBoxLayout()
        chips.setContentsMargins(14, 0, 14, 4)
        chips.addWidget(self.chips)
        ql.addLayout(chips)
        ql.addWidget(self.list_stack, 1)
        speakers = QWidget(self)
        sl = QVBoxLayout(speakers)
        sl.setContentsMargins(0, 8, 0, 0)
        sl.setSpacing(4)
        shead = QHBoxLayout()
        shead.setContentsMargins(16, 6, 16, 0)
        shead.addWidget(section_label("Speakers", self))
        shead.addStretch(1)
        hint = QLabel("quotes: original → revised", self)
        hint.setProperty("role", "hint")
        shead.addWidget(hint)
        sl.addLayout(shead)
        sl.addWidget(self.speaker_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("sidebarSplitter")
        self.splitter.addWidget(quotes)
        self.splitter.addWidget(speakers)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)  # a taller window grows the quote list
        self.splitter.setChildrenCollapsible(False)
        row_px = SpeakerDelegate.row_height()
        self.speaker_view.setMinimumHeight(SPEAKER_MIN_ROWS * row_px)
        self.quote_view.setMinimumHeight(QUOTE_LIST_MIN_PX)  # a short window: speakers give way
        self.splitter.setSizes([600, SPEAKER_ROWS * row_px + 40])
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sidebarTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, "Quotes")
        self.tabs.addTab(self.changes_panel, "Changes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    # -- content ---------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        self.changes_panel.set_theme(theme)
        self.quotes.theme = theme
        for view in (self.quote_view, self.speaker_view):
            view.itemDelegate().theme = theme  # type: ignore[attr-defined]
            view.viewport().update()

    def set_busy(self, message: str) -> None:
        self.placeholder.setText(message)
        self.list_stack.show_placeholder(bool(message) or not self.quotes.rows)

    def clear(self, message: str = "Finding quotes and speakers…") -> None:
        self.quotes.set_rows([])
        self.speakers.set_rows([])
        self.chips.set_counts(status_counts([]))
        self.summary.setText("")
        self.set_busy(message)
        self.changes_panel.set_changes(None, message.replace("quotes and speakers", "changes"))

    def set_audit(
        self,
        audit: QuoteAudit,
        comparison: Comparison,
        rows: tuple[list[QuoteRow], list[SpeakerRow]] | None = None,
    ) -> None:
        """Show an audit; `rows` are its quote and speaker rows if a worker built them already."""
        quotes, speakers = rows or (quote_rows(audit, comparison), speaker_rows(audit))
        self.quotes.set_rows(quotes)
        self.proxy.sort(0)
        self.chips.set_counts(status_counts(quotes))
        self.speakers.set_rows(speakers)
        self.summary.setText(quotes_summary(audit))
        self.placeholder.setText("No quotes found in either version." if not quotes else "")
        self.list_stack.show_placeholder(not quotes)

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def select_row(self, proxy_row: int) -> None:
        index = self.proxy.index(proxy_row, 0)
        if index.isValid():
            self.quote_view.setCurrentIndex(index)
            self.quote_view.scrollTo(index)
            self._quote_clicked(index)

    def current_proxy_row(self) -> int:
        index = self.quote_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _quote_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.quote_activated.emit(row)

    def _speaker_clicked(self, index: QModelIndex) -> None:
        self.speaker_activated.emit(index.data(ROW_ROLE))
