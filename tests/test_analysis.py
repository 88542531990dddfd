"""The one pipeline: load, compare, quotes, audit and analyse_pair, with cancellation."""

from __future__ import annotations

import pytest

from reader import analysis, cli


def test_analyse_pair_compares_and_audits(sample_old, sample_new) -> None:
    old, new = analysis.load(sample_old), analysis.load(sample_new)
    result = analysis.analyse_pair(old, new)
    assert result.comparison.old is old and result.comparison.new is new
    assert result.audit is not None and result.audit.entries
    assert analysis.analyse_pair(old, new, with_quotes=False).audit is None
    comparison, audit = result  # a pair, as `reader.cli.analyse_pair` always returned
    assert comparison is result.comparison and audit is result.audit


def test_cancelled_comparison_raises_cancelled(sample_old, sample_new) -> None:
    old, new = analysis.load(sample_old), analysis.load(sample_new)
    with pytest.raises(analysis.Cancelled):
        analysis.analyse_pair(old, new, cancel=lambda: True)


def test_audit_comparison_stops_when_cancelled(sample_old, sample_new) -> None:
    old, new = analysis.load(sample_old), analysis.load(sample_new)
    comparison = analysis.compare(old, new)
    calls = []

    def cancel_after_first_version() -> bool:
        calls.append(1)
        return True

    assert analysis.audit_comparison(comparison, cancel_after_first_version) is None
    assert calls == [1]


def test_the_cli_name_is_the_pipeline_s() -> None:
    assert cli.analyse_pair is analysis.analyse_pair


def test_the_local_pipeline_satisfies_the_protocol() -> None:
    pipeline: analysis.Pipeline = analysis.LocalPipeline()
    pipeline.shutdown()  # nothing started: a no-op


def test_in_thread_the_audit_is_handed_over_before_the_ledger_is_made(
    sample_old, sample_new, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Where no process can be started, the pipeline reads in the calling thread: the
    # window still gets the quotes first.
    from reader.analysis import pipeline as pipeline_module

    events: list[str] = []
    ledger = pipeline_module.find_changes

    told: list[object] = []

    def recorded_ledger(comparison, use_model=True, audit=None):
        events.append("ledger")
        told.append(audit)
        return ledger(comparison, use_model=False, audit=audit)

    monkeypatch.setattr(pipeline_module, "find_changes", recorded_ledger)
    local = analysis.LocalPipeline()
    local._in_thread.set()
    comparison = analysis.compare(analysis.load(sample_old), analysis.load(sample_new))
    found = local.read(comparison, analysis.never, lambda audit: events.append(audit))
    assert found is not None
    assert events == [found.audit, "ledger"]
    assert told == [found.audit]  # the ledger is told whom the audit credits
    assert found.changes


def test_in_thread_a_cancel_after_the_audit_skips_the_ledger(
    sample_old, sample_new, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.analysis import pipeline as pipeline_module

    monkeypatch.setattr(pipeline_module, "find_changes", lambda *_a, **_k: pytest.fail("ran"))
    comparison = analysis.compare(analysis.load(sample_old), analysis.load(sample_new))
    cancelled = []
    found = analysis.findings(comparison, lambda: bool(cancelled), cancelled.append)
    assert found is None and len(cancelled) == 1
