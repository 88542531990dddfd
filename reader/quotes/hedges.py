"""Hedged and impersonal attributions: a claim credited to a source the text does not name.

`The mayor is expected to sign the budget`, `The council seems to favour the levy`, `It
appears that the plan stalled`, `The mill looks set to close`, `The chairman is seen as
the heir`, `The quarry, known as the Pit, ...`, `The firm reportedly paid the fine`, `It
is unclear whether the bridge will reopen`. Somebody expects, sees, reports or doubts it,
like the `is said to` passives (passives.py): each is a quote with no speaker, its cue the
hedge words, so a rewrite that states the claim as plain fact or drops it is audited. A
source the text names is the speaker (`is expected by analysts to`, `seems to me`,
`To the professor, the stare seemed to reflect sadness`). When the hedged verb is a speech
cue with its own clause (`The senator appeared to suggest that ...`) that cue reports
instead. The words are in hedges.json.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.hedge_bounds import hedged_end, impersonal_clause
from reader.quotes.hedge_words import hedge_words
from reader.quotes.lexicon import cues
from reader.quotes.mentions import mention_from_token
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.positions import infinitive_after
from reader.quotes.reach import Attribution, sentence_span, trimmed
from reader.quotes.subjects import can_speak

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSES = frozenset({"relcl", "acl"})
_RELATIVES = frozenset({"which", "that", "who", "whom", "what"})
_PREDICATES = frozenset({"acomp", "oprd", "attr"})
_CUE_LEAD = frozenset({"aux", "auxpass", "neg", "advmod"})  # "is not widely expected"
_IT_VERBS = frozenset({"be", "become", "remain", "seem", "appear"})
_IMPERSONAL = frozenset({"it"})
_WORDS = frozenset({"amod", "compound", "acl"})  # a participle describing a noun
_MAYBE = frozenset({"could", "might", "may", "can"})  # "could be seen as": the writer's own


def hedged_report(
    chunk: ParsedChunk, sentence: SpacySpan, token: Token, marked: SpanIndex
) -> Attribution | None:
    """The hedge `token` makes, if it is one."""
    words = hedge_words()
    low = token.lower_
    lemma = words.raising_lemma(low) or token.lemma_.lower()  # "seemed" as an AUX keeps its form
    if token.pos_ == "ADV" and low in words.adverbs:
        return _adverb_report(chunk, sentence, token, marked)
    if token.pos_ == "ADJ" and low in words.impersonal:
        return _impersonal_report(chunk, sentence, token, marked)
    if token.pos_ not in ("VERB", "AUX") or (_modal(token) and lemma not in words.modal):
        return None
    if lemma in words.raising or lemma == "look":
        return _raised_report(chunk, sentence, token, marked)
    complements = words.passives.get(lemma)
    if complements and (token.tag_ == "VBN" or token.dep_ == "acl"):  # "rules meant to"
        return _passive_hedge(chunk, sentence, token, complements, marked)
    return None


def _raised_report(
    chunk: ParsedChunk, sentence: SpacySpan, verb: Token, marked: SpanIndex
) -> Attribution | None:
    """`X seems to Y`, `X appeared nervous`, `it appears that Y`, `X looks like Y`."""
    after = [c for c in verb.children if c.i > verb.i]
    misread = _misread_aux(verb)  # "He seemed rattled by it": the parser's auxiliary
    complement = misread if misread is not None else _raised_complement(verb, after)
    if complement is None or _reports_itself(complement):
        return None
    holder = _to_holder(verb, chunk, marked)
    subject = _subject(misread if misread is not None else verb)
    clause = _it_clause(subject, verb, complement)
    if clause is not None:  # "It appears that ...", "It seemed likely that ..."
        start = subject if subject is not None else _cue_start(verb)
        cue_last = verb if clause is complement else complement
        return _clause_report(chunk, sentence, start, cue_last, clause, holder, marked)
    if complement.dep_ == "ccomp":
        return None  # "He seems, she said, ...": not the impersonal form
    held = _stance_clause(complement)
    if (
        held is not None
        and holder is None
        and subject is not None
        and _names_speaker(subject, subject.left_edge)
    ):
        # "The coach seemed hopeful that ...": the coach's hope, hedged
        return _clause_report(chunk, sentence, _cue_start(verb), complement, held, subject, marked)
    first = _content_start(subject, complement, verb)
    last = hedged_end(chunk, sentence, verb, complement, first, marked)
    if last is None:
        return None
    if holder is None and _speech_under(complement) and _names_speaker(subject, first):
        holder = subject  # "Rubio seemed to urge the opposite": what he said, hedged
    looked = hedge_words().raising_lemma(verb.lower_) is None  # "looks like", "looks set"
    plain = complement.dep_ in ("acomp", "advcl") and complement.lower_ not in hedge_words().look
    looked = looked and not plain  # "look doubtful": the cue is "look"; "looks set"
    cue_end = complement if complement.dep_ == "prep" or looked else verb
    return _report(chunk, sentence, _cue_start(verb), cue_end, holder, first, last)


def _stance_clause(complement: Token) -> Token | None:
    """The clause of a stance adjective (`seemed hopeful that ...`), which its subject holds."""
    if complement.dep_ not in _PREDICATES or complement.lower_ not in cues().stance_adjectives:
        return None
    return next((c for c in complement.children if c.dep_ == "ccomp"), None)


def _it_clause(subject: Token | None, verb: Token, complement: Token) -> Token | None:
    """The clause an impersonal `it seems (likely)` hedges: `that ...` after it."""
    if subject is not None and subject.lower_ not in _IMPERSONAL:
        return None
    if complement.dep_ == "ccomp" or _as_if(complement):
        return complement
    if complement.dep_ not in _PREDICATES:
        return None
    children = [*complement.children, *verb.children]
    return next((c for c in children if c.dep_ == "ccomp" and c.i > complement.i), None)


def _raised_complement(verb: Token, after: list[Token]) -> Token | None:
    """What a raising verb hedges: its infinitive, predicate, `like` phrase or clause."""
    lemma = hedge_words().raising_lemma(verb.lower_) or verb.lemma_.lower()
    like = next((c for c in after if c.dep_ == "prep" and c.lower_ == "like"), None)
    like = like or next((c for c in after if _as_if(c)), None)  # "looked as if it might"
    if lemma == "look":
        if like is not None:
            return like
        ready = next((c for c in after if c.lower_ in hedge_words().look), None)
        if ready is not None and infinitive_after(ready) is not None:
            return ready
        return next((c for c in after if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    if any(c.dep_ in ("dobj", "agent") for c in after):
        return None  # "appeared in the film", "seemed him" (misparse): no hedge
    told = infinitive_after(verb)
    predicate = next((c for c in after if _predicate(verb, c)), None)
    clause = next((c for c in after if c.dep_ == "ccomp"), None)
    complement = next((c for c in (told, predicate, like, clause) if c is not None), None)
    if complement is None or (lemma == "appear" and _placed(after, complement)):
        return None
    return complement


def _predicate(verb: Token, child: Token) -> bool:
    """`appeared nervous`, `seemed aimed at ...`, `appeared poised to ...`; right after the
    verb, a participle the parser took for a clause (`appeared paralyzed`) or a comparative
    it took for an adverb (`appears closer in the north`)."""
    if child.dep_ in _PREDICATES or (child.dep_ == "xcomp" and child.tag_ == "VBN"):
        return True
    next_word = child.i == verb.i + 1
    misread = (child.dep_ == "advcl" and child.tag_ == "VBN") or (
        child.dep_ == "advmod" and child.tag_ in ("RBR", "JJR")
    )
    return next_word and misread


def _as_if(clause: Token) -> bool:
    """`seemed as if ...`, `looks as though ...`: a clause the hedge compares with."""
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    if clause.dep_ != "advcl" or cues().verb_for(clause.lemma_, clause.text) is not None:
        return False  # "as if the mayor said ...": the mayor's report
    return marks[:1] == ["as"] and marks[1:2] in (["if"], ["though"])


def _misread_aux(verb: Token) -> Token | None:
    """`seemed rattled`, `appeared headed for`: a participle the parser made the head, with
    the hedge verb as its auxiliary."""
    head = verb.head
    if verb.dep_ in ("aux", "auxpass") and head.i == verb.i + 1 and head.tag_ == "VBN":
        return head
    return None


def _placed(after: list[Token], complement: Token) -> bool:
    """`appeared on television`, `appeared in court to face the charges`: a place before
    what follows is an appearance in person, no hedge."""
    return any(
        c.dep_ == "prep" and c.lower_ not in ("to", "like") and c.i < complement.i for c in after
    )


def _passive_hedge(
    chunk: ParsedChunk,
    sentence: SpacySpan,
    verb: Token,
    complements: frozenset[str],
    marked: SpanIndex,
) -> Attribution | None:
    """`X is expected to Y`, `X is seen as Y`, `the quarry, known as the Pit`."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    told = infinitive_after(verb) if "to" in complements else None
    heads = [verb] if source is None else [verb, source]  # "seen by some as": on "some"
    phrase = next(
        (
            c
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and c.i > verb.i and c.lower_ in complements
        ),
        None,
    )
    complement = told if told is not None else phrase
    if complement is None or _reports_itself(complement):
        return None
    if source is not None and (not can_speak(source) or chunk.quoted(source, marked)):
        return None  # "is expected by the end of May to ...": no source
    if verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN"):
        if _speaks(verb.head):
            return None  # "said the chief known as Bob": the speaker's name, no claim
        first = verb.head.left_edge  # "the quarry, known as the Pit"
    elif any(c.dep_ == "auxpass" for c in verb.children):
        first = _content_start(_subject(verb), complement, verb)
    else:
        return None  # "The school expected a big crowd", "we have seen it": no passive
    last = hedged_end(chunk, sentence, verb, complement, first, marked)
    if last is None:
        return None
    cue_end = complement if complement.dep_ == "prep" else verb
    return _report(chunk, sentence, _cue_start(verb), cue_end, source, first, last)


