"""Where a cue verb's reported words lie in the parse, frame by frame.

ccomp: `said (that) ...`, also trailing (`..., analysts say`) and interrupting (`Still,
it said, she can win`); as: `described X as Y`; oprd: `called X Y`; dobj: `praised X`;
xcomp: `urged X to ...`. Each finder gives the first and last token of the content.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.acts import in_favour_of, names_a_time
from reader.quotes.as_clauses import trailing_as_bounds
from reader.quotes.dashed import dashed_aside_bounds, stolen_object_start
from reader.quotes.likeness import like_bounds, small_clause
from reader.quotes.misread_clauses import (
    answer_bounds,
    extracted_subject_bounds,
    gerund_bounds,
    misread_object_bounds,
)
from reader.quotes.object_bounds import completed_end, trailing_predicate

_TIME_ENTS = frozenset({"DATE", "TIME"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; when the parser gives two (a quote's own subject is often hung on
    the cue, as in `"Every driver ... we will," she said`), the one nearest the verb."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None


def stolen_subject(cue: Token) -> Token | None:
    """`..., said a spokesman for the board, Ana Ruiz, who ... helped found`: the parser may
    hang the inverted subject on a clause after a subjectless cue; a subject of that clause
    opening right after the cue is the cue's own."""
    if nearest_subject(cue) is not None or cue.i == 0 or cue.nbor(-1).text != ",":
        return None
    reports = [c for c in cue.children if c.dep_ in ("ccomp", "parataxis")]
    if not any(c.i < cue.i and _has_subject(c) for c in reports):
        return None  # "Lee, the chair, said the fault lay ...": a plain report after it
    for clause in reports:
        if clause.i < cue.i:
            continue
        for subject in clause.children:
            opens = subject.left_edge.i == cue.i + 1
            if subject.dep_ == "nsubj" and opens and subject.pos_ in ("NOUN", "PROPN"):
                return subject
    return None


def _has_subject(clause: Token) -> bool:
    """A clause with its own subject (`the port will reopen`), not a participle phrase
    (`Lee, a rabbi helping to organize it, said ...`)."""
    return any(c.dep_ in _SUBJECT_DEPS for c in clause.children)


def _ccomp_bounds(sentence: SpacySpan, cue: Token) -> tuple[Token, Token] | None:
    aside = dashed_aside_bounds(sentence, cue)  # "X, officials believe — ..."
    if aside is not None:
        return aside
    clause = _reported_clause(cue)
    if clause is not None:
        if clause.i < cue.i:  # trailing attribution: "The force ..., he said."
            return clause.left_edge, _before_subject(cue, clause.right_edge)
        start = stolen_object_start(cue, clause) or _opening_clause(cue, clause)
        return start or _clause_start(clause), clause.right_edge
    that = following_that(sentence, cue)
    misread = misread_object_bounds(cue)
    if misread is not None and (that is None or misread[0].i < that.i):
        return misread  # "says the rise in costs that she decries makes ..."
    if that is not None:
        return that.nbor(1), sentence[-1]
    return (
        _interrupting_bounds(sentence, cue)
        or _trailing_bounds(sentence, cue)
        or trailing_as_bounds(sentence, cue)
        or _misparsed_clause_bounds(cue)
        or extracted_subject_bounds(cue)
        or gerund_bounds(cue)
        or answer_bounds(cue)
    )


def _trailing_bounds(sentence: SpacySpan, cue: Token) -> tuple[Token, Token] | None:
    """`Rents rose by a third, housing records show.` when the parser did not hang the clause
    on the cue: the cue ends the sentence, a comma and a short subject phrase before it."""
    rest = sentence[cue.i - sentence.start + 1 :]
    if any(t.text not in _SENTENCE_ENDS for t in rest if not t.is_space):
        return None  # "..., she added:" introduces what follows
    comma = next((t for t in reversed(sentence[: cue.i - sentence.start]) if t.text == ","), None)
    if comma is None or comma.i == sentence.start or cue.i - comma.i > _TRAILING_SUBJECT_TOKENS:
        return None
    if comma.nbor(-1).is_quote or comma.nbor(1).is_quote:
        return None  # `"...," she said`: a direct quote's tag, found with its marks
    if not any(
        t.dep_ in ("nsubj", "nsubjpass", "expl") for t in sentence[: comma.i - sentence.start]
    ):
        return None  # "In a briefing, she added." reports no clause
    between = sentence.doc[comma.i + 1 : cue.i]
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in between):
        return None
    if any(t.tag_ in _FINITE_TAGS for t in between):
        return None  # "..., which the board says": not a subject phrase
    if any(t.lower_ in _RELATIVE_WORDS for t in between):
        return None
    return sentence[0], comma.nbor(-1)


_TRAILING_SUBJECT_TOKENS = 9
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_RELATIVE_WORDS = frozenset({"which", "who", "that", "what", "as"})


