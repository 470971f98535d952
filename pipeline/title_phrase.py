"""Reading one title phrase around its title word into a `Title`; the adjective rules `ADJECTIVES`.

The adjectives before the title word are read by the ordered rules of `ADJECTIVES`, the
complements after it by `title_complements`.

Adjectives before the head are the title's own (`генеральный директор`, `второй тренер`), say where
(`российский`, `подмосковный`) or are left out (an age, `бывший`, `известный`).
"""

from __future__ import annotations

from collections.abc import Callable

from .rules import countries as country_rules
from .rules import titles as rules
from .title_complements import read_complements
from .title_reading import Reading, Span, Title, TitleContext
from .title_words import canonical, deputy, modifier

# Adjectives that are a title's own even as participles or pronouns: `управляющий партнёр`.
OWN_WORDS = rules.MODIFIERS | rules.HEADS

# Words a phrase may end with that it did not go on with: `министр торговли и`, `директор по`.
DANGLING = ("и", "по")

# A rule reads the adjective at token `i` into the reading: whether it took it.
AdjectiveRule = Callable[[Span, int, Reading], bool]


def _lemma(s: Span, i: int) -> str:
    return s.words.adjective(s.doc.tokens[i].folded)[0]


def _kind(s: Span, i: int) -> str:
    return s.words.adjective(s.doc.tokens[i].folded)[1]


def _masculine(s: Span, i: int) -> str:
    return s.words.vocab.nominative(s.doc.tokens[i].folded, adjective_gender="masc")


def _place_adjective(s: Span, i: int, reading: Reading) -> bool:
    """`российский посол`: an adjective the gazetteer reads as a place names the country."""
    place = s.places.get(i)
    if place is None:
        return False
    reading.country = reading.country or place.country
    return True


def _age(s: Span, i: int, reading: Reading) -> bool:
    """`35-летняя учительница`: an age, no part of the title."""
    return any(c.isdigit() for c in _lemma(s, i))


def _country_adjective(s: Span, i: int, reading: Reading) -> bool:
    """`корейский дипломат`: a country's adjective, though which of two countries the word does not
    say; left out."""
    return _lemma(s, i) in country_rules.ADJECTIVES


def _city_adjective(s: Span, i: int, reading: Reading) -> bool:
    """`подмосковный губернатор`, `тбилисский врач`: the city or region, and its country."""
    city = s.words.city_adjectives.get(_lemma(s, i))
    if city is None:
        return False
    reading.of_city(city)
    return True


def _evaluative(s: Span, i: int, reading: Reading) -> bool:
    """`бывший министр`, `известный режиссёр`: words of time and praise, left out."""
    return _lemma(s, i) in rules.EVALUATIVE or _masculine(s, i) in rules.EVALUATIVE


def _ordinal(s: Span, i: int, reading: Reading) -> bool:
    """`первый президент России`: an ordinal counts the holders of any title but a deputy's
    (`первый заместитель`); left out."""
    return _kind(s, i) == "ordinal" and not deputy(reading.head)


def _title_own(s: Span, i: int, reading: Reading) -> bool:
    """`генеральный директор`, `федеральный судья`, `первый вице-премьер`: the title's own
    adjective, in the title word's gender; a participle only when it is a title's own
    (`управляющий партнер`, `заслуженный артист`)."""
    lemma, kind = s.words.adjective(s.doc.tokens[i].folded)
    if kind == "other" and lemma not in OWN_WORDS and _masculine(s, i) not in OWN_WORDS:
        return False
    gender = s.words.gender(reading.head)
    reading.words.append(s.words.vocab.nominative(s.doc.tokens[i].folded, adjective_gender=gender))
    return True


ADJECTIVES: tuple[AdjectiveRule, ...] = (
    _place_adjective,
    _age,
    _country_adjective,
    _city_adjective,
    _evaluative,
    _ordinal,
    _title_own,
)


def adjectives_start(s: Span, lo: int) -> int:
    """The first of the adjectives (and place adjectives) right before the title word, not before
    token `lo`: `бывший российский` of `бывший российский посол`."""
    toks = s.doc.tokens
    start = s.head
    while (
        start > lo
        and toks[start - 1].sent == toks[s.head].sent
        and (
            modifier(toks[start - 1])
            or (place := s.places.get(start - 1)) is not None
            and place.kind == "adjective"
        )
    ):
        start -= 1
    return start


def read_adjectives(s: Span, start: int, reading: Reading) -> None:
    """Reads each adjective from token `start` to the title word by the first rule that takes
    it; one no rule takes (a pronoun, a participle) is left out."""
    for i in range(start, s.head):
        for rule in ADJECTIVES:
            if rule(s, i, reading):
                reading.fired.append(rule)
                break


def _nominative_plural(c: TitleContext, head: int, name: int) -> bool:
    """`Главы МИД Лавров и Ван И`: before a nominative name, a title word whose nominative is
    only plural (`главы`) is plural."""
    toks = c.doc.tokens
    return (
        name < len(toks)
        and toks[name].pos == "PROPN"
        and toks[name].case == "Nom"
        and c.words.vocab.nominative_plural_only(toks[head].text.lower().replace("ё", "е"))
    )


def phrase(c: TitleContext, head: int, lo: int, end: int) -> Title | None:
    """The title phrase headed by token `head`, within `[lo, end)` of its sentence."""
    word = c.words.title_word(c.doc, head)
    if word is None:
        return None
    s = Span.of(c, end, head)
    reading = Reading([], word)
    start = adjectives_start(s, lo)
    read_adjectives(s, start, reading)
    reading.words.append(word)
    j = read_complements(s, head + 1, reading, head)
    while j > head + 1 and c.doc.tokens[j - 1].folded in DANGLING:
        j -= 1  # a conjunction or preposition the phrase did not go on with
    while len(reading.words) > 1 and reading.words[-1] in DANGLING:
        reading.words.pop()
    # `Президенты` opening a sentence is often tagged singular; `Главы МИД Лавров и Ван И`: a
    # title agrees with the name after it, so before a nominative it is a nominative, plural
    plural = c.words.vocab.plural(c.doc.tokens[head]) or _nominative_plural(c, head, j)
    countries = tuple(dict.fromkeys(reading.countries)) if plural else ()
    holder_places = (
        tuple(reading.places)
        if plural and len(set(reading.places)) == len(reading.places) > 1
        else ()
    )
    return Title(
        start,
        j,
        canonical(" ".join(reading.words)),
        reading.country,
        reading.organization,
        plural,
        countries,
        reading.place,
        head,
        places=holder_places,
        fired=tuple(reading.fired),
        counted=reading.counted,
    )
