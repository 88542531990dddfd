"""Network failures said in words a reader can act on: "Could not reach example.org: no network".

Never the library's text (`<urlopen error [Errno -2] …>`), and never the server's own
words: a reason phrase or redirect target is chosen by whoever runs the server.
"""

from __future__ import annotations

import http
import socket
import ssl
import urllib.error
import urllib.parse


def host_of(url: str) -> str:
    host = urllib.parse.urlsplit(url).hostname
    return host or url


def network_message(url: str, error: BaseException) -> str:
    """One line naming the site and what went wrong."""
    host = host_of(url)
    if isinstance(error, urllib.error.HTTPError):
        return f"{host} answered {error.code} {_phrase(error.code)}".rstrip()
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    return f"Could not reach {host}: {_why(reason)}"


def _phrase(code: int) -> str:
    try:
        return http.HTTPStatus(code).phrase
    except ValueError:
        return ""


def _why(reason: object) -> str:
    if isinstance(reason, socket.gaierror):
        if reason.errno == socket.EAI_NONAME:
            return "no such site, or no network"
        return "no network (the name could not be looked up)"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return "its security certificate could not be verified"
    if isinstance(reason, ssl.SSLError):
        return "the secure connection failed"
    if isinstance(reason, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(reason, ConnectionResetError):
        return "the connection was cut"
    if isinstance(reason, TimeoutError | socket.timeout):
        return "no answer in time"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror[:1].lower() + reason.strerror[1:]
    return "the connection failed"
