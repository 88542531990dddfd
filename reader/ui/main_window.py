"""The main window: two panes joined by the link map, the quote sidebar, menus and status.

It wires views to the Session (which owns the documents and the engine
runs) and holds no comparison logic of its own.
"""

from __future__ import annotations

import importlib.resources
from bisect import bisect_right
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication, QTextCharFormat
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.analysis import CompareOptions, Document, Pipeline, QuoteAudit, Span
from reader.present.quotes import quotes_line
from reader.present.stats import stats_line
from reader.report.html_report import render_html
from reader.ui import dialogs
from reader.ui.actions import build_actions, build_menus, build_toolbar
from reader.ui.article import PreparedText
from reader.ui.crash import CrashReporter
from reader.ui.findbar import FindBar
from reader.ui.icons import app_icon, icon
from reader.ui.linkmap import LinkMap
from reader.ui.pane import PaneWidget
from reader.ui.quote_models import QuoteRow, SpeakerRow
from reader.ui.session import SIDES, DiffResult, Session
from reader.ui.settings import Settings
from reader.ui.sidebar import Sidebar
from reader.ui.sync import ScrollSync
from reader.ui.theme import Theme, apply_theme, resolve
from reader.ui.tooltips import mark_tooltip
from reader.ui.workers import release_heap, settle_heap, share_the_gil

FONT_MIN, FONT_MAX, FONT_DEFAULT = 8.0, 28.0, 12.5


def sample_paths() -> tuple[Path, Path] | None:
    """The bundled pair: the .txt with 'original' in its name is the old version."""
    try:
        folder = importlib.resources.files("reader.resources") / "samples"
        texts = sorted(Path(str(p)) for p in folder.iterdir() if str(p).endswith(".txt"))
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    if len(texts) < 2:
        return None
    old = next((p for p in texts if "original" in p.name), texts[0])
    new = next(p for p in texts if p != old)
    return old, new


