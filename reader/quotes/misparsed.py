"""Subjects the small parser hangs somewhere other than on the speech verb.

News sentences put asides, numbers and second verbs between a speaker and the verb, and
the parser then misreads who the subject is: `Ruiz, in Salem, said`, `A new poll found`
(read as a participle on the noun), `..., and Park will argue`, `About 3 in 10 say`,
`Ruiz offered ..., then says`. Each function finds the subject the parse hides, from the
parse alone; `subjects.py` asks them when the verb's own subject is missing or misread.
"""

from __future__ import annotations

from spacy.tokens import Token

from reader.quotes.frames import nearest_subject
from reader.quotes.lexicon import people

_NON_PERSON_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})

_ASIDE_TOKENS = 14  # the longest aside skipped between a name and its verb
# How an aside between a subject and its verb opens: `Ruiz, in Kentucky, said`, `Ruiz, 58,
# told`, `Ruiz, wearing a hat, said`, `Ruiz, who ..., said`.
_ASIDE_OPENERS = frozenset({"ADP", "NUM", "VERB"})


def before_aside(last: Token) -> Token | None:
    """The word before an aside that ends at `last`: `Ruiz (D-Ore.)`, `Ruiz, in Kentucky,`,
    or the name itself when the aside is one (`her adviser, Tom Park,`). `last` itself when
    no aside ends there; None when the aside's start is not found in the sentence."""
    sentence_start = last.sent.start
    if last.text == ")":
        opening = next(
            (
                t
                for t in reversed(last.doc[max(sentence_start, last.i - _ASIDE_TOKENS) : last.i])
                if t.text == "("
            ),
            None,
        )
        return opening.nbor(-1) if opening is not None and opening.i > sentence_start else None
    if last.text != ",":
        return last
    named = last.nbor(-1) if last.i > sentence_start else None
    if named is not None and named.pos_ == "PROPN" and named.ent_type_ == "PERSON":
        return named
    if last.head.pos_ == "PROPN" and sentence_start <= last.head.i < last.i:
        return last.head  # the comma closing `Ruiz, the party's candidate in ...,` hangs on Ruiz
    window = last.doc[max(sentence_start, last.i - _ASIDE_TOKENS) : last.i]
    opening = next((t for t in reversed(window) if t.text == ","), None)
    if opening is None or opening.i == sentence_start or opening.i + 1 == last.i:
        return None
    first, named = opening.nbor(1), opening.nbor(-1)
    if first.pos_ in _ASIDE_OPENERS or first.lower_ in ("who", "whose"):
        return named
    inside = last.doc[opening.i + 1 : last.i]
    roots = [t for t in inside if not opening.i < t.head.i < last.i]
    describes = len(roots) == 1 and roots[0].dep_ == "appos" and roots[0].head.i == named.i
    return named if describes else None  # `Reid, the minority leader,`: an appositive


def appositive_subject(before: Token) -> Token | None:
    """`..., the party's candidate said ...` with the noun phrase before the verb hung as an
    appositive of an earlier noun (after a comma): that phrase is the verb's subject."""
    if before.dep_ != "appos" or before.pos_ not in ("NOUN", "PROPN") or before.head.i > before.i:
        return None
    opening = before.left_edge.i - 1
    if opening < before.sent.start or before.doc[opening].text != ",":
        return None
    return before


def root_participle(verb: Token) -> bool:
    """`A new poll found last week that ...`, `Ruiz, who ..., tweeted on Friday`: a past
    form the parser hung as a participle on the sentence's root, a noun phrase. With no
    verb of its own the sentence must be the participle's: the noun is its subject."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or head.dep_ != "ROOT":
        return False
    if head.pos_ not in ("NOUN", "PROPN", "ADJ") or head.i > verb.i:
        return False
    return not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in verb.children
    )


def other_subject(subject: Token | None, verb: Token) -> Token | None:
    """`Party figures - whose ... - both suggested`: a floating "both" or "all" stands for
    the verb's other subject, when the parser gives one."""
    if (
        subject is None
        or subject.lower_ not in _FLOATING
        or any(c.dep_ == "prep" for c in subject.children)
    ):
        return subject
    other = [c for c in verb.children if c.dep_ == "nsubj" and c.i != subject.i]
    return other[0] if other else subject


