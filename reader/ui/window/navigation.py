"""Moving through the comparison: changes (with 'Change N of M'), quotes, speakers, moved text.

Owns no widgets: it brings spans into view in the window's panes and marks the current change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor, QTextCharFormat

from reader.analysis import Span
from reader.ui.changes_tab import ChangeRow
from reader.ui.session import SIDES
from reader.ui.sidebar.models import QuoteRow, SpeakerRow
from reader.ui.tooltips import mark_tooltip

if TYPE_CHECKING:
    from reader.ui.window.main_window import MainWindow


class WindowNavigator:
    def __init__(self, window: MainWindow) -> None:
        self.w = window

    def go_to_change(self, step: int) -> None:
        if self.w.diff is None:
            return
        landing = self.w.changes.step(step)
        if landing.index is not None:
            self.go_to_link(landing.index)
        elif landing.note:
            self.w.statusBar().showMessage(landing.note, 6000)
        self.show_change_label()

    def go_to_link(self, index: int) -> None:
        if self.w.diff is None or not 0 <= index < len(self.w.diff.links):
            return
        self.w.changes.set_index(index)
        _mark, os_, oe, ns, ne = self.w.diff.links[index]
        old, new = Span(os_, oe), Span(ns, ne)
        for side, span in (("old", old), ("new", new)):
            self.w.views[side].set_current(span)
        self.show_spans(old, new, flash=False)
        self.show_change_label()

    def show_change_label(self) -> None:
        self.w.status.show_change(self.w.changes.label(), self.w.changes.count)

    def show_spans(
        self, old: Span | None, new: Span | None, select: bool = False, flash: bool = True
    ) -> None:
        """Bring a span into view in each pane, sync paused so neither pane drags the other."""
        self.w.sync.enabled = False
        try:
            for side, span in (("old", old), ("new", new)):
                view = self.w.views[side]
                if span is None:
                    continue
                if select and len(span):
                    view.select_span(span)
                else:
                    view.center_on(span.start, span.end)
                if len(span) and flash:
                    view.flash(span)
        finally:
            self.w.sync.enabled = self.w.acts.sync.isChecked()

    def go_to_quote(self, step: int) -> None:
        count = self.w.sidebar.proxy.rowCount()
        if count:
            row = self.w.sidebar.current_proxy_row()
            self.w.sidebar.select_row(max(0, min(count - 1, row + step if row >= 0 else 0)))

    def show_quote(self, row: QuoteRow | ChangeRow) -> None:
        """Select a quote (or a change) in both panes; a one-sided one shows where it would
        have been."""
        comparison = self.w.diff.comparison if self.w.diff else None
        old, new = row.old_span, row.new_span
        for side, span, other in (("old", old, new), ("new", new, old)):
            view = self.w.views[side]
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
        ghost = {side: self.w.views[side].ghost() for side in SIDES}
        self.show_spans(
            old if old is not None else _point(ghost["old"]),
            new if new is not None else _point(ghost["new"]),
            select=True,
        )

    def show_speaker(self, row: SpeakerRow | None) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self.w.theme.mention_bg))
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(QColor(self.w.theme.accent))
        for side in SIDES:
            mentions = list(row.old_mentions if side == "old" else row.new_mentions) if row else []
            self.w.views[side].set_marked_spans("mentions", mentions, fmt)
        if row is not None:
            first_old = row.old_mentions[0] if row.old_mentions else None
            first_new = row.new_mentions[0] if row.new_mentions else None
            self.show_spans(first_old, first_new)
            count = len(row.old_mentions) + len(row.new_mentions)
            noun = "mention" if count == 1 else "mentions"
            self.w.statusBar().showMessage(f"{row.name}: {count} {noun} highlighted", 5000)

    def clicked(self, side: str, offset: int) -> None:
        """A click on a moved sentence shows where it went."""
        link = self.link_at(side, offset, "moved")
        if link is None:
            return
        _m, os_, oe, ns, ne = link
        other = "new" if side == "old" else "old"
        span = Span(ns, ne) if other == "new" else Span(os_, oe)
        self.show_spans(*((None, span) if other == "new" else (span, None)))
        self.w.views[other].select_span(span, center=False)

    def link_at(self, side: str, offset: int, mark: str | None = None) -> tuple[Any, ...] | None:
        if self.w.diff is None:
            return None
        for link in self.w.diff.links:
            start, end = (link[1], link[2]) if side == "old" else (link[3], link[4])
            if start <= offset < end and (mark is None or link[0] == mark):
                return link
        return None

    def tooltip(self, side: str, offset: int) -> str | None:
        if self.w.diff is None:
            return None
        marks = (self.w.diff.old if side == "old" else self.w.diff.new).marks
        return mark_tooltip(self.w.diff.comparison, side, marks, offset, self.link_at(side, offset))


def _point(offset: int | None) -> Span | None:
    return None if offset is None else Span(offset, offset)
