"""Attribution tags set off by commas, read from the surface when the parse misses them.

`The plan, the mayor told them, was cheap.`, `Rents rose, officials said Tuesday, and
wages fell.`, `Rents rose sharply, the agency reported in May.`, `Rents rose, said the
agency's director, Ana Ruiz.`: the small parser hangs such a tag as parataxis, a conjunct
or an adverbial of the clause it reports (or takes the verb for a noun), and the cue then
finds no complement. The tag's shape is regular: a comma (or dash), a short subject phrase,
a speech verb of the lexicon that takes a clause, at most a listener and a time or place,
then a comma, a dash or the sentence end. The reported words are the clause around it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.documents.model import Span
from reader.quotes.lexicon import cues, people
from reader.quotes.mentions import mention_from_token
from reader.quotes.parsed import ParsedChunk, SpanIndex, in_each_sentence
from reader.quotes.reach import Attribution, sentence_span, trimmed
from reader.quotes.subjects import can_speak

_OPENERS = frozenset({",", "--", "—", "–"})
_DASHES = frozenset({"--", "—", "–"})
_ENDS = frozenset({".", "!", "?"})
# What a speaker phrase is made of (`the company's former chief, Ana Ruiz`, `a spokesman
# for the ministry`), and what may follow the verb before the tag closes (`told a Senate
# panel on Wednesday`, `reported in 2014`, `said in an interview`).
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART", "ADP", "CCONJ"})
_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART"})
# Verbs whose object is the listener, which a tag may name: `the aide told reporters,`.
_TELLING = frozenset({"tell", "assure", "inform", "remind", "warn", "advise", "brief"})
_NAMING_POS = frozenset({"NOUN", "PROPN", "PRON"})
_PHRASE_TOKENS = 10  # the longest speaker phrase, an appositive name included
_TAIL_TOKENS = 8
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_TAG_FORMS = frozenset({"VBD", "VBZ", "VBP", "VBN"})  # `said` is often tagged a participle
_NOT_IN_PHRASE = frozenset({"who", "whom", "which", "that", "what", "according", "as", "if"})
_NOT_IN_TAIL = frozenset({"that", "if", "whether", "to", "how", "what", "why", "as"})
# A tag's own continuation, not more of the report: `he said, wiping his brow`,
# `she said, on condition of anonymity`.
_OWN_DEPS = frozenset({"advcl", "prep", "npadvmod", "xcomp", "acl"})


@dataclass(frozen=True, slots=True)
class _Tag:
    """Where a comma-bound tag sits: the mark opening it, the speaker's head word and the
    mark closing it (None at the sentence end, and after a verb that comes first:
    `, said X.`)."""

    opening: Token
    speaker: Token
    closing: Token | None


def aside_attributions(chunks: Sequence[ParsedChunk], marked: SpanIndex) -> list[Attribution]:
    return in_each_sentence(chunks, marked, _sentence_asides)


def with_asides(found: list[Attribution], asides: list[Attribution]) -> list[Attribution]:
    """The asides whose cue the parse gave no reported words: the parse's reading wins."""
    read = {a.cue for a in found if a.content is not None}
    return found + [a for a in asides if a.cue not in read]


def _sentence_asides(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex
) -> Iterator[Attribution]:
    vocabulary = cues()
    for cue in sentence:
        verb = vocabulary.verb_for(vocabulary.forms.get(cue.lower_, ""), cue.text)
        if verb is None or "ccomp" not in verb.frames or cue.pos_ != "VERB":
            continue
        if cue.tag_ not in _TAG_FORMS:
            continue  # not `saying`, `to say`
        if chunk.quoted(cue, marked):
            continue
        tag = _tag_at(sentence, cue)
        if tag is None or not can_speak(tag.speaker):
            continue
        attribution = _attribution(chunk, sentence, cue, tag, marked)
        if attribution is not None:
            yield attribution


def _tag_at(sentence: SpacySpan, cue: Token) -> _Tag | None:
    if cue.i - 1 <= sentence.start:
        return None
    subject_before = any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children)
    if cue.nbor(-1).text == "," and not subject_before and cue.lemma_.lower() not in _TELLING:
        return _inverted_tag(sentence, cue)  # not `, his aide, Tom Park, told reporters`
    opening = _phrase_opening(sentence, cue)
    if opening is None:
        return None
    closing = _tail_closing(sentence, cue)
    if closing is None:
        return None
    phrase = [t for t in sentence.doc[opening.i + 1 : cue.i] if not _opening_as(t)]
    speaker = _speaker_in([t for t in phrase if t.pos_ != "ADV"])
    if speaker is None:
        return None
    return _Tag(opening, speaker, closing if closing.text not in _ENDS else None)