def _adverb_report(
    chunk: ParsedChunk, sentence: SpacySpan, adverb: Token, marked: SpanIndex
) -> Attribution | None:
    """`The firm reportedly paid the fine`: the clause of the verb the adverb modifies."""
    verb = adverb.head
    if adverb.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or verb.dep_ in _WORDS:
        return None  # "the allegedly stolen car": a word, not a clause
    if cues().verb_for(verb.lemma_, verb.text) is not None:
        return None  # "reportedly said that ...": that cue's speaker speaks
    subject = _subject(verb)
    if subject is not None and not _clausal(subject) and subject.lower_ not in _RELATIVES:
        first = subject.left_edge
    else:
        first = adverb if adverb.i < verb.i else verb
    last = hedged_end(chunk, sentence, adverb, verb, first, marked)
    if last is None:
        return None
    return _report(chunk, sentence, adverb, adverb, None, first, last)


def _impersonal_report(
    chunk: ParsedChunk, sentence: SpacySpan, adjective: Token, marked: SpanIndex
) -> Attribution | None:
    """`It is unclear whether Y`, `it became clear that Y`: the clause."""
    verb = adjective.head
    if adjective.dep_ != "acomp" or verb.lemma_.lower() not in _IT_VERBS:
        return None
    asked = next((c for c in verb.children if c.dep_ == "csubj" and c.i < verb.i), None)
    if asked is not None and asked.left_edge.lower_ in ("whether", "if", "how", "why"):
        last = adjective.doc[verb.i - 1]  # "Whether she won them over is unknown"
        return _report(chunk, sentence, verb, adjective, None, asked.left_edge, last)
    subject = _subject(verb)
    if subject is None or subject.lower_ not in _IMPERSONAL:
        return None  # "The rules are clear": the writer's own description
    clause = impersonal_clause(adjective, verb)
    if clause is None:
        return None
    holder = _to_holder(adjective, chunk, marked) or _to_holder(verb, chunk, marked)
    return _clause_report(chunk, sentence, subject, adjective, clause, holder, marked)


