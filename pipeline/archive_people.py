"""The archive's people: the persons of every record joined by key, and what one document cannot.

Persons with the same key are one human. A key that holds less than a full name joins the one
full-named human it can only be: `путин/в.` the archive's one `путин/…` whose given name starts
with `в`, `путин/` the archive's one human with that surname (full-named or known by an initial).
Where there are two (`алиев/ильхам`, `алиев/гейдар`) the short key stays a human of its own, and a
document that itself kept a short-named person apart from a full-named one (two persons in one
record) is not overruled: that person stays apart too.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .keys import FULL, INITIAL, SURNAME, initial, kind, parts


@dataclass(slots=True)
class Member:
    """One person of one record."""

    document: str
    person: str  # the record's id, `person-3`
    key: str
    name: str
    mentions: int
    roles: list  # [title, country, organization, place] once per record


@dataclass
class Human:
    """One person of the archive: every record person joined to it."""

    key: str
    members: list[Member] = field(default_factory=list)

    def name(self) -> str:
        """The name documents give it most under its own key (then the longest: a patronymic
        kept), else the name its members give most."""
        own = [m for m in self.members if m.key == self.key] or self.members
        counts = Counter(m.name for m in own)
        return min(counts, key=lambda n: (-counts[n], -len(n), n))

    def line(self) -> dict:
        """Its line of `persons.jsonl`."""
        roles: Counter[tuple] = Counter()
        for m in self.members:
            roles.update(tuple(r) for r in m.roles)
        ordered = sorted(roles, key=lambda r: (-roles[r], *(x or "" for x in r)))
        return {
            "key": self.key,
            "name": self.name(),
            "roles": [
                {
                    "title": t,
                    "country": c,
                    "organization": o,
                    "place": p,
                    "count": roles[(t, c, o, p)],
                }
                for t, c, o, p in ordered
            ],
            "documents": [
                {"document": m.document, "person": m.person}
                for m in sorted(self.members, key=lambda m: (m.document, _number(m.person)))
            ],
            "mentions": sum(m.mentions for m in self.members),
        }


def _number(item_id: str) -> int:
    """`person-12` → 12, so that ids sort as numbers."""
    tail = item_id.rpartition("-")[2]
    return int(tail) if tail.isdigit() else 0


def _targets(keys: Iterable[str]) -> dict[str, str]:
    """For every key that holds less than a full name, the key it joins (where there is one)."""
    full: dict[str, set[str]] = defaultdict(set)
    initials: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        surname = parts(key)[0]
        if kind(key) == FULL:
            full[surname].add(key)
        elif kind(key) == INITIAL:
            initials[surname].add(key)
    target: dict[str, str] = {}
    for surname, known in initials.items():
        for key in known:
            fits = [k for k in full.get(surname, ()) if initial(k) == initial(key)]
            if len(fits) == 1:
                target[key] = fits[0]
    for surname in set(full) | set(initials):
        humans = full.get(surname, set()) | {target.get(k, k) for k in initials.get(surname, ())}
        if len(humans) == 1:
            target[f"{surname}/"] = next(iter(humans))
    return target


def join(members: list[Member]) -> tuple[list[Human], dict[tuple[str, str], str]]:
    """The archive's humans, most-named first, and each record person's archive key. Full names
    are placed first, then initials, then surnames alone, each checked against the documents of
    the human it would join."""
    target = _targets({m.key for m in members})
    humans: dict[str, Human] = {}
    documents: dict[str, set[str]] = defaultdict(set)  # archive key → documents of its members
    for m in sorted(members, key=lambda m: _ORDER.get(kind(m.key), 3)):
        key = target.get(m.key, m.key)
        if key != m.key and m.document in documents[key]:
            key = m.key  # the document kept this person apart from that one: so does the archive
        humans.setdefault(key, Human(key)).members.append(m)
        documents[key].add(m.document)
    ordered = sorted(
        humans.values(),
        key=lambda h: (-sum(m.mentions for m in h.members), -len(h.members), h.key),
    )
    where = {(m.document, m.person): h.key for h in ordered for m in h.members}
    return ordered, where


_ORDER = {FULL: 0, INITIAL: 1, SURNAME: 2}
