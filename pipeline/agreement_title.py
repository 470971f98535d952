"""An agreement's name: where it starts and ends, which words continue it (the `TITLE_WORDS` rules,
in order), its title in the nominative, how many there are, and whether it names one document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .agreement_context import Candidate
from .document import Token
from .explain import rule_name
from .geo import fold
from .rules import events as rules
from .rules import grammar
from .rules.countries import ADJECTIVES as COUNTRY_ADJECTIVES

# Words between two words of one case in a name: `о торговле и инвестициях`.
JOINERS = {"и", ",", "-", "–"}
HYPHENS = {"-", "–"}
# How many words a quoted name after the noun may have.
MAX_QUOTED = 16
# What a name does not end with: a preposition or a conjunction it did not go on with.
LOOSE_ENDS = set(rules.TITLE_PREPOSITIONS) | {"и", ","}


@dataclass
class NameSpan:
    """The words of a name after its noun as they are read: where they begin, the case they take."""

    first: int  # sentence index of the first word after the noun
    case: str = "Gen"  # the case the last preposition governs
    quoted: bool = False  # inside the quoted name that follows the noun


@dataclass
class AgreementTitle:
    """What the name says: the title in the nominative, a count, one particular document."""

    text: str | None
    count: int | None
    named: bool  # `Потсдамская декларация`, `соглашение 1855 года`
    rules: list[str]  # the rules that continued the name, in the order they first did


TitleWord = Callable[[Candidate, NameSpan, int], bool]


def _after(c: Candidate, i: int) -> Token | None:
    return c.toks[i + 1] if i + 1 < len(c.toks) else None


def _opens(c: Candidate, span: NameSpan, i: int, words: tuple[str, ...]) -> bool:
    """A preposition of `words` that the name goes on with: the case it governs comes next. A
    name after it (`в Москве`) is where it was signed, no part of it."""
    word, after = c.toks[i].folded, _after(c, i)
    if word not in words or after is None or (after.text[:1].isupper() and after.pos == "PROPN"):
        return False
    if _circumstance(c, i + 1):
        return False  # `в ходе визита`, `в следующем месяце`, `на сумму`: when or how much
    span.case = rules.TITLE_PREPOSITIONS[word]
    return True


def _circumstance(c: Candidate, i: int) -> bool:
    """A word from `i` on, up to the first noun, says when, where or how much (`в ходе`, `на
    общую сумму`, `в следующем месяце`)."""
    while i < len(c.toks) and c.toks[i].pos in ("ADJ", "DET", "NUM"):
        if c.toks[i].lemma in rules.CIRCUMSTANCES:
            return True
        i += 1
    if i < len(c.toks) and c.toks[i].lemma in rules.WHEN_WORDS:
        after = _after(c, i)
        return after is None or not (after.pos == "NOUN" and after.case == "Gen")
    return i < len(c.toks) and c.toks[i].lemma in rules.CIRCUMSTANCES


def _quoted_name(c: Candidate, span: NameSpan, i: int) -> bool:
    """`договор «О дружбе, сотрудничестве и взаимной помощи»`, `программа «Гражданское общество
    — модернизация России»`: the quoted name right after the noun, every word to its closing
    mark; where the tree hangs the quoted words on the noun and no other name is listed with them
    (`присоединились к соглашению «Яндекс» и Google`: the subjects)."""
    t = c.toks[i]
    if span.quoted:
        span.quoted = t.text not in grammar.CLOSING_QUOTES
        return True
    if i != span.first or t.text not in grammar.OPENING_QUOTES:
        return False
    close = next(
        (
            k
            for k in range(i + 1, min(i + MAX_QUOTED, len(c.toks)))
            if c.toks[k].text in grammar.CLOSING_QUOTES
        ),
        None,
    )
    listed = (
        close is not None
        and close + 2 < len(c.toks)
        and c.toks[close + 1].folded in JOINERS
        and (c.toks[close + 2].text[:1].isupper() or c.toks[close + 2].text in grammar.QUOTES)
    )
    span.quoted = (
        close is not None and not listed and any(c.head(k) == c.noun for k in range(i + 1, close))
    )
    return span.quoted


def _about(c: Candidate, span: NameSpan, i: int) -> bool:
    """`соглашение о сотрудничестве`, `меморандум об учреждении фонда`."""
    return _opens(c, span, i, ("о", "об"))


def _on_matters(c: Candidate, span: NameSpan, i: int) -> bool:
    """`меморандум по вопросам трудовой миграции`."""
    return _opens(c, span, i, ("по",))


def _in_a_field(c: Candidate, span: NameSpan, i: int) -> bool:
    """`соглашение о сотрудничестве в сфере образования`, `в атомной энергетике`."""
    return _opens(c, span, i, ("в",))


def _for_a_period(c: Candidate, span: NameSpan, i: int) -> bool:
    """`программа сотрудничества на 2025–2027 годы`."""
    return _opens(c, span, i, ("на",))


def _case_before(toks: list[Token], end: int, first: int) -> str | None:
    """The case of the last common word before `end` in a name (past a name it governs: `АЭЦ
    Белене`)."""
    j = end - 1
    while j > first and toks[j].pos == "PROPN":
        j -= 1
    return toks[j].case


def _another_of_the_same(c: Candidate, span: NameSpan, i: int) -> bool:
    """`о торговле и инвестициях`, `по строительству АЭС Белене, нефтепровода …`: `и` or a comma
    before another word of the same case, or one the tree joins to the name."""
    after = _after(c, i)
    return (
        c.toks[i].folded in JOINERS
        and after is not None
        and i > span.first
        and (
            after.case == _case_before(c.toks, i, span.first)
            or (after.rel == "conj" and c.lo + span.first - 1 <= after.head < c.lo + i)
        )
    )


def _number(c: Candidate, span: NameSpan, i: int) -> bool:
    """`программа на 2025–2027 годы`, `газовое соглашение 2009 года`."""
    after = _after(c, i)
    return any(ch.isdigit() for ch in c.toks[i].text) and (
        span.case == "Acc" or (after is not None and after.case == "Gen")
    )


def _name_of_it(c: Candidate, span: NameSpan, i: int) -> bool:
    """`договор СНВ-3`, `строительство АЭС Белене`, `нефтепровода Бургас`: a name right after the
    noun or a name, or one the tree hangs on the name; not the verb's subject (`арсеналов Москва и
    Вашингтон подписали`)."""
    t = c.toks[i]
    return (
        t.pos == "PROPN"
        and t.text[:1].isupper()
        and (
            i == span.first
            or c.toks[i - 1].text[:1].isupper()
            or c.lo + span.first - 1 <= t.head < c.lo + i
        )
    )


def _hyphen_in_a_name(c: Candidate, span: NameSpan, i: int) -> bool:
    """`нефтепровода Бургас – Александруполис`: a dash between two names."""
    after = _after(c, i)
    return (
        c.toks[i].folded in HYPHENS
        and after is not None
        and after.pos == "PROPN"
        and c.toks[i - 1].pos == "PROPN"
    )


def _who_does_it(c: Candidate, span: NameSpan, i: int) -> bool:
    """`соглашение о закупке американцами кораблей`: the instrumental of who does what the name
    says (not a term: `сроком на 20 лет`)."""
    t = c.toks[i]
    return (
        t.case == "Ins" and t.pos == "NOUN" and i > span.first and t.folded not in rules.TERM_WORDS
    )


def _genitive_or_governed(c: Candidate, span: NameSpan, i: int) -> bool:
    """`договор о дружбе и сотрудничестве`, `меморандум Роскомнадзора`: a word in the genitive or
    in the case of the preposition before it (no verb, no punctuation)."""
    t = c.toks[i]
    return t.text[:1].isalnum() and t.pos != "VERB" and t.case in ("Gen", span.case)


# Which words continue a name after its noun, tried in this order; a word none takes ends it.
TITLE_WORDS: tuple[TitleWord, ...] = (
    _quoted_name,
    _about,
    _on_matters,
    _in_a_field,
    _for_a_period,
    _another_of_the_same,
    _number,
    _name_of_it,
    _hyphen_in_a_name,
    _who_does_it,
    _genitive_or_governed,
)


def title_end(c: Candidate, first: int) -> tuple[int, list[str]]:
    """Where the name that goes on from `first` ends (`сроком на 20 лет`, `сторонам` end it), and
    the rule that took each of its words."""
    span = NameSpan(first)
    end, fired = first, []
    while end < len(c.toks):
        rule = next((r for r in TITLE_WORDS if r(c, span, end)), None)
        if rule is None:
            break
        fired.append(rule_name(rule))
        end += 1
    while end > first and c.toks[end - 1].folded in LOOSE_ENDS:
        end -= 1
    return end, fired[: end - first]


def _describes_it(c: Candidate, t: Token) -> bool:
    """An adjective of the name (`мирный договор`); not `соответствующее`, not a signing
    participle (`подписанными соглашениями`), not a future verb the tagger reads as an adjective
    (`заключу мирный договор`)."""
    return (
        t.pos == "ADJ"
        and t.folded not in rules.NOT_OF_A_NAME
        and not c.future_form(t)
        and t.lemma not in rules.SIGN_VERBS
    )


def title_start(c: Candidate) -> int:
    """Where the name starts: the adjectives before its noun."""
    start = c.noun
    while start > 0 and _describes_it(c, c.toks[start - 1]):
        start -= 1
    return start


def title_text(c: Candidate) -> str | None:
    """The name in the nominative: up to the key's first noun inflected (`дорожные карты` →
    `дорожная карта`: adjectives agree with the noun), a country's adjective left out, the words
    after the noun as written, spaces and all (`…, нефтепровода Бургас-Александрополис`)."""
    toks, stop = c.toks, c.noun + c.width
    noun = next((i for i in range(c.noun, stop) if toks[i].pos == "NOUN"), stop - 1)
    head = next((p for p in c.ctx.vocab(toks[noun].folded) if p.tag.POS == "NOUN"), None)
    gender = head.tag.gender if head else None
    words = [
        c.ctx.vocab.nominative(t.folded, adjective_gender=gender)
        for i, t in enumerate(toks[c.start : min(noun + 1, c.end)], c.start)
        if not (t.pos == "ADJ" and i < c.noun and t.lemma in COUNTRY_ADJECTIVES)
    ]
    if noun + 1 < c.end:
        words.append(fold(c.doc.text[toks[noun + 1].start : toks[c.end - 1].end]))
    return " ".join(words) or None


def count_of(c: Candidate) -> int | None:
    """`подписали три контракта`, `2 соглашения`, `пакет из восьми документов`, `более 20
    межправительственных и межведомственных документов`: a number just before the name, or one
    the parser hangs on its noun."""
    near = range(c.start - 1, max(0, c.start - 2) - 1, -1)
    hung = (k for k in range(c.start) if c.toks[k].head == c.noun and c.toks[k].pos == "NUM")
    for k in (*near, *hung):
        value = _count_at(c, k)
        if value is not None:
            return value
    return None


def _count_at(c: Candidate, k: int) -> int | None:
    """The number token `k` writes, in figures or in words of any case (`двадцать пять`, `сто
    двадцать одно`, `тридцати`); not a year (`в 2015 году`), nor the whole of a part (`одно из
    трёх соглашений`)."""
    t = c.toks[k]
    if k + 1 < len(c.toks) and c.toks[k + 1].folded in grammar.YEAR_WORDS:
        return None
    if k >= 2 and c.toks[k - 1].folded == "из" and _numeral(c, c.toks[k - 2]):
        return None
    if t.text.isascii() and t.text.isdigit():
        return int(t.text)
    value = _number_word(c, t.folded, 1 if k > 0 and _tens(c, k - 1) else 2)
    if value is None:
        return None
    # words of one number, each of a higher order before: `сто двадцать одно`
    while k > 0 and (higher := _number_word(c, c.toks[k - 1].folded)) and higher > value >= 1:
        if higher % 10 or (value >= 10 and higher < 100):
            break
        value, k = value + higher, k - 1
    return value


def _numeral(c: Candidate, t: Token) -> bool:
    return t.text.isdigit() or _number_word(c, t.folded, 1) is not None


def _tens(c: Candidate, k: int) -> bool:
    value = _number_word(c, c.toks[k].folded)
    return value is not None and value >= 20 and value % 10 == 0


def _number_word(c: Candidate, word: str, least: int = 2) -> int | None:
    """What a numeral word counts, by its lemma (pymorphy3's readings: `восьми` is `восемь`);
    `один` (1) only where `least` allows it (the end of `двадцать одно`, not `одно соглашение`)."""
    lemmas = [word, *(fold(p.normal_form) for p in c.ctx.vocab(word) if p.tag.POS == "NUMR")]
    value = next((rules.NUMBER_WORDS[w] for w in lemmas if w in rules.NUMBER_WORDS), None)
    return value if value is not None and value >= least else None


def names_one(c: Candidate) -> bool:
    """`Потсдамская декларация`, `соглашение 1855 года`: a capital (not the sentence's first word,
    not the noun) or a number in the name makes it one particular document."""
    return any(
        (t.text[:1].isupper() and i > 0 and i != c.noun) or t.text[:1].isdigit()
        for i, t in enumerate(c.toks[c.start : c.end], c.start)
    )


def read_title(c: Candidate) -> AgreementTitle:
    """The name of the agreement at `c.noun`; sets `c.start` and `c.end`."""
    c.start = title_start(c)
    c.end, fired = title_end(c, c.noun + c.width)
    return AgreementTitle(title_text(c), count_of(c), names_one(c), list(dict.fromkeys(fired)))
