"""The summary's charts, drawn with matplotlib (no pyplot state) as inline SVG."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

from matplotlib import rc_context
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from reader.present.quotes import STATUS_LABELS

_STYLE = {"svg.hashsalt": "reader-corpus", "svg.fonttype": "none", "font.size": 10}
_COLOURS = {
    "verbatim": "#4c9a6a",
    "altered": "#d9a227",
    "dropped": "#c8553d",
    "unsupported": "#7f6bb3",
    "re-attributed": "#3a7ca5",
    "speaker changed": "#3a7ca5",
}
# The stored key for a quote given another speaker, in the window's words.
_SPEAKER_CHANGED = {"re-attributed": "speaker changed"}


def _svg(figure: Figure) -> str:
    buffer = io.StringIO()
    with rc_context(_STYLE):
        figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    text = buffer.getvalue()
    return text[text.index("<svg") :]  # drop the XML prologue: the SVG sits inside HTML


def _figure(width: float, height: float) -> Figure:
    with rc_context(_STYLE):
        return Figure(figsize=(width, height), layout="constrained")


def status_bars(counts: dict[str, int]) -> str:
    """Audit entries by status across the corpus."""
    figure = _figure(6.4, 2.8)
    axes = figure.add_subplot()
    keys = list(counts)
    # The window's words for each status ("added", not the stored key "unsupported").
    labels = [STATUS_LABELS.get(k, _SPEAKER_CHANGED.get(k, k)).lower() for k in keys]
    bars = axes.bar(labels, [counts[k] for k in keys], color=[_COLOURS[k] for k in keys])
    axes.bar_label(bars, padding=2)
    axes.set_ylabel("quotes")
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)


def speaker_bars(names: Sequence[str], series: Mapping[str, Sequence[int]]) -> str:
    """Stacked horizontal bars: per speaker, quotes altered, dropped, given another speaker."""
    figure = _figure(6.4, 0.9 + 0.32 * len(names))
    axes = figure.add_subplot()
    left = [0] * len(names)
    positions = range(len(names))
    for label, values in series.items():
        axes.barh(positions, values, left=left, label=label, color=_COLOURS[label])
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.set_yticks(list(positions), list(names))
    axes.invert_yaxis()  # the most affected speaker on top
    axes.set_xlabel("quotes")
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no half quotes
    axes.legend(loc="lower right", frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)


def similarity_histogram(values: Sequence[float]) -> str:
    """How alike old and new are, pair by pair (the comparison's similarity, 0 to 1)."""
    figure = _figure(6.4, 2.8)
    axes = figure.add_subplot()
    axes.hist(values, bins=20, range=(0.0, 1.0), color="#3a7ca5", edgecolor="white")
    axes.set_xlabel("similarity of old and new")
    axes.set_ylabel("pairs")
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)
