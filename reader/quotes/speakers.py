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
from reader.quotes.mentions import Mention, MentionKind
from reader.quotes.model import Speaker
from reader.quotes.names import gender_of, split_name, surname_of, written_names
from reader.quotes.names import surname_named_in_full as surname_named_in_full

_DETERMINERS = ("the ", "a ", "an ")
_PRONOUN_CANDIDATES = 3  # distinct recent speakers a pronoun is weighed against

_POSSESSIVE_END = re.compile(r"\s*['’]s?$")
_SENTENCE_END = re.compile(r"[.!?]['\"’”]?\s|\n")


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
        decided = len(candidates) == 1 or self._same_sentence(nearest, pronoun)
        if not decided and any(c.gender == pronoun.gender for c in candidates[1:]):
            return None  # the nearest might fit, an earlier one surely does: do not guess
        if decided:
            nearest.gender = pronoun.gender  # later pronouns learn from this one
        return nearest

    def _same_sentence(self, cluster: _Cluster, pronoun: Mention) -> bool:
        """`Ban Ki-moon condemned what he called`: named in the pronoun's own sentence."""
        ends = [m.end for m in cluster.mentions if m.end <= pronoun.span.start]
        between = self._text[max(ends) : pronoun.span.start] if ends else "."
        return not _SENTENCE_END.search(between)

    def _person(self, mention: Mention) -> _Cluster:
        assert mention.name
        given, _ = split_name(mention.name)
        surname = _key(surname_of(mention.name))
        first = _key(given[0]) if given else None
        gender = (gender_of(given[0]) if given else None) or mention.gender
        cluster = self._by_surname(mention, surname, first, gender)
        role_key = self._role_key(mention)
        if cluster is None and role_key is not None:
            cluster = self._find_role_key(role_key)
        if cluster is None:
            cluster = self._new(MentionKind.PERSON)
        cluster.kind = MentionKind.PERSON
        _add_unique(cluster.names, mention.name)
        cluster.gender = cluster.gender or gender
        self._learn_full_name(cluster)
        self._note_role(cluster, mention, role_key)
        return cluster

    def _by_surname(
        self, mention: Mention, surname: str, first: str | None, gender: str | None
    ) -> _Cluster | None:
        """The speaker this name is. A bare surname that two people in the text share (and
        neither gender nor the sentence before decides) names neither of them."""
        fitting = [
            c
            for c in reversed(self._clusters)
            if _same_person(c, surname, first) and c.gender in (None, gender or c.gender)
        ]
        if first is not None:
            fitting = [c for c in fitting if c.names and self._may_name(c, first)]
            return fitting[0] if fitting else None
        people_named = self._firsts(surname, gender)
        if len(people_named) <= 1:
            return fitting[0] if fitting else None
        latest = self._latest_before(fitting, mention.span.start)
        if latest is not None:
            return latest  # "Ana Pell said ... Pell added": the same paragraph decides
        return next((c for c in fitting if _surname_only(c)), None)

    def _may_name(self, cluster: _Cluster, first: str) -> bool:
        """A speaker known by surname alone takes a full name only when the text has no
        other first name for that surname."""
        if not _surname_only(cluster):
            return True
        surname = cluster.surname
        return surname is None or self._firsts(surname, cluster.gender) <= {first}

    def _firsts(self, surname: str, gender: str | None) -> set[str]:
        """The first names the text and the speakers so far give with this surname, of
        people who may have this gender."""
        written = {  # known first names only: a headline's "Donor Adelson" names nobody
            n.first
            for n in written_names(self._text, surname)
            if n.first and gender_of(n.first) in ({"m", "f"} if gender is None else {gender})
        }
        named = {
            f
            for c in self._clusters
            if c.surname == surname and c.gender in (None, gender or c.gender)
            for f in _first_names(c)
        }
        return written | named

    def _latest_before(self, fitting: list[_Cluster], start: int) -> _Cluster | None:
        """The fitting speaker named last before `start`, when no paragraph break lies between."""
        best: tuple[int, _Cluster] | None = None
        for cluster in self._clusters:
            if cluster.kind is not MentionKind.PERSON:
                continue
            ends = [m.end for m in cluster.mentions if m.end <= start]
            if ends and (best is None or max(ends) > best[0]):
                best = (max(ends), cluster)
        if best is None or best[1] not in fitting or "\n" in self._text[best[0] : start]:
            return None
        return best[1]

    def _learn_full_name(self, cluster: _Cluster) -> None:
        """Complete a bare surname from the whole text so its gender is known early."""
        if not split_name(cluster.best_name())[0]:
            _complete_name(self._text, cluster, self._other_firsts(cluster))
        cluster.gender = cluster.gender or gender_of(cluster.best_name().split()[0])

    def _other_firsts(self, cluster: _Cluster) -> frozenset[str]:
        surname = cluster.surname
        return frozenset(
            f
            for c in self._clusters
            if c is not cluster and surname is not None and c.surname == surname
            if c.gender in (None, cluster.gender or c.gender)
            for f in _first_names(c)
        )

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
        surnamed = any(c.surname == name for c in self._clusters)
        cluster = self._by_surname(mention, name, None, mention.gender) if surnamed else None
        if cluster is None and not surnamed:
            cluster = next((c for c in self._clusters if name in {_key(n) for n in c.names}), None)
        if cluster is None and (surnamed or _looks_like_surname(self._text, name, mention)):
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
                _complete_name(self._text, cluster, self._other_firsts(cluster))
                cluster.gender = cluster.gender or gender_of(cluster.best_name().split()[0])
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
    unique = sorted(({_strip_determiner(a) for a in aliases} | written) - {name}, key=_alias_order)
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


