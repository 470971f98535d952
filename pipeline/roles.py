"""Title phrases the grammar ties to a name, read into title, country, place and employer.

A title is a noun phrase headed by a title word: a listed title (`rules/titles.py` HEADS) or any
animate common noun that names no kin, bystander or nationality (`штурман`, `нейрохирург`,
`продюсер`). It is tied to a name before it (`министр торговли Китая Чэнь Дэмин`), in apposition
after it (`Тишков - директор Института …`, `Лёв (второй тренер)`, `Брод, член Общественной
палаты`) or by a verb (`является депутатом`, `стал капитаном`, `покинул пост директора`).
Reading a phrase, adjectives before the head are the title's own (`генеральный`), a country's
(`российский`) or left out (`бывший`); after it, in order: places (`мэр Москвы` → place and
country), named employers (`глава Роскосмоса` → organisation; a body named with its country is that
country's office, `председатель Верховного народного собрания КНДР`), genitives and `по`-phrases
that are part of the title (`министр иностранных дел`, `директор по стратегии`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable

from .document import Parsed, Token
from .geo import Place, fold
from .models import WORDS_KEPT, MorphVocab
from .rules import countries as country_rules
from .rules import grammar
from .rules import titles as rules

MAX_PHRASE = 12


@dataclass(slots=True)
class Title:
    first: int  # token range [first, last) of the whole phrase
    last: int
    title: str
    country: str | None
    organization: str | None
    plural: bool
    countries: tuple[str, ...] = ()  # `Президенты России и США`: one country per holder, in order
    place: str | None = None  # the city or region the office is of (`мэр Москвы` → `Москва`)
    head: int = -1  # the title word's token
    rule: str = ""  # the rule that tied it to the name (for `--explain`)
    places: tuple[
        str | None, ...
    ] = ()  # `Мэры Москвы и Петербурга`: one place per holder, in order


@dataclass(slots=True)
class Reading:
    """What reading one title phrase gathers, word by word."""

    words: list[str]
    head: str = ""  # the title word, as read
    country: str | None = None
    place: str | None = None
    organization: str | None = None
    countries: list[str] = field(default_factory=list)
    places: list[str | None] = field(default_factory=list)  # one per holder of a plural title
    stop: bool = False  # a named employer ends the phrase
    located: bool = (
        False  # past a place, genitives describe the place: `мэр города Немуро северного острова`
    )

    def of_city(self, city: str) -> None:
        """`подмосковный губернатор`, `тбилисский врач`: the city or region an adjective names."""
        self.place = self.place or city
        self.country = (
            self.country
            or country_rules.CITIES.get(city)
            or country_rules.REGION_COUNTRIES.get(city)
        )


@dataclass(slots=True)
class Span:
    """The tokens a phrase may take: `[lo, end)` of one sentence, none of `blocked` (names)."""

    doc: Parsed
    places: dict[int, Place]
    end: int
    blocked: set[int] | frozenset[int]
    head: int = -1  # the title word

    def hangs_on_phrase(self, j: int) -> bool:
        """The tree hangs token `j` on a word of the phrase read so far (`глава государства` does
        not go on with `приветствия`, the object of `передал`); any word, where the tree is
        silent."""
        tok = self.doc.tokens[j]
        return tok.head < 0 and not tok.rel or self.head <= tok.head < j

    def has(self, j: int, head: int) -> bool:
        toks = self.doc.tokens
        return (
            j < self.end
            and j < len(toks)
            and toks[j].sent == toks[head].sent
            and j not in self.blocked
        )


Complement = Callable[["TitleReader", Span, int, Reading], int | None]


class TitleReader:
    """Finds title phrases around names and reads them; one per pipeline (it caches word
    lookups)."""

    def __init__(self, vocab: MorphVocab, lemma_forms: frozenset[str]) -> None:
        self.vocab = vocab
        self.lemma_forms = lemma_forms  # every form of every title head: only these need pymorphy
        self._head_lemma = lru_cache(maxsize=WORDS_KEPT)(
            self._head_lemma_uncached
        )  # every token is asked, often
        self._common_title = lru_cache(maxsize=WORDS_KEPT)(self._common_title_uncached)
        self.adjective = lru_cache(maxsize=WORDS_KEPT)(self._adjective_uncached)
        stems = [a[: -len("ский")] for a in country_rules.ADJECTIVES if a.endswith("ский")]
        self.demonyms = (
            rules.DEMONYMS | {s + "ец" for s in stems} | {s.removesuffix("й") + "ец" for s in stems}
        )
        self.city_adjectives = city_adjectives()

    # --- title words ---------------------------------------------------------------------------

    def head_lemma(self, tok: Token) -> str | None:
        """The listed title a word is a form of (`премьера` → `премьер`), else None."""
        return self._head_lemma(tok.text, tok.lemma, tok.pos in ("NOUN", "PROPN"))

    def _head_lemma_uncached(self, text: str, lemma: str, noun: bool) -> str | None:
        word = fold(text)
        for w in (word, word.removeprefix("экс-"), lemma.removeprefix("экс-")):
            if w in rules.HEADS:
                return w
            if w in self.lemma_forms:  # a word that is no form of a title word skips pymorphy
                # a noun's reading that is a title's (`премьера` is the premier's as well as a
                # première;
                # `после` is a preposition, whatever the dictionary says of an ambassador)
                parses = self.vocab(w) if noun else self.vocab(w)[:1]
                found = next((n for p in parses if (n := fold(p.normal_form)) in rules.HEADS), None)
                if found:
                    return found
            # `Заведующая кафедрой`: a participle of office, whose lemma is its verb
            if noun and ("ющ" in w or "ящ" in w):
                found = next(
                    (
                        rules.PARTICIPLE_TITLES[p.normal_form]
                        for p in self.vocab(w)
                        if p.tag.POS == "PRTF" and p.normal_form in rules.PARTICIPLE_TITLES
                    ),
                    None,
                )
                if found:
                    return found
        return None

    def title_word(self, doc: Parsed, i: int) -> str | None:
        """The title a token names: a listed one, or an animate common noun that is no kin, no
        bystander, no nationality (`штурмана` → `штурман`); capitalised, only where a sentence
        starts."""
        tok = doc.tokens[i]
        listed = self.head_lemma(tok)
        if listed is not None:
            return listed
        acting = rules.ACTING.get(tok.folded)
        spelled_out = tok.folded.startswith(
            "исполня"
        )  # the participle asks for its object, `обязанности`
        if acting is not None and (
            not spelled_out
            or (i + 1 < len(doc.tokens) and doc.tokens[i + 1].folded == "обязанности")
        ):
            return (
                acting  # `исполняющий обязанности официального представителя`, `врио губернатора`
            )
        opens = self._opens(doc, i)
        noun = tok.pos == "NOUN" or (
            tok.pos == "PROPN" and opens
        )  # `Нейрохирург Алексей …`: tagged a name
        if not (noun or self._standing_alone(doc, i)) or not tok.text.replace("-", "").isalpha():
            return None
        if tok.text[:1].isupper() and not opens:
            return None  # `Адвокат`, `Кузнец`: a capitalised noun inside a sentence is a name
        word = fold(tok.text).removeprefix("экс-")
        kind, _, rest = word.partition("-")
        if rest and (last := self._common_title(rest, tok.case or "")):
            # `женщина-космонавт` is a cosmonaut; `сити-менеджер` is a manager of a kind
            return last if self.vocab.first_lemma(kind) in rules.NOT_TITLES else f"{kind}-{last}"
        return self._common_title(word, tok.case or "")

    def _standing_alone(self, doc: Parsed, i: int) -> bool:
        """An adjective with no noun after it to describe stands for a noun: `Марк, рабочий из
        цеха`."""
        toks = doc.tokens
        return toks[i].pos == "ADJ" and not (
            i + 1 < len(toks) and toks[i + 1].pos in ("NOUN", "ADJ", "PROPN")
        )

    def _opens(self, doc: Parsed, i: int) -> bool:
        toks = doc.tokens
        return i == 0 or toks[i - 1].sent != toks[i].sent or not toks[i - 1].text[:1].isalnum()

    def _common_title_uncached(self, word: str, case: str) -> str | None:
        wanted = grammar.UD_CASES.get(case)
        parses = [p for p in self.vocab(word) if p.tag.POS == "NOUN"]
        parse = next((p for p in parses if p.tag.case == wanted), parses[0] if parses else None)
        if (
            parse is None
            or "anim" not in parse.tag.grammemes
            or grammar.PROPER_TAGS & parse.tag.grammemes
        ):
            return None
        lemma = fold(parse.normal_form)
        if (
            lemma in rules.NOT_TITLES
            or lemma in self.demonyms
            or lemma.endswith(("анин", "янин"))
            or len(lemma) < 4
        ):
            return None
        return lemma

    def _adjective_uncached(self, word: str) -> tuple[str, str]:
        """(lemma, kind) of an adjective: kind `ordinal`, `relational` (no degrees: `федеральный`),
        `quality` (`влиятельный`) or `other` (pronouns, participles)."""
        parse = next((p for p in self.vocab(word) if p.tag.POS in ("ADJF", "PRTF")), None)
        if parse is None:
            return word, "other"
        lemma, grams = fold(parse.normal_form), parse.tag.grammemes
        kind = (
            "other"
            if parse.tag.POS == "PRTF" or "Apro" in grams
            else "ordinal"
            if "Anum" in grams
            else "quality"
            if "Qual" in grams
            else "relational"
        )
        return lemma, kind

    def feminine(self, word: str) -> bool:
        """A title only a woman holds (`актриса`, `журналистка`), not one of common gender
        (`глава`)."""
        return self._gender(word) == "femn"

    def _gender(self, lemma: str) -> str:
        parse = next((p for p in self.vocab(lemma) if p.tag.POS == "NOUN"), None)
        return "femn" if parse is not None and parse.tag.gender == "femn" else "masc"

    # --- reading a phrase ----------------------------------------------------------------------

    def phrase(
        self,
        doc: Parsed,
        head: int,
        places: dict[int, Place],
        lo: int,
        end: int,
        blocked: set[int] | frozenset[int] = frozenset(),
    ) -> Title | None:
        """The title phrase headed by token `head`, within `[lo, end)` of its sentence."""
        word = self.title_word(doc, head)
        if word is None:
            return None
        reading = Reading([], word)
        start = self._modifiers(doc, head, lo, places, reading, word)
        reading.words.append(word)
        span = Span(doc, places, end, blocked, head)
        j = head + 1
        while span.has(j, head):
            for rule in AFTER_EMPLOYER if reading.stop else COMPLEMENTS:
                nxt = rule(self, span, j, reading)
                if nxt is not None:
                    j = nxt
                    break
            else:
                break
        while j > head + 1 and doc.tokens[j - 1].folded in ("и", "по"):
            j -= 1  # a conjunction or preposition the phrase did not go on with
        while len(reading.words) > 1 and reading.words[-1] in ("и", "по"):
            reading.words.pop()
        title = canonical(" ".join(reading.words))
        plural = self.vocab.plural(
            doc.tokens[head]
        )  # `Президенты` opening a sentence is often tagged singular
        countries = tuple(dict.fromkeys(reading.countries)) if plural else ()
        places = (
            tuple(reading.places)
            if plural and len(set(reading.places)) == len(reading.places) > 1
            else ()
        )
        return Title(
            start,
            j,
            title,
            reading.country,
            reading.organization,
            plural,
            countries,
            reading.place,
            head,
            places=places,
        )

    def _modifiers(
        self, doc: Parsed, head: int, lo: int, places: dict[int, Place], reading: Reading, word: str
    ) -> int:
        """Adjectives before the head: the title's own go into it (`генеральный директор`,
        `федеральный адвокат`, `второй тренер`), a country's or a city's say where (`российский`,
        `подмосковный`), words of time and praise (`бывший`, `известный`) are left out."""
        toks = doc.tokens
        start = head
        while (
            start > lo
            and toks[start - 1].sent == toks[head].sent
            and (
                _modifier(toks[start - 1])
                or places.get(start - 1, None) is not None
                and places[start - 1].kind == "adjective"
            )
        ):
            start -= 1
        gender = self._gender(word)
        for i in range(start, head):
            place = places.get(i)
            if place is not None:
                reading.country = reading.country or place.country
                continue
            lemma, kind = self.adjective(toks[i].folded)
            if any(c.isdigit() for c in lemma):
                continue  # `35-летняя учительница`: an age
            if lemma in country_rules.ADJECTIVES:
                continue  # `корейский`: a country's, though which one the word does not say
            masculine = self.vocab.nominative(toks[i].folded, adjective_gender="masc")
            if lemma in self.city_adjectives:
                reading.of_city(self.city_adjectives[lemma])
            elif {lemma, masculine} & rules.EVALUATIVE or (kind == "ordinal" and not _deputy(word)):
                continue
            elif kind != "other" or {lemma, masculine} & (rules.MODIFIERS | rules.HEADS):
                # (a participle only when it is a title's own: `управляющий партнер`, `заслуженный
                # артист`)
                reading.words.append(self.vocab.nominative(toks[i].folded, adjective_gender=gender))
        return start

    # --- tying a phrase to a name --------------------------------------------------------------

    def before(
        self,
        doc: Parsed,
        first: int,
        places: dict[int, Place],
        blocked: set[int],
        served: bool = False,
    ) -> list[Title]:
        """Titles that end where the name at token `first` begins, nearest last: `министр торговли
        Китая Чэнь Дэмин`, a chain of them (`министр по делам разведки, глава Комиссии … Дан
        Меридор`), else one the tree makes the name's apposition across other words (`Глава
        палестинской делегации на переговорах Саеб Эрекат`). `served`: the name is whom the title
        serves, in the genitive (`советника Обамы`), not its holder."""
        toks = doc.tokens
        out: list[Title] = []
        end = first
        while end > 0:
            found = self._reaching(doc, end, places, blocked, served and end == first)
            if found is None:
                break
            out.append(found)
            # `писатель и журналист Виктор Шендерович`, `представитель вооружённых сил полковник …`
            joint = found.first - 1
            if (
                joint >= 1
                and toks[joint].sent == toks[first].sent
                and toks[joint].text in (",", "и")
            ):
                end = joint
            elif found.first > 0 and toks[found.first - 1].sent == toks[first].sent:
                end = found.first
            else:
                break
        if not out:
            out = [t for t in [self._apposed_before(doc, first, places, blocked)] if t is not None]
        for t in out:  # titles in a chain share the country the chain names, but not an employer's
            if t.country is None and t.organization is None:
                t.country = next((o.country for o in out if o.country), None)
        return out

    def _reaching(
        self,
        doc: Parsed,
        end: int,
        places: dict[int, Place],
        blocked: set[int],
        served: bool = False,
    ) -> Title | None:
        """The widest title phrase that ends at token `end` (`заместитель министра иностранных дел
        России`, not `министр …`): the leftmost title word whose phrase reaches it."""
        toks = doc.tokens
        sent = toks[min(end, len(toks) - 1)].sent
        lo = end
        while (
            lo > 0
            and end - lo < MAX_PHRASE
            and toks[lo - 1].sent == sent
            and (lo - 1) not in blocked
            and toks[lo - 1].text not in grammar.SENTENCE_INNER_ENDS
        ):
            lo -= 1
        reaching: list[Title] = []
        for h in range(lo, end):
            if self._kin_before(doc, h):
                continue  # `муж актрисы Сергей Сенин`, `сын президента`: a kinsman, not the holder
            t = self.phrase(doc, h, places, lo, end, blocked)
            if t is not None and t.last == end and (served or self._agrees(doc, h, end)):
                reaching.append(replace(t, rule="title before the name"))
        # the widest phrase whose head shares the name's case: `главе государства приветствия
        # Президента Азербайджана Ильхама Алиева` is Алиев's `Президента …`, not `главе …`
        same = [t for t in reaching if served or self._same_case(doc, t.head, end)]
        return (same or reaching or [None])[0]

    def _same_case(self, doc: Parsed, h: int, name: int) -> bool:
        case = doc.tokens[name].case
        return (
            case is None
            or self.can_be(doc, h, case)
            or self.can_be(doc, name, doc.tokens[h].case, any_word=True)
        )

    def _kin_before(self, doc: Parsed, h: int) -> bool:
        return (
            h > 0
            and doc.tokens[h].case == "Gen"
            and self.vocab.first_lemma(doc.tokens[h - 1].folded) in rules.KIN
        )

    def _agrees(self, doc: Parsed, h: int, name: int) -> bool:
        """A title and the name after it share a case, unless the tree makes the name the title's
        apposition (the tagger guesses at foreign names' cases); `министр Ивану Петрову` is none."""
        t, n = doc.tokens[h], doc.tokens[name]
        if n.head == h and n.rel == "nmod":
            return (
                False  # `Помощник Хиллари Клинтон по … делам Филип Гордон`: whom the title serves
            )
        if (
            n.case == "Gen"
            and t.case != "Gen"
            and not self.can_be(doc, h, "Gen")
            and self.vocab.first_lemma(t.folded) in rules.SERVING
        ):
            # `Защитник Анны Ивановой`: an aide's title before a genitive names whom he serves
            return False
        if (
            n.case is None
            or self.can_be(doc, h, n.case)
            or self.can_be(doc, name, t.case, any_word=True)
        ):
            return True
        if self._known_case(n):
            # `Указом губернатора Игорь Дмитриев`: a name the dictionary knows is in its own case
            return False
        if n.case == "Gen":
            return n.rel == "appos"
        return n.head == h or n.rel not in grammar.ARGUMENT_RELATIONS

    def _known_case(self, n: Token) -> bool:
        """The dictionary knows the name word (`Игорь`), and only in the case the tagger gave it."""
        known = [
            p for p in self.vocab.known(n.folded) if {"Name", "Surn", "Patr"} & p.tag.grammemes
        ]
        return bool(known) and {p.tag.case for p in known} == {grammar.UD_CASES.get(n.case)}

    def can_be(self, doc: Parsed, i: int, case: str | None, any_word: bool = False) -> bool:
        """The word can stand in `case` (`борца` is genitive as well as accusative, whatever the
        tagger
        chose); `any_word`: a name's word, which pymorphy may know only by guessing (`Беназир`)."""
        tok = doc.tokens[i]
        if case is None or tok.case is None or tok.case == case:
            return True
        parses = [p for p in self.vocab(tok.folded) if p.tag.POS == "NOUN" or any_word]
        return grammar.UD_CASES.get(case) in {p.tag.case for p in parses} or any(
            "Fixd" in p.tag.grammemes for p in parses
        )

    def _apposed_before(
        self, doc: Parsed, first: int, places: dict[int, Place], blocked: set[int]
    ) -> Title | None:
        toks = doc.tokens
        h = toks[first].head
        if toks[first].rel != "appos" or not 0 <= h < first or toks[h].sent != toks[first].sent:
            return None
        # names between are the title's own genitives, whom it serves (`Помощник Хиллари Клинтон …
        # Гордон`)
        if any(
            k in blocked and toks[k].head not in (h, k - 1) for k in range(h, first)
        ) or self._kin_before(doc, h):
            return None
        if first - 1 in blocked or not self._agrees(doc, h, first):
            # `советник Байдена Джейк Салливан`: the aide's title names the one served (persons)
            return None
        t = self.phrase(doc, h, places, max(0, h - 4), first, blocked)
        return (
            replace(t, rule="apposition before the name (tree)")
            if t is not None and not t.plural
            else None
        )

    def after(
        self, doc: Parsed, last: int, places: dict[int, Place], blocked: set[int]
    ) -> list[Title]:
        """Appositions after the name ending before token `last`: `Лукашенко, президент Беларуси,`,
        `Тишков - директор Института …`, `Лёв (второй тренер)`, one after another (`Брода,
        известного
        борца с ксенофобией, члена Общественной палаты`, `Ковач - политик и лидер партии`)."""
        toks = doc.tokens
        if last >= len(toks):
            return []
        sent, name = toks[last - 1].sent, range(self._name_start(doc, last), last)
        i = self._past_transliteration(doc, last)
        out: list[Title] = []
        while i < len(toks) and toks[i].sent == sent:
            mark = toks[i].text
            if not (mark in grammar.APPOSITION_MARKS or (out and toks[i].folded == "и")):
                break
            h = i + 1  # past the adjectives to the noun they describe (`управляющий директор`)
            while (
                h + 1 < len(toks)
                and h - i <= 3
                and _modifier(toks[h])
                and toks[h + 1].pos in ("ADJ", "NOUN", "VERB")
                and self.title_word(doc, h) not in rules.ACTING.values()
            ):
                h += 1
            if h >= len(toks) or toks[h].sent != sent or h in blocked:
                break
            t = self.phrase(doc, h, places, i + 1, len(toks), blocked)
            if t is None or t.plural or (t.last < len(toks) and t.last in blocked):
                break  # `…, министр обороны Петров`: the title of the name it reaches
            nxt = self._past_circumstance(doc, t.last, blocked)
            closed = (
                nxt >= len(toks)
                or toks[nxt].sent != sent
                or toks[nxt].text in grammar.APPOSITION_ENDS
                or toks[nxt].folded in grammar.RELATIVES
                or toks[nxt].folded == "и"
            )
            if mark == "(" and (nxt >= len(toks) or toks[nxt].text != ")"):
                break
            if not (closed or toks[h].head in name) or not self._agrees_after(doc, h, name):
                break
            out.append(replace(t, rule="apposition after the name"))
            i = nxt + (mark == "(")
        return out

    def _past_circumstance(self, doc: Parsed, j: int, blocked: set[int]) -> int:
        """`Брода, известного борца с ксенофобией, члена …`, `рабочий из цеха …`: a prepositional
        phrase the apposition ends with, up to its comma (no verb, no other name in it)."""
        toks = doc.tokens
        if j >= len(toks) or toks[j].pos != "ADP" or toks[j].folded in grammar.INNER_PREPOSITIONS:
            return j
        k = j + 1
        while (
            k < len(toks)
            and toks[k].sent == toks[j].sent
            and toks[k].text[:1].isalnum()
            and k - j <= 8
        ):
            if k in blocked or toks[k].pos in ("VERB", "AUX"):
                return j
            k += 1
        return k

    def _name_start(self, doc: Parsed, last: int) -> int:
        first = last - 1
        while (
            first > 0
            and doc.tokens[first - 1].sent == doc.tokens[first].sent
            and doc.tokens[first - 1].text[:1].isupper()
        ):
            first -= 1
        return first

    def _past_transliteration(self, doc: Parsed, last: int) -> int:
        """`Скотт Хоровитц (Scott Horowitz), бывший астронавт`: past the name's Latin spelling."""
        toks = doc.tokens
        if toks[last].text != "(":
            return last
        close = next(
            (k for k in range(last + 1, min(last + 6, len(toks))) if toks[k].text == ")"), None
        )
        if close is None or not all(toks[k].text.isascii() for k in range(last + 1, close)):
            return last
        return close + 1

    def _agrees_after(self, doc: Parsed, h: int, name: range) -> bool:
        cases = {doc.tokens[k].case for k in name if doc.tokens[k].pos == "PROPN"} - {None}
        return not cases or any(self.can_be(doc, h, c) for c in cases)

    def stated(
        self, doc: Parsed, first: int, last: int, places: dict[int, Place], blocked: set[int]
    ) -> list[Title]:
        """Titles a verb states of the name: its subject's predicate in the instrumental (`Петров
        был назначен министром`, `капитаном стал Баллак`, `Санников — бывший заместитель
        министра`), a post it holds (`покинул пост генерального директора`), after `который`."""
        out: list[Title] = []
        for rule in STATED:
            for found in rule(self, doc, first, last, places, blocked):
                if found.title and all(found.head != t.head for t in out):
                    out.append(replace(found, rule=rule.__name__.strip("_").replace("_", " ")))
        return out

    def genitive(self, word: str, number: str) -> str:
        """`постоянное` → `постоянного`: a word of a noun phrase in the genitive."""
        parse = next((p for p in self.vocab(word) if p.tag.POS in ("NOUN", "ADJF")), None)
        form = parse.inflect({"gent", number}) if parse is not None else None
        return form.word if form is not None else word

    def organization_name(self, doc: Parsed, a: int, b: int) -> str:
        if any(doc.tokens[k].text in grammar.OPENING_QUOTES for k in range(a, b)):
            return doc.text[doc.tokens[a].start : doc.tokens[b - 1].end]  # `ФК «Зенит»`: as written
        return self.vocab.nominative_phrase([doc.tokens[k].text for k in range(a, b)])


