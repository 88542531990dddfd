"""One Speaker per real speaker: names, surnames, titles, roles and pronouns merged.

Mentions are resolved in text order. A pronoun goes to the nearest earlier
compatible speaker; `His spokesman` becomes "<owner>'s spokesman" so a later
`Putin's spokesman` finds the same person; `The French president` finds the
speaker whose title holds those words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.documents.model import Span
from reader.quotes.lexicon import people
from reader.quotes.mentions import Mention, MentionKind
from reader.quotes.model import Speaker
from reader.quotes.names import split_name, surname_of

_DETERMINERS = ("the ", "a ", "an ")
_PRONOUN_CANDIDATES = 3  # distinct recent speakers a pronoun is weighed against

_POSSESSIVE_END = re.compile(r"\s*['’]s?$")


@dataclass
class _Cluster:
    id: str
    kind: MentionKind
    names: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    role_keys: set[tuple[str, str]] = field(default_factory=set)
    gender: str | None = None
    plural: bool = False

    @property
    def surname(self) -> str | None:
        if self.kind is not MentionKind.PERSON or not self.names:
            return None
        return _key(surname_of(self.names[0]))

    def best_name(self) -> str:
        if self.names:
            return max(self.names, key=lambda n: (len(n.split()), len(n)))
        return self.roles[0] if self.roles else self.aliases[0] if self.aliases else "unknown"

    def role_words(self) -> set[str]:
        return {w for role in self.roles for w in _key(role).split()}


def _key(text: str) -> str:
    low = text.lower().replace("’", "'").removesuffix("'s").strip()
    for determiner in _DETERMINERS:
        low = low.removeprefix(determiner)
    return " ".join(low.split())


class SpeakerResolver:
    """Resolves mentions, in text order, to speaker clusters of one document."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._clusters: list[_Cluster] = []
        self._history: list[_Cluster] = []  # most recent mention last
        self._by_mention: dict[tuple[int, int], _Cluster | None] = {}

    def resolve(self, mention: Mention) -> str | None:
        place = (mention.span.start, mention.span.end)
        if place in self._by_mention:  # asked again later: the answer given in text order
            known = self._by_mention[place]
            return known.id if known is not None else None
        cluster = self._cluster_for(mention)
        self._by_mention[place] = cluster
        if cluster is None:
            return None
        if mention.span not in cluster.mentions:
            cluster.mentions.append(mention.span)
        if mention.kind is not MentionKind.PRONOUN:
            _add_unique(cluster.aliases, mention.text)
        self._history.append(cluster)
        self._by_mention[place] = cluster
        return cluster.id

    def _cluster_for(self, mention: Mention) -> _Cluster | None:
        if mention.refers_to is not None:  # a relative "who": its antecedent's speaker
            found = self.resolve(mention.refers_to)
            return next((c for c in self._clusters if c.id == found), None)
        if mention.kind is MentionKind.PRONOUN:
            return self._antecedent(mention)
        if mention.kind is MentionKind.PERSON:
            return self._person(mention)
        if mention.kind is MentionKind.ROLE:
            return self._role(mention)
        return self._group(mention)

    def _antecedent(self, pronoun: Mention) -> _Cluster | None:
        """The nearest recent speaker the pronoun fits in gender and number. When that one's
        gender is unknown and an earlier one is known to fit, the pronoun is left open."""
        candidates: list[_Cluster] = []
        for cluster in reversed(self._history):
            if cluster not in candidates and _compatible(cluster, pronoun):
                candidates.append(cluster)
                if len(candidates) == _PRONOUN_CANDIDATES:
                    break
        if not candidates:
            return None
        nearest = candidates[0]
        if pronoun.gender is None or nearest.gender == pronoun.gender:
            return nearest  # "they", "it": number and kind decided already
        if any(c.gender == pronoun.gender for c in candidates[1:]):
            return None  # the nearest might fit, an earlier one surely does: do not guess
        if len(candidates) == 1:
            nearest.gender = pronoun.gender  # later pronouns learn from this one
        return nearest

    def _person(self, mention: Mention) -> _Cluster:
        assert mention.name
        given, _ = split_name(mention.name)
        surname = _key(surname_of(mention.name))
        first = _key(given[0]) if given else None
        cluster = next(
            (c for c in reversed(self._clusters) if _same_person(c, surname, first)), None
        )
        role_key = self._role_key(mention)
        if cluster is None and role_key is not None:
            cluster = self._find_role_key(role_key)
        if cluster is None:
            cluster = self._new(MentionKind.PERSON)
        cluster.kind = MentionKind.PERSON
        _add_unique(cluster.names, mention.name)
        self._learn_full_name(cluster)
        self._note_role(cluster, mention, role_key)
        cluster.gender = cluster.gender or mention.gender
        return cluster

    def _learn_full_name(self, cluster: _Cluster) -> None:
        """Complete a bare surname from the whole text so its gender is known early."""
        if not split_name(cluster.best_name())[0]:
            _complete_name(self._text, cluster)
        cluster.gender = cluster.gender or _gender_of(cluster.best_name().split()[0])

    def _role(self, mention: Mention) -> _Cluster:
        role_key = self._role_key(mention)
        cluster = self._find_role_key(role_key) if role_key else self._titled(mention)
        if cluster is None:
            cluster = self._new(MentionKind.ROLE)
        self._note_role(cluster, mention, role_key)
        cluster.gender = cluster.gender or mention.gender
        return cluster

    def _group(self, mention: Mention) -> _Cluster:
        name = _key(mention.name or mention.text)
        cluster = next((c for c in self._clusters if c.surname == name), None)
        cluster = cluster or next(
            (c for c in self._clusters if name in {_key(n) for n in c.names}), None
        )
        if cluster is None and _looks_like_surname(self._text, name, mention):
            cluster = self._new(MentionKind.PERSON)  # a bare surname the tagger took for a firm
            cluster.names.append(mention.name or mention.text)
            self._learn_full_name(cluster)
        if cluster is None:
            cluster = self._new(mention.kind)
            cluster.plural = mention.plural
            cluster.names.append(_strip_determiner(mention.name or mention.text))
        return cluster

    def _role_key(self, mention: Mention) -> tuple[str, str] | None:
        if mention.possessor is None or mention.role_head is None:
            return None
        owner = self.resolve(mention.possessor)
        return (owner, mention.role_head) if owner is not None else None

    def _find_role_key(self, role_key: tuple[str, str]) -> _Cluster | None:
        return next((c for c in self._clusters if role_key in c.role_keys), None)

    def _titled(self, mention: Mention) -> _Cluster | None:
        """`The French president` -> the speaker titled "French President"."""
        words = set(_key(mention.role or mention.text).split())
        for cluster in reversed(self._history):
            if cluster.kind is MentionKind.PERSON and words and words <= cluster.role_words():
                return cluster
        wanted = _key(mention.role or mention.text)
        return next((c for c in self._clusters if wanted in map(_key, c.roles)), None)

    def _note_role(
        self, cluster: _Cluster, mention: Mention, role_key: tuple[str, str] | None
    ) -> None:
        if role_key is not None:
            cluster.role_keys.add(role_key)
            owner = next(c for c in self._clusters if c.id == role_key[0])
            owner_name = (
                surname_of(owner.best_name())
                if owner.kind is MentionKind.PERSON
                else (owner.best_name())
            )
            # An organisation's name comes from its tokens ("Northgate Marine 's"): drop the
            # possessive before adding ours, or the role reads "Northgate Marine 's's".
            owner_name = _POSSESSIVE_END.sub("", owner_name)
            _add_unique(cluster.roles, f"{owner_name}'s {mention.role or role_key[1]}")
        elif mention.role:
            _add_unique(cluster.roles, mention.role)

    def _new(self, kind: MentionKind) -> _Cluster:
        cluster = _Cluster(id=f"s{len(self._clusters) + 1}", kind=kind)
        self._clusters.append(cluster)
        return cluster

    def speakers(self, speaking: set[str]) -> tuple[Speaker, ...]:
        """Speakers for the clusters that have quotes, names completed from the whole text."""
        result = []
        for cluster in self._clusters:
            if cluster.id not in speaking:
                continue
            if cluster.kind is MentionKind.PERSON:
                _complete_name(self._text, cluster)
                cluster.gender = cluster.gender or _gender_of(cluster.best_name().split()[0])
            result.append(_speaker(cluster))
        return tuple(result)


