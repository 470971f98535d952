"""What may follow a title word, as ordered rules: `COMPLEMENTS`, then `AFTER_EMPLOYER`.

At each token after the title word the rules are tried in order; the first that takes the token
says where reading goes on, and none ends the phrase. In order: a relative `которого` (`главой
которого`), what a participle of office governs (`заведующий кафедрой`), a see, a time, places
(`мэр Москвы` → place and country), named employers (`глава Роскосмоса` → organisation; a body
named with its country is that country's office), genitives, a number and `по`-phrases that are
part of the title (`министр иностранных дел`, `директор по стратегии`), whom the holder
represents, where he serves. Once a named employer has ended the title, `AFTER_EMPLOYER` replaces
`COMPLEMENTS`: only where and in what field (`директор НАСА по космическим полётам`).
"""

from __future__ import annotations

from collections.abc import Callable

from .document import Parsed
from .rules import grammar
from .rules import titles as rules
from .title_reading import Reading, Span

# A rule reads token `j` of the span into the reading: one past what it took, or None.
Complement = Callable[[Span, int, Reading], int | None]


def closing_quote(doc: Parsed, i: int, within: int) -> int | None:
    """The first closing quotation mark after token `i`, before token `i + within`: the `»` of
    `«МИР 24»`."""
    toks = doc.tokens
    return next(
        (
            k
            for k in range(i + 1, min(i + within, len(toks)))
            if toks[k].text in grammar.CLOSING_QUOTES
        ),
        None,
    )


def read_complements(s: Span, j: int, reading: Reading, anchor: int) -> int:
    """Reads from token `j` while the span (in the sentence of token `anchor`) lasts and a rule
    takes a token; one past the last token taken."""
    while s.has(j, anchor):
        for rule in AFTER_EMPLOYER if reading.stop else COMPLEMENTS:
            nxt = rule(s, j, reading)
            if nxt is not None:
                reading.fired.append(rule)
                j = nxt
                break
        else:
            break
    return j


def _of_which(s: Span, j: int, reading: Reading) -> int | None:
    """`представительства …, главой которого является …`: `которого` is the noun the clause is
    about, in the genitive as the title takes it (`глава постоянного представительства`)."""
    toks = s.doc.tokens
    if toks[j].folded not in grammar.RELATIVE_GENITIVES or j != s.head + 1:
        return None
    clause = toks[j].head
    for _ in range(4):  # up to the relative clause, which hangs on the noun it is about
        if clause < 0 or toks[clause].rel.startswith("acl"):
            break
        clause = toks[clause].head
    noun = toks[clause].head if clause >= 0 and toks[clause].rel.startswith("acl") else -1
    if noun < 0 or toks[noun].pos != "NOUN" or not toks[noun].text.islower():
        reading.stop = True  # whose head it is, the clause does not say
        return j + 1
    number = {"Sing": "sing", "Plur": "plur"}.get(toks[noun].feats.get("Number", ""), "sing")
    words = [k for k in s.doc.children(noun) if toks[k].rel == "amod" and k < noun] + [noun]
    reading.words.extend(s.words.genitive(toks[k].folded, number) for k in words)
    return j + 1


def _governed(s: Span, j: int, reading: Reading) -> int | None:
    """`командующий силами`, `заведующий кафедрой`, `исполняющий обязанности представителя`: what a
    participle of office governs, in its own case, is part of the title (the abbreviation's dot
    too)."""
    toks = s.doc.tokens
    if j == s.head + 1 and toks[j].text == "." and reading.head in rules.WRITTEN_OUT:
        return j + 1  # `зав. кафедрой`
    if reading.head in rules.ACTING.values() and toks[j].folded == "обязанности":
        return j + 1
    if (
        reading.head not in rules.GOVERNS_INSTRUMENTAL
        or len(reading.words) > 1
        and not reading.words[-1].endswith(("ой", "ом", "ами", "ями", "ей", "ем"))
        or toks[j].case != "Ins"
        or toks[j].pos not in ("NOUN", "ADJ")
    ):
        return None
    reading.words.append(toks[j].folded)
    return j + 1