def _phrase_opening(sentence: SpacySpan, cue: Token) -> Token | None:
    """The mark before the speaker phrase: the nearest comma or dash, or the one before an
    appositive name (`, his aide, Tom Park, told`). Adverbs may stand before the verb
    (`the paper first reported`) and `as` may open the tag (`, as the paper reported,`)."""
    end = _before_adverbs(sentence, cue)
    opening: Token | None = None
    for token in reversed(sentence.doc[max(sentence.start + 1, end - _PHRASE_TOKENS) : end]):
        if token.text not in _OPENERS:
            if not _phrase_word(token) and not _opening_as(token):
                break
            continue
        phrase = sentence.doc[token.i + 1 : end]
        if any(t.pos_ in _NAMING_POS for t in phrase if t.text not in _OPENERS):
            opening = token
            if not _appositive_name(phrase):
                break
        if token.text in _DASHES:
            break
    return _named_before(sentence, opening) if opening is not None else None


def _before_adverbs(sentence: SpacySpan, cue: Token) -> int:
    """Where the speaker phrase ends: before up to two adverbs next to the verb."""
    end = cue.i
    while end > cue.i - 2 and end - 1 > sentence.start and sentence.doc[end - 1].pos_ == "ADV":
        end -= 1
    return end


def _opening_as(token: Token) -> bool:
    return token.lower_ == "as" and token.i > 0 and token.nbor(-1).text in _OPENERS


def _named_before(sentence: SpacySpan, opening: Token) -> Token | None:
    """`Ana Ruiz, the county's planner, said`: a name right before the role the opening
    starts is the speaker phrase's start; after a quote mark it is a direct quote's tag."""
    index = opening.i - 1
    while index > sentence.start and sentence.doc[index].ent_type_ == "PERSON":
        index -= 1
    if index == opening.i - 1:
        return opening
    before = sentence.doc[index]
    if before.is_quote:
        return None
    return before if before.text == "," else opening


def _phrase_word(token: Token) -> bool:
    return token.pos_ in _PHRASE_POS and token.lower_ not in _NOT_IN_PHRASE


def _appositive_name(phrase: SpacySpan) -> bool:
    """`Tom Park,`: a name closed by a comma, which a role before it may introduce."""
    words = [t for t in phrase if t.text != ","]
    return bool(words) and phrase[-1].text == "," and all(t.pos_ == "PROPN" for t in words)


def _tail_closing(sentence: SpacySpan, cue: Token) -> Token | None:
    """The comma, dash or stop ending the tag: after `cue`, only a listener for a verb of
    telling (`told a Senate panel`) and phrases of time or place (`on Wednesday`, `in
    2014`, `in an interview`, `later`). An object (`found the files`) is no tag's."""
    doc = sentence.doc
    end = min(sentence.end, cue.i + 2 + _TAIL_TOKENS)
    index = cue.i + 1
    if cue.lemma_.lower() in _TELLING:
        while index < end and doc[index].pos_ in _NOUN_PHRASE_POS and not _timed(doc[index]):
            index += 1
        if index > cue.i + 1 and not _listener(doc[cue.i + 1 : index]):
            return None  # `told the story of ...`: what was told, not whom
    in_phrase = False
    for token in doc[index:end]:
        if token.text in _OPENERS or token.text in _ENDS:
            return token
        if token.is_quote or token.lower_ in _NOT_IN_TAIL or token.tag_ in _FINITE_TAGS:
            return None
        if token.pos_ == "ADP":
            in_phrase = True
        elif not (_timed(token) or (in_phrase and token.pos_ in _NOUN_PHRASE_POS)):
            return None
    return None


def _listener(phrase: SpacySpan) -> bool:
    """Whom a tag's verb of telling names: a pronoun, a name, or people (`reporters`)."""
    head = phrase[-1]
    if head.pos_ in ("PRON", "PROPN"):
        return True
    words = people()
    lemma = head.lemma_.lower()
    return lemma in _AUDIENCES or lemma in words.role_nouns or head.lower_ in words.group_nouns


# People a speaker tells who are not in people.json's roles and groups.
_AUDIENCES = frozenset(
    {
        "reporter",
        "journalist",
        "audience",
        "crowd",
        "panel",
        "supporter",
        "viewer",
        "reader",
        "listener",
        "interviewer",
        "host",
        "delegate",
        "donor",
        "congress",
        "senate",
        "hearing",
        "rally",
        "gathering",
        "group",
    }
)


def _timed(token: Token) -> bool:
    return token.ent_type_ in ("DATE", "TIME") or token.pos_ == "ADV"


