"""An accuracy floor on the in-house quote corpus (a quick guard; `make accuracy` has the
full figures). Scored with benchmarks/quote_scoring.py on the first eight articles."""

from __future__ import annotations

from pathlib import Path

from benchmarks.quote_scoring import load_gold, score_article, total
from reader.documents import document_from_text
from reader.quotes import extract_many

CORPUS = Path(__file__).parent / "data" / "quotes"
ARTICLES = sorted(CORPUS.glob("*.txt"))[:8]
# Measured at 0.95 / 0.95 / 0.94 (token F1 / quote F1 / speaker accuracy) on these eight
# (0.96 / 0.93 / 0.92 before issue 12's second round); about 0.5 s of CPU for extraction
# once the model is loaded.
FLOOR_TOKEN_F1 = 0.93
FLOOR_QUOTE_F1 = 0.93
FLOOR_SPEAKERS = 0.92


def test_quote_extraction_stays_above_its_floor() -> None:
    texts = [path.read_text(encoding="utf-8") for path in ARTICLES]
    documents = [document_from_text(t, title=p.stem) for t, p in zip(texts, ARTICLES, strict=True)]
    predicted = extract_many(documents)
    scores = [
        score_article(d.text, load_gold(p.with_suffix(".json"), d.text), q)
        for d, p, q in zip(documents, ARTICLES, predicted, strict=True)
    ]
    counts = total(scores)
    assert counts.token_f1 >= FLOOR_TOKEN_F1
    assert counts.quote_f1 >= FLOOR_QUOTE_F1
    assert counts.speaker_accuracy is not None and counts.speaker_accuracy >= FLOOR_SPEAKERS
