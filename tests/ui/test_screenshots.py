"""Screenshots of the window for people to look at: light and dark, sample pair, a quote selected.

Saved under test-artifacts/screenshots/. The quote audit uses the real engine
when it is there, else deterministic stand-ins, so the shots always show a sidebar.
"""

from __future__ import annotations

import pytest
from conftest import ARTIFACTS, wait_idle
from PySide6.QtCore import Qt

from reader.ui import engine
from reader.ui.quote_models import ROW_ROLE


def _has_real_audit() -> bool:
    try:
        import reader.audit as audit

        return hasattr(audit, "audit_quotes")
    except ImportError:
        return False


@pytest.fixture
def quotes_available(monkeypatch):
    if _has_real_audit():
        return
    import fakes

    names = {
        "s1": "Helen Marsh",
        "s2": "Tom Reyes",
        "s3": "Dan Okafor",
        "s4": "Priya Lund",
        "s5": "Margaret Fell",
    }
    roles = {
        "s1": ("Helen Marsh", "mayor"),
        "s2": ("Tom Reyes", "spokesman"),
        "s3": ("Dan Okafor", "union leader"),
        "s4": ("Priya Lund", "spokeswoman"),
        "s5": ("Margaret Fell", "resident"),
    }
    monkeypatch.setattr(engine, "extract_quotes", lambda doc: fakes.fake_quotes(doc, names))
    monkeypatch.setattr(engine, "audit_quotes", lambda c, o, n: fakes.fake_audit(c, o, n, roles))


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshot(window, sample_old, sample_new, qtbot, quotes_available, theme):
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
    qtbot.wait(1600)  # let the flash fade
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"window-{theme}.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10000