def _clause_report(
    chunk: ParsedChunk,
    sentence: SpacySpan,
    cue_first: Token,
    cue_last: Token,
    clause: Token,
    holder: Token | None,
    marked: SpanIndex,
) -> Attribution | None:
    """The clause after an impersonal cue, up to where another attribution begins."""
    if _reports_itself(clause):
        return None
    first = clause.left_edge
    if first.lower_ == "that" and first.dep_ == "mark":
        first = first.nbor(1)
    if first.i <= cue_last.i:
        return None
    last = hedged_end(chunk, sentence, cue_last, clause, first, marked)
    if last is None:
        return None
    return _report(chunk, sentence, cue_first, cue_last, holder, first, last)


def _report(
    chunk: ParsedChunk,
    sentence: SpacySpan,
    cue_first: Token,
    cue_last: Token,
    holder: Token | None,
    first: Token,
    last: Token,
) -> Attribution | None:
    content = trimmed(chunk, first, last)
    if content is None or first.i == last.i:
        return None  # "..., seemed shaky": one word alone says nothing to audit
    return Attribution(
        cue=chunk.tokens_span(cue_first, cue_last),
        speaker=mention_from_token(chunk, holder) if holder is not None else None,
        content=content,
        sentence=sentence_span(chunk, sentence),
        frame="passive",
    )


