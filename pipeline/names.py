"""Finding where persons are named: the NER tagger's PER spans, repaired and completed.

slovnet's spans are good but not exact: they swallow a transliteration in brackets
(`Джошуа Вольфа (Joshua Wolf)`), join names listed with commas, miss a particle (`ибн Эзра`),
take a capitalised common word for a name, and miss later mentions of a surname they found once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .document import Parsed, Token
from .geo import Place, fold
from .models import MorphVocab
from .rules.handles import HANDLE_NOUNS, SERVICES
from .rules.names import EAST_ASIAN_SURNAMES, HONORIFICS, PARTICLES, STREET_NOUNS, SURNAME_ADJECTIVE
from .rules.titles import HEADS as TITLE_HEADS

# `Ямадаевых`, `Карениных`: the plural of a -ов/-ев/-ин surname (not `Черных`, which is one
# person's)
FAMILY_PLURAL = re.compile(r"(?:ов|ев|ин|ын)ых$")
OPENING_MARKS, CLOSING_MARKS = {"«", "„", "“", '"'}, {"»", "“", "”", '"'}
SPLITTERS = {"(", ")", ",", "•", ";", "[", "]", "«", "»", '"', "—", "–", ":"}
NAME_TAGS = {"Name", "Surn", "Patr"}
# Oblique endings of surnames and what they replace in the nominative.
SURNAME_CASE_ENDINGS = (
    ("а", ""),
    ("у", ""),
    ("ом", ""),
    ("ым", ""),
    ("е", ""),
    ("ой", "а"),
    ("ы", "а"),
    ("у", "а"),
    ("е", "а"),
    ("ой", "ая"),
    ("ую", "ая"),
    ("ого", "ий"),
    ("ому", "ий"),
)


@dataclass(slots=True)
class Mention:
    first: int  # token range [first, last)
    last: int
    start: int
    end: int
    echo: bool = False  # `Скотт Хоровитц (Scott Horowitz)`: the name before, written again


def _is_word(tok: Token) -> bool:
    return any(c.isalpha() for c in tok.text)


def _pieces(doc: Parsed, a: int, b: int) -> list[tuple[int, int]]:
    """Split a token range at brackets, commas and bullets; trim what is not a word."""
    out, cur = [], a
    for i in range(a, b + 1):
        if i == b or doc.tokens[i].text in SPLITTERS:
            lo, hi = cur, i
            while lo < hi and not _is_word(doc.tokens[lo]):
                lo += 1
            while hi > lo and not _is_word(doc.tokens[hi - 1]) and doc.tokens[hi - 1].text != ".":
                hi -= 1
            if hi > lo and doc.tokens[hi - 1].text == ".":
                hi -= 1  # a name ends at its last letter: `В.Л.` is `В.Л`
            if hi > lo:
                out.append((lo, hi))
            cur = i + 1
    return out


def _without_address(doc: Parsed, a: int, b: int) -> tuple[int, int]:
    """`Миссис Тэтчер` → `Тэтчер`, `Академик Сахаров` → `Сахаров`: a form of address or a title
    the tagger took in is no part of the name (the title is the person's role)."""
    while b - a > 1 and (
        fold(doc.tokens[a].text) in HONORIFICS or doc.tokens[a].lemma in TITLE_HEADS
    ):
        a += 1
    return a, b


def _latin(word: str) -> bool:
    """Written in Latin letters, accents and all (`Jürgen`)."""
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in word)


def _capitalised(word: str) -> bool:
    """A word as a name is written: `Барадеи`, and with a particle, `аль-Барадеи`."""
    particle, _, rest = word.rpartition("-")
    if particle and fold(particle) in PARTICLES:
        word = rest
    return word[:1].isupper() and word.isalpha()


# a user name as people write them: lowercase, or with digits or `_` (`Windows` is a product)
HANDLE = re.compile(r"(?=.*(?:^[a-z]|[0-9_]))[A-Za-z][A-Za-z0-9_.-]{2,}")


def _handles(doc: Parsed, taken: set[int]) -> list[tuple[int, int]]:
    """User names: a Latin word after `пользователь`, `блогер` (perhaps with the service
    between)."""
    t = doc.tokens
    found = []
    for i, tok in enumerate(t):
        if i in taken or not HANDLE.fullmatch(tok.text) or fold(tok.text) in SERVICES:
            continue
        first = i - 1 if i > 0 and t[i - 1].text == "@" and t[i - 1].end == tok.start else i
        j = first - 1
        while (
            j >= 0
            and t[j].sent == tok.sent
            and (fold(t[j].text) in SERVICES or t[j].text in ("«", "»"))
        ):
            j -= 1
        if j >= 0 and t[j].sent == tok.sent and t[j].lemma in HANDLE_NOUNS:
            found.append((first, i + 1))
    names = {
        t[b - 1].text for _, b in found
    }  # once introduced, the bare user name is the person too
    found += [
        (i, i + 1)
        for i, tok in enumerate(t)
        if tok.text in names and i not in taken and all(b != i + 1 for _, b in found)
    ]
    return found


