"""One side of the comparison: a header (which version, title, file, words), a message bar,
the article view and its overview strip.

Signals:
    open_requested(): the reader clicked the header's open link.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.analysis import Document
from reader.present.stats import word_count_text
from reader.ui.panes.article_view import ArticleView
from reader.ui.panes.overview import OverviewBar
from reader.ui.plain import plain_label, plain_tooltip

SIDE_LABELS = {"old": "Original", "new": "Revised"}


class MessageBar(QWidget):
    """A dismissable line under a pane header: a file that failed to open, or changed on disk.

    Its text is always plain: it often quotes a file name or a server's words.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.label = plain_label(QLabel(self))
        self.label.setWordWrap(True)
        self.label.setObjectName("messageText")
        self.action_button = QToolButton(self)
        self.action_button.setObjectName("messageAction")
        self.action_button.hide()
        self.action_button.clicked.connect(self._act)
        self._action: Callable[[], None] | None = None
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip("Dismiss")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(
        self,
        text: str,
        kind: str = "error",
        action: tuple[str, Callable[[], None]] | None = None,
    ) -> None:
        """Show `text`; `action` is an optional (button label, callback), e.g. Reload."""
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        self._action = action[1] if action else None
        self.action_button.setText(action[0] if action else "")
        self.action_button.setVisible(action is not None)
        self.show()

    def _act(self) -> None:
        callback = self._action
        self.hide()
        if callback is not None:
            callback()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


class NameLabel(QLabel):
    """'file-name.txt  ·  599 words': a name too long for the width loses its middle to
    "…", never the word count; the tooltip (set by the header) has the whole source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain_label(self)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._name, self._suffix = "", ""

    def set_name(self, name: str, suffix: str = "") -> None:
        self._name, self._suffix = name, suffix
        self._fit()

    def full_text(self) -> str:
        return self._name + self._suffix

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - metrics.horizontalAdvance(self._suffix)
        name = metrics.elidedText(self._name, Qt.TextElideMode.ElideMiddle, max(0, room))
        self.setText((name or "…") + self._suffix if self._suffix else name or self._name)


class PaneHeader(QWidget):
    open_requested = Signal()

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.side_label = QLabel(SIDE_LABELS[side].upper(), self)
        self.side_label.setObjectName(f"sideLabel_{side}")
        self.side_label.setProperty("role", "sideLabel")
        self.meta = NameLabel(self)
        self.meta.setObjectName("paneMeta")
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title = plain_label(QLabel(self))
        self.title.setObjectName("paneTitle")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._name = ""
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.side_label)
        top.addWidget(self.meta, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.title)
        self.set_document(None)

    def set_document(self, document: Document | None, words: int | None = None) -> None:
        """Show a document's title, name and length (`words`, if counted on a worker already:
        splitting a million characters on the GUI thread takes about 10 ms)."""
        if document is None:
            self.title.setText("No article yet")
            self.title.setVisible(True)
            self.meta.set_name("Drop a file here, or use File ▸ Open")
            self.setToolTip("")
            return
        self.title.setText(document.title or "")
        self.title.setVisible(bool(document.title))
        self.title.setToolTip(plain_tooltip(document.title or ""))
        source = str(document.path) if document.path else (document.source_url or "pasted text")
        self._name = document.display_name
        self.set_word_count(document.word_count() if words is None else words)
        self.meta.setToolTip(plain_tooltip(source))

    def set_word_count(self, count: int) -> None:
        """The length shown beside the name; once compared, the comparison's own count,
        so the header, the summary and every report give the same figure."""
        self.meta.set_name(self._name, f"  ·  {word_count_text(count)}")


class PaneWidget(QWidget):
    """Header, message bar, and the view with its overview strip."""

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"pane_{side}")
        self.header = PaneHeader(side, self)
        self.message = MessageBar(self)
        self.view = ArticleView(self)
        self.view.setObjectName(f"view_{side}")
        self.overview = OverviewBar(self.view, self)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.view, 1)
        body.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        self.document: Document | None = None

    def show_error(self, text: str) -> None:
        self.message.show_message(text, "error")

    def clear_message(self) -> None:
        self.message.hide()
