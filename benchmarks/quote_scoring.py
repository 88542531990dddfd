"""Score predicted quotes against a hand-annotated gold file.

The gold format (see tests/data/quotes/README.md) gives each quote as text, not offsets;
`load_gold` finds each text in the article, in document order, and turns it into a span.

Three measures, all from spans, never from quote text, so a prediction is judged on where
it is in the article:

- Token precision/recall/F1: word tokens of the article (see `word_spans`) covered by any
  gold quote versus covered by any predicted quote. A token belongs to a quote when their
  character ranges overlap.
- Quote precision/recall/F1: a prediction and a gold quote *can* match when the tokens they
  share are at least half of the gold quote's tokens and at least half of the prediction's.
  Matching is one-to-one and greedy: candidate pairs are taken in order of most shared
  tokens (ties: the tighter pair first, then document order).
- Speaker accuracy over matched quotes: the prediction's speaker (its name or any alias)
  names the gold speaker (its name or any alias). Names are compared case-insensitively,
  ignoring a leading "the" and punctuation; pronouns never count as a match. A gold quote
  with no speaker matches only a prediction with no speaker.

Also: kind agreement over matched quotes and recall per gold kind. Counts add up across
articles (`Counts.__add__`), so corpus totals are micro-averages.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from reader.documents.model import Span
from reader.quotes.model import Quote, QuoteKind, QuoteSet, Speaker

WORD_RE = re.compile(r"\w+(?:['’]\w+)*")

PRONOUNS = frozenset(
    {"i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her"}
    | {"hers", "it", "its", "they", "them", "their", "this", "that", "these", "those"}
)

_LEADING_THE = re.compile(r"^the\s+")
_NON_WORD = re.compile(r"[^\w\s']+")
_SPACES = re.compile(r"\s+")


class GoldError(ValueError):
    """A gold file is malformed or does not fit its article."""


@dataclass(frozen=True, slots=True)
class GoldSpeaker:
    name: str
    aliases: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class GoldQuote:
    text: str
    kind: QuoteKind
    speaker: str | None  # GoldSpeaker.name
    cue: str | None
    span: Span  # where `text` is in the article


@dataclass(frozen=True, slots=True)
class Gold:
    speakers: tuple[GoldSpeaker, ...]
    quotes: tuple[GoldQuote, ...]

    def speaker(self, name: str | None) -> GoldSpeaker | None:
        if name is None:
            return None
        for speaker in self.speakers:
            if speaker.name == name:
                return speaker
        return None


# -- loading ---------------------------------------------------------------------------------


def load_gold(path: Path | str, text: str) -> Gold:
    """Read a gold JSON file and place its quotes in `text` (the article it annotates)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise GoldError(f"{Path(path).name}: not valid JSON ({err})") from err
    try:
        return parse_gold(data, text)
    except GoldError as err:
        raise GoldError(f"{Path(path).name}: {err}") from err


def parse_gold(data: object, text: str) -> Gold:
    """Check the structure of decoded gold JSON and place its quotes in `text`."""
    if not isinstance(data, Mapping):
        raise GoldError("top level must be an object")
    speakers = tuple(_parse_speaker(item) for item in _list_field(data, "speakers"))
    names = [speaker.name for speaker in speakers]
    if len(set(names)) != len(names):
        raise GoldError("speaker names must be unique")
    raw_quotes = [_parse_quote_fields(item) for item in _list_field(data, "quotes")]
    spans = locate_in_order(text, [fields[0] for fields in raw_quotes])
    quotes = []
    for (quote_text, kind, speaker, cue), span in zip(raw_quotes, spans, strict=True):
        if speaker is not None and speaker not in names:
            raise GoldError(f"quote {quote_text[:40]!r}: unknown speaker {speaker!r}")
        quotes.append(GoldQuote(quote_text, kind, speaker, cue, span))
    return Gold(speakers, tuple(quotes))


