"""Tying title phrases to the name they stand before or after: the rules of `BEFORE`, appositions.

`BEFORE`: a title right before the name (`министр торговли Китая Чэнь Дэмин`), else one the tree
makes its apposition; after it, appositions one after another (`Лукашенко, президент Беларуси,`).
What a verb states of the name is `title_stated`'s.

Each rule's name becomes the title's `rule`, which `--explain` shows for the role.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .explain import rule_name
from .rules import grammar
from .rules import titles as rules
from .title_cases import agrees, agrees_after, kin_before, same_case
from .title_phrase import phrase
from .title_reading import Title, TitleContext
from .title_words import modifier

MAX_PHRASE = 12
# What joins two titles of one name before it: `писатель и журналист Виктор Шендерович`.
CHAIN_JOINTS = (",", "и")

# A rule finds the titles before the name starting at token `first`; `served`: the name is whom
# the title serves (`советника Обамы`), not its holder.
BeforeRule = Callable[[TitleContext, int, bool], list[Title]]


def _reaching(c: TitleContext, end: int, served: bool = False) -> Title | None:
    """The widest title phrase that ends at token `end` (`заместитель министра иностранных дел
    России`, not `министр …`): the leftmost title word whose phrase reaches it."""
    toks = c.doc.tokens
    sent = toks[min(end, len(toks) - 1)].sent
    lo = end
    while (
        lo > 0
        and end - lo < MAX_PHRASE
        and toks[lo - 1].sent == sent
        and (lo - 1) not in c.blocked
        and toks[lo - 1].text not in grammar.SENTENCE_INNER_ENDS
    ):
        lo -= 1
    reaching: list[Title] = []
    for h in range(lo, end):
        if kin_before(c.words, c.doc, h):
            continue  # `муж актрисы Сергей Сенин`, `сын президента`: a kinsman, not the holder
        t = phrase(c, h, lo, end)
        if t is not None and t.last == end and (served or agrees(c.words, c.doc, h, end)):
            reaching.append(t)
    # in another case than the name and hanging on a word before it (`Указом президента Артем
    # Белов назначен …`), the title is that word's, not the name's
    reaching = [t for t in reaching if served or not _anothers(c, t, end)]
    # the widest phrase whose head shares the name's case: `главе государства приветствия
    # Президента Азербайджана Ильхама Алиева` is Алиев's `Президента …`, not `главе …`
    same = [t for t in reaching if served or same_case(c.words, c.doc, t.head, end)]
    return (same or reaching or [None])[0]


def _anothers(c: TitleContext, t: Title, after: int) -> bool:
    """The title word is an oblique case hanging on a word before it, the word after the phrase
    (token `after`: a name's first) a first name pymorphy knows only in the nominative (`Артем`;
    not `Кристин`, `Алексея`)."""
    doc = c.doc
    head, first = doc.tokens[t.head], doc.tokens[min(after, len(doc.tokens) - 1)]
    parses = [
        p
        for p in c.words.vocab.known(first.folded)
        if "Name" in p.tag.grammemes and p.tag.number == "sing"
    ]
    return (
        head.rel.startswith("nmod")
        and 0 <= head.head < t.first
        and head.case not in (None, "Nom")
        and bool(parses)
        and all(p.tag.case == "nomn" for p in parses)
    )


def _title_before_the_name(c: TitleContext, first: int, served: bool) -> list[Title]:
    """`министр торговли Китая Чэнь Дэмин`, and a chain of titles (`министр по делам разведки,
    глава Комиссии … Дан Меридор`, `писатель и журналист Виктор Шендерович`), nearest last."""
    toks = c.doc.tokens
    out: list[Title] = []
    end = first
    while end > 0:
        found = _reaching(c, end, served and end == first)
        if found is None:
            break
        out.append(found)
        # `писатель и журналист Виктор Шендерович`, `представитель вооружённых сил полковник …`
        joint = found.first - 1
        if joint >= 1 and toks[joint].sent == toks[first].sent and toks[joint].text in CHAIN_JOINTS:
            end = joint
        elif found.first > 0 and toks[found.first - 1].sent == toks[first].sent:
            end = found.first
        else:
            break
    return out


def _apposition_before_by_the_tree(c: TitleContext, first: int, served: bool) -> list[Title]:
    """`Глава палестинской делегации на переговорах Саеб Эрекат`: the tree makes the name the
    apposition of a title across other words."""
    toks = c.doc.tokens
    h = toks[first].head
    if toks[first].rel != "appos" or not 0 <= h < first or toks[h].sent != toks[first].sent:
        return []
    # names between are the title's own genitives, whom it serves (`Помощник Хиллари Клинтон …
    # Гордон`)
    if any(
        k in c.blocked and toks[k].head not in (h, k - 1) for k in range(h, first)
    ) or kin_before(c.words, c.doc, h):
        return []
    if first - 1 in c.blocked or not agrees(c.words, c.doc, h, first):
        # `советник Байдена Джейк Салливан`: the aide's title names the one served (persons)
        return []
    t = phrase(c, h, max(0, h - 4), first)
    return [t] if t is not None and not t.plural else []


# Tried in order; the first that finds any titles gives them all.
BEFORE: tuple[BeforeRule, ...] = (_title_before_the_name, _apposition_before_by_the_tree)


def before(c: TitleContext, first: int, served: bool = False) -> list[Title]:
    """Titles that end where the name at token `first` begins, by the first rule of `BEFORE` that
    finds any. Titles in a chain share the country the chain names, but not an employer's."""
    out: list[Title] = []
    for rule in BEFORE:
        out = [replace(t, rule=rule_name(rule)) for t in rule(c, first, served)]
        if out:
            break
    for t in out:
        if t.country is None and t.organization is None:
            t.country = next((o.country for o in out if o.country), None)
    return out


