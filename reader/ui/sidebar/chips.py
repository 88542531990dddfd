"""Filter chips above the quote list: one per audit status with its count, most serious first.

Signals:
    chosen(str): the status to show ('' for all quotes).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QSizePolicy, QToolButton, QWidget

from reader.present.quotes import STATUS_HELP, STATUS_LABELS
from reader.ui.flow_layout import FlowLayout
from reader.ui.sidebar.models import SEVERITY, QuoteRow


def status_counts(rows: Sequence[QuoteRow]) -> dict[str, int]:
    """How many quotes each chip stands for ('' = all); a quote with a new speaker counts twice."""
    counts = {"": len(rows), **{key: 0 for key in SEVERITY}}
    for row in rows:
        for key in SEVERITY:
            if row.has(key):
                counts[key] += 1
    return counts


class StatusChips(QWidget):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusChips")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        # Chips keep their natural width (no label is cut) and wrap to a new line when the
        # sidebar is too narrow for the next one.
        flow = FlowLayout(self, spacing=4)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        for key in ("", *SEVERITY):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setProperty("role", "chip")
            button.setProperty("status", key or "all")
            button.setObjectName(f"chip_{key or 'all'}")
            button.setToolTip(STATUS_HELP.get(key, "Every quote in either version"))
            button.clicked.connect(lambda _c=False, k=key: self.chosen.emit(k))
            self.group.addButton(button)
            flow.addWidget(button)
            self.buttons[key] = button
        self.buttons[""].setChecked(True)
        self.set_counts(status_counts([]))

    def set_counts(self, counts: dict[str, int]) -> None:
        for key, button in self.buttons.items():
            label = STATUS_LABELS.get(key, "All")
            button.setText(f"{label} {counts.get(key, 0)}")
            button.setEnabled(key == "" or counts.get(key, 0) > 0)

    def current(self) -> str:
        return next((k for k, b in self.buttons.items() if b.isChecked()), "")

    def reset(self) -> None:
        self.buttons[""].setChecked(True)
        self.chosen.emit("")