def locate_in_order(text: str, needles: Sequence[str]) -> list[Span]:
    """Find each needle at its first occurrence at or after the previous needle's start.

    Two quotes never share a span, so a needle equal to the previous one is looked for
    after it (two quotes of the same words in one article).
    """
    spans: list[Span] = []
    cursor = 0
    for needle in needles:
        if not needle:
            raise GoldError("empty quote text")
        start = text.find(needle, cursor)
        if spans and start == spans[-1].start and len(needle) == len(spans[-1]):
            start = text.find(needle, start + 1)
        if start < 0:
            where = "anywhere" if needle not in text else "after the previous quote"
            raise GoldError(f"quote text not found {where}: {needle[:60]!r}")
        spans.append(Span(start, start + len(needle)))
        cursor = start
    return spans


def _list_field(data: Mapping[object, object], key: str) -> list[object]:
    value = data.get(key)
    if not isinstance(value, list):
        raise GoldError(f"{key!r} must be a list")
    return value


def _parse_speaker(item: object) -> GoldSpeaker:
    if not isinstance(item, Mapping):
        raise GoldError("each speaker must be an object")
    name = item.get("name")
    aliases = item.get("aliases", [])
    if not isinstance(name, str) or not name:
        raise GoldError("a speaker needs a non-empty 'name'")
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise GoldError(f"speaker {name!r}: 'aliases' must be a list of strings")
    return GoldSpeaker(name, tuple(str(a) for a in aliases))


def _parse_quote_fields(item: object) -> tuple[str, QuoteKind, str | None, str | None]:
    if not isinstance(item, Mapping):
        raise GoldError("each quote must be an object")
    text = item.get("text")
    if not isinstance(text, str):
        raise GoldError("a quote needs a string 'text'")
    raw_kind = item.get("kind")
    try:
        kind = QuoteKind(str(raw_kind))
    except ValueError as err:
        raise GoldError(f"quote {text[:40]!r}: bad kind {raw_kind!r}") from err
    speaker = item.get("speaker")
    cue = item.get("cue")
    if speaker is not None and not isinstance(speaker, str):
        raise GoldError(f"quote {text[:40]!r}: 'speaker' must be a string or null")
    if cue is not None and not isinstance(cue, str):
        raise GoldError(f"quote {text[:40]!r}: 'cue' must be a string or null")
    return text, kind, speaker, cue


def gold_as_quoteset(gold: Gold) -> QuoteSet:
    """The gold annotation as a prediction: scores 1.0 everywhere (a sanity check)."""
    speakers = tuple(
        Speaker(id=f"s{i}", name=s.name, aliases=s.aliases) for i, s in enumerate(gold.speakers)
    )
    ids = {s.name: s.id for s in speakers}
    quotes = tuple(
        Quote(
            id=f"q{i}",
            span=q.span,
            text=q.text,
            kind=q.kind,
            speaker=ids[q.speaker] if q.speaker is not None else None,
        )
        for i, q in enumerate(gold.quotes)
    )
    return QuoteSet(quotes=quotes, speakers=speakers)


# -- tokens ----------------------------------------------------------------------------------


def word_spans(text: str) -> list[Span]:
    """Word tokens of `text`: runs of letters/digits, joined by inner apostrophes (they'll)."""
    return [Span(m.start(), m.end()) for m in WORD_RE.finditer(text)]


class TokenIndex:
    """Maps character spans of one text to the indices of the word tokens they overlap."""

    def __init__(self, text: str) -> None:
        self.spans = word_spans(text)
        self._starts = [s.start for s in self.spans]
        self._ends = [s.end for s in self.spans]

    def tokens(self, span: Span) -> frozenset[int]:
        if span.start == span.end:
            return frozenset()
        first = bisect.bisect_right(self._ends, span.start)  # first token ending after start
        last = bisect.bisect_left(self._starts, span.end)  # first token starting at/after end
        return frozenset(range(first, last))


# -- matching --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Match:
    gold: int  # index into Gold.quotes
    predicted: int  # index into QuoteSet.quotes
    shared_tokens: int
    speaker_ok: bool
    kind_ok: bool


def can_match(shared: int, gold_size: int, predicted_size: int) -> bool:
    """At least half of each side's tokens are shared (and at least one token is)."""
    return shared > 0 and 2 * shared >= gold_size and 2 * shared >= predicted_size


