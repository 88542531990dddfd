"""How the window's parts sit together, and the sizes that keep it usable at 1024×700.

Each pane keeps at least a readable column (PANE_MIN_WIDTH); the sidebar
gives way first, and the toolbar moves what does not fit into its » menu.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QSplitter, QVBoxLayout, QWidget

PANE_MIN_WIDTH = 260
SIDEBAR_MIN_WIDTH = 220
SIDEBAR_WIDTH = 360


def build_central(
    window: QMainWindow,
    panes: Mapping[str, QWidget],
    linkmap: QWidget,
    findbar: QWidget,
    sidebar: QWidget,
) -> QSplitter:
    """Original | link map | Revised, the find bar under them, the sidebar to the right."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    row.addWidget(panes["old"], 1)
    row.addWidget(linkmap)
    row.addWidget(panes["new"], 1)
    for pane in panes.values():
        pane.setMinimumWidth(PANE_MIN_WIDTH)
    compare = QWidget(window)
    compare.setObjectName("centralArea")
    column = QVBoxLayout(compare)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addLayout(row, 1)
    column.addWidget(findbar)
    sidebar.setMinimumWidth(SIDEBAR_MIN_WIDTH)
    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    splitter.setObjectName("mainSplitter")
    splitter.addWidget(compare)
    splitter.addWidget(sidebar)
    splitter.setStretchFactor(0, 1)
    splitter.setCollapsible(0, False)
    splitter.setSizes([1000, SIDEBAR_WIDTH])
    return splitter
