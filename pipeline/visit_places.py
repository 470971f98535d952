"""Where a trip goes: the destination rules (`DESTINATIONS`) over the places a stretch of a
sentence names, and the places listed with the destination."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from .document import Parsed
from .geo import Place, located, settlement_word
from .patterns import clause_break_between
from .rules import events as rules
from .visit_model import DESTINATION_KINDS, decide

# `посетит с визитом Беларусь`: how far after its verb a place may still be the verb's object
NEAR_OBJECT = 2  # any words
FAR_OBJECT = 5  # trip words only (`с рабочим визитом`)


@dataclass
class Candidates:
    """The places of a stretch that can say where a trip went, and its trip words."""

    doc: Parsed
    places: list[Place]  # of a destination kind, hanging on no unrelated noun
    triggers: list[int]  # the trip words; the first is the one weighed

    @cached_property
    def here(self) -> list[Place]:
        """After `в`, `во`, `на`: where someone is or goes."""
        return [p for p in self.places if located(self.doc, p)]

    @cached_property
    def after(self) -> list[Place]:
        return [p for p in self.here if p.first > self.triggers[0]]

    @cached_property
    def own(self) -> list[Place]:
        """In the trip word's own clause."""
        return [p for p in self.here if same_clause(self.doc, p.first, self.triggers[0])]


def _in_its_clause_after_it(c: Candidates) -> Place | None:
    """`Пробыв в Египте, президент отправится с визитом в Нигерию`: after the trip word, in its
    clause."""
    return next((p for p in c.own if p in c.after), None)


def _in_its_clause(c: Candidates) -> Place | None:
    """`В Пекине начался визит премьер-министра Индии`: in the trip word's clause, before it."""
    return next(iter(c.own), None)


def _after_it(c: Candidates) -> Place | None:
    """`Визит, о котором договорились в январе, пройдёт в Астане`: after the trip word."""
    return next(iter(c.after), None)


def _object_of_a_trip_verb(c: Candidates) -> Place | None:
    """`Канцлер посетит Париж`, `Москву … посетит Грищенко`, `посетит с визитом Беларусь`: the
    verb takes the place as its object."""
    verbs = [t for t in c.triggers if c.doc.tokens[t].pos == "VERB"]
    return next((p for p in c.places for t in verbs if object_of(c.doc, p, t)), None)


def _located_anywhere(c: Candidates) -> Place | None:
    """`В Минске, куда он приехал накануне, …`: any place after `в`, `на` in the stretch."""
    return next(iter(c.here), None)


Destination = Callable[[Candidates], "Place | None"]
# In order: the first that answers gives the destination.
DESTINATIONS: tuple[Destination, ...] = (
    _in_its_clause_after_it,
    _in_its_clause,
    _after_it,
    _object_of_a_trip_verb,
    _located_anywhere,
)


def destination(
    doc: Parsed, places: list[Place], lo: int, hi: int, triggers: list[int]
) -> tuple[Place | None, str | None]:
    """(destination, rule name) among the places of tokens `[lo, hi)`, weighed against the trip
    words `triggers`."""
    candidates = [
        p
        for p in places
        if lo <= p.first < hi
        and (p.kind in DESTINATION_KINDS or (p.kind == "institution" and p.city))
        and governed(doc, p)
        and not _returned_to(doc, p)
    ]
    return decide(DESTINATIONS, Candidates(doc, candidates, triggers))


def _returned_to(doc: Parsed, p: Place) -> bool:
    """`вернулся в Казань`: where one returns is home, no destination."""
    head = doc.tokens[p.first].head
    return head >= 0 and doc.tokens[head].lemma in rules.RETURNING


def same_clause(doc: Parsed, a: int, b: int) -> bool:
    """No comma, colon or dash between tokens `a` and `b`."""
    return not clause_break_between(doc, a, b)


def object_of(doc: Parsed, p: Place, verb: int) -> bool:
    """The place is the verb's object: `посетит Москву`."""
    last = doc.tokens[p.last - 1]
    if any(
        doc.tokens[i].head == verb and doc.tokens[i].rel == "obj" for i in range(p.first, p.last)
    ):
        return True
    # the parser hangs `Беларусь` of `посетит с визитом Беларусь` on the noun: a nominative form
    # that is no subject, right after the verb's own words, is its object too
    between = doc.tokens[verb + 1 : p.first]
    # `с рабочим визитом`
    trip_words = all(t.pos in ("ADP", "ADJ") or t.lemma in rules.VISIT_NOUNS for t in between)
    return (
        verb < p.first
        and (len(between) <= NEAR_OBJECT or trip_words)
        and len(between) <= FAR_OBJECT
        and (
            last.feats.get("Case") == "Acc"
            or (last.feats.get("Case") == "Nom" and not last.rel.startswith("nsubj"))
        )
    )


def governed(doc: Parsed, p: Place) -> bool:
    """Whether the place can say where a trip went: not when it hangs on an unrelated noun."""
    outside = [
        doc.tokens[i].head
        for i in range(p.first, p.last)
        if not p.first <= doc.tokens[i].head < p.last
    ]
    if not outside or outside[0] < 0:
        return True
    head = doc.tokens[outside[0]]
    if head.pos == "NOUN" and head.feats.get("Animacy") == "Anim" and head.head >= 0:
        # `переговоры с президентом Египта в Каире`: the parser hangs the place on the person
        head = doc.tokens[head.head]
    elif settlement_word(head) and head.head >= 0:
        # `прибыл в город Анкару`: on the word for its kind, which the verb governs
        head = doc.tokens[head.head]
    return head.pos != "NOUN" or head.lemma in rules.DESTINATION_NOUNS


def listed_with_the_destination(doc: Parsed, places: list[Place], dest: Place) -> list[Place]:
    """`посетит Париж, Белград и Будапешт`: the places of other countries or cities listed right
    after the destination, with commas and `и` between."""
    out: list[Place] = []
    last = dest.last
    for p in sorted(
        (p for p in places if p.first >= dest.last and p.kind in DESTINATION_KINDS),
        key=lambda p: p.first,
    ):
        between = [doc.tokens[i] for i in range(last, p.first)]
        # `г. Ярославль и г. Кострому`: the word for its kind read through
        joined = [t.text for t in between if not settlement_word(t) and t.text != "."]
        if (
            not joined
            or any(w not in rules.LIST_JOINS for w in joined)
            or (p.country, p.city) == (dest.country, dest.city)
        ):
            break
        out.append(p)
        last = p.last
    return out


def onward_destination(
    doc: Parsed, places: list[Place], dest: Place, later: int, hi: int
) -> Place | None:
    """`завершил визит в Израиль и вылетел в Иорданию`: another trip verb (`later`, before token
    `hi`), another country, in the verb's own clause."""
    onward, _ = destination(doc, places, later, hi, [later])
    if (
        onward is not None
        and onward.country != dest.country
        and same_clause(doc, later, onward.first)
    ):
        return onward
    return None
