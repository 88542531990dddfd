"""The main window: two panes joined by the link map, the sidebar (quotes, changes), menus.

It wires views to the Session (which owns the documents and the engine
runs) and holds no comparison logic of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
)

from reader.analysis import CompareOptions, Document, Pipeline, QuoteAudit
from reader.ui.icons import app_icon
from reader.ui.panes.article import PreparedText
from reader.ui.panes.linkmap import LinkMap
from reader.ui.panes.pane import PaneWidget
from reader.ui.panes.sync import ScrollSync
from reader.ui.session import SIDES, DiffResult, Session
from reader.ui.settings import Settings
from reader.ui.sidebar.widget import Sidebar
from reader.ui.theme import Theme, apply_theme, resolve
from reader.ui.window.actions import (
    COMPACT_BELOW_PX,
    build_actions,
    build_menus,
    build_toolbar,
    paint_icons,
    set_compact,
)
from reader.ui.window.change_cursor import ChangeCursor
from reader.ui.window.crash import CrashReporter
from reader.ui.window.files import WindowFiles, sample_paths
from reader.ui.window.findbar import FindBar
from reader.ui.window.folds import WindowFolds
from reader.ui.window.layout import build_central
from reader.ui.window.navigation import WindowNavigator
from reader.ui.window.status_bar import WindowStatus
from reader.ui.window.status_text import summary_text
from reader.ui.window.watcher import FileWatcher
from reader.ui.workers import release_heap, settle_heap, share_the_gil

FONT_MIN, FONT_MAX, FONT_DEFAULT = 8.0, 28.0, 12.5


class MainWindow(QMainWindow):
    def __init__(self, pipeline: Pipeline, settings: Settings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Reader")
        self.setWindowIcon(app_icon())
        self.settings = settings or Settings()
        self.session = Session(pipeline, self)
        self.theme: Theme = resolve(self.settings.theme())
        self.diff: DiffResult | None = None
        self.changes = ChangeCursor()
        share_the_gil()
        self.crash = CrashReporter(self)
        self.watcher = FileWatcher(self)
        self.nav = WindowNavigator(self)
        self.files = WindowFiles(self)
        self.folds = WindowFolds(self)
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
        self.splitter = build_central(self, self.panes, self.linkmap, self.findbar, self.sidebar)
        self.setCentralWidget(self.splitter)

    def _build_chrome(self) -> None:
        self.acts = build_actions(self)
        self.menus = build_menus(self, self.acts)
        self.toolbar, self.legend = build_toolbar(self, self.acts)
        self.status = WindowStatus(self)
        self.summary_label, self.change_label = self.status.summary, self.status.change
        self.progress_label = self.status.progress

    def _connect(self) -> None:
        a, s = self.acts, self.session
        a.open_pair.triggered.connect(self.files.open_pair_dialog)
        a.open_old.triggered.connect(lambda: self.files.open_side_dialog("old"))
        a.open_new.triggered.connect(lambda: self.files.open_side_dialog("new"))
        a.open_url.triggered.connect(self.files.open_url_dialog)
        a.open_sample.triggered.connect(self.files.open_sample)
        a.paste_old.triggered.connect(lambda: self.files.paste_as("old"))
        a.paste_new.triggered.connect(lambda: self.files.paste_as("new"))
        a.reload.triggered.connect(s.reload)
        a.swap.triggered.connect(s.swap)
        a.export.triggered.connect(self.files.export_report)
        a.quit.triggered.connect(self.close)
        a.copy.triggered.connect(self.copy_selection)
        a.find.triggered.connect(lambda: self.findbar.open_for(self._focused_side()))
        a.find_next.triggered.connect(lambda: self.findbar.search(forward=True))
        a.find_prev.triggered.connect(lambda: self.findbar.search(forward=False))
        a.next_change.triggered.connect(lambda: self.nav.go_to_change(+1))
        a.prev_change.triggered.connect(lambda: self.nav.go_to_change(-1))
        a.next_quote.triggered.connect(lambda: self.nav.go_to_quote(+1))
        a.prev_quote.triggered.connect(lambda: self.nav.go_to_quote(-1))
        a.zoom_in.triggered.connect(lambda: self.zoom(+1))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.set_font_size(FONT_DEFAULT))
        a.sync.toggled.connect(self._sync_toggled)
        a.sidebar.toggled.connect(self._sidebar_toggled)
        for name in ("ignore_case", "ignore_punctuation", "ignore_quote_style"):
            getattr(a, name).toggled.connect(self._options_changed)
        a.only_changed.toggled.connect(self.folds.set_on)
        a.auto_recompute.toggled.connect(lambda on: self.settings.set_flag("auto_recompute", on))
        a.recompute.triggered.connect(self._recompute_now)
        a.cancel.triggered.connect(s.cancel)
        a.about.triggered.connect(self.show_about)
        a.themes.triggered.connect(self._theme_chosen)
        s.document_loaded.connect(self._document_loaded)
        self.watcher.changed.connect(self.files.file_changed_on_disk)
        s.load_failed.connect(self._load_failed)
        s.diff_ready.connect(self._diff_ready)
        s.audit_ready.connect(self._audit_ready)
        s.changes_ready.connect(self.sidebar.changes_panel.set_changes)
        s.changes_ready.connect(lambda _changes: self.status.update_summary())
        s.notice.connect(self.sidebar.set_notice)
        s.progress.connect(self.status.show_progress)
        s.crashed.connect(self.crash.report)
        self.sidebar.quote_activated.connect(self.nav.show_quote)
        self.sidebar.speaker_activated.connect(self.nav.show_speaker)
        self.sidebar.changes_panel.change_activated.connect(self.nav.show_quote)  # same spans
        self.linkmap.block_clicked.connect(self.nav.go_to_link)
        for side, view in self.views.items():
            view.files_dropped.connect(lambda paths, side=side: self.files.dropped(side, paths))
            view.fold_clicked.connect(self.folds.expand)
            view.offset_clicked.connect(lambda offset, side=side: self.nav.clicked(side, offset))
            view.tooltip_provider = lambda offset, side=side: self.nav.tooltip(side, offset)
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
        self.files.refresh_recent()
        self._update_enabled()

    # -- opening (the window's public entry points) ----------------------------------

    def open_pair(self, old: str | Path, new: str | Path) -> None:
        self.files.open_pair(old, new)

    def open_sample(self) -> bool:
        return self.files.open_sample()

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
        paint_icons(self.acts, self.theme.text)

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
        if document.notes:  # what loading changed or could not read (text may be missing)
            pane.message.show_message("Note: " + "; ".join(document.notes), "info")
        pane.header.set_document(document, prepared.words)
        self.watcher.watch(side, document.path)
        pane.view.set_article(prepared)
        pane.overview.set_marks([], 1)
        self.linkmap.set_links([])
        self.sync.set_anchors([])
        self.diff = None
        self.changes.reset(0)
        self.nav.show_change_label()
        self.sidebar.clear("Waiting for both versions…")
        self._update_title()
        self._update_enabled()
        self.files.remember_pair()
        settle_heap()

    def _load_failed(self, side: str, message: str) -> None:
        self.panes[side].show_error(message)

    def _diff_ready(self, result: DiffResult) -> None:
        self.diff = result
        self.changes.reset(len(result.links))
        for side in SIDES:
            view_data = result.old if side == "old" else result.new
            pane = self.panes[side]
            pane.view.set_runs(view_data.runs)
            stats = result.comparison.stats
            pane.header.set_word_count(stats.words_old if side == "old" else stats.words_new)
            pane.overview.set_marks(view_data.marks, pane.view.offsets.length)
            pane.view.set_ghost(None)
            pane.view.set_current(None)
        self.nav.show_change_label()
        self.linkmap.set_links(result.links)
        self.sync.set_anchors(result.anchors)
        if self.folds.on:
            self.folds.reset()
            self.folds.apply()
        self.sync.sync_from(1)
        self.sidebar.clear()
        self.status.update_summary()
        self._update_enabled()
        settle_heap()

    def _audit_ready(self, audit: QuoteAudit) -> None:
        if self.diff is None:
            return
        self.sidebar.set_audit(audit, self.diff.comparison, self.session.audit_rows)
        self.sidebar.changes_panel.set_changes(self.session.changes)
        self.status.update_summary()
        settle_heap()

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
                "Options changed — Compare Again (Ctrl+R) to apply them.", 6000
            )

    def _recompute_now(self) -> None:
        self.session.options = self.current_options()
        self.session.recompute()

    def _sync_toggled(self, on: bool) -> None:
        self.settings.set_flag("sync", on)
        self.sync.set_enabled(on)

    def _sidebar_toggled(self, on: bool) -> None:
        self.settings.set_flag("sidebar", on)
        self.sidebar.setVisible(on)

    # -- export, about ---------------------------------------------------------------

    def show_about(self) -> None:
        from reader.ui.window.about import start_about

        start_about(self, self.session.runner)

    # -- persistence -----------------------------------------------------------------

    def _save_splitters(self) -> None:
        self.settings.set_bytes("splitter", self.splitter.saveState())
        self.settings.set_bytes("sidebar_splitter", self.sidebar.splitter.saveState())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = event.size().width() < COMPACT_BELOW_PX
        set_compact(self.toolbar, compact)
        self.legend.set_compact(compact)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_bytes("geometry", self.saveGeometry())
        self.settings.set_bytes("state", self.saveState())
        self._save_splitters()
        self.session.shutdown()
        release_heap()
        self.crash.uninstall()
        super().closeEvent(event)


__all__ = ["MainWindow", "QByteArray", "sample_paths", "summary_text"]