def match_quotes(
    gold_tokens: Sequence[frozenset[int]], predicted_tokens: Sequence[frozenset[int]]
) -> list[tuple[int, int, int]]:
    """One-to-one greedy matching; returns (gold index, predicted index, shared tokens)."""
    candidates: list[tuple[int, int, int, int]] = []
    for g, gold in enumerate(gold_tokens):
        for p, predicted in enumerate(predicted_tokens):
            shared = len(gold & predicted)
            if can_match(shared, len(gold), len(predicted)):
                candidates.append((-shared, len(gold) + len(predicted), g, p))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[int, int, int]] = []
    for neg_shared, _, g, p in candidates:
        if g in used_gold or p in used_predicted:
            continue
        used_gold.add(g)
        used_predicted.add(p)
        pairs.append((g, p, -neg_shared))
    pairs.sort()
    return pairs


def normalise_name(name: str) -> str:
    """Casefold, straighten apostrophes, drop punctuation and a leading "the"."""
    folded = name.replace("’", "'").casefold()
    folded = _SPACES.sub(" ", _NON_WORD.sub(" ", folded)).strip(" '")
    return _LEADING_THE.sub("", folded)


def comparable_names(names: Iterable[str]) -> frozenset[str]:
    normalised = (normalise_name(n) for n in names)
    return frozenset(n for n in normalised if n and n not in PRONOUNS)


