"""Unexpected errors: shown in a window the reader can copy a report from, never a dead app.

`install(window)` routes `sys.excepthook` (exceptions in slots and event
handlers, which PySide hands to it) and `threading.excepthook` to one
non-modal ErrorDialog; worker failures reach it through the session. The
previous hooks still run, so the traceback is printed to stderr as before.
"""

from __future__ import annotations

import platform
import sys
import threading
import traceback
from types import TracebackType
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader import __version__

MAX_REPORTS = 20


def report_text(summary: str, details: str) -> str:
    """A plain-text report: what happened, the traceback, and the versions."""
    versions = (
        f"Reader {__version__}, Python {platform.python_version()}, "
        f"PySide6 {pyside_version}, {platform.platform()}"
    )
    return f"{summary}\n\n{details.rstrip()}\n\n{versions}\n"


def format_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> str:
    return "".join(traceback.format_exception(kind, value, tb))


class ErrorDialog(QDialog):
    """Non-modal: the window behind it stays usable. Later errors are added to the report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle("Reader ran into a problem")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # an error may quote a file
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(
            "Your articles are safe: Reader never changes the files it opens. "
            "You can keep working. To report this, copy the details below.",
            self,
        )
        hint.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("errorReport")
        self.details.setReadOnly(True)
        self.details.setFont(QFont("monospace"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton("Copy Report", self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(hint)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self._count = 0

    def add_report(self, summary: str, details: str) -> None:
        if not self.isVisible():
            self.details.clear()
            self._count = 0
        self._count += 1
        if self._count > MAX_REPORTS:
            return
        self.summary.setText(summary if self._count == 1 else f"{self._count} problems. {summary}")
        if self._count > 1:
            self.details.appendPlainText("\n" + "-" * 60 + "\n")
        self.details.appendPlainText(report_text(summary, details))
        self.show()
        self.raise_()

    def report(self) -> str:
        return self.details.toPlainText()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report())


class CrashReporter(QObject):
    """Signals: reported(str summary, str details), emitted from any thread."""

    reported = Signal(str, str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.dialog = ErrorDialog(parent)
        self.reported.connect(self.dialog.add_report, Qt.ConnectionType.QueuedConnection)
        self._old_hook = sys.excepthook
        self._old_thread_hook = threading.excepthook

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._old_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._old_thread_hook

    def report(self, summary: str, details: str) -> None:
        self.reported.emit(summary, details)

    def excepthook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        self._old_hook(kind, value, tb)
        if issubclass(kind, KeyboardInterrupt):
            return
        details = format_exception(kind, value, tb)
        self.report(f"Something went wrong: {value or kind.__name__}", details)

    def thread_excepthook(self, args: Any) -> None:
        self._old_thread_hook(args)
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        details = format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        self.report(f"A background task failed: {args.exc_value}", details)


def install(window: QWidget) -> CrashReporter:
    reporter = CrashReporter(window)
    reporter.install()
    return reporter
