"""The quotes show as soon as the audit is made; the Changes tab fills when the ledger follows
and says it is still working until then (never an empty list that reads as "no changes")."""

from __future__ import annotations

import threading

from conftest import wait_idle

from reader.ui.changes_tab import STILL_WORKING
from reader.ui.session_results import audited
from reader.ui.workers import CancelToken

OLD = '"We will rebuild the pier," said Ana Ruiz on Monday.\n\nThe pier cost 4 million.\n'
NEW = '"We will rebuild the pier," said Ana Ruiz on Tuesday.\n\nThe pier cost 6 million.\n'


def _hold_the_ledger(fake_quotes) -> tuple[threading.Event, threading.Event]:
    """The fake pipeline hands the audit over, then waits for `release` before the ledger."""
    reached, release = threading.Event(), threading.Event()

    def hold(_comparison, cancel) -> None:
        reached.set()
        while not release.wait(0.01) and not cancel():
            pass

    fake_quotes.ledger_hook = hold
    return reached, release


def test_quotes_show_while_the_ledger_is_still_on_its_way(window, write, qtbot, fake_quotes):
    reached, release = _hold_the_ledger(fake_quotes)
    window.open_pair(write("a.txt", OLD), write("b.txt", NEW))
    qtbot.waitUntil(lambda: window.session.audit is not None, timeout=20000)
    assert reached.is_set() and not release.is_set()  # the ledger has not been made yet
    panel = window.sidebar.changes_panel
    assert window.sidebar.quotes.rows  # the quote is listed
    assert window.session.changes is None
    assert panel.model.rows == []
    assert panel.placeholder.text() == STILL_WORKING
    assert not panel.placeholder.isHidden()
    assert window.progress_label.text() == STILL_WORKING
    assert "changes" not in window.summary_label.text().lower()

    release.set()
    wait_idle(qtbot, window)
    assert window.session.changes
    assert len(panel.model.rows) == len(window.session.changes)
    assert panel.placeholder.isHidden()
    assert "What changed" in window.summary_label.text()
    assert window.progress_label.text() == ""


def test_a_failed_ledger_keeps_the_quotes_and_says_there_is_no_ledger(
    window, write, qtbot, fake_quotes
):
    def fail(_comparison, _cancel) -> None:
        raise RuntimeError("ledger broke on purpose")

    fake_quotes.ledger_hook = fail
    window.open_pair(write("a.txt", OLD), write("b.txt", NEW))
    wait_idle(qtbot, window)
    qtbot.waitUntil(window.crash.dialog.isVisible, timeout=20000)
    window.crash.dialog.close()
    assert window.session.audit is not None and window.sidebar.quotes.rows
    assert window.session.changes is None
    panel = window.sidebar.changes_panel
    assert panel.placeholder.text() == "No change ledger for this pair."
    assert "Changes could not be listed" in window.sidebar.notice.text()


def test_cancelling_while_the_ledger_is_made_leaves_no_still_working_message(
    window, write, qtbot, fake_quotes
):
    reached, release = _hold_the_ledger(fake_quotes)
    window.open_pair(write("a.txt", OLD), write("b.txt", NEW))
    qtbot.waitUntil(lambda: window.session.audit is not None, timeout=20000)
    assert reached.is_set()
    window.session.cancel()
    release.set()
    qtbot.waitUntil(lambda: window.session.runner.wait_all(100), timeout=20000)
    panel = window.sidebar.changes_panel
    assert panel.placeholder.text() == "No change ledger for this pair."
    assert window.sidebar.quotes.rows  # the quotes that did arrive stay
    assert window.progress_label.text() == ""


def test_an_early_audit_from_a_read_no_longer_current_is_dropped(window, write, qtbot, fake_quotes):
    window.open_pair(write("a.txt", OLD), write("b.txt", NEW))
    wait_idle(qtbot, window)
    shown = window.session.audit
    stale = fake_quotes.audit(window.diff.comparison, lambda: False)
    window.session._audit_early(CancelToken(), audited(stale, window.diff.comparison))
    assert window.session.audit is shown  # not the stale one