def _deputy(word: str) -> bool:
    """A deputy's title, which an ordinal belongs to: `первый вице-мэр`, `первый заместитель`."""
    head = word.split(" ")[0]
    return head in rules.FIRST_OF or head.startswith(("вице-", "зам"))


def _modifier(tok: Token) -> bool:
    """An adjective or participle agreeing with a noun (`управляющий директор`, tagged a verb;
    `Наследный принц`, tagged a name where it opens a sentence, but the tree's modifier)."""
    return tok.pos == "ADJ" or (tok.pos == "VERB" and tok.case is not None) or tok.rel == "amod"


# --- what may follow a title word, tried in this order at each token ------------------------------


def _place(r: TitleReader, s: Span, j: int, reading: Reading) -> int | None:
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


def _and_between_places(r: TitleReader, s: Span, j: int, reading: Reading) -> int | None:
    return (
        j + 1
        if s.doc.tokens[j].folded == "и" and (j - 1) in s.places and (j + 1) in s.places
        else None
    )


def _place_noun(r: TitleReader, s: Span, j: int, reading: Reading) -> int | None:
    """`мэр города Немуро`, `депутат собрания района Отрадное`: the noun says what kind of place
    follows (its name in the nominative or in the noun's case), not what the office is."""
    toks = s.doc.tokens
    if r.vocab.first_lemma(toks[j].folded) not in rules.GEO_DESCRIPTORS or not s.has(j + 1, j):
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
        " ".join(words) if toks[j + 1].case == "Nom" else r.vocab.nominative_phrase(words)
    )
    reading.located = True
    return k


