"""Opening, reloading and exporting: the pair dialog, drops, paste, recent pairs, files on disk."""

from __future__ import annotations

import importlib.resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from reader.report.html_report import render_html
from reader.ui.window import dialogs

if TYPE_CHECKING:
    from reader.ui.window.main_window import MainWindow


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


class WindowFiles:
    def __init__(self, window: MainWindow) -> None:
        self.w = window

    def open_pair(self, old: str | Path, new: str | Path) -> None:
        self.w.session.load_path("old", old)
        self.w.session.load_path("new", new)

    def open_sample(self) -> bool:
        pair = sample_paths()
        if pair is None:
            self.w.statusBar().showMessage("The sample articles are not installed.", 5000)
            return False
        self.open_pair(*pair)
        return True

    def open_pair_dialog(self) -> None:
        docs = self.w.session.documents
        initial = tuple(str(d.path) if d and d.path else "" for d in (docs["old"], docs["new"]))
        recent = list(dict.fromkeys(p for pair in self.w.settings.recent_pairs() for p in pair))
        pair = dialogs.ask_pair(self.w, recent, (initial[0], initial[1]))
        if pair is not None:
            self.open_pair(*pair)

    def open_side_dialog(self, side: str) -> None:
        label = "original" if side == "old" else "revised version"
        paths = dialogs.ask_open_paths(self.w, f"Open the {label}")
        if paths:
            self.w.session.load_path(side, paths[0])

    def open_url_dialog(self) -> None:
        answer = dialogs.ask_url(self.w)
        if answer is not None:
            url, side = answer
            self.w.session.load_url(side, url)

    def dropped(self, side: str, paths: list[str]) -> None:
        """The first file goes to the pane it was dropped on, a second one to the other."""
        other = "new" if side == "old" else "old"
        for target, path in zip((side, other), paths, strict=False):
            self.w.session.load_path(target, path)

    def paste_as(self, side: str) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.w.panes[side].message.show_message("The clipboard has no text to paste.", "info")
            return
        self.w.session.load_text(side, text, title=None)

    def file_changed_on_disk(self, side: str, path: str) -> None:
        name = Path(path).name
        bar = self.w.panes[side].message
        if not Path(path).exists():
            bar.show_message(f"{name} is no longer on disk; the text shown is as it was.", "info")
            return
        reload = ("Reload", lambda: self.w.session.load_path(side, path))
        bar.show_message(f"{name} changed on disk", "info", reload)

    def remember_pair(self) -> None:
        docs = self.w.session.documents
        old, new = docs["old"], docs["new"]
        if old is not None and new is not None and old.path and new.path:
            self.w.settings.add_recent_pair(old.path, new.path)
            self.refresh_recent()

    def refresh_recent(self) -> None:
        menu = self.w.menus.recent
        menu.clear()
        pairs = self.w.settings.recent_pairs()
        for old, new in pairs:
            action = menu.addAction(f"{Path(old).name}  ↔  {Path(new).name}")
            action.setToolTip(f"{old}\n{new}")
            action.triggered.connect(lambda _c=False, o=old, n=new: self.open_pair(o, n))
        if pairs:
            menu.addSeparator()
            menu.addAction("Clear Recent", self.clear_recent)
        menu.setEnabled(bool(pairs))

    def clear_recent(self) -> None:
        self.w.settings.clear_recent()
        self.refresh_recent()

    def export_report(self) -> None:
        if self.w.diff is None:
            return
        old, new = self.w.session.documents["old"], self.w.session.documents["new"]
        suggested = (
            f"{Path(old.display_name).stem}-vs-{Path(new.display_name).stem}.html"
            if old and new
            else "report.html"
        )
        path = dialogs.ask_save_path(self.w, "Export Report", suggested)
        if not path:
            return
        try:
            html = render_html(self.w.diff.comparison, self.w.session.audit)
            Path(path).write_text(html, encoding="utf-8")
        except OSError as err:
            dialogs.show_error(self.w, "Export failed", str(err))
            return
        self.w.statusBar().showMessage(f"Report saved to {path}", 6000)
