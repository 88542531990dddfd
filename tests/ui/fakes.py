# ruff: noqa: E501  (sample article paragraphs are long lines on purpose)
"""A fake pipeline for UI tests: the real loaders and comparison (fast), canned quotes.

Quotes are whatever sits in double quotes, with the first known speaker's
name after them; the audit pairs them by similarity. The change ledger is the
real one without a model (names and speech verbs from its word lists). No
spaCy, no child process, so the window's quote handling is tested in a few
milliseconds.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import replace
from difflib import SequenceMatcher
from pathlib import Path

from reader import analysis
from reader.analysis import (
    AuditEntry,
    AuditReady,
    AuditStatus,
    CompareOptions,
    Comparison,
    Document,
    Findings,
    Quote,
    QuoteAudit,
    QuoteKind,
    QuoteSet,
    Span,
    Speaker,
)


def make_document(text: str, title: str | None = None, path=None) -> Document:
    """A document as the loaders build it (their paragraph splitter), from text."""
    return replace(analysis.load_text(text, title), path=path)


_QUOTE = re.compile(r"[“\"]([^”\"]+)[”\"]")


def fake_quotes(doc: Document, speakers: dict[str, str]) -> QuoteSet:
    """Quotes are whatever sits in double quotes; the speaker is the first known name after it."""
    quotes = []
    for n, m in enumerate(_QUOTE.finditer(doc.text)):
        after = doc.text[m.end() : m.end() + 60]
        spk = next((sid for sid, name in speakers.items() if name.split()[-1] in after), None)
        quotes.append(Quote(f"q{n}", Span(m.start(1), m.end(1)), m.group(1), QuoteKind.DIRECT, spk))
    return QuoteSet(tuple(quotes), ())


def fake_audit(
    comparison: Comparison, oq: QuoteSet, nq: QuoteSet, speakers: dict[str, tuple[str, str]]
) -> QuoteAudit:
    entries = []
    used = set()
    for q in oq.quotes:
        best, score = None, 0.0
        for r in nq.quotes:
            if r.id in used:
                continue
            s = SequenceMatcher(None, q.text, r.text).ratio()
            if s > score:
                best, score = r, s
        if best is not None and score > 0.5:
            used.add(best.id)
            status = AuditStatus.VERBATIM if q.text == best.text else AuditStatus.ALTERED
            entries.append(
                AuditEntry(
                    q.id,
                    best.id,
                    q.span,
                    best.span,
                    status,
                    q.speaker,
                    best.speaker,
                    q.speaker != best.speaker,
                    score,
                    _word_diff(comparison, q.span, best.span) if q.text != best.text else (),
                )
            )
        else:
            entries.append(
                AuditEntry(
                    q.id, None, q.span, None, AuditStatus.DROPPED, q.speaker, None, False, 0.0
                )
            )
    for r in nq.quotes:
        if r.id not in used:
            entries.append(
                AuditEntry(
                    None, r.id, None, r.span, AuditStatus.UNSUPPORTED, None, r.speaker, False, 0.0
                )
            )

    def mentions(doc: Document, name: str) -> tuple[Span, ...]:
        last = re.escape(name.split()[-1])
        return tuple(Span(m.start(), m.end()) for m in re.finditer(last, doc.text))

    spk = tuple(
        Speaker(sid, name, (), role, mentions(comparison.old, name), mentions(comparison.new, name))
        for sid, (name, role) in speakers.items()
    )
    return QuoteAudit(oq, nq, spk, tuple(entries))


OLD_TEXT = """Council approves new river bridge after long debate

The city council voted 7-2 on Tuesday to approve a new pedestrian bridge over the river. The project will cost $12 million and take two years to build.

"This bridge will connect our neighbourhoods like never before," said Mayor Ana Ruiz. She added that construction would begin in the spring.

Critics argued the money should go to schools. "We are spending on concrete while classrooms crumble," said councillor Tom Baker.