def _governed(r: TitleReader, s: Span, j: int, reading: Reading) -> int | None:
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


def _time(r: TitleReader, s: Span, j: int, reading: Reading) -> int | None:
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
        or r.vocab.first_lemma(toks[k].folded) not in rules.TIME_NOUNS
    ):
        return None
    return k + 1


def _see(r: TitleReader, s: Span, j: int, reading: Reading) -> int | None:
    """`Митрополит Санкт-Петербургский Варфоломей`: a city's adjective right after the title names
    its see."""
    tok = s.doc.tokens[j]
    if j != s.head + 1 or tok.pos not in ("ADJ", "PROPN") or tok.case != s.doc.tokens[s.head].case:
        return None
    lemma, _ = r.adjective(tok.folded)
    if lemma not in r.city_adjectives:
        return None
    reading.of_city(r.city_adjectives[lemma])
    return j + 1


def _describing_a_place(r: TitleReader, s: Span, j: int, reading: Reading) -> int | None:
    """`министр иностранных дел африканской страны Мали`, `спикер совета самопровозглашенной ДНР`:
    the adjective describes the place, not the office."""
    toks = s.doc.tokens
    if toks[j].pos != "ADJ" or not toks[j].text.islower() or not s.has(j + 1, j):
        return None
    nxt = j + 1
    return (
        nxt
        if nxt in s.places or r.vocab.first_lemma(toks[nxt].folded) in rules.GEO_DESCRIPTORS
        else None
    )


