"""Stage: records of a long text read in windows (pipeline/windows.py), merged into the one record
of the document, in the contract's shape and in the exact bytes `write.render` gives a record.

Each window's record comes from the stages as any document's does; here its offsets are moved by
where the window starts, and its persons joined to the document's: one person for every mention
across windows. A window's person joins the document's person of the same key; a key holding
less than a full name (`путин/`, `путин/в.`) joins the one person of that surname whose name it
fits, a fuller name joins the one shorter-named person it fits (and gives the person its name);
where two fit, or this window already joined one of its own persons to it (it kept them apart),
it stays a person of its own — the rules `archive_people` joins the persons of documents by. A
first name and patronymic alone (`Борис Николаевич`) join the one person with both and a surname.

Memory: visits, agreements and quotes are rendered to text as each window comes, persons kept
as offsets; nothing of a window's tokens outlives it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from schemas import Record

from .document import Source
from .keys import FULL, GIVEN, INITIAL, SURNAME, fold, initial, kind, parts

KINDS = ("persons", "visits", "agreements", "quotes")
# how much of a name a key holds: the fuller name a merged person is called by
_RANK = {FULL: 3, INITIAL: 2, SURNAME: 1, GIVEN: 0}
_NAME_FIELDS = ("name", "first", "middle", "last", "key")


@dataclass(eq=False)
class _Person:
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


def _moved(data: Any, offset: int) -> Any:
    """`data` with every span (a dict of exactly start, end and text) moved by `offset`."""
    if isinstance(data, dict):
        if data.keys() == {"start", "end", "text"}:
            return {**data, "start": data["start"] + offset, "end": data["end"] + offset}
        return {k: _moved(v, offset) for k, v in data.items()}
    if isinstance(data, list):
        return [_moved(v, offset) for v in data]
    return data


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


def _fullness(p: dict) -> tuple[int, bool, int]:
    """How much of a name a person's record gives: the fullest names the merged person."""
    return _RANK[kind(p["key"])], p["last"] is not None, len(p["name"].split())


def _given(p: dict) -> tuple[str, str] | None:
    """A person's first name and patronymic, folded, where the record gives both."""
    return (fold(p["first"]), fold(p["middle"])) if p["first"] and p["middle"] else None


class WindowedRecord:
    """The record of one document built window by window: `add` each window's record in text
    order, then `render`."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.document: dict[str, Any] | None = None
        self.sentences = self.tokens = 0
        self.persons: list[_Person] = []
        self.by_key: dict[str, _Person] = {}  # every key a window gave, → its person
        self.by_surname: dict[str, dict[str, _Person]] = {}  # the same, by the key's surname
        self.by_given: dict[tuple[str, str], list[_Person]] = {}  # by first name and patronymic
        self.visits: list[str] = []
        self.agreements: list[str] = []
        self.quotes: list[str] = []

    def add(self, record: Record, offset: int) -> None:
        """Take the record of the window that starts at character `offset` of the document."""
        data = _moved(record.model_dump(mode="json", by_alias=True), offset)
        if self.document is None:
            self.document = data["document"]  # title and dateline: the text's head
        self.sentences += data["document"]["sentences"]
        self.tokens += data["document"]["tokens"]
        ids = self._join(data["persons"])
        visits = {v["id"]: f"visit-{len(self.visits) + n}" for n, v in enumerate(data["visits"], 1)}
        for v in data["visits"]:
            v["id"], v["visitor"], v["host"] = visits[v["id"]], ids(v["visitor"]), ids(v["host"])
            for m in v["meetings"]:
                m["with"] = [ids(p) for p in m["with"]]
            self.visits.append(_item(v))
        for a in data["agreements"]:
            a["id"] = f"agreement-{len(self.agreements) + 1}"
            a["signatories"] = [ids(p) for p in a["signatories"]]
            a["visit"] = visits.get(a["visit"]) if a["visit"] else None
            self.agreements.append(_item(a))
        for q in data["quotes"]:
            q["id"], q["speaker"] = f"quote-{len(self.quotes) + 1}", ids(q["speaker"])
            self.quotes.append(_item(q))

    def _join(self, persons: list[dict]) -> Any:
        """Join a window's persons to the document's (fullest keys first, so that they claim
        their own); the window's person ids → the document's."""
        taken: dict[str, _Person] = {}
        for p in sorted(persons, key=_fullness, reverse=True):
            target = self._target(p, set(map(id, taken.values())))
            if target is not None:
                taken[p["id"]] = target
        for p in persons:  # new persons numbered in the window's order
            if p["id"] not in taken:
                taken[p["id"]] = _Person(f"person-{len(self.persons) + 1}", {})
                self.persons.append(taken[p["id"]])
            self._merge(taken[p["id"]], p)
        return lambda pid: taken[pid].id if pid is not None else None

    def _target(self, p: dict, taken: set[int]) -> _Person | None:
        """The document's person a window's person `p` is, if any: the same key, else the one
        person whose name it fits (a first name and patronymic fit one with a surname too)."""
        key = p["key"]
        same = self.by_key.get(key)
        if same is not None and id(same) not in taken:
            return same
        if kind(key) == GIVEN:
            return None
        named = self.by_surname.get(parts(key)[0], {})
        found = {id(o): o for k, o in named.items() if fits(k, key) and fits(o.key, key)}
        given = _given(p)
        if given is not None:
            found.update(
                (id(o), o)
                for o in self.by_given.get(given, ())
                if p["last"] is None or o.head["last"] is None
            )
        free = [o for i, o in found.items() if i not in taken]
        return free[0] if len(found) == 1 and free else None

    def _merge(self, person: _Person, p: dict) -> None:
        if not person.head or _fullness(p) > _fullness(person.head):
            person.head = {k: p[k] for k in _NAME_FIELDS}
        self.by_key.setdefault(p["key"], person)
        self.by_surname.setdefault(parts(p["key"])[0], {}).setdefault(p["key"], person)
        given = _given(p)
        if given is not None and person not in self.by_given.setdefault(given, []):
            self.by_given[given].append(person)
        person.roles += p["roles"]
        person.mentions += [(s["start"], s["end"]) for s in p["mentions"]]
        person.references += [(s["start"], s["end"]) for s in p["references"]]

    def render(self) -> str:
        """The record's JSON, as `write.render` writes a record."""
        text = self.source.text
        document = {
            **(self.document or {}),
            "chars": len(text),
            "sentences": self.sentences,
            "tokens": self.tokens,
        }
        persons = [_item(p.rendered(text)) for p in self.persons]
        fields = {
            "document": [_dumps(document).replace("\n", "\n ")],
            "persons": persons,
            "visits": self.visits,
            "agreements": self.agreements,
            "quotes": self.quotes,
        }
        # one join of every piece: a long text's record is tens of MB, and copies of it add up
        pieces = ['{\n "schema_version": 1']
        for name, items in fields.items():
            pieces.append(f',\n "{name}": ')
            if name == "document":
                pieces += items
            elif items:
                pieces += ["[\n", items[0]]
                for item in items[1:]:
                    pieces += [",\n", item]
                pieces.append("\n ]")
            else:
                pieces.append("[]")
        pieces.append("\n}\n")
        return "".join(pieces)

    def record(self) -> Record:
        """The merged record as the contract's model (validated: for tests and small texts)."""
        return Record.model_validate_json(self.render())


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


def _item(data: dict) -> str:
    """An item of one of the record's lists, rendered at its depth (two levels in)."""
    return "  " + _dumps(data).replace("\n", "\n  ")
