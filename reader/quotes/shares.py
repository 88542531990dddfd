"""A share of people before a speech or stance verb the parser did not read as a verb.

`One in five say it will fail`, `..., and more than 4 in 10 said the mayor would be best`:
after a number the small parser often tags "say" as a noun (`in five say`) or a modifier of
the next noun (`said billionaire ...`), and no cue is found. A form of "say" right after
a number or a percentage is the verb: the share speaks, and the rest of the
sentence is what it said.

A poll's stance verbs are misread the same way: `Two-thirds support raising the levy`,
`Forty percent back the mayor`, `Six in 10 favor the plan`, `Voters under 30 support her by
eight points` (the verb taken for a noun or a preposition). Another cue verb of the lexicon
right after a share counts only when the share opens its clause (not `won with 38 percent
support`, `his 32 percent support gives him`) and an object follows the verb (not `40
percent support in the state`, `60 percent support;`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.asides import clause_end
from reader.quotes.counted import share_words
from reader.quotes.lexicon import cues
from reader.quotes.mentions import Mention, MentionKind, mention_from_token
from reader.quotes.parsed import ParsedChunk, SpanIndex, in_each_sentence
from reader.quotes.reach import Attribution, sentence_span, trimmed

_SAY = "say"  # only "say" is so misread; `five states`, `28 points` are nouns indeed
_SHARE_ENTS = frozenset({"CARDINAL", "PERCENT"})
_SHARE_WORDS = frozenset({"percent", "%"})
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# What may open a stance verb's object: `support [the] plan`, `back [Lee]`, `favor [raising]`.
_OBJECT_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"})
# What may stand before a share that opens its clause: the sentence start, a comma or a
# conjunction (`..., while 40 percent back her`, `found that two-thirds support it`).
_CLAUSE_OPENERS = frozenset({"CCONJ", "SCONJ", "PUNCT"})
_AGE_BOUNDS = frozenset({"under", "over"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_PEOPLE_MODIFIERS = frozenset({"ADJ", "DET"})  # `young women`, `the voters`


def share_attributions(chunks: Sequence[ParsedChunk], marked: SpanIndex) -> list[Attribution]:
    return in_each_sentence(chunks, marked, _sentence_shares)


def _sentence_shares(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex
) -> Iterator[Attribution]:
    for cue in sentence:
        lemma = _cue_lemma(cue)
        if lemma is None or cue.lower_.endswith("ing"):
            continue  # not `five states`, `28 points`, `first reported by`
        if cue.pos_ == "VERB" and cue.tag_ in _VERB_TAGS and cue.dep_ not in ("amod", "compound"):
            continue  # read as a verb: the parse's attribution holds
        if cue.i <= sentence.start or cue.i + 1 >= sentence.end or chunk.quoted(cue, marked):
            continue
        share = cue.nbor(-1)
        if lemma == _SAY:
            speaker = mention_from_token(chunk, share) if _is_share(share) else None
        else:
            speaker = _stance_holder(chunk, sentence, cue)
        if speaker is None:
            continue
        attribution = _attribution(chunk, sentence, cue, speaker, marked, lemma)
        if attribution is not None:
            yield attribution


def _cue_lemma(cue: Token) -> str | None:
    vocabulary = cues()
    low = cue.lower_
    return vocabulary.forms.get(low) or vocabulary.act_forms.get(low)


def _is_share(token: Token) -> bool:
    return token.like_num or token.ent_type_ in _SHARE_ENTS or token.lower_ in _SHARE_WORDS


def _stance_holder(chunk: ParsedChunk, sentence: SpacySpan, cue: Token) -> Mention | None:
    """The share that opens the clause right before a misread stance verb, if any."""
    if cue.nbor(1).pos_ not in _OBJECT_POS and cue.nbor(1).tag_ != "VBG":
        return None  # `40 percent support in the state`, `60 percent support;`
    words = share_words(cue.nbor(-1)) or _aged_group(cue.nbor(-1))
    if words is None:
        return None
    first = words[0]
    if first.i > sentence.start and first.nbor(-1).pos_ not in _CLAUSE_OPENERS:
        return None  # `won with 38 percent support`, `his 32 percent support gives him`
    span = chunk.tokens_span(first, words[-1])
    text = chunk.text_of(span)
    return Mention(span=span, text=text, kind=MentionKind.GROUP, plural=True)


def _aged_group(age: Token) -> list[Token] | None:
    """`Voters under 30`, `young women over 65`: people counted by their age."""
    if not age.like_num or age.i < 2 or age.nbor(-1).lower_ not in _AGE_BOUNDS:
        return None
    people = age.nbor(-2)
    if people.tag_ not in _PLURAL_TAGS:
        return None
    first = people
    while first.i > 0 and first.nbor(-1).pos_ in _PEOPLE_MODIFIERS:
        first = first.nbor(-1)
    return list(age.doc[first.i : age.i + 1])


def _attribution(
    chunk: ParsedChunk,
    sentence: SpacySpan,
    cue: Token,
    speaker: Mention,
    marked: SpanIndex,
    lemma: str,
) -> Attribution | None:
    first = cue.nbor(1)
    if first.is_punct:
        return None
    last = clause_end(sentence, first, marked, chunk)
    if last is None or (last.i == first.i and lemma == _SAY):
        return None
    content = trimmed(chunk, first, last)
    if content is None:
        return None
    return Attribution(
        cue=chunk.token_span(cue),
        speaker=speaker,
        content=content,
        sentence=sentence_span(chunk, sentence),
        frame="ccomp" if lemma == _SAY else "dobj",
    )