def _quoted(r: TitleReader, s: Span, j: int, reading: Reading) -> int | None:
    """`корреспондент «МИР 24»`: a quoted name is the employer."""
    toks = s.doc.tokens
    if toks[j].text not in grammar.OPENING_QUOTES:
        return None
    close = next(
        (k for k in range(j + 1, min(j + 10, len(toks))) if toks[k].text in grammar.CLOSING_QUOTES),
        None,
    )
    if close is None or close == j + 1 or toks[close].sent != toks[j].sent:
        return None
    quoted = [
        toks[k].text for k in range(j + 1, close)
    ]  # `вице-президентом «Роснефти»` → `Роснефть`
    reading.organization = (
        reading.organization or r.vocab.nominative_phrase(quoted)
        if toks[j + 1].case == "Gen"
        else reading.organization or s.doc.text[toks[j + 1].start : toks[close - 1].end]
    )
    reading.stop = True
    return close + 1


def _before_a_name(r: TitleReader, s: Span, j: int, reading: Reading) -> int | None:
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
        and r.vocab.first_lemma(toks[k].folded) in rules.ORG_DESCRIPTORS
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


def _named(r: TitleReader, s: Span, j: int, reading: Reading) -> int | None:
    """A named employer: `глава Роскосмоса`, `директор Института этнологии и антропологии РАН`. A
    body
    named with its country is that country's office and part of the title (`председатель
    Верховного народного собрания КНДР`, `член Палаты представителей Конгресса США`)."""
    toks = s.doc.tokens
    a = j  # `синодального Отдела по взаимоотношениям`: adjectives before the name are part of it
    while s.has(a, j) and toks[a].pos == "ADJ" and toks[a].text.islower() and toks[a].case == "Gen":
        a += 1
    first = toks[a] if s.has(a, j) else toks[j]
    if not (first.text[:1].isupper() or (first.text.isascii() and first.text[:1].isalpha())):
        return None
    if a in s.places and s.places[a].kind != "adjective":
        return None
    if first.case not in (None, "Gen") and not first.text.isascii() and not first.text.isupper():
        return None
    k = _named_end(r, s, a)
    if k is None:
        return None
    name_end = k
    while s.has(k, j) and toks[k].pos == "ADJ" and toks[k].text.islower() and (k + 1) in s.places:
        k += 1  # `Народного совета самопровозглашенной ДНР`: the adjective describes the place
    words = [toks[i].folded for i in range(j, name_end)]
    if (
        (k in s.places and s.places[k].kind == "country")
        or " ".join([*reading.words, *words]) in rules.SYNONYMS
        or (k == a + 1 and r.vocab.place_lemma(toks[a].folded) in rules.TITLE_PLACES)
    ):  # `чемпионка Европы`
        reading.words.extend(words)  # then `_place` reads the country
        return k
    k = name_end
    # `мэр Могилева`: a place the tables do not know; an abbreviation the tagger calls a location
    # is a union of states (`глава дипломатии ЕС`), an organisation
    if (
        any(e.type == "LOC" and e.start <= first.start < e.end for e in s.doc.entities)
        and not reading.place
        and not first.text.isupper()
    ):
        reading.place = r.organization_name(s.doc, j, k)
        return k
    reading.organization = reading.organization or r.organization_name(s.doc, j, k)
    reading.stop = True
    return k


