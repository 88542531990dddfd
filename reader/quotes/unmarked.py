"""Direct speech whose quote marks were lost.

Three signs: a reported clause that switches to the first person ("he was ready
... but I do not see much point"), the words after a colon that follows a cue
("X said on Thursday that ...: Why are we ...?"), and the questions or
first-person sentences that run on after such speech in the same paragraph.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from reader.documents.model import Span
from reader.quotes.lexicon import cues
from reader.quotes.parsed import ParsedChunk, SpanIndex, inside_any, is_first_person
from reader.quotes.sentences import looks_like_speech

_CLAUSE_DEPS = frozenset({"ccomp", "conj", "advcl", "ROOT", "parataxis", "xcomp"})


def chunk_at(chunks: list[ParsedChunk], bases: list[int], offset: int) -> ParsedChunk | None:
    index = bisect_right(bases, offset) - 1
    if index < 0:
        return None
    chunk = chunks[index]
    return chunk if offset < chunk.base + len(chunk.text) else None


def first_person_start(chunk: ParsedChunk, content: Span, marked: SpanIndex) -> int | None:
    """Where reported speech turns into the speaker's own words, or None."""
    for token in chunk.tokens_from(content):
        span = chunk.token_span(token)
        if span.start < content.start or span.end > content.end:
            continue
        if is_first_person(token) and not inside_any(span, marked):
            return max(content.start, chunk.token_span(_clause_start(token)).start)
    return None


def _clause_start(pronoun: Token) -> Token:
    clause = pronoun.head
    while clause.dep_ not in _CLAUSE_DEPS and clause.head.i != clause.i:
        clause = clause.head
    start = clause.left_edge
    before = start.nbor(-1) if start.i > 0 else None
    if before is not None and before.pos_ in ("CCONJ", "SCONJ"):
        return before  # "but I do not see much point" keeps its "but"
    return start


def colon_speech(
    text: str,
    colon_end: int,
    paragraph: Span,
    sentences: list[Span],
    marked: SpanIndex,
) -> Span | None:
    """The unmarked words after an introducing colon, up to the next sentence with a cue."""
    start = colon_end
    while start < paragraph.end and text[start].isspace():
        start += 1
    if start >= paragraph.end or marked.overlapping(Span(max(0, start - 1), start + 2)):
        return None  # nothing there, or the words are in marks and found as a direct quote
    end = paragraph.end
    for sentence in sentences[bisect_right([s.start for s in sentences], start) :]:
        if sentence.start >= paragraph.end:
            break
        inside = sentence.start > start and sentence.end <= paragraph.end
        if inside and _has_cue_or_marks(text[sentence.start : sentence.end], sentence, marked):
            end = sentence.start
            break
    return _trim(text, start, end)


def continued_speech(
    text: str,
    quote: Span,
    already_speech: bool,
    paragraph: Span,
    sentences: list[Span],
    marked: SpanIndex,
    sentence_starts: list[int],
) -> Span | None:
    """Sentences after `quote` in its paragraph that carry on the speaker's own words.

    Once speech is unmarked (`already_speech`) it runs on until a sentence with a
    cue or quote marks; after reported speech only a question or first-person
    sentence starts it.
    """
    index = bisect_right(sentence_starts, quote.end)
    start: int | None = None
    end = quote.end
    for sentence in [*_rest_of_sentence(text, sentences, index, quote.end), *sentences[index:]]:
        if sentence.start >= paragraph.end:
            break
        sentence_text = text[sentence.start : sentence.end]
        if _has_cue_or_marks(sentence_text, sentence, marked):
            break
        if not (already_speech or looks_like_speech(sentence_text)):
            break
        start = sentence.start if start is None else start
        end = sentence.end
        already_speech = True
    return Span(start, end) if start is not None else None


def _rest_of_sentence(text: str, sentences: list[Span], index: int, offset: int) -> list[Span]:
    """What follows `offset` in its own sentence, when the parser ended the quote early."""
    if index == 0 or sentences[index - 1].end <= offset:
        return []
    rest_start = offset
    while rest_start < sentences[index - 1].end and not text[rest_start].isalnum():
        rest_start += 1
    return (
        [Span(rest_start, sentences[index - 1].end)]
        if rest_start < sentences[index - 1].end
        else []
    )


def _has_cue_or_marks(sentence_text: str, sentence: Span, marked: SpanIndex) -> bool:
    if marked.overlapping(sentence):
        return True
    vocabulary = cues()
    words = "".join(c if c.isalpha() else " " for c in sentence_text).split()
    return any(vocabulary.starts_report(w) for w in words)


def _trim(text: str, start: int, end: int) -> Span | None:
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    return Span(start, end) if end - start > 1 else None
