"""Numbers in running text and their values: "three" = 3, "1.5 million" = 1,500,000, "$5m".

A mention's key is its value with its currency and whether it is a percentage,
so "$5m" and "$5 million" are the same and "$5m" and "$5bn" are not.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from reader.documents.model import Span

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20,
}  # fmt: skip
_TIMES = {"twice": 2, "thrice": 3}
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
    "mln": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
_CURRENCIES = {"$": "$", "us$": "$", "£": "£", "€": "€", "¥": "¥", "dollars": "$",
               "pounds": "£", "euros": "€"}  # fmt: skip

_WORD_NUMBER = r"(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
_COUNT_WORD = r"(?:" + "|".join(sorted([*_ORDINALS, *_TIMES], key=len, reverse=True)) + r")"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:hundred|thousand|million|billion|trillion|bn|mn|mln|tn|k|m|b)"
NUMBER = re.compile(
    r"(?P<cur>US\$|[$£€¥])?\s?"
    r"(?:(?P<count>" + _COUNT_WORD + r"|\d+(?:st|nd|rd|th))\b|"
    r"(?P<num>" + _DIGITS + r"|" + _WORD_NUMBER + r"(?:[- ]" + _WORD_NUMBER + r")?))"
    r"(?P<half>[- ]and[- ]a[- ]half\b)?"
    r"(?:\s?(?P<scale>" + _SCALE + r")\b)?"
    r"(?P<pct>\s?(?:%|per ?cent\b|percent\b))?"
    r"(?:\s(?P<curword>dollars|pounds|euros)\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class NumberMention:
    span: Span
    text: str
    value: float
    unit: str  # a currency symbol, "ordinal", "times" or ""
    percent: bool

    @property
    def key(self) -> tuple[float, str, bool]:
        return (round(self.value, 6), self.unit, self.percent)


def parse_number(text: str) -> float | None:
    """The value of one number written in digits or words, or None."""
    match = NUMBER.fullmatch(text.strip())
    return _value(match) if match else None


def _word_value(words: str) -> float:
    total = 0.0
    for part in re.split(r"[- ]", words.lower()):
        total += _UNITS[part]
    return total


def _count_value(word: str) -> tuple[float, str]:
    low = word.lower()
    if low in _TIMES:
        return _TIMES[low], "times"
    if low in _ORDINALS:
        return _ORDINALS[low], "ordinal"
    return float(low[:-2]), "ordinal"


def _value(match: re.Match[str]) -> float:
    if match.group("count"):
        return _count_value(match.group("count"))[0]
    num = match.group("num")
    value = float(num.replace(",", "")) if num[0].isdigit() else _word_value(num)
    if match.group("half"):  # "three-and-a-half years", "two and a half million"
        value += 0.5
    scale = match.group("scale")
    if scale:
        value *= _SCALES[scale.lower()]
    return value


def _is_word_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum() or (before in "-" and start > 1))


def find_numbers(text: str, base: int = 0, skip: Iterable[Span] = ()) -> list[NumberMention]:
    """Number mentions of `text` (offsets shifted by `base`), leaving out `skip` spans."""
    skipped = _Spans(skip)
    found = []
    for match in NUMBER.finditer(text):
        start, end = match.start(), match.end()
        while text[start].isspace():
            start += 1
        if not _is_word_boundary(text, start, end):
            continue
        span = Span(base + start, base + end)
        if skipped.overlap(span) or _pronoun_one(text, start, end):
            continue
        currency = match.group("cur") or match.group("curword") or ""
        unit = _CURRENCIES.get(currency.lower(), currency)
        if match.group("count"):
            unit = _count_value(match.group("count"))[1]
        found.append(
            NumberMention(span, text[start:end], _value(match), unit, bool(match.group("pct")))
        )
    return found


_LOOK = 40  # characters looked at beside a "one": a word each way, without copying the text


class _Spans:
    """Spans to skip, found by bisection (a long text has thousands of dates)."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans, key=lambda span: span.start)
        self.starts = [span.start for span in ordered]
        self.reach: list[int] = []  # the furthest end of the spans up to each one
        for span in ordered:
            self.reach.append(max(span.end, self.reach[-1] if self.reach else span.end))

    def overlap(self, span: Span) -> bool:
        index = bisect_left(self.starts, span.end) - 1
        return index >= 0 and self.reach[index] > span.start


_ONE_BEFORE = frozenset(
    ["the", "only", "no", "any", "every", "each", "this", "that", "which", "another", "a"]
)
_ONE_AFTER = frozenset(["another", "who", "that", "which"])


def _pronoun_one(text: str, start: int, end: int) -> bool:
    """ "the only one that mattered", "one another": "one" that counts nothing."""
    if text[start:end].lower() != "one":
        return False
    before = text[max(0, start - _LOOK) : start].split()[-1:]
    after = text[end : end + _LOOK].split()[:1]
    return bool(before and before[0].lower() in _ONE_BEFORE) or bool(
        after and after[0].lower().strip(".,;:") in _ONE_AFTER
    )


def number_keys(text: str, skip: Iterable[Span] = ()) -> set[tuple[float, str, bool]]:
    return {mention.key for mention in find_numbers(text, 0, skip)}
