"""The quote audit beside the panes: quotes with status badges, speakers, a filter.

Signals:
    quote_activated(QuoteRow): a quote was clicked or chosen with the keyboard.
    speaker_activated(object): a SpeakerRow, or None when the selection was cleared.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.analysis import Comparison, QuoteAudit
from reader.present.quotes import STATUS_HELP, STATUS_LABELS
from reader.ui.quote_models import (
    ROW_ROLE,
    QuoteFilterProxy,
    QuoteListModel,
    QuoteRow,
    SpeakerListModel,
    SpeakerRow,
    quote_rows,
    speaker_rows,
)
from reader.ui.theme import LIGHT, Theme

QUOTE_LINES = 3
LAYOUT_BATCH = 60
SIZE_CACHE_MAX = 50_000
PAD = 12


def ui_font(size_delta: float = 0, bold: bool = False) -> QFont:
    font = QFont()
    if size_delta:
        font.setPointSizeF(max(6.0, font.pointSizeF() + size_delta))
    font.setBold(bold)
    return font


def quote_font() -> QFont:
    from reader.ui.article_view import reading_font

    return reading_font(QFont().pointSizeF() + 0.5)


def paint_badge(painter: QPainter, x: float, y: float, status: str, theme: Theme) -> float:
    """A small pill with the status name; returns its width."""
    font = ui_font(-1.5, bold=True)
    font.setCapitalization(QFont.Capitalization.AllUppercase)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
    fm = QFontMetricsF(font)
    label = STATUS_LABELS[status]
    width = fm.horizontalAdvance(label.upper()) + 14
    height = fm.height() + 4
    color = QColor(getattr(theme, status))
    fill = QColor(color)
    fill.setAlphaF(0.16 if theme.name == "light" else 0.28)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(x, y, width, height), height / 2, height / 2)
    painter.setPen(color)
    painter.setFont(font)
    painter.drawText(QRectF(x, y, width, height), Qt.AlignmentFlag.AlignCenter, label.upper())
    return width


def elided_lines(text: str, font: QFont, width: float, lines: int) -> list[str]:
    """Wrap `text` to at most `lines` lines of `width`, eliding the last."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    out: list[str] = []
    while len(out) < lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        out.append(text[line.textStart() : line.textStart() + line.textLength()])
    consumed = sum(len(s) for s in out)
    layout.endLayout()
    if out and consumed < len(text):
        fm = QFontMetricsF(font)
        out[-1] = fm.elidedText(
            out[-1].rstrip() + " " + text[consumed : consumed + 40],
            Qt.TextElideMode.ElideRight,
            width,
        )
    return out