def _see(s: Span, j: int, reading: Reading) -> int | None:
    """`Митрополит Санкт-Петербургский Варфоломей`: a city's adjective right after the title names
    its see."""
    tok = s.doc.tokens[j]
    if j != s.head + 1 or tok.pos not in ("ADJ", "PROPN") or tok.case != s.doc.tokens[s.head].case:
        return None
    lemma, _ = s.words.adjective(tok.folded)
    if lemma not in s.words.city_adjectives:
        return None
    reading.of_city(s.words.city_adjectives[lemma])
    return j + 1


def _time(s: Span, j: int, reading: Reading) -> int | None:
    """`вратарь сборной последних лет`, `депутат Верховной Рады 8-го созыва`: when, no part of the
    title."""
    toks = s.doc.tokens
    k = j
    while (
        s.has(k, j)
        and k - j < 3
        and (toks[k].pos in ("ADJ", "NUM") and toks[k].case in ("Gen", None))
    ):
        k += 1
    if (
        not s.has(k, j)
        or toks[k].case != "Gen"
        or s.words.vocab.first_lemma(toks[k].folded) not in rules.TIME_NOUNS
    ):
        return None
    return k + 1


def _place(s: Span, j: int, reading: Reading) -> int | None:
    """`министр иностранных дел России`, `мэр Москвы`, `глава Белого дома`: where the office is."""
    place = s.places.get(j)
    if place is None or place.first != j:
        return None
    toks = s.doc.tokens
    if place.kind == "adjective":
        if (
            not (place.last < len(toks) and toks[place.last].pos in ("NOUN", "PROPN", "ADJ"))
            or toks[j].text[:1].isupper()
        ):
            return None  # `Русской винно-водочной компании`: a capital starts a name, not a country
        reading.country = reading.country or place.country  # `палестинской делегации`
        return place.last
    if place.kind == "institution":  # `глава Белого дома`: every word of it
        reading.words.extend(toks[k].folded for k in range(place.first, place.last))
    if place.country:
        reading.countries.append(place.country)
        reading.places.append(place.city or place.region)
    reading.country = reading.country or place.country
    reading.place = reading.place or place.city or place.region
    reading.located = True
    return place.last


def _and_between_places(s: Span, j: int, reading: Reading) -> int | None:
    """`президенты России и Франции`, `премьер-министры России, Белоруссии и Казахстана`: `и`
    between two places, or a comma where a plural title lists them."""
    toks = s.doc.tokens
    joins = toks[j].folded == "и" or (toks[j].text == "," and s.words.vocab.plural(toks[s.head]))
    return j + 1 if joins and (j - 1) in s.places and (j + 1) in s.places else None


def _describing_a_place(s: Span, j: int, reading: Reading) -> int | None:
    """`министр иностранных дел африканской страны Мали`, `спикер совета самопровозглашенной ДНР`:
    the adjective describes the place, not the office."""
    toks = s.doc.tokens
    if toks[j].pos != "ADJ" or not toks[j].text.islower() or not s.has(j + 1, j):
        return None
    nxt = j + 1
    return (
        nxt
        if nxt in s.places or s.words.vocab.first_lemma(toks[nxt].folded) in rules.GEO_DESCRIPTORS
        else None
    )


def _place_noun(s: Span, j: int, reading: Reading) -> int | None:
    """`мэр города Немуро`, `депутат собрания района Отрадное`: the noun says what kind of place
    follows (its name in the nominative or in the noun's case), not what the office is."""
    toks = s.doc.tokens
    lemma = s.words.vocab.first_lemma(toks[j].folded)
    if lemma not in rules.GEO_DESCRIPTORS or not s.has(j + 1, j):
        return None
    if (j + 1) in s.places:
        return j + 1
    k = j + 1
    while (
        s.has(k, j)
        and k - j <= 3
        and toks[k].text[:1].isupper()
        and toks[k].pos in ("PROPN", "NOUN", "ADJ")
    ):
        k += 1
    if k == j + 1:
        return None
    words = [toks[i].text for i in range(j + 1, k)]
    reading.place = reading.place or (
        " ".join(words) if toks[j + 1].case == "Nom" else s.words.vocab.nominative_phrase(words)
    )
    reading.located = True
    return k


