"""The event loop keeps running while a long pair loads, compares, is audited and highlighted.

The target on a 100k-word pair is no stall over 100 ms (see the report in
the commit); here a 30k-word pair, and a pair that is one paragraph of a
million characters, with a loose bound, for shared CI machines.
The comparison is the real engine; the quote audit is a fast stand-in (the
real one runs in a child process and is measured by hand), so the sidebar
still receives a thousand quotes.
"""

from __future__ import annotations

import re
import sys

import fakes
import pytest
from conftest import ROOT, settled, wait_idle
from stall import StallMonitor

from reader.audit.model import QuoteAudit
from reader.quotes.model import AuditEntry, AuditStatus, Quote, QuoteKind, QuoteSet, Speaker

sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_compare

WORDS = 30_000
PARAGRAPH_WORDS = 170_000  # about a million characters in one paragraph
CPU_BOUND_S = 0.2  # issue 16: no stall over 200 ms
BOUND_S = 0.25
_QUOTE = re.compile(r"'([^']{8,200})'|“([^”]{8,200})”")


def quick_quotes(document) -> QuoteSet:
    quotes = tuple(
        Quote(f"q{n}", _span(m), m.group(1) or m.group(2), QuoteKind.DIRECT, "s1")
        for n, m in enumerate(_QUOTE.finditer(document.text))
    )
    return QuoteSet(quotes, ())


def _span(match):
    from reader.documents.model import Span

    group = 1 if match.group(1) else 2
    return Span(match.start(group), match.end(group))


def quick_audit(comparison, oq: QuoteSet, nq: QuoteSet) -> QuoteAudit:
    """Pairs quotes in order by identical wording; the rest are dropped or unsupported."""
    waiting: dict[str, list[Quote]] = {}
    for q in nq.quotes:
        waiting.setdefault(q.text, []).append(q)
    entries = []
    for q in oq.quotes:
        match = waiting.get(q.text)
        r = match.pop(0) if match else None
        status = AuditStatus.VERBATIM if r else AuditStatus.DROPPED
        entries.append(
            AuditEntry(q.id, r and r.id, q.span, r and r.span, status, "s1", r and "s1", False, 1.0)
        )
    for rest in waiting.values():
        entries += [
            AuditEntry(None, r.id, None, r.span, AuditStatus.UNSUPPORTED, None, "s1", False, 0.0)
            for r in rest
        ]
    speaker = Speaker("s1", "Tomas Berg", (), "finance minister", (), ())
    return QuoteAudit(oq, nq, (speaker,), tuple(entries))


class QuickPipeline(fakes.FakePipeline):
    """The real comparison with `quick_quotes`/`quick_audit`: a thousand quotes, fast."""

    def audit(self, comparison, cancel):
        oq, nq = quick_quotes(comparison.old), quick_quotes(comparison.new)
        return None if cancel() else quick_audit(comparison, oq, nq)


@pytest.fixture
def pipeline():
    return QuickPipeline()


@pytest.fixture
def long_pair(tmp_path):
    article = bench_compare.make_article(WORDS, seed=7)
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(bench_compare.render(article, reflow=False), encoding="utf-8")
    edited = bench_compare.edit_article(article, seed=8)
    new.write_text(bench_compare.render(edited, reflow=True), encoding="utf-8")
    return old, new


@pytest.mark.stall
def test_a_long_pair_never_stalls_the_event_loop(window, long_pair, qtbot):
    monitor = StallMonitor()
    monitor.start()
    try:
        window.open_pair(*long_pair)
        qtbot.waitUntil(lambda: window.session.audit is not None, timeout=120000)
        qtbot.waitUntil(lambda: all(v.runs_done() for v in window.views.values()), timeout=60000)
        qtbot.waitUntil(
            lambda: all(v.pacer.is_done() for v in window.views.values()), timeout=60000
        )
        qtbot.waitUntil(lambda: settled(window), timeout=60000)
    finally:
        monitor.stop()
    wait_idle(qtbot, window)
    assert window.sidebar.quotes.rowCount() > 500  # the sidebar had real work to do
    assert window.diff.comparison.stats.words_old > WORDS * 0.9
    assert monitor.longest < BOUND_S, monitor.report()


def _one_paragraph(words: int, seed: int, edit_seed: int | None = None) -> str:
    article = bench_compare.make_article(words, seed=seed)
    if edit_seed is not None:
        article = bench_compare.edit_article(article, seed=edit_seed)
    return "A long paragraph\n\n" + " ".join(s for para in article for s in para) + "\n"


@pytest.mark.stall
def test_one_very_long_paragraph_never_stalls_the_event_loop(window, write, qtbot):
    """A whole article in one paragraph (issue 16: a million characters held the window for
    seconds): shown as continuation blocks, coloured in slices."""
    old = write("old.txt", _one_paragraph(PARAGRAPH_WORDS, seed=7))
    new = write("new.txt", _one_paragraph(PARAGRAPH_WORDS, seed=7, edit_seed=8))
    monitor = StallMonitor()
    monitor.start()
    try:
        window.open_pair(old, new)
        qtbot.waitUntil(lambda: window.diff is not None, timeout=300000)
        qtbot.waitUntil(lambda: all(v.runs_done() for v in window.views.values()), timeout=60000)
        qtbot.waitUntil(lambda: settled(window), timeout=60000)
    finally:
        monitor.stop()
    assert len(window.session.prepared["old"].continued) > 10  # the paragraph was cut
    # The GUI thread's own CPU per gap: on a loaded 2-core machine the wall clock of the
    # same run swings from 130 to 260 ms around a CPU figure of 60-100 ms.
    assert monitor.longest_cpu < CPU_BOUND_S, monitor.report()
