"""What a trip is (`Visit`, `Meeting`) and what the visit rules read: one document's
`TripContext`, one sentence's `TripSentence`, and the driver that asks a rule list in order."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from .dates import Date
from .document import Parsed, Sentence
from .explain import Why, rule_name
from .geo import Place
from .persons import Person, PersonsResult
from .rules import events as rules

# Kinds of place a trip goes to (an institution only where its city is known).
DESTINATION_KINDS = ("country", "city", "region")


@dataclass
class Meeting:
    """Someone the visitor met on the trip, when, and where the text says so."""

    with_: list[Person]
    date: Date | None
    span: tuple[int, int]


@dataclass
class Visit:
    """One trip: who went where from which country, of what kind, when, and who received them."""

    visitor: Person | None
    host: Person | None
    kind: str
    status: str
    origin_country: str | None
    country: str | None
    city: str | None
    start: Date | None
    end: Date | None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)
    invited: bool = False  # the host is the one who invited (`по приглашению …`), not a guess
    why: Why = field(default_factory=dict)  # field → the rule that set it (explain mode)


class Nobody:
    """A rule's answer that settles a person as no one, so that no later rule is asked."""

    def __repr__(self) -> str:
        return "NOBODY"


NOBODY = Nobody()

Answer = TypeVar("Answer")


def decide(rules_: Iterable[Callable[..., Answer | None]], *args: object) -> tuple:
    """(answer, rule name) of the first rule in order that answers (not None); (None, None) where
    none does. A rule answering `NOBODY` settles the answer as None."""
    for rule in rules_:
        found = rule(*args)
        if found is not None:
            return (None if found is NOBODY else found), rule_name(rule)
    return None, None


@dataclass
class TripContext:
    """One document as the visit rules read it, and what the sentence passes leave for later."""

    doc: Parsed
    persons: PersonsResult
    dates: list[Date]
    visits: list[Visit] = field(default_factory=list)
    # sentences on a trip that name no place, with the visitor they name (if any)
    unplaced: list[tuple[int, Person | None]] = field(default_factory=list)
    # talks somewhere, by nobody known to have travelled there
    talked: list[tuple[int, Place]] = field(default_factory=list)

    @property
    def places(self) -> list[Place]:
        return self.persons.places

    @property
    def by_token(self) -> dict[int, Person]:
        return self.persons.by_token


@dataclass
class TripSentence:
    """One sentence as the passes read it: its index, its token indices, its trip words."""

    index: int
    sent: Sentence
    indices: range  # indices of its tokens
    trip_words: list[int]  # indices of its trip nouns and verbs (`визит`, `посетит`)

    @classmethod
    def of(cls, doc: Parsed, index: int) -> TripSentence:
        sent = doc.sentences[index]
        indices = range(sent.first, sent.last)
        words = rules.VISIT_NOUNS | rules.VISIT_VERBS
        return cls(index, sent, indices, [i for i in indices if doc.tokens[i].lemma in words])


def country_of(p: Person | None) -> str | None:
    """The country of the person's first role that names one: `президент Конго` → Конго."""
    return next((r.country for r in p.roles if r.country), None) if p else None


def rank(p: Person | None) -> int:
    """Position of the person's highest office in HEAD_RANK; len(HEAD_RANK) for any other title."""
    return (
        min(
            (rules.HEAD_RANK.index(r.title) for r in p.roles if r.title in rules.HEAD_RANK),
            default=len(rules.HEAD_RANK),
        )
        if p
        else len(rules.HEAD_RANK)
    )
