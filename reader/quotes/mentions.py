"""What a speaker's noun phrase says about them: name, role, kind, gender, possessor.

`His spokesman, Dmitry Peskov` gives a name (Dmitry Peskov), a role (spokesman)
and a possessor (His) that the speaker resolver follows to Putin.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Token

from reader.documents.model import Span
from reader.quotes.counted import ratio_words
from reader.quotes.lexicon import people
from reader.quotes.parsed import ParsedChunk


class MentionKind(StrEnum):
    PERSON = "person"
    ROLE = "role"  # a person named by function: "a Downing Street spokeswoman"
    GROUP = "group"  # plural or collective speakers: "European diplomats", "the government"
    ORG = "organisation"  # places and organisations that speak: "Moscow", "NATO"
    PRONOUN = "pronoun"


@dataclass(frozen=True)
class Mention:
    span: Span
    text: str
    kind: MentionKind
    name: str | None = None  # a person's name without titles, or an organisation's name
    role: str | None = None  # "French President", "spokesman"
    role_head: str | None = None  # the role's head noun lemma: "spokesman"
    possessor: Mention | None = None  # "His"/"Putin's" in "His spokesman"
    gender: str | None = None  # "m" or "f" when a name, title or pronoun tells
    plural: bool = False
    refers_to: Mention | None = None  # the antecedent of a relative "who"/"which"


_KEEP_DEPS = frozenset({"compound", "amod", "det", "poss", "case", "nmod", "nummod", "flat"})
_ORG_ENTS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our"})
_NEUTER_PRONOUNS = frozenset({"it", "its"})
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})


def mention_from_token(chunk: ParsedChunk, head: Token) -> Mention:
    if head.lower_ in _RELATIVES and head.head.dep_ == "relcl" and head.head.head.i != head.i:
        return _relative_mention(chunk, head, head.head.head)
    if head.pos_ == "PRON" or head.lower_ in _PRONOUNS:
        return _pronoun_mention(chunk, head)
    if _glued_hyphen(head):  # the parser took the "-" of "Min-ji" for the subject
        return mention_from_token(chunk, head.nbor(-1))
    stand_in = _stand_in(head)
    if stand_in is not None:
        return mention_from_token(chunk, stand_in)
    tokens = ratio_words(head) or _phrase_tokens(head)  # "Six in 10", not "Six"
    if head.dep_ == "poss":  # "Kerry's call for ...": the speaker is Kerry, not "Kerry's"
        tokens = [t for t in tokens if not (t.dep_ == "case" and t.head.i == head.i)] or [head]
    span = chunk.tokens_span(tokens[0], tokens[-1])
    text = chunk.text_of(span)
    appositive = next((c for c in head.children if c.dep_ == "appos"), None)
    if appositive is not None and _misread_object(head, tokens[0], appositive):
        # `With days until the vote, Ana Ruiz, an aide, said`: "the vote" is the
        # preposition's object the parser took for the subject; the name beside it speaks.
        return mention_from_token(chunk, appositive)
    person = _person_tokens(_own_tokens(tokens)) or _appositive_name(head, appositive)
    if person:
        if appositive is not None and person[-1].i > head.i:
            span = Span(span.start, chunk.token_span(person[-1]).end)
            text = chunk.text_of(span)
        return _person_mention(chunk, span, text, tokens, person, head)
    return _nominal_mention(chunk, span, text, tokens, head)


def _misread_object(head: Token, first: Token, appositive: Token) -> bool:
    """A common noun right after a preposition, parsed as the subject, with a person's name
    beside it: the parser lost the preposition's object (`until the vote, Ana Ruiz, said`)."""
    after_preposition = first.i > 0 and first.nbor(-1).pos_ == "ADP"
    return (
        after_preposition
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.pos_ == "NOUN"
        and not _is_role(head)
        and bool(_person_tokens(_phrase_tokens(appositive)))
    )


