"""`Mayor Says No To New Stadium`, `Reed Tells Crowd Tax Cuts Are Beyond Reach`: titles.

In a title-cased line the small parser reads capitalised verbs as names and the rest as a
heap of nouns, so "Says" finds no clause. A title's saying or telling is still reported
speech: the words before the verb name the speaker, the words after it (to a comma or the
end) are what was said.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.lexicon import cues
from reader.quotes.mentions import mention_from_token
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution, sentence_span, trimmed

_TITLE_VERBS = frozenset({"say", "tell"})
_TITLE_WORDS = 20  # a longer line is no title
_CAPITALISED_SHARE = 0.6
_MIN_CONTENT_WORDS = 2
_STOPS = frozenset({",", ";", ":", "—", "–", "--", ".", "!", "?"})


def title_attributions(chunks: Sequence[ParsedChunk], marked: SpanIndex) -> list[Attribution]:
    found: list[Attribution] = []
    for chunk in chunks:
        for sentence in chunk.sentences():
            if _title_cased(sentence):
                found.extend(_title_reports(chunk, sentence, marked))
    return found


def _title_cased(sentence: SpacySpan) -> bool:
    words = [t for t in sentence if t.is_alpha]
    if not words or len(words) > _TITLE_WORDS:
        return False
    capitalised = [t for t in words if t.text[0].isupper()]
    return len(capitalised) >= _CAPITALISED_SHARE * len(words)


def _title_reports(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex
) -> Iterator[Attribution]:
    vocabulary = cues()
    for cue in sentence[1:]:
        if vocabulary.forms.get(cue.lower_) not in _TITLE_VERBS or cue.lower_.endswith("ing"):
            continue
        speaker = cue.nbor(-1)
        if speaker.pos_ not in ("PROPN", "NOUN") or chunk.quoted(cue, marked):
            continue
        last = _content_end(sentence, cue)
        if last is None:
            continue
        content = trimmed(chunk, cue.nbor(1), last)
        if content is not None:
            yield Attribution(
                cue=chunk.token_span(cue),
                speaker=mention_from_token(chunk, speaker),
                content=content,
                sentence=sentence_span(chunk, sentence),
                frame="ccomp",
            )


def _content_end(sentence: SpacySpan, cue: Token) -> Token | None:
    last: Token | None = None
    for token in sentence.doc[cue.i + 1 : sentence.end]:
        if token.text in _STOPS or token.is_space:
            break
        last = token
    if last is None or last.i - cue.i < _MIN_CONTENT_WORDS:
        return None
    return last
