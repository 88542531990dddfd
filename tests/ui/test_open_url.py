"""File ▸ Open Web Page through the real code path, against a page served on loopback."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from reader.analysis import FetchLimits
from reader.ui.window import dialogs

ARTICLE = " ".join(
    f"Paragraph {i}: the harbour board met on Thursday and agreed to dredge the eastern "
    f"channel, a decision that fishermen had sought for years, the chair told reporters."
    for i in range(1, 4)
)
PAGE = f"""<!doctype html>
<html><head><title>Harbour board backs dredging</title>
<script>var trackingSecret = "do-not-show-this";</script>
<style>.nav {{ color: red }}</style></head>
<body>
<nav class="nav"><a href="/">Home</a> <a href="/sport">SportsDeskNav</a>
<a href="/subscribe">Subscribe to our NewsletterNav</a></nav>
<article>
<h1>Harbour board backs dredging</h1>
<p>{ARTICLE}</p>
<p>"We have waited long enough for this channel to be opened," said Mara Quinn, who
has fished out of the harbour for thirty years and chairs the local association.</p>
<p>Work is expected to begin in the autumn and to last about four months, weather allowing,
according to the engineers who drew up the plans for the board.</p>
</article>
<footer>Copyright FooterTextNav 2024</footer>
</body></html>
"""
BIG = 4096
SERVER_LIFETIME_S = 60


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/drip":
            self._drip()
            return
        body = PAGE.encode() if self.path != "/big" else b"<p>" + b"x" * (BIG * 2) + b"</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _drip(self) -> None:
        """A page that never ends: one byte every 0.2 s."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            for _ in range(300):
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass  # the window hung up

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server(monkeypatch) -> Iterator[str]:
    """A loopback server that stops after the test, or after a minute whatever happens."""
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.timeout = 5
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    watchdog = threading.Timer(SERVER_LIFETIME_S, httpd.shutdown)
    watchdog.daemon = True
    watchdog.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        watchdog.cancel()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


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
    window.session.url_limits = FetchLimits(max_bytes=BIG)
    open_url(window, monkeypatch, f"{server}/big")
    message = window.panes["new"].message
    qtbot.waitUntil(message.isVisible, timeout=10000)
    assert "larger than" in message.text()
    assert window.views["new"].toPlainText() == ""


def test_slow_pages_never_hold_up_a_local_file_and_cancel_hangs_up(
    window, server, qtbot, monkeypatch, tmp_path
):
    story = tmp_path / "story.txt"
    story.write_text(ARTICLE, encoding="utf-8")
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
    story.write_bytes(ARTICLE.encode("utf-8").replace(b"harbour", b"har\x01bour", 1))
    window.session.load_path("old", story)
    message = window.panes["old"].message
    qtbot.waitUntil(message.isVisible, timeout=20000)
    assert message.text() == "Note: 1 control character(s) removed"
