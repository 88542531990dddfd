"""Screenshots of the window for people to look at: light and dark, sample pair, a quote selected.

Saved under test-artifacts/screenshots/. The quote audit is the real one
(spaCy in its child process), so the shots show what users see.
"""

from __future__ import annotations

import pytest
from conftest import ARTIFACTS, settled, wait_idle
from PySide6.QtCore import Qt

from reader.ui.sidebar.models import ROW_ROLE


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshot(window, sample_old, sample_new, qtbot, theme):
    window.settings.set_theme(theme)
    window.apply_theme()
    window.resize(1440, 900)
    window.open_pair(sample_old, sample_new)
    wait_idle(qtbot, window)
    proxy = window.sidebar.proxy
    pick = next(
        (
            i
            for i in range(proxy.rowCount())
            if proxy.index(i, 0).data(ROW_ROLE).status == "altered"
        ),
        0,
    )
    if proxy.rowCount():
        index = proxy.index(pick, 0)
        view = window.sidebar.quote_view
        view.scrollTo(index)
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
        )
    # let the flash fade: wait for its animation to stop, not for a fixed time
    qtbot.waitUntil(lambda: settled(window), timeout=5000)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"window-{theme}.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10000