def _named_end(r: TitleReader, s: Span, j: int) -> int | None:
    """One past a name's words: capitalised or Latin words, and the genitives, `и` and `по`/`при`
    phrases inside it (`Комитета по иностранным делам`, `совета при главном архитекторе`)."""
    toks = s.doc.tokens
    k = j
    inner = False  # inside a `по`/`при` phrase, any case goes
    while s.has(k, j) and not (k > j and k in s.places and s.places[k].kind == "country"):
        t = toks[k]
        if t.text in grammar.OPENING_QUOTES and k > j and toks[k - 1].text.isupper():
            # `ФК «Зенит»`, `ПАО «Сбербанк»`: an abbreviated kind, then the quoted name
            close = next(
                (
                    c
                    for c in range(k + 1, min(k + 8, len(toks)))
                    if toks[c].text in grammar.CLOSING_QUOTES
                ),
                None,
            )
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
            # (`ГУ МВД по Москве`: a territorial body; but `директор НАСА по космическим полётам`)
            inner = (
                True  # `Комитета по иностранным делам`, but `директор НАСА по космическим полётам`
            )
            k += 1
        elif t.folded == "и" and s.has(k + 1, j) and toks[k + 1].case == toks[k - 1].case:
            k += 1
        elif t.pos in ("NOUN", "ADJ", "PROPN") and (inner or t.case == "Gen"):
            k += 1
        else:
            break
    return k if k > j else None