def _common_word(vocab: MorphVocab, word: str) -> bool:
    """A dictionary word that is never a name (`Супруга`, `Маэстро`, `Феррари`); an adjective of
    the surnames' shape is one (`Преображенский`, `Покровского`)."""
    parses = vocab(fold(word))
    if any(p.tag.POS == "ADJF" and SURNAME_ADJECTIVE.search(p.normal_form) for p in parses):
        return False
    return (
        bool(parses)
        and len(vocab.known(fold(word))) == len(parses)
        and not any(NAME_TAGS & p.tag.grammemes for p in parses)
    )


class NameFinder:
    def __init__(self, vocab: MorphVocab) -> None:
        self.vocab = vocab

    def find(self, doc: Parsed, places: list[Place]) -> list[Mention]:
        tokens = doc.tokens
        starts = {t.start: i for i, t in enumerate(tokens)}
        ends = {t.end: i + 1 for i, t in enumerate(tokens)}
        place_tokens = {i for p in places for i in range(p.first, p.last)}
        ranges: list[tuple[int, int]] = []
        for e in doc.entities:
            if e.start not in starts or e.end not in ends:
                continue
            pieces = _pieces(doc, starts[e.start], ends[e.end])
            if e.type != "PER":  # `Ахмат-Хаджи Кадырова` tagged LOC, `Лонгин Клинский (РПЦ МП)` ORG
                pieces = [n for r in pieces if (n := self._name_inside(doc, r, place_tokens))]
            ranges.extend(pieces)
        ranges = [
            r for a, b in ranges for r in self._split_by_case(doc, *_without_address(doc, a, b))
        ]
        ranges = [r for r in (self._without_verbs(doc, a, b) for a, b in ranges) if r[1] > r[0]]
        rejected = [r for r in ranges if not self._plausible(doc, r, place_tokens)]
        ranges = [r for r in ranges if r not in rejected]
        ranges = self._extend(doc, ranges)
        taken = {i for a, b in ranges for i in range(a, b)}
        ranges = [(a, self._extend_right(doc, a, b, taken, place_tokens)) for a, b in ranges]
        ranges = self._join(doc, ranges)
        ranges += self._propagate(doc, ranges, place_tokens, rejected)
        ranges += _handles(doc, {i for a, b in ranges for i in range(a, b)})
        ranges += self._dictionary_surnames(doc, ranges, place_tokens)
        ranges = sorted(set(ranges))
        return [
            Mention(
                a, b, tokens[a].start, tokens[b - 1].end, self._transliteration(doc, (a, b), ranges)
            )
            for a, b in ranges
        ]

    def _transliteration(
        self, doc: Parsed, r: tuple[int, int], ranges: list[tuple[int, int]]
    ) -> bool:
        """`Скотт Хоровитц (Scott Horowitz)`: the Latin spelling in brackets after a name is that
        name written again, no person of its own."""
        a, b = r
        t = doc.tokens
        if a < 2 or t[a - 1].text != "(" or not all(_latin(t[i].text) for i in range(a, b)):
            return False
        return any(end == a - 1 for _, end in ranges)

    def _name_inside(
        self, doc: Parsed, r: tuple[int, int], place_tokens: set[int]
    ) -> tuple[int, int] | None:
        """In a span of another type, a known first name and one or two capitalised words, after
        any common words the tagger took in (`Поддержку Кирсану Илюмжинову` tagged LOC)."""
        a, b = r
        while a < b and _common_word(self.vocab, doc.tokens[a].text):
            a += 1
        toks = doc.tokens[a:b]
        if not 2 <= len(toks) <= 3 or any(i in place_tokens for i in range(a, b)):
            return None
        if not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in toks):
            return None
        first = toks[0].text.split("-")[0]
        return (a, b) if fold(first) not in PARTICLES and self._known_name(first, "Name") else None

    def _without_verbs(self, doc: Parsed, a: int, b: int) -> tuple[int, int]:
        """`Бернс Рассказал`: a capitalised word pymorphy knows only as a verb ends no name."""

        def verb(i: int) -> bool:
            parses = self.vocab.known(fold(doc.tokens[i].text))
            return bool(parses) and all(p.tag.POS in ("VERB", "INFN") for p in parses)

        while b > a and verb(b - 1):
            b -= 1
        while a < b and verb(a):
            a += 1
        return a, b

    def _split_by_case(self, doc: Parsed, a: int, b: int) -> list[tuple[int, int]]:
        """Words of one name share a case: `с Путиным Меркель`, `отец Кима Чен Ира Ким Ир Сен`."""
        out, cur = [], a
        for i in range(a + 1, b):
            if (
                self._breaks(doc, i)
                or self._east_asian_restart(doc, cur, i)
                or self._second_given_name(doc, cur, i)
            ):
                out.append((cur, i))
                cur = i
        out.append((cur, b))
        return out

    def _breaks(self, doc: Parsed, i: int) -> bool:
        """A new name starts at token `i`: after a surname in an oblique case comes a word in
        another
        case, another name (`с Путиным Меркель`) or a first name (`советника Обамы Тони
        Донилона`)."""
        prev, tok = doc.tokens[i - 1], doc.tokens[i]
        if not tok.text[:1].isupper():
            return False
        cases = prev.feats.get("Case"), tok.feats.get("Case")
        differ = all(cases) and cases[0] != cases[1]
        if not self._inflected_surname(prev.text):
            if self._known_name(prev.text, "Name"):
                return False  # `Хуану Пабло Монтойе`: given names in a row
            if (
                self._oblique_only(prev.text)
                and self._known_name(prev.text, "Surn")
                and not self._share_a_case(prev.text, tok.text)
            ):
                # `С Лавровым Макей обсудит`: `Лавровым` (also an adjective) cannot go with `Макей`
                return True
            # `помощника Байдена Джейк Салливан`: a word with no nominative reading, then a known
            # first name;
            # `вдова Ельцина Наина Иосифовна`: a surname, then a first name in another case
            return self._known_first_name(tok.text) and (
                self._oblique_only(prev.text) or (differ and self._known_name(prev.text, "Surn"))
            )
        return differ or self._known_name(tok.text)

    def _second_given_name(self, doc: Parsed, cur: int, i: int) -> bool:
        """`Адвокат Ивана Петрова Мария Смирнова`: a first name after a first name and a surname
        starts
        another name (`Петрова` also reads as a woman's nominative, so the cases do not split
        them)."""
        words = [t.text for t in doc.tokens[cur:i]]
        if (
            len(words) < 2
            or not self._known_first_name(doc.tokens[i].text)
            or not self._first_name(words[0])
            or self._first_name(words[-1])
            or self._known_name(doc.tokens[i].text, "Surn")
            or fold(words[-1]) in PARTICLES
        ):
            return False  # (`Тамим Аль Тани`: after a particle the name goes on)
        # and the two first names cannot share a case (`Мануэль Мехуто Гонсалес` is one man)
        return not self._share_a_case(words[0], doc.tokens[i].text, "Name")

    def _share_a_case(self, surname: str, word: str, tag: str = "Surn") -> bool:
        cases = {p.tag.case for p in self.vocab.known(fold(surname)) if tag in p.tag.grammemes}
        return bool(cases & {p.tag.case for p in self.vocab(fold(word))})

    def _oblique_only(self, word: str) -> bool:
        nouns = [p for p in self.vocab(fold(word)) if p.tag.POS == "NOUN"]
        return bool(nouns) and all(p.tag.case != "nomn" for p in nouns)

    def _known_first_name(self, word: str) -> bool:
        return any(
            "Name" in p.tag.grammemes and p.tag.case == "nomn" for p in self.vocab.known(fold(word))
        )

    def _east_asian_restart(self, doc: Parsed, cur: int, i: int) -> bool:
        """`Кима Чен Ира Ким Ир Сен`: a family name after a whole East Asian name starts the next
        one."""
        first = fold(doc.tokens[cur].text)
        return (
            i - cur >= 2
            and (
                first in EAST_ASIAN_SURNAMES or self.vocab.first_lemma(first) in EAST_ASIAN_SURNAMES
            )
            and fold(doc.tokens[i].text) in EAST_ASIAN_SURNAMES
            and doc.tokens[i].text[:1].isupper()
        )

    def _extend_right(
        self, doc: Parsed, a: int, b: int, taken: set[int], place_tokens: set[int]
    ) -> int:
        """`архиепископ Лонгин Клинский`: a lone first name takes the capitalised word after it."""
        t = doc.tokens
        if (
            b - a != 1
            or b >= len(t)
            or not self._first_name(t[a].text)
            or b in taken
            or b in place_tokens
        ):
            return b
        nxt = t[b]
        if (
            nxt.sent == t[a].sent
            and nxt.text[:1].isupper()
            and nxt.text.isalpha()
            and nxt.pos in ("ADJ", "PROPN", "NOUN")
            and nxt.start - t[a].end == 1
        ):
            return b + 1
        return b

    def _known_name(self, word: str, tag: str | None = None) -> bool:
        tags = {tag} if tag else NAME_TAGS
        return any(tags & p.tag.grammemes for p in self.vocab.known(fold(word)))

    def _inflected_surname(self, word: str) -> bool:
        """A known surname in an oblique case ends a name: `Путиным` in `с Путиным Меркель`."""
        parses = self.vocab.known(fold(word))
        return bool(parses) and all(
            "Surn" in p.tag.grammemes and p.tag.case != "nomn" for p in parses
        )

    def _plausible(self, doc: Parsed, r: tuple[int, int], place_tokens: set[int]) -> bool:
        a, b = r
        words = [t for t in doc.tokens[a:b] if _is_word(t)]
        if not words or not any(t.text[0].isupper() for t in words):
            return False
        if any(any(c.isdigit() for c in t.text) for t in words):
            return False  # `Формулы-1`: no name holds a digit
        if self._named_after(doc, a):
            return False  # `Театр им. Йозефа Бойса`: part of the institution's name
        if all(i in place_tokens for i in range(a, b) if _is_word(doc.tokens[i])):
            return False  # `Коста Рика`, `Эль Сальвадор`
        if (
            len(words) == 1
            and _common_word(self.vocab, words[0].text)
            and not self._given_name_before(doc, a)
        ):
            return False  # but `Виктор Понедельник`: a common word after a first name is a surname
        if len(words) == 1 and (
            self.vocab.plural_only(fold(words[0].text)) or FAMILY_PLURAL.search(fold(words[0].text))
        ):
            return False  # `братьев Ямадаевых`: a family, not a person
        return True

    def _named_after(self, doc: Parsed, a: int) -> bool:
        """`им.` or `имени` before the name, but not `от имени` (`on behalf of`, a person's own)."""
        t = doc.tokens
        i = a - 1 - (a >= 1 and t[a - 1].text == ".")
        if i < 0 or fold(t[i].text) not in ("им", "имени"):
            return False
        return fold(t[i].text) == "им" or i == 0 or fold(t[i - 1].text) not in ("от", "во")

    def _extend(self, doc: Parsed, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
        out = []
        ends = {b for _, b in ranges}
        for a, b in ranges:
            t = doc.tokens
            while (
                a > 0
                and t[a - 1].sent == t[a].sent
                and t[a - 1].end == t[a].start - 1
                and t[a - 1].text in PARTICLES
            ):
                a -= 1
            # a first name the tagger left out: `Виктор` `Понедельник`
            if a not in ends and self._given_name_before(doc, a):
                a -= 1
            # an East Asian family name the tagger left out: `Хвана` `Чжан Епа`
            if (
                a > 0
                and a not in ends
                and t[a - 1].sent == t[a].sent
                and t[a - 1].text.istitle()
                and self.east_asian_key(t[a - 1].text)
            ):
                a -= 1
            # an initial the tagger left out: `Н. Кан`
            while (
                a >= 2
                and t[a - 1].text == "."
                and len(t[a - 2].text) == 1
                and t[a - 2].text.isupper()
                and t[a - 2].sent == t[a].sent
            ):
                a -= 2
            out.append((a, b))
        return out

    def _join(self, doc: Parsed, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Adjacent spans with only a space between them are one name (`Хвана` `Чжан Епа`)."""
        ranges = sorted(set(ranges))
        out: list[tuple[int, int]] = []
        for a, b in ranges:
            if (
                out
                and out[-1][1] == a
                and doc.tokens[a].start - doc.tokens[a - 1].end == 1
                and b - out[-1][0] <= 4
                and not self._breaks(doc, a)
                and not self._second_given_name(doc, out[-1][0], a)
            ):
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out

    def _propagate(
        self,
        doc: Parsed,
        ranges: list[tuple[int, int]],
        place_tokens: set[int],
        rejected: list[tuple[int, int]],
    ) -> list[tuple[int, int]]:
        """A surname found once is a surname everywhere in the document, also where a lone word
        looked like a common noun (`Хван` beside `Хван Чжан Еп`)."""
        known = {self.surname_key(doc.tokens[b - 1].text) for a, b in ranges}
        given: dict[str, set[str]] = {}
        for a, b in ranges:
            if b - a == 2 and doc.tokens[a].text.istitle():
                given.setdefault(self.surname_key(doc.tokens[b - 1].text), set()).add(
                    fold(doc.tokens[a].text)
                )
        known |= {
            k for a, b in ranges if b - a > 1 and (k := self.east_asian_key(doc.tokens[a].text))
        }
        covered = {
            i for e in doc.entities if e.type == "PER" for i in doc.starting_in(e.start, e.end)
        }
        covered -= {i for a, b in rejected if b - a == 1 for i in range(a, b)}
        covered |= {i for a, b in ranges for i in range(a, b)}
        found = []
        for i, t in enumerate(doc.tokens):
            if i in covered or i in place_tokens or not _capitalised(t.text) or len(t.text) < 3:
                continue
            if FAMILY_PLURAL.search(fold(t.text)) or self._named_after(doc, i):
                continue  # `братьев Ямадаевых` beside `Иса Ямадаев`: the family, not one of them
            keys = self._surname_keys(t.text)
            if keys & known or (self.east_asian_key(t.text) or "") in known:
                names = frozenset(n for k in keys for n in given.get(k, ()))
                found.append(
                    (
                        i - 1
                        if i - 1 not in covered and self._given_name_before(doc, i, names)
                        else i,
                        i + 1,
                    )
                )
        return found

    def _dictionary_surnames(
        self, doc: Parsed, ranges: list[tuple[int, int]], place_tokens: set[int]
    ) -> list[tuple[int, int]]:
        """A word the tagger left alone that pymorphy's dictionary reads as a surname first
        (`Романцев :`, `Гладилин о Губерниеве:`: a lone surname opening a headline), unless it names
        a
        street (`проспекта Ленина`), is named after (`им. Ленина`) or is a quoted name (`«Адмирал
        Кузнецов»`)."""
        covered = {i for a, b in ranges for i in range(a, b)} | place_tokens
        covered |= {i for e in doc.entities for i in doc.starting_in(e.start, e.end)}
        out = []
        for i, t in enumerate(doc.tokens):
            if (
                i in covered
                or not _capitalised(t.text)
                or len(t.text) < 4
                or self._named_after(doc, i)
            ):
                continue
            parses = self.vocab.known(fold(t.text))
            if not parses or not (
                all("Surn" in p.tag.grammemes for p in parses)
                or ("Surn" in parses[0].tag.grammemes and t.pos == "PROPN")
            ):
                continue
            before, after = doc.tokens[max(0, i - 2) : i], doc.tokens[i + 1 : i + 3]
            if before and self.vocab.first_lemma(fold(before[-1].text)) in STREET_NOUNS:
                continue
            if any(b.text in OPENING_MARKS for b in before) and any(
                a.text in CLOSING_MARKS for a in after
            ):
                continue
            out.append((i, i + 1))
        return out

    def _given_name_before(self, doc: Parsed, a: int, given: frozenset[str] = frozenset()) -> bool:
        """The word before token `a` is a first name: a known one, or one of `given` (the first
        names this document gives the surname elsewhere: `Гата` of `Гата Камский`)."""
        t = doc.tokens
        if (
            a == 0
            or t[a - 1].sent != t[a].sent
            or not t[a - 1].text.istitle()
            or t[a - 1].end != t[a].start - 1
        ):
            return False
        return self._first_name(t[a - 1].text) or fold(t[a - 1].text) in given

    def _first_name(self, word: str) -> bool:
        parses = self.vocab(fold(word))
        return bool(parses) and "Name" in parses[0].tag.grammemes

    def east_asian_key(self, word: str) -> str | None:
        """`Хвана` → `хван`: the family name an East Asian name starts with, in any case."""
        for key in (fold(word), self.vocab.first_lemma(fold(word))):
            if key in EAST_ASIAN_SURNAMES and len(key) > 1:
                return key
        return None

    def _surname_keys(self, word: str) -> set[str]:
        """`Карасина` may be `Карасин` even where pymorphy does not read it as a surname."""
        w = fold(word)
        return {self.surname_key(word)} | {
            w[: -len(e)] + r
            for e, r in SURNAME_CASE_ENDINGS
            if w.endswith(e) and len(w) - len(e) >= 3
        }

    def surname_key(self, word: str) -> str:
        forms = {fold(p.normal_form) for p in self.vocab(fold(word)) if NAME_TAGS & p.tag.grammemes}
        return min(forms) if forms else fold(word)
