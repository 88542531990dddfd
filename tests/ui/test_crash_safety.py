"""Unexpected errors show a copyable report and leave the window working."""

from __future__ import annotations

import pytest
from conftest import wait_idle
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication

OLD = "The mayor spoke on Monday.\n\nThe river rose by a metre.\n"
NEW = "The mayor spoke on Tuesday.\n\nThe river rose by a metre.\n"


def test_a_failing_comparison_shows_a_report_and_the_next_compare_works(
    window, write, qtbot, fake_quotes
):
    def explode(*args, **kwargs):
        raise RuntimeError("engine exploded on purpose")

    fake_quotes.compare_hook = explode
    window.open_pair(write("a.txt", OLD), write("b.txt", NEW))
    dialog = window.crash.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=20000)
    report = dialog.report()
    assert "RuntimeError: engine exploded on purpose" in report
    assert "Reader " in report and "Python " in report  # versions for the bug report
    assert not dialog.isModal()
    assert dialog.details.isReadOnly()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == report
    assert "comparison failed" in window.sidebar.notice.text()
    assert window.isVisible() and window.isEnabled()

    fake_quotes.compare_hook = None
    dialog.close()
    window.acts.recompute.trigger()
    wait_idle(qtbot, window, quotes=False)
    assert "similar" in window.summary_label.text()
    assert not dialog.isVisible()


def test_an_expected_failure_gets_no_crash_report(window, write, qtbot):
    window.session.load_path("old", write("empty.txt", b""))
    qtbot.waitUntil(lambda: window.panes["old"].message.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: not window.session.is_busy(), timeout=10000)
    assert not window.crash.dialog.isVisible()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_report(window, qtbot):
    window.crash.install()
    try:

        def broken_slot() -> None:
            raise ZeroDivisionError("a slot divided by zero")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(window.crash.dialog.isVisible, timeout=5000)
        assert "ZeroDivisionError: a slot divided by zero" in window.crash.dialog.report()
        assert "broken_slot" in window.crash.dialog.report()
        # the window still answers
        window.acts.zoom_in.trigger()
        assert window.views["old"].point_size() > 12.5
    finally:
        window.crash.uninstall()


@pytest.mark.qt_no_exception_capture
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_exception_in_a_plain_thread_shows_the_report(window, qtbot):
    import threading

    window.crash.install()
    try:
        thread = threading.Thread(target=lambda: 1 / 0, name="stray")
        thread.start()
        thread.join(5)
        qtbot.waitUntil(window.crash.dialog.isVisible, timeout=5000)
        assert "background task failed" in window.crash.dialog.summary.text()
    finally:
        window.crash.uninstall()
