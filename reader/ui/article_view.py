"""The read-only text view of one version: typography, highlight runs, selections, markers.

Signals:
    offset_clicked(int): a code-point offset the reader clicked (for moved-sentence jumps).
    file_dropped(str): a local file was dropped on the view.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLayout,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QToolTip, QWidget

from reader.analysis import Span
from reader.ui.article import PreparedText, Run, prepare
from reader.ui.layout_pacer import LayoutPacer
from reader.ui.offsets import OffsetMap
from reader.ui.theme import LIGHT, Theme

READING_FONTS = [
    "Source Serif 4",
    "Charter",
    "Iowan Old Style",
    "Georgia",
    "Noto Serif",
    "Liberation Serif",
    "DejaVu Serif",
    "serif",
]
MAX_COLUMN_PX = 680
SIDE_MARGIN_PX = 28
LINE_HEIGHT_PERCENT = 150
CHUNK_BUDGET_S = 0.01  # a slice of highlighting, its relayout and a repaint stay well under 100 ms
STRETCH_CHARS = 20_000  # laid out again after each slice: about 4 ms of Qt's layout


def reading_font(point_size: float) -> QFont:
    font = QFont()
    font.setFamilies(READING_FONTS)
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.Serif)
    return font


class ArticleView(QTextEdit):
    """A read-only page: paragraphs with generous spacing, a centred reading column."""

    offset_clicked = Signal(int)
    file_dropped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.setUndoRedoEnabled(False)
        self.setMouseTracking(True)
        self.prepared: PreparedText = prepare_empty()
        self.theme: Theme = LIGHT
        self.tooltip_provider: Callable[[int], str | None] | None = None
        self._runs: dict[int, list[Run]] = {}
        self._formatted_blocks: set[int] = set()
        self._pending: list[int] = []
        self._chunk_timer = QTimer(self, singleShot=True, interval=0)
        self._chunk_timer.timeout.connect(self._apply_next_chunk)
        self._extras: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._ghost: int | None = None
        self._flash_span: tuple[int, int] | None = None
        self._flash = QVariantAnimation(self, startValue=1.0, endValue=0.0, duration=1400)
        self._flash.valueChanged.connect(self._update_flash)
        self._point_size = 12.5
        self.setFont(reading_font(self._point_size))
        self._margin = -1
        self.pacer = LayoutPacer(self)

    # -- content -------------------------------------------------------------------------

    @property
    def offsets(self) -> OffsetMap:
        return self.prepared.offsets

    def set_article(self, prepared: PreparedText, headline: bool = True) -> None:
        """Show a new text; highlight runs are cleared."""
        self.prepared = prepared
        self._runs, self._formatted_blocks, self._pending = {}, set(), []
        self._ghost, self._flash_span = None, None
        self._extras.clear()
        doc = QTextDocument(self)
        doc.setDefaultFont(self.font())
        doc.setDocumentMargin(0)
        doc.setUndoRedoEnabled(False)  # read-only: an undo stack only costs memory
        cursor = QTextCursor(doc)
        cursor.setBlockFormat(paragraph_format(self._point_size))
        cursor.insertText(prepared.text)
        format_blank_blocks(doc, self._point_size)
        if headline:
            format_headline(doc)
        self.setDocument(doc)
        self._margin = -1
        self._update_margins()
        self.setExtraSelections([])
        self.pacer.restart()

    def set_point_size(self, size: float) -> None:
        self._point_size = size
        self.setFont(reading_font(size))
        doc = self.document()
        doc.setDefaultFont(self.font())
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setBlockFormat(paragraph_format(size))
        cursor.endEditBlock()
        format_blank_blocks(doc, size)
        self.pacer.restart()

    def point_size(self) -> float:
        return self._point_size

    # -- highlight runs (QTextLayout additional formats, applied in chunks) ---------------

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        if self._runs:
            self.set_runs(self._runs)
        self._refresh_extras()

    def set_runs(self, runs: dict[int, list[Run]]) -> None:
        """Colour changed words. Visible blocks first, the rest in timer-driven slices.

        Blocks coloured before and not now are cleared in the same slices, so a
        recompute never stalls the window on a long article.
        """
        self._runs = runs
        first = self._first_visible_block()
        todo = set(runs) | self._formatted_blocks
        ordered = sorted(todo, key=lambda b: (b < first, b))
        self._pending = ordered[::-1]  # pop() from the end: visible blocks first
        self._chunk_timer.start()

    def runs_done(self) -> bool:
        return not self._pending

    def finish_runs(self) -> None:
        """Apply all pending slices now (tests, export, screenshots)."""
        while self._pending:
            self._apply_next_chunk()

    def _apply_next_chunk(self) -> None:
        """Format a stretch of neighbouring blocks, then have Qt lay out that stretch once.

        Each relayout request walks every block of the document (about 7 ms at 300k
        words), so one request per block made highlighting a long article take
        minutes of slices; one per stretch keeps it to a second or two.
        """
        doc = self.document()
        formats = mark_formats(self.theme)
        clock = time.perf_counter()
        first: QTextBlock | None = None
        last: QTextBlock | None = None
        while self._pending and time.perf_counter() - clock < CHUNK_BUDGET_S:
            block = doc.findBlockByNumber(self._pending[-1])
            if first is not None and last is not None and not _extends(first, last, block):
                break
            number = self._pending.pop()
            if not block.isValid():
                continue
            runs = self._runs.get(number, [])
            block.layout().setFormats([make_range(run, formats) for run in runs])
            if runs:
                self._formatted_blocks.add(number)
            else:
                self._formatted_blocks.discard(number)
            first = block if first is None else first
            last = block
        if first is not None and last is not None:
            end = last.position() + last.length()
            doc.markContentsDirty(first.position(), end - first.position())
        if self._pending:
            self._chunk_timer.start()

    def _first_visible_block(self) -> int:
        return self.cursorForPosition(QPoint(4, 4)).blockNumber()

    # -- geometry helpers used by sync, link map and overview ------------------------------

    def offset_at_y(self, doc_y: float) -> int:
        """The code-point offset of the text at document y (pixels)."""
        layout = self.document().documentLayout()
        qt = layout.hitTest(self._doc_point(doc_y), Qt.HitTestAccuracy.FuzzyHit)
        return self.offsets.from_qt(max(0, qt))

    def _doc_point(self, doc_y: float) -> QPointF:
        return QPointF(self._margin + 2, doc_y)

    def y_of_offset(self, offset: int, bottom: bool = False) -> float:
        """Document y of the line holding `offset` (its top, or its bottom)."""
        qt = min(self.offsets.to_qt(offset), max(0, self.document().characterCount() - 1))
        block = self.document().findBlock(qt)
        rect = self.document().documentLayout().blockBoundingRect(block)
        if not block.isVisible():
            return rect.top()
        layout = block.layout()
        line = layout.lineForTextPosition(qt - block.position())
        if not line.isValid():
            return rect.bottom() if bottom else rect.top()
        y = rect.top() + line.y()
        return y + line.height() if bottom else y

    def scroll_y(self) -> int:
        return self.verticalScrollBar().value()

    def set_scroll_y(self, y: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(max(bar.minimum(), min(bar.maximum(), round(y))))

    def viewport_height(self) -> int:
        return self.viewport().height()

    def visible_offsets(self) -> tuple[int, int]:
        top = self.scroll_y()
        return self.offset_at_y(top), self.offset_at_y(top + self.viewport_height())

    # -- selections and markers ------------------------------------------------------------

    def select_span(self, span: Span, center: bool = True) -> None:
        start, end = self.offsets.span_to_qt(span)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if center:
            self.center_on(span.start, span.end)

    def selected_span(self) -> Span | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return Span(
            self.offsets.from_qt(cursor.selectionStart()),
            self.offsets.from_qt(cursor.selectionEnd()),
        )

    def center_on(self, start: int, end: int | None = None) -> None:
        top = self.y_of_offset(start)
        bottom = self.y_of_offset(end if end is not None else start, bottom=True)
        height = self.viewport_height()
        target = (top + bottom) / 2 - height / 2 if bottom - top < height * 0.8 else top - 24
        self.set_scroll_y(target)

    def is_offset_visible(self, offset: int) -> bool:
        y = self.y_of_offset(offset) - self.scroll_y()
        return 0 <= y < self.viewport_height()

    def set_ghost(self, offset: int | None) -> None:
        """Mark where a quote missing from this version would have been."""
        self._ghost = offset
        self.viewport().update()

    def ghost(self) -> int | None:
        return self._ghost

    def flash(self, span: Span) -> None:
        self._flash_span = self.offsets.span_to_qt(span)
        self._flash.stop()
        self._flash.start()

    def _update_flash(self, value: float) -> None:
        if self._flash_span is None:
            return
        color = QColor(self.theme.flash_bg)
        color.setAlphaF(max(0.0, min(1.0, float(value))) * 0.85)
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        self._extras["flash"] = [self._extra(*self._flash_span, fmt)] if value > 0.01 else []
        self._refresh_extras()

    def set_marked_spans(self, name: str, spans: list[Span], fmt: QTextCharFormat) -> None:
        self._extras[name] = [self._extra(*self.offsets.span_to_qt(s), fmt) for s in spans]
        self._refresh_extras()

    def _extra(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def _refresh_extras(self) -> None:
        order = ("mentions", "find", "quote", "flash")
        self.setExtraSelections([s for key in order for s in self._extras.get(key, [])])

    # -- paragraphs visibility ---------------------------------------------------------------

    def set_visible_blocks(self, visible: set[int] | None) -> None:
        """Show only these block numbers (None shows all)."""
        doc = self.document()
        block = doc.begin()
        while block.isValid():
            block.setVisible(visible is None or block.blockNumber() in visible)
            block = block.next()
        doc.markContentsDirty(0, doc.characterCount())
        self.viewport().update()
        self.pacer.restart()

    # -- Qt overrides -----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()
        if event.size().width() != event.oldSize().width():
            self.pacer.restart()  # a new width lays the whole text out again

    def _update_margins(self) -> None:
        width = self.viewport().width()
        margin = max(SIDE_MARGIN_PX, (width - MAX_COLUMN_PX) // 2)
        if margin == self._margin:
            return
        self._margin = margin
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        fmt.setLeftMargin(margin)
        fmt.setRightMargin(margin)
        fmt.setTopMargin(22)
        fmt.setBottomMargin(max(40, self.viewport().height() // 2))
        frame.setFrameFormat(fmt)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._ghost is not None:
            self._paint_ghost()

    def _paint_ghost(self) -> None:
        qt = self.offsets.to_qt(self._ghost or 0)
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(qt, self.document().characterCount() - 1))
        rect: QRect = self.cursorRect(cursor)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(self.theme.ghost)
        painter.setPen(QPen(color, 2.5))
        x = rect.left() + 1
        painter.drawLine(x, rect.top() - 2, x, rect.bottom() + 2)
        painter.setBrush(color)
        painter.drawEllipse(QPoint(x, rect.top() - 4), 3, 3)
        painter.setPen(QPen(color, 1, Qt.PenStyle.DashLine))
        painter.drawLine(
            self._margin,
            rect.bottom() + 3,
            self.viewport().width() - self._margin,
            rect.bottom() + 3,
        )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if (
            isinstance(event, QHelpEvent)
            and event.type() == QEvent.Type.ToolTip
            and self.tooltip_provider is not None
        ):
            pos = self.viewport().mapFromGlobal(event.globalPos())
            offset = self.offsets.from_qt(self.cursorForPosition(pos).position())
            text = self.tooltip_provider(offset)
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            qt = self.cursorForPosition(event.position().toPoint()).position()
            self.offset_clicked.emit(self.offsets.from_qt(qt))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.file_dropped.emit(urls[0].toLocalFile())
        else:
            super().dropEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.ignore()  # zoom is the window's business (both panes together)
            return
        super().wheelEvent(event)


def _extends(first: QTextBlock, last: QTextBlock, block: QTextBlock) -> bool:
    """True if `block` belongs to the stretch first..last: below it and not too far."""
    if not block.isValid():
        return True  # dropped without formatting
    if block.blockNumber() < last.blockNumber():
        return False  # wrapped round to the blocks above the view
    return block.position() + block.length() - first.position() <= STRETCH_CHARS


def prepare_empty() -> PreparedText:
    from reader.analysis import Document

    return prepare(Document(text="", paragraphs=()))


def paragraph_format(point_size: float) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(
        LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    )
    fmt.setBottomMargin(point_size * 0.9)
    return fmt


def blank_format() -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    return fmt


def format_blank_blocks(doc: QTextDocument, point_size: float) -> None:
    """Blank separator lines take no room: paragraph spacing comes from the block margin."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    block = doc.begin()
    fmt = blank_format()
    while block.isValid():
        if block.length() == 1:
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()
    cursor.endEditBlock()


def format_headline(doc: QTextDocument) -> None:
    """The first paragraph of an article is its headline: set it larger and bold."""
    block = doc.begin()
    if not block.isValid() or block.length() <= 1 or len(block.text().split()) > 30:
        return
    cursor = QTextCursor(block)
    cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.DemiBold)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 2)
    cursor.mergeCharFormat(fmt)
    bfmt = QTextBlockFormat()
    bfmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    bfmt.setBottomMargin(14)
    cursor.mergeBlockFormat(bfmt)


def mark_formats(theme: Theme) -> dict[str, QTextCharFormat]:
    formats = {}
    for mark in ("deleted", "inserted", "replaced", "moved"):
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(getattr(theme, f"{mark}_bg")))
        fmt.setForeground(QColor(getattr(theme, f"{mark}_fg")))
        formats[mark] = fmt
    formats["deleted"].setFontStrikeOut(False)
    return formats


def make_range(run: Run, formats: dict[str, QTextCharFormat]) -> QTextLayout.FormatRange:
    rng = QTextLayout.FormatRange()
    rng.start, rng.length = run[0], run[1]
    rng.format = formats[run[2]]
    return rng
