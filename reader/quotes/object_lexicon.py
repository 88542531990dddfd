"""The words of noun-phrase claims (objects.json): verbs whose object is what was said
(`thanked the crews for ...`) and speech-act nouns that a plain verb turns into a claim
about their preposition's object (`took a swipe at ...`, `paid tribute to ...`).

Kept as data so a linguist can extend them without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from reader.quotes.lexicon import read_json, regular_forms


@dataclass(frozen=True, slots=True)
class ObjectVerb:
    lemma: str
    frames: frozenset[str]  # object, as, prep, paired, content
    preps: frozenset[str] = frozenset()  # the prep frame's prepositions: "referred to"
    any_subject: bool = False  # "the survey shows ...": no speaker needed as the subject
    particle: str = ""  # a phrasal verb's particle: "weigh in (on)", "call out"


@dataclass(frozen=True, slots=True)
class ObjectNoun:
    lemma: str
    preps: frozenset[str]  # "a swipe at", "tribute to"
    verbs: frozenset[str] = frozenset()  # only with these verbs ("took a shot at"), if any


@dataclass(frozen=True, slots=True)
class ObjectWords:
    verbs: dict[str, ObjectVerb]  # by lemma
    forms: dict[str, str]  # lower-case word form -> lemma
    nouns: dict[str, ObjectNoun]  # by lemma
    venues: frozenset[str] = frozenset()  # where words are said: "in a statement", "on radio"
    phrasal: dict[tuple[str, str], ObjectVerb] = field(default_factory=dict)  # (lemma, particle)
    owned: dict[str, frozenset[str]] = field(default_factory=dict)  # "his call for": noun -> preps
    adjectives: dict[str, frozenset[str]] = field(default_factory=dict)  # "critical of"
    agents: dict[str, frozenset[str]] = field(default_factory=dict)  # "a critic of": noun -> preps
    by_people: frozenset[str] = frozenset()  # owned nouns only a person owns: "his attack on"
    # passive judgments (judged.py): verb -> what completes it ("accused [of]", "small")
    passives: dict[str, frozenset[str]] = field(default_factory=dict)
    naming: dict[str, frozenset[str]] = field(default_factory=dict)  # only with a named agent
    received: dict[str, frozenset[str]] = field(default_factory=dict)  # "drew criticism (for)"
    content_nouns: frozenset[str] = frozenset()  # what words are: "told a story", "wrote a dissent"
    open_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # "the debate over"
    open_clauses: dict[str, frozenset[str]] = field(
        default_factory=dict
    )  # "the question of whether"
    light_forms: frozenset[str] = frozenset()  # "made", "makes": the light verbs' forms
    light: dict[str, frozenset[str]] = field(
        default_factory=dict
    )  # verb -> adjectives: "made clear"
    carried_out: frozenset[str] = frozenset()  # "managed to", "was quick to": done, not meant

    def verb_for(self, lemma: str, form: str) -> ObjectVerb | None:
        found = self.verbs.get(lemma.lower())
        if found is None:
            lemma_of_form = self.forms.get(form.lower())
            found = self.verbs.get(lemma_of_form) if lemma_of_form else None
        return found

    def noun_for(self, lemma: str) -> ObjectNoun | None:
        return self.nouns.get(lemma.lower())

    def phrasal_for(self, lemma: str, particle: str) -> ObjectVerb | None:
        return self.phrasal.get((lemma.lower(), particle.lower()))

    def is_cue_word(self, word: str) -> bool:
        """Whether a word may be one of these verbs or nouns (to choose sentences to parse;
        an adjective only with its preposition: `has_attitude_pair`)."""
        low = word.lower()
        if low in self.forms:
            return True
        nouns = (low, low.removesuffix("s"), low.removesuffix("es"))
        held = (self.nouns, self.owned, self.agents, self.open_nouns, self.open_clauses)
        return any(n in words for n in nouns for words in held)

    def has_attitude_pair(self, words: list[str]) -> bool:
        """Whether one of the adjectives comes shortly before one of its prepositions
        (`critical of`, `clear about`, `happy enough with`), to choose sentences to parse:
        many of them alone are too common (`clear`, `open`)."""
        lowered = [w.lower() for w in words]
        for index, word in enumerate(lowered):
            preps = self.adjectives.get(word)
            if preps and not preps.isdisjoint(lowered[index + 1 : index + 1 + _PAIR_REACH]):
                return True
        return False

    def has_light_pair(self, words: list[str]) -> bool:
        """Whether a form of a light verb comes shortly before one of its adjectives (`made
        it clear`), to choose sentences to parse: the adjective alone is too common."""
        lowered = [w.lower() for w in words]
        adjectives = frozenset().union(*self.light.values())
        for index, word in enumerate(lowered):
            if word in adjectives and any(
                w in self.light_forms for w in lowered[max(0, index - _LIGHT_REACH) : index]
            ):
                return True
        return False


_PAIR_REACH = 3  # words after the adjective to its preposition: "happy enough with"
_LIGHT_REACH = 3  # words between the verb and its adjective, inclusive: "made it very clear"


@cache
def object_words() -> ObjectWords:
    data = read_json("objects.json")
    verbs: dict[str, ObjectVerb] = {}
    forms: dict[str, str] = {}
    for lemma, spec in data["verbs"].items():
        verbs[lemma] = _verb(lemma, spec)
        for form in regular_forms(lemma) | set(spec.get("forms", [])):
            forms[form] = lemma
    phrasal: dict[tuple[str, str], ObjectVerb] = {}
    for words, spec in data.get("phrasal", {}).items():
        lemma, particle = words.split()
        phrasal[(lemma, particle)] = _verb(lemma, spec, particle)
        for form in regular_forms(lemma) | set(spec.get("forms", [])):
            forms.setdefault(form, lemma)
    for lemma in (*data.get("passives", {}), *data.get("naming_passives", {})):
        for form in regular_forms(lemma):
            forms.setdefault(form, lemma)  # sentences to parse: "was deemed", "is credited"
    nouns = {
        lemma: ObjectNoun(lemma, frozenset(spec["preps"]), frozenset(spec.get("verbs", [])))
        for lemma, spec in data.get("nouns", {}).items()
    }
    return ObjectWords(
        verbs,
        forms,
        nouns,
        frozenset(data.get("venues", [])),
        phrasal,
        {noun: frozenset(preps) for noun, preps in data.get("owned_nouns", {}).items()},
        {adjective: frozenset(preps) for adjective, preps in data.get("adjectives", {}).items()},
        {noun: frozenset(preps) for noun, preps in data.get("agent_nouns", {}).items()},
        frozenset(data.get("owned_by_people", [])),
        _lists(data.get("passives", {})),
        _lists(data.get("naming_passives", {})),
        _lists(data.get("received", {})),
        frozenset(data.get("content_nouns", [])),
        _lists(data.get("open_nouns", {})),
        _lists(data.get("open_clause_nouns", {})),
        frozenset().union(
            data.get("light_forms", []),
            *(regular_forms(v) for v in data.get("light_adjectives", {})),
        ),
        _lists(data.get("light_adjectives", {})),
        frozenset(data.get("carried_out", [])),
    )


def _lists(spec: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    return {word: frozenset(values) for word, values in spec.items()}


def _verb(lemma: str, spec: dict[str, Any], particle: str = "") -> ObjectVerb:
    return ObjectVerb(
        lemma,
        frozenset(spec["frames"]),
        frozenset(spec.get("preps", [])),
        bool(spec.get("any_subject")),
        particle,
    )
