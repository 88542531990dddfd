"""Reported words too empty to check: a bare pronoun ("endorsed him", "agreed on
something") or a bare infinitive ("declined to comment", "wants to weigh in"). A reader
can't audit "to comment" as anybody's words, and in the sidebar it reads like a quote."""

from __future__ import annotations

import re

_EMPTY = re.compile(
    r"(?:it|him|her|them|one|me|us|you|so|this|that|these|those"
    r"|something|anything|nothing|everything|someone|anyone|everyone"
    r"|to\s+[a-z]+(?:\s+(?:in|out|up|on|off|back|down|over|through))?)",
    re.IGNORECASE,
)


def empty_report(words: str) -> bool:
    """Whether reported words are only a pronoun or a bare infinitive (edge marks ignored)."""
    return _EMPTY.fullmatch(words.strip(" \t\n.,;:!?\"'“”‘’")) is not None