def _from_organization(r: TitleReader, s: Span, j: int, reading: Reading) -> int | None:
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
    descriptor = r.vocab.first_lemma(nxt.folded) in rules.ORG_DESCRIPTORS | {"партия"}
    return (
        j + 2
        if descriptor and s.has(j + 2, j) and toks[j + 2].text in grammar.OPENING_QUOTES
        else None
    )


def _where_it_serves(r: TitleReader, s: Span, j: int, reading: Reading) -> int | None:
    """`посол Японии в Чехии`, `полпред президента в округе`, `глава представительства США в
    регионе`:
    where the holder serves; read past on the way to the name, no part of the title."""
    toks = s.doc.tokens
    if toks[j].folded not in ("в", "во", "на") or not s.has(j + 1, j):
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


def _of_which(r: TitleReader, s: Span, j: int, reading: Reading) -> int | None:
    """`представительства …, главой которого является …`: `которого` is the noun the clause is
    about,
    in the genitive as the title takes it (`глава постоянного представительства`)."""
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
    reading.words.extend(r.genitive(toks[k].folded, number) for k in words)
    return j + 1


def _genitive(r: TitleReader, s: Span, j: int, reading: Reading) -> int | None:
    """`министр торговли`, `глава отдела корпоративных серверов и сетей`: lowercase genitives are
    part
    of the title (an adjective only before its noun; time words are not: `вратарь последних
    лет`)."""
    toks = s.doc.tokens
    t = toks[j]
    if (
        t.folded == "и"
        and not reading.located
        and s.has(j + 1, j)
        and toks[j + 1].case == "Gen"
        and toks[j + 1].text.islower()
    ):
        reading.words.append("и")
        return j + 1
    if not t.text.islower() or t.case != "Gen" or t.pos not in ("NOUN", "ADJ"):
        return None
    if t.pos == "NOUN" and not s.hangs_on_phrase(j) and reading.words != [reading.head]:
        # (the first genitive after the title word, whatever the tree says: `врио губернатора`)
        return None
    lemma = r.vocab.first_lemma(t.folded)
    if (
        lemma in rules.GEO_DESCRIPTORS
    ):  # `мэр города`: the title is `мэр`, whichever city the text means
        reading.located = True
        return j + 1
    if (
        t.pos == "ADJ" and lemma in r.city_adjectives
    ):  # `сопредседатель московского отделения`: where the unit is
        reading.place = reading.place or r.city_adjectives[lemma]
        return j + 1
    if t.pos == "ADJ" and not (
        s.has(j + 1, j) and toks[j + 1].case == "Gen" and toks[j + 1].pos in ("NOUN", "ADJ")
    ):
        return None
    if (
        reading.located
    ):  # `мэр города Немуро северного японского острова Хоккайдо`: words of a place
        k = j
        while s.has(k, j) and s.doc.tokens[k].case == "Gen" and k not in s.places:
            k += 1
        return k if k in s.places else None
    reading.words.append(t.folded)
    return j + 1


