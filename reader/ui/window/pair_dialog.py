"""Open Pair: one field per version, so the order is the reader's, never the file list's.

Each field has Browse… and the recent files; the dialog says which file will be
the Original and which the Revised before anything is compared, and Swap turns
them round. Choosing two files in one Browse… fills both fields in the order
shown, where the reader can check it (a file dialog's multi-selection order
depends on how the files were selected).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.ui.plain import plain_label

ROLES = (("old", "Original", "the earlier version"), ("new", "Revised", "the later version"))
Browse = Callable[[QWidget, str], list[str]]


class PairDialog(QDialog):
    def __init__(
        self,
        recent: Sequence[str],
        browse: Browse,
        initial: tuple[str, str] = ("", ""),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Open Pair")
        self._browse = browse
        self.fields: dict[str, QComboBox] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (side, label, hint) in enumerate(ROLES):
            field = QComboBox(self)
            field.setEditable(True)
            field.setObjectName(f"pairField_{side}")
            field.addItems(list(recent))
            field.setEditText(initial[row])
            line = field.lineEdit()
            if line is not None:
                line.setPlaceholderText(f"{hint}: a file path")
            field.setMinimumContentsLength(40)
            field.editTextChanged.connect(lambda _t: self._update())
            button = QPushButton("Browse…", self)
            button.setObjectName(f"pairBrowse_{side}")
            button.clicked.connect(lambda _c=False, s=side: self._browse_for(s))
            grid.addWidget(QLabel(f"<b>{label}</b>", self), row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(button, row, 2)
            self.fields[side] = field
        self.summary = plain_label(QLabel(self))
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        swap = self.buttons.addButton("Swap", QDialogButtonBox.ButtonRole.ActionRole)
        swap.setObjectName("pairSwap")
        swap.clicked.connect(self.swap)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())
        self._update()

    def paths(self) -> tuple[str, str]:
        return self.fields["old"].currentText().strip(), self.fields["new"].currentText().strip()

    def set_paths(self, old: str, new: str) -> None:
        self.fields["old"].setEditText(old)
        self.fields["new"].setEditText(new)

    def swap(self) -> None:
        old, new = self.paths()
        self.set_paths(new, old)

    def _browse_for(self, side: str) -> None:
        label = "original" if side == "old" else "revised version"
        chosen = self._browse(self, f"Choose the {label}")
        if len(chosen) >= 2:
            self.set_paths(chosen[0], chosen[1])
        elif chosen:
            self.fields[side].setEditText(chosen[0])

    def _update(self) -> None:
        old, new = self.paths()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        ok.setEnabled(bool(old and new))
        if old and new:
            self.summary.setText(
                f"{Path(old).name} will be compared as the Original, "
                f"{Path(new).name} as the Revised version."
            )
        else:
            self.summary.setText("Choose both versions.")


def ask_pair(
    parent: QWidget | None, recent: Sequence[str], browse: Browse, initial: tuple[str, str]
) -> tuple[str, str] | None:
    """(original, revised) paths, or None when cancelled."""
    dialog = PairDialog(recent, browse, initial, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    old, new = dialog.paths()
    return (old, new) if old and new else None
