"""The open pair and everything computed from it; runs the engine through the workers.

Signals:
    document_loaded(str side, Document, PreparedText)
    load_failed(str side, str message)
    diff_ready(DiffResult)
    audit_ready(QuoteAudit)
    notice(str): something the reader should know about the quote audit.
    progress(str): what is being worked on ('' when idle).
    crashed(str summary, str details): a worker failed in a way nobody planned for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from reader.compare.model import CompareOptions
from reader.documents.model import Document
from reader.documents.url import FetchLimits, PageRequest, load_page
from reader.highlights import Highlight, new_highlights, old_highlights
from reader.ui import engine, quote_process
from reader.ui.article import PreparedText, Run, block_runs, merge_highlights, prepare
from reader.ui.linkmap import Link, build_links
from reader.ui.quote_models import QuoteRow, SpeakerRow, quote_rows, speaker_rows
from reader.ui.sync import Anchor, sync_anchors
from reader.ui.workers import CancelToken, Runner

SIDES = ("old", "new")
AuditRows = tuple[list[QuoteRow], list[SpeakerRow]]


@dataclass(frozen=True)
class SideView:
    """What one pane needs to show a comparison, computed off the GUI thread."""

    highlights: tuple[Highlight, ...]
    runs: dict[int, list[Run]]
    marks: list[tuple[int, int, str]]


@dataclass(frozen=True)
class DiffResult:
    comparison: Any
    old: SideView
    new: SideView
    anchors: list[Anchor]
    links: list[Link]


def build_diff(
    old: Document,
    new: Document,
    old_prep: PreparedText,
    new_prep: PreparedText,
    options: CompareOptions,
    cancel: CancelToken,
) -> DiffResult:
    comparison = engine.compare_documents(old, new, options, cancel=cancel)
    sides = []
    for prep, highlights in (
        (old_prep, old_highlights(comparison)),
        (new_prep, new_highlights(comparison)),
    ):
        sides.append(
            SideView(
                tuple(highlights),
                block_runs(prep, highlights),
                merge_highlights(prep.text, highlights),
            )
        )
    return DiffResult(
        comparison, sides[0], sides[1], sync_anchors(comparison), build_links(comparison)
    )


class Session(QObject):
    document_loaded = Signal(str, object, object)
    load_failed = Signal(str, str)
    diff_ready = Signal(object)
    audit_ready = Signal(object)
    notice = Signal(str)
    progress = Signal(str)
    crashed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = Runner(self)
        self.runner.cancelled_errors = (engine.cancelled_type(),)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(lambda _kind: self._report_progress())
        self.documents: dict[str, Document | None] = {"old": None, "new": None}
        self.prepared: dict[str, PreparedText | None] = {"old": None, "new": None}
        self.options = CompareOptions()
        self.diff: DiffResult | None = None
        self.audit: Any = None
        self.audit_rows: AuditRows | None = None  # built on the worker, for the sidebar
        self._quote_cache: dict[int, tuple[Document, Any]] = {}
        self._init_url_loading()

    # -- inputs ------------------------------------------------------------------------

    def load_path(self, side: str, path: str | Path) -> None:
        path = Path(path)
        self._start_load(side, lambda _t: engine.load_document(path), f"Opening {path.name}…")

    def load_text(self, side: str, text: str, title: str | None = None) -> None:
        self._start_load(
            side, lambda _t: engine.document_from_text(text, title=title), "Reading pasted text…"
        )

    # -- web pages: their own threads, so a slow server never holds up a local file ----------

    def _init_url_loading(self) -> None:
        self.url_limits = FetchLimits()
        self.url_runner = Runner(self, pool=QThreadPool(self))
        self.url_runner.finished.connect(self._on_fetched)
        self.url_runner.failed.connect(
            lambda kind, error, details: self._on_failed(f"load_{kind[6:]}", error, details)
        )
        self.url_runner.cancelled.connect(lambda _kind: self._report_progress())
        self._url_requests: dict[str, PageRequest] = {}

    def load_url(self, side: str, url: str) -> None:
        self._cancel_fetch(side)
        request = PageRequest(url, self.url_limits)
        self._url_requests[side] = request
        self.url_runner.start(f"fetch_{side}", lambda _t: load_page(request))
        self.progress.emit(f"Fetching {url}…")

    def _cancel_fetch(self, side: str | None = None) -> None:
        """Hang up the request (not just flag it): a blocked read returns at once."""
        for key in [side] if side is not None else list(self._url_requests):
            request = self._url_requests.pop(key, None)
            if request is not None:
                request.cancel()
                self.url_runner.cancel(f"fetch_{key}")

    def _on_fetched(self, kind: str, document: Document) -> None:
        side = kind[6:]
        self._url_requests.pop(side, None)
        self._start_load(side, lambda _t: document, "Preparing…")

    def set_document(self, side: str, document: Document) -> None:
        """Use an already loaded document (tests, swaps)."""
        self._start_load(side, lambda _t: document, "Preparing…")

    def _start_load(self, side: str, make: Callable[[CancelToken], Document], message: str) -> None:
        self._cancel_fetch(side)  # a newer choice for this side wins over a page on its way

        def job(token: CancelToken) -> tuple[Document, PreparedText]:
            document = make(token)
            return document, prepare(document)

        self.runner.start(f"load_{side}", job)
        self.progress.emit(message)

    def set_options(self, options: CompareOptions) -> None:
        if options != self.options:
            self.options = options
            self.recompute()

    def swap(self) -> None:
        d, p = self.documents, self.prepared
        d["old"], d["new"] = d["new"], d["old"]
        p["old"], p["new"] = p["new"], p["old"]
        for side in SIDES:
            if d[side] is not None:
                self.document_loaded.emit(side, d[side], p[side])
        self.recompute()

    def reload(self) -> None:
        reloaded = False
        for side in SIDES:
            doc = self.documents[side]
            if doc is not None and doc.path is not None:
                self.load_path(side, doc.path)
                reloaded = True
        if not reloaded:
            self.recompute()

    def cancel(self) -> None:
        self._cancel_fetch()
        self.runner.cancel_all()
        self.progress.emit("")

    def shutdown(self) -> None:
        """Stop everything, including the spaCy process (window closing)."""
        self.cancel()
        quote_process.shared().shutdown()

    def is_busy(self) -> bool:
        return self.runner.is_busy() or self.url_runner.is_busy()

    # -- pipeline ----------------------------------------------------------------------

    def recompute(self) -> None:
        old, new = self.documents["old"], self.documents["new"]
        op, np_ = self.prepared["old"], self.prepared["new"]
        self.runner.cancel("quotes")
        if any(kind.startswith("load_") for kind in self.runner.live):
            return  # the other side is still loading; it recomputes when done
        if old is None or new is None or op is None or np_ is None:
            return
        options = self.options
        self.runner.start("diff", lambda token: build_diff(old, new, op, np_, options, token))
        self.progress.emit("Comparing…")

    def _start_quotes(self) -> None:
        if self.diff is None:
            return
        comparison = self.diff.comparison
        old, new = comparison.old, comparison.new
        cached = {side: self._cached_quotes(doc) for side, doc in (("old", old), ("new", new))}

        quotes = quote_process.shared()

        def job(token: CancelToken) -> tuple[Any, Any, Any, AuditRows | None]:
            if quotes.can_audit():
                audit = quotes.audit(old, new, comparison.options, token)
                oq = nq = None  # the child remembers them
            else:
                audit, oq, nq = audit_here(token)
            if token.is_set() or audit is None:
                return None, oq, nq, None
            return audit, oq, nq, (quote_rows(audit, comparison), speaker_rows(audit))

        def audit_here(token: CancelToken) -> tuple[Any, Any, Any]:
            oq = cached["old"] if cached["old"] is not None else quotes.extract(old, token)
            if token.is_set() or oq is None:
                return None, oq, None
            nq = cached["new"] if cached["new"] is not None else quotes.extract(new, token)
            if token.is_set() or nq is None:
                return None, oq, nq
            return engine.audit_quotes(comparison, oq, nq), oq, nq

        self.runner.start("quotes", job)
        self._report_progress()

    def _cached_quotes(self, document: Document) -> Any:
        hit = self._quote_cache.get(id(document))
        return hit[1] if hit is not None and hit[0] is document else None

    def _remember_quotes(self, document: Document, quotes: Any) -> None:
        if quotes is None:
            return
        if len(self._quote_cache) > 8:
            self._quote_cache.clear()
        self._quote_cache[id(document)] = (document, quotes)

    # -- results -----------------------------------------------------------------------

    def _on_finished(self, kind: str, result: Any) -> None:
        if kind.startswith("load_"):
            side = kind[5:]
            document, prepared = result
            self.documents[side], self.prepared[side] = document, prepared
            self.document_loaded.emit(side, document, prepared)
            self.recompute()
        elif kind == "diff":
            self.diff = result
            self.audit, self.audit_rows = None, None
            self.diff_ready.emit(result)
            self._start_quotes()
        elif kind == "quotes":
            self._finish_quotes(*result)
        self._report_progress()

    def _finish_quotes(self, audit: Any, oq: Any, nq: Any, rows: AuditRows | None) -> None:
        if self.diff is None or audit is None:
            return
        self.audit_rows = rows
        self._remember_quotes(self.diff.comparison.old, oq)
        self._remember_quotes(self.diff.comparison.new, nq)
        self.audit = audit
        sets = (getattr(audit, "old_quotes", None), getattr(audit, "new_quotes", None))
        notices = list(dict.fromkeys(n for q in sets for n in getattr(q, "notices", ())))
        self.notice.emit("  ".join(notices))
        self.audit_ready.emit(audit)

    def _on_failed(self, kind: str, error: Any, details: str) -> None:
        if kind.startswith("load_"):
            self.load_failed.emit(kind[5:], load_message(error))
            summary = f"Opening the {'original' if kind == 'load_old' else 'revision'} failed"
        elif kind == "quotes":
            self.notice.emit(f"Quotes could not be audited: {error}")
            summary = "Finding quotes failed"
        else:
            self.notice.emit(f"The comparison failed: {error}")
            summary = "The comparison failed"
        if not is_expected(error):
            self.crashed.emit(f"{summary}: {error or type(error).__name__}", details)
        self._report_progress()

    def _report_progress(self) -> None:
        live = self.runner.live
        if self.url_runner.live or any(k.startswith("load_") for k in live):
            return
        if "diff" in live:
            self.progress.emit("Comparing…")
        elif "quotes" in live:
            self.progress.emit("Finding quotes and speakers…")
        else:
            self.progress.emit("")


def is_expected(error: Any) -> bool:
    """Errors with a plain explanation (a bad file, no network, no model): no crash report."""
    expected = (engine.load_error_type(), OSError, ValueError, engine.EngineMissing)
    return isinstance(error, expected)


def load_message(error: Any) -> str:
    if isinstance(error, engine.load_error_type()):
        return str(error)
    if isinstance(error, OSError):
        name = Path(error.filename).name if getattr(error, "filename", None) else "The file"
        return f"{name}: {error.strerror or error}"
    return str(error) or type(error).__name__