def _numbered(r: TitleReader, s: Span, j: int, reading: Reading) -> int | None:
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


def _po_phrase(r: TitleReader, s: Span, j: int, reading: Reading) -> int | None:
    """`министр по делам разведки`, `директор по стратегии и развитию бизнеса`."""
    toks = s.doc.tokens
    first = j + 1 + (s.has(j + 2, j) and toks[j + 1].pos == "ADV")  # `по особо важным делам`
    if (
        toks[j].folded != "по"
        or not s.has(first, j)
        or toks[first].case != "Dat"
        or not toks[first].text.islower()
    ):
        return None
    k = j + 1
    while (
        s.has(k, j)
        and toks[k].text.islower()
        and (
            toks[k].case == "Dat"
            or (k < first)
            or (toks[k].folded == "и" and s.has(k + 1, j) and toks[k + 1].case == "Dat")
        )
    ):
        k += 1
    reading.words.extend(toks[i].folded for i in range(j, k))
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
    _quoted,
    _before_a_name,
    _named,
    _genitive,
    _numbered,
    _po_phrase,
    _from_organization,
    _where_it_serves,
)
# After a named employer only where and in what field: `директор НАСА по космическим полётам`.
AFTER_EMPLOYER: tuple[Complement, ...] = (_place, _po_phrase, _where_it_serves)


def city_adjectives() -> dict[str, str]:
    """Adjectives of the cities the tables know → the city: `тбилисский` → `Тбилиси`, `минский` →
    `Минск` (the stem before `-ский` is the city's name, less a final vowel or `-ск`), and the
    irregular ones of `rules/titles.py` (`московский`, `подмосковный`)."""
    out: dict[str, str] = {}
    for city in country_rules.CITIES:
        name = city.lower().replace("ё", "е")
        for stem in dict.fromkeys((name, name[:-1], name.removesuffix("ск"))):
            if len(stem) >= 3:
                out.setdefault(stem + "ский", city)
    return out | rules.PLACE_ADJECTIVES


def canonical(title: str) -> str:
    """A title as the contract writes it: `глава МИД` → `министр иностранных дел`, `зав.` →
    `заведующий`."""
    title = rules.SYNONYMS.get(title, title)
    for phrase, written in rules.SYNONYMS.items():
        if title.startswith(phrase + " "):
            title = written + title[len(phrase) :]
    head, _, rest = title.partition(" ")
    return " ".join(w for w in (rules.WRITTEN_OUT.get(head, head), rest) if w)


def with_country(t: Title, country: str | None, place: str | None) -> Title:
    return replace(t, country=country, place=place)


# --- a title a verb states of its subject, tried in this order
# -------------------------------------


def _name_head(doc: Parsed, first: int, last: int) -> int:
    """The token of a name that the tree hangs on a word outside it."""
    return next((k for k in range(first, last) if not first <= doc.tokens[k].head < last), first)


def _predicate_noun(
    r: TitleReader, doc: Parsed, first: int, last: int, places: dict[int, Place], blocked: set[int]
) -> list[Title]:
    """`Санников — бывший заместитель министра`, `Перекопский был вице-президентом`: the title word
    is the predicate the name is the subject of."""
    toks = doc.tokens
    n = _name_head(doc, first, last)
    h = toks[n].head
    if not toks[n].rel.startswith("nsubj") or h < 0 or h in blocked or toks[h].sent != toks[n].sent:
        return []
    between = {toks[k].text for k in range(min(h, n) + 1, max(h, n))}
    linked = any(toks[c].rel == "cop" for c in doc.children(h)) or (
        h > n and between & grammar.DASHES
    )
    if not linked or r.title_word(doc, h) is None:
        return []
    t = r.phrase(doc, h, places, max(n + 1, h - 3) if h > n else h, len(toks), blocked)
    return [t] if t is not None and not t.plural else []


def _verbs_of(doc: Parsed, first: int, last: int) -> list[int]:
    """The verbs whose subject the name is: its head, through a noun it is the apposition of
    (`станет глава партии … Зурабишвили`), and the verbs joined to it that have no subject of their
    own (`уходит с поста …, но остается хореографом`)."""
    toks = doc.tokens
    n = _name_head(doc, first, last)
    # `Алексей Миллер, возглавляющий «Газпром»`: a participle that describes the name
    described = [
        c for c in doc.children(n) if toks[c].rel.startswith("acl") and toks[c].pos == "VERB"
    ]
    if toks[n].rel == "appos" and toks[n].head >= 0:
        n = toks[n].head
    v = toks[n].head
    if not toks[n].rel.startswith("nsubj") or v < 0 or toks[v].sent != toks[n].sent:
        return described
    joined = [
        c
        for c in doc.children(v)
        if toks[c].rel == "conj"
        and toks[c].pos in ("VERB", "AUX")
        and not any(toks[k].rel.startswith("nsubj") for k in doc.children(c))
    ]
    return [v, *joined, *described]


