"""A person's name split into given names and surname (spaCy-free: the audit uses it too)."""

from __future__ import annotations

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
