"""Attribution removed and added on real news: PolNeAR attributions turned into narration.

In each article up to three attributions (content of at least four words in one piece,
a source that is a name, alone in their sentences) have their sentences replaced by
their content alone, in the article's own voice: “We will win,” Smith said. becomes
We will win. The audit of the original against this copy should mark each such quote
`attribution: removed`; of the copy against the original (the copy taken as the older
version), `added`. The comparison and the audit run as the app runs them.

Scoring, per direction: an event is found when an audit entry covers its content words
(in the original); recall is found events flagged as expected over all events; a flag
of that kind on an entry whose words touch no laundered sentence is a false positive.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.edited_copies import WORD, Edit, EditedPair, _apply, _is_name, _other_inside, _zone
from benchmarks.polnear import Article
from benchmarks.quote_audit_real import _overlap, audit_pair
from reader.documents.model import Span
from reader.quotes.model import AttributionChange, AuditEntry

PER_ARTICLE = 3
MIN_WORDS = 4
EDGE = " \"'“”‘’.,;:"


@dataclass(frozen=True, slots=True)
class Laundered:
    original: Span  # the content words in the original
    copy: Span  # the same words, now narration, in the copy
    zone: Span  # the replaced sentences in the original


@dataclass
class CreditTally:
    events: int = 0
    found: dict[str, int] | None = None
    flagged: dict[str, int] | None = None
    false: dict[str, int] | None = None

    def __post_init__(self) -> None:
        self.found, self.flagged, self.false = {}, {}, {}


def launder(article: Article) -> tuple[str, list[Laundered]]:
    """The copy with up to PER_ARTICLE attributions told as narration, and where each is."""
    from reader.documents.segment import split_sentences

    rng = random.Random(zlib.crc32(article.name.encode()))
    text = article.text
    sentences = split_sentences(text)
    chosen: list[tuple[Span, Span, str]] = []
    candidates = list(article.attributions)
    rng.shuffle(candidates)
    for attribution in candidates:
        if len(chosen) == PER_ARTICLE:
            break
        narration = _narration(article, attribution.content, attribution.source)
        if narration is None:
            continue
        zone = _zone(sentences, attribution.extent)
        if any(zone.overlaps(z) for z, _, _ in chosen) or _other_inside(article, attribution, zone):
            continue
        chosen.append((zone, attribution.content[0], narration))
    chosen.sort(key=lambda c: c[0].start)
    edits = [Edit(zone, narration) for zone, _, narration in chosen]
    copy, mapped = _apply(text, edits)
    events = []
    for i, (zone, content, narration) in enumerate(chosen):
        start = mapped[i].start
        events.append(Laundered(content, Span(start, start + len(narration) - 1), zone))
    return copy, events


def _narration(article: Article, content: tuple[Span, ...], source: tuple[Span, ...]) -> str | None:
    if len(content) != 1 or len(source) != 1:
        return None
    said = article.text[source[0].start : source[0].end]
    words = article.text[content[0].start : content[0].end].strip(EDGE)
    if not _is_name(said) or len(WORD.findall(words)) < MIN_WORDS or "\n\n" in words:
        return None
    words = words.removeprefix("that ")
    for mark in '“”"':  # the words as the article's own: no quote marks left in them
        words = words.replace(mark, "")
    return words[:1].upper() + words[1:] + "."


def score(
    entries: Sequence[AuditEntry],
    events: list[Laundered],
    expected: AttributionChange,
    tally: CreditTally,
) -> None:
    """`entries` audit the original as the old version (removed) or as the new (added)."""
    assert tally.found is not None and tally.flagged is not None and tally.false is not None
    key = expected.value
    in_original = expected is AttributionChange.REMOVED
    for event in events:
        covering = [
            (_overlap(e.old_span if in_original else e.new_span, [event.original]), e)
            for e in entries
        ]
        covering = [(n, e) for n, e in covering if n > 0]
        if not covering:
            continue
        tally.found[key] = tally.found.get(key, 0) + 1
        answer = max(covering, key=lambda ne: ne[0])[1]
        if answer.attribution is expected:
            tally.flagged[key] = tally.flagged.get(key, 0) + 1
    zones = [event.zone for event in events]
    copies = [event.copy for event in events]
    for entry in entries:
        if entry.attribution is not expected:
            continue
        here, there = (
            (entry.old_span, entry.new_span) if in_original else (entry.new_span, entry.old_span)
        )
        if not _overlap(here, zones) and not _overlap(there, copies):
            tally.false[key] = tally.false.get(key, 0) + 1


def run_credit(articles: Sequence[Article], split: str) -> str:
    tally = CreditTally()
    for article in articles:
        copy, events = launder(article)
        if not events:
            continue
        tally.events += len(events)
        removed = audit_pair(EditedPair(article.name, article.text, copy, (), ()))
        score(removed, events, AttributionChange.REMOVED, tally)
        added = audit_pair(EditedPair(article.name, copy, article.text, (), ()))
        score(added, events, AttributionChange.ADDED, tally)
    return report(tally, split, len(articles))


def report(tally: CreditTally, split: str, articles: int) -> str:
    assert tally.found is not None and tally.flagged is not None and tally.false is not None
    lines = [
        f"## Attribution removed / added on PolNeAR {split} ({articles} articles, "
        f"{tally.events} attributions told as narration)",
        "",
        "| flag | events | found | flagged | recall | recall when found | false flags |",
        "|---|--:|--:|--:|--:|--:|--:|",
    ]
    for key in ("removed", "added"):
        found, flagged = tally.found.get(key, 0), tally.flagged.get(key, 0)
        lines.append(
            f"| {key} | {tally.events} | {found} | {flagged} | "
            f"{flagged / max(1, tally.events):.2f} | {flagged / max(1, found):.2f} | "
            f"{tally.false.get(key, 0)} |"
        )
    return "\n".join(lines)