def _misparsed_clause_bounds(cue: Token) -> tuple[Token, Token] | None:
    """`She said closing the plant could cost ...`: the parser may make the clause's gerund
    subject the cue's own xcomp or dependent; the clause then runs from it to its end."""
    for child in cue.children:
        if child.i <= cue.i or child.dep_ not in ("xcomp", "dep", "csubj"):
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            continue
        clauses = [t for t in child.subtree if t.dep_ == "ccomp" and t.head.i == child.i]
        if child.tag_ == "VBG" and clauses:
            return child.left_edge, max(child.right_edge, clauses[-1].right_edge, key=_index)
    return None


def _index(token: Token) -> int:
    return token.i


def _reported_clause(cue: Token) -> Token | None:
    """The cue's clausal complement. When the parser hangs clauses on both sides of the cue
    (`Trump, in Ohio, said Tuesday that ...`, with the sentence before joined on), the one
    after it is the report; the one before is a trailing report only when none follows."""
    clauses = [c for c in cue.children if c.dep_ in ("ccomp", "parataxis")]
    stolen = stolen_subject(cue)
    if stolen is not None:
        clauses = [c for c in clauses if c.i != stolen.head.i]  # its clause is an aside
    after = [c for c in clauses if c.i > cue.i]
    return after[0] if after else (clauses[0] if clauses else None)


def _interrupting_bounds(sentence: SpacySpan, cue: Token) -> tuple[Token, Token] | None:
    """`Still, it said, she can win`: the cue interrupts the clause it reports, which the
    parser makes the cue's head. The content runs from the cue's subtree to the clause end."""
    head = cue.head
    if cue.dep_ not in ("parataxis", "ccomp", "advcl") or head.i <= cue.i:
        return None
    if head.pos_ not in ("VERB", "AUX") or head.i >= sentence.end:
        return None
    # "While they vow to ..., the rest ...": a cue with its own complement or a subordinating
    # word reports that, not the clause it is hung on; "As the paper reported, ..." does.
    if any(c.dep_ in _OWN_COMPLEMENTS for c in cue.children):
        return None
    if any(c.pos_ == "SCONJ" and c.lower_ != "as" for c in cue.children):
        return None
    first = cue.right_edge.nbor(1) if cue.right_edge.i + 1 < sentence.end else None
    if first is None or first.i > head.i:
        return None
    if first.is_punct and first.i + 1 < sentence.end:
        first = first.nbor(1)  # past the comma closing "it said,"
    return first, head.right_edge


_OWN_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "parataxis", "oprd"})


def _before_subject(cue: Token, last: Token) -> Token:
    """The content's last token before the cue's own subject ("..., analysts say"): the
    subject nearest the cue, since the parser often hangs the quote's subject on it too."""
    subject = nearest_subject(cue)
    if subject is not None and subject.i < cue.i and subject.left_edge.i <= last.i:
        return subject.left_edge.nbor(-1) if subject.left_edge.i > 0 else last
    return last


def _opening_clause(cue: Token, clause: Token) -> Token | None:
    """`says no matter what the council does, the plan stands`: an adverbial clause the
    parser hung on the cue, right after it and before the reported clause, opens the report."""
    for child in cue.children:
        if child.dep_ not in ("advcl", "advmod") or child.left_edge.i != cue.i + 1:
            continue
        if child.right_edge.i >= clause.left_edge.i:
            continue
        if any(t.tag_ in _FINITE_TAGS for t in child.subtree):
            return child.left_edge
    return None


def _clause_start(clause: Token) -> Token:
    """Skip a leading `that` and time phrases the parser hung on the clause ("on Friday")."""
    subject = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
    start = clause.left_edge
    for child in clause.children:
        if subject is None or child.i >= subject.i or child.left_edge.i != start.i:
            continue
        timed = any(t.ent_type_ in _TIME_ENTS for t in child.subtree)
        if child.dep_ in ("prep", "npadvmod") and timed:
            start = child.right_edge.nbor(1)
    while start.i < clause.i and (start.is_punct or start.lower_ == "that"):
        start = start.nbor(1)
    return start


def following_that(sentence: SpacySpan, cue: Token) -> Token | None:
    for token in sentence[cue.i - sentence.start + 1 : cue.i - sentence.start + 6]:
        if token.lower_ == "that" and token.i + 1 < sentence.end:
            return token
        if token.is_punct:
            return None
    return None


def _as_bounds(sentence: SpacySpan, cue: Token) -> tuple[Token, Token] | None:
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    # The parser may hang "as" on the verb, the object or deep inside it ("... meeting as").
    as_phrase = next(
        (t for t in sentence if t.i > obj.i and t.lower_ == "as" and _governed_by(t, cue)), None
    )
    if as_phrase is None:
        return None
    return obj.left_edge, as_phrase.right_edge


def _governed_by(token: Token, ancestor: Token) -> bool:
    return any(a.i == ancestor.i for a in token.ancestors)


def _oprd_bounds(sentence: SpacySpan, cue: Token) -> tuple[Token, Token] | None:
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    predicate = next((c for c in cue.children if c.dep_ == "oprd"), None)
    if obj is not None and predicate is None and trailing_predicate(obj) is not None:
        return obj.left_edge, obj.right_edge  # "called the new budget unfair", misparsed
    if obj is None or predicate is None:
        return None
    return obj.left_edge, predicate.right_edge


