"""Speech cues in the dependency parse: who speaks (the subject) and what (the complement).

One `Attribution` per cue: a verb from cues.json (`said that ...`, `described X
as Y`, `praised X`), a cue noun (`a warning that ...`) or `according to X`.
Content boundaries come from the parse but are cut at the sentence's other
attributions, since the small model often attaches clauses loosely.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.documents.model import Span
from reader.quotes.acts import FRAME as ACT
from reader.quotes.acts import only_seems
from reader.quotes.contractions import contracted_perfect
from reader.quotes.evidence import evidence_finding, misparsed_aside
from reader.quotes.finite_clauses import finite_clause
from reader.quotes.frames import FRAME_FINDERS, following_that, prep_bounds
from reader.quotes.hedges import hedged_report
from reader.quotes.intents import weighed_report
from reader.quotes.lexicon import CueVerb, cues
from reader.quotes.mentions import mention_from_token
from reader.quotes.object_bounds import may_speak
from reader.quotes.parsed import ParsedChunk, SpanIndex, in_each_sentence
from reader.quotes.passives import passive_report
from reader.quotes.perspective import OPENING_WORDS, opening_attribution
from reader.quotes.poll_findings import poll_finding
from reader.quotes.positions import (
    infinitive_after,
    is_purpose,
    listed_object,
    misread_verb,
    passive_object,
)
from reader.quotes.reach import Attribution as Attribution  # re-exported: the record callers use
from reader.quotes.reach import reported_end, sentence_span, trimmed
from reader.quotes.stances import adjective_attribution, noun_attribution
from reader.quotes.subjects import find_speaker_token as find_speaker_token  # re-exported
from reader.quotes.subjects import speaker_token as speaker_token_of


def find_attributions(chunks: list[ParsedChunk], marked: SpanIndex) -> list[Attribution]:
    return in_each_sentence(chunks, marked, _sentence_attributions)


def _sentence_attributions(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex
) -> Iterator[Attribution]:
    for token in sentence:
        if chunk.quoted(token, marked):
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
    if token.lower_ in OPENING_WORDS and token.dep_ == "prep":
        opening = opening_attribution(chunk, sentence, token, marked)
        return opening or poll_finding(chunk, sentence, token)
    verbal = token.pos_ in ("VERB", "AUX") or misread_verb(token)
    if verbal and token.dep_ not in ("amod", "compound"):
        # a speech cue, or a deed that shows a position ("voted for", "focused on")
        verb = vocabulary.verb_for(token.lemma_, token.text) or vocabulary.act_for(
            token.lemma_, token.text
        )
        found = _verb_attribution(chunk, sentence, token, verb, marked) if verb else None
        if found is not None and found.content is not None:
            return found
        hedged = hedged_report(chunk, sentence, token, marked)  # "is expected to", "seems to"
        hedged = hedged or weighed_report(chunk, sentence, token, marked)  # "is mulling running"
        if hedged is not None:
            return hedged
        finding = evidence_finding(chunk, sentence, token, marked)
        return finding or misparsed_aside(chunk, sentence, token, marked) or found
    if token.pos_ == "NOUN" and vocabulary.is_cue_noun(token.text):
        found = _noun_attribution(chunk, sentence, token, marked)
        return found or noun_attribution(chunk, sentence, token, marked)
    if token.pos_ == "NOUN" and vocabulary.is_stance_noun(token.text):
        return noun_attribution(chunk, sentence, token, marked)
    if token.pos_ == "ADJ" and token.lower_ in vocabulary.stance_adjectives:
        return adjective_attribution(chunk, sentence, token, marked)
    if token.pos_ in ("ADJ", "ADV"):
        return hedged_report(chunk, sentence, token, marked)  # "reportedly", "it is unclear"
    if token.pos_ in ("NOUN", "PROPN"):
        return misparsed_aside(chunk, sentence, token, marked)  # "..., city records show."
    return None


def _verb_attribution(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, verb: CueVerb, marked: SpanIndex
) -> Attribution | None:
    positioned = passive_object(chunk, sentence, cue, verb, marked)
    if positioned is not None and cues().acts.get(verb.lemma) is verb:
        return replace(positioned, frame=ACT)  # "a bill passed by the House": a deed
    if positioned is not None:
        return positioned  # "the bill, opposed by the union": the union's position
    perfect = contracted_perfect(sentence, cue, verb)  # "she's said that ...": has said
    if perfect is None and _is_passive(cue):
        # "Ukraine was told ..." names the listener, not the speaker; "Aides are said
        # to oppose it" is a report with no named source.
        return passive_report(chunk, sentence, cue, verb, marked)
    speaker_token = perfect or speaker_token_of(cue)
    if speaker_token is not None and chunk.quoted(speaker_token, marked):
        speaker_token = None  # the parser took a word of the quote for the cue's subject
    if verb.person_subject and (speaker_token is None or not may_speak(speaker_token)):
        return None  # "Texas backed the plan"; "two-thirds of the voters back it" speak
    speaker = mention_from_token(chunk, speaker_token) if speaker_token is not None else None
    content, frame = _verb_content(chunk, sentence, cue, verb, marked)
    if content is not None and cues().acts.get(verb.lemma) is verb:
        if speaker is None or only_seems(cue):
            return None  # "a film focused on the war": a deed needs a doer
        frame = ACT  # a deed that shows a position, not speech
    if content is None and verb.frames.isdisjoint({"ccomp"}) and frame != "quoted":
        return None  # "attacked Kyiv": without its frame this is no speech cue
    if speaker is None and content is None:
        return None
    return Attribution(
        cue=chunk.token_span(cue),
        speaker=speaker,
        content=content,
        sentence=sentence_span(chunk, sentence),
        colon_end=_colon_after(chunk, sentence, cue, marked),
        frame=frame,
    )


def _is_passive(cue: Token) -> bool:
    has_agent = any(c.dep_ == "agent" for c in cue.children)
    return not has_agent and any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children)


def _verb_content(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, verb: CueVerb, marked: SpanIndex
) -> tuple[Span | None, str]:
    # "met to discuss the budget" is a plan; "went on the radio to praise X" praised X
    purpose = is_purpose(cue) and not (verb.in_purpose and cue.dep_ == "advcl")
    for frame in ("ccomp", "as", "oprd", "dobj", "xcomp", "prep", "like"):
        if frame not in verb.frames or (purpose and frame in ("dobj", "prep")):
            continue  # "met to discuss the budget": a plan, not a stance
        if frame in ("dobj", "prep") and not listed_object(cue, verb):
            continue  # "signed the ball", "cast doubt on": only the listed objects count
        bounds = (
            prep_bounds(cue, verb.preps, bool(verb.objects))
            if frame == "prep"
            else FRAME_FINDERS[frame](sentence, cue)
        )
        if bounds is not None:
            first, last = bounds
            told = "xcomp" in verb.frames and infinitive_after(cue) is not None
            if frame == "ccomp" and first.i < cue.i and told:
                continue  # "Lee, who led it, has agreed to serve": the infinitive is the report
            if frame == "ccomp" and verb.finite and not finite_clause(cue):
                continue  # "saw prices fall": a scene seen, not a report
            if frame == "ccomp" and first.i > cue.i:
                end = reported_end(sentence, cue, first, marked, chunk)
                if end is None:
                    continue
                # "Asked if she was afraid, the captain laughed": a fronted adverbial cue's
                # clause ends where the parse ends it, before the main clause.
                fronted = cue.dep_ == "advcl" and cue.head.i > last.i
                if cue.dep_ == "relcl" and first.i <= cue.right_edge.i < last.i:
                    last = cue.right_edge  # "Ruiz, who has argued that ..., won": so does
                closed = fronted or cue.dep_ == "relcl"  # a relative clause's report
                last = last if closed and last.i < end.i else end
            span = trimmed(chunk, first, last)
            if span is not None and frame in ("dobj", "prep") and chunk.is_headline:
                # "Board backs container yard" is news, not a stance; "Union accuses
                # university of 'betrayal'" still credits the words in marks.
                return None, ("quoted" if marked.overlapping(span) else "none")
            if span is not None:
                return span, frame
    return None, "none"


def _colon_after(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, marked: SpanIndex
) -> int | None:
    for token in sentence[cue.i - sentence.start + 1 :]:
        if token.text == ":" and not chunk.quoted(token, marked):
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
    last = reported_end(sentence, noun, that.nbor(1), marked, chunk)
    return Attribution(
        cue=chunk.token_span(noun),
        speaker=mention_from_token(chunk, speaker_token) if speaker_token is not None else None,
        content=trimmed(chunk, that.nbor(1), last) if last is not None else None,
        sentence=sentence_span(chunk, sentence),
        frame="noun",
    )


def _clause_before(sentence: SpacySpan, according: Token) -> tuple[Token, Token] | None:
    """`X leads by 271 delegates according to a count, but ...`: the phrase hangs on the verb
    before it, whose clause, from its subject, is what the source says."""
    verb = according.head
    if according.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or verb.i > according.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj" and according.i > sentence.start:
        return _conjoined_clause(verb, according)
    if subject is None or subject.i > verb.i or according.i == sentence.start:
        return None
    return subject.left_edge, according.nbor(-1)


def _conjoined_clause(verb: Token, according: Token) -> tuple[Token, Token] | None:
    """`X rose in May, but fell in June, according to the bureau`: the second verb has no
    subject of its own; the coordinated clause, from its head's subject, is what is told."""
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > verb.head.i:
        return None
    return subject.left_edge, according.nbor(-1)