_FLOATING = frozenset({"both", "all", "each"})


def conjoined_name(verb: Token) -> Token | None:
    """`..., and NBC News will accuse ...`: a name right before the verb (auxiliaries and
    adverbs between) that the parser joined to an earlier noun with "and"."""
    index = verb.i - 1
    while index > verb.sent.start and verb.doc[index].dep_ in ("aux", "neg", "advmod"):
        if verb.doc[index].head.i != verb.i:
            return None
        index -= 1
    name = verb.doc[index]
    if name.dep_ != "conj" or name.pos_ != "PROPN" or name.ent_type_ in _NON_PERSON_ENTS:
        return None
    if name.head.i > name.i or not any(c.dep_ == "cc" for c in name.head.children):
        return None
    return name


def hosts(subject: Token, name: Token) -> bool:
    """The parser took `a state and Cruz` for the subject: the name is the speaker when the
    noun it hangs on is a thing, not a person, role or group."""
    if name.head.i != subject.i or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    words = people()
    lemma = subject.lemma_.lower()
    return lemma not in words.role_nouns and lemma not in words.group_nouns


def quantity_before(verb: Token) -> Token | None:
    """`About 4 in 10 say ...`, `Less than a third agreed ...`: a share of people opening
    the sentence, which the parser hung on the verb as a modifier, not as its subject."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    left = [c for c in verb.lefts if c.dep_ not in ("aux", "neg", "punct")]
    if not left or left[0].dep_ not in _QUANTITY_DEPS or left[0].left_edge.i != verb.sent.start:
        return None
    share = left[0]
    counted = share.pos_ == "NUM" or share.ent_type_ in ("CARDINAL", "PERCENT")
    return share if counted and share.i == verb.i - 1 else None


_QUANTITY_DEPS = frozenset({"nummod", "npadvmod", "advmod"})


def clausal_subject(verb: Token) -> Token | None:
    """`Voters going to the polls said ...`: the parser made the subject's participle the
    verb's clausal subject; the participle's own subject is the speaker."""
    clause = next((c for c in verb.children if c.dep_ == "csubj"), None)
    if clause is None or clause.tag_ != "VBG":
        return None
    subject = nearest_subject(clause)
    return subject if subject is not None and subject.i < clause.i else None


def in_marks(token: Token) -> bool:
    """The token lies inside quote marks opened earlier in its sentence."""
    opened = False
    for before in token.doc[token.sent.start : token.i]:
        if before.text in ("“", "``"):
            opened = True
        elif before.text in ("”", "''"):
            opened = False
        elif before.text == '"':
            opened = not opened
    return opened


def _opens_quote(token: Token) -> bool:
    return token.i > 0 and token.nbor(-1).text in _OPENING


def _names_after(verb: Token) -> bool:
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return following is not None and following.pos_ == "PROPN"


_OPENING = frozenset({"“", "‘", '"', "'", "``"})


def left_clause_subject(verb: Token) -> Token | None:
    """`Ruiz offered the man a job, then says ...`: the parser made the first of two joined
    verbs a clause the second reports; with no subject of its own the second shares the
    first one's. Not a verb with words right after it (`..., said Ruiz`)."""
    if verb.tag_ not in _FINITE or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubjpass", "expl", "csubj", "dobj", "attr") for c in verb.children):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not clauses:
        return None
    clause = clauses[-1]
    if _opens_quote(clause.left_edge) or _names_after(verb):
        return None  # `"...," said Ruiz`: the quote's own subject is not the speaker
    between = verb.doc[clause.right_edge.i + 1 : verb.i]
    if (
        not between
        or between[0].text != ","
        or any(t.pos_ not in ("PUNCT", "ADV", "CCONJ") for t in between)
    ):
        return None
    subject = nearest_subject(clause)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None
