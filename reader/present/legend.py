"""The colour key: one word per mark, the same in the window and in every report."""

from __future__ import annotations

from dataclasses import dataclass

from reader.present.marks import Mark


@dataclass(frozen=True, slots=True)
class LegendEntry:
    mark: Mark  # the style the themes draw it with
    key: str  # the machine name: HTML data-kind, JSON
    label: str  # the word people read
    help: str  # true on every surface: a static page has no links
    window_help: str = ""  # what the window adds (it can jump; a page cannot)


LEGEND: tuple[LegendEntry, ...] = (
    LegendEntry(Mark.DELETED, "removed", "Removed", "Words only in the original"),
    LegendEntry(Mark.INSERTED, "added", "Added", "Words only in the revised version"),
    LegendEntry(
        Mark.REPLACED, "reworded", "Reworded", "Words that replace others in a changed sentence"
    ),
    LegendEntry(
        Mark.MOVED,
        "moved",
        "Moved",
        "Sentences that sit elsewhere in the other version",
        " — click one to jump",
    ),
)

_BY_MARK = {entry.mark: entry for entry in LEGEND}


def legend_entry(mark: Mark) -> LegendEntry:
    return _BY_MARK[mark]


def legend_key(mark: Mark) -> str:
    """'removed', 'added', 'reworded' or 'moved'."""
    return _BY_MARK[mark].key


def legend_label(mark: Mark) -> str:
    """'Removed', 'Added', 'Reworded' or 'Moved'."""
    return _BY_MARK[mark].label


def legend_help_text() -> str:
    """The window's tooltip, one line per entry: 'Removed: Words only in the original'."""
    return "\n".join(f"{entry.label}: {entry.help}{entry.window_help}" for entry in LEGEND)
