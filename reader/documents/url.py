"""Fetch a web page to compare: http(s) only, within a deadline and a size cap, cancellable.

Every hop of a redirect is checked again: its scheme (http or https only) and its
address (a page on the public internet may not send us to a loopback, private or
link-local address, where the user's own services live). We resolve each host
ourselves and connect to the address we checked, so a second DNS answer cannot
slip a different one in. `PageRequest.cancel()` and the overall deadline shut the
socket down from another thread: a read blocked on a server that sends one byte a
minute returns at once.
"""

from __future__ import annotations

import contextlib
import errno
import http.client
import ipaddress
import os
import select
import socket
import ssl
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus

from reader.documents.errors import LoadError
from reader.documents.formats import document_from_html_bytes
from reader.documents.model import Document

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# Tells whether an address is on the public internet. Tests pass their own, so that a
# server on 127.0.0.1 can stand in for a public host.
AddressCheck = Callable[[IPAddress], bool]

USER_AGENT = "Reader/0.1 (article comparison)"
_SCHEMES = {"http": 80, "https": 443}
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_POLL_S = 0.05
_WEB_TYPES = ("text/", "application/xhtml+xml", "application/xml")


@dataclass(frozen=True, slots=True)
class FetchLimits:
    deadline_s: float = 30.0  # for the whole fetch: lookups, redirects and the body
    max_bytes: int = 8 * 1024 * 1024
    max_redirects: int = 5


@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str  # as asked for
    final_url: str  # after redirects
    data: bytes
    content_type: str | None


@dataclass(frozen=True, slots=True)
class _Target:
    url: str
    scheme: str
    host: str
    port: int
    path: str


class FetchError(LoadError):
    """A page could not be fetched. `str(err)` is "URL: what went wrong"."""

    reason = "the page could not be fetched"

    def __init__(self, url: str, detail: str) -> None:
        super().__init__(url, detail)
        self.url = url
        self.args = (f"{_shown(url)}: {detail}",)


class Unreachable(FetchError):
    """No answer from the site at all: "Could not reach example.org: no network"."""

    def __init__(self, url: str, host: str, detail: str) -> None:
        super().__init__(url, detail)
        self.args = (f"Could not reach {_shown(host)}: {detail}",)


class FetchCancelled(Exception):
    """The request was cancelled before the page arrived."""


