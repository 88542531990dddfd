"""File ▸ Open Web Page through the real code path, against a page served on loopback."""

from __future__ import annotations

import url_server
from url_server import BIG_BYTES, STORY_ARTICLE

from reader.analysis import FetchLimits
from reader.ui.window import dialogs

server = url_server.server  # the shared loopback server, under the name the tests ask for


def open_url(window, monkeypatch, url: str, side: str = "new") -> None:
    monkeypatch.setattr(dialogs, "ask_url", lambda parent: (url, side))
    window.acts.open_url.trigger()


def test_open_url_shows_the_article_without_page_furniture(window, server, qtbot, monkeypatch):
    open_url(window, monkeypatch, f"{server}/story")
    view = window.views["new"]
    qtbot.waitUntil(lambda: "dredge the eastern channel" in view.toPlainText(), timeout=20000)
    text = view.toPlainText()
    assert "Mara Quinn" in text
    for furniture in ("trackingSecret", "do-not-show-this", "SportsDeskNav", "NewsletterNav"):
        assert furniture not in text
    assert window.panes["new"].document.source_url == f"{server}/story"
    assert not window.panes["new"].message.isVisible()


def test_only_http_and_https_addresses_are_opened(window, qtbot, monkeypatch, tmp_path):
    secret = tmp_path / "secret.html"
    secret.write_text("<p>local file contents</p>", encoding="utf-8")
    open_url(window, monkeypatch, secret.as_uri(), side="old")
    message = window.panes["old"].message
    qtbot.waitUntil(message.isVisible, timeout=10000)
    assert "only http and https" in message.text()
    assert "local file contents" not in window.views["old"].toPlainText()
    assert not window.crash.dialog.isVisible()


def test_a_page_over_the_size_cap_is_refused(window, server, qtbot, monkeypatch):
    window.session.url_limits = FetchLimits(max_bytes=BIG_BYTES // 2)
    open_url(window, monkeypatch, f"{server}/big")
    message = window.panes["new"].message
    qtbot.waitUntil(message.isVisible, timeout=10000)
    assert "larger than" in message.text()
    assert window.views["new"].toPlainText() == ""


def test_slow_pages_never_hold_up_a_local_file_and_cancel_hangs_up(
    window, server, qtbot, monkeypatch, tmp_path
):
    story = tmp_path / "story.txt"
    story.write_text(STORY_ARTICLE, encoding="utf-8")
    session = window.session
    open_url(window, monkeypatch, f"{server}/drip", side="old")
    open_url(window, monkeypatch, f"{server}/drip", side="new")
    qtbot.waitUntil(lambda: session.url_runner.pool.activeThreadCount() == 2, timeout=10000)
    # Both pages are stuck in reads, yet a file opens at once on the window's own workers.
    session.load_path("new", story)
    qtbot.waitUntil(
        lambda: "dredge the eastern" in window.views["new"].toPlainText(), timeout=20000
    )
    assert session.url_runner.is_busy("fetch_old")  # the old side's page is still coming
    window.acts.cancel.trigger()
    # The requests are hung up, not flagged: the threads blocked in reads end now.
    assert session.url_runner.pool.waitForDone(10000)
    assert not session.is_busy()
    assert window.views["old"].toPlainText() == ""


def test_a_documents_notice_shows_in_its_pane(window, qtbot, tmp_path):
    story = tmp_path / "story.txt"
    story.write_bytes(STORY_ARTICLE.encode("utf-8").replace(b"harbour", b"har\x01bour", 1))
    window.session.load_path("old", story)
    message = window.panes["old"].message
    qtbot.waitUntil(message.isVisible, timeout=20000)
    assert message.text() == "Note: 1 control character(s) removed"
