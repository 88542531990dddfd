"""A share of people before a speech verb the parser did not read as a verb.

`One in five say it will fail`, `..., and more than 4 in 10 said the mayor would be best`:
after a number the small parser often tags "say" as a noun (`in five say`) or a modifier of
the next noun (`said billionaire ...`), and no cue is found. A form of "say" right after
a number or a percentage is the verb: the share speaks, and the rest of the
sentence is what it said.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.asides import clause_end
from reader.quotes.lexicon import cues
from reader.quotes.mentions import mention_from_token
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution, sentence_span, trimmed

_SAY = "say"  # only "say" is so misread; `five states`, `28 points` are nouns indeed
_SHARE_ENTS = frozenset({"CARDINAL", "PERCENT"})
_SHARE_WORDS = frozenset({"percent", "%"})
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def share_attributions(chunks: Sequence[ParsedChunk], marked: SpanIndex) -> list[Attribution]:
    found: list[Attribution] = []
    for chunk in chunks:
        for sentence in chunk.sentences():
            found.extend(_sentence_shares(chunk, sentence, marked))
    return found


def _sentence_shares(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex
) -> Iterator[Attribution]:
    vocabulary = cues()
    for cue in sentence:
        if vocabulary.forms.get(cue.lower_) != _SAY or cue.lower_.endswith("ing"):
            continue  # not `five states`, `28 points`, `first reported by`
        if cue.pos_ == "VERB" and cue.tag_ in _VERB_TAGS and cue.dep_ not in ("amod", "compound"):
            continue  # read as a verb: the parse's attribution holds
        if cue.i <= sentence.start or cue.i + 1 >= sentence.end:
            continue
        share = cue.nbor(-1)
        if not _is_share(share) or chunk.quoted(cue, marked):
            continue
        attribution = _attribution(chunk, sentence, cue, share, marked)
        if attribution is not None:
            yield attribution


def _is_share(token: Token) -> bool:
    return token.like_num or token.ent_type_ in _SHARE_ENTS or token.lower_ in _SHARE_WORDS


def _attribution(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, share: Token, marked: SpanIndex
) -> Attribution | None:
    first = cue.nbor(1)
    if first.is_punct:
        return None
    last = clause_end(sentence, first, marked, chunk)
    if last is None or last.i == first.i:
        return None
    content = trimmed(chunk, first, last)
    if content is None:
        return None
    return Attribution(
        cue=chunk.token_span(cue),
        speaker=mention_from_token(chunk, share),
        content=content,
        sentence=sentence_span(chunk, sentence),
        frame="ccomp",
    )
