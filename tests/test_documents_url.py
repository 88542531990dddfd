"""Fetching a web page (reader.documents.url) against servers on 127.0.0.1 that the tests run."""

from __future__ import annotations

import ipaddress
import threading

import pytest
import url_server
from url_server import LOOPBACK, PAGE_BYTES, loopback_is_public

from reader.documents import LoadError
from reader.documents.url import (
    FetchCancelled,
    FetchError,
    FetchLimits,
    PageRequest,
    is_public_address,
    load_url,
)

server = url_server.server  # the fixture, under the name the tests ask for


def test_a_page_is_fetched_and_read_as_an_article(server: str) -> None:
    document = load_url(f"{server}/page")
    assert "dredge the channel" in document.text
    assert document.source_url == f"{server}/page"
    assert document.path is None


def test_a_redirect_on_the_same_host_is_followed(server: str) -> None:
    page = PageRequest(f"{server}/to-page").fetch()
    assert page.data == PAGE_BYTES
    assert page.final_url == f"{server}/page"


@pytest.mark.parametrize("route", ["/to-ftp", "/to-file"])
def test_a_redirect_to_another_scheme_is_refused(server: str, route: str) -> None:
    with pytest.raises(FetchError, match=r"redirects to a (ftp|file) address; only http and https"):
        load_url(f"{server}{route}")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:1"])
def test_only_http_and_https_addresses_are_opened(url: str) -> None:
    with pytest.raises(FetchError, match="only http and https addresses can be opened"):
        load_url(url)


def test_a_public_page_may_not_redirect_into_a_private_network(server: str) -> None:
    with pytest.raises(FetchError, match="local or private network address"):
        load_url(f"{server}/to-private", is_public=loopback_is_public)


def test_an_address_the_user_typed_may_be_local(server: str) -> None:
    # The real policy calls 127.0.0.1 private; the user asked for it, so it is opened.
    assert not is_public_address(LOOPBACK)
    assert "dredge" in load_url(f"{server}/page").text


def test_the_default_policy_calls_only_internet_addresses_public() -> None:
    for private in ("10.1.2.3", "192.168.0.1", "169.254.169.254", "::1", "::ffff:127.0.0.1"):
        assert not is_public_address(ipaddress.ip_address(private)), private
    for public in ("93.184.216.34", "2606:4700::1111"):
        assert is_public_address(ipaddress.ip_address(public)), public


def test_a_redirect_loop_ends(server: str) -> None:
    with pytest.raises(FetchError, match="redirects more than 5 times"):
        load_url(f"{server}/loop")


def test_a_server_that_drips_hits_the_overall_deadline(server: str) -> None:
    limits = FetchLimits(deadline_s=1.0)
    with pytest.raises(FetchError, match=r"no complete answer within 1 s"):
        load_url(f"{server}/drip", limits)


def test_cancel_hangs_up_a_request_blocked_in_a_read(server: str) -> None:
    request = PageRequest(f"{server}/drip", FetchLimits(deadline_s=120))
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            request.fetch()
        except BaseException as err:
            outcome.append(err)

    url_server.DRIPPING.clear()
    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    # in the body now, where each read waits for the next byte
    assert url_server.DRIPPING.wait(10)
    request.cancel()
    worker.join(10)
    assert not worker.is_alive(), "cancel did not stop the read"
    # Cancelled, not timed out: the 120 s deadline had nothing to do with it.
    assert len(outcome) == 1 and isinstance(outcome[0], FetchCancelled)


def test_a_cancel_before_the_fetch_starts_stops_it(server: str) -> None:
    request = PageRequest(f"{server}/page")
    request.cancel()
    with pytest.raises(FetchCancelled):
        request.fetch()


def test_a_body_cut_short_of_its_content_length_is_refused(server: str) -> None:
    with pytest.raises(FetchError, match=r"cut short: 1,\d+ of 6,\d+ bytes arrived"):
        load_url(f"{server}/short")


def test_the_size_cap_holds_with_and_without_a_content_length(server: str) -> None:
    small = FetchLimits(max_bytes=1024)
    for route in ("/page", "/unsized"):
        with pytest.raises(FetchError, match="the page is larger than 1 KB"):
            load_url(f"{server}{route}", small)


def test_an_error_status_shows_the_standard_phrase_not_the_servers(server: str) -> None:
    with pytest.raises(FetchError) as caught:
        load_url(f"{server}/missing")
    assert str(caught.value) == f"{server}/missing: the server answered 404 Not Found"
    assert isinstance(caught.value, LoadError)


def test_something_other_than_a_page_is_refused(server: str) -> None:
    with pytest.raises(FetchError, match=r"not a web page .*application/pdf"):
        load_url(f"{server}/pdf")


def test_a_closed_port_is_a_clear_error() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError) as caught:
        load_url(f"http://127.0.0.1:{port}/")
    assert str(caught.value) == "Could not reach 127.0.0.1: the server refused the connection"


def test_a_name_that_cannot_be_looked_up_says_so_in_words() -> None:
    with pytest.raises(FetchError) as caught:
        load_url("http://no-such-site.invalid/story")
    assert str(caught.value) == "Could not reach no-such-site.invalid: no such site, or no network"
