"""The ledger's word lists (lexicon.json), read once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from reader.quotes.lexicon import cues, regular_forms


@dataclass(frozen=True, slots=True)
class Lexicon:
    uncertain: frozenset[str]
    certain: frozenset[str]
    conditions: frozenset[str]  # "if", "subject to"
    negators: frozenset[str]
    refusals: frozenset[str]  # declined (to), refused (to), failed (to)
    neutral_verbs: frozenset[str]
    loaded_verbs: frozenset[str]
    verb_forms: dict[str, str]  # lower-case form -> lemma, for every speech verb
    according: tuple[str, ...]
    roles: frozenset[str]
    spelling: dict[str, str]  # British form -> American form

    def hedge_of(self, word: str) -> str | None:
        """'uncertain', 'certain' or None for a lower-case word."""
        if word in self.uncertain:
            return "uncertain"
        if word in self.certain:
            return "certain"
        return None

    def speech_lemma(self, form: str) -> str | None:
        return self.verb_forms.get(form.lower())

    def is_loaded(self, lemma: str) -> bool:
        return lemma not in self.neutral_verbs


@cache
def lexicon() -> Lexicon:
    text = resources.files("reader.changes").joinpath("lexicon.json").read_text(encoding="utf-8")
    data = json.loads(text)
    neutral = frozenset(data["attribution"]["neutral"])
    loaded = frozenset(data["attribution"]["loaded"])
    not_speech = frozenset(data["not_speech"])
    forms = {form: lemma for form, lemma in cues().forms.items() if lemma not in not_speech}
    for lemma in neutral | loaded:
        for form in regular_forms(lemma):
            forms.setdefault(form, lemma)
    forms.update(data["forms"])
    return Lexicon(
        uncertain=frozenset(data["hedges"]["uncertain"]),
        certain=frozenset(data["hedges"]["certain"]),
        conditions=frozenset(data["hedges"]["conditions"]),
        negators=frozenset(data["negators"]),
        refusals=frozenset(data["refusals"]),
        neutral_verbs=neutral,
        loaded_verbs=loaded | (frozenset(cues().verbs) - neutral - not_speech),
        verb_forms=forms,
        according=tuple(data["sources"]["according"]),
        roles=frozenset(data["roles"]),
        spelling=dict(data["spelling"]),
    )
