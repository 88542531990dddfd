"""The open pair and everything computed from it; runs the pipeline through the workers.

Signals:
    document_loaded(str side, Document, PreparedText)
    load_failed(str side, str message)
    diff_ready(DiffResult)
    audit_ready(QuoteAudit): the quote audit, as soon as it is made; the ledger follows.
    changes_ready(tuple[Change, ...]): the change ledger (also in `changes`), after the audit.
    notice(str): something the reader should know about the quote audit.
    progress(str): what is being worked on ('' when idle).
    crashed(str summary, str details): a worker failed in a way nobody planned for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from reader.analysis import (
    Cancelled,
    Change,
    ChildFailed,
    CompareOptions,
    Comparison,
    Document,
    FetchLimits,
    LoadError,
    PageRequest,
    Pipeline,
    QuoteAudit,
    mirrored,
)
from reader.ui.changes_tab import STILL_WORKING
from reader.ui.panes.article import PreparedText, prepare
from reader.ui.session_results import (
    Audited,
    AuditRows,
    DiffResult,
    Loaded,
    Read,
    SideView,
    audited,
    build_diff,
    side_views,
)
from reader.ui.workers import CancelToken, Runner

__all__ = ["AuditRows", "DiffResult", "Session", "SideView", "build_diff", "side_views"]

SIDES = ("old", "new")
LOAD_SLOTS = {"old": "load_old", "new": "load_new"}
FETCH_SLOTS = {"old": "fetch_old", "new": "fetch_new"}
DIFF_SLOT, QUOTES_SLOT = "diff", "quotes"


class Session(QObject):
    document_loaded = Signal(str, object, object)
    load_failed = Signal(str, str)
    diff_ready = Signal(object)
    audit_ready = Signal(object)
    changes_ready = Signal(object)
    notice = Signal(str)
    progress = Signal(str)
    crashed = Signal(str, str)
    _audit_arrived = Signal(object, object)  # (CancelToken, Audited), from the worker

    def __init__(self, pipeline: Pipeline, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pipeline = pipeline
        self.runner = Runner(self)
        self.runner.cancelled_errors = (Cancelled,)
        self.documents: dict[str, Document | None] = {"old": None, "new": None}
        self.prepared: dict[str, PreparedText | None] = {"old": None, "new": None}
        self.options = CompareOptions()
        self.diff: DiffResult | None = None
        self.audit: QuoteAudit | None = None
        self.changes: tuple[Change, ...] | None = None  # the ledger, arriving after the audit
        self.audit_rows: AuditRows | None = None
        self._audit_arrived.connect(self._audit_early)
        self._init_url_loading()

    # -- inputs ------------------------------------------------------------------------

    def load_path(self, side: str, path: str | Path) -> None:
        path = Path(path)
        self._start_load(side, lambda _t: self.pipeline.load(path), f"Opening {path.name}…")

    def load_text(self, side: str, text: str, title: str | None = None) -> None:
        self._start_load(
            side, lambda _t: self.pipeline.load_text(text, title), "Reading pasted text…"
        )

    # -- web pages: their own threads, so a slow server never holds up a local file ------

    def _init_url_loading(self) -> None:
        self.url_limits = FetchLimits()
        self.url_runner = Runner(self, pool=QThreadPool(self))
        self._url_requests: dict[str, PageRequest] = {}

    def load_url(self, side: str, url: str) -> None:
        self._cancel_fetch(side)
        request = PageRequest(url, self.url_limits)
        self._url_requests[side] = request
        pipeline = self.pipeline

        def fetch(_token: CancelToken) -> Document:
            return pipeline.load_html(request.fetch().data, url)

        self.url_runner.start(
            FETCH_SLOTS[side],
            fetch,
            lambda document: self._fetched(side, document),
            lambda error, details: self._load_failed(side, error, details),
            self._report_progress,
        )
        self.progress.emit(f"Fetching {url}…")

    def _cancel_fetch(self, side: str | None = None) -> None:
        """Hang up the request (not just flag it): a blocked read returns at once."""
        for key in [side] if side is not None else list(self._url_requests):
            request = self._url_requests.pop(key, None)
            if request is not None:
                request.cancel()
                self.url_runner.cancel(FETCH_SLOTS[key])

    def _fetched(self, side: str, document: Document) -> None:
        self._url_requests.pop(side, None)
        self._start_load(side, lambda _t: document, "Preparing…")

    def set_document(self, side: str, document: Document) -> None:
        """Use an already loaded document (tests, swaps)."""
        self._start_load(side, lambda _t: document, "Preparing…")

    def _start_load(self, side: str, make: Callable[[CancelToken], Document], message: str) -> None:
        self._cancel_fetch(side)  # a newer choice for this side wins over a page on its way

        def work(token: CancelToken) -> Loaded:
            document = make(token)
            return Loaded(document, prepare(document))

        self.runner.start(
            LOAD_SLOTS[side],
            work,
            lambda loaded: self._loaded(side, loaded),
            lambda error, details: self._load_failed(side, error, details),
            self._report_progress,
        )
        self.progress.emit(message)

    def set_options(self, options: CompareOptions) -> None:
        if options != self.options:
            self.options = options
            self.recompute()

    def swap(self) -> None:
        """Exchange the versions; a finished comparison is mirrored, not computed again,
        so every count swaps exactly (comparing the other way can break ties otherwise)."""
        d, p = self.documents, self.prepared
        shown = self.diff.comparison if self.diff is not None else None
        d["old"], d["new"] = d["new"], d["old"]
        p["old"], p["new"] = p["new"], p["old"]
        for side in SIDES:
            if d[side] is not None:
                self.document_loaded.emit(side, d[side], p[side])
        old_prep, new_prep = p["old"], p["new"]
        if (
            shown is None
            or self._loading()
            or self.runner.is_busy(DIFF_SLOT)
            or old_prep is None
            or new_prep is None
            or shown.old is not d["new"]
            or shown.new is not d["old"]
        ):
            self.recompute()
            return
        self.runner.cancel(QUOTES_SLOT)
        self.runner.start(
            DIFF_SLOT,
            lambda _token: side_views(mirrored(shown), old_prep, new_prep),
            self._diffed,
            self._diff_failed,
            self._report_progress,
        )

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
        """Stop everything at once, the quote process included (window closing)."""
        self.cancel()
        self.pipeline.shutdown()

    def is_busy(self) -> bool:
        return self.runner.is_busy() or self.url_runner.is_busy()

    def _loading(self) -> bool:
        fetching = self.url_runner.is_busy()
        return fetching or any(self.runner.is_busy(slot) for slot in LOAD_SLOTS.values())

    # -- pipeline ----------------------------------------------------------------------

    def recompute(self) -> None:
        old, new = self.documents["old"], self.documents["new"]
        op, np_ = self.prepared["old"], self.prepared["new"]
        self.runner.cancel(QUOTES_SLOT)
        if self._loading():
            return  # the other side is still loading; it recomputes when done
        if old is None or new is None or op is None or np_ is None:
            return
        options, pipeline = self.options, self.pipeline
        self.runner.start(
            DIFF_SLOT,
            lambda token: build_diff(pipeline, old, new, op, np_, options, token),
            self._diffed,
            self._diff_failed,
            self._report_progress,
        )
        self.progress.emit("Comparing…")

    def _start_quotes(self, comparison: Comparison) -> None:
        pipeline, arrived = self.pipeline, self._audit_arrived

        def work(token: CancelToken) -> Read | None:
            early: list[Audited] = []

            def audit_ready(audit: QuoteAudit) -> None:
                early.append(audited(audit, comparison))
                if not token.is_set():
                    arrived.emit(token, early[-1])  # shown while the ledger is worked on

            found = pipeline.read(comparison, token, audit_ready)
            if token.is_set() or found is None:
                return None
            shown = early[-1] if early else audited(found.audit, comparison)
            return Read(shown, found.changes)

        self.runner.start(QUOTES_SLOT, work, self._read, self._quotes_failed, self._report_progress)
        self._report_progress()

    # -- results (GUI thread) ----------------------------------------------------------

    def _loaded(self, side: str, loaded: Loaded) -> None:
        self.documents[side], self.prepared[side] = loaded.document, loaded.prepared
        self.document_loaded.emit(side, loaded.document, loaded.prepared)
        self.recompute()
        self._report_progress()

    def _diffed(self, result: DiffResult) -> None:
        self.diff = result
        self.audit, self.audit_rows, self.changes = None, None, None
        self.diff_ready.emit(result)
        self._start_quotes(result.comparison)
        self._report_progress()

    def _audit_early(self, token: CancelToken, result: Audited) -> None:
        """The audit, ahead of the ledger, if its read is still the current one."""
        job = self.runner.live.get(QUOTES_SLOT)
        if job is not None and job.token is token and not token.is_set():
            self._show_audit(result)
            self._report_progress()

    def _read(self, result: Read | None) -> None:
        if self.diff is not None and result is not None:
            if self.audit is not result.audited.audit:
                self._show_audit(result.audited)
            self.changes = result.changes
            self.changes_ready.emit(result.changes)
        self._report_progress()

    def _show_audit(self, result: Audited) -> None:
        if self.diff is None:
            return
        self.audit_rows, self.audit = result.rows, result.audit
        sets = (result.audit.old_quotes, result.audit.new_quotes)
        notices = list(dict.fromkeys(n for q in sets for n in q.notices))
        self.notice.emit("  ".join(notices))
        self.audit_ready.emit(result.audit)

    def _load_failed(self, side: str, error: BaseException, details: str) -> None:
        self.load_failed.emit(side, load_message(error))
        which = "original" if side == "old" else "revision"
        self._report_failure(f"Opening the {which} failed", error, details)

    def _diff_failed(self, error: BaseException, details: str) -> None:
        self.notice.emit(f"The comparison failed: {error}")
        self._report_failure("The comparison failed", error, details)

    def _quotes_failed(self, error: BaseException, details: str) -> None:
        if self.audit is None:
            self.notice.emit(f"Quotes could not be audited: {error}")
        else:  # the quotes are shown; only the ledger is missing
            self.notice.emit(f"Changes could not be listed: {error}")
        if isinstance(error, ChildFailed) and error.details:
            details = error.details  # the child's own traceback says more than ours
        self._report_failure("Finding quotes failed", error, details)

    def _report_failure(self, summary: str, error: BaseException, details: str) -> None:
        if not is_expected(error):
            self.crashed.emit(f"{summary}: {error or type(error).__name__}", details)
        self._report_progress()

    def _report_progress(self) -> None:
        if self._loading():
            return
        if self.runner.is_busy(DIFF_SLOT):
            self.progress.emit("Comparing…")
        elif self.runner.is_busy(QUOTES_SLOT) and self.audit is None:
            self.progress.emit("Finding quotes, speakers and changes…")
        elif self.runner.is_busy(QUOTES_SLOT):
            self.progress.emit(STILL_WORKING)  # the quotes are shown, the ledger is on its way
        else:
            self.progress.emit("")


def is_expected(error: BaseException) -> bool:
    """Errors with a plain explanation (a bad file, no network, no model): no crash report."""
    return isinstance(error, LoadError | OSError | ValueError)


def load_message(error: BaseException) -> str:
    if isinstance(error, LoadError):
        return str(error)
    if isinstance(error, OSError):
        name = Path(error.filename).name if getattr(error, "filename", None) else "The file"
        return f"{name}: {error.strerror or error}"
    return str(error) or type(error).__name__