def _instrumental_of_a_copula(
    r: TitleReader, doc: Parsed, first: int, last: int, places: dict[int, Place], blocked: set[int]
) -> list[Title]:
    """`Петров был назначен министром`, `является депутатом`, `капитаном стал Баллак`, `покинул пост
    генерального директора`, `занял место спикера`: the verb whose subject the name is takes the
    title."""
    toks = doc.tokens
    out: list[Title | None] = []
    for v in _verbs_of(doc, first, last):
        verb = r.vocab.first_lemma(toks[v].folded)
        for c in doc.children(v):
            if c in blocked:
                continue
            if verb in rules.COPULAS and toks[c].case == "Ins" and r.title_word(doc, c):
                out.append(
                    r.phrase(
                        doc, c, places, max(v + 1, c - 3) if c > v else c - 3, len(toks), blocked
                    )
                )
            elif r.vocab.first_lemma(toks[c].folded) in rules.POSTS:
                held = next(
                    (g for g in doc.children(c) if toks[g].case == "Gen" and r.title_word(doc, g)),
                    None,
                )
                if held is not None:
                    out.append(r.phrase(doc, held, places, c + 1, len(toks), blocked))
    return [t for t in out if t is not None and not t.plural]


def _after_which(
    r: TitleReader, doc: Parsed, first: int, last: int, places: dict[int, Place], blocked: set[int]
) -> list[Title]:
    """`Перекопский, который в то время был вице-президентом «ВКонтакте»`, `Дуров покинул пост ее
    генерального директора`: read word by word where the tree misses the relative clause."""
    toks = doc.tokens
    i = last + (last < len(toks) and toks[last].text == ",")
    i += i < len(toks) and toks[i].folded in grammar.RELATIVES
    sent = toks[last - 1].sent
    for j in range(i, min(i + 6, len(toks))):
        t = toks[j]
        if t.sent != sent or t.text in (",", ".", ";") or t.text in grammar.QUOTES:
            return []
        lemma = r.vocab.first_lemma(t.folded)
        case = "Ins" if lemma in rules.COPULAS else "Gen" if lemma in rules.POSTS else None
        if case is None:
            continue
        k = j + 1  # `пост ее генерального директора`: a possessive, then modifiers, then the head
        while k < len(toks) and (
            toks[k].pos in ("DET", "ADJ") or toks[k].folded in ("ее", "её", "его", "их")
        ):
            k += 1
        if k >= len(toks) or k in blocked or toks[k].case != case or r.title_word(doc, k) is None:
            return []
        t = r.phrase(doc, k, places, j + 1, len(toks), blocked)
        return [t] if t is not None else []
    return []


def _named_by_someone(
    r: TitleReader, doc: Parsed, first: int, last: int, places: dict[int, Place], blocked: set[int]
) -> list[Title]:
    """`Клинсман назвал Йенса Лемана первым вратарём`, `Петрова избрали председателем`: the object
    of a
    verb of naming or choosing takes the title in the instrumental."""
    toks = doc.tokens
    n = _name_head(doc, first, last)
    v = toks[n].head
    if (
        toks[n].rel != "obj"
        or v < 0
        or r.vocab.first_lemma(toks[v].folded) not in rules.NAMING_VERBS
    ):
        return []
    held = next(
        (
            c
            for c in doc.children(v)
            if c not in blocked and toks[c].case == "Ins" and r.title_word(doc, c)
        ),
        None,
    )
    if held is None:
        return []
    t = r.phrase(doc, held, places, max(v + 1, held - 3), len(toks), blocked)
    return [t] if t is not None and not t.plural else []


def _heads_it(
    r: TitleReader, doc: Parsed, first: int, last: int, places: dict[int, Place], blocked: set[int]
) -> list[Title]:
    """`Иван Смирнов возглавил компанию «Норникель»`, `… возглавил управление МВД`: who heads
    something is its `глава` (`руководит` — its `руководитель`), and what is headed is read as the
    title's genitive (the object's noun in the genitive, then what follows it)."""
    toks = doc.tokens
    out: list[Title] = []
    for v in _verbs_of(doc, first, last):
        title = rules.HEADING_VERBS.get(r.vocab.first_lemma(toks[v].folded))
        obj = next(
            (
                c
                for c in doc.children(v)
                if toks[c].rel in ("obj", "obl")
                and toks[c].pos in ("NOUN", "PROPN")
                and c not in blocked
            ),
            None,
        )
        if title is None or obj is None:
            continue
        reading = Reading([title], title)
        span = Span(doc, places, len(toks), blocked, obj - 1)
        j = obj
        if toks[obj].text[:1].isupper() and obj not in places and (end := _named_end(r, span, obj)):
            reading.organization = r.organization_name(
                doc, obj, end
            )  # `возглавил Федерацию лыжных гонок`
            reading.stop, j = True, end
        elif toks[obj].text[:1].islower():
            # a body one heads (`управление` → `глава управления`), not a list or a rite one leads
            # (`возглавил рейтинг`, `возглавил панихиду`)
            lemma = r.vocab.first_lemma(toks[obj].folded)
            if lemma not in rules.HEADED_BODIES:
                continue
            if (
                _before_a_name(r, span, obj, reading) is None
            ):  # (`компанию «Норникель»`: the kind goes with the name)
                reading.words.append(r.genitive(toks[obj].folded, "sing"))
            j = obj + 1
        while span.has(j, obj):
            nxt = next(
                (
                    n
                    for rule in (AFTER_EMPLOYER if reading.stop else COMPLEMENTS)
                    if (n := rule(r, span, j, reading)) is not None
                ),
                None,
            )
            if nxt is None:
                break
            j = nxt
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
            )
        )
    return out


Stated = Callable[[TitleReader, Parsed, int, int, dict[int, Place], set[int]], list[Title]]
STATED: tuple[Stated, ...] = (
    _predicate_noun,
    _instrumental_of_a_copula,
    _named_by_someone,
    _heads_it,
    _after_which,
)
