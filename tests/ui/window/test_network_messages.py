"""Network failures read as one plain line naming the site, never the library's or server's text."""

from __future__ import annotations

import socket
import urllib.error
from email.message import Message

from reader.ui.messages import network_message


def test_no_network():
    error = urllib.error.URLError(socket.gaierror(socket.EAI_AGAIN, "Temporary failure"))
    assert network_message("https://example.org/story", error) == (
        "Could not reach example.org: no network (the name could not be looked up)"
    )


def test_unknown_name():
    error = urllib.error.URLError(socket.gaierror(socket.EAI_NONAME, "Name or service not known"))
    assert network_message("http://nosuch.example/", error) == (
        "Could not reach nosuch.example: no such site, or no network"
    )


def test_refused_and_timeout():
    refused = urllib.error.URLError(ConnectionRefusedError(111, "Connection refused"))
    assert network_message("http://127.0.0.1:9/x", refused).endswith("refused the connection")
    assert network_message("http://a.example/", TimeoutError()).endswith("no answer in time")


def test_http_error_uses_the_standard_phrase_not_the_servers():
    error = urllib.error.HTTPError(
        "http://a.example/x", 404, '<img src="file:///etc/passwd">', Message(), None
    )
    assert network_message("http://a.example/x", error) == "a.example answered 404 Not Found"


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
    # Web pages load through reader.documents.url, whose messages name the address.
    assert message.text() == f"http://127.0.0.1:{port}/: the server refused the connection"
    assert not window.crash.dialog.isVisible()
