"""Every modal question the window asks, in small functions tests can patch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.analysis import SUPPORTED_SUFFIXES


def file_filter() -> str:
    suffixes = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
    return f"Articles ({suffixes});;All files (*)"


def ask_open_paths(parent: QWidget | None, caption: str, multiple: bool = False) -> list[str]:
    """The one place the window asks for files to open. Returns [] when cancelled."""
    if multiple:
        paths, _ = QFileDialog.getOpenFileNames(parent, caption, "", file_filter())
        return list(paths)
    path, _ = QFileDialog.getOpenFileName(parent, caption, "", file_filter())
    return [path] if path else []


def ask_pair(
    parent: QWidget | None, recent: list[str], initial: tuple[str, str] = ("", "")
) -> tuple[str, str] | None:
    """The two versions to compare, in the reader's order, or None."""
    from reader.ui.window.pair_dialog import ask_pair as run_dialog

    def browse(owner: QWidget, caption: str) -> list[str]:
        return ask_open_paths(owner, caption, multiple=True)

    return run_dialog(parent, recent, browse, initial)


def ask_save_path(parent: QWidget | None, caption: str, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, "HTML report (*.html)")
    return path


class UrlDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Open Web Page")
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://…")
        self.old = QRadioButton("as the original", self)
        self.new = QRadioButton("as the revised version", self)
        self.new.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.old)
        group.addButton(self.new)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Address of the article (http or https):", self))
        layout.addWidget(self.url)
        layout.addWidget(self.old)
        layout.addWidget(self.new)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())


def ask_url(parent: QWidget | None) -> tuple[str, str] | None:
    """(url, side) or None."""
    dialog = UrlDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.url.text().strip():
        return None
    return dialog.url.text().strip(), ("old" if dialog.old.isChecked() else "new")


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """A warning box; `text` often names a file, so it is shown as plain text."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def show_about(parent: QWidget | None, html: str) -> None:
    QMessageBox.about(parent, "About Reader", html)
