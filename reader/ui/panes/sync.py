"""Synchronised scrolling through the sentence alignment (Meld's `_sync_vscroll`).

The text at the sync point of one pane (its middle, or its top/bottom edge
when the pane is scrolled near an end) is located in the alignment; its
position inside the aligned block is interpolated (in pixels) into the
counterpart block of the other pane, which is then scrolled so that point
faces it. A lock keeps the two panes from re-scrolling each other.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QObject, QTimer

from reader.present.links import Anchor
from reader.ui.panes.article_view import ArticleView

RESYNC_MS = 30  # geometry settles (a resize, a late layout) before the panes face again


def sync_fraction(value: int, maximum: int, page: int) -> float:
    """Where in the viewport the sync point sits: the middle, sliding to the edges at the ends."""
    if page <= 0:
        return 0.5
    half = page / 2
    if value < half:
        return max(0.0, value / page)
    if maximum - value < half:
        return min(1.0, 1.0 - (maximum - value) / page)
    return 0.5


class ScrollSync(QObject):
    """Keeps two ArticleViews facing each other along a list of anchors."""

    def __init__(self, old: ArticleView, new: ArticleView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.views = (old, new)
        self.anchors: list[Anchor] = []
        self._old_keys: list[int] = []
        self._new_keys: list[int] = []
        self.enabled = True
        self._locked = False
        self._last_source = 0
        old.verticalScrollBar().valueChanged.connect(lambda _v: self._scrolled(0))
        new.verticalScrollBar().valueChanged.connect(lambda _v: self._scrolled(1))
        # A resize or a late layout changes the geometry: re-face from the last pane moved.
        self._resync = QTimer(self, singleShot=True, interval=RESYNC_MS)
        self._resync.timeout.connect(lambda: self.sync_from(self._last_source))
        for view in self.views:
            view.verticalScrollBar().rangeChanged.connect(lambda *_: self._resync.start())

    def set_resync_delay(self, ms: int) -> None:
        """How long geometry must settle before the panes face again (0 in tests)."""
        self._resync.setInterval(ms)

    def resync_pending(self) -> bool:
        return self._resync.isActive()

    def set_anchors(self, anchors: list[Anchor]) -> None:
        self.anchors = anchors
        self._old_keys = [a[0] for a in anchors]
        self._new_keys = [a[1] for a in anchors]

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if enabled:
            self.sync_from(self._last_source)

    def _scrolled(self, side: int) -> None:
        if self._locked:
            return
        self._last_source = side
        self.sync_from(side)

    def sync_from(self, side: int) -> None:
        if not self.enabled or len(self.anchors) < 2 or self._locked:
            return
        self._locked = True
        try:
            self._face(self.views[side], self.views[1 - side], side)
        finally:
            self._locked = False

    def _face(self, source: ArticleView, target: ArticleView, side: int) -> None:
        bar = source.verticalScrollBar()
        fraction = sync_fraction(bar.value(), bar.maximum(), source.viewport_height())
        sync_y = bar.value() + fraction * source.viewport_height()
        offset = source.offset_at_y(sync_y)
        keys = self._old_keys if side == 0 else self._new_keys
        i = min(max(0, bisect_right(keys, offset) - 1), len(self.anchors) - 2)
        a, b = self.anchors[i], self.anchors[i + 1]
        y0, y1 = source.y_of_offset(a[side]), source.y_of_offset(b[side])
        f = 0.0 if y1 <= y0 else max(0.0, min(1.0, (sync_y - y0) / (y1 - y0)))
        t0, t1 = target.y_of_offset(a[1 - side]), target.y_of_offset(b[1 - side])
        target_y = t0 + f * (t1 - t0)
        tbar = target.verticalScrollBar()
        t_fraction = sync_fraction(bar.value(), bar.maximum(), source.viewport_height())
        target.set_scroll_y(target_y - t_fraction * target.viewport_height())
        if bar.value() == 0:
            tbar.setValue(0)
        elif bar.value() == bar.maximum():
            tbar.setValue(tbar.maximum())
