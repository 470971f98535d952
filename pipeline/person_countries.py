"""Whose country a role is of, where its phrase named none: ordered rules (COUNTRY_RULES) over
what the person's other roles, the sentence and the document name; each role once."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher

from .explain import rule_name
from .geo import Place, fold, located
from .document import Parsed
from .patterns import NAME_HOPS, NAME_LINKS, with_before
from .person_data import Person, PersonsContext, Role
from .rules import titles as title_rules
from .rules.grammar import LOCATIVE
from .rules.countries import CONTESTED
from .rules.events import VISIT_NOUNS, VISIT_VERBS

TRIP_WORDS = VISIT_NOUNS | VISIT_VERBS
# How alike two surnames may be and still be two persons (`Сааакашвили` is `Саакашвили` misspelt).
SAME_NAME_RATIO = 0.85
MET_WINDOW = 3  # `с` this close before the noun a country hangs on
Held = dict[tuple[str, str | None], list[Person]]  # (title, country) → who holds that office


def state_title(title: str) -> bool:
    """A title of state office, whose holder serves a country: `министр обороны`, `председатель`,
    `председатель правительства`, an aide's of a state office (`пресс-секретарь президента`); not a
    generic head of another body (`глава партии`, `председатель совета директоров`)."""
    head, *rest = title.split(" ")
    if any(w in title_rules.STATE_OWNERS for w in rest):
        return True
    if title in title_rules.STATE:
        return True
    return head in title_rules.STATE and head not in title_rules.GENERIC_HEADS


def one_holder(title: str) -> bool:
    """An office one person holds in a country at a time: `президент`, `министр обороны`."""
    return title in title_rules.ONE_HOLDER or title.startswith("министр ")


def someone_else(me: Person, other: Person) -> bool:
    """Another person, not the same one misspelt (`Сааакашвили` beside `Саакашвили`)."""
    if other is me:
        return False
    a, b = fold(me.last or me.name), fold(other.last or other.name)
    return SequenceMatcher(None, a, b).ratio() < SAME_NAME_RATIO


def travelled_to(ctx: PersonsContext, p: Place) -> bool:
    """`во время визита в Германию`, `посетил Донецк`: where someone went says nothing of whose
    official he is."""
    doc = ctx.doc
    if located(doc, p) and any(
        t.lemma in TRIP_WORDS for t in doc.tokens[max(0, p.first - 5) : p.first - 1]
    ):
        return True
    head = doc.tokens[p.first].head
    return head >= 0 and doc.tokens[p.first].rel == "obj" and doc.tokens[head].lemma in TRIP_WORDS


def acted_in(ctx: PersonsContext, p: Place, person: Person) -> bool:
    """`Рябков проведет в Женеве консультации`: the place hangs on a verb whose subject the person
    is."""
    doc = ctx.doc
    verb = doc.tokens[p.first].head
    if not located(doc, p) or verb < 0 or doc.tokens[verb].pos != "VERB":
        return False
    for m in person.mentions:
        i = m.first
        for _ in range(NAME_HOPS):  # through the title: `Замглавы МИД Сергей Рябков`
            t = doc.tokens[i]
            if t.rel.startswith("nsubj") and t.head == verb:
                return True
            if t.rel not in NAME_LINKS or t.head < 0:
                break
            i = t.head
    return False


def main_countries(doc: Parsed, places: list[Place], used: set[int]) -> list[str]:
    """Countries by how often they are named; in a tie, the one named most outside title phrases
    first (`Президент Египта … прибыл в Россию … его встретил министр`: the minister is
    Russia's); not the other side's (`встретились с делегацией Китая`)."""
    named = [
        (p.country, p.first not in used)
        for p in places
        if p.country and p.kind != "institution" and not _met_with(doc, p)
    ]
    counts, free = Counter(c for c, _ in named), Counter(c for c, outside in named if outside)
    return sorted(counts, key=lambda c: (-counts[c], -free[c]))


def held_offices(persons: list[Person]) -> Held:
    """Who holds which one-holder office of which country, as the phrases named it."""
    held: Held = {}
    for p in persons:
        for r in p.roles:
            if r.country and one_holder(r.title):
                held.setdefault((r.title, r.country), []).append(p)
    return held


@dataclass
class Filling:
    """One person's roles while their countries are filled: the document, the person, the roles
    as read, and the document's countries (most named first) save those the person went to."""

    ctx: PersonsContext
    me: Person
    roles: list[Role]
    countries: list[str]
    destinations: list[Place]  # places someone goes to
    held: Held


# --- the country of one role, in this order ----------------------------------------------------


def _own_country(f: Filling, r: Role) -> str | None:
    """`министр иностранных дел России Сергей Лавров`: the country the phrase names."""
    return r.country


def _same_title_country(f: Filling, r: Role) -> str | None:
    """`Президент России Путин … президент Путин заявил`: the country the same title of the same
    person names elsewhere."""
    return {x.title: x.country for x in f.roles if x.country}.get(r.title)


def _adjacent_role_country(f: Filling, r: Role) -> str | None:
    """`вице-премьер, министр финансов Сербии`: the country of the role written right after this
    one (none for an employer's title)."""
    if r.organization:
        return None
    return next(
        (
            x.country
            for x in f.roles
            if x.country and x.organization is None and abs(x.start - r.end) < 3
        ),
        None,
    )


def _main_country_of_a_place(f: Filling, r: Role) -> str | None:
    """`депутат собрания района Отрадное`: a place's office is of the country the text is about
    (not a foreign kind of place's: `губернатор провинции Гуандун`, `штата Огайо`)."""
    if r.place is None or r.organization is not None or r.place in CONTESTED:
        return None
    doc = f.ctx.doc
    if any(doc.tokens[i].lemma in title_rules.FOREIGN_UNITS for i in doc.within(r.start, r.end)):
        return None
    return next(iter(f.countries), None)


def _state_title_country(f: Filling, r: Role) -> str | None:
    """`Министр заявил, что Франция …`: a state title (or an aide's of a state office,
    `пресс-секретарь президента`) is of the country its sentence names (not where something
    happens: `находится в Москве`), else of the document's; never of one whose office the text
    gives someone else."""
    if not state_title(r.title) or r.organization is not None or r.counted:
        return None
    doc, ctx = f.ctx.doc, f.ctx
    sent = doc.sentence_of(r.start)
    here = [
        p.country
        for p in ctx.places
        if doc.tokens[p.first].sent == sent
        and p.first not in ctx.used
        and p.kind != "institution"
        and p not in f.destinations
        and not located(doc, p)
        and not _met_with(doc, p)
    ]
    serving = {p.country for p in ctx.places if _serves_in(doc, p, r)}
    # `Вице-премьер Александр Новак и министр энергетики Саудовской Аравии …`: a country another
    # person's title names in this sentence is that counterpart's, not the document's for this one
    theirs = {
        o.country
        for p in ctx.persons
        if p is not f.me
        for o in p.roles
        if o.country
        and o.why.get("country", "own country") == "own country"  # named in the phrase itself
        and doc.sentence_of(o.start) == sent
    }
    free = [
        c
        for c in here + [c for c in f.countries if c not in theirs]
        if c not in serving and not any(someone_else(f.me, h) for h in f.held.get((r.title, c), []))
    ]
    return free[0] if free else None


def _serves_in(doc: Parsed, p: Place, r: Role) -> bool:
    """`назначен послом в Чили`: where the holder serves (`в` + the place, on the title word) is
    not whose office it is."""
    tok = doc.tokens[p.first]
    return (
        p.first > 0
        and doc.tokens[p.first - 1].folded in LOCATIVE
        and tok.head >= 0
        and r.start <= doc.tokens[tok.head].start < r.end
    )


def _met_with(doc: Parsed, p: Place) -> bool:
    """`встретились с делегацией Китая`: the country of whom someone meets is the other side's."""
    head = doc.tokens[p.first].head
    return head >= 0 and doc.tokens[head].case == "Ins" and with_before(doc, head, MET_WINDOW)


CountryRule = Callable[[Filling, Role], str | None]
COUNTRY_RULES: tuple[CountryRule, ...] = (
    _own_country,
    _same_title_country,
    _adjacent_role_country,
    _main_country_of_a_place,
    _state_title_country,
)


def _country(f: Filling, r: Role) -> tuple[str | None, CountryRule | None]:
    """The first country a rule of COUNTRY_RULES gives the role, and that rule."""
    for rule in COUNTRY_RULES:
        country = rule(f, r)
        if country:
            return country, rule
    return None, None


def merge_roles(f: Filling) -> list[Role]:
    """The person's roles, each once, with the country filled where the phrase named none; the
    rule that filled it in `why["country"]`."""
    out: list[Role] = []
    seen: set[tuple[str, str | None]] = set()
    for r in f.roles:
        country, rule = _country(f, r)
        key = (r.title, country)
        if key in seen:
            continue
        seen.add(key)
        why = {**r.why, "country": rule_name(rule)} if rule else r.why
        out.append(Role(r.title, country, r.organization, r.start, r.end, r.place, why, r.counted))
    # `премьер` beside `премьер-министр` of the same country is the same office said short
    full = {(r.title, r.country) for r in out}
    return [
        r
        for r in out
        if title_rules.REFERENCE.get(r.title, r.title) == r.title
        or (title_rules.REFERENCE[r.title], r.country) not in full
    ]


def fill_countries(ctx: PersonsContext) -> None:
    """Every person's roles merged and given their countries."""
    main = main_countries(ctx.doc, ctx.places, ctx.used)
    destinations = [pl for pl in ctx.places if travelled_to(ctx, pl)]
    held = held_offices(ctx.persons)
    for p in ctx.persons:
        # `Президент Медведев прибыл на Украину …`: the country the text is about may be where
        # he went (`проведет в Женеве консультации`: where he acts is not whom he serves either)
        sents = {ctx.doc.tokens[m.first].sent for m in p.mentions}
        went = {pl.country for pl in destinations if ctx.doc.tokens[pl.first].sent in sents}
        went |= {pl.country for pl in ctx.places if acted_in(ctx, pl, p)}
        countries = [c for c in main if c not in went]
        p.roles = merge_roles(Filling(ctx, p, p.roles, countries, destinations, held))
