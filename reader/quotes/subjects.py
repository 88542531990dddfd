"""Who a cue's words belong to, in the parse: the cue's subject, found through the ways
news sentences hide it.

`Ana Ruiz said`, `Ruiz, adding that`, `Ruiz issued a statement saying`, `Ruiz was asked by
Tom Park whether`, `Ruiz was pressed on it and said`, `aides are quick to point out`, and the
inverted tag after a quote (`"...," added another councillor`).
"""

from __future__ import annotations

from spacy.tokens import Token

from reader.quotes.controlled import object_controller
from reader.quotes.document_lexicon import issuing_verb
from reader.quotes.frames import nearest_subject, stolen_subject
from reader.quotes.lexicon import cues
from reader.quotes.misparsed import (
    appositive_subject,
    before_aside,
    clausal_subject,
    conjoined_name,
    hosts,
    in_marks,
    left_clause_subject,
    other_subject,
    quantity_before,
    root_participle,
)

_CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "relcl", "prep", "pobj", "acl"})
_NON_PERSON_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL"})
_CLOSING = frozenset({"”", "’", '"', "'", "''"})
_TAG_NAME_TOKENS = 4
_CLIMB_STEPS = 5
# A word the parser left unattached before a subjectless verb ("Brandt said" with "Brandt"
# as an adverb): it names the speaker when it is capitalised and no common word.
_STRAY_DEPS = frozenset({"advmod", "npadvmod", "intj", "nmod", "dep"})
_TAG_DEPS = frozenset({"nsubj", "dobj", "attr", "npadvmod", "dative", "oprd"})


def speaker_token(cue: Token) -> Token | None:
    """The token that names who speaks through `cue`, or None."""
    return find_speaker_token(cue) or inverted_tag(cue)


def find_speaker_token(cue: Token) -> Token | None:
    """The subject of the cue, climbing through `adding that`, `sought to ... with a warning`,
    `issued a statement saying`, `are quick to point out`."""
    if root_participle(cue):
        return (
            cue.head
        )  # "A new poll found that ...": a finite verb the tagger took for a participle
    if _bare_participle(cue):
        return _agent(cue)  # "Park, asked about it, said": the asker, if named, not Park
    first = cue
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "speaking ... and talking about": the first of the pair
    if _modifying_participle(first):
        return first.head  # "a group backing the plan", "emails showing that ...": the noun
    token = cue
    for _ in range(_CLIMB_STEPS):
        controller = object_controller(token)
        if controller is not None:
            return controller  # "led critics to say": the critics
        subject = _own_subject(token, cue)
        if subject is not None:
            issuer = issuing_verb(subject, token)  # "released an ad that urges": the releaser
            if issuer is None:
                # a relative "who" is the mention; it stands for token.head
                return _bound_pronoun(subject, token)
            token = issuer
            continue
        climbed = _climb(token) or _gerund_holder(token, cue)
        if climbed is None:
            return None
        token = climbed
        if token.dep_ == "ccomp" and cue.dep_ == "conj" and not _misread_opening(token):
            token = token.head  # "acknowledged that X would ... and said": not X's words
    return None


def _misread_opening(clause: Token) -> bool:
    """`Presumptive nominee Ana Ruiz called ... and said ...` parsed with the opening word
    as a subjectless root verb and the rest of the sentence as its complement: the clause
    is the sentence, and its subject the speaker of both verbs."""
    head = clause.head
    return (
        head.dep_ == "ROOT"
        and head.i == head.sent.start
        and clause.left_edge.i == head.i + 1
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in head.children)
    )


def _bound_pronoun(subject: Token, verb: Token) -> Token:
    """`He made it clear that he felt ...`, `Ruiz said she believes ...`: a pronoun subject
    of a clause that completes another verb is that verb's subject (the same pronoun, or a
    person's name for "he" or "she"), named where the sentence names the speaker."""
    low = subject.lower_
    if low not in _BINDABLE:
        return subject
    token = verb
    for _ in range(_CLIMB_STEPS):
        if not _completes(token):
            return subject
        token = token.head
        if token.i > verb.i:
            return subject  # a verb after the clause is the parser's: `He noted ...: he won`
        outer = nearest_subject(token)
        if outer is None or outer.lower_ == "it":
            continue  # "made it clear that": the clause completes "made"
        named = low in ("he", "she") and outer.pos_ == "PROPN" and outer.ent_type_ == "PERSON"
        same = outer.lower_ == low or named
        return outer if same and outer.i < subject.i else subject
    return subject


