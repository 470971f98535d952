"""Mentions into persons: one Person however often and in whatever form a name recurs (`Реджеп
Тайип Эрдоган`, `Эрдоган`, `Реджеп Эрдоган`)."""

from __future__ import annotations

from collections.abc import Callable

from .geo import fold
from .name_forms import ParsedName
from .names import Mention
from .person_data import Person


def cluster(mentions: list[Mention], parse: Callable[[Mention], ParsedName]) -> list[Person]:
    """The persons the mentions name, in the order first named; `parse` reads a mention's name."""
    parsed = [(m, parse(m)) for m in mentions]
    persons: list[Person] = []
    # full names first, so that a bare surname joins the person it abbreviates
    order = sorted(
        range(len(parsed)),
        key=lambda k: (
            parsed[k][0].echo,
            parsed[k][1].first is None or parsed[k][1].last is None,
            k,
        ),
    )
    owner: dict[int, Person] = {}  # a mention's last token → its person
    for k in order:
        m, n = parsed[k]
        target = owner.get(m.first - 2) if m.echo else None
        target = target or _match(persons, n)
        if target is None:
            target = Person(n.first, n.middle, n.last, n.initials, n.surname_first)
            persons.append(target)
        else:
            target.first = target.first or n.first
            target.middle = target.middle or n.middle
            target.last = target.last or n.last
            target.initials = target.initials or n.initials
            target.surname_first = target.surname_first or n.surname_first
        target.mentions.append(m)
        owner[m.last - 1] = target
    for p in persons:
        p.mentions.sort(key=lambda x: x.start)
    persons.sort(key=lambda p: p.start)
    return persons


def _match(persons: list[Person], n: ParsedName) -> Person | None:
    """The person already found whom the name `n` names: by surname (and a first name or initial
    that agrees), else by a first name only one person has."""
    if n.last:
        cands = [p for p in persons if p.last and fold(p.last) == fold(n.last)]
        if n.first:
            # `Реджеп Эрдоган` is `Реджеп Тайип Эрдоган`: one given-name list begins the other
            exact = [p for p in cands if p.first and _given_names_agree(p.first, n.first)]
            if exact:
                return exact[0]
            cands = [p for p in cands if not p.first]
        if n.initials:
            cands = [p for p in cands if not p.first or p.first[0] == n.initials[0]] or cands
        if not cands and not n.first and not n.initials:
            # `Мария Иванова … Иванова живёт`: a surname alone, read as a man's genitive, is her
            # nominative where the text names her and no him
            cands = [p for p in persons if p.last and p.first and fold(p.last) == fold(n.written)]
        return cands[-1] if cands else None
    if n.first:
        cands = [p for p in persons if p.first and fold(p.first) == fold(n.first)]
        if not cands and not n.middle:
            # `Раджеш Кумар … Кумар встретился`: a word alone read as a first name is the surname
            # of the one person the text names so
            cands = [p for p in persons if p.last and fold(p.last) == fold(n.first)]
        return cands[0] if len(cands) == 1 else None
    return None


def _given_names_agree(a: str, b: str) -> bool:
    """`Реджеп` and `Реджеп Тайип` name one person: one list of given names begins the other."""
    a, b = fold(a) + " ", fold(b) + " "
    return a.startswith(b) or b.startswith(a)
