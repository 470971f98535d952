"""Which titles each name holds: the phrases around its mentions read in a fixed order
(NAME_TITLES), an aide's title after whose aide he is, a title stated of a pronoun."""

from __future__ import annotations

from collections.abc import Callable

from .names import Mention
from .person_countries import state_title
from .person_data import Person, PersonsContext, PersonsResult, title_role
from .roles import Title, TitleReader, with_country
from .rules.grammar import LIST_JOINS

# pronouns a title may be stated of: `он является депутатом`
SUBJECT_PRONOUNS = {"он", "она"}


def _nth_country(t: Title, n: int) -> Title:
    """`Президенты России и США Владимир Путин и Дональд Трамп`: the n-th holder, the n-th
    country."""
    if n >= max(len(t.countries), len(t.places)) or max(len(t.countries), len(t.places)) < 2:
        return t
    country = t.countries[n] if n < len(t.countries) else t.country
    # `Мэры Москвы и Петербурга …`: a city each
    place = t.places[n] if n < len(t.places) else t.place
    return with_country(t, country, place)


# --- the titles of one mention, read in this order ---------------------------------------------


def _titles_before(r: TitleReader, ctx: PersonsContext, m: Mention) -> list[Title]:
    """`министр иностранных дел России Сергей Лавров`: the phrases that end where the name begins;
    a plural one only where another name follows (`Президенты России и США Путин и Трамп`), with
    the first country it names."""
    toks = ctx.doc.tokens
    coordinated = (
        m.last + 1 < len(toks)
        and toks[m.last].folded in LIST_JOINS
        and (m.last + 1) in ctx.by_token
    )
    found = [
        t
        for t in r.before(ctx.doc, m.first, ctx.place_at, ctx.blocked)
        if not t.plural or coordinated
    ]
    return [_nth_country(t, 0) for t in found]


def _shared_title(r: TitleReader, ctx: PersonsContext, m: Mention) -> list[Title]:
    """`заместителями министра Сергеем Рябковым и Григорием Карасиным`, `премьер-министры трех
    стран Мишустин, Головченко и Бектенов`: the n-th name of a list holds the plural title before
    its first, with the n-th country it names."""
    first, n = m, 0
    while (prev := _listed_before(ctx, first)) is not None:
        first, n = prev, n + 1
    if n == 0:
        return []
    titles = r.before(ctx.doc, first.first, ctx.place_at, ctx.blocked)
    # `Президенты России и Турции Путин, Эрдоган и Алиев`: a name past the countries holds none
    return [
        _nth_country(t, n)
        for t in titles
        if t.plural and not (len(t.countries) >= 2 and n >= len(t.countries))
    ]


def _listed_before(ctx: PersonsContext, m: Mention) -> Mention | None:
    """The name listed just before `m` (`Рябковым и` Карасиным, `Мишустин,` Головченко)."""
    i = m.first - 1
    if i < 1 or ctx.doc.tokens[i].folded not in LIST_JOINS or (i - 1) not in ctx.by_token:
        return None
    return next((x for x in ctx.by_token[i - 1].mentions if x.last == i), None)


def _titles_after(r: TitleReader, ctx: PersonsContext, m: Mention) -> list[Title]:
    """`Лукашенко, президент Беларуси,`: appositions after the name."""
    return r.after(ctx.doc, m.last, ctx.place_at, ctx.blocked)


def _titles_stated(r: TitleReader, ctx: PersonsContext, m: Mention) -> list[Title]:
    """`Петров был назначен министром`: titles a verb states of the name."""
    return r.stated(ctx.doc, m.first, m.last, ctx.place_at, ctx.blocked)


NameTitles = Callable[[TitleReader, PersonsContext, Mention], list[Title]]
NAME_TITLES: tuple[NameTitles, ...] = (_titles_before, _shared_title, _titles_after, _titles_stated)


def read_titles(
    r: TitleReader, ctx: PersonsContext, owners: dict[int, tuple[Person, Person]]
) -> None:
    """Every person's roles from the title phrases around their mentions, in NAME_TITLES order;
    the tokens the phrases take join `ctx.used`. A name that is whose aide another is (`owners`)
    holds none of the titles around it."""
    for p in ctx.persons:
        for m in p.mentions:
            if m.first in owners:
                continue  # `советника Обамы Тони Донилона`: the title is Донилон's, not Обама's
            for rule in NAME_TITLES:
                for t in rule(r, ctx, m):
                    ctx.used.update(range(t.first, t.last))
                    if t.title:
                        p.roles.append(title_role(ctx.doc, t))


# --- aides and pronouns ------------------------------------------------------------------------


def owners(ctx: PersonsContext) -> dict[int, tuple[Person, Person]]:
    """Names in the genitive directly before another name are whose aide that one is:
    `советника Обамы Тони Донилона` → {first token of `Обамы`: (Донилон, Обама)}."""
    toks = ctx.doc.tokens
    out = {}
    for p in ctx.persons:
        for m in p.mentions:
            nxt = ctx.by_token.get(m.last)
            genitive = "Gen" in (
                toks[m.first].feats.get("Case"),
                toks[m.last - 1].feats.get("Case"),
            )
            if (
                nxt is not None
                and nxt is not p
                and genitive
                and toks[m.last].start - toks[m.last - 1].end == 1
            ):
                out[m.first] = (nxt, p)
    return out


def aide_role(r: TitleReader, ctx: PersonsContext, holder: Person, owner: Person, at: int) -> None:
    """The aide's title names the office of the one served (the owner's name starts at token
    `at`): `советник президента`, `США`."""
    office = next((x for x in owner.roles if state_title(x.title)), None)
    for t in r.before(ctx.doc, at, ctx.place_at, ctx.blocked, served=True):
        ctx.used.update(range(t.first, t.last))
        title, country = t.title, t.country
        if office is not None:
            genitive = r.vocab(office.title.split(" ")[0])[0].inflect({"gent", "sing"})
            title = " ".join([title, genitive.word if genitive else office.title])
            country = country or office.country
        holder.roles.append(
            title_role(ctx.doc, t, "aide of an office", title=title, country=country)
        )


def pronoun_titles(r: TitleReader, ctx: PersonsContext, result: PersonsResult) -> None:
    """`В настоящий момент он является депутатом парламента`: a title stated of `он`/`она` is the
    title of the person the pronoun stands for."""
    doc = ctx.doc
    for i, tok in enumerate(doc.tokens):
        if tok.folded not in SUBJECT_PRONOUNS or not tok.rel.startswith("nsubj"):
            continue
        stated = r.stated(doc, i, i + 1, ctx.place_at, ctx.blocked)
        holder = result.antecedent(doc, tok.start, tok.text) if stated else None
        for t in stated if holder is not None else []:
            if all(x.title != t.title for x in holder.roles):
                holder.roles.append(title_role(doc, t, "title stated of a pronoun"))
