"""How fast is quote extraction? Prints a markdown table for 1k, 10k and 100k words.

    .venv/bin/python benchmarks/bench_quotes.py            # 1k, 10k, 100k
    .venv/bin/python benchmarks/bench_quotes.py 1000 5000  # chosen sizes

The text is generated deterministically: news-like paragraphs mixing narration,
direct quotes, partial quotes, reported speech and trailing attributions.
Timings exclude loading the model, which is reported separately.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reader.documents.model import Document, Span  # noqa: E402
from reader.quotes import extract_quotes  # noqa: E402
from reader.quotes.pipeline import get_pipeline, pipeline_info  # noqa: E402

PEOPLE = ["Mayor Ana Ruiz", "Finance Minister Tom Blake", "fire chief Owen Marsh", "Judge Mia Lund"]
SURNAMES = ["Ruiz", "Blake", "Marsh", "Lund"]
TOPICS = ["the harbour", "the budget", "the new bridge", "the school plan", "the river wall"]
NARRATION = [
    "Work on {t} began in the spring and has been delayed twice since then.",
    "The council met on Tuesday evening to review the figures for {t}.",
    "Local businesses have followed the debate over {t} closely for months.",
    "Engineers inspected {t} last week and filed a short technical report.",
]
SPEECH = [
    '"We will finish {t} on time and within budget," {p} said.',
    "{p} said that {t} would cost far more than the council had planned.",
    "{s} warned that {t} could become 'a burden for a generation' if nothing changed.",
    "The delays to {t} were unacceptable, {s} said.",
    '{p} told reporters: "Nobody wants this, but we have no choice."',
    "According to {p}, {t} will be reviewed again in the autumn.",
]


def generate(words: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            template = rng.choice(SPEECH if rng.random() < 0.5 else NARRATION)
            who = rng.randrange(len(PEOPLE))
            sentence = template.format(t=rng.choice(TOPICS), p=PEOPLE[who], s=SURNAMES[who])
            sentences.append(sentence[0].upper() + sentence[1:])
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(paragraphs)


def as_document(text: str) -> Document:
    return Document(text, tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)))


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [1_000, 10_000, 100_000]
    started = time.perf_counter()
    get_pipeline()
    extract_quotes(as_document(generate(200)))  # first parse warms the model's caches
    info = pipeline_info()
    print(f"model: {info.name if info else 'none'} {info.version if info else ''}, ", end="")
    print(f"loaded in {time.perf_counter() - started:.2f} s\n")
    print("| words | quotes | speakers | seconds | words/s |")
    print("|--:|--:|--:|--:|--:|")
    for size in sizes:
        document = as_document(generate(size))
        started = time.perf_counter()
        result = extract_quotes(document)
        elapsed = time.perf_counter() - started
        words = document.word_count()
        print(
            f"| {words} | {len(result.quotes)} | {len(result.speakers)} | {elapsed:.2f} | "
            f"{words / elapsed:.0f} |"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
