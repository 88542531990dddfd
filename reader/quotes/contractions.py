"""`He's said ...`: a contracted "has" the parser reads as the "is" of a passive.

The small model tags "'s" before a past participle as a passive auxiliary and the subject as
a passive subject, so "She's warned that the bridge could close" reads like "she is warned"
and names no speaker. A speech verb whose participle goes on to what was said (a clause, a
`that`, or one of its frame's prepositions: "who's called for a levy") is a perfect: the
"passive" subject is the speaker.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.frames import following_that
from reader.quotes.lexicon import CueVerb

_CONTRACTED = frozenset({"'s", "’s"})
_PAST = frozenset({"VBN", "VBD"})  # the tagger may take "said" after "'s" for a past tense


def contracted_perfect(sentence: SpacySpan, cue: Token, verb: CueVerb) -> Token | None:
    """The speaker of a cue misread as a passive behind a contracted "has", or None."""
    if cue.tag_ not in _PAST or any(c.dep_ == "agent" for c in cue.children):
        return None
    auxiliaries = [c for c in cue.children if c.dep_ == "auxpass"]
    if len(auxiliaries) != 1 or auxiliaries[0].lower_ not in _CONTRACTED:
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.i > cue.i:
        return None
    return subject if _goes_on_to_words(sentence, cue, verb) else None


def _goes_on_to_words(sentence: SpacySpan, cue: Token, verb: CueVerb) -> bool:
    if any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return True
    if "ccomp" in verb.frames and following_that(sentence, cue) is not None:
        return True
    return any(c.dep_ == "prep" and c.i > cue.i and c.lower_ in verb.preps for c in cue.children)
