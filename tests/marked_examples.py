"""Example sentences marked up for the lexicon tests: `[The mayor] <laid out> {her plan}.`
names the speaker's mention, the cue and the reported words inside the sentence."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

_MARKS = re.compile(r"[\[\]{}<>]")


@dataclass(frozen=True)
class Marked:
    sentence: str  # the example with its marks taken out
    speaker: str | None  # None: the example names no speaker
    cue: str
    words: str


def marked(example: str) -> Marked:
    found = {o: re.search(re.escape(o) + r"([^\]}>]*)", example) for o in "[<{"}
    speaker, cue, words = (m.group(1) if m else None for m in found.values())
    return Marked(_MARKS.sub("", example), speaker, cue or "", words or "")


def objects_section(name: str) -> Any:
    """One section of reader/quotes/objects.json, as the lexicon reads it."""
    data = resources.files("reader.quotes").joinpath("objects.json").read_text(encoding="utf-8")
    return json.loads(data)[name]
