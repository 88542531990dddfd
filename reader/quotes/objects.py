"""Claims whose content is a noun phrase: the object of a communication or attitude verb.

`Smith thanked the crews for their work`, `Critics branded the plan a giveaway`, `She
referred to the levy as a tax on the poor`: what was said is the object (with what it is
praised or blamed for, accused of or described as), the speaker is the verb's subject.
The verbs are in objects.json. The clause frames (`said that ...`, `urged X to ...`) and
the verbs cues.json already gives an object frame are read by `indirect`; this module
takes only what they leave. The object and its judgment may come parsed as a verbless
clause (`considers the mayor untrustworthy`) or as an adjective after the object's noun
(`deemed the bridge unsafe`); a `paired` verb needs its preposition (`compared X to Y`); a
question clause is what is described (`described how ...`). Passive judgments (`was
accused of ...`) are read by `judged`.

A plain verb with a speech-act noun (`took a swipe at ...`) is read by `object_nouns`.
An object too short to show a reader anything (`praised him`, `backed Lee`) is no claim
here: the content must run to `object_bounds.MIN_WORDS` words and not be a bare pronoun.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.attitudes import attitude_claims
from reader.quotes.called_for import for_clause, for_infinitive_end
from reader.quotes.document_lexicon import document_words
from reader.quotes.documents import document_claims
from reader.quotes.indirect import Attribution
from reader.quotes.judged import passive_judgments, received_judgments
from reader.quotes.lexicon import cues
from reader.quotes.light_verbs import light_claims
from reader.quotes.mentions import mention_from_token
from reader.quotes.misread_participles import misread_claim
from reader.quotes.object_bounds import (
    as_description,
    completed_end,
    is_passive,
    is_purpose,
    lone_pronoun,
    may_speak,
    noun_word,
    prep_object,
    small_clause,
    speaking_for,
    trailing_predicate,
    trimmed_content,
)
from reader.quotes.object_clauses import is_gerund_object, noun_object, reported_clause
from reader.quotes.object_lexicon import ObjectVerb, object_words
from reader.quotes.object_nouns import noun_claims
from reader.quotes.object_passives import agent_passives
from reader.quotes.open_nouns import open_claims
from reader.quotes.owned_nouns import owned_claims
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.subjects import find_speaker_token
from reader.quotes.topics import names_someone

FRAME = "object"  # Attribution.frame of what this module finds

# Words of cues.json's frames that read an object: its verbs are `indirect`'s to report.
_CUES_OBJECT_FRAMES = frozenset({"dobj", "prep"})
_CUES_DESCRIPTION_FRAMES = frozenset({"as", "oprd"})  # theirs only with the description
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "xcomp"})
_CUES_CLAUSE_FRAMES = frozenset({"ccomp", "xcomp"})  # "described how ..." is left here


def object_attributions(chunks: list[ParsedChunk], marked: SpanIndex) -> list[Attribution]:
    """The noun-phrase claims of the parsed chunks (headlines excepted: `Board backs plan`
    is news, not somebody's stance)."""
    found: list[Attribution] = []
    for chunk in chunks:
        if chunk.is_headline:
            continue
        for sentence in chunk.sentences():
            found.extend(_sentence_objects(chunk, sentence, marked))
            nouns = list(noun_claims(chunk, sentence, marked, FRAME))
            found.extend(nouns)
            found.extend(document_claims(chunk, sentence, marked, FRAME, nouns))
            found.extend(owned_claims(chunk, sentence, marked, FRAME))
            found.extend(attitude_claims(chunk, sentence, marked, FRAME))
            found.extend(passive_judgments(chunk, sentence, marked, FRAME))
            found.extend(agent_passives(chunk, sentence, marked, FRAME))
            found.extend(received_judgments(chunk, sentence, marked, FRAME))
            found.extend(open_claims(chunk, sentence, marked))
            found.extend(light_claims(chunk, sentence, marked))
    return found


def _sentence_objects(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex
) -> Iterator[Attribution]:
    vocabulary = object_words()
    for token in sentence:
        misread = misread_claim(chunk, sentence, token, marked, FRAME)  # "Trump accused Lee"
        if misread is not None:
            yield misread
            continue
        if token.pos_ != "VERB" or token.dep_ in ("amod", "compound"):
            continue
        verb = _phrasal(token) or vocabulary.verb_for(token.lemma_, token.text)
        if verb is None or chunk.quoted(token, marked):
            continue  # a cue inside a quote belongs to the quoted speaker's own words
        attribution = _attribution(chunk, sentence, token, verb, marked)
        if attribution is not None:
            yield attribution


def _phrasal(verb: Token) -> ObjectVerb | None:
    """`weighed in on ...`, `called out ...`: the verb with its particle (objects.json
    `phrasal`), a verb of its own whatever the plain verb means."""
    particle = _particle(verb)
    return object_words().phrasal_for(verb.lemma_, particle.text) if particle else None


def _particle(verb: Token) -> Token | None:
    """The particle of a phrasal verb of objects.json (the parser may call it an adverb:
    `pushed back against`)."""
    words = object_words()
    for child in verb.children:
        placed = child.dep_ == "prt" or (child.dep_ == "advmod" and child.i == verb.i + 1)
        if placed and words.phrasal_for(verb.lemma_, child.text) is not None:
            return child
    return None


def _attribution(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, verb: ObjectVerb, marked: SpanIndex
) -> Attribution | None:
    if is_passive(cue) or is_purpose(cue) or (not verb.particle and _read_by_clause_frames(cue)):
        return None
    speaker = find_speaker_token(cue) or _issuer(cue)
    if speaker is None or chunk.quoted(speaker, marked):
        return None  # an object nobody is named as saying is no claim to audit
    if not verb.any_subject and not may_speak(speaker):
        return None  # "Texas rejected the appeal": a place acts, it does not speak
    bounds = _content_bounds(cue, verb)
    if bounds is None:
        return None
    content = trimmed_content(chunk, *bounds)
    if content is None:
        return None
    return Attribution(
        cue=chunk.tokens_span(cue, _cue_end(cue, verb)),
        speaker=mention_from_token(chunk, speaking_for(speaker)),
        content=content,
        sentence=chunk.tokens_span(sentence[0], sentence[-1]),
        frame=FRAME,
    )


def _issuer(cue: Token) -> Token | None:
    """`published a report detailing the changes`, `sent out an email stressing X`: a
    participle on an issued document (documents.json) speaks for who issued it."""
    document = cue.head
    if cue.tag_ != "VBG" or cue.dep_ != "acl" or document.dep_ != "dobj":
        return None
    if document.pos_ != "NOUN" or document.lemma_.lower() not in document_words().nouns:
        return None
    issuing = document.head
    return find_speaker_token(issuing) if document_words().verb_for(issuing) else None


def _cue_end(cue: Token, verb: ObjectVerb) -> Token:
    """The last word of the cue: the verb, or its particle (`weighed in`)."""
    particle = _particle(cue) if verb.particle else None
    return particle if particle is not None and particle.i > cue.i else cue


def _read_by_clause_frames(cue: Token) -> bool:
    """The cue is `indirect`'s to read: cues.json gives it an object frame, or it takes a
    clause here (`noted that ...`, `urged them to ...`)."""
    listed = cues().verbs.get(cue.lemma_.lower())
    if listed is None:
        return False
    if not listed.frames.isdisjoint(_CUES_OBJECT_FRAMES):
        return True
    # "described the plan as a giveaway" is indirect's; "described the plan" is left here
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    describing = not listed.frames.isdisjoint(_CUES_DESCRIPTION_FRAMES)
    if describing and obj is not None and _describes(cue, obj):
        return True
    reads_clauses = not listed.frames.isdisjoint(_CUES_CLAUSE_FRAMES)
    clauses = (c for c in cue.children if c.dep_ in _CLAUSE_DEPS)
    if reads_clauses and any(not is_gerund_object(cue, c) for c in clauses):
        return True
    after = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    return after is not None and after.lower_ == "that"


def _content_bounds(cue: Token, verb: ObjectVerb) -> tuple[Token, Token] | None:
    if "prep" in verb.frames:
        found = _prep_bounds(cue, verb.preps)
        if found is not None:
            return found
    if "paired" in verb.frames:
        return _paired_bounds(cue, verb.preps)
    if "content" in verb.frames:
        return _content_noun_bounds(cue)
    if "topic" in verb.frames:
        found = _topic_bounds(cue)
        if found is not None or "as" not in verb.frames:
            return found
    if verb.frames.isdisjoint({"object", "as"}):
        return None
    obj = noun_object(cue)
    if obj is None:
        clause = small_clause(cue)
        if clause is not None:  # "considers the mayor untrustworthy", parsed as a clause
            return clause.left_edge, completed_end(cue, clause.right_edge)
        if "object" not in verb.frames:
            return None
        # "lamented that the talks stalled", "described how the mill closed"
        return reported_clause(cue, cue.i + 1) or _gerund_bounds(cue)
    last = completed_end(cue, obj.right_edge)
    completed = last.i > obj.right_edge.i
    if "object" not in verb.frames and not _describes(cue, obj):
        return None  # "saw the report" is no view of it; "saw the report as a smear" is
    if obj.pos_ == "PRON" and not completed:
        return None  # "praised him": nothing a reader could check
    return obj.left_edge, last


def _content_noun_bounds(cue: Token) -> tuple[Token, Token] | None:
    """`told a story of ...`, `wrote a dissent arguing ...`: the object, only when its noun
    names words (objects.json `content_nouns`); `told reporters`, `wrote the bill` name a
    listener or a deed."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.pos_ != "NOUN" or noun_word(obj) not in object_words().content_nouns:
        return None  # "told The Washington Post": a listener with a content noun's name
    return obj.left_edge, completed_end(cue, obj.right_edge)


def _topic_bounds(cue: Token) -> tuple[Token, Token] | None:
    """`addressed the fact that ...`, `identified the flaws in the bid`: the object, only
    when it names no one; `addressed the delegates`, `identified the victim` name a
    listener or a person."""
    obj = noun_object(cue)
    if obj is None or names_someone(obj):
        return None
    return obj.left_edge, completed_end(cue, obj.right_edge)


def _describes(cue: Token, obj: Token) -> bool:
    """`saw the vote as a betrayal`, `branded the plan a giveaway`, `dubbed the winger the
    new magician` (the parser may hang the description on the object itself); not `saw a
    flood of donations to their campaigns`."""
    after_object = [c for c in cue.children if c.i > obj.i]
    if any(c.dep_ in ("oprd", "xcomp") or c.lower_ == "as" for c in after_object):
        return True
    if any(as_description(c) for c in after_object):
        return True
    nouns = (c for c in after_object if c.dep_ in ("dobj", "npadvmod"))
    if any(c.pos_ in ("NOUN", "PROPN") and _unmarked(c) for c in nouns):
        return True
    if trailing_predicate(obj) is not None:
        return True  # "deemed the bridge unsafe", the parser hanging "unsafe" on "bridge"
    in_object = any(t.lower_ == "as" and t.dep_ == "prep" for t in obj.subtree)
    return in_object or any(c.dep_ == "appos" and _unmarked(c) for c in obj.children)


def _unmarked(noun: Token) -> bool:
    """`dubbed the winger the new magician`, the description parsed flat or as an
    apposition; a noun after a comma is the object's own apposition (`described the race
    against his rival, Senator Holt`)."""
    return noun.left_edge.nbor(-1).text != ","


def _prep_bounds(cue: Token, preps: frozenset[str]) -> tuple[Token, Token] | None:
    """`referred to the levy (as a tax on the poor)`: the object of the verb's own preposition,
    with an `as` complement after it."""
    prep = _own_prep(cue, preps)
    target = prep_object(prep)
    if prep is None and "for" in preps:
        return for_clause(cue, cue.i + 1)  # "pushed for the board to resign", `for` a mark
    if prep is None or target is None or lone_pronoun(target):
        return None
    if prep.lower_ == "for" and target.ent_type_ in ("DATE", "TIME"):
        return None  # "pushed for a decade": how long, not what for
    if prep.lower_ == "in" and _in_favour_of(target) is target:
        return None  # "spoke out in Ohio": where, not what
    target = _in_favour_of(target)
    return target.left_edge, completed_end(cue, for_infinitive_end(prep, target.right_edge))


def _in_favour_of(target: Token) -> Token:
    """`spoke out in favor of stricter rules`: what is favoured, not the favour."""
    if target.lemma_.lower() not in ("favor", "favour", "support", "defense", "defence"):
        return target
    of = next((c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    found = prep_object(of)
    return found if found is not None else target


def _own_prep(cue: Token, preps: frozenset[str]) -> Token | None:
    """The verb's preposition, on the verb (or its particle) or, after a listener, on its
    object (`reminded voters of ...`, which the parser may hang on `voters`)."""
    particle = _particle(cue)
    around: list[Token] = [*cue.children, *(particle.children if particle is not None else ())]
    for child in around:  # the particle may hold it: "backed [away [from ...]]"
        if child.dep_ == "prep" and child.lower_ in preps and child.i > cue.i:
            return child
    listener = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if listener is None:
        return None
    return next(
        (
            c
            for c in listener.children
            if c.dep_ == "prep" and c.lower_ in preps and c.i == listener.i + 1
        ),
        None,
    )


def _gerund_bounds(cue: Token) -> tuple[Token, Token] | None:
    """`ruled out raising the fares`, `lamented closing the mill`: a gerund right after the
    verb (or its particle) is its object."""
    after = cue.i + 1
    particle = _particle(cue)
    if particle is not None and particle.i == after:
        after += 1
    gerund = next(
        (c for c in cue.children if c.dep_ in ("xcomp", "ccomp") and c.left_edge.i == after),
        None,
    )
    if gerund is None or gerund.tag_ != "VBG" or gerund.i != after:
        return None  # "wants to thank ...", "noted the rise ...": no gerund
    return gerund, completed_end(cue, gerund.right_edge)


def _paired_bounds(cue: Token, preps: frozenset[str]) -> tuple[Token, Token] | None:
    """`compared the levy to a poll tax`, `credited the crew with saving the ship`: the object
    with what it is paired with, never the object alone (`compared the prices`)."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None:
        return None
    holders = [*cue.children, *obj.children]
    paired = (c for c in holders if c.dep_ == "prep" and c.lower_ in preps and c.i > obj.i)
    prep = next(paired, None)
    target = prep_object(prep)
    if prep is None or target is None or target.ent_type_ in ("DATE", "TIME"):
        return None  # "hit the mark on Monday": when, not what for
    return obj.left_edge, completed_end(cue, max(obj.right_edge, prep.right_edge, key=_index))


def _index(token: Token) -> int:
    return token.i
