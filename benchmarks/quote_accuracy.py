"""How well does the quote extractor do on the annotated corpus?

    .venv/bin/python benchmarks/quote_accuracy.py               # reader.quotes.extract_quotes
    .venv/bin/python benchmarks/quote_accuracy.py --details     # also list misses and extras
    .venv/bin/python benchmarks/quote_accuracy.py --extractor gold   # sanity check: all 1.00
    .venv/bin/python benchmarks/quote_accuracy.py --extractor pkg.module:function

Prints a markdown table per article with corpus totals (micro-averaged), then recall per
quote kind. The measures are defined in benchmarks/quote_scoring.py; the corpus and its
annotation conventions are in tests/data/quotes/.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.quote_scoring import (  # noqa: E402
    ArticleScore,
    Counts,
    Gold,
    by_parts,
    gold_as_quoteset,
    load_gold,
    resolve_speaker,
    score_article,
    total,
)
from reader.documents.model import Document, Span  # noqa: E402
from reader.quotes.model import QuoteKind, QuoteSet  # noqa: E402

DEFAULT_CORPUS = ROOT / "tests" / "data" / "quotes"
DEFAULT_EXTRACTOR = "reader.quotes:extract_quotes"

Extractor = Callable[[Document], QuoteSet]


@dataclass(frozen=True, slots=True)
class Article:
    name: str
    document: Document
    gold: Gold


def build_document(text: str, name: str) -> Document:
    """The Document the app would build from pasted text; a plain fallback if not written yet."""
    try:
        from reader.documents import document_from_text
    except ImportError:
        return Document(text=text, paragraphs=_paragraphs(text), title=name)
    return document_from_text(text, title=name)


def _paragraphs(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    start = 0
    for block in text.split("\n\n"):
        stripped = block.strip()
        if stripped:
            offset = start + block.index(stripped)
            spans.append(Span(offset, offset + len(stripped)))
        start += len(block) + 2
    return tuple(spans)


def load_corpus(folder: Path) -> list[Article]:
    articles = []
    for path in sorted(folder.glob("*.txt")):
        gold_path = path.with_suffix(".json")
        if not gold_path.exists():
            continue
        document = build_document(path.read_text(encoding="utf-8"), path.stem)
        articles.append(Article(path.stem, document, load_gold(gold_path, document.text)))
    return articles


def load_extractor(spec: str) -> Extractor:
    if spec == "gold":
        raise ValueError("'gold' is handled by the caller")
    module_name, _, attr = spec.partition(":")
    module = importlib.import_module(module_name)
    extractor = getattr(module, attr or "extract_quotes")
    if not callable(extractor):
        raise TypeError(f"{spec} is not callable")
    return extractor  # type: ignore[no-any-return]


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def table_row(name: str, counts: Counts, seconds: float | None = None) -> str:
    cells = [
        name,
        str(counts.gold_quotes),
        str(counts.predicted_quotes),
        str(counts.matched_quotes),
        _pct(counts.token_precision),
        _pct(counts.token_recall),
        _pct(counts.token_f1),
        _pct(counts.quote_precision),
        _pct(counts.quote_recall),
        _pct(counts.quote_f1),
        _pct(counts.speaker_accuracy),
        _pct(counts.kind_accuracy),
        "" if seconds is None else f"{seconds * 1000:.0f}",
    ]
    return "| " + " | ".join(cells) + " |"


HEADER = (
    "| article | gold | pred | matched | tok P | tok R | tok F1 "
    "| quote P | quote R | quote F1 | speaker | kind | ms |\n"
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
)


def kind_table(counts: Counts) -> str:
    lines = ["| gold kind | gold | matched | recall |", "|---|--:|--:|--:|"]
    for kind in QuoteKind:
        found = counts.gold_by_kind.get(kind, 0)
        matched = counts.matched_by_kind.get(kind, 0)
        lines.append(f"| {kind.value} | {found} | {matched} | {_pct(counts.kind_recall(kind))} |")
    return "\n".join(lines)


def _clip(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def details(article: Article, predicted: QuoteSet, score: ArticleScore) -> list[str]:
    """Misses, extras and wrong speakers of one article, as markdown list items."""
    lines = []
    predicted = by_parts(article.document.text, predicted)  # the indices count parts
    for g in score.missed:
        missed = article.gold.quotes[g]
        lines.append(f"- missed {missed.kind.value} ({missed.speaker}): {_clip(missed.text)}")
    for p in score.spurious:
        extra = predicted.quotes[p]
        who = _speaker_name(predicted, extra.speaker)
        lines.append(f"- extra {extra.kind.value} ({who}): {_clip(extra.text)}")
    for match in score.matches:
        gold_quote = article.gold.quotes[match.gold]
        quote = predicted.quotes[match.predicted]
        if not match.speaker_ok:
            who = _speaker_name(predicted, quote.speaker)
            lines.append(
                f"- speaker {who!r}, gold {gold_quote.speaker!r}: {_clip(gold_quote.text, 50)}"
            )
        if not match.kind_ok:
            lines.append(
                f"- kind {quote.kind.value}, gold {gold_quote.kind.value}: "
                f"{_clip(gold_quote.text, 50)}"
            )
    return lines


def _speaker_name(quotes: QuoteSet, speaker_id: str | None) -> str | None:
    speaker = resolve_speaker(quotes, speaker_id)
    return speaker.name if speaker else None


def run(articles: Sequence[Article], extractor: Extractor | None, show_details: bool) -> str:
    """Score every article; `extractor` None means "predict the gold itself"."""
    rows = [HEADER]
    notes: list[str] = []
    scores = []
    for article in articles:
        started = time.perf_counter()
        if extractor is None:
            predicted = gold_as_quoteset(article.gold)
        else:
            predicted = extractor(article.document)
        seconds = time.perf_counter() - started
        score = score_article(article.document.text, article.gold, predicted)
        scores.append(score)
        rows.append(table_row(article.name, score.counts, seconds))
        if show_details:
            lines = details(article, predicted, score)
            if lines:
                notes.append(f"### {article.name}\n" + "\n".join(lines))
    counts = total(scores)
    rows.append(table_row("**total**", counts))
    parts = ["\n".join(rows), kind_table(counts), *notes]
    return "\n\n".join(parts) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--extractor",
        default=DEFAULT_EXTRACTOR,
        help="module:function taking a Document and returning a QuoteSet, or 'gold'",
    )
    parser.add_argument("--details", action="store_true", help="list misses and extras")
    args = parser.parse_args(argv)

    articles = load_corpus(args.corpus)
    if not articles:
        print(f"no annotated articles in {args.corpus}", file=sys.stderr)
        return 2
    extractor: Extractor | None = None
    if args.extractor != "gold":
        try:
            extractor = load_extractor(args.extractor)
        except (ImportError, AttributeError, TypeError) as err:
            print(f"cannot load extractor {args.extractor}: {err}", file=sys.stderr)
            return 2
    print(run(articles, extractor, args.details), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
