"""The quote process warms spaCy up on a tiny pair only while no request waits."""

from __future__ import annotations

import threading

import pytest

from reader.analysis import child


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr("reader.quotes.pipeline.get_pipeline", lambda: seen.append("model"))
    monkeypatch.setattr(child, "_warm_up", lambda: seen.append("warm-up"))
    return seen


def test_the_model_is_warmed_up_when_no_request_waits(calls: list[str]) -> None:
    child._load_model(threading.Event())
    assert calls == ["model", "warm-up"]


def test_a_waiting_request_is_not_held_up_by_the_warm_up(calls: list[str]) -> None:
    requested = threading.Event()
    requested.set()
    child._load_model(requested)
    assert calls == ["model"]


def test_the_warm_up_pair_finds_a_quote_and_a_change() -> None:
    # What it exercises is what the first real request needs: a quote with its
    # speaker, and a changed word for the ledger (checked without loading spaCy).
    from reader.compare import BlockKind, compare_documents
    from reader.documents import document_from_text

    old = document_from_text(child._WARM_OLD)
    new = document_from_text(child._WARM_NEW)
    kinds = [block.kind for block in compare_documents(old, new).blocks]
    assert BlockKind.CHANGED in kinds
    assert child._WARM_OLD.startswith('"') and "said" in child._WARM_OLD