def _counted_places(s: Span, j: int, reading: Reading) -> int | None:
    """`министры иностранных дел двух стран`, `главы МИД обоих государств`: a number of places,
    not their names; the countries are the ones the text names."""
    toks = s.doc.tokens
    counting = toks[j].pos == "NUM" or s.words.vocab.first_lemma(toks[j].folded) in rules.BOTH
    if not counting or not s.has(j + 1, j) or toks[j + 1].case != "Gen":
        return None
    if s.words.vocab.first_lemma(toks[j + 1].folded) not in rules.COUNTED_PLACES:
        return None
    reading.located = reading.counted = True
    return j + 2


def _quoted(s: Span, j: int, reading: Reading) -> int | None:
    """`корреспондент «МИР 24»`: a quoted name is the employer (not a person's name in quotes:
    `блогер «Иван Иванов»` is the holder)."""
    toks = s.doc.tokens
    if toks[j].text not in grammar.OPENING_QUOTES:
        return None
    close = closing_quote(s.doc, j, 10)
    if close is None or close == j + 1 or toks[close].sent != toks[j].sent:
        return None
    if (j + 1) in s.blocked:
        return None
    quoted = [toks[k].text for k in range(j + 1, close)]  # `вице-президентом «Роснефти»`
    reading.organization = (
        reading.organization or s.words.vocab.nominative_phrase(quoted)
        if toks[j + 1].case == "Gen"
        else reading.organization or s.doc.text[toks[j + 1].start : toks[close - 1].end]
    )
    reading.stop = True
    return close + 1


def _before_a_name(s: Span, j: int, reading: Reading) -> int | None:
    """`координатор движения «Левый фронт»`, `тренер черниговской "Десны"`, `глава ОАО «Газпром»`:
    the kind of organisation, its legal form and adjectives go with the name that follows."""
    toks = s.doc.tokens
    k = j
    while (
        s.has(k, j)
        and (toks[k].pos == "ADJ" or toks[k].text in grammar.LEGAL_FORMS)
        and toks[k].text[:1].islower() | toks[k].text.isupper()
    ):
        k += 1
    descriptor = (
        s.has(k, j)
        and toks[k].text.islower()
        and s.words.vocab.first_lemma(toks[k].folded) in rules.ORG_DESCRIPTORS
    )
    if descriptor:
        k += 1
    if k == j or not s.has(k, j):
        return None
    nxt = toks[k]
    if nxt.text in grammar.OPENING_QUOTES:
        return k
    if not (
        descriptor
        and k not in s.places
        and (nxt.text[:1].isupper() or nxt.text.isascii())
        and nxt.text[:1].isalpha()
    ):
        return None
    end = k  # `клуба Челси`, `компании FaceCash`: the name stands in the nominative after its kind
    while (
        s.has(end, j)
        and end - k < 4
        and (toks[end].text[:1].isupper() or toks[end].text.isascii())
        and toks[end].text[:1].isalpha()
    ):
        end += 1
    reading.organization = reading.organization or " ".join(toks[i].text for i in range(k, end))
    reading.stop = True
    return end


def _named(s: Span, j: int, reading: Reading) -> int | None:
    """A named employer: `глава Роскосмоса`, `директор Института этнологии и антропологии РАН`. A
    body named with its country is that country's office and part of the title (`председатель
    Верховного народного собрания КНДР`, `член Палаты представителей Конгресса США`)."""
    toks = s.doc.tokens
    a = j  # `синодального Отдела по взаимоотношениям`: adjectives before the name are part of it
    while s.has(a, j) and toks[a].pos == "ADJ" and toks[a].text.islower() and toks[a].case == "Gen":
        a += 1
    opening = toks[a] if s.has(a, j) else toks[j]
    if not (opening.text[:1].isupper() or (opening.text.isascii() and opening.text[:1].isalpha())):
        return None
    if a in s.places and s.places[a].kind != "adjective":
        return None
    if (
        opening.case not in (None, "Gen")
        and not opening.text.isascii()
        and not opening.text.isupper()
    ):
        return None
    k = named_end(s, a)
    if k is None:
        return None
    name_end = k
    while s.has(k, j) and toks[k].pos == "ADJ" and toks[k].text.islower() and (k + 1) in s.places:
        k += 1  # `Народного совета самопровозглашенной ДНР`: the adjective describes the place
    words = [toks[i].folded for i in range(j, name_end)]
    # a country, a known name, or a place the title itself names (`чемпионка Европы`)
    if (
        (k in s.places and s.places[k].kind == "country")
        or " ".join([*reading.words, *words]) in rules.SYNONYMS
        or (k == a + 1 and s.words.vocab.place_lemma(toks[a].folded) in rules.TITLE_PLACES)
    ):
        reading.words.extend(words)  # then `_place` reads the country
        return k
    k = name_end
    # `мэр Могилева`: a place the tables do not know; an abbreviation the tagger calls a location
    # is a union of states (`глава дипломатии ЕС`), an organisation
    if (
        any(e.type == "LOC" and e.start <= opening.start < e.end for e in s.doc.entities)
        and not reading.place
        and not opening.text.isupper()
    ):
        reading.place = s.words.organization_name(s.doc, j, k)
        return k
    reading.organization = reading.organization or s.words.organization_name(s.doc, j, k)
    reading.stop = True
    return k