def is_public_address(address: IPAddress) -> bool:
    """True for an address on the public internet (not loopback, private, link-local, …)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def load_url(
    url: str, limits: FetchLimits | None = None, is_public: AddressCheck = is_public_address
) -> Document:
    """Fetch `url` and read it as a web page. Raises LoadError (FetchError) on failure."""
    return load_page(PageRequest(url, limits, is_public))


def load_page(request: PageRequest) -> Document:
    """Run `request` (cancellable from another thread) and read the page it brings."""
    page = request.fetch()
    return document_from_html_bytes(page.data, page.url)


class PageRequest:
    """One GET, redirects followed by hand. `fetch()` once; `cancel()` from any thread."""

    def __init__(
        self,
        url: str,
        limits: FetchLimits | None = None,
        is_public: AddressCheck = is_public_address,
    ) -> None:
        self.url = url.strip()
        self.limits = limits or FetchLimits()
        self._is_public = is_public
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None
        self._cancelled = threading.Event()
        self._expired = threading.Event()
        self._deadline = 0.0
        self._connections: list[http.client.HTTPConnection] = []

    def cancel(self) -> None:
        self._cancelled.set()
        self._hang_up()

    def fetch(self) -> FetchedPage:
        self._deadline = time.monotonic() + self.limits.deadline_s
        timer = threading.Timer(self.limits.deadline_s, self._expire)
        timer.daemon = True
        timer.start()
        try:
            return self._follow()
        except (OSError, http.client.HTTPException) as err:
            self._check_stopped()
            raise Unreachable(self.url, _host(self.url), _network_reason(err)) from err
        finally:
            timer.cancel()
            self._close_all()

    # -- hops ----------------------------------------------------------------------------

    def _follow(self) -> FetchedPage:
        url, seen_public = self.url, False
        for _hop in range(self.limits.max_redirects + 1):
            target = self._target(url, first=url == self.url)
            response, public = self._open(target, seen_public)
            seen_public = seen_public or public
            if response.status not in _REDIRECTS:
                return self._page(target, response)
            location = response.getheader("Location")
            if not location:
                raise FetchError(self.url, "the server redirected without saying where to")
            url = urllib.parse.urljoin(target.url, location.strip())
            self._close_all()
        raise FetchError(self.url, f"it redirects more than {self.limits.max_redirects} times")

    def _target(self, url: str, first: bool) -> _Target:
        try:
            parts = urllib.parse.urlsplit(url)
            port = parts.port
        except ValueError as err:
            raise FetchError(self.url, "this is not a valid web address") from err
        scheme = parts.scheme.lower()
        if scheme not in _SCHEMES:
            where = "" if first else f"it redirects to a {scheme or 'schemeless'} address; "
            raise FetchError(self.url, f"{where}only http and https addresses can be opened")
        if not parts.hostname:
            raise FetchError(self.url, "the address names no host")
        path = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
        return _Target(url, scheme, parts.hostname, port or _SCHEMES[scheme], path)

    def _open(self, target: _Target, seen_public: bool) -> tuple[http.client.HTTPResponse, bool]:
        addresses = self._resolve(target)
        if seen_public:
            addresses = [a for a in addresses if self._is_public(a[0])]
            if not addresses:
                detail = "it redirects to a local or private network address, which is not opened"
                raise FetchError(self.url, detail)
        address, sockaddr = addresses[0]
        connection = self._connect(target, address, sockaddr)
        connection.putrequest("GET", target.path, skip_accept_encoding=True)
        for name, value in (
            ("User-Agent", USER_AGENT),
            ("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"),
            ("Accept-Encoding", "identity"),
            ("Connection", "close"),
        ):
            connection.putheader(name, value)
        connection.endheaders()
        return connection.getresponse(), self._is_public(address)

    def _resolve(self, target: _Target) -> list[tuple[IPAddress, tuple[object, ...]]]:
        """Look the host up on a helper thread, so the deadline and cancel still apply."""
        answer: list[object] = []
        done = threading.Event()

        def lookup() -> None:
            try:
                answer.append(socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM))
            except (OSError, UnicodeError) as err:
                answer.append(err)
            done.set()

        threading.Thread(target=lookup, name="reader-dns", daemon=True).start()
        while not done.wait(_POLL_S):
            self._check_stopped()
        self._check_stopped()
        found = answer[0]
        if isinstance(found, BaseException):
            raise Unreachable(self.url, target.host, "no such site, or no network") from found
        results: list[tuple[IPAddress, tuple[object, ...]]] = []
        for _family, _type, _proto, _name, sockaddr in found:  # type: ignore[attr-defined]
            address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
            results.append((address, tuple(sockaddr)))
        if not results:
            raise Unreachable(self.url, target.host, "no such site, or no network")
        return results

    def _connect(
        self, target: _Target, address: IPAddress, sockaddr: tuple[object, ...]
    ) -> http.client.HTTPConnection:
        family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
        raw = socket.socket(family, socket.SOCK_STREAM)
        try:
            self._connect_polling(raw, sockaddr)
            # A second handle on the same connection, for cancel() to shut it down with:
            # shutting a connection down wakes every read blocked on it.
            self._register(raw.dup())
            raw.settimeout(max(0.1, self._deadline - time.monotonic()))
            sock: socket.socket = raw
            if target.scheme == "https":
                sock = ssl.create_default_context().wrap_socket(raw, server_hostname=target.host)
        except BaseException:
            raw.close()
            raise
        connection = http.client.HTTPConnection(target.host, target.port)
        connection.sock = sock  # already connected to the address we checked
        self._connections.append(connection)
        return connection

    def _connect_polling(self, raw: socket.socket, sockaddr: tuple[object, ...]) -> None:
        """Connect without blocking, so cancel and the deadline apply while it waits."""
        raw.setblocking(False)
        code = raw.connect_ex(sockaddr)
        if code not in (0, errno.EINPROGRESS, errno.EWOULDBLOCK):
            raise OSError(code, os.strerror(code))
        while not select.select([], [raw], [], _POLL_S)[1]:
            self._check_stopped()
        code = raw.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if code:
            raise OSError(code, os.strerror(code))
        self._check_stopped()
        raw.setblocking(True)

    # -- body ----------------------------------------------------------------------------

    def _page(self, target: _Target, response: http.client.HTTPResponse) -> FetchedPage:
        if response.status != HTTPStatus.OK:
            raise FetchError(self.url, f"the server answered {_status(response.status)}")
        content_type = response.getheader("Content-Type")
        if content_type and not content_type.strip().lower().startswith(_WEB_TYPES):
            kind = content_type.split(";")[0].strip()[:60]
            raise FetchError(self.url, f"this is not a web page (the server says {kind!r})")
        encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
        if encoding != "identity":
            raise FetchError(self.url, "the server sent compressed data it was not asked for")
        data = self._body(response)
        return FetchedPage(self.url, target.url, data, content_type)

    def _body(self, response: http.client.HTTPResponse) -> bytes:
        declared = _declared_length(response)
        if declared is not None and declared > self.limits.max_bytes:
            raise FetchError(self.url, f"the page is larger than {_size(self.limits.max_bytes)}")
        chunks: list[bytes] = []
        received = 0
        while chunk := response.read1(_CHUNK):
            received += len(chunk)
            if received > self.limits.max_bytes:
                raise FetchError(
                    self.url, f"the page is larger than {_size(self.limits.max_bytes)}"
                )
            chunks.append(chunk)
        self._check_stopped()  # a hang-up looks like the end of the page
        if declared is not None and received < declared:
            detail = f"the page was cut short: {received:,} of {declared:,} bytes arrived"
            raise FetchError(self.url, detail)
        return b"".join(chunks)

    # -- stopping ------------------------------------------------------------------------

    def _expire(self) -> None:
        self._expired.set()
        self._hang_up()

    def _check_stopped(self) -> None:
        if self._cancelled.is_set():
            raise FetchCancelled(self.url)
        if self._expired.is_set() or time.monotonic() > self._deadline:
            detail = f"no complete answer within {self.limits.deadline_s:g} s"
            raise FetchError(self.url, detail)

    def _register(self, handle: socket.socket) -> None:
        with self._lock:
            self._socket = handle
        self._check_stopped()  # a cancel that came before the handle was registered

    def _hang_up(self) -> None:
        """Shut the current connection down; safe from any thread."""
        with self._lock:
            handle, self._socket = self._socket, None
        if handle is None:
            return
        with contextlib.suppress(OSError):  # already closed by the server
            handle.shutdown(socket.SHUT_RDWR)
        handle.close()

    def _close_all(self) -> None:
        """Close the connections (on the fetching thread only)."""
        self._hang_up()
        while self._connections:
            self._connections.pop().close()


def _declared_length(response: http.client.HTTPResponse) -> int | None:
    header = response.getheader("Content-Length")
    if header is None or response.chunked:
        return None
    try:
        length = int(header.strip())
    except ValueError:
        return None
    return length if length >= 0 else None


def _network_reason(err: BaseException) -> str:
    if isinstance(err, ssl.SSLCertVerificationError):
        return "its security certificate could not be verified"
    if isinstance(err, ssl.SSLError):
        return "the secure connection failed"
    if isinstance(err, http.client.IncompleteRead):
        return "the page was cut short"
    if isinstance(err, http.client.HTTPException):
        return "the server's answer could not be read"
    if isinstance(err, TimeoutError):
        return "the server did not answer in time"
    if isinstance(err, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(err, OSError) and err.strerror:
        return f"the connection failed ({err.strerror.lower()})"
    return "the connection failed"


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).hostname or url


def _status(code: int) -> str:
    # The standard phrase, never the server's own reason text.
    try:
        return f"{code} {HTTPStatus(code).phrase}"
    except ValueError:
        return str(code)


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.0f} MB"
    return f"{max(1, round(count / 1024))} KB"


def _shown(url: str, limit: int = 200) -> str:
    """The address as typed, without control characters and not too long to show."""
    printable = "".join(ch if ch.isprintable() else "?" for ch in url)
    return printable if len(printable) <= limit else printable[: limit - 1] + "…"
