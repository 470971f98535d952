"""Titles a verb states of a name, as the ordered rules of `STATED`.

In order: a predicate noun (`Санников — бывший заместитель министра`), the instrumental of a
copula (`был назначен министром`, `покинул пост генерального директора`), the object of a verb of
naming (`назвал Лемана первым вратарём`), a verb of heading (`возглавил компанию` → `глава
компании`), and a relative clause the tree misses (`…, который был вице-президентом «ВКонтакте»`).
Every rule is tried; each title word is read once, by the first rule that finds it, and the rule's
name becomes the title's `rule`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .document import Parsed, Token
from .explain import rule_name
from .rules import grammar
from .rules import titles as rules
from .title_complements import _before_a_name, named_end, read_complements
from .title_phrase import phrase
from .title_reading import Reading, Span, Title, TitleContext
from .title_words import NOUNS, TitleWords, canonical

# Possessives between a post and its title: `пост ее генерального директора` (folded: no `ё`).
POSSESSIVES = ("ее", "его", "их")
# Marks a relative clause's title does not reach past: `Петров, который …, был …`.
CLAUSE_MARKS = (",", ".", ";")

# A rule finds the titles stated of the name at tokens `[first, last)`.
Stated = Callable[[TitleContext, int, int], list[Title]]


def _name_head(doc: Parsed, first: int, last: int) -> int:
    """The token of a name that the tree hangs on a word outside it."""
    return next((k for k in range(first, last) if not first <= doc.tokens[k].head < last), first)


def _verbs_of(doc: Parsed, first: int, last: int) -> list[int]:
    """The verbs whose subject the name is: its head, through a noun it is the apposition of
    (`станет глава партии … Зурабишвили`), and the verbs joined to it that have no subject of their
    own (`уходит с поста …, но остается хореографом`)."""
    toks = doc.tokens
    n = _name_head(doc, first, last)
    # `Алексей Миллер, возглавляющий «Газпром»`: a participle that describes the name
    described = [
        k for k in doc.children(n) if toks[k].rel.startswith("acl") and toks[k].pos == "VERB"
    ]
    if toks[n].rel == "appos" and toks[n].head >= 0:
        n = toks[n].head
    v = toks[n].head
    if not toks[n].rel.startswith("nsubj") or v < 0 or toks[v].sent != toks[n].sent:
        return described
    joined = [
        k
        for k in doc.children(v)
        if toks[k].rel == "conj"
        and toks[k].pos in ("VERB", "AUX")
        and not any(toks[g].rel.startswith("nsubj") for g in doc.children(k))
    ]
    return [v, *joined, *described]


def _predicate_noun(c: TitleContext, first: int, last: int) -> list[Title]:
    """`Санников — бывший заместитель министра`, `Перекопский был вице-президентом`: the title word
    is the predicate the name is the subject of."""
    toks = c.doc.tokens
    n = _name_head(c.doc, first, last)
    h = toks[n].head
    if (
        not toks[n].rel.startswith("nsubj")
        or h < 0
        or h in c.blocked
        or toks[h].sent != toks[n].sent
    ):
        return []
    between = {toks[k].text for k in range(min(h, n) + 1, max(h, n))}
    linked = any(toks[k].rel == "cop" for k in c.doc.children(h)) or (
        h > n and between & grammar.DASHES
    )
    if not linked or c.words.title_word(c.doc, h) is None:
        return []
    t = phrase(c, h, max(n + 1, h - 3) if h > n else h, len(toks))
    return [t] if t is not None and not t.plural else []


def _held_post(c: TitleContext, post: int) -> int | None:
    """The title word in the genitive a post noun holds: `директора` of `пост директора`."""
    toks = c.doc.tokens
    return next(
        (k for k in c.doc.children(post) if toks[k].case == "Gen" and c.words.title_word(c.doc, k)),
        None,
    )


def _instrumental_of_a_copula(c: TitleContext, first: int, last: int) -> list[Title]:
    """`Петров был назначен министром`, `является депутатом`, `капитаном стал Баллак`, `покинул пост
    генерального директора`, `занял место спикера`: the verb whose subject the name is takes the
    title."""
    toks = c.doc.tokens
    vocab = c.words.vocab
    out: list[Title | None] = []
    for v in _verbs_of(c.doc, first, last):
        verb = vocab.first_lemma(toks[v].folded)
        for k in c.doc.children(v):
            if k in c.blocked:
                continue
            if verb in rules.COPULAS and toks[k].case == "Ins" and c.words.title_word(c.doc, k):
                out.append(phrase(c, k, max(v + 1, k - 3) if k > v else k - 3, len(toks)))
            elif vocab.first_lemma(toks[k].folded) in rules.POSTS:
                held = _held_post(c, k)
                if held is not None:
                    out.append(phrase(c, held, k + 1, len(toks)))
    return [t for t in out if t is not None and not t.plural]


def _named_by_someone(c: TitleContext, first: int, last: int) -> list[Title]:
    """`Клинсман назвал Йенса Лемана первым вратарём`, `Петрова избрали председателем`: the object
    of a verb of naming or choosing takes the title in the instrumental."""
    toks = c.doc.tokens
    n = _name_head(c.doc, first, last)
    v = toks[n].head
    if (
        toks[n].rel != "obj"
        or v < 0
        or c.words.vocab.first_lemma(toks[v].folded) not in rules.NAMING_VERBS
    ):
        return []
    held = next(
        (
            k
            for k in c.doc.children(v)
            if k not in c.blocked and toks[k].case == "Ins" and c.words.title_word(c.doc, k)
        ),
        None,
    )
    if held is None:
        return []
    t = phrase(c, held, max(v + 1, held - 3), len(toks))
    return [t] if t is not None and not t.plural else []


def _headed(s: Span, obj: int, reading: Reading) -> int | None:
    """Reads what the verb's object at token `obj` names as the title's genitive: a named body
    (`возглавил Федерацию лыжных гонок` → its organisation), or a body one heads (`управление` →
    `глава управления`; not a list or a rite one leads: `возглавил рейтинг`, `панихиду`). Where
    reading goes on, or None."""
    toks = s.doc.tokens
    if toks[obj].text[:1].isupper() and obj not in s.places and (end := named_end(s, obj)):
        reading.organization = s.words.organization_name(s.doc, obj, end)
        reading.stop = True
        return end
    if not toks[obj].text[:1].islower():
        return obj
    if s.words.vocab.first_lemma(toks[obj].folded) not in rules.HEADED_BODIES:
        return None
    if _before_a_name(s, obj, reading) is None:
        # (`компанию «Норникель»`: the kind goes with the name)
        reading.words.append(s.words.genitive(toks[obj].folded, "sing"))
    return obj + 1


def _heads_it(c: TitleContext, first: int, last: int) -> list[Title]:
    """`Иван Смирнов возглавил компанию «Норникель»`, `… возглавил управление МВД`: who heads
    something is its `глава` (`руководит` — its `руководитель`), and what is headed is read as the
    title's genitive (the object's noun in the genitive, then what follows it)."""
    toks = c.doc.tokens
    out: list[Title] = []
    for v in _verbs_of(c.doc, first, last):
        title = rules.HEADING_VERBS.get(c.words.vocab.first_lemma(toks[v].folded))
        obj = next(
            (
                k
                for k in c.doc.children(v)
                if toks[k].rel in ("obj", "obl") and toks[k].pos in NOUNS and k not in c.blocked
            ),
            None,
        )
        if title is None or obj is None:
            continue
        reading = Reading([title], title)
        span = Span.of(c, len(toks), obj - 1)
        j = _headed(span, obj, reading)
        if j is None:
            continue
        j = read_complements(span, j, reading, obj)
        out.append(
            Title(
                obj,
                j,
                canonical(" ".join(reading.words)),
                reading.country,
                reading.organization,
                False,
                place=reading.place,
                head=obj,
                fired=tuple(reading.fired),
            )
        )
    return out


def _stated_case(words: TitleWords, tok: Token) -> str | None:
    """The case a verb or a post noun wants its title in: `был вице-президентом` (instrumental),
    `пост директора` (genitive); None for any other word."""
    lemma = words.vocab.first_lemma(tok.folded)
    return "Ins" if lemma in rules.COPULAS else "Gen" if lemma in rules.POSTS else None


def _after_which(c: TitleContext, first: int, last: int) -> list[Title]:
    """`Перекопский, который в то время был вице-президентом «ВКонтакте»`, `Дуров покинул пост ее
    генерального директора`: read word by word where the tree misses the relative clause."""
    toks = c.doc.tokens
    i = last + (last < len(toks) and toks[last].text == ",")
    i += i < len(toks) and toks[i].folded in grammar.RELATIVES
    sent = toks[last - 1].sent
    for j in range(i, min(i + 6, len(toks))):
        tok = toks[j]
        if tok.sent != sent or tok.text in CLAUSE_MARKS or tok.text in grammar.QUOTES:
            return []
        if j in c.blocked:
            return []  # `По словам Орлова, Сидоров стал капитаном`: another name's verb
        case = _stated_case(c.words, tok)
        if case is None:
            continue
        k = j + 1  # `пост ее генерального директора`: a possessive, then modifiers, then the head
        while k < len(toks) and (toks[k].pos in ("DET", "ADJ") or toks[k].folded in POSSESSIVES):
            k += 1
        if (
            k >= len(toks)
            or k in c.blocked
            or toks[k].case != case
            or c.words.title_word(c.doc, k) is None
        ):
            return []
        t = phrase(c, k, j + 1, len(toks))
        return [t] if t is not None else []
    return []


STATED: tuple[Stated, ...] = (
    _predicate_noun,
    _instrumental_of_a_copula,
    _named_by_someone,
    _heads_it,
    _after_which,
)


def stated(c: TitleContext, first: int, last: int) -> list[Title]:
    """Titles a verb states of the name at tokens `[first, last)`: every rule of `STATED` in
    order, each title word once."""
    out: list[Title] = []
    for rule in STATED:
        for found in rule(c, first, last):
            if found.title and all(found.head != t.head for t in out):
                out.append(replace(found, rule=rule_name(rule)))
    return out
