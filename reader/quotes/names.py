"""A person's name split into given names and surname (spaCy-free: the audit uses it too)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reader.quotes.lexicon import people

# Words that belong to a surname: "Bill de Blasio" is "de Blasio" to a later sentence.
_PARTICLES = frozenset(
    [
        "de",
        "del",
        "della",
        "der",
        "den",
        "di",
        "da",
        "das",
        "dos",
        "du",
        "van",
        "von",
        "ter",
        "ten",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
    ]
)


def split_name(name: str) -> tuple[list[str], list[str]]:
    """A person's given names and surname words: "Bill de Blasio" -> (["Bill"], ["de",
    "Blasio"]); "De Blasio" is a surname alone."""
    words = name.split()
    start = len(words) - 1
    while start > 0 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return words[: max(start, 0)], words[max(start, 0) :]


def surname_of(name: str) -> str:
    return " ".join(split_name(name)[1])


@dataclass(frozen=True, slots=True)
class WrittenName:
    """A surname as the text writes it once, with the capitalised words before it in its
    sentence: "Russian President Vladimir Putin" -> title "Russian President", given
    ("Vladimir",)."""

    given: tuple[str, ...]
    title: str | None
    surname: str  # as written there: "van Dijk" where the speaker said "Van Dijk"

    @property
    def first(self) -> str | None:
        return self.given[0].lower() if self.given else None

    @property
    def gender(self) -> str | None:
        """What the first name or the title ("Mrs.", "first lady") says."""
        return (gender_of(self.given[0]) if self.given else None) or title_gender(self.title)


# Capitalised words before the surname, on its own line: a line break may end a headline
# or a paragraph, and a title from there would be somebody else's words.
_BREAK = r"[^\S\n]+"
_RUN = r"((?:[A-Z][\w.\-’']*" + _BREAK + r"){1,5})"


@lru_cache(maxsize=256)
def written_names(text: str, surname: str) -> tuple[WrittenName, ...]:
    """Every place the text gives `surname` after a title or a known first name."""
    words = people()
    found = []
    pattern = re.compile(_RUN + r"(?i:(" + re.escape(surname) + r"))\b")
    for match in pattern.finditer(text):
        run = _own_sentence(match.group(1).split())
        titled = [i for i, w in enumerate(run) if _bare(w) in words.titles]
        given = run[titled[-1] + 1 :] if titled else run[-1:]
        given = [w for w in given if _bare(w) not in words.honorifics]
        known_first = bool(given) and _first_part(given[0]) in words.male_names | words.female_names
        title = " ".join(run[: titled[-1] + 1]) if titled else None
        if given and (titled or known_first):
            found.append(WrittenName(tuple(given), title, match.group(2)))
        elif titled and not given and titled[-1] == len(run) - 1:
            found.append(WrittenName((), title, match.group(2)))  # "President Obama": a title alone
    return tuple(found)


def _own_sentence(run: list[str]) -> list[str]:
    """The words of `run` in the surname's own sentence and phrase: a possessor ("Putin's
    spokesman Dmitry Peskov"), an earlier sentence ("Plan. President Obama") or a headline's
    words ("Warns Of Danger In") are cut off."""
    words = people()
    start = 0
    for i, word in enumerate(run):
        bare = _bare(word)
        if word.endswith(("'s", "’s")) or word.endswith(("'", "’")):
            start = i + 1  # a possessor, or the close of a quotation
        elif word.endswith(".") and not _abbreviation(word):
            start = i + 1  # a full stop: the sentence before
        elif bare in _FUNCTION_WORDS and bare not in words.titles:
            start = i + 1  # "Warns Of": a headline's capitalised words
    return run[start:]


def _abbreviation(word: str) -> bool:
    """`Sen.`, `Dr.`, `J.` or `U.S.`: a dot that does not end a sentence."""
    words = people()
    core = word.rstrip(".")
    return _bare(word) in words.titles | words.honorifics or len(core) == 1 or "." in core


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


def _first_part(word: str) -> str:
    """`Jean-Marc` is known when `Jean` is."""
    return word.lower().split("-")[0]


_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "with",
        "without",
    ]
)


def gender_of(first_name: str) -> str | None:
    words = people()
    low = first_name.lower().split("-")[0]  # "Jean-Marc" is known when "Jean" is
    return "m" if low in words.male_names else "f" if low in words.female_names else None


def title_gender(title: str | None) -> str | None:
    if title is None:
        return None
    words = people()
    low = {w.lower().rstrip(".") for w in title.split()}
    return "m" if low & words.male_words else "f" if low & words.female_words else None


def surname_named_in_full(text: str, word: str) -> bool:
    """The text gives `word` elsewhere after a known first name or a title ("Ilse Brandt",
    "Mayor Ilse Brandt"): a surname, not a label."""
    return any(name.given for name in written_names(text, word))
