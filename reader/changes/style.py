"""Is a changed stretch only style? Spelling variants, punctuation, quote marks, case, spacing.

Both sides are reduced to a key of lower-case words in American spelling with
numbers as values; equal keys mean nothing a reader would weigh changed.
"""

from __future__ import annotations

import re

from reader.changes.lexicon import lexicon
from reader.changes.numbers import find_numbers

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_SUFFIX_RULES = (
    (re.compile(r"(\w{2,})is(e|es|ed|ing|ation|ations|er|ers)$"), r"\1iz\2"),
    (re.compile(r"(\w{2,})our(s|ed|ing|ite|ites|able|er|ers|hood|hoods)?$"), r"\1or\2"),
    (re.compile(r"(\w{2,})tre(s|d)?$"), r"\1ter\2"),
    (re.compile(r"(\w*[aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"),
    (re.compile(r"(\w{2,})ogue(s)?$"), r"\1og\2"),
    (re.compile(r"(\w{2,})ence$"), r"\1ense"),
    (re.compile(r"(\w*)ae(\w{2,})$"), r"\1e\2"),
    (re.compile(r"(\w*)oe(\w{3,})$"), r"\1e\2"),
)


def spelling_key(word: str) -> str:
    """One spelling for British and American variants of a lower-case word."""
    word = word.replace("’", "'")
    word = lexicon().spelling.get(word, word)
    for pattern, replacement in _SUFFIX_RULES:
        word = pattern.sub(replacement, word)
    return word


_CONTRACTIONS = (
    (re.compile(r"\bwon['’]t\b", re.IGNORECASE), "will not"),
    (re.compile(r"\bcan['’]t\b|\bcannot\b", re.IGNORECASE), "can not"),
    (re.compile(r"n['’]t\b", re.IGNORECASE), " not"),
)


def style_key(text: str, hyphen: str = "") -> list[str]:
    """Words that stay once style is set aside; `hyphen` replaces hyphens ("" joins
    "co-operate" into one word, " " splits "two-day")."""
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    text = re.sub(r"(?<=\w)-(?=\w)", hyphen, text)
    return [spelling_key(w.lower()) for w in _WORD.findall(_numbers_as_values(text))]


def _numbers_as_values(text: str) -> str:
    """ "1.5 million", "1,500,000" and "three" all become one word holding the value."""
    parts, at = [], 0
    for mention in find_numbers(text):
        value, currency, percent = mention.key
        number = f"{value:.6f}".rstrip("0").rstrip(".").replace(".", "p")
        parts += [text[at : mention.span.start], f" n{number}{_CURRENCY_NAMES.get(currency, '')}"]
        parts.append("pct " if percent else " ")
        at = mention.span.end
    parts.append(text[at:])
    return "".join(parts)


_CURRENCY_NAMES = {"$": "usd", "£": "gbp", "€": "eur", "¥": "jpy"}


QUOTE_MARKS = frozenset("“”„‟\"'‘’‚‛«»")


def same_words(old: str, new: str) -> bool:
    return style_key(old) == style_key(new) or style_key(old, " ") == style_key(new, " ")


def is_style_only(old: str, new: str) -> bool:
    # Quote marks added or dropped change what a text claims someone said; their style does not.
    return same_words(old, new) and quote_count(old) == quote_count(new)


def quote_count(text: str) -> int:
    """Quote marks, not apostrophes inside words ("don't", "Kelsby's")."""
    count = 0
    for index, char in enumerate(text):
        if char in QUOTE_MARKS:
            inside = (
                0 < index < len(text) - 1
                and text[index - 1].isalpha()
                and text[index + 1].isalpha()
            )
            count += not inside
    return count
