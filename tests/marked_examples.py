"""Example sentences marked up for the lexicon tests: `[The mayor] <laid out> {her plan}.`
names the speaker's mention, the cue and the reported words inside the sentence."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from quotes_helpers import only_quote, quotes_of, span_text

from reader.quotes import QuoteKind

_MARKS = re.compile(r"[\[\]{}<>]")


@dataclass(frozen=True)
class Marked:
    sentence: str  # the example with its marks taken out
    speaker: str | None  # None: the example names no speaker
    cue: str
    words: str


def marked(example: str) -> Marked:
    found = {o: re.search(re.escape(o) + r"([^\]}>]*)", example) for o in "[<{"}
    speaker, cue, words = (m.group(1) if m else None for m in found.values())
    return Marked(_MARKS.sub("", example), speaker, cue or "", words or "")


def objects_section(name: str) -> Any:
    """One section of reader/quotes/objects.json, as the lexicon reads it."""
    data = resources.files("reader.quotes").joinpath("objects.json").read_text(encoding="utf-8")
    return json.loads(data)[name]


def reported_cues(examples: dict[str, str]) -> list[tuple[Marked, str]]:
    """Each example's one indirect quote, checked for its words and speaker mention; with
    the cue text found, for the caller's own rule on how it must match the marked cue."""
    parts = [marked(e) for e in examples.values()]
    checked: list[tuple[Marked, str]] = []
    for part, quotes in zip(parts, quotes_of(*(p.sentence for p in parts)), strict=True):
        sentence = part.sentence
        quote = only_quote(quotes, sentence, part.words)
        assert quote.kind is QuoteKind.INDIRECT, sentence
        assert span_text(sentence, quote.speaker_mention) == part.speaker, sentence
        checked.append((part, span_text(sentence, quote.cue) or ""))
    return checked