def _clause_after(according: Token, phrase_end: int) -> bool:
    """`..., because, according to X, the board would ...`: the phrase hangs on a verb whose
    subject follows it (not on a verb the parser joined on from the source's own clause:
    `according to aides who spoke to us but were not authorized ...`)."""
    head = according.head
    if head.i <= phrase_end or head.pos_ not in ("VERB", "AUX"):
        return False
    if head.doc[phrase_end + 1].text in _CLOSING_ASIDE:
        return True  # "while — according to emails — knowing ...": the aside is closed
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > phrase_end for c in head.children)


_CLOSING_ASIDE = frozenset({",", "—", "–", "--"})


def _according_to(chunk: ParsedChunk, sentence: SpacySpan, according: Token) -> Attribution | None:
    to = according.nbor(1)
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase_end = max(source.right_edge.i, to.i)
    clause = _clause_before(sentence, according)
    # "..., because, according to Trump, the media would ...": hung on the verb after it
    after = _clause_after(according, phrase_end)
    if clause is not None:
        first, last = clause
    elif according.i - sentence.start > sentence.end - 1 - phrase_end and not after:
        first, last = (
            sentence[0],
            according.nbor(-1) if according.i > sentence.start else sentence[0],
        )
    else:
        first, last = sentence.doc[phrase_end + 1], sentence[-1]
    return Attribution(
        cue=chunk.tokens_span(according, to),
        speaker=mention_from_token(chunk, source),
        content=trimmed(chunk, first, last),
        sentence=sentence_span(chunk, sentence),
        frame="according",
    )
