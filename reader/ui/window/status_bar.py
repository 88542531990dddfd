"""The window's status bar: the comparison's figures, the current change, work in progress.

The figures are shown in whole parts: when the window is too narrow for all of
them, the minor similarity figures give way to "…" first (the quotes' and the
changes' counts matter more), then the parts at the end of what is left; the tooltip has the
whole line, so the bar never shows half of a list of counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QToolButton, QWidget

from reader.ui.plain import plain_label, plain_tooltip
from reader.ui.window.status_text import GROUP_GAP, Part, join_parts, summary_parts

if TYPE_CHECKING:
    from reader.ui.window.main_window import MainWindow

MORE = "…"
PROGRESS_MAX_PX = 420  # "Opening <file name>…": a long name is shortened in its middle


class SummaryLabel(QLabel):
    """Shows as many whole parts as fit its width, then "…"; the tooltip has them all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain_label(self)
        self._parts: list[Part] = []
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_parts(self, parts: Sequence[Part]) -> None:
        self._parts = list(parts)
        self._fit()

    def full_text(self) -> str:
        return join_parts(self._parts)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        metrics = self.fontMetrics()
        full = self.full_text()
        parts = self._parts
        if metrics.horizontalAdvance(full) > width:
            parts = self._without_minor(width)
        shown = join_parts(parts)
        if metrics.horizontalAdvance(shown) > width:
            room = width - metrics.horizontalAdvance(GROUP_GAP + MORE)
            kept: list[Part] = []
            for part in parts:
                if metrics.horizontalAdvance(join_parts([*kept, part])) > room:
                    break
                kept.append(part)
            shown = join_parts(kept) + (GROUP_GAP if kept else "") + MORE
        self.setText(shown)
        self.setToolTip(plain_tooltip(full) if shown != full else "")

    def _without_minor(self, width: int) -> list[Part]:
        """The parts with minor ones dropped from the last one back, one "…" where they
        were, until the line fits (or none is left to drop)."""
        metrics = self.fontMetrics()
        minor = [i for i, part in enumerate(self._parts) if part.minor]
        parts = self._parts
        for count in range(1, len(minor) + 1):
            dropped = set(minor[-count:])
            first = min(dropped)
            parts = [
                Part(MORE, part.gap) if i == first else part
                for i, part in enumerate(self._parts)
                if i == first or i not in dropped
            ]
            if metrics.horizontalAdvance(join_parts(parts)) <= width:
                break
        return parts


class ProgressLabel(QLabel):
    """Work in progress, at most PROGRESS_MAX_PX wide: a long file name or address loses
    its middle to "…" (never its end, which tells files apart); the tooltip has it all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain_label(self)
        self._full = ""

    def set_message(self, message: str) -> None:
        self._full = message
        metrics = self.fontMetrics()
        shown = metrics.elidedText(message, Qt.TextElideMode.ElideMiddle, PROGRESS_MAX_PX)
        self.setText(shown)
        self.setToolTip(plain_tooltip(message) if shown != message else "")

    def full_text(self) -> str:
        return self._full


class WindowStatus:
    """Builds the status bar's widgets on `window` and keeps them up to date."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.summary = SummaryLabel(window)
        self.summary.setObjectName("summary")
        self.progress = ProgressLabel(window)  # names files and addresses
        self.busy_bar = QProgressBar(window)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedWidth(90)
        self.cancel_button = QToolButton(window)
        self.cancel_button.setDefaultAction(window.acts.cancel)
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.change = QLabel(window)
        self.change.setObjectName("changeLabel")
        bar = window.statusBar()
        bar.addWidget(self.summary, 1)
        for widget in (self.change, self.progress, self.busy_bar, self.cancel_button):
            bar.addPermanentWidget(widget)
        self.show_progress("")

    def show_change(self, text: str, count: int) -> None:
        """'Changed passage 3 of 41', in room for the widest such label of this pair."""
        widest = f"Changed passage {count:,} of {count:,}"
        self.change.setMinimumWidth(self.change.fontMetrics().horizontalAdvance(widest) + 8)
        self.change.setText(text)

    def show_progress(self, message: str) -> None:
        w = self.w
        busy = bool(message)
        self.progress.set_message(message)
        self.busy_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        w.acts.cancel.setEnabled(busy)
        if message.startswith("Finding quotes"):
            w.sidebar.set_busy(message)
            w.sidebar.changes_panel.set_changes(None, message)
        elif not busy and w.diff is not None and w.session.changes is None:
            if w.session.audit is None:  # (the ledger comes after the audit)
                w.sidebar.set_busy("No quote audit for this pair.")
            w.sidebar.changes_panel.set_changes(None, "No change ledger for this pair.")

    def update_summary(self) -> None:
        session = self.w.session
        self.summary.set_parts(summary_parts(self.w.diff, session.audit, session.changes))
