"""The persons of a long text read in windows: each window's persons joined to the document's,
one person for every mention across windows.

A window's person joins the document's person of the same key; a key holding less than a full
name (`путин/`, `путин/в.`) joins the one person of that surname whose name it fits, a fuller
name joins the one shorter-named person it fits (and gives the person its name); a first name and
patronymic alone (`Борис Николаевич`) join the one person with both and a surname, else, as a
first name alone, the one person with that first name and a surname (giving it the patronymic).
Where two fit, or this window already joined one of its own persons to it (it kept them apart;
not so a first name and a surname alone, which it could not join), it stays a person of its own:
the rules `archive_people` joins the persons of documents by. Before any of these: a person named
in the window's context by a mention the window before gave a person is that person (the window
before read the mention with all the text before it), where their names can be one human's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .keys import FULL, GIVEN, INITIAL, SURNAME, fold, initial, kind, parts

# how much of a name a key holds: the fuller name a merged person is called by
_RANK = {FULL: 3, INITIAL: 2, SURNAME: 1, GIVEN: 0}
_NAME_FIELDS = ("name", "first", "middle", "last", "key")


@dataclass(eq=False)
class Person:
    """One person of the document: the name of its fullest-named member, and every window's
    roles (moved), mentions and references (as offsets)."""

    id: str
    head: dict[str, Any]
    roles: list[dict] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    references: list[tuple[int, int]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.head["key"]

    def rendered(self, text: str) -> dict[str, Any]:
        return {
            "id": self.id,
            **self.head,
            "roles": self.roles,
            "mentions": [_span(text, a, b) for a, b in self.mentions],
            "references": [_span(text, a, b) for a, b in self.references],
        }


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def fits(a: str, b: str) -> bool:
    """Whether keys `a` and `b` can name one human: the same surname, and given names that
    agree where both have one (an initial agrees with the name it begins)."""
    (sa, ga), (sb, gb) = parts(a), parts(b)
    if not sa or sa != sb:
        return False
    if not ga or not gb:
        return True
    if INITIAL in (kind(a), kind(b)):
        return initial(a) == initial(b)
    wa, wb = ga.split(), gb.split()
    return wa[: len(wb)] == wb or wb[: len(wa)] == wa  # `реджеп` of `реджеп тайип`


def _alike(a: str, b: str) -> bool:
    """Whether a person of key `a` can be named by key `b`: keys that fit, or a given name alone
    that is `a`'s."""
    if kind(b) == GIVEN:
        return parts(a)[1].split()[:1] == parts(b)[1].split()[:1]
    return fits(a, b)


# the document's persons a window's persons joined (by `id`) → those persons
Claims = dict[int, list[dict]]


def _free(person: Person, p: dict, claims: Claims) -> bool:
    """Whether a window's person `p` may join `person` that other persons of the window joined:
    only where the window could not have joined them to `p` — a name without a surname and a
    surname alone (`Михаил Владимирович` and `Мишустин`: the text read whole joins them by the
    full name before); else the window kept them apart."""
    return all(_halves(o, p) or _halves(p, o) for o in claims.get(id(person), ()))


def _halves(a: dict, b: dict) -> bool:
    """Whether `a` is a first name without a surname and `b` a surname without a first name."""
    return bool(a["first"] and not a["last"] and b["last"] and not b["first"])


def _gives_patronymic(p: dict, head: dict) -> bool:
    """Whether `p` (`Михаил Владимирович`) gives the patronymic a full name (`Михаил Мишустин`)
    lacks."""
    return bool(
        p["middle"]
        and not p["last"]
        and head["first"]
        and head["last"]
        and not head["middle"]
        and fold(p["first"] or "") == fold(head["first"])
    )


def _fullness(p: dict) -> tuple[int, bool, int]:
    """How much of a name a person's record gives: the fullest names the merged person."""
    return _RANK[kind(p["key"])], p["last"] is not None, len(p["name"].split())


def _own_spans(p: dict, own: int) -> dict:
    """A person of a window with only what it says at or after `own`."""
    return {
        **p,
        "roles": [r for r in p["roles"] if r["span"]["start"] >= own],
        "mentions": [m for m in p["mentions"] if m["start"] >= own],
        "references": [r for r in p["references"] if r["start"] >= own],
    }


def _at(span: dict) -> tuple[int, int]:
    return span["start"], span["end"]


def _spans_of(p: dict) -> bool:
    return bool(p["mentions"] or p["references"] or p["roles"])


def _given(p: dict) -> tuple[str, str] | None:
    """A person's first name and patronymic, folded, where the record gives both."""
    return (fold(p["first"]), fold(p["middle"])) if p["first"] and p["middle"] else None


