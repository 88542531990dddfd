"""A web server on 127.0.0.1 for the URL tests: a page, a news story with page furniture,
a page over a size cap, a slow drip, a short body, redirects.

Loopback is exactly what the rule against redirects into private networks blocks, so the
tests that need a "public" host pass `loopback_is_public` as their address check.
"""

from __future__ import annotations

import contextlib
import ipaddress
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

ARTICLE = " ".join(
    f"Paragraph {i}: the harbour board met on Thursday and agreed to dredge the channel."
    for i in range(12)
)
PAGE = f"<html><head><title>Dredging</title></head><body><article><p>{ARTICLE}</p></article>"
PAGE_BYTES = PAGE.encode()
STORY_ARTICLE = " ".join(
    f"Paragraph {i}: the harbour board met on Thursday and agreed to dredge the eastern "
    f"channel, a decision that fishermen had sought for years, the chair told reporters."
    for i in range(1, 4)
)
# A story as news sites serve it: scripts, styles, navigation and a footer round the article.
STORY = f"""<!doctype html>
<html><head><title>Harbour board backs dredging</title>
<script>var trackingSecret = "do-not-show-this";</script>
<style>.nav {{ color: red }}</style></head>
<body>
<nav class="nav"><a href="/">Home</a> <a href="/sport">SportsDeskNav</a>
<a href="/subscribe">Subscribe to our NewsletterNav</a></nav>
<article>
<h1>Harbour board backs dredging</h1>
<p>{STORY_ARTICLE}</p>
<p>"We have waited long enough for this channel to be opened," said Mara Quinn, who
has fished out of the harbour for thirty years and chairs the local association.</p>
<p>Work is expected to begin in the autumn and to last about four months, weather allowing,
according to the engineers who drew up the plans for the board.</p>
</article>
<footer>Copyright FooterTextNav 2024</footer>
</body></html>
"""
BIG_BYTES = 8192  # /big sends a page this long
LOOPBACK = ipaddress.ip_address("127.0.0.1")
SERVER_LIFETIME_S = 60
DRIP_BYTE_S = 0.2  # the slow server's pace (what is under test, not a wait in a test)
# Set once /drip has sent its headers and first byte: the client is then in the body.
DRIPPING = threading.Event()


def loopback_is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return address == LOOPBACK


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    routes: ClassVar[dict[str, Callable[[Handler], None]]] = {}

    def do_GET(self) -> None:
        route = self.routes.get(self.path.split("?")[0], Handler.not_found)
        with contextlib.suppress(OSError):  # the client hung up, as it should after a cancel
            route(self)

    def not_found(self) -> None:
        self.send_response(404, "<img src='file:///etc/passwd'> Gone")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def page(self) -> None:
        self.send_html(PAGE_BYTES)

    def story(self) -> None:
        self.send_html(STORY.encode())

    def big(self) -> None:
        self.send_html(b"<p>" + b"x" * (BIG_BYTES - 7) + b"</p>")

    def send_html(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def drip(self) -> None:
        """Headers at once, then one byte every 0.2 s: each read succeeds, the page never ends."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        for _ in range(300):
            self.wfile.write(b"a")
            self.wfile.flush()
            DRIPPING.set()
            time.sleep(DRIP_BYTE_S)

    def short(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(PAGE_BYTES) + 5000))
        self.end_headers()
        self.wfile.write(PAGE_BYTES)
        self.close_connection = True

    def unsized(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(b"<p>" + b"x" * 50_000 + b"</p>")
        self.close_connection = True

    def pdf(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/pdf")
        self.send_header("Content-Length", "9")
        self.end_headers()
        self.wfile.write(b"%PDF-1.4\n")

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def _redirect_to(location: str) -> Callable[[Handler], None]:
    return lambda handler: handler.redirect(location)


Handler.routes = {
    "/page": Handler.page,
    "/story": Handler.story,
    "/big": Handler.big,
    "/drip": Handler.drip,
    "/short": Handler.short,
    "/unsized": Handler.unsized,
    "/pdf": Handler.pdf,
    "/to-ftp": _redirect_to("ftp://127.0.0.1/pub/secret.txt"),
    "/to-file": _redirect_to("file:///etc/passwd"),
    "/to-page": _redirect_to("/page"),
    "/loop": _redirect_to("/loop"),
}


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    watchdog = threading.Timer(SERVER_LIFETIME_S, httpd.shutdown)
    watchdog.daemon = True
    watchdog.start()
    port = httpd.server_address[1]
    # A hop to another loopback address (127.0.0.2) stands in for a private service.
    Handler.routes["/to-private"] = _redirect_to(f"http://127.0.0.2:{port}/page")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        watchdog.cancel()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)
