"""The words of hedged and impersonal attributions (hedges.json), for hedges.py and for
choosing the sentences worth parsing."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reader.quotes.lexicon import read_json


@dataclass(frozen=True, slots=True)
class HedgeWords:
    raising: frozenset[str]  # lemmas: seem, appear
    look: frozenset[str]  # what makes `look` a hedge besides `like`: set, poised...
    passives: dict[str, frozenset[str]]  # lemma -> complements ("to": an infinitive)
    adverbs: frozenset[str]
    impersonal: frozenset[str]
    modal: frozenset[str]  # lemmas still hedges under may/might/could/can: seem, expect
    forms: frozenset[str]  # lower-case words that may start a hedge, to choose sentences

    def raising_lemma(self, form: str) -> str | None:
        """The raising verb a lower-case form is of (`seemed` tagged as an auxiliary keeps
        its form as its lemma)."""
        for lemma in self.raising:
            if form in (lemma, f"{lemma}s", f"{lemma}ed", f"{lemma}ing"):
                return lemma
        return None

    def may_find(self, words: list[str]) -> bool:
        """Whether a sentence's words may hold a hedge (so it is worth parsing)."""
        lowered = [w.lower() for w in words]
        if any(w in self.forms for w in lowered):
            return True
        asked = "it" in lowered or "whether" in lowered  # "Whether ... is unknown"
        return asked and any(w in self.impersonal for w in lowered)


@cache
def hedge_words() -> HedgeWords:
    data = read_json("hedges.json")
    raising = frozenset(data["raising"])
    passives = {lemma: frozenset(c) for lemma, c in data["passives"].items()}
    forms = {f"{v}{end}" for v in raising for end in ("", "s", "ed", "ing")}
    forms |= {"looks", "look", "looked", "looking", "expected", "seen", "known"}
    forms |= {f"{lemma}ed" for lemma in passives} | set(data.get("participles", []))
    return HedgeWords(
        raising,
        frozenset(data["look"]),
        passives,
        frozenset(data["adverbs"]),
        frozenset(data["impersonal"]),
        frozenset(data["modal"]),
        frozenset(forms) | frozenset(data["adverbs"]),
    )
