"""The quote audit on real news: edited copies of PolNeAR articles with known quote edits.

Each article's gold attributions (content of at least three words, each in its own
sentences) get one edit each, in turn: keep, trim (the last ~40 % of the words cut),
reword (two words replaced), drop (its sentences deleted) or speaker swap (a named
source replaced by another name from the article); one fabricated attributed sentence
(direct or reported, by a person the article names) is added, and every third copy is
also hard-wrapped at 72 columns (line re-wrap: nothing else may change). The comparison
and the audit run as the app runs them (`compare_documents`, `extract_many`,
`audit_quotes`).

Scoring (an event is found when an audit entry covers its words: the old words, or the
new ones for a fabrication; the entry covering most of them is its answer, except that a
trim or reword is answered by the entry covering most of the words it cut when one does,
so a quote in two parts whose second part was trimmed is judged by that part):

- coverage: found events / events, by direct and indirect;
- status accuracy over found events: keep, swap, re-wrap -> verbatim; trim, reword ->
  altered; drop -> dropped; fabrication -> unsupported. A trim or reword answered by a
  quote lying mostly in the cut words and called dropped is right (the extractor took only
  cut words as that quote); how many is printed;
- speaker_changed F1: positives are the swaps; a flag on an entry outside every swapped
  sentence is a false positive. Unsupported F1 and dropped F1 likewise (fabricated
  words; dropped sentences), except that a quote called dropped whose words a trim or
  reword cut (a scare quote in the cut tail) is right and counts neither way; the F1
  counting those as false positives is printed beside;
- false alarms per 100 events: entries saying something changed (any status but
  verbatim, or speaker_changed) whose words touch no edited sentence in either version.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from benchmarks.edited_copies import KINDS, EditedPair, Event, make_pair
from benchmarks.polnear import Article
from benchmarks.quote_accuracy import build_document
from reader.documents.model import Span
from reader.quotes.model import AuditEntry, AuditStatus

__all__ = ["EXPECTED", "AuditTally", "audit_pair", "make_pair", "run_audit", "score_pair"]

EXPECTED = {
    "keep": AuditStatus.VERBATIM,
    "rewrap": AuditStatus.VERBATIM,
    "swap": AuditStatus.VERBATIM,
    "trim": AuditStatus.ALTERED,
    "reword": AuditStatus.ALTERED,
    "drop": AuditStatus.DROPPED,
    "fabricate": AuditStatus.UNSUPPORTED,
}


@dataclass
class AuditTally:
    events: dict[str, int] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=dict)
    status_ok: dict[str, int] = field(default_factory=dict)
    by_form: dict[str, list[int]] = field(default_factory=dict)  # direct/indirect: [n, found]
    flags: dict[str, list[int]] = field(default_factory=dict)  # tp, fp, fn
    false_alarms: int = 0
    cut_dropped: int = 0  # quotes whose words a trim or reword cut, called dropped
    cut_away: int = 0  # trims and rewords answered by such a quote (status counted right)

    def flag(self, name: str, slot: int) -> None:
        self.flags.setdefault(name, [0, 0, 0])[slot] += 1


# -- running and scoring -----------------------------------------------------------------


def audit_pair(pair: EditedPair) -> tuple[AuditEntry, ...]:
    from reader.audit import audit_quotes
    from reader.compare import CompareOptions, compare_documents
    from reader.quotes import extract_many

    old = build_document(pair.old, pair.name)
    new = build_document(pair.new, pair.name)
    comparison = compare_documents(old, new, CompareOptions())
    old_quotes, new_quotes = extract_many([old, new])
    return audit_quotes(comparison, old_quotes, new_quotes).entries


def _overlap(a: Span | None, spans: Sequence[Span]) -> int:
    if a is None:
        return 0
    return sum(max(0, min(a.end, s.end) - max(a.start, s.start)) for s in spans)


def _answer(event: Event, entries: Sequence[AuditEntry]) -> AuditEntry | None:
    """The entry answering for an event: the one covering most of its words. For a trim or
    reword, the one covering most of the words it cut, when one does: a quote in two parts
    whose second part was trimmed is answered by that part, not by the untouched first."""
    if event.new_words is not None:
        scored = [(_overlap(e.new_span, [event.new_words]), e) for e in entries if e.old is None]
    else:
        scored = [(_overlap(e.old_span, event.old_words), e) for e in entries if e.old]
    scored = [(n, e) for n, e in scored if n > 0]
    if event.cut is not None:
        cutting = [(_overlap(e.old_span, [event.cut]), n, e) for n, e in scored]
        cutting = [c for c in cutting if c[0] > 0]
        if cutting:
            return max(cutting, key=lambda c: (c[0], c[1]))[2]
    return max(scored, key=lambda ne: ne[0])[1] if scored else None


def _cut_away(event: Event, entry: AuditEntry) -> bool:
    """A trim or reword answered by a quote lying mostly in the words it cut, called dropped:
    right for that quote (the extractor took only the cut words as a quote)."""
    return (
        event.cut is not None
        and entry.status is AuditStatus.DROPPED
        and _mostly_cut(entry.old_span, [event.cut])
    )


def score_pair(pair: EditedPair, entries: Sequence[AuditEntry], tally: AuditTally) -> list[str]:
    notes: list[str] = []
    for event in pair.events:
        tally.events[event.kind] = tally.events.get(event.kind, 0) + 1
        form = tally.by_form.setdefault("direct" if event.direct else "indirect", [0, 0])
        form[0] += 1
        entry = _answer(event, entries)
        swapped = event.kind == "swap"
        if entry is None:
            notes.append(f"- not found: {event.kind} {_words(pair, event)}")
            if swapped:
                tally.flag("speaker_changed", 2)
            for status, name in ((AuditStatus.DROPPED, "dropped"),
                                 (AuditStatus.UNSUPPORTED, "unsupported")):  # fmt: skip
                if EXPECTED[event.kind] is status:
                    tally.flag(name, 2)
            continue
        form[1] += 1
        tally.found[event.kind] = tally.found.get(event.kind, 0) + 1
        if entry.status is EXPECTED[event.kind] or _cut_away(event, entry):
            tally.status_ok[event.kind] = tally.status_ok.get(event.kind, 0) + 1
            tally.cut_away += _cut_away(event, entry)
        else:
            notes.append(f"- {event.kind} came out {entry.status.value}: {_words(pair, event)}")
        if swapped:
            tally.flag("speaker_changed", 0 if entry.speaker_changed else 2)
            if not entry.speaker_changed:
                notes.append(f"- swap not flagged: {_words(pair, event)}")
        for status, name in ((AuditStatus.DROPPED, "dropped"),
                             (AuditStatus.UNSUPPORTED, "unsupported")):  # fmt: skip
            if EXPECTED[event.kind] is status:
                tally.flag(name, 0 if entry.status is status else 2)
    notes += _false_positives(pair, entries, tally)
    return notes


def _false_positives(
    pair: EditedPair, entries: Sequence[AuditEntry], tally: AuditTally
) -> list[str]:
    notes: list[str] = []
    old_zones = {
        kind: [e.zone for e in pair.events if e.kind == kind and e.zone] for kind in EXPECTED
    }
    all_old = [z for zones in old_zones.values() for z in zones]
    fabricated = [e.new_words for e in pair.events if e.new_words is not None]
    cuts = [e.cut for e in pair.events if e.cut is not None]
    for entry in entries:
        in_swap = _overlap(entry.old_span, old_zones["swap"]) > 0
        if entry.speaker_changed and not in_swap:
            tally.flag("speaker_changed", 1)
            where = entry.old_span or entry.new_span
            assert where is not None
            flat = " ".join(pair.old[where.start : where.end].split())[:80]
            notes.append(f"- speaker_changed outside a swap: {flat}")
        if entry.status is AuditStatus.UNSUPPORTED and not _overlap(entry.new_span, fabricated):
            tally.flag("unsupported", 1)
        if entry.status is AuditStatus.DROPPED and not _overlap(entry.old_span, old_zones["drop"]):
            if _mostly_cut(entry.old_span, cuts):
                tally.cut_dropped += 1  # its words were cut: right, but no drop event's answer
            else:
                tally.flag("dropped", 1)
        changed = entry.status is not AuditStatus.VERBATIM or entry.speaker_changed
        touches = _overlap(entry.old_span, all_old) or _overlap(entry.new_span, pair.new_zones)
        if changed and not touches:
            tally.false_alarms += 1
            where = entry.old_span or entry.new_span
            text = pair.old if entry.old_span else pair.new
            assert where is not None
            flat = " ".join(text[where.start : where.end].split())[:90]
            notes.append(f"- false alarm {entry.status.value} {entry.speaker_changed}: {flat}")
    return notes


def _mostly_cut(span: Span | None, cuts: Sequence[Span]) -> bool:
    """At least half of the entry's old words lie in text a trim or reword removed."""
    return span is not None and 2 * _overlap(span, cuts) >= len(span)


