"""Notices when an open file changes on disk, so the window never shows a stale version quietly.

Signals:
    changed(str side, str path): the file shown on that side changed, or went away.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal


class FileWatcher(QObject):
    changed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_changed)
        self._paths: dict[str, str] = {}

    def watch(self, side: str, path: Path | str | None) -> None:
        """Watch `path` for `side` (None stops watching that side)."""
        old = self._paths.pop(side, None)
        if old is not None and old not in self._paths.values():
            self._watcher.removePath(old)
        if path is None:
            return
        key = str(Path(path))
        self._paths[side] = key
        if key not in self._watcher.files() and Path(key).exists():
            self._watcher.addPath(key)

    def watched(self) -> dict[str, str]:
        return dict(self._paths)

    def _file_changed(self, path: str) -> None:
        # An editor that saves by writing a new file and renaming it drops the watch: add it back.
        if Path(path).exists() and path not in self._watcher.files():
            self._watcher.addPath(path)
        for side, watched in self._paths.items():
            if watched == path:
                self.changed.emit(side, path)