class DocumentPersons:
    """The document's persons so far, and where to find them by key, surname and given names."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.by_key: dict[str, Person] = {}  # every key a window gave, → its person
        self.by_surname: dict[str, dict[str, Person]] = {}  # the same, by the key's surname
        self.by_given: dict[tuple[str, str], list[Person]] = {}  # by first name and patronymic
        self.by_first: dict[str, list[Person]] = {}  # those with a surname, by first name
        # the last window's mentions, → their persons: the next window's context is read in them
        self.recent: dict[tuple[int, int], Person] = {}

    def join(
        self, persons: list[dict], own: int, named: set[str]
    ) -> Callable[[str | None], str | None]:
        """Join a window's persons to the document's (fullest keys first, so that they claim
        their own); the window's person ids → the document's. A person named only in the
        context joins the one it is, or is one of its own where something of the window's own
        names it (a speaker); else it was the window before's to find."""
        taken: dict[str, Person] = {}
        claims: Claims = {}  # the document's persons joined so far → the window's persons
        # first names the window gives with a surname: a first name alone it read as none of
        # them is no one else's either
        firsts = {fold(p["first"]) for p in persons if p["first"] and p["last"]}
        for p in sorted(persons, key=_fullness, reverse=True):
            target = self._held(p, own, claims) or self._target(p, claims, firsts)
            if target is not None:
                taken[p["id"]] = target
                claims.setdefault(id(target), []).append(p)
        held, self.recent = self.recent, {}
        for p in persons:  # new persons numbered in the window's order
            mine = _own_spans(p, own)
            person = taken.get(p["id"])
            if person is None and not _spans_of(mine):
                if p["id"] not in named:
                    continue  # the window before's to find
                person, mine = self._context_named(p, held)
            if person is None:
                person = Person(f"person-{len(self.persons) + 1}", {})
                self.persons.append(person)
            taken[p["id"]] = person
            if mine is not None:
                self._merge(person, mine)
                self.recent.update((_at(m), person) for m in mine["mentions"])
        return lambda pid: taken[pid].id if pid is not None else None

    @staticmethod
    def _context_named(
        p: dict, held: dict[tuple[int, int], Person]
    ) -> tuple[Person | None, dict | None]:
        """Who a person is that the window's own items name but only its context mentions: the
        person of the window before that holds one of those mentions, else a new one of them."""
        for m in p["mentions"]:
            if _at(m) in held:
                return held[_at(m)], None
        return None, p

    def _held(self, p: dict, own: int, claims: Claims) -> Person | None:
        """The person of the window before that gave one of `p`'s mentions in the context, where
        their names can be one human's (else the window read that mention otherwise)."""
        for m in p["mentions"]:
            person = self.recent.get(_at(m)) if m["start"] < own else None
            if person is not None and _alike(person.key, p["key"]) and _free(person, p, claims):
                return person
        return None

    def _target(self, p: dict, claims: Claims, firsts: set[str]) -> Person | None:
        """The document's person a window's person `p` is, if any: the same key, else the one
        person whose name it fits (a first name and patronymic fit one with a surname too)."""
        key = p["key"]
        same = self.by_key.get(key)
        if same is not None and _free(same, p, claims):
            return same
        if kind(key) == GIVEN:
            return self._first_named(p, claims, firsts)
        named = self.by_surname.get(parts(key)[0], {})
        found = {id(o): o for k, o in named.items() if fits(k, key) and fits(o.key, key)}
        given = _given(p)
        if given is not None:
            found.update(
                (id(o), o)
                for o in self.by_given.get(given, ())
                if p["last"] is None or o.head["last"] is None
            )
        if not found and p["last"] is None:
            return self._first_named(p, claims, firsts)
        free = [o for o in found.values() if _free(o, p, claims)]
        return free[0] if len(found) == 1 and free else None

    def _first_named(self, p: dict, claims: Claims, firsts: set[str]) -> Person | None:
        """The one person with a surname whose first name (and patronymic, where both give
        one) a name without a surname has: `Михаил Владимирович` or `Михаил` of `Михаил
        Мишустин`, as a text read whole joins them; not where the window names someone of that
        first name with a surname itself (`Михаил Иванов`): it kept the name apart from them."""
        if not p["first"] or fold(p["first"]) in firsts:
            return None
        middle = fold(p["middle"]) if p["middle"] else None
        found = [
            o
            for o in self.by_first.get(fold(p["first"]), ())
            if middle is None or o.head["middle"] is None or fold(o.head["middle"]) == middle
        ]
        return found[0] if len(found) == 1 and _free(found[0], p, claims) else None

    def _merge(self, person: Person, p: dict) -> None:
        if not person.head or _fullness(p) > _fullness(person.head):
            person.head = {k: p[k] for k in _NAME_FIELDS}
        elif _gives_patronymic(p, person.head):
            head = person.head
            middle = p["middle"]
            person.head = {
                **head,
                "middle": middle,
                "name": f"{head['first']} {middle} {head['last']}",
            }
        self.by_key.setdefault(p["key"], person)
        self.by_surname.setdefault(parts(p["key"])[0], {}).setdefault(p["key"], person)
        given = _given(p)
        if given is not None and person not in self.by_given.setdefault(given, []):
            self.by_given[given].append(person)
        if (
            p["first"]
            and p["last"]
            and person not in self.by_first.setdefault(fold(p["first"]), [])
        ):
            self.by_first[fold(p["first"])].append(person)
        person.roles += p["roles"]
        person.mentions += [(s["start"], s["end"]) for s in p["mentions"]]
        person.references += [(s["start"], s["end"]) for s in p["references"]]