class MainWindow(QMainWindow):
    def __init__(self, pipeline: Pipeline, settings: Settings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Reader")
        self.setWindowIcon(app_icon())
        self.settings = settings or Settings()
        self.session = Session(pipeline, self)
        self.theme: Theme = resolve(self.settings.theme())
        self.diff: DiffResult | None = None
        self._link_index = -1
        self._only_changed = False
        share_the_gil()
        self.crash = CrashReporter(self)
        self._build_panes()
        self._build_chrome()
        self._connect()
        self._restore()
        self.apply_theme()

    # -- construction ----------------------------------------------------------------

    def _build_panes(self) -> None:
        self.panes = {side: PaneWidget(side, self) for side in SIDES}
        self.views = {side: pane.view for side, pane in self.panes.items()}
        self.linkmap = LinkMap(self.views["old"], self.views["new"], self)
        self.sync = ScrollSync(self.views["old"], self.views["new"], self)
        self.findbar = FindBar(self.views, self)
        self.sidebar = Sidebar(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.panes["old"], 1)
        row.addWidget(self.linkmap)
        row.addWidget(self.panes["new"], 1)
        compare = QWidget(self)
        compare.setObjectName("centralArea")
        column = QVBoxLayout(compare)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(row, 1)
        column.addWidget(self.findbar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(compare)
        self.splitter.addWidget(self.sidebar)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([1000, 360])
        self.setCentralWidget(self.splitter)

    def _build_chrome(self) -> None:
        self.acts = build_actions(self)
        self.menus = build_menus(self, self.acts)
        self.toolbar, self.legend = build_toolbar(self, self.acts)
        status = self.statusBar()
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary")
        self.progress_label = QLabel(self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedWidth(90)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setDefaultAction(self.acts.cancel)
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        status.addWidget(self.summary_label, 1)
        for widget in (self.progress_label, self.busy_bar, self.cancel_button):
            status.addPermanentWidget(widget)
        self._show_progress("")

    def _connect(self) -> None:
        a, s = self.acts, self.session
        a.open_pair.triggered.connect(self.open_pair_dialog)
        a.open_old.triggered.connect(lambda: self.open_side_dialog("old"))
        a.open_new.triggered.connect(lambda: self.open_side_dialog("new"))
        a.open_url.triggered.connect(self.open_url_dialog)
        a.open_sample.triggered.connect(self.open_sample)
        a.paste_old.triggered.connect(lambda: self.paste_as("old"))
        a.paste_new.triggered.connect(lambda: self.paste_as("new"))
        a.reload.triggered.connect(s.reload)
        a.swap.triggered.connect(s.swap)
        a.export.triggered.connect(self.export_report)
        a.quit.triggered.connect(self.close)
        a.copy.triggered.connect(self.copy_selection)
        a.find.triggered.connect(lambda: self.findbar.open_for(self._focused_side()))
        a.find_next.triggered.connect(lambda: self.findbar.search(forward=True))
        a.find_prev.triggered.connect(lambda: self.findbar.search(forward=False))
        a.next_change.triggered.connect(lambda: self.go_to_change(+1))
        a.prev_change.triggered.connect(lambda: self.go_to_change(-1))
        a.next_quote.triggered.connect(lambda: self.go_to_quote(+1))
        a.prev_quote.triggered.connect(lambda: self.go_to_quote(-1))
        a.zoom_in.triggered.connect(lambda: self.zoom(+1))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.set_font_size(FONT_DEFAULT))
        a.sync.toggled.connect(self._sync_toggled)
        a.sidebar.toggled.connect(self._sidebar_toggled)
        for name in ("ignore_case", "ignore_punctuation", "ignore_quote_style"):
            getattr(a, name).toggled.connect(self._options_changed)
        a.only_changed.toggled.connect(self.set_only_changed)
        a.auto_recompute.toggled.connect(lambda on: self.settings.set_flag("auto_recompute", on))
        a.recompute.triggered.connect(self._recompute_now)
        a.cancel.triggered.connect(s.cancel)
        a.about.triggered.connect(self.show_about)
        a.themes.triggered.connect(self._theme_chosen)
        s.document_loaded.connect(self._document_loaded)
        s.load_failed.connect(self._load_failed)
        s.diff_ready.connect(self._diff_ready)
        s.audit_ready.connect(self._audit_ready)
        s.notice.connect(self.sidebar.set_notice)
        s.progress.connect(self._show_progress)
        s.crashed.connect(self.crash.report)
        self.sidebar.quote_activated.connect(self.show_quote)
        self.sidebar.speaker_activated.connect(self.show_speaker)
        self.linkmap.block_clicked.connect(self._go_to_link)
        for side, view in self.views.items():
            view.file_dropped.connect(lambda path, side=side: self.session.load_path(side, path))
            view.offset_clicked.connect(lambda offset, side=side: self._clicked(side, offset))
            view.tooltip_provider = lambda offset, side=side: self._tooltip(side, offset)
        self.splitter.splitterMoved.connect(lambda *_: self._save_splitters())
        self.sidebar.splitter.splitterMoved.connect(lambda *_: self._save_splitters())
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: self.apply_theme())

    def _restore(self) -> None:
        st = self.settings
        geometry = st.bytes("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1360, 860)
        state = st.bytes("state")
        if state is not None:
            self.restoreState(state)
        for key, splitter in (
            ("splitter", self.splitter),
            ("sidebar_splitter", self.sidebar.splitter),
        ):
            sizes = st.bytes(key)
            if sizes is not None:
                splitter.restoreState(sizes)
        options = st.options()
        for name in ("ignore_case", "ignore_punctuation", "ignore_quote_style"):
            getattr(self.acts, name).setChecked(getattr(options, name))
        self.session.options = options
        self.acts.sync.setChecked(st.flag("sync", True))
        self.acts.sidebar.setChecked(st.flag("sidebar", True))
        self.sidebar.setVisible(self.acts.sidebar.isChecked())
        self.acts.auto_recompute.setChecked(st.flag("auto_recompute", True))
        self.acts.only_changed.setChecked(st.flag("only_changed", False))
        self.set_font_size(st.font_size())
        for action in self.acts.themes.actions():
            action.setChecked(action.data() == st.theme())
        self._refresh_recent()
        self._update_enabled()

    # -- theme & zoom ----------------------------------------------------------------

    def apply_theme(self) -> None:
        self.theme = resolve(self.settings.theme())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.theme)
        for view in self.views.values():
            view.set_theme(self.theme)
        for pane in self.panes.values():
            pane.overview.set_theme(self.theme)
        self.linkmap.set_theme(self.theme)
        self.legend.set_theme(self.theme)
        self.sidebar.set_theme(self.theme)
        self.findbar.theme = self.theme
        for name in (
            "open_pair",
            "swap",
            "reload",
            "prev_change",
            "next_change",
            "only_changed",
            "sync",
            "sidebar",
            "find",
            "export",
            "cancel",
        ):
            action = getattr(self.acts, name)
            action.setIcon(icon(str(action.property("icon_name")), self.theme.text))

    def _theme_chosen(self, action: Any) -> None:
        self.settings.set_theme(str(action.data()))
        self.apply_theme()

    def zoom(self, step: int) -> None:
        self.set_font_size(self.views["new"].point_size() + step)

    def set_font_size(self, size: float) -> None:
        size = max(FONT_MIN, min(FONT_MAX, size))
        for view in self.views.values():
            view.set_point_size(size)
        self.settings.set_font_size(size)

    # -- opening ---------------------------------------------------------------------

    def open_pair(self, old: str | Path, new: str | Path) -> None:
        self.session.load_path("old", old)
        self.session.load_path("new", new)

    def open_sample(self) -> bool:
        pair = sample_paths()
        if pair is None:
            self.statusBar().showMessage("The sample articles are not installed.", 5000)
            return False
        self.open_pair(*pair)
        return True

    def open_pair_dialog(self) -> None:
        paths = dialogs.ask_open_paths(
            self, "Open the original, then the revised version", multiple=True
        )
        if len(paths) >= 2:
            self.open_pair(paths[0], paths[1])
        elif len(paths) == 1:
            self.session.load_path("new" if self.session.documents["old"] else "old", paths[0])

    def open_side_dialog(self, side: str) -> None:
        label = "original" if side == "old" else "revised version"
        paths = dialogs.ask_open_paths(self, f"Open the {label}")
        if paths:
            self.session.load_path(side, paths[0])

    def open_url_dialog(self) -> None:
        answer = dialogs.ask_url(self)
        if answer is not None:
            url, side = answer
            self.session.load_url(side, url)

    def paste_as(self, side: str) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.panes[side].message.show_message("The clipboard has no text to paste.", "info")
            return
        self.session.load_text(side, text, title=None)

    def copy_selection(self) -> None:
        view = self.views[self._focused_side()]
        if view.textCursor().hasSelection():
            view.copy()

    def _focused_side(self) -> str:
        return "old" if self.views["old"].hasFocus() else "new"

    # -- session results -------------------------------------------------------------

    def _document_loaded(self, side: str, document: Document, prepared: PreparedText) -> None:
        pane = self.panes[side]
        pane.document = document
        pane.clear_message()
        pane.header.set_document(document)
        pane.view.set_article(prepared)
        pane.overview.set_marks([], 1)
        self.linkmap.set_links([])
        self.sync.set_anchors([])
        self.diff = None
        self.sidebar.clear("Waiting for both versions…")
        self._update_title()
        self._update_enabled()
        self._remember_pair()
        settle_heap()

    def _load_failed(self, side: str, message: str) -> None:
        self.panes[side].show_error(message)

    def _diff_ready(self, result: DiffResult) -> None:
        self.diff = result
        self._link_index = -1
        for side in SIDES:
            view_data = result.old if side == "old" else result.new
            pane = self.panes[side]
            pane.view.set_runs(view_data.runs)
            pane.overview.set_marks(view_data.marks, pane.view.offsets.length)
            pane.view.set_ghost(None)
        self.linkmap.set_links(result.links)
        self.sync.set_anchors(result.anchors)
        if self._only_changed:
            self._apply_only_changed()
        self.sync.sync_from(1)
        self.sidebar.clear()
        self._update_summary()
        self._update_enabled()
        settle_heap()

    def _audit_ready(self, audit: QuoteAudit) -> None:
        if self.diff is None:
            return
        self.sidebar.set_audit(audit, self.diff.comparison, self.session.audit_rows)
        self._update_summary()
        settle_heap()

    def _show_progress(self, message: str) -> None:
        busy = bool(message)
        self.progress_label.setText(message)
        self.busy_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.acts.cancel.setEnabled(busy)
        if message.startswith("Finding quotes"):
            self.sidebar.set_busy(message)
        elif not busy and self.diff is not None and self.session.audit is None:
            self.sidebar.set_busy("No quote audit for this pair.")

    def _update_summary(self) -> None:
        self.summary_label.setText(summary_text(self.diff, self.session.audit))

    def _update_title(self) -> None:
        docs = [self.panes[s].document for s in SIDES]
        names = [d.display_name for d in docs if d is not None]
        self.setWindowTitle(" ↔ ".join(names) + " — Reader" if names else "Reader")

    def _update_enabled(self) -> None:
        has_diff = self.diff is not None
        for name in ("next_change", "prev_change", "export"):
            getattr(self.acts, name).setEnabled(has_diff)
        both = all(self.session.documents[s] is not None for s in SIDES)
        self.acts.swap.setEnabled(both)
        self.acts.recompute.setEnabled(both)

    def _remember_pair(self) -> None:
        docs = self.session.documents
        old, new = docs["old"], docs["new"]
        if old is not None and new is not None and old.path and new.path:
            self.settings.add_recent_pair(old.path, new.path)
            self._refresh_recent()

    def _refresh_recent(self) -> None:
        menu = self.menus.recent
        menu.clear()
        pairs = self.settings.recent_pairs()
        for old, new in pairs:
            action = menu.addAction(f"{Path(old).name}  ↔  {Path(new).name}")
            action.setToolTip(f"{old}\n{new}")
            action.triggered.connect(lambda _c=False, o=old, n=new: self.open_pair(o, n))
        if pairs:
            menu.addSeparator()
            menu.addAction("Clear Recent", self._clear_recent)
        menu.setEnabled(bool(pairs))

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self._refresh_recent()

    # -- options ---------------------------------------------------------------------

    def current_options(self) -> CompareOptions:
        a = self.acts
        return CompareOptions(
            ignore_case=a.ignore_case.isChecked(),
            ignore_punctuation=a.ignore_punctuation.isChecked(),
            ignore_quote_style=a.ignore_quote_style.isChecked(),
        )

    def _options_changed(self) -> None:
        options = self.current_options()
        self.settings.set_options(options)
        if self.acts.auto_recompute.isChecked():
            self.session.set_options(options)
        else:
            self.statusBar().showMessage(
                "Options changed — Compare Again (F5) to apply them.", 6000
            )

    def _recompute_now(self) -> None:
        self.session.options = self.current_options()
        self.session.recompute()

    def set_only_changed(self, on: bool) -> None:
        self._only_changed = on
        self.settings.set_flag("only_changed", on)
        self._apply_only_changed()

    def _apply_only_changed(self) -> None:
        for side in SIDES:
            view = self.views[side]
            if not self._only_changed or self.diff is None:
                view.set_visible_blocks(None)
                continue
            runs = (self.diff.old if side == "old" else self.diff.new).runs
            view.set_visible_blocks({0, *runs.keys()})
        QTimer.singleShot(0, lambda: self.sync.sync_from(1))

    def _sync_toggled(self, on: bool) -> None:
        self.settings.set_flag("sync", on)
        self.sync.set_enabled(on)

    def _sidebar_toggled(self, on: bool) -> None:
        self.settings.set_flag("sidebar", on)
        self.sidebar.setVisible(on)

    # -- navigation ------------------------------------------------------------------

    def go_to_change(self, step: int) -> None:
        if self.diff is None or not self.diff.links:
            return
        links = self.diff.links
        index = self._link_index
        if index < 0 or not self.views["new"].is_offset_visible(links[index][3]):
            view = self.views["new"]
            here = view.offset_at_y(view.scroll_y() + view.viewport_height() / 2)
            starts = [link[3] for link in links]
            index = bisect_right(starts, here) - (1 if step > 0 else 0)
        self._go_to_link(max(0, min(len(links) - 1, index + step)))

    def _go_to_link(self, index: int) -> None:
        if self.diff is None or not 0 <= index < len(self.diff.links):
            return
        self._link_index = index
        _mark, os_, oe, ns, ne = self.diff.links[index]
        self._show_spans(Span(os_, oe), Span(ns, ne))

    def _show_spans(self, old: Span | None, new: Span | None, select: bool = False) -> None:
        """Bring a span into view in each pane, sync paused so neither pane drags the other."""
        self.sync.enabled = False
        try:
            for side, span in (("old", old), ("new", new)):
                view = self.views[side]
                if span is None:
                    continue
                if select and len(span):
                    view.select_span(span)
                else:
                    view.center_on(span.start, span.end)
                if len(span):
                    view.flash(span)
        finally:
            self.sync.enabled = self.acts.sync.isChecked()

    def go_to_quote(self, step: int) -> None:
        count = self.sidebar.proxy.rowCount()
        if count:
            row = self.sidebar.current_proxy_row()
            self.sidebar.select_row(max(0, min(count - 1, row + step if row >= 0 else 0)))

    def show_quote(self, row: QuoteRow) -> None:
        """Select a quote in both panes; a one-sided quote shows where it would have been."""
        comparison = self.diff.comparison if self.diff else None
        old, new = row.old_span, row.new_span
        for side, span, other in (("old", old, new), ("new", new, old)):
            view = self.views[side]
            view.set_ghost(None)
            if span is None and other is not None and comparison is not None:
                mapped = (
                    comparison.new_to_old(other.start)
                    if side == "old"
                    else comparison.old_to_new(other.start)
                )
                view.set_ghost(mapped)
                cursor = view.textCursor()
                cursor.clearSelection()
                view.setTextCursor(cursor)
        ghost = {side: self.views[side].ghost() for side in SIDES}
        self._show_spans(
            old if old is not None else _point(ghost["old"]),
            new if new is not None else _point(ghost["new"]),
            select=True,
        )

    def show_speaker(self, row: SpeakerRow | None) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self.theme.mention_bg))
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(QColor(self.theme.accent))
        for side in SIDES:
            mentions = list(row.old_mentions if side == "old" else row.new_mentions) if row else []
            self.views[side].set_marked_spans("mentions", mentions, fmt)
        if row is not None:
            first_old = row.old_mentions[0] if row.old_mentions else None
            first_new = row.new_mentions[0] if row.new_mentions else None
            self._show_spans(first_old, first_new)
            count = len(row.old_mentions) + len(row.new_mentions)
            self.statusBar().showMessage(f"{row.name}: {count} mentions highlighted", 5000)

    def _clicked(self, side: str, offset: int) -> None:
        """A click on a moved sentence shows where it went."""
        link = self._link_at(side, offset, "moved")
        if link is None:
            return
        _m, os_, oe, ns, ne = link
        other = "new" if side == "old" else "old"
        span = Span(ns, ne) if other == "new" else Span(os_, oe)
        self._show_spans(*((None, span) if other == "new" else (span, None)))
        self.views[other].select_span(span, center=False)

    def _link_at(self, side: str, offset: int, mark: str | None = None) -> tuple[Any, ...] | None:
        if self.diff is None:
            return None
        for link in self.diff.links:
            start, end = (link[1], link[2]) if side == "old" else (link[3], link[4])
            if start <= offset < end and (mark is None or link[0] == mark):
                return link
        return None

    def _tooltip(self, side: str, offset: int) -> str | None:
        if self.diff is None:
            return None
        marks = (self.diff.old if side == "old" else self.diff.new).marks
        return mark_tooltip(self.diff.comparison, side, marks, offset, self._link_at(side, offset))

    # -- export, about ---------------------------------------------------------------

    def export_report(self) -> None:
        if self.diff is None:
            return
        old, new = self.session.documents["old"], self.session.documents["new"]
        suggested = (
            f"{Path(old.display_name).stem}-vs-{Path(new.display_name).stem}.html"
            if old and new
            else "report.html"
        )
        path = dialogs.ask_save_path(self, "Export Report", suggested)
        if not path:
            return
        try:
            html = render_html(self.diff.comparison, self.session.audit)
            Path(path).write_text(html, encoding="utf-8")
        except OSError as err:
            dialogs.show_error(self, "Export failed", str(err))
            return
        self.statusBar().showMessage(f"Report saved to {path}", 6000)

    def show_about(self) -> None:
        from reader.ui.about import start_about

        start_about(self, self.session.runner)

    # -- persistence -----------------------------------------------------------------

    def _save_splitters(self) -> None:
        self.settings.set_bytes("splitter", self.splitter.saveState())
        self.settings.set_bytes("sidebar_splitter", self.sidebar.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_bytes("geometry", self.saveGeometry())
        self.settings.set_bytes("state", self.saveState())
        self._save_splitters()
        self.session.shutdown()
        release_heap()
        self.crash.uninstall()
        super().closeEvent(event)


def _point(offset: int | None) -> Span | None:
    return None if offset is None else Span(offset, offset)


def summary_text(diff: DiffResult | None, audit: QuoteAudit | None) -> str:
    """The status bar's figures: the same words as the text and HTML reports."""
    if diff is None:
        return ""
    text = stats_line(diff.comparison.stats, "  ·  ")
    if audit is not None:
        text += f"      {quotes_line(audit)}"
    return text


__all__ = ["MainWindow", "QByteArray", "sample_paths", "summary_text"]