def speaker_matches(gold: GoldSpeaker | None, predicted: Speaker | None) -> bool:
    """Whether a predicted speaker is the gold one (None only matches None)."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    predicted_names = comparable_names((predicted.name, *predicted.aliases))
    return not comparable_names(gold.names()).isdisjoint(predicted_names)


def resolve_speaker(quotes: QuoteSet, speaker_id: str | None) -> Speaker | None:
    """The Speaker a quote points to; an id not in the set is taken as a bare name."""
    if speaker_id is None:
        return None
    for speaker in quotes.speakers:
        if speaker.id == speaker_id:
            return speaker
    return Speaker(id=speaker_id, name=speaker_id)


# -- scores ----------------------------------------------------------------------------------


def _ratio(numerator: int, denominator: int, if_empty: float) -> float:
    return numerator / denominator if denominator else if_empty


def _f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def _add_maps(a: Mapping[QuoteKind, int], b: Mapping[QuoteKind, int]) -> dict[QuoteKind, int]:
    return {kind: a.get(kind, 0) + b.get(kind, 0) for kind in QuoteKind if kind in a or kind in b}


@dataclass(frozen=True, slots=True)
class Counts:
    """Raw counts for one article or, added together, for a corpus."""

    gold_tokens: int = 0
    predicted_tokens: int = 0
    shared_tokens: int = 0
    gold_quotes: int = 0
    predicted_quotes: int = 0
    matched_quotes: int = 0
    speaker_correct: int = 0
    kind_correct: int = 0
    gold_by_kind: Mapping[QuoteKind, int] = field(default_factory=dict)
    matched_by_kind: Mapping[QuoteKind, int] = field(default_factory=dict)

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            gold_tokens=self.gold_tokens + other.gold_tokens,
            predicted_tokens=self.predicted_tokens + other.predicted_tokens,
            shared_tokens=self.shared_tokens + other.shared_tokens,
            gold_quotes=self.gold_quotes + other.gold_quotes,
            predicted_quotes=self.predicted_quotes + other.predicted_quotes,
            matched_quotes=self.matched_quotes + other.matched_quotes,
            speaker_correct=self.speaker_correct + other.speaker_correct,
            kind_correct=self.kind_correct + other.kind_correct,
            gold_by_kind=_add_maps(self.gold_by_kind, other.gold_by_kind),
            matched_by_kind=_add_maps(self.matched_by_kind, other.matched_by_kind),
        )

    # With nothing predicted, precision is 1.0 only if there was nothing to find;
    # with nothing to find, recall is 1.0.
    @property
    def token_precision(self) -> float:
        return _ratio(self.shared_tokens, self.predicted_tokens, float(self.gold_tokens == 0))

    @property
    def token_recall(self) -> float:
        return _ratio(self.shared_tokens, self.gold_tokens, 1.0)

    @property
    def token_f1(self) -> float:
        return _f1(self.token_precision, self.token_recall)

    @property
    def quote_precision(self) -> float:
        return _ratio(self.matched_quotes, self.predicted_quotes, float(self.gold_quotes == 0))

    @property
    def quote_recall(self) -> float:
        return _ratio(self.matched_quotes, self.gold_quotes, 1.0)

    @property
    def quote_f1(self) -> float:
        return _f1(self.quote_precision, self.quote_recall)

    @property
    def speaker_accuracy(self) -> float | None:
        """Share of matched quotes with the right speaker; None if nothing matched."""
        return self.speaker_correct / self.matched_quotes if self.matched_quotes else None

    @property
    def kind_accuracy(self) -> float | None:
        return self.kind_correct / self.matched_quotes if self.matched_quotes else None

    def kind_recall(self, kind: QuoteKind) -> float | None:
        """Share of gold quotes of this kind that were matched; None if there are none."""
        total = self.gold_by_kind.get(kind, 0)
        return self.matched_by_kind.get(kind, 0) / total if total else None


@dataclass(frozen=True, slots=True)
class ArticleScore:
    counts: Counts
    matches: tuple[Match, ...]
    missed: tuple[int, ...]  # gold quote indices with no match
    spurious: tuple[int, ...]  # predicted quote indices with no match


def by_parts(text: str, quotes: QuoteSet) -> QuoteSet:
    """Each part of a multi-part quote as a quote of its own: the gold marks each part."""
    split = tuple(
        replace(
            q, id=f"{q.id}.{n}" if q.parts else q.id, span=p, text=text[p.start : p.end], parts=()
        )
        for q in quotes.quotes
        for n, p in enumerate(q.pieces)
    )
    return replace(quotes, quotes=split)


def score_article(text: str, gold: Gold, predicted: QuoteSet) -> ArticleScore:
    """Compare the predicted quotes of one article with its gold annotation (a quote in
    several parts is scored part by part; indices in the result count parts)."""
    predicted = by_parts(text, predicted)
    index = TokenIndex(text)
    gold_tokens = [index.tokens(q.span) for q in gold.quotes]
    predicted_tokens = [index.tokens(q.span) for q in predicted.quotes]
    gold_union = frozenset().union(*gold_tokens)
    predicted_union = frozenset().union(*predicted_tokens)

    matches: list[Match] = []
    for g, p, shared in match_quotes(gold_tokens, predicted_tokens):
        gold_quote, predicted_quote = gold.quotes[g], predicted.quotes[p]
        speaker_ok = speaker_matches(
            gold.speaker(gold_quote.speaker), resolve_speaker(predicted, predicted_quote.speaker)
        )
        kind_ok = gold_quote.kind == predicted_quote.kind
        matches.append(Match(g, p, shared, speaker_ok, kind_ok))

    matched_gold = {m.gold for m in matches}
    matched_predicted = {m.predicted for m in matches}
    gold_by_kind: dict[QuoteKind, int] = {}
    matched_by_kind: dict[QuoteKind, int] = {}
    for g, quote in enumerate(gold.quotes):
        gold_by_kind[quote.kind] = gold_by_kind.get(quote.kind, 0) + 1
        if g in matched_gold:
            matched_by_kind[quote.kind] = matched_by_kind.get(quote.kind, 0) + 1

    counts = Counts(
        gold_tokens=len(gold_union),
        predicted_tokens=len(predicted_union),
        shared_tokens=len(gold_union & predicted_union),
        gold_quotes=len(gold.quotes),
        predicted_quotes=len(predicted.quotes),
        matched_quotes=len(matches),
        speaker_correct=sum(m.speaker_ok for m in matches),
        kind_correct=sum(m.kind_ok for m in matches),
        gold_by_kind=gold_by_kind,
        matched_by_kind=matched_by_kind,
    )
    return ArticleScore(
        counts=counts,
        matches=tuple(matches),
        missed=tuple(g for g in range(len(gold.quotes)) if g not in matched_gold),
        spurious=tuple(p for p in range(len(predicted.quotes)) if p not in matched_predicted),
    )


def total(scores: Iterable[ArticleScore]) -> Counts:
    """Corpus totals: the counts of all articles added up (micro-averaged metrics)."""
    result = Counts()
    for score in scores:
        result = result + score.counts
    return result
