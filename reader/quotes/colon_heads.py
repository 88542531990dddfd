"""`The union's new warning: the yard could close by May`: a speech noun before a colon.

A headline or a sentence may open with what somebody said as a noun phrase, a speech or
stance noun (`warning`, `argument`, `message`, `view`, `advice`) owned by a possessor,
perhaps with a prepositional phrase (`Ruiz's message to the council`), then
a colon and the words themselves: `Ruiz's view: ...`, `Their argument: ...`. The colon
stands for `that`, the possessor is the speaker (a pronoun is resolved like any other), and
the words run to the end of the sentence, or of the next one when the parser ends the first
at the colon. Words in marks after the colon are left to the direct quotes' own tags.
Without a possessor (`The result: ...`, `One warning: ...`) nobody is named
and the line is the writer's own.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.lexicon import cues
from reader.quotes.mentions import mention_from_token
from reader.quotes.parsed import ParsedChunk, SpanIndex, in_each_sentence
from reader.quotes.reach import Attribution, trimmed

FRAME = "colon"
_MIN_WORDS = 3  # after the colon, fewer words are a label's value, not a report


def colon_head_attributions(chunks: list[ParsedChunk], marked: SpanIndex) -> list[Attribution]:
    return in_each_sentence(chunks, marked, _colon_heads)


def _colon_heads(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex
) -> Iterator[Attribution]:
    vocabulary = cues()
    for colon in sentence[1:]:
        if colon.text != ":" or chunk.quoted(colon, marked):
            continue
        noun = _speech_noun(colon.nbor(-1))
        if noun.pos_ != "NOUN" or not (
            vocabulary.is_cue_noun(noun.lower_) or vocabulary.is_stance_noun(noun.lower_)
        ):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        last = _words_end(sentence, colon)
        if owner is None or last is None:
            continue
        content = trimmed(chunk, colon.nbor(1), last)
        # Words in marks are a direct quote, credited by their own tag (`His verdict: "...,"
        # he said`); the noun before the colon may be somebody else's (`about his plan:`).
        if content is not None and not marked.overlapping(content):
            yield Attribution(
                cue=chunk.token_span(noun),
                speaker=mention_from_token(chunk, owner),
                content=content,
                sentence=chunk.tokens_span(sentence[0], last),
                frame=FRAME,
            )


def _speech_noun(noun: Token) -> Token:
    """`Ruiz's message to the council:`: the noun the prepositional phrase hangs from."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun


def _words_end(sentence: SpacySpan, colon: Token) -> Token | None:
    """The last word after the colon: the sentence's, or the next one's when the parser
    ended the sentence at the colon (never across a paragraph)."""
    doc = sentence.doc
    end = sentence.end
    if colon.i + 1 >= end:
        if end >= len(doc) or "\n" in doc[end - 1].whitespace_:
            return None
        end = doc[end].sent.end
    words = [t for t in doc[colon.i + 1 : end] if t.is_alpha]
    return doc[end - 1] if len(words) >= _MIN_WORDS else None
