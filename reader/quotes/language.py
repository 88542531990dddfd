"""A cheap language guess: which language's stop words make up most of the text.

Quote extraction relies on an English parser and English cue words, so other
languages are detected and skipped rather than producing nonsense.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

_CANDIDATES = ("en", "de", "fr", "es", "it", "pt", "nl")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SAMPLE_WORDS = 3000  # enough to be sure, cheap on long texts
_MIN_WORDS = 8  # below this any guess is noise: assume English
_MIN_STOP_RATIO = 0.1  # prose runs at 0.3-0.45 with these short lists


@cache
def _all_stop_words() -> dict[str, frozenset[str]]:
    text = resources.files("reader.quotes").joinpath("stopwords.json").read_text(encoding="utf-8")
    data: dict[str, list[str]] = json.loads(text)
    return {code: frozenset(words) for code, words in data.items() if not code.startswith("_")}


def _stop_words(code: str) -> frozenset[str]:
    return _all_stop_words()[code]


def guess_language(text: str) -> str:
    """ISO 639-1 code of the likeliest language, or "und" when none fits."""
    words = [w.lower() for w in _WORD.findall(text[: _SAMPLE_WORDS * 12])][:_SAMPLE_WORDS]
    if len(words) < _MIN_WORDS:
        return "en"
    if sum(1 for w in words if w.isascii()) < len(words) * 0.5:
        return "und"  # mostly non-Latin script
    ratios = {code: _stop_ratio(words, _stop_words(code)) for code in _CANDIDATES}
    best = max(ratios, key=lambda code: ratios[code])
    if ratios[best] < _MIN_STOP_RATIO:
        return "und"
    # Short function words ("a", "de", "en") are shared; English wins close calls.
    if best != "en" and ratios["en"] >= ratios[best] * 0.9:
        return "en"
    return best


def _stop_ratio(words: list[str], stops: frozenset[str]) -> float:
    return sum(1 for w in words if w in stops) / len(words)


def is_english(text: str) -> bool:
    return guess_language(text) == "en"