def _speaker(cluster: _Cluster) -> Speaker:
    name = cluster.best_name()
    role = max(cluster.roles, key=len) if cluster.roles else None
    if cluster.kind is MentionKind.ROLE and not cluster.names and role:
        name = _strip_determiner(role)
    aliases = list(cluster.aliases) + list(cluster.roles)
    if cluster.surname:
        aliases.append(surname_of(cluster.best_name()))
    # Both "a company spokeswoman" as written and "company spokeswoman" are ways to name it.
    written = {a for a in aliases if a.lower().startswith(("a ", "an "))}
    unique = sorted(({_strip_determiner(a) for a in aliases} | written) - {name}, key=str.lower)
    return Speaker(
        id=cluster.id,
        name=name,
        aliases=tuple(unique),
        role=role if role != name else None,
        old_mentions=tuple(sorted(cluster.mentions, key=lambda s: s.start)),
        kind=cluster.kind.value,
    )


def _compatible(cluster: _Cluster, pronoun: Mention) -> bool:
    if pronoun.plural:
        return cluster.plural or cluster.kind in (MentionKind.GROUP, MentionKind.ORG)
    if pronoun.role == "it":
        return cluster.kind is MentionKind.ORG and not cluster.plural
    if pronoun.gender is None:
        return False
    person_like = cluster.kind in (MentionKind.PERSON, MentionKind.ROLE) and not cluster.plural
    return person_like and cluster.gender in (None, pronoun.gender)