def _words(pair: EditedPair, event: Event) -> str:
    if event.new_words is not None:
        flat = pair.new[event.new_words.start : event.new_words.end]
    else:
        flat = " ".join(pair.old[s.start : s.end] for s in event.old_words)
    flat = " ".join(flat.split())
    return flat if len(flat) <= 90 else flat[:89] + "…"


def _f1(counts: list[int]) -> tuple[float, float, float]:
    tp, fp, fn = counts
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def audit_report(tally: AuditTally, split: str, articles: int) -> str:
    total = sum(tally.events.values())
    lines = [
        f"## Audit on edited copies of PolNeAR {split} ({articles} articles, {total} events)",
        "",
        "| event | n | found | status right |",
        "|---|--:|--:|--:|",
    ]
    for kind in (*KINDS, "rewrap", "fabricate"):
        n = tally.events.get(kind, 0)
        lines.append(
            f"| {kind} | {n} | {tally.found.get(kind, 0)} | {tally.status_ok.get(kind, 0)} |"
        )
    found = sum(tally.found.values())
    lines += ["", f"coverage: {found / max(1, total):.3f} ({found}/{total})"]
    for form, (n, hit) in sorted(tally.by_form.items()):
        lines.append(f"coverage {form}: {hit / max(1, n):.2f} ({hit}/{n})")
    lines.append(f"status accuracy when found: {sum(tally.status_ok.values()) / max(1, found):.2f}")
    right = sum(tally.status_ok.values())
    lines.append(
        f"trims and rewords answered by a quote lying in the cut words, called dropped "
        f"(counted right): {tally.cut_away}; status accuracy counting them wrong: "
        f"{(right - tally.cut_away) / max(1, found):.2f}"
    )
    for name in ("speaker_changed", "unsupported", "dropped"):
        p, r, f = _f1(tally.flags.get(name, [0, 0, 0]))
        lines.append(f"{name}: P {p:.2f} R {r:.2f} F1 {f:.2f} (tp/fp/fn {tally.flags.get(name)})")
    tp, fp, fn = tally.flags.get("dropped", [0, 0, 0])
    _p, _r, strict = _f1([tp, fp + tally.cut_dropped, fn])
    lines.append(
        f"dropped, counting as false the {tally.cut_dropped} quotes whose words a trim or reword "
        f"cut: F1 {strict:.2f}"
    )
    lines.append(f"false alarms per 100 events: {100 * tally.false_alarms / max(1, total):.1f}")
    return "\n".join(lines)


def run_audit(articles: Sequence[Article], split: str, details: int = 0) -> str:
    tally = AuditTally()
    notes: list[str] = []
    for number, article in enumerate(articles):
        pair = make_pair(article, number)
        mine = score_pair(pair, audit_pair(pair), tally)
        if number < details and mine:
            notes.append(f"### {article.name}\n" + "\n".join(mine))
    return "\n\n".join([audit_report(tally, split, len(articles)), *notes])
