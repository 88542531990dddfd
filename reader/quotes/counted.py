"""A counted share of people with no noun after it: `About two-thirds support a ban`,
`Six in 10 oppose the plan`, `Nine out of 10 back it`, `Half favor the levy`.

Such a share is the people a poll or a count speaks for, though it names them nowhere in
its own phrase (they are in an earlier sentence: `the voters`). A bare number is not one
(`Two rejected the appeal` may be anything, `1,200 backed it` too): only a fraction, a
percentage or an `N in M` ratio is.
"""

from __future__ import annotations

from spacy.tokens import Token

_FRACTIONS = frozenset(
    {
        "half",
        "halves",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "fifth",
        "fifths",
        "sixth",
        "sixths",
        "seventh",
        "sevenths",
        "eighth",
        "eighths",
        "ninth",
        "ninths",
        "tenth",
        "tenths",
    }
)
_PERCENT = frozenset({"percent", "%", "pct"})


def bare_share(token: Token) -> bool:
    """A fraction (`two-thirds`, `half`), a percentage (`40 percent`) or a ratio (`6 in
    10`) standing for people."""
    word = token.lower_
    if word in _PERCENT:
        return any(c.like_num for c in token.children)
    if word in _FRACTIONS:
        return word.startswith("half") or any(_numeral(c) for c in token.children)
    if token.like_num:
        return _ratio(token)
    return False


def _numeral(token: Token) -> bool:
    return token.like_num and token.dep_ in ("nummod", "compound", "quantmod", "amod")


def _ratio(number: Token) -> bool:
    """`6 in 10`, `9 out of 10`: read on the words, as the parser hangs the preposition on
    the number or on the verb."""
    doc = number.doc
    after = [t.lower_ for t in doc[number.i + 1 : number.i + 4]]
    if after[:1] == ["in"]:
        rest = doc[number.i + 2 : number.i + 3]
    elif after[:2] == ["out", "of"]:
        rest = doc[number.i + 3 : number.i + 4]
    else:
        return False
    return len(rest) == 1 and rest[0].like_num and _last_of_phrase(rest[0])


def _last_of_phrase(denominator: Token) -> bool:
    """`6 in 10 oppose`, not `6 in 10 voters` (whose noun is the speaker)."""
    following = denominator.nbor(1) if denominator.i + 1 < len(denominator.doc) else None
    return following is None or following.pos_ not in ("NOUN", "PROPN", "ADJ")


def ratio_words(number: Token) -> list[Token] | None:
    """The words of a bare ratio the number begins (`Six in 10`, `Nine out of 10`), so
    that the speaker reads as the share, not as `Six`; from its last number too (`five` of
    `One in five say`, when the parser hangs `five` on the verb)."""
    if not number.like_num:
        return None
    if not _ratio(number):
        return _ending_ratio(number)
    width = 3 if number.nbor(1).lower_ == "in" else 4
    return list(number.doc[number.i : number.i + width])


def _ending_ratio(denominator: Token) -> list[Token] | None:
    doc, i = denominator.doc, denominator.i
    before = [t.lower_ for t in doc[max(0, i - 2) : i]]
    width = 3 if before[-1:] == ["in"] else 4 if before == ["out", "of"] else 0
    if width and i - width + 1 >= 0 and doc[i - width + 1].like_num:
        return list(doc[i - width + 1 : i + 1])
    return None


_QUANTIFIERS = frozenset({"than", "more", "fewer", "less", "some"})  # `more than half`


def share_words(last: Token) -> list[Token] | None:
    """The words of a bare share that ends at `last`, with the words that qualify it (`About
    two-thirds`, `Fewer than half`, `Nearly 40 percent`, `Six in 10`), if it is one."""
    words = _ending_ratio(last) if last.like_num else None
    if words is None and last.lower_ not in _PERCENT and last.lower_ not in _FRACTIONS:
        return None
    start = words[0].i if words else last.i
    doc = last.doc
    while words is None and start > 0 and _inside_share(doc[start - 1]):
        start -= 1  # "40" of "40 percent", "Two-" of "Two-thirds"
    share = doc[start : last.i + 1]
    if words is None and not last.lower_.startswith("half") and not share[0].like_num:
        return None  # "percent" alone, "thirds" with no number
    while start > 0 and (doc[start - 1].pos_ == "ADV" or doc[start - 1].lower_ in _QUANTIFIERS):
        start -= 1
    return list(doc[start : last.i + 1])


def _inside_share(token: Token) -> bool:
    return token.like_num or token.text in ("-", "–")