The bridge was designed by a local firm. Residents can comment on the plans until March 1.
"""

NEW_TEXT = """Council approves river bridge after heated debate 🌉

The city council voted 7-2 on Tuesday to approve a new pedestrian bridge over the river. The bridge was designed by a local firm. The project will cost $14 million and take three years to build.

"This bridge will connect our neighbourhoods," said Mayor Ana Ruiz. She added that construction would begin in the spring.

Critics argued the money should go to schools.

"Every resident deserves a safe crossing," said engineer Li Wei, who reviewed the design. Residents can comment on the plans until March 1.
"""

SPEAKERS = {
    "s1": ("Ana Ruiz", "Mayor"),
    "s2": ("Tom Baker", "councillor"),
    "s3": ("Li Wei", "engineer"),
}


def sample_results(old_text: str = OLD_TEXT, new_text: str = NEW_TEXT):
    old = make_document(old_text, "Council approves new river bridge")
    new = make_document(new_text, "Council approves river bridge")
    comp = analysis.compare(old, new)
    names = {k: v[0] for k, v in SPEAKERS.items()}
    oq, nq = fake_quotes(old, names), fake_quotes(new, names)
    audit = fake_audit(comp, oq, nq, SPEAKERS)
    return old, new, comp, audit


Cancel = Callable[[], bool]


def _word_diff(comparison: Comparison, old: Span, new: Span):
    """The audit's own word diff of two quotes (as the real audit stores it)."""
    from reader.audit.worddiff import word_diff
    from reader.audit.words import words_in

    return word_diff(words_in(comparison.old.text, old), words_in(comparison.new.text, new))


class FakePipeline:
    """The window's pipeline with canned quotes; tests may wrap `compare` or `audit`.

    `compare_hook(old, new, options, cancel)` replaces the comparison when set
    (to slow it down or make it fail); `audits` counts audits that ran.
    """

    def __init__(self, speakers: dict[str, tuple[str, str]] = SPEAKERS) -> None:
        self.speakers = speakers
        self.compare_hook: Callable[..., Comparison] | None = None
        self.ledger_hook: Callable[[Comparison, Cancel], None] | None = None
        self.audits = 0
        self.started = threading.Event()
        self.shut_down = threading.Event()

    def start(self) -> None:
        self.started.set()

    def load(self, path: Path) -> Document:
        return analysis.load(path)

    def load_text(self, text: str, title: str | None) -> Document:
        return analysis.load_text(text, title)

    def load_html(self, data: bytes, url: str) -> Document:
        return analysis.load_html(data, url)

    def compare(
        self, old: Document, new: Document, options: CompareOptions, cancel: Cancel
    ) -> Comparison:
        if self.compare_hook is not None:
            return self.compare_hook(old, new, options, cancel)
        return analysis.compare(old, new, options, cancel)

    def audit(self, comparison: Comparison, cancel: Cancel) -> QuoteAudit | None:
        names = {k: v[0] for k, v in self.speakers.items()}
        oq = fake_quotes(comparison.old, names)
        nq = fake_quotes(comparison.new, names)
        if cancel():
            return None
        self.audits += 1
        return fake_audit(comparison, oq, nq, self.speakers)

    def read(
        self, comparison: Comparison, cancel: Cancel, audit_ready: AuditReady
    ) -> Findings | None:
        """`audit` (which tests may replace), handed over at once, then the model-free
        change ledger; `ledger_hook(comparison, cancel)`, when set, runs before the ledger
        (to hold it back or make it fail)."""
        audit = self.audit(comparison, cancel)
        if audit is None or cancel():
            return None
        audit_ready(audit)
        if self.ledger_hook is not None:
            self.ledger_hook(comparison, cancel)
        if cancel():
            return None
        return Findings(audit, tuple(analysis.find_changes(comparison, use_model=False)))

    def shutdown(self) -> None:
        self.shut_down.set()
