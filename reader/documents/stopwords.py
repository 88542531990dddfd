"""The words too common to tell passages apart: one place for every layer's list.

A core of function words (articles, pronouns, the commonest auxiliaries and
prepositions, "not"), and on it each layer's own set, for what it asks of them:

- `COMMON_WORDS`, the core itself: words that do not make a quote's words
  distinctive when the audit looks for them in the other version;
- `STOPWORDS`: words too common to say whether two sentences are about the same
  thing (the alignment), the core with modal verbs, question words and "said";
- `FUNCTION_WORDS`: words whose change alone changes no fact (the change ledger),
  the core with modal verbs and hedging adverbs, but without "not" and "no" (a
  negation added or removed is a change) and a few words the ledger reads.
"""

from __future__ import annotations

from reader.documents.segment import word_set

COMMON_WORDS = word_set(
    "a an the of to in and or but is are was were be been that this it on for with as at by "
    "from he she they we i you his her their our its not no would will has have had"
)
_AUXILIARIES = word_set("being can could did do does may might should")

STOPWORDS = (
    COMMON_WORDS
    | _AUXILIARIES
    | word_set("if said says so than then there these those what when where which while who whom")
)

FUNCTION_WORDS = (
    COMMON_WORDS - word_set("from no not our")
    | _AUXILIARIES
    | word_set("also always even ever just must shall still yet")
)