def named_end(s: Span, j: int) -> int | None:
    """One past a name's words: capitalised or Latin words, and the genitives, `и` and `по`/`при`
    phrases inside it (`Комитета по иностранным делам`, `совета при главном архитекторе`)."""
    toks = s.doc.tokens
    k = j
    inner = False  # inside a `по`/`при` phrase, any case goes
    while s.has(k, j) and not (k > j and k in s.places and s.places[k].kind == "country"):
        t = toks[k]
        if t.text in grammar.OPENING_QUOTES and k > j and toks[k - 1].text.isupper():
            # `ФК «Зенит»`, `ПАО «Сбербанк»`: an abbreviated kind, then the quoted name
            close = closing_quote(s.doc, k, 8)
            if close is not None and s.has(close, j):
                k = close + 1
                continue
        if not t.text[:1].isalnum() or (
            t.pos == "ADJ" and t.text.islower() and (k + 1) in s.places
        ):
            break  # `Народного совета самопровозглашенной ДНР`: the place's adjective ends the name
        if t.text[:1].isupper() or t.text.isascii():
            k += 1
        elif (
            t.folded in grammar.INNER_PREPOSITIONS
            and s.has(k + 1, j)
            and (
                (k + 1) in s.places
                or not (toks[k - 1].text.isupper() or toks[k - 1].text.isascii())
            )
        ):
            # `Комитета по иностранным делам`, `ГУ МВД по Москве` (a territorial body); but
            # `директор НАСА по космическим полётам`
            inner = True
            k += 1
        elif t.folded == "и" and s.has(k + 1, j) and toks[k + 1].case == toks[k - 1].case:
            k += 1
        elif (
            not inner
            and t.feats.get("Number") == "Sing"
            and (k + 1) not in s.places
            and s.words.vocab.first_lemma(t.folded) in rules.GEO_DESCRIPTORS
        ):
            break  # `глава МИД страны`: the country the text means (not `Института стран СНГ`)
        elif t.pos in ("NOUN", "ADJ", "PROPN") and (inner or t.case == "Gen"):
            k += 1
        else:
            break
    return k if k > j else None


def _and_genitive(s: Span, j: int, reading: Reading) -> int | None:
    """`глава отдела корпоративных серверов и сетей`: `и` between the title's genitives (not
    between a place's words)."""
    toks = s.doc.tokens
    if (
        toks[j].folded != "и"
        or reading.located
        or not s.has(j + 1, j)
        or toks[j + 1].case != "Gen"
        or not toks[j + 1].text.islower()
    ):
        return None
    reading.words.append("и")
    return j + 1


def _genitive(s: Span, j: int, reading: Reading) -> int | None:
    """`министр торговли`, `глава отдела корпоративных серверов`: lowercase genitives are part of
    the title (an adjective only before its noun; time words are not: `вратарь последних лет`)."""
    toks = s.doc.tokens
    t = toks[j]
    if not t.text.islower() or t.case != "Gen" or t.pos not in ("NOUN", "ADJ"):
        return None
    if t.pos == "NOUN" and not s.hangs_on_phrase(j) and reading.words != [reading.head]:
        # (the first genitive after the title word, whatever the tree says: `врио губернатора`)
        return None
    lemma = s.words.vocab.first_lemma(t.folded)
    if lemma in rules.GEO_DESCRIPTORS:
        # `мэр города`: the title is `мэр`, whichever city the text means
        reading.located = True
        return j + 1
    if t.pos == "ADJ" and lemma in s.words.city_adjectives:
        # `сопредседатель московского отделения`: where the unit is
        reading.place = reading.place or s.words.city_adjectives[lemma]
        return j + 1
    if t.pos == "ADJ" and not (
        s.has(j + 1, j) and toks[j + 1].case == "Gen" and toks[j + 1].pos in ("NOUN", "ADJ")
    ):
        return None
    if reading.located:
        # `мэр города Немуро северного японского острова Хоккайдо`: words of a place
        k = j
        while s.has(k, j) and toks[k].case == "Gen" and k not in s.places:
            k += 1
        return k if k in s.places else None
    reading.words.append(t.folded)
    return j + 1


