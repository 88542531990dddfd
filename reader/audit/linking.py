"""One speaker across both versions: the same name, alias or surname links them."""

from __future__ import annotations

from dataclasses import replace

from reader.quotes.lexicon import people
from reader.quotes.model import QuoteSet, Speaker

_POSSESSIVE_PRONOUNS = ("his ", "her ", "their ", "its ")
_PRONOUNS = frozenset({"he", "she", "they", "it", "him", "them", "we", "i"})


def speaker_keys(speaker: Speaker, shared_surnames: frozenset[str] = frozenset()) -> set[str]:
    """Normalised names that identify this speaker, leaving out bare roles and pronouns.
    The bare surname identifies a person only when no other full name in the articles
    has it (`shared_surnames`): Bill and Hillary Clinton stay two people."""
    keys = {_normalised(speaker.name)}
    keys.update(_normalised(a) for a in speaker.aliases if _identifying_alias(a))
    surname = _surname(speaker)
    if surname is not None:
        keys.add(surname)
    if surname in shared_surnames:
        keys -= {surname}
    return {k for k in keys if k}


def _surname(speaker: Speaker) -> str | None:
    if speaker.kind == "person" and len(speaker.name.split()) > 1:
        return _normalised(speaker.name.split()[-1])
    return None


def shared_surnames(speakers: list[Speaker]) -> frozenset[str]:
    """Surnames that more than one full name carries (people sharing a family name)."""
    full_names: dict[str, set[str]] = {}
    for speaker in speakers:
        surname = _surname(speaker)
        if surname is not None:
            full_names.setdefault(surname, set()).add(_normalised(speaker.name))
    return frozenset(s for s, names in full_names.items() if len(names) > 1)


def _normalised(text: str) -> str:
    low = text.lower().replace("’", "'").strip()
    low = low.removeprefix("the ").removeprefix("a ").removeprefix("an ")
    return " ".join(low.removesuffix("'s").split())


def _identifying(alias: str) -> bool:
    low = _normalised(alias)
    if low in _PRONOUNS or low.startswith(_POSSESSIVE_PRONOUNS):
        return False
    words = people()
    low = low.removesuffix(".")  # "Rep." of "Rep. Jim Clyburn" is the title, no one's name
    return not (len(low.split()) == 1 and low in words.role_nouns | words.titles)


def _identifying_alias(alias: str) -> bool:
    """As `_identifying`, and not one lower-case word: the parser's leftover of a
    description ("old" of "82-year-old Richard Viguerie") would tie two people."""
    if len(alias.split()) == 1 and not alias.strip()[:1].isupper():
        return False
    return _identifying(alias)


def _names(speaker: Speaker) -> list[str]:
    name = [speaker.name] if _identifying(speaker.name) else []
    return name + [a for a in speaker.aliases if _identifying_alias(a)]


def may_be_same(a: Speaker, b: Speaker) -> bool:
    """Whether two linked speakers could still be one person: a bare surname of the other's
    name (kept apart only because the surname is shared), or a speaker named only by a
    role or pronoun. Only two distinct full names, or distinct groups, are surely two."""
    if not _named(a) or not _named(b):
        return True
    names_a = {_normalised(n) for n in _names(a)}
    names_b = {_normalised(n) for n in _names(b)}
    if names_a & names_b:
        return True
    last_a = {n.split()[-1] for n in names_a if n}
    last_b = {n.split()[-1] for n in names_b if n}
    single_a = {n for n in names_a if len(n.split()) == 1}
    single_b = {n for n in names_b if len(n.split()) == 1}
    return bool(single_a & last_b or single_b & last_a)


def _named(speaker: Speaker) -> bool:
    return _identifying(speaker.name)


def link_speakers(
    old: QuoteSet, new: QuoteSet
) -> tuple[tuple[Speaker, ...], dict[str, str], dict[str, str]]:
    """Shared speakers, and the maps from each version's speaker ids to the shared ids."""
    members = [("old", s) for s in old.speakers] + [("new", s) for s in new.speakers]
    parent = list(range(len(members)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    ambiguous = shared_surnames([s for _, s in members])
    for index, (_, speaker) in enumerate(members):
        for key in speaker_keys(speaker, ambiguous):
            if key in owner:
                parent[root(index)] = root(owner[key])
            else:
                owner[key] = index
    groups: dict[int, list[int]] = {}
    for index in range(len(members)):
        groups.setdefault(root(index), []).append(index)
    shared: list[Speaker] = []
    old_map: dict[str, str] = {}
    new_map: dict[str, str] = {}
    for number, indexes in enumerate(sorted(groups.values(), key=min), start=1):
        shared_id = f"S{number}"
        shared.append(_merged(shared_id, [members[i] for i in indexes]))
        for i in indexes:
            side, speaker = members[i]
            (old_map if side == "old" else new_map)[speaker.id] = shared_id
    return tuple(shared), old_map, new_map


def _merged(shared_id: str, members: list[tuple[str, Speaker]]) -> Speaker:
    speakers = [s for _, s in members]
    # A person's own name beats a role description ("Dmitry Peskov" over "Putin's spokesman").
    best = max(speakers, key=lambda s: (s.kind == "person", len(s.name.split()), len(s.name)))
    name = best.name
    roles = [s.role for s in speakers if s.role]
    aliases = {a for s in speakers for a in (s.name, *s.aliases)} - {name}
    return Speaker(
        id=shared_id,
        name=name,
        aliases=tuple(sorted(aliases, key=lambda a: (a.lower(), a))),  # case variants too
        role=max(roles, key=len) if roles else None,
        old_mentions=tuple(m for side, s in members if side == "old" for m in s.old_mentions),
        new_mentions=tuple(m for side, s in members if side == "new" for m in s.old_mentions),
        kind=next((s.kind for s in speakers if s.kind), None),
    )


def remap(quotes: QuoteSet, ids: dict[str, str], speakers: tuple[Speaker, ...]) -> QuoteSet:
    """The quote set with speaker ids replaced by the shared ones."""
    remapped = tuple(
        replace(q, speaker=ids.get(q.speaker) if q.speaker else None) for q in quotes.quotes
    )
    used = {q.speaker for q in remapped}
    return replace(quotes, quotes=remapped, speakers=tuple(s for s in speakers if s.id in used))
