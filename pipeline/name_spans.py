"""Walks over a name's token span: cut it at punctuation and case changes, trim what is no part of
it, grow it by a particle, a first name or an initial the tagger left out, and judge it a name."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .document import Parsed, Token
from .geo import fold
from .name_words import NameWords
from .rules.grammar import CLOSING_QUOTES, OPENING_QUOTES
from .rules.names import EAST_ASIAN_SURNAMES, FAMILY_PLURAL, HONORIFICS, PARTICLES
from .rules.titles import GEO_DESCRIPTORS
from .rules.titles import HEADS as TITLE_HEADS

Span = tuple[int, int]  # a token range [a, b)

SPLITTERS = {"(", ")", ",", "•", ";", "[", "]", "«", "»", '"', "—", "–", ":"}
# `им.`, `имени`: what stands before a name an institution is named after (`Театр им. Йозефа Бойса`)
NAMED_AFTER = {"им", "имени"}
# `от имени`, `во имя`: `имени` that means `on behalf of`, a person's own
ON_BEHALF = {"от", "во"}


@dataclass(slots=True)
class NameScan:
    """One document scanned for names: its tokens, the tokens that name places, and the name words
    the dictionary knows."""

    doc: Parsed
    words: NameWords
    place_tokens: set[int]


def is_word(tok: Token) -> bool:
    return any(c.isalpha() for c in tok.text)


def latin(word: str) -> bool:
    """Written in Latin letters, accents and all (`Jürgen`)."""
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in word)


def capitalised(word: str) -> bool:
    """A word as a name is written: `Барадеи`, and with a particle, `аль-Барадеи`."""
    particle, _, rest = word.rpartition("-")
    if particle and fold(particle) in PARTICLES:
        word = rest
    return word[:1].isupper() and word.isalpha()


# --- cutting and trimming a tagged span ------------------------------------------------------


def pieces(doc: Parsed, a: int, b: int) -> list[Span]:
    """Split a token range at brackets, commas and bullets; trim what is not a word."""
    out, cur = [], a
    for i in range(a, b + 1):
        if i == b or doc.tokens[i].text in SPLITTERS:
            lo, hi = cur, i
            while lo < hi and not is_word(doc.tokens[lo]):
                lo += 1
            while hi > lo and not is_word(doc.tokens[hi - 1]) and doc.tokens[hi - 1].text != ".":
                hi -= 1
            if hi > lo and doc.tokens[hi - 1].text == ".":
                hi -= 1  # a name ends at its last letter: `В.Л.` is `В.Л`
            if hi > lo:
                out.append((lo, hi))
            cur = i + 1
    return out


def without_address(doc: Parsed, a: int, b: int) -> Span:
    """`Миссис Тэтчер` → `Тэтчер`, `Академик Сахаров` → `Сахаров`: a form of address or a title
    the tagger took in is no part of the name (the title is the person's role)."""
    while b - a > 1 and (
        fold(doc.tokens[a].text) in HONORIFICS or doc.tokens[a].lemma in TITLE_HEADS
    ):
        a += 1
    return a, b


def without_verbs(s: NameScan, a: int, b: int) -> Span:
    """`Бернс Рассказал`: a capitalised word pymorphy knows only as a verb ends no name."""
    while b > a and s.words.verb_only(s.doc.tokens[b - 1].text):
        b -= 1
    while a < b and s.words.verb_only(s.doc.tokens[a].text):
        a += 1
    return a, b


def split_by_case(s: NameScan, a: int, b: int) -> list[Span]:
    """Words of one name share a case: `с Путиным Меркель`, `отец Кима Чен Ира Ким Ир Сен`."""
    out, cur = [], a
    for i in range(a + 1, b):
        if breaks(s, i) or east_asian_restart(s, cur, i) or second_given_name(s, cur, i):
            out.append((cur, i))
            cur = i
    out.append((cur, b))
    return out


def breaks(s: NameScan, i: int) -> bool:
    """A new name starts at token `i`: after a surname in an oblique case comes a word in another
    case, another name (`с Путиным Меркель`) or a first name (`советника Обамы Тони Донилона`)."""
    prev, tok = s.doc.tokens[i - 1], s.doc.tokens[i]
    if not tok.text[:1].isupper():
        return False
    cases = prev.feats.get("Case"), tok.feats.get("Case")
    differ = all(cases) and cases[0] != cases[1]
    if s.words.inflected_surname(prev.text):
        return differ or s.words.known_name(tok.text)
    if s.words.known_name(prev.text, "Name"):
        return False  # `Хуану Пабло Монтойе`: given names in a row
    if (
        s.words.oblique_only(prev.text)
        and s.words.known_name(prev.text, "Surn")
        and not s.words.share_a_case(prev.text, tok.text)
    ):
        # `С Лавровым Макей обсудит`: `Лавровым` (also an adjective) cannot go with `Макей`
        return True
    # `помощника Байдена Джейк Салливан`: a word with no nominative reading, then a known first
    # name; `вдова Ельцина Наина Иосифовна`: a surname, then a first name in another case
    return s.words.known_first_name(tok.text) and (
        s.words.oblique_only(prev.text) or (differ and s.words.known_name(prev.text, "Surn"))
    )


def second_given_name(s: NameScan, cur: int, i: int) -> bool:
    """`Адвокат Ивана Петрова Мария Смирнова`: a first name after a first name and a surname starts
    another name (`Петрова` also reads as a woman's nominative, so the cases do not split them)."""
    words = [t.text for t in s.doc.tokens[cur:i]]
    nxt = s.doc.tokens[i].text
    if (
        len(words) < 2
        or not s.words.known_first_name(nxt)
        or not s.words.first_name(words[0])
        or s.words.first_name(words[-1])
        or s.words.known_name(nxt, "Surn")
        or fold(words[-1]) in PARTICLES
    ):
        return False  # (`Тамим Аль Тани`: after a particle the name goes on)
    # and the two first names cannot share a case (`Мануэль Мехуто Гонсалес` is one man)
    return not s.words.share_a_case(words[0], nxt, "Name")


def east_asian_restart(s: NameScan, cur: int, i: int) -> bool:
    """`Кима Чен Ира Ким Ир Сен`: a family name after a whole East Asian name starts the next
    one."""
    family = fold(s.doc.tokens[cur].text)
    return (
        i - cur >= 2
        and (
            family in EAST_ASIAN_SURNAMES
            or s.words.vocab.first_lemma(family) in EAST_ASIAN_SURNAMES
        )
        and fold(s.doc.tokens[i].text) in EAST_ASIAN_SURNAMES
        and s.doc.tokens[i].text[:1].isupper()
    )


# --- judging a span a name ---------------------------------------------------------------------


def plausible(s: NameScan, r: Span) -> bool:
    """A span that can be a person's name: capitalised, no digit, not part of an institution's
    name, not all places, no common word alone, no family (`братьев Ямадаевых`)."""
    a, b = r
    words = [t for t in s.doc.tokens[a:b] if is_word(t)]
    if not words or not any(t.text[0].isupper() for t in words):
        return False
    if any(any(c.isdigit() for c in t.text) for t in words):
        return False  # `Формулы-1`: no name holds a digit
    if named_after(s.doc, a) or a_things_name(s.doc, a, b):
        return False  # `Театр им. Йозефа Бойса`, `теплоход «Михаил Светлов»`: a thing's name
    if all(i in s.place_tokens for i in range(a, b) if is_word(s.doc.tokens[i])):
        return False  # `Коста Рика`, `Эль Сальвадор`
    if len(words) > 1:
        return True
    word = words[0].text
    if s.words.common_word(word) and not given_name_before(s, a):
        return False  # but `Виктор Понедельник`: a common word after a first name is a surname
    # `братьев Ямадаевых`: a family, not a person
    return not (s.words.vocab.plural_only(fold(word)) or FAMILY_PLURAL.search(fold(word)))


def a_things_name(doc: Parsed, a: int, b: int) -> bool:
    """`теплоход «Михаил Светлов»`, `магазин «Иван Царевич»`: a name that fills the quotation
    marks right after a noun of a thing (inanimate) is the thing's name."""
    toks = doc.tokens
    if a < 2 or b >= len(toks):
        return False
    opening, closing, noun = toks[a - 1], toks[b], toks[a - 2]
    return (
        opening.text in OPENING_QUOTES
        and closing.text in CLOSING_QUOTES
        and noun.pos in ("NOUN", "PROPN")
        and (noun.text.islower() or doc.sentences[noun.sent].first == a - 2)
        and noun.feats.get("Animacy") == "Inan"
    )


def named_after(doc: Parsed, a: int) -> bool:
    """`им.` or `имени` before the name, but not `от имени` (`on behalf of`, a person's own)."""
    toks = doc.tokens
    i = a - 1 - (a >= 1 and toks[a - 1].text == ".")
    if i < 0 or toks[i].folded not in NAMED_AFTER:
        return False
    return toks[i].folded == "им" or i == 0 or toks[i - 1].folded not in ON_BEHALF


def transliteration(doc: Parsed, r: Span, spans: list[Span]) -> bool:
    """`Скотт Хоровитц (Scott Horowitz)`: the Latin spelling in brackets after a name is that
    name written again, no person of its own."""
    a, b = r
    toks = doc.tokens
    if a < 2 or toks[a - 1].text != "(" or not all(latin(toks[i].text) for i in range(a, b)):
        return False
    return any(end == a - 1 for _, end in spans)


# --- growing a span by what the tagger left out ------------------------------------------------


def given_name_before(s: NameScan, a: int, given: frozenset[str] = frozenset()) -> bool:
    """The word before token `a` is a first name: a known one, or one of `given` (the first
    names this document gives the surname elsewhere: `Гата` of `Гата Камский`)."""
    toks = s.doc.tokens
    if (
        a == 0
        or toks[a - 1].sent != toks[a].sent
        or not toks[a - 1].text.istitle()
        or toks[a - 1].end != toks[a].start - 1
    ):
        return False
    return s.words.first_name(toks[a - 1].text) or fold(toks[a - 1].text) in given


def extend(s: NameScan, spans: list[Span]) -> list[Span]:
    """Each span grown leftwards by what the tagger left out of it, in this order: particles
    (`ибн Эзра`), a first name (`Виктор` `Понедельник`), an East Asian family name (`Хвана` `Чжан
    Епа`), initials (`Н. Кан`)."""
    ends = {b for _, b in spans}
    out = []
    for a, b in spans:
        toks = s.doc.tokens
        while (
            a > 0
            and toks[a - 1].sent == toks[a].sent
            and toks[a - 1].end == toks[a].start - 1
            and toks[a - 1].text in PARTICLES
        ):
            a -= 1
        if a not in ends and given_name_before(s, a) and not names_a_place(s, a - 1):
            a -= 1
        if (
            a > 0
            and a not in ends
            and not names_a_place(s, a - 1)
            and toks[a - 1].sent == toks[a].sent
            and toks[a - 1].text.istitle()
            and s.words.east_asian_key(toks[a - 1].text)
        ):
            a -= 1
        out.append((_with_initials(s.doc, a), b))
    return out


def names_a_place(s: NameScan, i: int) -> bool:
    """Token `i` follows a word for a kind of place, whose name it is: `губернатор провинции
    Гуандун Ван Вэйчжун`, no part of the name after it."""
    return i > 0 and s.words.vocab.first_lemma(s.doc.tokens[i - 1].folded) in GEO_DESCRIPTORS


def _with_initials(doc: Parsed, a: int) -> int:
    """`Н. Кан`: the initials before the name at token `a`, where its span starts with them."""
    toks = doc.tokens
    while (
        a >= 2
        and toks[a - 1].text == "."
        and len(toks[a - 2].text) == 1
        and toks[a - 2].text.isupper()
        and toks[a - 2].sent == toks[a].sent
    ):
        a -= 2
    return a


def extend_right(s: NameScan, a: int, b: int, taken: set[int]) -> int:
    """`архиепископ Лонгин Клинский`: a lone first name takes the capitalised word after it."""
    toks = s.doc.tokens
    if (
        b - a != 1
        or b >= len(toks)
        or not s.words.first_name(toks[a].text)
        or b in taken
        or b in s.place_tokens
    ):
        return b
    nxt = toks[b]
    if (
        nxt.sent == toks[a].sent
        and nxt.text[:1].isupper()
        and nxt.text.isalpha()
        and nxt.pos in ("ADJ", "PROPN", "NOUN")
        and nxt.start - toks[a].end == 1
    ):
        return b + 1
    return b


def join(s: NameScan, spans: list[Span]) -> list[Span]:
    """Adjacent spans with only a space between them are one name (`Хвана` `Чжан Епа`)."""
    out: list[Span] = []
    for a, b in sorted(set(spans)):
        if (
            out
            and out[-1][1] == a
            and s.doc.tokens[a].start - s.doc.tokens[a - 1].end == 1
            and b - out[-1][0] <= 4
            and not breaks(s, a)
            and not second_given_name(s, out[-1][0], a)
        ):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out
