"""Title-only references (`президент России заявил`, `Мэр города Немуро`): which title phrases
stand for a person (REFERENCE_TITLES), and whom each means (RESOLUTION, tried in order)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from .document import Parsed
from .explain import rule_name
from .patterns import with_before
from .person_data import Person, PersonsContext, Role, gender_of, title_role
from .roles import Title, TitleReader
from .rules import titles as title_rules

# How many sentences away a title-only reference may find an untitled person it stands for.
MAX_REFERENCE_GAP = 3
OBJECT_PRONOUNS = {"его", "ее", "её", "их", "него", "нее", "неё", "них"}


# --- which title phrases are references, and to what title ---------------------------------------


def _reference_title(ctx: PersonsContext, t: Title) -> str | None:
    """`главе белорусского государства` → `президент`: a title the table says stands for its
    holder alone (build() leaves the country out: `глава государства`)."""
    return title_rules.REFERENCE.get(t.title)


def _title_one_person_holds(ctx: PersonsContext, t: Title) -> str | None:
    """`Мэр города Немуро` after `мэром … Сюнскэ Хасэгавой`: a title only one person holds; `мэра
    Москвы`, held by nobody the text names with it: perhaps by someone it names bare."""
    if t.title in title_rules.STATE:
        return None
    holders = [p for p in ctx.persons if any(r.title == t.title for r in p.roles)]
    return t.title if len(holders) == 1 or (not holders and (t.country or t.place)) else None


ReferenceTitle = Callable[[PersonsContext, Title], str | None]
REFERENCE_TITLES: tuple[ReferenceTitle, ...] = (_reference_title, _title_one_person_holds)


def _adjectives_before(ctx: PersonsContext, i: int, taken: set[int]) -> int:
    """The first of the adjectives right before token `i` in its sentence, none of `taken`
    (`российского` of `российского президента`); `i` where there is none."""
    toks = ctx.doc.tokens
    lo = i
    while (
        lo > 0
        and toks[lo - 1].sent == toks[i].sent
        and toks[lo - 1].pos == "ADJ"
        and (lo - 1) not in taken
    ):
        lo -= 1
    return lo


def _candidates(r: TitleReader, ctx: PersonsContext) -> list[tuple[Title, str]]:
    """Every singular title phrase outside names and the titles read so far that stands for a
    person, with the canonical title it stands for."""
    taken = ctx.used | ctx.blocked
    named = set(ctx.by_token)
    toks = ctx.doc.tokens
    found: list[tuple[Title, str]] = []
    for i, tok in enumerate(toks):
        if i in taken or not r.head_lemma(tok) or r.vocab.plural(tok):
            continue
        if i > 0 and tok.feats.get("Case") == "Gen" and toks[i - 1].lemma in title_rules.KIN:
            continue  # `сын президента Казахстана`: the president is not who is named next
        lo = _adjectives_before(ctx, i, taken)
        t = r.phrase(ctx.doc, i, ctx.place_at, lo, len(toks), named)
        if t is None:
            continue
        canonical = next((c for rule in REFERENCE_TITLES if (c := rule(ctx, t)) is not None), None)
        if canonical is not None:
            found.append((t, canonical))
    return found


# --- whom a reference means, tried in this order -------------------------------------------------


@dataclass
class Reference:
    """One title-only reference being resolved: the phrase, the title it stands for, the
    sentences where a bare form of that title stands, and the persons whose roles fit it."""

    r: TitleReader
    ctx: PersonsContext
    title: Title
    canonical: str
    beside: set[int]  # `Вместе с президентом приехали Дмитрий Медведев`: who is named there is not
    holders: list[Person]


def _the_one_holder(ref: Reference) -> Person | None:
    """`Президент Туркмении Бердымухамедов … президент Туркмении заявил`: the one person whose
    role fits."""
    return ref.holders[0] if len(ref.holders) == 1 else None


def _the_holder_named_last(ref: Reference) -> Person | None:
    """`Путин и Обама … президент сказал`: of several holders, a reference naming no country
    means the one named last before it (nobody, if none is named before)."""
    if ref.title.country is not None or len(ref.holders) < 2:
        return None
    at = ref.ctx.doc.tokens[ref.title.first].start
    before = [p for p in ref.holders if min(m.start for m in p.mentions) < at]
    if not before:
        return None
    return max(before, key=lambda p: max([m.start for m in p.mentions if m.start < at], default=-1))


def _an_untitled_person_nearby(ref: Reference) -> Person | None:
    """`визита российского президента … Путин`: a reference that names its country and fits no
    titled person means the nearest person the text gives no title; that person gains the role."""
    if ref.holders or _too_loose_or_met(ref):
        return None
    doc, t = ref.ctx.doc, ref.title
    sent = doc.tokens[t.first].sent
    # a head of state or government may be someone the sentence names (`визита российского
    # президента … Путин`); another title is of someone named before it (`Японский посол не сообщил
    # о поездке Медведева`)
    earlier_only = t.title not in title_rules.REFERENCE
    best: tuple[int, int, Person] | None = None
    tied = False
    female = ref.r.feminine(t.title.split(" ")[0])
    for p in ref.ctx.persons:
        if p.roles or p.last is None or (female and gender_of(doc, p) == "Masc"):
            continue  # (`актриса` is no man)
        sents = {doc.tokens[m.first].sent for m in p.mentions}
        if (
            sents & ref.beside
            or (earlier_only and min(sents) >= sent)
            or _acts_on_him(doc, p, sent)
        ):
            continue
        gap = min((abs(s - sent), s > sent) for s in sents)
        if gap[0] <= MAX_REFERENCE_GAP and (best is None or gap < best[:2]):
            best, tied = (*gap, p), False
        elif best is not None and gap == best[:2]:
            # `Путин и Трамп … написал американский президент`: which one, the text does not say
            tied = True
    if best is None or tied:
        return None
    p = best[2]
    p.roles.append(
        title_role(doc, t, "title-only reference", title=ref.canonical, organization=None)
    )
    return p


def _too_loose_or_met(ref: Reference) -> bool:
    """`российского лидера` is too loose to give anyone a title, and so is a title with no country
    or place; `переговоры с председателем КНР`: the one met is someone else."""
    t, doc = ref.title, ref.ctx.doc
    if (t.country is None and t.place is None) or t.title.split(" ")[
        0
    ] in title_rules.LOOSE_REFERENCES:
        return True
    return doc.tokens[t.head].feats.get("Case") == "Ins" and with_before(
        doc, t.head, t.head - t.first + 2
    )


def _acts_on_him(doc: Parsed, p: Person, sent: int) -> bool:
    """`Президент Туркмении прибыл в Москву. Его встретил Путин.`: who does something to `его`
    in a later sentence is someone else than the one `его` stands for."""
    for m in p.mentions:
        verb = doc.tokens[m.first].head
        if (
            doc.tokens[m.first].sent > sent
            and verb >= 0
            and doc.tokens[m.first].rel.startswith("nsubj")
            and any(
                doc.tokens[c].folded in OBJECT_PRONOUNS and doc.tokens[c].rel == "obj"
                for c in doc.children(verb)
            )
        ):
            return True
    return False


Resolution = Callable[[Reference], Person | None]
RESOLUTION: tuple[Resolution, ...] = (
    _the_one_holder,
    _the_holder_named_last,
    _an_untitled_person_nearby,
)


def _holders(ctx: PersonsContext, t: Title, canonical: str) -> list[Person]:
    """The persons with a role of the reference's title (of its country, where it names one);
    `глава NASA` is no head of state, whatever `глава` alone means."""
    return [
        p
        for p in ctx.persons
        if any(
            (
                title_rules.REFERENCE.get(r.title, r.title) == canonical
                or _headed_by(ctx.doc, r, canonical)
            )
            and r.organization is None
            and (t.country is None or r.country in (None, t.country))
            for r in p.roles
        )
    ]


def _headed_by(doc: Parsed, r: Role, word: str) -> bool:
    """`канцлер` stands for `Федеральный канцлер Австрии`: the role's phrase, past its adjectives,
    is headed by the word (not `вице-премьер` for `премьер`, nor `заместитель председателя`)."""
    toks = [doc.tokens[i] for i in doc.within(r.start, r.end)]
    head = next((t for t in toks if t.pos != "ADJ"), None)
    return head is not None and head.pos == "NOUN" and head.lemma == word


def find_references(r: TitleReader, ctx: PersonsContext) -> list[tuple[Title, Person | None]]:
    """Every title-only reference and whom it means (None: nobody the text names); the person
    gains the reference and its tokens. The title of a resolved reference carries the name of the
    RESOLUTION rule that resolved it."""
    found = _candidates(r, ctx)
    # `Вместе с президентом приехали Дмитрий Медведев`: whoever is named beside a bare title is
    # someone else
    beside: dict[str, set[int]] = {}
    for t, canonical in found:
        beside.setdefault(canonical, set())
        if t.country is None:
            beside[canonical].add(ctx.doc.tokens[t.first].sent)
    out: list[tuple[Title, Person | None]] = []
    for t, canonical in found:
        ref = Reference(r, ctx, t, canonical, beside[canonical], _holders(ctx, t, canonical))
        person, rule = next(
            ((p, rule) for rule in RESOLUTION if (p := rule(ref)) is not None), (None, None)
        )
        if person is not None and rule is not None:
            person.references.append(
                (ctx.doc.tokens[t.first].start, ctx.doc.tokens[t.last - 1].end)
            )
            for k in range(t.first, t.last):
                ctx.by_token.setdefault(k, person)
            t = replace(t, rule=rule_name(rule))
        out.append((t, person))
    return out