def _inverted_tag(sentence: SpacySpan, cue: Token) -> _Tag | None:
    """`..., said the agency's director, Ana Ruiz.` (perhaps `, who ...` after the name)."""
    phrase: list[Token] = []
    for token in sentence.doc[cue.i + 1 : sentence.end]:
        if token.text in _ENDS or token.lower_ in ("who", "whose"):
            break
        if token.text != "," and not _phrase_word(token):
            return None
        phrase.append(token)
    words = [t for t in phrase if t.text != ","]
    if not words or len(words) > _PHRASE_TOKENS:
        return None
    speaker = _speaker_in(phrase)
    if speaker is None:
        return None
    return _Tag(cue.nbor(-1), speaker, None)


def _speaker_in(phrase: Sequence[Token]) -> Token | None:
    """A named person in the phrase, else the head of its first noun phrase."""
    named = [t for t in phrase if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
    if named:
        return named[-1]
    head: Token | None = None
    for token in phrase:
        if token.text == "," or token.pos_ == "ADP":
            break
        if token.pos_ in _NAMING_POS:
            head = token
    return head


def _attribution(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, tag: _Tag, marked: SpanIndex
) -> Attribution | None:
    before_last = tag.opening.nbor(-1)
    if before_last.is_quote or before_last.i <= sentence.start:
        return None  # `"...," she said, ...`: a direct quote's tag, found with its marks
    words_before = sentence.doc[sentence.start : tag.opening.i]
    if sentence[0].pos_ == "SCONJ" and not any(t.text == "," for t in words_before):
        return None  # `As the paper reported, police found ...`: no clause of its own before
    before = trimmed(chunk, sentence[0], before_last)
    after = _after(chunk, sentence, cue, tag, marked)
    clause_before = any(t.tag_ in _FINITE_TAGS for t in words_before)
    clause_after = after is not None and _clause(sentence.doc[after[0].i : after[1].i + 1])
    if before is None or not (clause_before or clause_after):
        return None  # "In a briefing, she added." reports no clause
    parts: tuple[Span, ...] = ()
    content = before
    if after is not None:
        second = trimmed(chunk, after[0], after[1])
        if second is not None:
            parts = (before, second)
            content = Span(before.start, second.end)
    return Attribution(
        cue=chunk.token_span(cue),
        speaker=mention_from_token(chunk, tag.speaker),
        content=content,
        sentence=sentence_span(chunk, sentence),
        frame="ccomp",
        parts=parts,
    )


def _clause(words: SpacySpan) -> bool:
    """The rest of a clause the tag interrupts (`..., was cheap`), not a relative clause on
    the last word before the tag (`told the story of Nineveh, which was ...`)."""
    if words[0].lower_ in _NOT_IN_PHRASE:
        return False
    return any(t.tag_ in _FINITE_TAGS for t in words)


def _after(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, tag: _Tag, marked: SpanIndex
) -> tuple[Token, Token] | None:
    """The rest of the reported clause after a tag that closes with a comma."""
    closing = tag.closing
    if closing is None or closing.text != "," or closing.i + 1 >= sentence.end:
        return None
    if _opening_as(tag.opening.nbor(1)):
        return None  # `..., as the paper reported, and ...`: the tag ends its clause
    first = closing.nbor(1)
    if first.is_quote or first.tag_ == "VBG" or first.lower_ in cues().according:
        return None
    if first.pos_ != "CCONJ" and first.head.i == cue.i and first.dep_ in _OWN_DEPS:
        return None
    last = clause_end(sentence, first, marked, chunk)
    return (first, last) if last is not None else None


def clause_end(
    sentence: SpacySpan, first: Token, marked: SpanIndex, chunk: ParsedChunk
) -> Token | None:
    """The sentence's end, unless a semicolon, colon, dash or another speech verb's subject
    (`..., and the union said ...`) ends the clause first."""
    vocabulary = cues()
    stop = sentence.end
    for token in sentence.doc[first.i : sentence.end]:
        if chunk.quoted(token, marked):
            continue
        if token.text in (";", ":") or token.text in _DASHES:
            stop = token.i
            break
        according = token.lower_ in vocabulary.according and token.i + 1 < sentence.end
        if according and token.nbor(1).lower_ == "to":
            stop = token.i  # `..., according to X`: another attribution
            break
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and vocabulary.verb_for(token.lemma_, token.text) is not None:
            stop = min(subject.left_edge.i, token.i)
            break
    end = stop - 1
    while end >= first.i and (sentence.doc[end].is_punct or sentence.doc[end].pos_ == "CCONJ"):
        end -= 1
    return sentence.doc[end] if end >= first.i else None