_BINDABLE = frozenset({"he", "she", "they", "we"})


def _completes(verb: Token) -> bool:
    """The verb heads a clause completing its head: `said [that] ...`, `wants to ...`, or
    the parser's adverbial `that`-clause (`made it clear that ...`)."""
    if verb.dep_ in ("ccomp", "xcomp"):
        return True
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
    )


def _own_subject(token: Token, cue: Token) -> Token | None:
    subject = other_subject(nearest_subject(token), token)
    if subject is not None and token is cue and in_marks(subject):
        # `"Good reporter," Ruiz, the party's ..., said`: the parser took a word of the
        # quote for the subject; the name before the verb's aside is the speaker.
        subject = _name_before(token) or subject
    conjoined = conjoined_name(token)
    if conjoined is not None and (subject is None or hosts(subject, conjoined)):
        return conjoined
    if subject is not None:
        return subject
    if token is cue and stolen_subject(cue) is not None:
        return stolen_subject(cue)  # "..., said a spokesman, Ana Ruiz, who ..."
    if token is not cue and root_participle(token):
        return token.head  # "Ruiz, who ..., tweeted on Friday to say": the tweeter
    if token is not cue and _adjunct_gerund(cue, token):
        passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            return passive  # "Ruiz was booed by fans after telling them ...": Ruiz told
    agent = _agent(token)
    if agent is not None:
        return agent  # "was asked by Tom Park whether ...": the asker speaks
    if token is not cue and cue.dep_ == "conj" and token.i == cue.head.i:
        # "Ruiz was pressed on the budget and said ...": the shared subject of the pair
        passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            return passive
    if token.i > cue.i:
        return None
    return (
        _stray_name(token)
        or _name_before(token)
        or quantity_before(token)
        or clausal_subject(token)
        or left_clause_subject(token)
    )


def _adjunct_gerund(cue: Token, verb: Token) -> bool:
    """The cue is an -ing adjunct of time of `verb` (`after telling them`, `before saying`):
    its doer is the verb's own subject, even when the verb is passive and names an agent.
    Not `interviewed about Ruiz calling ...` (whose gerund has a doer of its own) nor a bare
    participle (`, saying ...`), which the parser hangs on whatever verb is near."""
    if cue.tag_ != "VBG" or cue.dep_ != "pcomp":
        return False
    preposition = cue.head
    return preposition.lower_ in _TIME_PREPOSITIONS and preposition.head.i == verb.i


_TIME_PREPOSITIONS = frozenset({"after", "before", "while", "since", "upon", "when"})


def _climb(token: Token) -> Token | None:
    """The word to look for a subject on next, or None when the cue's clause ends here."""
    if token.dep_ == "acomp":
        return token.head  # "are quick to point out": the subject of "are"
    if token.dep_ in ("dobj", "attr") and cues().is_cue_noun(token.text):
        return token.head  # "issued a statement saying ...": who issued it
    if token.dep_ not in _CLIMB_DEPS:
        return None
    return token.head


def _gerund_holder(token: Token, cue: Token) -> Token | None:
    """`took the step of criticizing X`, `was the fiercest in denouncing X`: a gerund cue
    under a preposition of the verb's object or complement is the verb's subject's act."""
    if cue.tag_ != "VBG" or cue.dep_ != "pcomp" or cue.head.head.i != token.i:
        return None
    if token.dep_ not in _GERUND_HOLDERS or token.pos_ not in ("NOUN", "ADJ"):
        return None
    return token.head


_GERUND_HOLDERS = frozenset({"dobj", "attr", "acomp"})