class QuoteDelegate(QStyledItemDelegate):
    """Paints a quote as a small card: badges, speaker, then the words in the reading face."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.theme: Theme = LIGHT
        self._sizes: dict[tuple[QuoteRow | None, int], QSize] = {}

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Wrapping a quote is the costly part of laying out the list: remember each answer."""
        row: QuoteRow | None = index.data(ROW_ROLE)
        key = (row, option.rect.width())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > SIZE_CACHE_MAX:
                self._sizes.clear()
            size = self._sizes[key] = self._measure(row, option.rect.width())
        return size

    def _measure(self, row: QuoteRow | None, rect_width: int) -> QSize:
        width = max(160, rect_width or 300) - 2 * PAD
        qf = quote_font()
        lines = len(elided_lines(f"“{row.text}”", qf, width, QUOTE_LINES)) if row else 1
        head = QFontMetricsF(ui_font(-1.5, True)).height() + 4
        speaker = QFontMetricsF(ui_font(-0.5)).height()
        body = QFontMetricsF(qf).lineSpacing() * max(1, lines)
        return QSize(int(width + 2 * PAD), int(PAD + head + 6 + speaker + 4 + body + PAD))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: QuoteRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        t = self.theme
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect)
        if paint_row_background(painter, rect, option, QColor(t.selection), t):
            painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), QColor(t.accent))
        painter.setPen(QPen(QColor(t.border), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        x, y = rect.left() + PAD, rect.top() + PAD
        for badge in row.badges():
            x += paint_badge(painter, x, y, badge, t) + 6
        y += QFontMetricsF(ui_font(-1.5, True)).height() + 4 + 6
        sfont = ui_font(-0.5)
        painter.setFont(sfont)
        painter.setPen(QColor(t.muted))
        width = rect.width() - 2 * PAD
        fm = QFontMetricsF(sfont)
        painter.drawText(
            QRectF(rect.left() + PAD, y, width, fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(row.speaker, Qt.TextElideMode.ElideRight, width),
        )
        y += fm.height() + 4
        qf = quote_font()
        painter.setFont(qf)
        color = QColor(t.text)
        if row.status == "dropped":
            color = QColor(t.muted)
        painter.setPen(color)
        qfm = QFontMetricsF(qf)
        for line in elided_lines(f"“{row.text}”", qf, width, QUOTE_LINES):
            painter.drawText(
                QRectF(rect.left() + PAD, y, width, qfm.height()), Qt.AlignmentFlag.AlignLeft, line
            )
            y += qfm.lineSpacing()
        painter.restore()


def paint_row_background(
    painter: QPainter, rect: QRectF, option: QStyleOptionViewItem, selected: QColor, theme: Theme
) -> bool:
    """Fill a list row for its selected or hovered state; True when it is selected."""
    if option.state & QStyle.StateFlag.State_Selected:
        painter.fillRect(rect, selected)
        return True
    if option.state & QStyle.StateFlag.State_MouseOver:
        hover = QColor(theme.selection)
        hover.setAlphaF(0.35)
        painter.fillRect(rect, hover)
    return False


class SpeakerDelegate(QStyledItemDelegate):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.theme: Theme = LIGHT

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, int(QFontMetricsF(ui_font()).height() * 2 + 14))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: SpeakerRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        t = self.theme
        painter.save()
        rect = QRectF(option.rect)
        paint_row_background(painter, rect, option, QColor(t.mention_bg), t)
        name_font = ui_font(0, bold=True)
        fm = QFontMetricsF(name_font)
        counts = f"{row.old_quotes} → {row.new_quotes}"
        cfont = ui_font(-0.5)
        cfm = QFontMetricsF(cfont)
        cw = cfm.horizontalAdvance(counts) + 4
        width = rect.width() - 2 * PAD - cw - 8
        y = rect.top() + 7
        painter.setFont(name_font)
        painter.setPen(QColor(t.text))
        painter.drawText(
            QRectF(rect.left() + PAD, y, width, fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(row.name, Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(cfont)
        painter.setPen(QColor(t.muted))
        painter.drawText(
            QRectF(rect.right() - PAD - cw, y, cw, fm.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            counts,
        )
        role = row.role or ""
        painter.drawText(
            QRectF(rect.left() + PAD, y + fm.height(), width, cfm.height()),
            Qt.AlignmentFlag.AlignLeft,
            cfm.elidedText(role, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()


def section_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text.upper(), parent)
    label.setProperty("role", "sectionLabel")
    return label


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
        self._build()

    def _build(self) -> None:
        self.summary = QLabel(self)
        self.summary.setObjectName("auditSummary")
        self.summary.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText("Filter by words or speaker")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem("All quotes", "")
        for key, label in STATUS_LABELS.items():
            self.status_combo.addItem(label, key)
            self.status_combo.setItemData(
                self.status_combo.count() - 1, STATUS_HELP[key], Qt.ItemDataRole.ToolTipRole
            )
        self.status_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status_combo.currentData() or "")
        )
        self.quote_view = self._list(self.proxy, QuoteDelegate(self))
        self.quote_view.setObjectName("quoteList")
        self.quote_view.clicked.connect(self._quote_clicked)
        self.quote_view.activated.connect(self._quote_clicked)
        self.speaker_view = self._list(self.speakers, SpeakerDelegate(self))
        self.speaker_view.setObjectName("speakerList")
        self.speaker_view.clicked.connect(self._speaker_clicked)
        self.placeholder = QLabel("Quotes appear here once the article has been read.", self)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
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
        filters.addWidget(self.status_combo)
        ql.addLayout(filters)
        ql.addWidget(self.placeholder, 0)
        ql.addWidget(self.quote_view, 1)
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
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # -- content ---------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        self.quotes.theme = theme
        for view in (self.quote_view, self.speaker_view):
            view.itemDelegate().theme = theme  # type: ignore[attr-defined]
            view.viewport().update()

    def set_busy(self, message: str) -> None:
        self.placeholder.setText(message)
        self.placeholder.setVisible(bool(message) or not self.quotes.rows)

    def clear(self, message: str = "Finding quotes and speakers…") -> None:
        self.quotes.set_rows([])
        self.speakers.set_rows([])
        self.summary.setText("")
        self.set_busy(message)

    def set_audit(
        self,
        audit: QuoteAudit,
        comparison: Comparison,
        rows: tuple[list[QuoteRow], list[SpeakerRow]] | None = None,
    ) -> None:
        """Show an audit; `rows` are its quote and speaker rows if a worker built them already."""
        quotes, speakers = rows or (quote_rows(audit, comparison), speaker_rows(audit))
        self.quotes.set_rows(quotes)
        self.speakers.set_rows(speakers)
        self.summary.setText(audit_summary(quotes))
        self.placeholder.setText("No quotes found in either version." if not quotes else "")
        self.placeholder.setVisible(not quotes)

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


def audit_summary(rows: list[QuoteRow]) -> str:
    if not rows:
        return ""
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    changed = sum(1 for r in rows if r.speaker_changed)
    parts = [f"{counts[k]} {STATUS_LABELS[k].lower()}" for k in STATUS_LABELS if counts.get(k)]
    if changed:
        parts.append(f"{changed} with a new speaker")
    return f"{len(rows)} quotes: " + ", ".join(parts)