def after(c: TitleContext, last: int) -> list[Title]:
    """Appositions after the name ending before token `last`, one after another: `Лукашенко,
    президент Беларуси,`, `Брода, известного борца с ксенофобией, члена Общественной палаты`,
    `Ковач - политик и лидер партии`."""
    toks = c.doc.tokens
    if last >= len(toks):
        return []
    sent, name = toks[last - 1].sent, range(_name_start(c, last), last)
    i = _past_age(c, _past_transliteration(c, last))
    out: list[Title] = []
    while i < len(toks) and toks[i].sent == sent:
        found = _apposition_after_the_name(c, i, name, bool(out))
        if found is None:
            break
        t, i = found
        out.append(replace(t, rule=rule_name(_apposition_after_the_name)))
    return out


def _apposition_after_the_name(
    c: TitleContext, i: int, name: range, chained: bool
) -> tuple[Title, int] | None:
    """`Лукашенко, президент Беларуси,`, `Тишков - директор Института …`, `Лёв (второй тренер)`:
    the apposition the mark at token `i` opens (`и` too after one: `политик и лидер партии`), and
    the token after it."""
    toks = c.doc.tokens
    sent = toks[name.stop - 1].sent
    mark = toks[i].text
    if not (mark in grammar.APPOSITION_MARKS or (chained and toks[i].folded == "и")):
        return None
    h = _apposition_head(c, i)
    if h >= len(toks) or toks[h].sent != sent or h in c.blocked:
        return None
    t = phrase(c, h, i + 1, len(toks))
    if t is None or t.plural or (t.last < len(toks) and t.last in c.blocked):
        return None  # `…, министр обороны Петров`: the title of the name it reaches
    nxt = _past_circumstance(c, t.last)
    closed = (
        nxt >= len(toks)
        or toks[nxt].sent != sent
        or toks[nxt].text in grammar.APPOSITION_ENDS
        or toks[nxt].folded in grammar.RELATIVES
        or toks[nxt].folded == "и"
    )
    if mark == "(":
        nxt = _past_age(c, nxt)  # `(вратарь, 27 лет)`
        if nxt >= len(toks) or toks[nxt].text != ")":
            return None
    if not (closed or toks[h].head in name) or not agrees_after(c.words, c.doc, h, name):
        return None
    return t, nxt + (mark == "(")


def _past_age(c: TitleContext, i: int) -> int:
    """`Анна Сидорова, 45 лет, фармацевт`, `(вратарь, 27 лет)`: past an age between commas (the
    mark after it), else `i`."""
    toks = c.doc.tokens
    if (
        i + 2 < len(toks)
        and toks[i].text == ","
        and toks[i + 1].text.isdigit()
        and toks[i + 2].folded in grammar.AGE_WORDS
        and (i + 3 >= len(toks) or toks[i + 3].text in grammar.APPOSITION_ENDS)
    ):
        return i + 3
    return i


def _apposition_head(c: TitleContext, i: int) -> int:
    """The noun after the mark at token `i`, past the adjectives that describe it (`управляющий
    директор`)."""
    toks = c.doc.tokens
    h = i + 1
    while (
        h + 1 < len(toks)
        and h - i <= 3
        and modifier(toks[h])
        and toks[h + 1].pos in ("ADJ", "NOUN", "VERB")
        and c.words.title_word(c.doc, h) not in rules.ACTING.values()
    ):
        h += 1
    return h


def _past_circumstance(c: TitleContext, j: int) -> int:
    """`Брода, известного борца с ксенофобией, члена …`, `рабочий из цеха …`: a prepositional
    phrase the apposition ends with, up to its comma (no verb, no other name in it)."""
    toks = c.doc.tokens
    if j >= len(toks) or toks[j].pos != "ADP" or toks[j].folded in grammar.INNER_PREPOSITIONS:
        return j
    k = j + 1
    while (
        k < len(toks) and toks[k].sent == toks[j].sent and toks[k].text[:1].isalnum() and k - j <= 8
    ):
        if k in c.blocked or toks[k].pos in ("VERB", "AUX"):
            return j
        k += 1
    return k


def _name_start(c: TitleContext, last: int) -> int:
    """The first of the capitalised words that end before token `last`: the name's first word."""
    toks = c.doc.tokens
    first = last - 1
    while (
        first > 0
        and toks[first - 1].sent == toks[first].sent
        and toks[first - 1].text[:1].isupper()
    ):
        first -= 1
    return first


def _past_transliteration(c: TitleContext, last: int) -> int:
    """`Скотт Хоровитц (Scott Horowitz), бывший астронавт`: past the name's Latin spelling."""
    toks = c.doc.tokens
    if toks[last].text != "(":
        return last
    close = next(
        (k for k in range(last + 1, min(last + 6, len(toks))) if toks[k].text == ")"), None
    )
    if close is None or not all(toks[k].text.isascii() for k in range(last + 1, close)):
        return last
    return close + 1
