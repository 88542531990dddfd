"""Where one share's report ends in a poll's run of shares.

Poll stories line shares up in one sentence: `Six in 10 said the mayor is honest, and
three-quarters said the same of her rival`, `One in three said A and one in four said B`,
`Seventy percent say they like her, compared with 60 percent who say the same of him`. The
small parser hangs the second report on the first speech verb as its clause (and often
takes the second share for part of the first clause), so the first report would run on to
the sentence end. Each share's words are its own report: the first ends before the joining
`and` or `while` (`..., while 4 in 10 want one with experience`) or the `compared with`
that brings in the next share's report, or compares its answer with another share's.
"""

from __future__ import annotations

from spacy.tokens import Token

from reader.quotes.counted import bare_share, share_words
from reader.quotes.lexicon import cues

_COMPARING = frozenset({"with", "to"})
_JOINERS = frozenset({"and", "but", "while", "whereas"})


def comparison_ends_report(token: Token, cue: Token) -> bool:
    """`..., compared with 60 percent who say the same`: a comparison that reports in turn,
    or one of a share's answer with another share's (`26 percent say they are not
    following it, compared with 11 percent of Republicans`)."""
    if token.lemma_.lower() != "compare" or token.tag_ != "VBN" or token.i + 1 >= len(token.doc):
        return False
    if token.nbor(1).lower_ not in _COMPARING or token.i < cue.i:
        return False
    if any(_is_cue(t) for t in token.subtree if t.i > token.i):
        return True
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subject is not None and bare_share(subject)


def joined_share_report(token: Token, cue: Token, first: Token) -> Token | None:
    """The first word of another share's report inside the words reported from `first`
    (`..., and three-quarters said ...`, `..., while 4 in 10 want ...`), if `token` is its
    verb; the parser often hangs it on the cue as the reported clause."""
    if token.i <= cue.i or not _is_cue(token) or not _share_speaks(cue):
        return None  # a poll's finding (`In the poll, 28 percent ..., while ...`) runs on
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is not None and not (bare_share(subject) or share_words(subject)):
        return None  # not a share: `and the union said ...` is read as the parse has it
    start = _share_start(subject) if subject is not None else _share_before(token)
    if start is None or start.i <= first.i + 1:
        return None
    joiner = start.nbor(-1)
    return joiner if joiner.lower_ in _JOINERS else None


def _share_speaks(cue: Token) -> bool:
    """The cue is a verb whose subject is a share of people (`Six in 10 voters said`, `Almost
    half said`, `79 percent of renters say`)."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    if bare_share(subject) or share_words(subject):
        return True
    return any(t.like_num for t in subject.subtree if t.i < subject.i)


def _share_start(subject: Token) -> Token:
    """The first word of the subject share (`about` of `about 4 in 10`)."""
    words = share_words(subject) or [subject]
    return min(subject.left_edge, words[0], key=lambda t: t.i)


def _share_before(verb: Token) -> Token | None:
    """`one in four` of `and one in four said`, which the parser hung elsewhere."""
    words = share_words(verb.nbor(-1)) if verb.i > 0 else None
    return words[0] if words else None


def _is_cue(token: Token) -> bool:
    return token.pos_ == "VERB" and cues().verb_for(token.lemma_, token.text) is not None
