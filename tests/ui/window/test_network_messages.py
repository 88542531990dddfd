"""The window shows a failed fetch as the one plain line the loader words (reader.documents.url)."""

from __future__ import annotations

import socket


def test_the_window_shows_the_message(window, qtbot, monkeypatch):
    from reader.ui.window import dialogs

    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()  # nothing listens there now: the connection is refused
    monkeypatch.setattr(dialogs, "ask_url", lambda parent: (f"http://127.0.0.1:{port}/", "new"))
    window.acts.open_url.trigger()
    message = window.panes["new"].message
    qtbot.waitUntil(message.isVisible, timeout=20000)
    assert message.text() == "Could not reach 127.0.0.1: the server refused the connection"
    assert not window.crash.dialog.isVisible()