def _surname_only(cluster: _Cluster) -> bool:
    return not any(split_name(n)[0] for n in cluster.names)


def _first_names(cluster: _Cluster) -> set[str]:
    """The known first names the speaker goes by ("Brian" of "Clinton aide Brian Fallon")."""
    given = [g for g, _ in map(split_name, map(_key, cluster.names))]
    return {next(w for w in g if gender_of(w)) for g in given if any(map(gender_of, g))}


def _add_unique(items: list[str], value: str) -> None:
    if value and value not in items:
        items.append(value)


def _strip_determiner(text: str) -> str:
    for determiner in ("The ", "the ", "A ", "a ", "An ", "an "):
        if text.startswith(determiner):
            return text[len(determiner) :]
    return text


def _complete_name(text: str, cluster: _Cluster, others: frozenset[str] = frozenset()) -> None:
    """Find `Russian President Vladimir Putin` for a speaker known only as `Putin`. When the
    text names two people with that surname who both fit (`others` holds the first names of
    the other speakers with it), the speaker stays a bare surname."""
    given_names, surname_words = split_name(cluster.best_name())
    if given_names or not surname_words[-1][:1].isupper():
        return
    written = [  # no other gender than the speaker's
        w
        for w in written_names(text, " ".join(surname_words))
        if w.gender is None or cluster.gender in (None, w.gender)
    ]
    firsts = {w.first for w in written if w.first and gender_of(w.first)} | others
    if len(firsts) > 1:
        return  # two people of that name: the text must say which one
    for name in written:
        if name.given:
            _add_unique(cluster.names, " ".join([*name.given, name.surname]))
            cluster.gender = cluster.gender or gender_of(name.given[0])
        if name.title:
            _add_unique(cluster.roles, name.title)


def _looks_like_surname(text: str, key: str, mention: Mention) -> bool:
    """A one-word proper name that the text elsewhere gives with a first name or title."""
    if mention.kind is not MentionKind.ORG or " " in key or not mention.text[:1].isupper():
        return False
    return surname_named_in_full(text, mention.text)


def _alias_order(alias: str) -> tuple[str, str]:
    """Case-blind, then by case: 'French President' and 'French president' always in one
    order, whatever order the set gave them (reports must be the same byte for byte)."""
    return (alias.lower(), alias)