def _stand_in(head: Token) -> Token | None:
    """`One analyst, Priti Anand,` / `Many of the residents` / `A number of farmers`: the
    phrase that names the speaker."""
    quantity = head.pos_ == "NOUN" and head.lower_ in people().quantity_nouns
    if head.pos_ not in ("NUM", "DET", "ADJ") and not quantity:
        return None
    appositive = next((c for c in head.children if c.dep_ == "appos"), None)
    if appositive is not None and not quantity:
        return appositive
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _relative_mention(chunk: ParsedChunk, relative: Token, antecedent: Token) -> Mention:
    """`Sanders, who said ...`: the text names the speaker with "who", which stands for the
    noun phrase the clause hangs on."""
    if relative.lower_ in ("who", "whom") and not _may_be_people(antecedent):
        antecedent = _people_before(antecedent) or antecedent
    named = mention_from_token(chunk, antecedent)
    own = chunk.token_span(relative)
    # The span runs from the name to "who" (`Ana Ruiz, who`), which the reader sees as one.
    span = Span(named.span.start, own.end) if named.span.end <= own.start else own
    return Mention(
        span=span,
        text=chunk.text_of(span),
        kind=MentionKind.PRONOUN,
        refers_to=named,
    )


def _may_be_people(token: Token) -> bool:
    """A noun "who" can stand for: a person's name, a role, a group, a plural."""
    words = people()
    return (
        token.ent_type_ in ("PERSON", "NORP", "ORG")
        or token.pos_ in ("PROPN", "PRON")
        or token.tag_ in ("NNS", "NNPS")
        or _is_role(token)
        or token.lower_ in words.group_nouns | words.male_words | words.female_words
    )


def _people_before(thing: Token) -> Token | None:
    """`listeners to his radio show who said`: "who" is the listeners, not the show. When
    the thing is the object of a preposition right after a noun that can be people, the
    clause is theirs."""
    preposition = thing.head
    if thing.dep_ != "pobj" or preposition.i == 0:
        return None
    before = preposition.nbor(-1)
    common = before.pos_ == "NOUN" or before.tag_ == "NNPS" or before.ent_type_ == "NORP"
    return before if common and before.dep_ != "poss" and _may_be_people(before) else None


def _pronoun_mention(chunk: ParsedChunk, head: Token) -> Mention:
    low = head.lower_
    return Mention(
        span=chunk.token_span(head),
        text=head.text,
        kind=MentionKind.PRONOUN,
        gender=_PRONOUNS.get(low),
        plural=low in _PLURAL_PRONOUNS,
        role="it" if low in _NEUTER_PRONOUNS else None,
    )