def _dobj_bounds(sentence: SpacySpan, cue: Token) -> tuple[Token, Token] | None:
    """The object, with what it is accused or praised of or for (`accused X of Y`)."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None:
        return gerund_object(cue)
    # What it is accused of or blamed for, also when the parser hangs it on the verb:
    # `blaming the island's requirement to have ...`.
    tails = [
        c
        for c in cue.children
        if c.i > obj.i and (c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in _REASONS))
    ]
    completed = _object_end(cue, obj.right_edge)
    return obj.left_edge, max((c.right_edge for c in tails), key=lambda t: t.i, default=completed)


_REASONS = frozenset({"of", "for"})


def gerund_object(cue: Token) -> tuple[Token, Token] | None:
    """`opposes raising the levy`, `backed at least lowering it`: the parser makes a gerund
    object a clause; right after the verb (an adverb between) it is what is backed."""
    for child in cue.children:
        if child.i <= cue.i or child.dep_ not in ("xcomp", "ccomp") or child.tag_ != "VBG":
            continue
        between = cue.doc[cue.i + 1 : child.left_edge.i]
        if child.left_edge.i <= cue.i or any(t.pos_ not in ("ADV", "PART") for t in between):
            return None
        return child.left_edge, _object_end(cue, child.right_edge)
    return None


def _object_end(cue: Token, last: Token) -> Token:
    """The object's end with what completes it when the parser hung that on the verb: a
    complement right after it (`announced a concert in support of the senator`, see
    `object_bounds.completed_end`) or the infinitive that says what it is for (`defended his
    call to raise the wage`, `dismissed the actions to tighten the rules`)."""
    last = completed_end(cue, last)
    for child in sorted(cue.children, key=_index):
        if child.i <= last.i or child.left_edge.i != last.i + 1:
            continue
        if child.dep_ == "advcl" and child.left_edge.lower_ == "to":
            return _object_end(cue, child.right_edge)
        break
    return last


def prep_bounds(
    cue: Token, preps: frozenset[str], on_object: bool = False
) -> tuple[Token, Token] | None:
    """`called for X`, `referred to X (as Y)`: the object of the verb's own preposition;
    `on_object`: or of its object's (`cast a ballot against X`, as the parser may hang it)."""
    heads = [cue, *(c for c in cue.children if c.dep_ == "dobj")] if on_object else [cue]
    prep = next(
        (c for h in heads for c in h.children if c.dep_ in ("prep", "prt") and c.lower_ in preps),
        None,
    )
    if prep is None and "for" in preps:
        return _for_clause(cue) or in_favour_of(cue)
    if prep is None or prep.i < cue.i:
        return None
    target = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if target is None or names_a_time(target):
        return None  # "voted for the first time", "campaigned for years": when, not what
    return target.left_edge, _object_end(cue, target.right_edge)


def _xcomp_bounds(sentence: SpacySpan, cue: Token) -> tuple[Token, Token] | None:
    clause = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i), None)
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None:
        obj = _called_upon(cue)  # `called on the council to ...`
    if clause is None and obj is not None:
        # `pushed the board to hire ...`: the parser may make the to-clause an adverbial;
        # right after the object it is what the object is pressed to do.
        clause = next(
            (
                c
                for c in cue.children
                if c.dep_ == "advcl"
                and c.left_edge.lower_ == "to"
                and c.left_edge.i == obj.right_edge.i + 1
            ),
            None,
        )
    if clause is None:
        # `want the mayor to resign`: the parser makes "the mayor to resign" a clause with
        # its own subject; an infinitive clause is still what is wanted.
        clause = next(
            (
                c
                for c in cue.children
                if c.dep_ == "ccomp" and c.i > cue.i and (_infinitive(c) or small_clause(c))
            ),
            None,
        )
        obj = None
    if clause is None:
        return None
    obj = obj if obj is not None and obj.i < clause.i else None
    first = obj.left_edge if obj is not None else clause.left_edge
    return first, clause.right_edge


def _infinitive(clause: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)


def _called_upon(cue: Token) -> Token | None:
    """The object of `on`/`upon` right after the cue: who is called on to act."""
    if cue.i + 1 >= len(cue.doc):
        return None
    prep = cue.nbor(1)
    if prep.head.i != cue.i or prep.lower_ not in ("on", "upon"):
        return None
    target = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None if target is None or names_a_time(target) else target  # not "voted on Tuesday"


def _for_clause(cue: Token) -> tuple[Token, Token] | None:
    """`called for the county to pay ...`: the parser makes `for` the mark of a to-clause."""
    for child in cue.children:
        mark = child.left_edge
        if child.dep_ == "advcl" and mark.lower_ == "for" and mark.i == cue.i + 1:
            return mark.nbor(1), child.right_edge
    return None


FRAME_FINDERS = {
    "ccomp": _ccomp_bounds,
    "as": _as_bounds,
    "oprd": _oprd_bounds,
    "dobj": _dobj_bounds,
    "xcomp": _xcomp_bounds,
    "like": like_bounds,
}
