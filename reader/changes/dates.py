"""Dates, weekdays and time references in running text ("on Thursday", "last month", "3pm")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.documents.model import Span

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
_MONTH_NOT_MAY = (
    r"(?:January|February|March|April|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"  # the dot of "Aug." only
)
_MONTH = r"(?:" + _MONTH_NOT_MAY + r"|May)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_PERIOD = (
    r"(?:week|weekend|month|year|spring|summer|autumn|fall|winter|morning|afternoon|evening"
    r"|night|quarter|decade|century)"
)
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_COUNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|a few)"
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)"

DATE = re.compile(
    r"\b(?:"
    + r"(?:" + _WEEKDAY + r")(?:\s+(?:morning|afternoon|evening|night))?"
    + r"|(?:" + _DAY + r"\s+" + _MONTH + r"|" + _MONTH + r"\s+" + _DAY + r"\b)"
    + r"(?:,?\s+" + _YEAR + r")?"
    + r"|" + _MONTH_NOT_MAY + r"(?:\s+" + _YEAR + r")?"
    + r"|May\s+" + _YEAR
    + r"|(?:the\s+)?" + _SEASON + r"\s+of\s+(?:last|this|next)\s+year"
    + r"|(?:(?:earlier|later)\s+this|last|this|next|past|coming)\s+" + _PERIOD
    + r"|" + _COUNT + r"\s+" + _UNIT + r"\s+(?:ago|earlier|later)"
    + r"|(?<=for\s)(?:(?:several|many|some)\s+)?(?:days|weeks|months|years|decades)"
    + r"|(?:yesterday|today|tonight|tomorrow|overnight|midnight|noon|midday)"
    + r"|(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)"
    + r"|(?:[01]?\d|2[0-3]):[0-5]\d"
    + r"|(?:the\s+)?(?:19|20)\d0s|'\d0s"
    + r"|" + _YEAR
    + r")(?![\w-])",
    re.IGNORECASE,
)  # fmt: skip
# Month names that are also ordinary words are only dates when capitalised.
_CASE_SENSITIVE = re.compile(r"^(?:" + _MONTH_NOT_MAY + r"|" + _WEEKDAY + r")", re.IGNORECASE)


_SEASON_OF_YEAR = re.compile(r"^(?:the )?(" + _SEASON + r") of (last|this|next) year$")


@dataclass(frozen=True, slots=True)
class DateMention:
    span: Span
    text: str

    @property
    def key(self) -> str:
        """The mention in one form: "the spring of next year" is "next spring"."""
        text = " ".join(self.text.lower().rstrip(".").split())
        return _SEASON_OF_YEAR.sub(r"\2 \1", text)


def find_dates(text: str, base: int = 0) -> list[DateMention]:
    found = []
    for match in DATE.finditer(text):
        word = match.group(0)
        if _CASE_SENSITIVE.match(word) and not word[0].isupper():
            continue  # "march" the verb, "sat" is not in the list anyway
        found.append(DateMention(Span(base + match.start(), base + match.end()), word))
    return found


def date_keys(text: str) -> set[str]:
    return {mention.key for mention in find_dates(text)}