def _phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase around `head` without clauses, appositives or trailing prepositions."""
    kept = [head]
    for child in head.children:
        if child.dep_ in _KEEP_DEPS:
            kept.extend(child.subtree if child.dep_ == "poss" else _phrase_tokens(child))
        elif head.like_num and (child.dep_ == "quantmod" or child.lower_ in ("in", "out")):
            kept.extend(child.subtree)  # a share: "Four in 10", "One in five", not "10"
        elif child.dep_ == "prep" and child.lower_ in ("of", "for", "at") and _is_role(head):
            kept.extend(t for t in child.subtree if t.dep_ not in ("relcl", "punct"))
        elif child.dep_ == "advmod" and head.dep_ == "amod" and child.i < head.i:
            kept.append(child)  # "more" of "the more moderate Ruiz"
    kept.sort(key=lambda t: t.i)
    contiguous = _run_around(_with_inner_hyphens(kept), head)
    while contiguous and contiguous[0] is not head and _hyphen_tail(contiguous[0]):
        contiguous.pop(0)  # "old" of "82-year-old Rosa Quint": the rest of its word is not kept
    while contiguous and contiguous[-1].pos_ == "PROPN" and _glued_hyphen_after(contiguous[-1]):
        last = contiguous[-1]
        contiguous += [last.nbor(1), last.nbor(2)]  # "Kwon Min" + "-ji": one name
    return contiguous or [head]


def _glued_hyphen(token: Token) -> bool:
    """A hyphen inside a word: `Min-ji`, no space on either side."""
    return (
        token.text in ("-", "–")
        and 0 < token.i < len(token.doc) - 1
        and not token.nbor(-1).whitespace_
        and not token.whitespace_
    )


def _glued_hyphen_after(token: Token) -> bool:
    return token.i + 2 < len(token.doc) and _glued_hyphen(token.nbor(1))


def _with_inner_hyphens(kept: list[Token]) -> list[Token]:
    """`well-known`, `anti-war`: a hyphen between two kept words belongs to the phrase."""
    places = {t.i for t in kept}
    doc = kept[0].doc
    hyphens = [
        doc[i + 1]
        for i in places
        if i + 2 in places
        and i + 1 not in places
        and doc[i + 1].text in ("-", "–")
        and not doc[i].whitespace_
    ]
    return sorted(kept + hyphens, key=lambda t: t.i) if hyphens else kept


def _run_around(kept: list[Token], head: Token) -> list[Token]:
    """The unbroken run of kept tokens that holds the head: a dateline the parser hung on
    the name (`LONDON (Wire) - Ana Ruiz said`) or a word it left out (`The more moderate
    Ruiz`) breaks the phrase there, and the part with the head names the speaker."""
    at = next(i for i, t in enumerate(kept) if t.i == head.i)
    start = end = at
    while start > 0 and kept[start - 1].i == kept[start].i - 1:
        start -= 1
    while end + 1 < len(kept) and kept[end + 1].i == kept[end].i + 1:
        end += 1
    return kept[start : end + 1]


def _hyphen_tail(token: Token) -> bool:
    """The token ends a hyphenated word whose start the phrase left out."""
    if token.i == 0:
        return False
    before = token.nbor(-1)
    return before.text in ("-", "–") and not before.whitespace_


def _appositive_name(head: Token, appositive: Token | None) -> list[Token]:
    """`His spokesman, Pavel Orlov`: a name set beside a role names a person."""
    if appositive is None:
        return []
    tokens = _phrase_tokens(appositive)
    named = _person_tokens(tokens)
    if named or not _is_role(head):
        return named
    proper = _trailing_proper_nouns(tokens)
    return proper if proper and proper[-1].ent_type_ not in ("GPE", "LOC", "NORP") else []


def _person_tokens(tokens: list[Token]) -> list[Token]:
    """The name part of a phrase: a PERSON entity, or proper nouns after a title or first name."""
    named = [t for t in tokens if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
    if named:
        return _with_inner_hyphens(named)  # "Ban Ki-moon", not "Ban Ki moon"
    words = people()
    propn = _trailing_proper_nouns(tokens)
    if not propn or propn[-1].ent_type_ in _ORG_ENTS:
        return []
    before = tokens[tokens.index(propn[0]) - 1] if tokens.index(propn[0]) > 0 else None
    first_name_known = propn[0].lower_ in words.male_names | words.female_names
    titled = before is not None and before.lower_.rstrip(".") in words.titles | words.honorifics
    return propn if (first_name_known and len(propn) > 1) or titled else []


def _trailing_proper_nouns(tokens: list[Token]) -> list[Token]:
    words = people()
    run: list[Token] = []
    for token in reversed(tokens):
        glued = bool(run) and _glued_hyphen(token)  # "Jean-Luc": the hyphen is in the name
        if not glued and (token.pos_ != "PROPN" or token.lower_ in words.titles):
            break
        run.insert(0, token)
    while run and (run[0].lower_ in words.honorifics or _glued_hyphen(run[0])):
        run.pop(0)
    return run


def _person_mention(
    chunk: ParsedChunk,
    span: Span,
    text: str,
    tokens: list[Token],
    person: list[Token],
    head: Token,
) -> Mention:
    words = people()
    name_tokens = [t for t in person if t.lower_.rstrip(".") not in words.honorifics] or person
    title_tokens = [t for t in tokens if t.i < person[0].i and t.dep_ not in ("det", "punct")]
    title_tokens = [t for t in title_tokens if t.lower_.rstrip(".") not in words.honorifics]
    role = _words(title_tokens) or None
    role_head = head.lemma_.lower() if _is_role(head) else None
    possessor = _possessor(chunk, head)
    if role_head is not None:
        role = _role_text(tokens)
    lowered = {t.lower_.rstrip(".") for t in _own_tokens(tokens)} | {t.lower_ for t in person[:1]}
    return Mention(
        span=span,
        text=text,
        kind=MentionKind.PERSON,
        name=_name_text(name_tokens).removesuffix("'s").strip(),
        role=role,
        role_head=role_head,
        possessor=possessor,
        gender=_gender(lowered),
    )


def _nominal_mention(
    chunk: ParsedChunk, span: Span, text: str, tokens: list[Token], head: Token
) -> Mention:
    words = people()
    plural = head.tag_ in ("NNS", "NNPS")
    if head.pos_ == "PROPN" or head.ent_type_ in _ORG_ENTS:
        kind = MentionKind.ORG
    elif plural or head.lower_ in words.group_nouns:
        kind = MentionKind.GROUP
    elif _is_role(head):
        kind = MentionKind.ROLE
    else:
        kind = MentionKind.ORG  # "the report", "the statement": speaks, but is no "he" or "she"
    role_text = _role_text(tokens)
    named = _organisation_name(tokens, head)
    return Mention(
        span=span,
        text=text,
        kind=kind,
        name=named or (role_text if kind is not MentionKind.ROLE else None),
        role=role_text if kind is MentionKind.ROLE else None,
        role_head=head.lemma_.lower() if kind is MentionKind.ROLE else None,
        possessor=_possessor(chunk, head),
        gender=_gender({t.lower_ for t in _own_tokens(tokens)}),
        plural=plural or kind is MentionKind.GROUP,
    )


def _organisation_name(tokens: list[Token], head: Token) -> str | None:
    """`the campaign group Blue Margin` -> "Blue Margin"; an appositive name counts too."""
    appositive = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if appositive is not None:
        return " ".join(t.text for t in _phrase_tokens(appositive) if t.dep_ != "det")
    if head.pos_ != "PROPN":
        return None
    proper = _trailing_run(tokens, lambda t: t.pos_ == "PROPN" or t.lower_ in ("and", "of"))
    if proper and len(proper) < len([t for t in tokens if t.dep_ != "det"]):
        return " ".join(t.text for t in proper)
    return None


def _trailing_run(tokens: list[Token], keep: Callable[[Token], bool]) -> list[Token]:
    run: list[Token] = []
    for token in reversed(tokens):
        if not keep(token):
            break
        run.insert(0, token)
    return run


def _role_text(tokens: list[Token]) -> str:
    """The phrase without its determiner or possessor: "His spokesman" -> "spokesman"."""
    kept = [t for t in _own_tokens(tokens) if t.lower_ not in _DETERMINERS]
    return _words(kept or tokens)


def _name_text(tokens: list[Token]) -> str:
    """A name as written, on one line: "Jean-Luc Moreau"."""
    return "".join(t.text + (" " if t.whitespace_ else "") for t in tokens).strip()


def _words(tokens: list[Token]) -> str:
    """The tokens as written: `well-known`, not "well - known"."""
    return "".join(t.text_with_ws for t in tokens).strip()


def _own_tokens(tokens: list[Token]) -> list[Token]:
    """Tokens that describe the speaker, not their possessor ("Her" in "Her spokesman")."""
    inside = {t.i for t in tokens}
    owned = {
        t.i
        for token in tokens
        if token.dep_ == "poss" and token.head.i in inside  # not the phrase's own head
        for t in token.subtree
    }
    return [t for t in tokens if t.i not in owned]


def _possessor(chunk: ParsedChunk, head: Token) -> Mention | None:
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    return mention_from_token(chunk, owner) if owner is not None else None


def _is_role(token: Token) -> bool:
    return token.lemma_.lower() in people().role_nouns or token.lower_ in people().role_nouns


def _gender(lowered_words: set[str]) -> str | None:
    words = people()
    if lowered_words & (words.male_words | words.male_names):
        return "m"
    if lowered_words & (words.female_words | words.female_names):
        return "f"
    return None
