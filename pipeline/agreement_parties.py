"""Who an agreement binds: the `SIDES` rules (organisations, cities that bind themselves), the
first that names any giving the parties, else the countries the `COUNTRIES` rules add in order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from .agreement_context import Candidate
from .explain import rule_name
from .geo import Place, located
from .persons import PersonsResult
from .rules import events as rules
from .rules.grammar import OPENING_QUOTES, QUOTES
from .rules.titles import ORG_DESCRIPTORS
from .visits import _country_of

BETWEEN = "между"

Sides = Callable[[Candidate], list[str] | None]
Countries = Callable[[Candidate, list[str]], list[str]]


def _hangs_on_event(c: Candidate, pl: Place) -> bool:
    """`по итогам саммита в Швейцарии`: the place says where an event was, not who signed."""
    head = c.doc.tokens[pl.first].head
    return (
        head >= 0
        and c.doc.tokens[head].pos == "NOUN"
        and c.doc.tokens[head].lemma not in rules.AGREEMENT_NOUNS
    )


def _places(c: Candidate) -> list[Place]:
    """The sentence's places, less where it was signed or met (`подписано в Астане`, `по итогам
    саммита в Швейцарии`)."""
    return [
        pl
        for pl in c.persons.places
        if c.lo <= pl.first < c.hi
        and not (located(c.doc, pl) and pl.kind != "country")
        and not (located(c.doc, pl) and _hangs_on_event(c, pl))
        and not _in_its_quoted_name(c, pl)
    ]


def _in_its_quoted_name(c: Candidate, pl: Place) -> bool:
    """`программа «Гражданское общество — модернизация России»`: a place inside the document's
    quoted name binds nobody."""
    k = pl.first - c.lo
    return c.noun < k < c.end and any(c.toks[j].text in OPENING_QUOTES for j in range(c.noun, k))


def _side_tokens(c: Candidate) -> list[int]:
    """The subjects of the signing verb and the words after `между` (document indices), outside
    the agreement's name and the persons named."""
    toks = c.doc.tokens
    verbs = [
        i for i in range(c.lo, c.hi) if toks[i].lemma in rules.SIGN_VERBS and toks[i].pos == "VERB"
    ]
    between = [i for i in range(c.lo, c.hi) if toks[i].folded == BETWEEN]
    sides: list[int] = []
    for i in range(c.lo, c.hi):
        if i in c.title_range or i in c.persons.by_token:
            continue
        rel, head = toks[i].rel, toks[i].head
        if (
            (rel.startswith("nsubj") and head in verbs)
            or (rel == "conj" and head in sides)
            # `Фонд «Сколково» и Microsoft`: joined to the name in apposition to a side
            or (rel == "conj" and toks[head].rel == "appos" and toks[head].head in sides)
            or any(toks[b].head == i or (b + 1 == i) for b in between)
        ):
            sides.append(i)
    return sides


def _organisation(c: Candidate, i: int) -> str | None:
    """The organisation named at token `i` (NER's, in the nominative: `с «Нафтогазом Украины»` →
    `Нафтогаз Украины`; an abbreviation: `ФИДЕ`; a word in Latin letters), or None."""
    tok = c.doc.tokens[i]
    entity = next(
        (e for e in c.doc.entities if e.type == "ORG" and e.start <= tok.start < e.end), None
    )
    if entity is not None:
        words = c.doc.text[entity.start : entity.end].strip("".join(QUOTES)).split()
        if words and tok.case not in (None, "Nom"):
            return c.ctx.vocab.nominative_phrase(words)
        return " ".join(words)
    if tok.text.isupper() and len(tok.text) > 1:
        return tok.text
    if tok.text.isascii() and tok.text[:1].isupper() and tok.text.isalpha():
        return tok.text  # `Microsoft`: a name in Latin letters among the sides (no person's)
    return None


def _organisations(c: Candidate) -> list[str] | None:
    """`«Газпром» и китайская CNPC подписали контракт`, `соглашение между ЕАЭС и Монголией`: the
    sides the signing names, countries and cities by their names, with the signers' countries;
    only where an organisation is among them."""
    place_at = {
        i: pl
        for pl in c.persons.places
        if c.lo <= pl.first < c.hi
        for i in range(pl.first, pl.last)
    }
    out: list[str] = []
    organisations = False
    for i in _side_tokens(c):
        i = _acting_for(c, i, place_at)
        if i in place_at:
            pl = place_at[i]
            out.append(pl.city or pl.region or pl.country or "")
            continue
        name = _organisation(c, i) or _named_after_its_kind(c, i)
        if name is not None:
            out.append(name)
            organisations = True
    named = [*dict.fromkeys(x for x in out if x)] if organisations else []
    if not named:
        return None
    return [*dict.fromkeys([*(k for p in c.signatories if (k := _country_of(p))), *named])]


def _acting_for(c: Candidate, i: int, place_at: dict[int, Place]) -> int:
    """`правительство Пензенской области`, `мэрия Самары`: the place a governing body acts for
    (its first token), else `i`."""
    toks = c.doc.tokens
    if toks[i].lemma not in rules.GOVERNING_BODIES:
        return i
    return next((k for k in range(i + 1, min(i + 3, c.hi)) if k in place_at), i)


def _named_after_its_kind(c: Candidate, i: int) -> str | None:
    """`компания «Ростелеком»`, `банк «Открытие»`: the quoted name after a kind of organisation."""
    toks = c.doc.tokens
    if toks[i].lemma not in ORG_DESCRIPTORS or i + 1 >= c.hi:
        return None
    if toks[i + 1].text not in OPENING_QUOTES:
        return None
    return _organisation(c, i + 2) if i + 2 < c.hi else None


def _cities_for_themselves(c: Candidate) -> list[str] | None:
    """`соглашение между Санкт-Петербургом и Тюменской областью`, `Минск, Баку и еще четыре города
    связали побратимские узы`: cities bind themselves where no country is named; but `Москва и
    Вашингтон подписали` speaks of the states (and not the cities the name names)."""
    places = _places(c)
    sides = [
        pl
        for pl in places
        if pl.kind in ("city", "region")
        and not located(c.doc, pl)
        and pl.first not in c.title_range
        and not _in_a_title(c, pl)
    ]
    twinned = any(c.doc.tokens[i].folded.startswith(rules.TWINNING) for i in range(c.lo, c.hi))
    # a region is no capital: `Татарстан и провинция Цзянсу подписали соглашение` binds them,
    # where two or more are the signing's subjects (not `спор вокруг принадлежности Южных Курил`)
    subjects = [pl for pl in sides if _a_subject(c, pl)]
    regional = len(subjects) >= 2 and any(pl.kind == "region" for pl in subjects)
    sides = subjects if regional else [pl for pl in sides if pl.kind == "city"]
    if (
        sides
        and not any(pl.kind == "country" for pl in places)
        and (twinned or regional or len({pl.country for pl in sides}) == 1)
    ):
        return [k for k in dict.fromkeys(pl.city or pl.region for pl in sides) if k]
    return None


def _a_subject(c: Candidate, pl: Place) -> bool:
    """The place is a subject, or joined to one: `Белгородская область и Курская область
    подписали`."""
    for i in range(pl.first, pl.last):
        t = c.doc.tokens[i]
        if t.rel.startswith("nsubj") or (t.rel == "conj" and not pl.first <= t.head < pl.last):
            return True
    return False


def _in_a_title(c: Candidate, pl: Place) -> bool:
    """`губернатор Свердловской области …`: a place a person's title names is no side itself."""
    at = c.doc.tokens[pl.first].start
    return any(r.start <= at < r.end for p in c.persons.persons for r in p.roles)


def _signers_countries(c: Candidate, parties: list[str]) -> list[str]:
    """`Президент России и премьер Индии подписали соглашение`: the signers' countries."""
    return [k for k in dict.fromkeys(_country_of(p) for p in c.signatories) if k]


def _countries_named(c: Candidate, parties: list[str]) -> list[str]:
    """`Россия и Китай подписали соглашение`: the countries (and cities') the sentence names."""
    if parties:
        return []
    named = dict.fromkeys(pl.country for pl in _places(c) if pl.kind in ("country", "city"))
    return [k for k in named if k]


def _side(c: Candidate, pl: Place) -> bool:
    """A country's adjective on a side of the signing (`российская сторона`, `китайский
    коллега`)."""
    head = c.doc.tokens[pl.first].head
    return head >= 0 and (
        c.doc.tokens[head].lemma in rules.SIDE_NOUNS
        or c.doc.tokens[head].feats.get("Animacy") == "Anim"
    )


def _sides_adjectives(c: Candidate, parties: list[str]) -> list[str]:
    """`Российская и китайская стороны подписали меморандум`: the sides' adjectives."""
    if len(parties) >= 2:
        return []
    adjectives = dict.fromkeys(
        pl.country
        for pl in c.persons.places
        if c.lo <= pl.first < c.hi and pl.kind == "adjective" and _side(c, pl)
    )
    return [k for k in adjectives if k and k not in parties]


def _countries_of_the_trip(c: Candidate, parties: list[str]) -> list[str]:
    """`В ходе визита подписано соглашение`: the visitor's country and the one visited."""
    if parties or c.visit is None:
        return []
    return [k for k in dict.fromkeys((c.visit.origin_country, c.visit.country)) if k]


def _principal_countries(persons: PersonsResult) -> list[str]:
    """The two countries a text names most (in a tie, first named first), each named at least
    twice."""
    counts = Counter(p.country for p in persons.places if p.country and p.kind != "institution")
    return [k for k, n in counts.most_common(2) if n >= 2]


def _countries_of_the_text(c: Candidate, parties: list[str]) -> list[str]:
    """`мирный договор` in a text about Russia and Japan: a pact has two sides, and where its
    sentence names fewer, they are the countries the text is about."""
    if len(parties) >= 2 or c.kind in rules.ONE_SIDED:
        return []
    return [k for k in _principal_countries(c.persons) if k not in parties][: 2 - len(parties)]


# Sides the signing names itself: the first rule that finds any gives the parties.
SIDES: tuple[Sides, ...] = (_organisations, _cities_for_themselves)
# Else countries, each rule adding to those found before it.
COUNTRIES: tuple[Countries, ...] = (
    _signers_countries,
    _countries_named,
    _sides_adjectives,
    _countries_of_the_trip,
    _countries_of_the_text,
)


def parties_of(c: Candidate) -> tuple[list[str], list[str]]:
    """The parties, and the names of the rules that gave them."""
    for rule in SIDES:
        found = rule(c)
        if found is not None:
            return found, [rule_name(rule)]
    parties: list[str] = []
    fired: list[str] = []
    for add in COUNTRIES:
        new = add(c, parties)
        if new:
            parties += new
            fired.append(rule_name(add))
    return parties, fired
