"""load → compare → quotes → audit, owned in one place and handed to every front end.

The CLI, the self-test, the benchmarks and the window all run a pair through
these functions. A front end that shows results while it works receives a
`Pipeline` object (the window gets it through its constructor): the real one,
`LocalPipeline`, runs spaCy and the audit in a child process; tests pass their
own object with the same methods.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from reader.analysis.child import AuditReady, NoChildProcess, QuoteChild, ignore_audit
from reader.analysis.findings import Findings
from reader.changes.model import Change
from reader.compare.model import CompareOptions, Comparison
from reader.documents.model import Document
from reader.quotes.model import QuoteSet

if TYPE_CHECKING:
    from reader.audit.model import QuoteAudit  # importing reader.audit costs ~0.4 s

Cancel = Callable[[], bool]


def never() -> bool:
    return False


class Analysis(NamedTuple):
    """What every front end shows for a pair: the comparison and, if asked, the quote audit."""

    comparison: Comparison
    audit: QuoteAudit | None


def load(path: str | Path) -> Document:
    from reader.documents import load_document

    return load_document(Path(path))


def load_text(text: str, title: str | None = None) -> Document:
    from reader.documents import document_from_text

    return document_from_text(text, title=title)


def load_html(data: bytes, url: str) -> Document:
    from reader.documents import document_from_html_bytes

    return document_from_html_bytes(data, url)


def compare(
    old: Document, new: Document, options: CompareOptions | None = None, cancel: Cancel = never
) -> Comparison:
    """Raises `Cancelled` if `cancel()` turns true while it works."""
    from reader.compare import compare_documents

    return compare_documents(old, new, options or CompareOptions(), cancel=cancel)


def load_model() -> None:
    """Load the spaCy model into this process's cache now (a no-op once loaded)."""
    from reader.quotes.pipeline import get_pipeline

    get_pipeline()


def quotes(document: Document) -> QuoteSet:
    """Quotes and speakers of one document (loads spaCy in this process)."""
    from reader.quotes import extract_quotes

    quote_set: QuoteSet = extract_quotes(document)
    return quote_set


def audit(comparison: Comparison, old_quotes: QuoteSet, new_quotes: QuoteSet) -> QuoteAudit:
    from reader.audit import audit_quotes

    return audit_quotes(comparison, old_quotes, new_quotes)


def audit_comparison(comparison: Comparison, cancel: Cancel = never) -> QuoteAudit | None:
    """Quotes of both versions and their audit, in this process; None if cancelled."""
    old_quotes = quotes(comparison.old)
    if cancel():
        return None
    new_quotes = quotes(comparison.new)
    if cancel():
        return None
    return audit(comparison, old_quotes, new_quotes)


def find_changes(
    comparison: Comparison, use_model: bool = True, audit: QuoteAudit | None = None
) -> list[Change]:
    """The change ledger (see `reader.changes`); without a model names come from word lists.
    With the quote audit, a scare-quote row names whom the quotes list credits the words to."""
    from reader.changes.ledger import find_changes as ledger

    return ledger(comparison, use_model=use_model, audit=audit)


def findings(
    comparison: Comparison, cancel: Cancel = never, audit_ready: AuditReady = ignore_audit
) -> Findings | None:
    """The quote audit (handed to `audit_ready` as soon as it is made) and the change
    ledger, in this process; None if cancelled."""
    quote_audit = audit_comparison(comparison, cancel)
    if quote_audit is None or cancel():
        return None
    audit_ready(quote_audit)
    if cancel():
        return None
    return Findings(quote_audit, tuple(find_changes(comparison, audit=quote_audit)))


def analyse_pair(
    old: Document,
    new: Document,
    options: CompareOptions | None = None,
    with_quotes: bool = True,
    cancel: Cancel = never,
) -> Analysis:
    """The comparison and, if asked, the quote audit, in this process."""
    comparison = compare(old, new, options, cancel)
    if not with_quotes:
        return Analysis(comparison, None)
    return Analysis(comparison, audit_comparison(comparison, cancel))


class Pipeline(Protocol):
    """What a front end that works in the background needs; `LocalPipeline` is the real one."""

    def start(self) -> None:
        """Get ready early (e.g. load the language model) while the front end sets up."""

    def load(self, path: Path) -> Document: ...

    def load_text(self, text: str, title: str | None) -> Document: ...

    def load_html(self, data: bytes, url: str) -> Document: ...

    def compare(
        self, old: Document, new: Document, options: CompareOptions, cancel: Cancel
    ) -> Comparison:
        """Raises `Cancelled` when cancelled."""
        ...

    def read(
        self, comparison: Comparison, cancel: Cancel, audit_ready: AuditReady
    ) -> Findings | None:
        """Quotes of both versions, their audit and the change ledger; None if cancelled.

        `audit_ready(audit)` is called from the reading thread as soon as the audit is
        made, before the ledger (which parses the changed sentences) is finished.
        """
        ...

    def shutdown(self) -> None:
        """Stop background work at once (the front end is closing)."""


class LocalPipeline:
    """Documents and comparisons in the caller's thread; quotes, audit and ledger in a child.

    If no process can be started (a restricted sandbox) the audit runs in the
    calling thread instead.
    """

    def __init__(self) -> None:
        self._child = QuoteChild()
        self._in_thread = threading.Event()

    def start(self) -> None:
        try:
            self._child.start()
        except NoChildProcess:
            self._in_thread.set()

    def load(self, path: Path) -> Document:
        return load(path)

    def load_text(self, text: str, title: str | None) -> Document:
        return load_text(text, title)

    def load_html(self, data: bytes, url: str) -> Document:
        return load_html(data, url)

    def compare(
        self, old: Document, new: Document, options: CompareOptions, cancel: Cancel
    ) -> Comparison:
        return compare(old, new, options, cancel)

    def read(
        self, comparison: Comparison, cancel: Cancel, audit_ready: AuditReady = ignore_audit
    ) -> Findings | None:
        if not self._in_thread.is_set():
            try:
                old, new, options = comparison.old, comparison.new, comparison.options
                return self._child.audit(old, new, options, cancel, audit_ready)
            except NoChildProcess:
                self._in_thread.set()
        return findings(comparison, cancel, audit_ready)

    def shutdown(self) -> None:
        self._child.shutdown()

    def child_running(self) -> bool:
        return self._child.is_running()