def _bare_participle(verb: Token) -> bool:
    """`asked about the toll` modifying a noun or clause: a passive participle with no
    auxiliary, whose subject is the one spoken to."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "advcl"):
        return False
    if verb.dep_ == "acl" and verb.head.pos_ != "PROPN":
        return False  # "a bill intended to ...": the bill's purpose, not someone questioned
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def _modifying_participle(verb: Token) -> bool:
    """`-ing` participle modifying a noun that no one issues (`a statement saying`, `a letter
    accusing` speak for whoever issued them): the noun does what the participle says."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.head.i > verb.i:
        return False
    head = verb.head
    if head.dep_ == "dobj":
        return False  # "published a letter accusing ...": the publisher's words, if anyone's
    return head.pos_ in ("NOUN", "PROPN") and not cues().is_cue_noun(head.text)


def _agent(verb: Token) -> Token | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    passive = _bare_participle(verb) or any(c.dep_ == "auxpass" for c in verb.children)
    if agent is None or not passive:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


def _stray_name(verb: Token) -> Token | None:
    """`Brandt said ...` parsed with "Brandt" as an adverb or interjection and no subject:
    the capitalised word opening the clause before the verb. A name the tagger knows may
    stand apart (`Brandt, meanwhile, was ...`); another word must touch the verb or its
    auxiliaries, as no opening adverb does without a comma ("Instead, ...")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    left = [c for c in verb.lefts if c.dep_ not in ("aux", "neg", "punct")]
    if not left or left[0].dep_ not in _STRAY_DEPS or left[0].i != verb.sent.start:
        return None
    word = left[0]
    if not word.text[:1].isupper() or word.is_stop or not word.is_alpha:
        return None
    if word.ent_type_ in _NON_PERSON_ENTS:
        return None
    if word.pos_ == "PROPN" or word.ent_type_ in ("PERSON", "ORG"):
        return word
    between = verb.doc[word.i + 1 : verb.i]
    return word if all(t.dep_ in ("aux", "neg") for t in between) else None


def _name_before(verb: Token) -> Token | None:
    """`..., former president Ana Ruiz said ...` parsed with the name hung elsewhere (an
    appositive of an earlier noun) and the finite verb left without a subject: the proper
    name right before it is the subject."""
    if verb.tag_ not in _FINITE or verb.i == 0 or verb.i == verb.sent.start:
        return None
    if any(c.dep_ in ("nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    last = verb.nbor(-1)
    while last.i > verb.sent.start and last.dep_ == "advmod" and last.head.i == verb.i:
        last = last.nbor(-1)  # `Ruiz, the chief, bluntly said`
    appositive = appositive_subject(last)
    if appositive is not None:
        return appositive
    before = before_aside(last)
    if before is None or before.pos_ != "PROPN" or before.ent_type_ in _NON_PERSON_ENTS:
        return None
    return before


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def inverted_tag(cue: Token) -> Token | None:
    """`"...," said Rosa Quint, head of ...` / `"...," added another councillor`: the noun
    phrase right after a speech verb that follows a quote's closing comma (the parser often
    hangs the name on a later verb, or takes the speaker for the verb's object)."""
    if cue.i < 2:
        return None
    before, earlier = cue.nbor(-1).text, cue.nbor(-2).text
    closing = (before in _CLOSING and earlier in (",", "?", "!")) or (
        before == "," and earlier in _CLOSING
    )
    if not closing:
        return None
    name = []
    for token in cue.doc[cue.i + 1 : cue.i + 1 + _TAG_NAME_TOKENS]:
        if token.pos_ != "PROPN":
            break
        name.append(token)
    if name:
        return name[-1] if can_speak(name[-1]) else None
    return _tag_phrase(cue)


def _tag_phrase(cue: Token) -> Token | None:
    """The head of the noun phrase that follows the verb directly (`added a local farmer`)."""
    heads = [c for c in cue.rights if c.dep_ in _TAG_DEPS and c.pos_ in ("NOUN", "PROPN")]
    if not heads:
        return None
    head = heads[0]
    if head.left_edge.i != cue.i + 1:
        return None
    return head if can_speak(head) else None


def can_speak(token: Token | None) -> bool:
    return token is not None and token.ent_type_ not in _NON_PERSON_ENTS
