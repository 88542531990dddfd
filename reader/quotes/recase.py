"""`Ben Ruiz Slams Port Deal As A Giveaway`: a title-cased line parsed as if in sentence case.

The small parser reads a capitalised word as part of a name, so in a title-cased headline
the verb vanishes into one long proper noun and no frame finds the report. Before parsing,
such a line's common words (function words, and the words of the cue lexicons) are lowered
for the parser's eyes only: `Ben Ruiz slams Port Deal as a Giveaway`. Names keep their
capitals, and so do the words of outlets' names (`Post`, `Times`), a line's first word,
the first word after a colon, a quote mark or a sentence end, a first name that is also a
common word (`Bill`) and a modal that is a name (`Minister May Says`). The parse is then put
back on the words as written, so offsets, mentions and quote texts are the document's own.
One character for one: lowering never changes a word's length (checked).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from reader.quotes.lexicon import cues, people, read_json
from reader.quotes.object_lexicon import object_words

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_MAX_WORDS = 25  # a longer line is no title
_MIN_WORDS = 3
_ACRONYM = 4  # an all-capitals word no longer than this and unknown may be an acronym
_LONG = 4  # a title capitalises every word this long; a lower-case one means sentence case
# A word inside running text: after a lower-case word or a comma (a capital there is a name).
_RUNNING_WORD = re.compile(r"(?<=[a-z,;] )([A-Za-z][a-z'’]+)\b")
_OPENERS = frozenset(":\"“‘'([—–.!?")  # after one of these a capital starts something new


@dataclass(frozen=True, slots=True)
class _Words:
    common: frozenset[str]  # lowered for the parser when capitalised inside a title
    modals: frozenset[str]  # also names: `May`, `Will`
    names: frozenset[str]  # first names that are common words too: `Bill`, `Hope`
    titles: frozenset[str]  # `Rep.`, `Prime Minister`: a modal after one is a name
    abbreviations: frozenset[str]  # `Sen.`, `Gov.`: their full stop ends no sentence


@cache
def _words() -> _Words:
    data = read_json("headlines.json")
    vocabulary, objects, folk = cues(), object_words(), people()
    common = set(data["function_words"]) | set(vocabulary.forms) | set(vocabulary.act_forms)
    common |= set(objects.forms) | vocabulary.nouns | {noun + "s" for noun in vocabulary.nouns}
    return _Words(
        frozenset(common - vocabulary.outlet_words),  # `Wash Post`, `Daily News`: names
        frozenset(data["modals"]),
        folk.male_names | folk.female_names,
        folk.titles | folk.honorifics,
        frozenset(data["abbreviations"]),
    )


def article_common(text: str) -> frozenset[str]:
    """Words the article writes in lower case more often than capitalised inside a sentence:
    common words here (`exaggerated`, `story`), not names (`Trump`, `Bush`)."""
    counts: Counter[str] = Counter()
    for match in _RUNNING_WORD.finditer(text):
        word = match.group(1)
        key = _key(word)
        counts[key] += 1 if word.islower() else -1
    return frozenset(word for word, count in counts.items() if count > 0)


def sentence_cased(text: str, common: frozenset[str] = frozenset()) -> str | None:
    """`text` with a title's common words lowered, or None when it is no title-cased line;
    `common`: more words the article itself treats as common (`article_common`)."""
    matches = list(_WORD.finditer(text))
    if not _MIN_WORDS <= len(matches) <= _MAX_WORDS:
        return None
    words = _words()
    if _all_capitals(matches):
        titled = _title_from_capitals(text, matches, words.common | common)
        return None if titled == text else sentence_cased(titled, common) or titled
    if not _title_cased(matches):
        return None
    chars = list(text)
    lowered = False
    for index, match in enumerate(matches):
        word = match.group()
        key = _key(word)
        lowerable = _lowerable(word, key, words, common)
        if index == 0 or not lowerable or _opens(text, match.start(), words):
            continue
        if key in words.modals and _names_modal(matches, index, words):
            continue
        if len(word) == 1 and text[match.end() : match.end() + 1] == ".":
            continue  # an initial: `John A. Ruiz`
        low = word.lower()
        if len(low) == len(word):
            chars[match.start() : match.end()] = low
            lowered = True
    return "".join(chars) if lowered else None


def _key(word: str) -> str:
    """A word as the word lists hold it: lower case, with a straight apostrophe."""
    return word.lower().replace("’", "'")


def _all_capitals(matches: list[re.Match[str]]) -> bool:
    return all(m.group().isupper() for m in matches if len(m.group()) > 1)


def _title_from_capitals(text: str, matches: list[re.Match[str]], common: frozenset[str]) -> str:
    """`EXPERTS DOWNPLAY NATO DRILL` as a title, `Experts Downplay NATO Drill`: a known word or a
    long one gets its capital only, a short unknown one (`NATO`, `GOP`) stays an acronym."""
    chars = list(text)
    for match in matches:
        word = match.group()
        if _key(word) in common or len(word) > _ACRONYM:
            chars[match.start() : match.end()] = word[0] + word[1:].lower()
    return "".join(chars)


def _title_cased(matches: list[re.Match[str]]) -> bool:
    later = [m.group() for m in matches[1:]]
    return not any(w.islower() and len(w) >= _LONG for w in later) and any(
        _capitalised(w) for w in later
    )


def _capitalised(word: str) -> bool:
    return word[0].isupper() and not any(c.isupper() for c in word[1:])


def _lowerable(word: str, key: str, words: _Words, common: frozenset[str]) -> bool:
    known = key in words.common or key in common
    return _capitalised(word) and known and key not in words.names


def _opens(text: str, start: int, words: _Words) -> bool:
    before = text[:start].rstrip()
    if not before or before[-1] not in _OPENERS:
        return not before
    if before[-1] != ".":
        return True
    last = before[:-1].split()[-1:]  # `U.S. Nominates`, `Gov. Ruiz`: an abbreviation's stop
    return not last or not ("." in last[0] or last[0].lower() in words.abbreviations)


def _names_modal(matches: list[re.Match[str]], index: int, words: _Words) -> bool:
    """`Rep. Will Ruiz`, `Minister May Says`: the modal is a name."""
    before = matches[index - 1].group().lower()
    after = matches[index + 1].group().lower() if index + 1 < len(matches) else ""
    return before in words.titles or after.endswith(("s", "ed"))


def restored(parsed: Doc, text: str) -> Doc:
    """The parse of a recased `text` on the words of `text` itself."""
    words = [text[t.idx : t.idx + len(t.text)] for t in parsed]
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in parsed]
    return Doc(
        parsed.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in parsed],
        tags=[t.tag_ for t in parsed],
        pos=[t.pos_ for t in parsed],
        morphs=[str(t.morph) for t in parsed],
        lemmas=[t.lemma_ for t in parsed],
        heads=[t.head.i for t in parsed],
        deps=[t.dep_ for t in parsed],
        ents=ents,
    )