def _same_person(cluster: _Cluster, surname: str, first: str | None) -> bool:
    if cluster.kind not in (MentionKind.PERSON, MentionKind.ORG) or not cluster.names:
        return False
    names = [split_name(_key(n)) for n in cluster.names]
    if cluster.kind is MentionKind.ORG:
        return any(not g and " ".join(n) == surname for g, n in names)  # "Trump" as a firm
    if all(" ".join(n) != surname for _, n in names):
        return False
    firsts = {g[0] for g, _ in names if g}
    return first is None or not firsts or first in firsts


def _add_unique(items: list[str], value: str) -> None:
    if value and value not in items:
        items.append(value)


def _strip_determiner(text: str) -> str:
    for determiner in ("The ", "the ", "A ", "a ", "An ", "an "):
        if text.startswith(determiner):
            return text[len(determiner) :]
    return text


def _complete_name(text: str, cluster: _Cluster) -> None:
    """Find `Russian President Vladimir Putin` for a speaker known only as `Putin`."""
    given_names, surname_words = split_name(cluster.best_name())
    surname = " ".join(surname_words)
    if given_names or not surname_words[-1][:1].isupper():
        return
    words = people()
    pattern = re.compile(r"((?:[A-Z][\w.\-’']*\s+){1,5})(?i:(" + re.escape(surname) + r"))\b")
    for match in pattern.finditer(text):
        run = [w for w in match.group(1).split()]
        if any(w.endswith(("'s", "’s")) for w in run):
            run = run[max(i for i, w in enumerate(run) if w.endswith(("'s", "’s"))) + 1 :]
        titled = [i for i, w in enumerate(run) if w.lower().rstrip(".") in words.titles]
        given = run[titled[-1] + 1 :] if titled else run[-1:]
        given = [w for w in given if w.lower().rstrip(".") not in words.honorifics]
        known_first = bool(given) and given[0].lower() in words.male_names | words.female_names
        if given and (titled or known_first):
            _add_unique(cluster.names, " ".join([*given, match.group(2)]))
            if titled:
                _add_unique(cluster.roles, " ".join(run[: titled[-1] + 1]))
            cluster.gender = cluster.gender or _gender_of(given[0])
        elif titled and not given and titled[-1] == len(run) - 1:
            _add_unique(cluster.roles, " ".join(run))  # "President Obama": his title


def _looks_like_surname(text: str, key: str, mention: Mention) -> bool:
    """A one-word proper name that the text elsewhere gives with a first name or title."""
    if mention.kind is not MentionKind.ORG or " " in key or not mention.text[:1].isupper():
        return False
    return surname_named_in_full(text, mention.text)


def surname_named_in_full(text: str, word: str) -> bool:
    """The text gives `word` elsewhere after a known first name or a title ("Ilse Brandt",
    "Mayor Brandt"): a surname, not a label."""
    probe = _Cluster(id="", kind=MentionKind.PERSON, names=[word])
    _complete_name(text, probe)
    return len(probe.names) > 1


def _gender_of(first_name: str) -> str | None:
    words = people()
    low = first_name.lower()
    return "m" if low in words.male_names else "f" if low in words.female_names else None