def _numbered(s: Span, j: int, reading: Reading) -> int | None:
    """`главврач больницы № 40`: a number names the unit."""
    toks = s.doc.tokens
    if (
        toks[j].text not in ("№", "N")
        or not s.has(j + 1, j)
        or not toks[j + 1].text.isdigit()
        or reading.located
    ):
        return None
    reading.words.extend([toks[j].text, toks[j + 1].text])
    return j + 2


def _po_phrase(s: Span, j: int, reading: Reading) -> int | None:
    """`министр по делам разведки`, `директор по стратегии и развитию бизнеса`."""
    toks = s.doc.tokens
    dative = j + 1 + (s.has(j + 2, j) and toks[j + 1].pos == "ADV")  # `по особо важным делам`
    if (
        toks[j].folded != "по"
        or not s.has(dative, j)
        or toks[dative].case != "Dat"
        or not toks[dative].text.islower()
    ):
        return None
    k = j + 1
    while (
        s.has(k, j)
        and toks[k].text.islower()
        and (
            toks[k].case == "Dat"
            or (k < dative)
            or (toks[k].folded == "и" and s.has(k + 1, j) and toks[k + 1].case == "Dat")
        )
    ):
        k += 1
    reading.words.extend(toks[i].folded for i in range(j, k))
    return k


def _from_organization(s: Span, j: int, reading: Reading) -> int | None:
    """`наблюдатель от ОБСЕ`, `депутат от партии «Новые правые»`: whom the holder represents."""
    toks = s.doc.tokens
    if toks[j].folded != "от" or not s.has(j + 1, j) or reading.organization:
        return None
    nxt = toks[j + 1]
    named = (
        nxt.text in grammar.OPENING_QUOTES
        or nxt.text.isupper()
        or (nxt.text.isascii() and nxt.text[:1].isalpha())
    )
    if named:
        return j + 1
    descriptor = s.words.vocab.first_lemma(nxt.folded) in rules.ORG_DESCRIPTORS | {"партия"}
    return (
        j + 2
        if descriptor and s.has(j + 2, j) and toks[j + 2].text in grammar.OPENING_QUOTES
        else None
    )


def _where_it_serves(s: Span, j: int, reading: Reading) -> int | None:
    """`посол Японии в Чехии`, `полпред президента в округе`, `глава представительства США в
    регионе`: where the holder serves; read past on the way to the name, no part of the title."""
    toks = s.doc.tokens
    if toks[j].folded not in grammar.LOCATIVE or not s.has(j + 1, j):
        return None
    k = j + 1
    while (
        s.has(k, j)
        and k - j <= 4
        and (k in s.places or (toks[k].case == "Loc" and toks[k].pos in ("NOUN", "ADJ", "PROPN")))
    ):
        k += 1
    if k == j + 1 or not (s.end <= len(toks) and k == s.end):
        return None  # only where the name follows at once: elsewhere `в` ends the phrase
    return k


COMPLEMENTS: tuple[Complement, ...] = (
    _of_which,
    _governed,
    _see,
    _time,
    _place,
    _and_between_places,
    _describing_a_place,
    _place_noun,
    _counted_places,
    _quoted,
    _before_a_name,
    _named,
    _and_genitive,
    _genitive,
    _numbered,
    _po_phrase,
    _from_organization,
    _where_it_serves,
)
# After a named employer only where and in what field: `директор НАСА по космическим полётам`.
AFTER_EMPLOYER: tuple[Complement, ...] = (_place, _po_phrase, _where_it_serves)
