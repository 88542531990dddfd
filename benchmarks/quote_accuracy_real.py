"""Quote extraction and the quote audit on real news (PolNeAR), scored against its gold.

    POLNEAR_DIR=/path/to/PolNeAR .venv/bin/python benchmarks/quote_accuracy_real.py
    ... --split train          # develop on train (default: dev)
    ... --limit 40 --no-audit  # fewer articles; extraction figures only
    ... --details 5            # also list misses/extras of the first 5 articles

POLNEAR_DIR may name a checkout or a bare git mirror of networkdynamics/PolNeAR. The
test split is never read (held out for acceptance). Skips with a message when the
corpus is absent.

Extraction measures (scorer: this file, with the token and matching rules of
benchmarks/quote_scoring.py):

- content-token P/R/F1: word tokens inside any gold content vs inside any predicted quote;
- quote P/R/F1: a predicted quote matches a gold attribution's content when they share at
  least half of each other's word tokens (one-to-one, greedy, most shared first). A quote's
  tokens are those of all its parts. A predicted partial quote lying inside another
  predicted quote is part of that one, not a separate prediction (PolNeAR labels each
  token once);
- source accuracy over matched attributions that have a gold source: the quote's
  `speaker_mention` shares a word with the gold source, or the speaker's name or an alias
  equals it (names compared as in quote_scoring.normalise_name; pronouns never by name);
- recall by kind: direct (the content opens with a quote mark) and indirect;
- CPU seconds per article for extraction (model loading excluded).

The audit benchmark is in benchmarks/quote_audit_real.py and runs after these figures,
then the attribution removed/added one (benchmarks/quote_credit_real.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.polnear import Article, CorpusMissing, load_split  # noqa: E402
from benchmarks.quote_accuracy import build_document  # noqa: E402
from benchmarks.quote_scoring import (  # noqa: E402
    TokenIndex,
    comparable_names,
    match_quotes,
    resolve_speaker,
)
from reader.documents.model import Span  # noqa: E402
from reader.quotes.model import Quote, QuoteKind, QuoteSet  # noqa: E402


@dataclass
class Tally:
    gold_tokens: int = 0
    predicted_tokens: int = 0
    shared_tokens: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    sourced: int = 0  # matched attributions with a gold source
    source_ok: int = 0
    gold_kind: dict[str, int] = field(default_factory=dict)
    matched_kind: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    articles: int = 0

    def add_kind(self, kind: str, matched: bool) -> None:
        self.gold_kind[kind] = self.gold_kind.get(kind, 0) + 1
        if matched:
            self.matched_kind[kind] = self.matched_kind.get(kind, 0) + 1


def quote_spans(quote: Quote) -> tuple[Span, ...]:
    parts: tuple[Span, ...] = getattr(quote, "parts", ()) or ()
    return parts or (quote.span,)


def scored_quotes(quotes: QuoteSet) -> list[Quote]:
    """The predictions that count: a partial quote inside another quote is part of it."""
    holders = [q for q in quotes.quotes if q.kind is not QuoteKind.PARTIAL]
    return [
        q
        for q in quotes.quotes
        if q.kind is not QuoteKind.PARTIAL
        or not any(h.span.start <= q.span.start and q.span.end <= h.span.end for h in holders)
    ]


def _tokens(index: TokenIndex, spans: Sequence[Span]) -> frozenset[int]:
    return frozenset().union(*(index.tokens(s) for s in spans))


def source_correct(
    article: Article, source: Sequence[Span], quotes: QuoteSet, quote: Quote
) -> bool:
    index = TokenIndex(article.text)
    if quote.speaker_mention is not None and index.tokens(quote.speaker_mention) & _tokens(
        index, source
    ):
        return True
    speaker = resolve_speaker(quotes, quote.speaker)
    if speaker is None:
        return False
    gold_name = " ".join(article.text[s.start : s.end] for s in source)
    return not comparable_names([gold_name]).isdisjoint(
        comparable_names((speaker.name, *speaker.aliases))
    )


def score(article: Article, predicted: QuoteSet, tally: Tally, notes: list[str] | None) -> None:
    index = TokenIndex(article.text)
    gold_tokens = [_tokens(index, a.content) for a in article.attributions]
    quotes = scored_quotes(predicted)
    predicted_tokens = [_tokens(index, quote_spans(q)) for q in quotes]
    gold_union = frozenset().union(*gold_tokens)
    predicted_union = frozenset().union(*predicted_tokens)
    tally.gold_tokens += len(gold_union)
    tally.predicted_tokens += len(predicted_union)
    tally.shared_tokens += len(gold_union & predicted_union)
    tally.gold += len(gold_tokens)
    tally.predicted += len(predicted_tokens)
    matches = match_quotes(gold_tokens, predicted_tokens)
    tally.matched += len(matches)
    matched = {g: p for g, p, _ in matches}
    for g, attribution in enumerate(article.attributions):
        kind = "direct" if article.is_direct(attribution) else "indirect"
        tally.add_kind(kind, g in matched)
        if g in matched and attribution.source:
            tally.sourced += 1
            ok = source_correct(article, attribution.source, predicted, quotes[matched[g]])
            tally.source_ok += ok
            if notes is not None and not ok:
                notes.append(_source_note(article, attribution, predicted, quotes[matched[g]]))
        elif notes is not None and g not in matched:
            notes.append(f"- missed {kind}: {_clip(article, attribution.extent)}")
    if notes is not None:
        used = set(matched.values())
        for p, quote in enumerate(quotes):
            if p not in used:
                notes.append(f"- extra {quote.kind.value}: {_clip(article, quote.span)}")


def _source_note(article: Article, attribution: object, quotes: QuoteSet, quote: Quote) -> str:
    assert hasattr(attribution, "source")
    gold = " ".join(article.text[s.start : s.end] for s in attribution.source)
    speaker = resolve_speaker(quotes, quote.speaker)
    mention = _clip(article, quote.speaker_mention) if quote.speaker_mention else None
    name = speaker.name if speaker else None
    return f"- source {name!r} (mention {mention!r}), gold {gold!r}: {_clip(article, quote.span)}"


def _clip(article: Article, span: Span, width: int = 110) -> str:
    flat = " ".join(article.text[span.start : span.end].split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def report(tally: Tally, split: str) -> str:
    tp, tr = (
        _ratio(tally.shared_tokens, tally.predicted_tokens),
        _ratio(tally.shared_tokens, tally.gold_tokens),
    )
    qp, qr = _ratio(tally.matched, tally.predicted), _ratio(tally.matched, tally.gold)
    lines = [
        f"## Extraction on PolNeAR {split} ({tally.articles} articles, {tally.gold} gold "
        "attributions)",
        "",
        "| measure | P | R | F1 |",
        "|---|--:|--:|--:|",
        f"| content tokens | {100 * tp:.1f} | {100 * tr:.1f} | {100 * _f1(tp, tr):.1f} |",
        f"| quotes | {100 * qp:.1f} | {100 * qr:.1f} | {100 * _f1(qp, qr):.1f} |",
        "",
        f"source accuracy: {100 * _ratio(tally.source_ok, tally.sourced):.1f} "
        f"({tally.source_ok}/{tally.sourced} matched attributions with a gold source)",
    ]
    for kind in ("direct", "indirect"):
        gold, found = tally.gold_kind.get(kind, 0), tally.matched_kind.get(kind, 0)
        lines.append(f"recall {kind}: {_ratio(found, gold):.2f} ({found}/{gold})")
    lines.append(f"CPU seconds per article: {tally.seconds / max(1, tally.articles):.3f}")
    return "\n".join(lines)


def run_extraction(articles: Sequence[Article], details: int, split: str) -> str:
    from reader.quotes import extract_quotes
    from reader.quotes.pipeline import get_pipeline

    get_pipeline()  # load the model before timing
    tally = Tally()
    notes: list[str] = []
    for number, article in enumerate(articles):
        document = build_document(article.text, article.name)
        started = time.process_time()
        predicted = extract_quotes(document)
        tally.seconds += time.process_time() - started
        tally.articles += 1
        mine: list[str] | None = [] if number < details else None
        score(article, predicted, tally, mine)
        if mine:
            notes.append(f"### {article.name}\n" + "\n".join(mine))
    return "\n\n".join([report(tally, split), *notes])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=("train", "dev"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--details", type=int, default=0)
    parser.add_argument("--no-audit", action="store_true")
    parser.add_argument("--no-extraction", action="store_true")
    args = parser.parse_args(argv)
    try:
        articles = load_split(args.split, limit=args.limit)
    except CorpusMissing as missing:
        print(f"accuracy-real skipped: {missing}")
        return 0
    if not args.no_extraction:
        print(run_extraction(articles, args.details, args.split), flush=True)
    if not args.no_audit:
        from benchmarks.quote_audit_real import run_audit
        from benchmarks.quote_credit_real import run_credit

        print()
        print(run_audit(articles, args.split, args.details), flush=True)
        print()
        print(run_credit(articles, args.split))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
