"""The words of documents issued (documents.json): verbs of issuing and document nouns.

Read by documents.py (what a document issued says) and by subjects.py (who speaks through
a document's own clause: `released an ad that urges ...`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from reader.quotes.lexicon import read_json, regular_forms


@dataclass(frozen=True, slots=True)
class DocumentWords:
    particles: dict[str, str]  # verb lemma -> the particle it needs ("" for none)
    forms: dict[str, str]  # lower-case word form -> lemma
    nouns: frozenset[str]
    groups: frozenset[str]
    preps: frozenset[str]

    def verb_for(self, token: Token) -> str | None:
        """The lemma of the issuing verb `token` is, with its particle if it needs one."""
        lemma = token.lemma_.lower()
        if lemma not in self.particles:
            lemma = self.forms.get(token.lower_, "")
        if lemma not in self.particles:
            return None
        needed = self.particles[lemma]
        if needed and not any(c.dep_ == "prt" and c.lower_ == needed for c in token.children):
            return None  # "put the plan on hold" issues nothing; "put out a statement" does
        return lemma

    def may_issue(self, text: str, words: list[str]) -> bool:
        """Whether a sentence holds a form of an issuing verb and a document noun (sentence
        selection; `words` are its letter runs, so `op-ed` is looked for in `text`)."""
        lowered = [w.lower() for w in words]
        if not any(w in self.forms for w in lowered):
            return False
        if any(w in self.nouns or _singular(w) in self.nouns for w in lowered):
            return True
        low = text.lower()
        return any("-" in noun and noun in low for noun in self.nouns)


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@cache
def document_words() -> DocumentWords:
    data = read_json("documents.json")
    particles: dict[str, str] = {}
    forms: dict[str, str] = {}
    for lemma, spec in data["verbs"].items():
        particles[lemma] = spec.get("particle", "")
        for form in regular_forms(lemma) | set(spec.get("forms", [])):
            forms[form] = lemma
    return DocumentWords(
        particles,
        forms,
        frozenset(data["nouns"]),
        frozenset(data["groups"]),
        frozenset(data["preps"]),
    )


_RELATIVES = frozenset({"that", "which"})


def issuing_verb(subject: Token, clause: Token) -> Token | None:
    """`Ruiz released an ad that urges voters to ...`: the ad speaks for whoever issued it.
    When `clause` is a relative clause on a document, with the relative as its subject
    (`subject`), and the document is the object of a verb of issuing, that verb (whose
    subject is the speaker); else None. A document no one is said to issue (`a report that
    found ...`) speaks for itself."""
    if subject.lower_ not in _RELATIVES or clause.dep_ != "relcl":
        return None
    document, verb = clause.head, clause.head.head
    if document.dep_ != "dobj" or document.i > clause.i or verb.i > document.i:
        return None
    words = document_words()
    if document.lemma_.lower() not in words.nouns or words.verb_for(verb) is None:
        return None
    return verb
