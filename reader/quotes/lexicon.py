"""The word lists the extractor reads: speech cues (cues.json) and speaker words (people.json).

Kept as data so a linguist can extend them without touching code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class CueVerb:
    lemma: str
    frames: frozenset[str]  # ccomp, xcomp, as, dobj, oprd, prep, like
    person_subject: bool  # only a speech cue when a person or group is the subject
    preps: frozenset[str] = frozenset()  # the prep frame's prepositions: "call for", "refer to"
    # When given, the dobj frame holds only for these object nouns ("signed the bill")
    objects: frozenset[str] = frozenset()
    # A judgment still made as an adverbial purpose ("went on the radio to praise X")
    in_purpose: bool = False
    # The dobj frame holds only with the post the object is chosen for ("appointed a judge
    # to lead the inquiry", "chose Lee as running mate"; not "hired staff")
    for_post: bool = False
    # The ccomp frame holds only for a clause with its own tense or a that-, if- or wh-word
    # (`heard that the plan failed`, `heard how it ended`; not `heard the engine stop`): verbs of
    # perception, whose bare complement is a scene, not a report
    finite: bool = False


@dataclass(frozen=True, slots=True)
class Cues:
    verbs: dict[str, CueVerb]  # by lemma
    forms: dict[str, str]  # lower-case word form -> lemma, for cheap sentence selection
    nouns: frozenset[str]
    according: frozenset[str]
    # Forms more often nouns ("a point", "the talks"): no sign on their own that a new
    # attribution starts, as speech running on without marks is judged.
    noun_like: frozenset[str] = frozenset()
    # Nouns of belief and intention ("his view that ...", "made the case that ..."): a report
    # only when a source owns them. Adjectives of belief or feeling ("is confident that").
    stance_nouns: frozenset[str] = frozenset()
    stance_adjectives: frozenset[str] = frozenset()
    # Report verbs whose passive with a to-infinitive hides the source ("is said to").
    raising: frozenset[str] = frozenset()
    # A headline's `Source: ...` opening: nouns of sources, words of outlet names.
    source_nouns: frozenset[str] = frozenset()
    outlet_words: frozenset[str] = frozenset()
    # Verbs whose agentless passive names what was made public (`the deal was announced`).
    passive_objects: frozenset[str] = frozenset()
    # Heads of an infinitive that forecast rather than report (`is expected to back it`).
    forecasts: frozenset[str] = frozenset()
    # Verbs addressing a listener: their passive's subject hears (`Lee was told that ...`).
    listener_passives: frozenset[str] = frozenset()

    # Deeds that show a position (`voted for X`, `focused on X`), read with the verbs' frames
    # but no speech: they end no other report and head no clause of their own report.
    acts: dict[str, CueVerb] = field(default_factory=dict)
    act_forms: dict[str, str] = field(default_factory=dict)

    def act_for(self, lemma: str, form: str) -> CueVerb | None:
        found = self.acts.get(lemma.lower())
        if found is None:
            lemma_of_form = self.act_forms.get(form.lower())
            found = self.acts.get(lemma_of_form) if lemma_of_form else None
        return found

    def starts_report(self, word: str) -> bool:
        low = word.lower()
        return low in self.forms and low not in self.noun_like

    def verb_for(self, lemma: str, form: str) -> CueVerb | None:
        found = self.verbs.get(lemma.lower())
        if found is None:
            lemma_of_form = self.forms.get(form.lower())
            found = self.verbs.get(lemma_of_form) if lemma_of_form else None
        return found

    def is_cue_word(self, word: str) -> bool:
        low = word.lower()
        if low in self.forms or low in self.act_forms or self.is_cue_noun(low):
            return True
        if low in self.according:
            return True
        return self.is_stance_noun(low) or low in self.stance_adjectives

    def is_stance_noun(self, word: str) -> bool:
        low = word.lower()
        return low in self.stance_nouns or (low.endswith("s") and low[:-1] in self.stance_nouns)

    def is_cue_noun(self, word: str) -> bool:
        low = word.lower()
        return low in self.nouns or (low.endswith("s") and low[:-1] in self.nouns)


@dataclass(frozen=True, slots=True)
class PeopleWords:
    honorifics: frozenset[str]
    male_words: frozenset[str]
    female_words: frozenset[str]
    titles: frozenset[str]
    role_nouns: frozenset[str]
    group_nouns: frozenset[str]
    quantity_nouns: frozenset[str]  # "a number of" cities: the cities speak
    male_names: frozenset[str]
    female_names: frozenset[str]

    def names_people(self, word: str, lemma: str = "") -> bool:
        """A noun of people, in any of its forms: a role (`mayor`, `the aides`) or a group
        (`crew`, `voters`)."""
        forms = {word, word.removesuffix("s"), lemma} - {""}
        return not (forms.isdisjoint(self.role_nouns) and forms.isdisjoint(self.group_nouns))


def read_json(name: str) -> dict[str, Any]:
    """One of this package's data files (cues.json, objects.json, ...), parsed."""
    text = resources.files("reader.quotes").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def regular_forms(lemma: str) -> set[str]:
    """Third person, past and -ing forms of a regular verb (say -> says, sayed...)."""
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    forms = {lemma, third, past, ing}
    if _doubles_final_consonant(lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # admitted, planning
    return forms


def _doubles_final_consonant(lemma: str) -> bool:
    """Ends consonant-vowel-consonant (admit, plan, prefer): English doubles the last letter
    before -ed/-ing when the last syllable is stressed. Both spellings are kept, since a form
    that never occurs costs nothing."""
    if len(lemma) < 3:
        return False
    before, vowel, last = lemma[-3], lemma[-2], lemma[-1]
    return before not in _VOWELS and vowel in _VOWELS and last not in _VOWELS | set("wxy")


_VOWELS = frozenset("aeiou")


def _verbs_of(entries: dict[str, Any]) -> tuple[dict[str, CueVerb], dict[str, str]]:
    """The verbs of one cues.json group by lemma, and their word forms."""
    verbs: dict[str, CueVerb] = {}
    forms: dict[str, str] = {}
    for lemma, spec in entries.items():
        if lemma.startswith("_"):
            continue  # a comment naming the group that follows
        verbs[lemma] = CueVerb(
            lemma,
            frozenset(spec["frames"]),
            bool(spec.get("person_subject")),
            frozenset(spec.get("preps", [])),
            frozenset(spec.get("objects", [])),
            bool(spec.get("in_purpose")),
            bool(spec.get("for_post")),
            bool(spec.get("finite")),
        )
        for form in regular_forms(lemma) | set(spec.get("forms", [])):
            forms[form] = lemma
    return verbs, forms


@cache
def cues() -> Cues:
    data = read_json("cues.json")
    verbs, forms = _verbs_of(data["verbs"])
    noun_like = {
        word
        for lemma, spec in data["verbs"].items()
        if not lemma.startswith("_")
        for word in spec.get("noun_like", [])
    }
    acts, act_forms = _verbs_of(data.get("acts", {}))
    return Cues(
        verbs,
        forms,
        frozenset(data["nouns"]),
        frozenset(data["according"]),
        frozenset(noun_like),
        frozenset(data.get("stance_nouns", [])),
        frozenset(data.get("stance_adjectives", [])),
        frozenset(data.get("raising", [])),
        frozenset(data.get("source_nouns", [])),
        frozenset(data.get("outlet_words", [])),
        frozenset(data.get("passive_objects", [])),
        frozenset(data.get("forecasts", [])),
        frozenset(data.get("listener_passives", [])),
        acts,
        act_forms,
    )


@cache
def people() -> PeopleWords:
    data = read_json("people.json")
    lists = {key: frozenset(value) for key, value in data.items() if not key.startswith("_")}
    return PeopleWords(**lists)
