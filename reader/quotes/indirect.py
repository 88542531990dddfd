"""Speech cues in the dependency parse: who speaks (the subject) and what (the complement).

One `Attribution` per cue: a verb from cues.json (`said that ...`, `described X
as Y`, `praised X`), a cue noun (`a warning that ...`) or `according to X`.
Content boundaries come from the parse but are cut at the sentence's other
attributions, since the small model often attaches clauses loosely.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.documents.model import Span
from reader.quotes.frames import FRAME_FINDERS, following_that, prep_bounds
from reader.quotes.lexicon import CueVerb, cues
from reader.quotes.mentions import Mention, mention_from_token
from reader.quotes.parsed import ParsedChunk, SpanIndex, inside_any
from reader.quotes.subjects import can_speak, find_speaker_token
from reader.quotes.subjects import speaker_token as speaker_token_of

_TRIM = " \t\n,;:.-–—"


@dataclass(frozen=True)
class Attribution:
    cue: Span
    speaker: Mention | None
    content: Span | None  # the reported words; None when the cue takes none here
    sentence: Span
    colon_end: int | None = None  # just past a colon that introduces the speaker's words
    frame: str = "ccomp"


def find_attributions(chunks: list[ParsedChunk], marked: SpanIndex) -> list[Attribution]:
    found: list[Attribution] = []
    for chunk in chunks:
        for sentence in chunk.sentences():
            found.extend(_sentence_attributions(chunk, sentence, marked))
    return found


def _sentence_attributions(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex
) -> Iterator[Attribution]:
    for token in sentence:
        if inside_any(chunk.token_span(token), marked):
            continue  # a cue inside a quote belongs to the quoted speaker's own words
        attribution = _attribution_for(chunk, sentence, token, marked)
        if attribution is not None:
            yield attribution


def _attribution_for(
    chunk: ParsedChunk, sentence: SpacySpan, token: Token, marked: SpanIndex
) -> Attribution | None:
    vocabulary = cues()
    followed_by_to = token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"
    if token.lower_ in vocabulary.according and followed_by_to:
        return _according_to(chunk, sentence, token)
    if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound"):
        verb = vocabulary.verb_for(token.lemma_, token.text)
        if verb is not None:
            return _verb_attribution(chunk, sentence, token, verb, marked)
    if token.pos_ == "NOUN" and vocabulary.is_cue_noun(token.text):
        return _noun_attribution(chunk, sentence, token, marked)
    return None


def _verb_attribution(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, verb: CueVerb, marked: SpanIndex
) -> Attribution | None:
    if _is_passive(cue):
        return None  # "Ukraine was told ..." names the listener, not the speaker
    speaker_token = speaker_token_of(cue)
    if speaker_token is not None and inside_any(chunk.token_span(speaker_token), marked):
        speaker_token = None  # the parser took a word of the quote for the cue's subject
    if verb.person_subject and not can_speak(speaker_token):
        return None
    speaker = mention_from_token(chunk, speaker_token) if speaker_token is not None else None
    content, frame = _verb_content(chunk, sentence, cue, verb, marked)
    if content is None and verb.frames.isdisjoint({"ccomp"}) and frame != "quoted":
        return None  # "attacked Kyiv": without its frame this is no speech cue
    if speaker is None and content is None:
        return None
    return Attribution(
        cue=chunk.token_span(cue),
        speaker=speaker,
        content=content,
        sentence=_sentence_span(chunk, sentence),
        colon_end=_colon_after(chunk, sentence, cue, marked),
        frame=frame,
    )


def _is_passive(cue: Token) -> bool:
    has_agent = any(c.dep_ == "agent" for c in cue.children)
    return not has_agent and any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children)


def _verb_content(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, verb: CueVerb, marked: SpanIndex
) -> tuple[Span | None, str]:
    purpose = cue.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in cue.children
    )
    for frame in ("ccomp", "as", "oprd", "dobj", "xcomp", "prep"):
        if frame not in verb.frames or (purpose and frame in ("dobj", "prep")):
            continue  # "met to discuss the budget": a plan, not a stance
        bounds = (
            prep_bounds(cue, verb.preps) if frame == "prep" else FRAME_FINDERS[frame](sentence, cue)
        )
        if bounds is not None:
            first, last = bounds
            if frame == "ccomp" and first.i > cue.i:
                last = _reported_end(sentence, cue, first, marked, chunk)
            span = _trimmed(chunk, first, last)
            if span is not None and frame in ("dobj", "prep") and chunk.is_headline:
                # "Board backs container yard" is news, not a stance; "Union accuses
                # university of 'betrayal'" still credits the words in marks.
                return None, ("quoted" if marked.overlapping(span) else "none")
            if span is not None:
                return span, frame
    return None, "none"


def _reported_end(
    sentence: SpacySpan, cue: Token, first: Token, marked: SpanIndex, chunk: ParsedChunk
) -> Token:
    """The rest of the sentence after the cue, cut where another attribution begins."""
    sentence_end = chunk.token_span(sentence[-1]).end
    for token in sentence[first.i - sentence.start + 1 :]:
        span = chunk.token_span(token)
        if inside_any(span, marked):
            continue
        beyond = _opens_quote_beyond(span, marked, sentence_end)
        cut = token if beyond else _other_attribution(token, cue)
        if cut is not None:
            return _before_joiners(cut.nbor(-1), first) if cut.i > first.i else first
    return sentence[-1]


def _opens_quote_beyond(span: Span, marked: SpanIndex, sentence_end: int) -> bool:
    """A quote that opens here runs past the sentence: it is the direct quote, not reported."""
    near = marked.overlapping(Span(span.start, span.end + 2))
    return any(span.start <= m.start <= span.end + 1 and m.end > sentence_end for m in near)


def _before_joiners(token: Token, first: Token) -> Token:
    """Back off over the `, and` / `, but` that joined the next clause."""
    while token.i > first.i and (token.is_punct or token.pos_ == "CCONJ"):
        token = token.nbor(-1)
    return token


def _other_attribution(token: Token, cue: Token) -> Token | None:
    """The first token of another attribution starting at `token`, if one does."""
    if token.text in (":", ";"):
        return token
    if token.lower_ in cues().according and token.i + 1 < len(token.doc):
        return token if token.nbor(1).lower_ == "to" else None
    own_subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    is_cue = cues().verb_for(token.lemma_, token.text) is not None and token.pos_ == "VERB"
    if own_subject is not None and is_cue and token.dep_ not in _COMPLEMENT_DEPS:
        return min(own_subject.left_edge, token, key=lambda t: t.i)  # ", and Zelensky said"
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if own_subject is not None and is_cue and token.dep_ == "advcl" and token.i > cue.i:
        # ", although the authors caution that ...", not "for the judge to criticize ..."
        return None if infinitive else token.left_edge
    if own_subject is not None and token.dep_ == "conj" and _after_comma_and(token):
        return token.left_edge  # "..., but for the party it is a gift": the writer's words
    second_report = is_cue and own_subject is None and token.dep_ == "conj" and token.i > cue.i
    if second_report and any(c.dep_ == "ccomp" for c in token.children):
        return token.left_edge  # "... momentum, and said that ...": a report of its own
    if token.head.i == cue.i and token.dep_ in ("advcl", "conj"):
        third_person = own_subject is not None and own_subject.lower_ not in _FIRST_PERSON_WORDS
        return token.left_edge if is_cue or third_person else None
    return None


def _after_comma_and(token: Token) -> bool:
    """The clause of `token` opens with ", and" / ", but" (not ", and that ...", which goes on
    reporting)."""
    start = token.left_edge.i
    if start < 2 or token.left_edge.lower_ in ("that", "whether"):
        return False
    joiner, comma = token.doc[start - 1], token.doc[start - 2]
    return joiner.pos_ == "CCONJ" and comma.text == ","


_FIRST_PERSON_WORDS = frozenset({"i", "we", "me", "us"})
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "pcomp", "advcl", "relcl", "acl"})


def _trimmed(chunk: ParsedChunk, first: Token, last: Token) -> Span | None:
    if last.i < first.i:
        return None
    span = chunk.tokens_span(first, last)
    text = chunk.doc.text
    start, end = span.start - chunk.base, span.end - chunk.base
    while start < end and (text[start] in _TRIM or text[start] in "\"'“”‘’"):
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if end - start < 2:
        return None
    return Span(chunk.base + start, chunk.base + end)


def _colon_after(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, marked: SpanIndex
) -> int | None:
    for token in sentence[cue.i - sentence.start + 1 :]:
        if token.text == ":" and not inside_any(chunk.token_span(token), marked):
            return chunk.token_span(token).end
        if token.text == ";":
            return None
    return None


def _noun_attribution(
    chunk: ParsedChunk, sentence: SpacySpan, noun: Token, marked: SpanIndex
) -> Attribution | None:
    that = following_that(sentence, noun)
    if that is None or that.i != noun.i + 1:
        return None  # "a warning" without its "that"-clause reports nothing
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    speaker_token = owner if owner is not None else find_speaker_token(noun)
    last = _reported_end(sentence, noun, that.nbor(1), marked, chunk)
    return Attribution(
        cue=chunk.token_span(noun),
        speaker=mention_from_token(chunk, speaker_token) if speaker_token is not None else None,
        content=_trimmed(chunk, that.nbor(1), last),
        sentence=_sentence_span(chunk, sentence),
        frame="noun",
    )


def _according_to(chunk: ParsedChunk, sentence: SpacySpan, according: Token) -> Attribution | None:
    to = according.nbor(1)
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase_end = max(source.right_edge.i, to.i)
    if according.i - sentence.start > sentence.end - 1 - phrase_end:
        first, last = (
            sentence[0],
            according.nbor(-1) if according.i > sentence.start else sentence[0],
        )
    else:
        first, last = sentence.doc[phrase_end + 1], sentence[-1]
    return Attribution(
        cue=chunk.tokens_span(according, to),
        speaker=mention_from_token(chunk, source),
        content=_trimmed(chunk, first, last),
        sentence=_sentence_span(chunk, sentence),
        frame="according",
    )


def _sentence_span(chunk: ParsedChunk, sentence: SpacySpan) -> Span:
    return chunk.tokens_span(sentence[0], sentence[-1])