def _speaks(noun: Token) -> bool:
    """A noun that is the subject of a speech cue (`said the chief known as Bob`)."""
    verb = noun.head
    return noun.dep_ in _SUBJECTS and cues().verb_for(verb.lemma_, verb.text) is not None


def _reports_itself(complement: Token) -> bool:
    """`appeared to suggest that ...`, `it is clear the board thinks that ...`: a speech
    cue with its own clause reports it, with its subject as its speaker."""
    verb = complement if complement.dep_ in ("xcomp", "ccomp") else infinitive_after(complement)
    if verb is None or cues().verb_for(verb.lemma_, verb.text) is None:
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _modal(verb: Token) -> bool:
    """`could be seen as`: the writer's own suggestion, nobody's report (unless the verb
    still reports how a thing strikes somebody: `may seem odd`, hedges.json `modal`)."""
    return any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in verb.children)


def _names_speaker(subject: Token | None, first: Token) -> bool:
    """A subject the content opens with that can speak (not `it`, not `which`)."""
    if subject is None or first.i != subject.left_edge.i or subject.lower_ in _IMPERSONAL:
        return False
    return can_speak(subject)


def _speech_under(complement: Token) -> bool:
    """`seemed to urge`, `appeared to endorse`: the infinitive is a speech cue."""
    return complement.dep_ == "xcomp" and (
        cues().verb_for(complement.lemma_, complement.text) is not None
    )


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)


def _clausal(noun: Token) -> bool:
    """A subject with a clause of its own (`Lee, who said ..., is expected to`) may hold a
    report of its own: the hedge then starts at what it hedges."""
    return any(c.dep_ in _CLAUSES for c in noun.children)


def _content_start(subject: Token | None, complement: Token, verb: Token) -> Token:
    """The subject's first word, or the complement's when the subject names nothing on its
    own (`which is expected to`) or holds a clause."""
    if subject is None or subject.lower_ in _RELATIVES or subject.tag_ in ("WDT", "WP"):
        return complement.left_edge if complement.left_edge.i > verb.i else complement
    if _clausal(subject):
        return complement.left_edge if complement.left_edge.i > verb.i else complement
    return subject.left_edge


def _cue_start(verb: Token) -> Token:
    """The hedge's first word: `is widely expected`, `isn't expected`, `seems`."""
    lead = [
        c for c in verb.children if c.dep_ in _CUE_LEAD and c.i < verb.i and c.lower_ != "to"
    ]  # "to be seen as": the infinitive's "to" is no hedge word
    start = verb
    for token in sorted(lead, key=lambda t: -t.i):
        if token.i == start.i - 1:
            start = token
    while start.i < verb.i and (start.dep_ == "advmod" or start.tag_ == "VB"):
        start = start.nbor(1)  # "now appears", "(to) be seen as": no tense before it
    return start


def _to_holder(head: Token, chunk: ParsedChunk, marked: SpanIndex) -> Token | None:
    """`seems to me`, `To the professor, the stare seemed ...`: who the hedge is held by."""
    to = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    person = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if person is None or not can_speak(person) or chunk.quoted(person, marked):
        return None
    return person
