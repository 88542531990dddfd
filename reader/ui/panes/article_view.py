"""The read-only text view of one version: typography, highlight runs, selections, markers.

Signals:
    offset_clicked(int): a code-point offset the reader clicked (for moved-sentence jumps).
    fold_clicked(object): the reader clicked a fold row (a `Fold`) to show its paragraphs.
    files_dropped(list): local files dropped on the view, in the order dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractAnimation,
    QEvent,
    QMimeData,
    QPoint,
    QPointF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QToolTip, QWidget

from reader.analysis import Span
from reader.ui.panes import overlays
from reader.ui.panes.article import PreparedText, Run, prepare
from reader.ui.panes.file_drops import FileDropTarget
from reader.ui.panes.fold_rows import FoldRows, below_paragraph, show_blocks
from reader.ui.panes.folding import Fold
from reader.ui.panes.layout_pacer import LayoutPacer
from reader.ui.panes.offsets import OffsetMap
from reader.ui.panes.run_slices import RunSlices
from reader.ui.panes.typography import (
    format_blank_blocks,
    format_continued_blocks,
    format_headline,
    paragraph_format,
    reading_font,
)
from reader.ui.theme import LIGHT, Theme

MAX_COLUMN_PX = 680
SIDE_MARGIN_PX = 28
FLASH_MS = 1400  # how long the outline of a jumped-to change takes to fade


class ArticleView(FileDropTarget):
    """A read-only page: paragraphs with generous spacing, a centred reading column."""

    offset_clicked = Signal(int)
    fold_clicked = Signal(object)

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
        self.slices = RunSlices(self)
        self._extras: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._ghost: int | None = None
        self._flash_span: Span | None = None
        self.flash_strength = 0.0
        self._current: Span | None = None
        self._flash = QVariantAnimation(self, startValue=1.0, endValue=0.0, duration=FLASH_MS)
        self._flash.valueChanged.connect(self._update_flash)
        self._point_size = 12.5
        self.setFont(reading_font(self._point_size))
        self._margin = -1
        self.pacer = LayoutPacer(self)
        self.fold_rows = FoldRows(self)

    # -- content -------------------------------------------------------------------------

    @property
    def offsets(self) -> OffsetMap:
        return self.prepared.offsets

    def set_article(self, prepared: PreparedText, headline: bool = True) -> None:
        """Show a new text; highlight runs are cleared."""
        self.prepared = prepared
        self.slices.clear()
        self._ghost, self._flash_span, self._current = None, None, None
        self._extras.clear()
        doc = QTextDocument(self)
        doc.setDefaultFont(self.font())
        doc.setDocumentMargin(0)
        doc.setUndoRedoEnabled(False)  # read-only: an undo stack only costs memory
        cursor = QTextCursor(doc)
        cursor.setBlockFormat(paragraph_format(self._point_size))
        cursor.insertText(prepared.qt_text or prepared.text)
        format_blank_blocks(doc, self._point_size)
        format_continued_blocks(doc, prepared.continued)
        if headline:
            format_headline(doc)
        self.setDocument(doc)
        self.fold_rows.folds = []
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
        format_continued_blocks(doc, self.prepared.continued)
        self.fold_rows.apply_margins()
        self.pacer.restart()

    def point_size(self) -> float:
        return self._point_size

    # -- highlight runs (QTextLayout additional formats, applied in chunks) ---------------

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        if self.slices.runs:
            self.set_runs(self.slices.runs)
        self._refresh_extras()

    def set_runs(self, runs: dict[int, list[Run]]) -> None:
        """Colour changed words: visible blocks first, the rest in timer-driven slices."""
        self.slices.start(runs, self.cursorForPosition(QPoint(4, 4)).blockNumber())

    def runs_done(self) -> bool:
        return self.slices.done()

    def finish_runs(self) -> None:
        """Apply all pending slices now (tests, export, screenshots)."""
        self.slices.finish()

    # -- geometry helpers used by sync, link map and overview ------------------------------

    def offset_at_y(self, doc_y: float) -> int:
        """The code-point offset of the text at document y (pixels)."""
        layout = self.document().documentLayout()
        qt = layout.hitTest(self._doc_point(doc_y), Qt.HitTestAccuracy.FuzzyHit)
        return self.offsets.from_qt(max(0, qt))

    def column_margin(self) -> int:
        """Left (and right) margin of the reading column, in pixels."""
        return max(0, self._margin)

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

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy the document's own characters (never the pane's inserted break marks)."""
        mime = QMimeData()
        span = self.selected_span()
        if span is not None:
            mime.setText(self.prepared.text[span.start : span.end])
        return mime

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
        """Draw a fading outline round `span` (the words keep their colours)."""
        self._flash_span = span
        self._flash.stop()
        self._flash.start()

    def set_flash_duration(self, ms: int) -> None:
        """How long the outline takes to fade (0: it is gone at once, as tests want)."""
        self._flash.setDuration(ms)

    def flash_running(self) -> bool:
        return self._flash.state() == QAbstractAnimation.State.Running

    def _update_flash(self, value: float) -> None:
        self.flash_strength = max(0.0, min(1.0, float(value)))
        self.viewport().update()

    def set_current(self, span: Span | None) -> None:
        """The current change: a bar in the margin and an outline, no fill."""
        self._current = span
        self.viewport().update()

    def current_span(self) -> Span | None:
        return self._current

    def flash_span(self) -> Span | None:
        return self._flash_span if self.flash_strength > 0.01 else None

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
        order = ("mentions", "find", "quote")
        self.setExtraSelections([s for key in order for s in self._extras.get(key, [])])

    # -- paragraphs visibility ---------------------------------------------------------------

    def set_visible_blocks(self, visible: set[int] | None, folds: list[Fold] | None = None) -> None:
        """Show only these block numbers (None shows all), with fold rows for hidden runs."""
        doc = self.document()
        show_blocks(doc, visible, self.prepared.continued)
        self.fold_rows.set_folds([below_paragraph(f, self.prepared.continued) for f in folds or []])
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
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            overlays.paint_all(self, painter)
        finally:
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

    def mousePressEvent(self, event: QMouseEvent) -> None:
        fold = self.fold_rows.fold_at(event.position(), self.column_margin(), self.scroll_y())
        if fold is not None and event.button() == Qt.MouseButton.LeftButton:
            self.fold_clicked.emit(fold)
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            qt = self.cursorForPosition(event.position().toPoint()).position()
            self.offset_clicked.emit(self.offsets.from_qt(qt))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.ignore()  # zoom is the window's business (both panes together)
            return
        super().wheelEvent(event)


def prepare_empty() -> PreparedText:
    from reader.analysis import Document

    return prepare(Document(text="", paragraphs=()))
