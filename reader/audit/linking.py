"""One speaker across both versions: the same name, alias or surname links them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from reader.quotes.lexicon import people
from reader.quotes.model import QuoteSet, Speaker
from reader.quotes.names import split_name, surname_of

_POSSESSIVE_PRONOUNS = ("his ", "her ", "their ", "its ")
_PRONOUNS = frozenset({"he", "she", "they", "it", "him", "them", "we", "i"})


def speaker_keys(speaker: Speaker, shared: frozenset[str] = frozenset()) -> set[str]:
    """Normalised names that identify this speaker, leaving out bare roles and pronouns,
    and the keys (`shared`) that more than one full name in the articles carries: a
    surname Bill and Hillary Clinton share, or a title such as "Rep." two members hold."""
    keys = {_normalised(speaker.name)}
    keys.update(_normalised(a) for a in speaker.aliases if _identifying_alias(a))
    surname = _surname(speaker)
    if surname is not None:
        keys.add(surname)
    return {k for k in keys if k and k not in shared}


def full_name(speaker: Speaker) -> str | None:
    """The person's normalised full name, given names and surname ("bill de blasio"), or
    None for a bare surname, a title, a role or a group."""
    if speaker.kind != "person":
        return None
    given, surname = split_name(_untitled(speaker.name))
    return " ".join([*given, *surname]) if given and _identifying(speaker.name) else None


def _untitled(name: str) -> str:
    """The name without leading titles and honorifics ("Rep. Adam Schiff" -> "adam schiff")."""
    words = _normalised(name).split()
    generic = people().titles | people().honorifics
    while len(words) > 1 and words[0].rstrip(".") in generic:
        words = words[1:]
    return " ".join(words)


def _surname(speaker: Speaker) -> str | None:
    name = full_name(speaker)
    return surname_of(name) if name is not None else None


def shared_keys(speakers: list[Speaker]) -> frozenset[str]:
    """Keys that more than one full name carries: a shared surname, a title held by two
    people. Such a key names nobody in particular."""
    carriers: dict[str, set[str]] = {}
    for speaker in speakers:
        name = full_name(speaker)
        if name is None:
            continue
        for key in speaker_keys(speaker):
            carriers.setdefault(key, set()).add(name)
    return frozenset(k for k, names in carriers.items() if len(names) > 1)


def _same_full_name(a: str, b: str) -> bool:
    """Two full names of one person: one surname and one first name ("barack obama",
    "barack h. obama")."""
    (given_a, surname_a), (given_b, surname_b) = split_name(a), split_name(b)
    return surname_a == surname_b and given_a[:1] == given_b[:1]


def _normalised(text: str) -> str:
    low = text.lower().replace("’", "'").strip()
    low = low.removeprefix("the ").removeprefix("a ").removeprefix("an ")
    return " ".join(low.removesuffix("'s").split())


def _identifying(alias: str) -> bool:
    low = _normalised(alias).rstrip(".")
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
    last_a = {surname_of(n) for n in names_a if n}
    last_b = {surname_of(n) for n in names_b if n}
    single_a = {n for n in names_a if n and not split_name(n)[0]}
    single_b = {n for n in names_b if n and not split_name(n)[0]}
    return bool(single_a & last_b or single_b & last_a) or one_body(a, b)


# Heads naming a body or its people in general: "the harbour board" and "harbour officials"
# are one institution told two ways.
_BODY_HEADS = frozenset({"board", "authority", "trust", "staff", "spokesmen", "aides"})


def one_body(a: Speaker, b: Speaker) -> bool:
    """Two groups named by one body's own words and a generic head ("harbour board",
    "Harbour officials"; "White House", "White House officials"): perhaps one institution.
    Two names each with words of their own ("Senate Republicans", "Senate Democrats";
    "Trump campaign", "Clinton campaign") stay two."""
    if full_name(a) is not None or full_name(b) is not None:
        return False
    words = people()
    generic = words.group_nouns | words.role_nouns | _BODY_HEADS
    own_a = set(_normalised(a.name).split()) - generic
    own_b = set(_normalised(b.name).split()) - generic
    heads = {_normalised(a.name).split()[-1:][0], _normalised(b.name).split()[-1:][0]}
    return bool(own_a and own_b) and (own_a <= own_b or own_b <= own_a) and bool(heads & generic)


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

    names: list[set[str]] = [{n} if (n := full_name(s)) else set() for _, s in members]

    def join(i: int, j: int) -> None:
        """One speaker, unless that would make two different full names one person."""
        a, b = root(i), root(j)
        if a == b or any(not _same_full_name(x, y) for x in names[a] for y in names[b]):
            return
        parent[a] = b
        names[b] |= names[a]

    owner: dict[str, int] = {}
    ambiguous = shared_keys([s for _, s in members])
    for index, (_, speaker) in enumerate(members):
        for key in speaker_keys(speaker, ambiguous):
            if key in owner:
                join(index, owner[key])
            else:
                owner[key] = index
    _join_titles(members, root, join)
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


def _join_titles(
    members: list[tuple[str, Speaker]],
    root: Callable[[int], int],
    join: Callable[[int, int], None],
) -> None:
    """A speaker named only by a title ("the president") joins the one person the articles
    give that title ("President Obama"); with two such people, or none, it stays apart."""
    generic = people().titles | people().role_nouns
    holders: dict[str, set[int]] = {}
    for index, (_, speaker) in enumerate(members):
        if speaker.kind != "person" or not _identifying(speaker.name):
            continue
        for alias in (speaker.role or "", *speaker.aliases):
            title = _normalised(alias).rstrip(".")
            if title in generic:
                holders.setdefault(title, set()).add(index)
    for index, (_, speaker) in enumerate(members):
        if _identifying(speaker.name):
            continue
        found = {root(i) for i in holders.get(_normalised(speaker.name).rstrip("."), set())}
        if len(found) == 1:
            join(index, found.pop())


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
