"""Stage: persons — every named human, one record however often and in whatever form named,
with the name in the nominative, their roles and the title-only references to them."""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from natasha.norm import inflect_word
from natasha.shape import recover_shape

from .explain import Why
from .document import Parsed, Token
from .geo import Gazetteer, Place, fold, located
from .models import Models
from .names import Mention, NameFinder
from .roles import Title, TitleReader, with_country
from .rules import titles as title_rules
from .rules.countries import CONTESTED
from .rules.events import VISIT_NOUNS, VISIT_VERBS
from .rules.names import EAST_ASIAN_SURNAMES, PARTICLES


@dataclass(slots=True)
class Role:
    title: str
    country: str | None
    organization: str | None
    start: int
    end: int
    place: str | None = None
    why: Why = field(default_factory=dict)  # field → the rule that set it (explain mode)


@dataclass
class Person:
    first: str | None = None
    middle: str | None = None
    last: str | None = None
    initials: str = ""
    surname_first: bool = False  # `Ху Цзиньтао`: East Asian names keep the surname in front
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    references: list[tuple[int, int]] = field(default_factory=list)
    id: str = ""

    @property
    def name(self) -> str:
        first = self.first or self.initials
        parts = (self.last, first) if self.surname_first else (first, self.middle, self.last)
        return " ".join(p for p in parts if p)

    @property
    def key(self) -> str:
        return fold(self.last or self.first or "")

    @property
    def start(self) -> int:
        return min([m.start for m in self.mentions] + [r[0] for r in self.references])


@dataclass(slots=True)
class ParsedName:
    first: str | None
    middle: str | None
    last: str | None
    initials: str
    surname_first: bool = False


@dataclass
class PersonsResult:
    persons: list[Person]
    places: list[Place]
    by_token: dict[int, Person]  # token index → person named there (mentions and references)
    reference_titles: list[tuple[Title, Person | None]]
    hidden: tuple[tuple[int, int], ...] = ()  # spans whose mentions stand for nobody outside them

    def outside(self, spans: list[tuple[int, int]]) -> PersonsResult:
        """The same persons with what is named inside `spans` (quoted words) out of reach: `добавил
        он` after `«…разговор Путина с Карапетяном»` means the speaker, not Карапетян."""
        return PersonsResult(
            self.persons, self.places, self.by_token, self.reference_titles, tuple(spans)
        )

    def hides(self, at: int) -> bool:
        return any(a <= at < b for a, b in self.hidden)

    def holders(self, title: str) -> list[Person]:
        """Everyone holding `title` (by its canonical form): whom `Президенты` means."""
        canonical = title_rules.REFERENCE.get(title, title)
        return [
            p
            for p in self.persons
            if any(title_rules.REFERENCE.get(r.title, r.title) == canonical for r in p.roles)
        ]

    def antecedent(self, doc: Parsed, at: int, pronoun: str) -> Person | None:
        """Whom a pronoun at offset `at` means: the last person named before it whose gender
        agrees, a subject (nominative) of its sentence or the one before first — `Порошенко не видит
        необходимости смены премьера Яценюка. «…», – сказал он` is Порошенко."""
        gender = PRONOUN_GENDERS.get(fold(pronoun))
        here = doc.sentence_of(at)
        found: list[tuple[bool, int, int]] = []
        for k, p in enumerate(self.persons):
            if gender and _gender(doc, p) not in (None, gender):
                continue
            for m in p.mentions:
                if m.start < at and not self.hides(m.start):
                    tok = doc.tokens[m.first]
                    found.append(
                        (tok.feats.get("Case") == "Nom" and here - tok.sent <= 1, m.start, k)
                    )
        return self.persons[max(found)[2]] if found else self.last_before(at)

    def last_before(self, at: int) -> Person | None:
        """The person named (or referred to by title) last before offset `at`: whom `он` means."""
        best, pos = None, -1
        for p in self.persons:
            for start in [m.start for m in p.mentions] + [a for a, _ in p.references]:
                if pos < start < at and not self.hides(start):
                    best, pos = p, start
        return best


UD_GENDERS = {"Masc": "masc", "Fem": "femn"}
TRIP_WORDS = VISIT_NOUNS | VISIT_VERBS
PRONOUN_GENDERS = {
    "он": "Masc",
    "его": "Masc",
    "него": "Masc",
    "она": "Fem",
    "ее": "Fem",
    "её": "Fem",
    "нее": "Fem",
}
UD_CASES = {
    "Nom": "nomn",
    "Gen": "gent",
    "Dat": "datv",
    "Acc": "accs",
    "Ins": "ablt",
    "Loc": "loct",
}
NAME_TAGS = {"Name", "Surn", "Patr"}
# How many sentences away a title-only reference may find an untitled person it stands for.
MAX_REFERENCE_GAP = 3
# Case endings of names pymorphy does not know (`Карасиным`, `Хасэгавой`, `Маехары`); `-ем` after a
# vowel stands for `-й` (`Карзаем`, `Ханьхуэем`), after a hissing sound or `ц` for nothing
# (`Гутерришем`, as `Шульцем`), after another consonant for `-ь` (`Тинем`, as `Игорем`).
GUESSED_ENDINGS = {
    "ablt": (
        ("ым", ""),
        ("ом", ""),
        ("ой", "а"),
        *((v + "ем", v + "й") for v in "аеиоуэюя"),
        *((c + "ем", c) for c in "жшщчц"),
        ("ем", "ь"),
    ),
    "gent": (("ы", "а"), ("ой", "а")),
    "datv": (("е", "а"),),
}
# `Ким Чен Ына` → `Ын`: a masculine name on a consonant takes `-а` in the genitive (and animate
# accusative); on a soft sign or `-й`, `-я` (`Николая Юргеля` → `Юргель`, `Гайдая` → `Гайдай`).
MASCULINE_GENITIVE = (("ая", "ай"), ("ея", "ей"), ("уя", "уй"), ("оя", "ой"), ("я", "ь"), ("а", ""))
# Endings that a foreign name in the nominative singular hardly has (`Маехары`, `Хасэгавой`).
GUESSED_OBLIQUE = re.compile(r"(?:[^аеёиоуыэюя]ы|[аеиоуэюя][бвгдзклмнпрстфхцчшщ]ой)$")


def _nth_country(t: Title, n: int) -> Title:
    """`Президенты России и США Владимир Путин и Дональд Трамп`: the n-th holder, the n-th
    country."""
    if n >= max(len(t.countries), len(t.places)) or max(len(t.countries), len(t.places)) < 2:
        return t
    country = t.countries[n] if n < len(t.countries) else t.country
    place = (
        t.places[n] if n < len(t.places) else t.place
    )  # `Мэры Москвы и Петербурга …`: a city each
    return with_country(t, country, place)


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


SAME_NAME_RATIO = 0.85
OBJECT_PRONOUNS = {"его", "ее", "её", "их", "него", "нее", "неё", "них"}


def _role(doc: Parsed, t: Title, rule: str | None = None, **fields: str | None) -> Role:
    """The role a title phrase gives its holder; `fields` override the phrase's own reading."""
    read = {
        "title": t.title,
        "country": t.country,
        "organization": t.organization,
        "place": t.place,
    }
    read.update(fields)
    start, end = doc.tokens[t.first].start, doc.tokens[t.last - 1].end
    title, country, organization, place = read.values()
    return Role(title, country, organization, start, end, place, {"title": rule or t.rule})


def _one_holder(title: str) -> bool:
    return title in title_rules.ONE_HOLDER or title.startswith("министр ")


def _someone_else(me: Person, other: Person) -> bool:
    """Another person, not the same one misspelt (`Сааакашвили` beside `Саакашвили`)."""
    if other is me:
        return False
    a, b = fold(me.last or me.name), fold(other.last or other.name)
    return SequenceMatcher(None, a, b).ratio() < SAME_NAME_RATIO


def _travelled_to(doc: Parsed, p: Place) -> bool:
    """`во время визита в Германию`, `посетил Донецк`: where someone went says nothing of whose
    official he is."""
    if located(doc, p) and any(
        t.lemma in TRIP_WORDS for t in doc.tokens[max(0, p.first - 5) : p.first - 1]
    ):
        return True
    head = doc.tokens[p.first].head
    return head >= 0 and doc.tokens[p.first].rel == "obj" and doc.tokens[head].lemma in TRIP_WORDS


def _acted_in(doc: Parsed, p: Place, person: Person) -> bool:
    """`Рябков проведет в Женеве консультации`: the place hangs on a verb whose subject the person
    is."""
    verb = doc.tokens[p.first].head
    if not located(doc, p) or verb < 0 or doc.tokens[verb].pos != "VERB":
        return False
    for m in person.mentions:
        i = m.first
        for _ in range(4):  # through the title: `Замглавы МИД Сергей Рябков`
            t = doc.tokens[i]
            if t.rel.startswith("nsubj") and t.head == verb:
                return True
            if t.rel not in ("appos", "flat:name", "flat") or t.head < 0:
                break
            i = t.head
    return False


def _gender(doc: Parsed, p: Person) -> str | None:
    """The gender the tagger gives most of a person's name words, if one does."""
    votes = Counter(
        doc.tokens[i].feats.get("Gender") for m in p.mentions for i in range(m.first, m.last)
    )
    votes.pop(None, None)
    top = votes.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def _name_case(models: Models, toks: list[Token]) -> str | None:
    """The case a known first name shows unambiguously (`Яшаром`): the case of the whole name; else
    the one the first name and the surname share in one gender, as the tagger reads the first name
    (`блогершу Валерию Чекалину`: a woman's accusative, or a man's dative, read as accusative)."""
    for tok in toks:
        cases = {
            p.tag.case
            for p in models.morph_vocab.known(fold(tok.text))
            if "Name" in p.tag.grammemes
        }
        if len(cases) == 1:
            return cases.pop()
    readings = [
        {
            (p.tag.case, p.tag.gender)
            for p in models.morph_vocab.known(fold(t.text))
            if {"Name", "Surn"} & p.tag.grammemes
        }
        for t in toks
        if len(t.text) > 1
    ]
    if len(readings) < 2 or not all(readings):
        return None
    shared = set.intersection(*readings)
    tagged = UD_CASES.get(toks[0].feats.get("Case", ""))
    return next((case for case, _ in shared if case == tagged), None) if len(shared) > 1 else None


def _tagged_oblique(toks: list[Token]) -> str | None:
    """The one oblique case the tagger gives some words of a name it reads partly as nominative
    (`Ли Цяном`: Ли instrumental, Цяном nominative): the tagger's guess at a foreign word."""
    tagged = {
        UD_CASES.get(t.feats.get("Case", ""))
        for t in toks
        if len(t.text) > 1 and t.text[0].isalpha()
    } - {None}
    oblique = tagged - {"nomn"}
    return oblique.pop() if len(oblique) == 1 and "nomn" in tagged else None


def _nominative(
    models: Models, tok: Token, name_case: str | None = None, oblique: str | None = None
) -> str:
    """The name word in the nominative: the parse that fits the tagger's case, names first;
    `oblique` is the case other words of the name are tagged with (see _tagged_oblique)."""
    case = UD_CASES.get(tok.feats.get("Case", ""))
    word = fold(tok.text)
    # pymorphy knows the word, but not as a name (`хамады` is a desert): its endings are guesses too
    unknown = not any(NAME_TAGS & p.tag.grammemes for p in models.morph_vocab.known(word))
    if unknown and name_case:
        case = name_case  # the tagger guesses at foreign words; the first name beside it does not
    elif (
        name_case
        and name_case != case
        and name_case
        in {p.tag.case for p in models.morph_vocab.known(word) if "Surn" in p.tag.grammemes}
    ):
        case = name_case  # `блогершу Валерию Чекалину`: a surname in the case its first name shows
    if (
        case == "nomn"
        and unknown
        and oblique
        and any(word.endswith(e) for e, _ in GUESSED_ENDINGS.get(oblique, ()))
    ):
        case = oblique  # and it ends as that case does
    if (
        case == "nomn"
        and unknown
        and GUESSED_OBLIQUE.search(word)
        and not _adjective_surname(models, word)
    ):
        # the tagger reads unknown foreign names as nominative: `министра Японии Сейджи Маехары`
        case = "gent"
    if unknown and word.endswith("и") and not name_case:
        case = None  # `Лионеля Скалони`, `Саида Джалили`: a foreign name on `-и` does not decline
    if case and case != "nomn":
        parses = [
            p
            for p in models.morph_vocab(word)
            if p.tag.case == case and p.tag.POS in ("NOUN", "ADJF")
        ]
        gender = UD_GENDERS.get(tok.feats.get("Gender", ""))
        # `Анне` is the dative of `Анна` before it is the indeclinable `Анне`
        parses.sort(
            key=lambda p: (
                not (NAME_TAGS & p.tag.grammemes),
                p.tag.POS != "NOUN",
                p.tag.number == "plur",
                p.tag.gender == "neut",
                gender is not None and p.tag.gender is not None and p.tag.gender != gender,
                "Fixd" in p.tag.grammemes,
            )
        )
        for p in parses:
            form = p.inflect({"nomn", "sing"})
            if form:
                word = form.word
                break
        else:
            word = fold(inflect_word(models.morph_vocab, tok))
        if unknown:  # a foreign surname pymorphy only guesses at: undo the commonest endings
            endings = GUESSED_ENDINGS.get(case, ()) + (
                MASCULINE_GENITIVE
                if case in ("gent", "accs") and tok.feats.get("Gender") == "Masc"
                else ()
            )
            for ending, nominative in endings:
                if fold(tok.text).endswith(ending) and len(tok.text) > len(ending) + 1:
                    word = fold(tok.text)[: -len(ending)] + nominative
                    break
    word = _both_halves(fold(tok.text), word)
    if word == fold(tok.text):
        return _unshouted(tok.text)  # already nominative: keep the text's own spelling (`Ёко`)
    # the analysis folds `ё`; put it back where the text had it (`Мирзиёевым` → `Мирзиёев`)
    word = "".join(
        "ё" if c == "е" and i < len(tok.text) and tok.text[i] in "ёЁ" else c
        for i, c in enumerate(word)
    )
    try:
        return _unshouted(recover_shape(word, tok.text))
    except Exception:
        return _unshouted(tok.text)


def _adjective_surname(models: Models, word: str) -> bool:
    """A surname shaped as a masculine adjective in the nominative: `Мостовой`, `Луговой`,
    `Толстой`."""
    return any(
        p.tag.POS == "ADJF" and {"masc", "nomn"} <= p.tag.grammemes
        for p in models.morph_vocab(word)
    )


def _unshouted(word: str) -> str:
    """`Андрей ШАХОВ` in a headline is `Шахов` (short capitals are abbreviations, not names)."""
    return word.capitalize() if len(word) > 3 and word.isupper() and word.isalpha() else word


def _both_halves(text: str, word: str) -> str:
    """`петрова-водкина` → `петрова-водкин` leaves the first half as it was; where it ends as the
    second did, it changes as the second did (`петров-водкин`; `бонч-бруевич` keeps `бонч`)."""
    old, new = text.partition("-"), word.partition("-")
    if not (old[1] and new[1]) or old[0] != new[0] or old[2] == new[2]:
        return word
    common = len(os.path.commonprefix([old[2], new[2]]))
    ending, nominative = old[2][common:], new[2][common:]
    if ending and old[0].endswith(ending) and len(old[0]) > len(ending) + 2:
        return old[0][: len(old[0]) - len(ending)] + nominative + "-" + new[2]
    return word


def _given_names_agree(a: str, b: str) -> bool:
    """`Реджеп` and `Реджеп Тайип` name one person: one list of given names begins the other."""
    a, b = fold(a) + " ", fold(b) + " "
    return a.startswith(b) or b.startswith(a)


class PersonFinder:
    def __init__(self, models: Models, gazetteer: Gazetteer) -> None:
        self.models = models
        self.gazetteer = gazetteer
        self.names = NameFinder(models.morph_vocab)
        self.titles = TitleReader(models.morph_vocab, models.lemma_forms)

    def parse_name(self, doc: Parsed, m: Mention) -> ParsedName:
        toks = doc.tokens[m.first : m.last]
        name_case, oblique = _name_case(self.models, toks), _tagged_oblique(toks)
        as_written = self._all_nominative(
            toks, doc.tokens[m.first].rel.startswith("nsubj")
        ) or self._after_nominative_title(doc, m.first, m.last)
        initials, words = [], []
        for t in toks:
            # after an East Asian family name a capital letter is a given name (`Ван И`), no initial
            if (
                len(t.text) == 1
                and t.text.isupper()
                and not (len(words) == 1 and fold(words[0]) in EAST_ASIAN_SURNAMES)
            ):
                initials.append(t.text + ".")
            elif t.text == ".":
                continue
            elif fold(t.text) in PARTICLES:
                words.append(t.text)
            else:
                words.append(
                    _nominative(self.models, t, name_case, oblique)
                    if t.pos in ("PROPN", "NOUN", "ADJ") and not as_written
                    else t.text
                )
        # particles stick to the word after them: `бин Ладен`
        merged: list[str] = []
        for w in words:
            if merged and fold(merged[-1]) in PARTICLES:
                merged[-1] = merged[-1] + " " + w
            else:
                merged.append(w)
        words = merged
        if not words:
            return ParsedName(None, None, None, " ".join(initials))
        if len(words) == 1:
            w = words[0]
            if not initials and self._is_first_name(w):
                return ParsedName(w, None, None, "")
            return ParsedName(None, None, w, " ".join(initials))
        if fold(words[0]) in EAST_ASIAN_SURNAMES and not self._is_first_name(words[0]):
            return ParsedName(
                " ".join(words[1:]), None, words[0], " ".join(initials), surname_first=True
            )
        middle = None
        if len(words) == 3 and self._is_patronymic(words[2]) and self._is_first_name(words[1]):
            return ParsedName(
                words[1], words[2], words[0], ""
            )  # `Лавров Сергей Викторович`, as in lists and forms
        if len(words) >= 3 and self._is_patronymic(words[-2]):
            middle = words[-2]
            words = words[:-2] + words[-1:]
        elif (
            len(words) == 2
            and "Patr" in self._tags(words[1])
            and "Surn" not in self._tags(words[1])
        ):
            return ParsedName(words[0], words[1], None, "")
        return ParsedName(" ".join(words[:-1]), middle, words[-1], " ".join(initials))

    def _all_nominative(self, toks: list[Token], subject: bool = False) -> bool:
        """`режиссер Евгения Сафонова`: the tagger reads `Евгения` as a man's genitive and
        `Сафонова`
        as a woman's nominative; words of one name agree, and here all can be a woman's nominative;
        so can a name the tree makes a verb's `subject` (`Евгения Медведева является …`, both
        words tagged a man's genitive)."""
        words = [t for t in toks if len(t.text) > 1 and t.text[0].isupper()]
        cases = {t.feats.get("Case") for t in words}
        if len(words) < 2 or ("Nom" not in cases and not subject) or cases <= {"Nom"}:
            return False
        genders = [
            {
                p.tag.gender
                for p in self.models.morph_vocab.known(fold(t.text))
                if NAME_TAGS & p.tag.grammemes and p.tag.case == "nomn"
            }
            for t in words
        ]
        return bool(set.intersection(*genders) - {None})

    def _after_nominative_title(self, doc: Parsed, first: int, last: int) -> bool:
        """A name right after a title written in the nominative (past its genitives) is that title's
        apposition and nominative too, whatever the tagger says: `премьер-министр Италии Джорджа
        Мелони` (both words tagged genitive, `Джорджа` read as a man's)."""
        i = first - 1
        while (
            i >= 0
            and first - i <= 4
            and doc.tokens[i].feats.get("Case") == "Gen"
            and not self.titles.head_lemma(doc.tokens[i])
        ):
            i -= 1
        head = self.titles.head_lemma(doc.tokens[i]) if i >= 0 else None
        if (
            head is None
            or doc.tokens[i].sent != doc.tokens[first].sent
            or head != fold(doc.tokens[i].text)
        ):
            return False
        # but `пресс-секретарь Путина Дмитрий Песков`, `советник Обамы`: a name another name
        # follows,
        # or after a serving title with no nominative reading, is whose aide that is
        if (
            last < len(doc.tokens)
            and doc.tokens[last].text[:1].isupper()
            and doc.tokens[last].pos == "PROPN"
        ):
            return False
        # after a serving title, or a noun between (`Гендиректор компании Алишера Усманова` owns
        # it), only
        # a name every word of which can be nominative; after a state title and its country, any
        # name
        between = [doc.tokens[k] for k in range(i + 1, first)]
        trusted = head not in title_rules.SERVING and all(t.pos == "PROPN" for t in between)
        return trusted or all(
            any(p.tag.case == "nomn" for p in self.models.morph_vocab(fold(t.text)))
            for t in doc.tokens[first:last]
            if len(t.text) > 1
        )

    def _tags(self, word: str) -> set[str]:
        parses = self.models.morph_vocab(fold(word))
        return set(parses[0].tag.grammemes) if parses else set()

    def _is_first_name(self, word: str) -> bool:
        known = self.models.morph_vocab.known(fold(word))
        return (
            bool(known)
            and "Name" in known[0].tag.grammemes
            and not any("Surn" in p.tag.grammemes for p in known)
        )

    def _is_patronymic(self, word: str) -> bool:
        return "Patr" in self._tags(word) or fold(word).endswith(
            ("ович", "евич", "овна", "евна", "ична", "инична")
        )

    def run(self, doc: Parsed) -> PersonsResult:
        places = self.gazetteer.find(doc)
        mentions = self.names.find(doc, places)
        persons = self._cluster(doc, mentions)
        place_at = {i: p for p in places for i in range(p.first, p.last)}
        by_token: dict[int, Person] = {}
        for p in persons:
            for m in p.mentions:
                for i in range(m.first, m.last):
                    by_token[i] = p
        blocked = set(by_token)
        used: set[int] = set()
        owners = self._owners(doc, persons, by_token)
        for p in persons:
            for m in p.mentions:
                if m.first in owners:
                    continue  # `советника Обамы Тони Донилона`: the title is Донилон's, not Обама's
                coordinated = (
                    m.last + 1 < len(doc.tokens)
                    and fold(doc.tokens[m.last].text) in ("и", ",")
                    and (m.last + 1) in by_token
                )
                found = [
                    t
                    for t in self.titles.before(doc, m.first, place_at, blocked)
                    if not t.plural or coordinated
                ]
                found = [_nth_country(t, 0) for t in found]
                found += [
                    _nth_country(t, 1)
                    for t in self._shared_title(doc, m, by_token, place_at, blocked)
                ]
                found += self.titles.after(doc, m.last, place_at, blocked)
                found += self.titles.stated(doc, m.first, m.last, place_at, blocked)
                for t in found:
                    used.update(range(t.first, t.last))
                    if t.title:
                        p.roles.append(_role(doc, t))
        main_countries = self._main_countries(places, used)
        destinations = [pl for pl in places if _travelled_to(doc, pl)]  # places someone goes to
        held: dict[tuple[str, str | None], list[Person]] = {}
        for p in persons:
            for r in p.roles:
                if r.country and _one_holder(r.title):
                    held.setdefault((r.title, r.country), []).append(p)
        for p in persons:
            # `Президент Медведев прибыл на Украину …`: the country the text is about may be where
            # he went
            sents = {doc.tokens[m.first].sent for m in p.mentions}
            # (`проведет в Женеве консультации`: where he acts is not whom he serves either)
            went = {pl.country for pl in destinations if doc.tokens[pl.first].sent in sents}
            went |= {pl.country for pl in places if _acted_in(doc, pl, p)}
            countries = [c for c in main_countries if c not in went]
            p.roles = self._merge_roles(
                doc, p.roles, places, used, countries, destinations, held, p
            )
        refs = self._references(doc, persons, place_at, used | blocked, by_token)
        for first, (
            holder,
            owner,
        ) in owners.items():  # after references: they may give the owner an office
            self._aide_role(doc, holder, owner, first, place_at, blocked, used)
        result = PersonsResult(persons, places, by_token, refs)
        self._pronoun_titles(doc, result, place_at, blocked)
        return result

    def _pronoun_titles(
        self, doc: Parsed, result: PersonsResult, place_at: dict[int, Place], blocked: set[int]
    ) -> None:
        """`В настоящий момент он является депутатом парламента`: a title stated of `он`/`она` is
        the
        title of the person the pronoun stands for."""
        for i, tok in enumerate(doc.tokens):
            if tok.folded not in ("он", "она") or not tok.rel.startswith("nsubj"):
                continue
            stated = self.titles.stated(doc, i, i + 1, place_at, blocked)
            holder = result.antecedent(doc, tok.start, tok.text) if stated else None
            for t in stated if holder is not None else []:
                if all(r.title != t.title for r in holder.roles):
                    holder.roles.append(_role(doc, t, "title stated of a pronoun"))

    def _owners(
        self, doc: Parsed, persons: list[Person], by_token: dict[int, Person]
    ) -> dict[int, tuple[Person, Person]]:
        """Names in the genitive directly before another name are whose aide that one is:
        `советника Обамы Тони Донилона` → {first token of `Обамы`: (Донилон, Обама)}."""
        out = {}
        for p in persons:
            for m in p.mentions:
                nxt = by_token.get(m.last)
                genitive = "Gen" in (
                    doc.tokens[m.first].feats.get("Case"),
                    doc.tokens[m.last - 1].feats.get("Case"),
                )
                if (
                    nxt is not None
                    and nxt is not p
                    and genitive
                    and doc.tokens[m.last].start - doc.tokens[m.last - 1].end == 1
                ):
                    out[m.first] = (nxt, p)
        return out

    def _aide_role(
        self,
        doc: Parsed,
        holder: Person,
        owner: Person,
        first: int,
        place_at: dict[int, Place],
        blocked: set[int],
        used: set[int],
    ) -> None:
        """The aide's title names the office of the one served: `советник президента`, `США`."""
        office = next((r for r in owner.roles if state_title(r.title)), None)
        for t in self.titles.before(doc, first, place_at, blocked, served=True):
            used.update(range(t.first, t.last))
            title, country = t.title, t.country
            if office is not None:
                genitive = self.models.morph_vocab(office.title.split(" ")[0])[0].inflect(
                    {"gent", "sing"}
                )
                title = " ".join([title, genitive.word if genitive else office.title])
                country = country or office.country
            holder.roles.append(_role(doc, t, "aide of an office", title=title, country=country))

    def _shared_title(
        self,
        doc: Parsed,
        m: Mention,
        by_token: dict[int, Person],
        place_at: dict[int, Place],
        blocked: set[int],
    ) -> list[Title]:
        """`заместителями министра Сергеем Рябковым и Григорием Карасиным`: both hold the title."""
        i = m.first - 1
        if i < 1 or fold(doc.tokens[i].text) not in ("и", ",") or (i - 1) not in by_token:
            return []
        prev = by_token[i - 1]
        pm = next((x for x in prev.mentions if x.last == i), None)
        if pm is None:
            return []
        titles = self.titles.before(doc, pm.first, place_at, blocked)
        return [t for t in titles if t.plural]

    def _cluster(self, doc: Parsed, mentions: list[Mention]) -> list[Person]:
        parsed = [(m, self.parse_name(doc, m)) for m in mentions]
        persons: list[Person] = []
        # full names first, so that a bare surname joins the person it abbreviates
        order = sorted(
            range(len(parsed)),
            key=lambda k: (
                parsed[k][0].echo,
                parsed[k][1].first is None or parsed[k][1].last is None,
                k,
            ),
        )
        owner: dict[int, Person] = {}  # a mention's last token → its person
        for k in order:
            m, n = parsed[k]
            target = owner.get(m.first - 2) if m.echo else None
            target = target or self._match(persons, n)
            if target is None:
                target = Person(n.first, n.middle, n.last, n.initials, n.surname_first)
                persons.append(target)
            else:
                target.first = target.first or n.first
                target.middle = target.middle or n.middle
                target.last = target.last or n.last
                target.initials = target.initials or n.initials
                target.surname_first = target.surname_first or n.surname_first
            target.mentions.append(m)
            owner[m.last - 1] = target
        for p in persons:
            p.mentions.sort(key=lambda x: x.start)
        persons.sort(key=lambda p: p.start)
        return persons

    def _match(self, persons: list[Person], n: ParsedName) -> Person | None:
        if n.last:
            cands = [p for p in persons if p.last and fold(p.last) == fold(n.last)]
            if n.first:
                # `Реджеп Эрдоган` is `Реджеп Тайип Эрдоган`: one given-name list begins the other
                exact = [p for p in cands if p.first and _given_names_agree(p.first, n.first)]
                if exact:
                    return exact[0]
                cands = [p for p in cands if not p.first]
            if n.initials:
                cands = [p for p in cands if not p.first or p.first[0] == n.initials[0]] or cands
            return cands[-1] if cands else None
        if n.first:
            cands = [p for p in persons if p.first and fold(p.first) == fold(n.first)]
            return cands[0] if len(cands) == 1 else None
        return None

    def _references(
        self,
        doc: Parsed,
        persons: list[Person],
        place_at: dict[int, Place],
        used: set[int],
        by_token: dict[int, Person],
    ) -> list[tuple[Title, Person | None]]:
        found: list[tuple[Title, str]] = []
        named = set(by_token)
        for i, tok in enumerate(doc.tokens):
            if i in used or not self.titles.head_lemma(tok) or self.models.morph_vocab.plural(tok):
                continue
            if (
                i > 0
                and tok.feats.get("Case") == "Gen"
                and doc.tokens[i - 1].lemma in title_rules.KIN
            ):
                continue  # `сын президента Казахстана`: the president is not who is named next
            lo = i
            while (
                lo > 0
                and doc.tokens[lo - 1].sent == tok.sent
                and doc.tokens[lo - 1].pos == "ADJ"
                and (lo - 1) not in used
            ):
                lo -= 1
            t = self.titles.phrase(doc, i, place_at, lo, len(doc.tokens), named)
            # build() leaves the country out: `главе белорусского государства` → `глава государства`
            canonical = title_rules.REFERENCE.get(t.title) if t else None
            if canonical is None and t is not None and t.title not in title_rules.STATE:
                # `Мэр города Немуро` after `мэром … Сюнскэ Хасэгавой`: a title only one person
                # holds
                holders = [p for p in persons if any(r.title == t.title for r in p.roles)]
                # `мэра Москвы`, held by nobody the text names with it: perhaps by someone it names
                # bare
                canonical = (
                    t.title
                    if len(holders) == 1 or (not holders and (t.country or t.place))
                    else None
                )
            if canonical is not None:
                found.append((t, canonical))
        # `Вместе с президентом приехали Дмитрий Медведев`: whoever is named beside a bare title is
        # someone else
        beside: dict[str, set[int]] = {}
        for t, canonical in found:
            beside.setdefault(canonical, set())
            if t.country is None:
                beside[canonical].add(doc.tokens[t.first].sent)
        out: list[tuple[Title, Person | None]] = []
        for t, canonical in found:
            person = self._resolve(doc, persons, canonical, t, beside[canonical])
            if person is not None:
                person.references.append((doc.tokens[t.first].start, doc.tokens[t.last - 1].end))
                for k in range(t.first, t.last):
                    by_token.setdefault(k, person)
            out.append((t, person))
        return out

    def _resolve(
        self, doc: Parsed, persons: list[Person], canonical: str, t: Title, beside: set[int]
    ) -> Person | None:
        country, at = t.country, doc.tokens[t.first].start

        def fits(
            p: Person,
        ) -> bool:  # `глава NASA` is no head of state, whatever `глава` alone means
            return any(
                title_rules.REFERENCE.get(r.title, r.title) == canonical
                and r.organization is None
                and (country is None or r.country in (None, country))
                for r in p.roles
            )

        cands = [p for p in persons if fits(p)]
        if not cands:
            return self._unroled(doc, persons, canonical, t, beside)
        if country is None and len(cands) > 1:
            before = [p for p in cands if min(m.start for m in p.mentions) < at]
            if not before:
                return None
            return max(
                before, key=lambda p: max([m.start for m in p.mentions if m.start < at], default=-1)
            )
        return cands[0] if len(cands) == 1 else None

    def _unroled(
        self, doc: Parsed, persons: list[Person], canonical: str, t: Title, beside: set[int]
    ) -> Person | None:
        """`визита российского президента … Путин`: a reference that names its country and fits no
        titled person means the nearest person the text gives no title; that person gains the
        role."""
        if (t.country is None and t.place is None) or t.title.split(" ")[
            0
        ] in title_rules.LOOSE_REFERENCES:
            return None  # `российского лидера` is too loose to give anyone a title
        head = t.head
        if doc.tokens[head].feats.get("Case") == "Ins" and any(
            fold(doc.tokens[i].text) in ("с", "со") for i in range(max(0, t.first - 2), head)
        ):
            return None  # `переговоры с председателем КНР`: the one met is someone else
        sent = doc.tokens[t.first].sent
        # a head of state or government may be someone the sentence names (`визита российского
        # президента …
        # Путин`); another title is of someone named before it (`Японский посол не сообщил о поездке
        # Медведева`)
        earlier_only = t.title not in title_rules.REFERENCE
        best: tuple[int, int, Person] | None = None
        tied = False
        female = self.titles.feminine(t.title.split(" ")[0])
        for p in persons:
            if p.roles or p.last is None or (female and _gender(doc, p) == "Masc"):
                continue  # (`актриса` is no man)
            sents = {doc.tokens[m.first].sent for m in p.mentions}
            if (
                sents & beside
                or (earlier_only and min(sents) >= sent)
                or self._acts_on_him(doc, p, sent)
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
        p.roles.append(_role(doc, t, "title-only reference", title=canonical, organization=None))
        return p

    @staticmethod
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

    def _main_countries(self, places: list[Place], used: set[int]) -> list[str]:
        """Countries by how often they are named; in a tie, the one named most outside title phrases
        first (`Президент Египта … прибыл в Россию … его встретил министр`: the minister is
        Russia's)."""
        named = [
            (p.country, p.first not in used)
            for p in places
            if p.country and p.kind != "institution"
        ]
        counts, free = Counter(c for c, _ in named), Counter(c for c, outside in named if outside)
        return sorted(counts, key=lambda c: (-counts[c], -free[c]))

    def _merge_roles(
        self,
        doc: Parsed,
        roles: list[Role],
        places: list[Place],
        used: set[int],
        countries: list[str],
        destinations: list[Place],
        held: dict[tuple[str, str | None], list[Person]],
        me: Person,
    ) -> list[Role]:
        """The person's roles, each once, with the country filled where the phrase named none.
        `countries`: the document's, most named first, save those the person went to."""
        titled = {r.title: r.country for r in roles if r.country}
        out: list[Role] = []
        seen: set[tuple[str, str | None]] = set()
        main_country = next(iter(countries), None)
        for r in roles:
            country = (
                r.country
                or titled.get(r.title)
                or (
                    None
                    if r.organization
                    else next(
                        (
                            x.country
                            for x in roles
                            if x.country and x.organization is None and abs(x.start - r.end) < 3
                        ),
                        None,
                    )
                )
            )
            if (
                country is None
                and r.place is not None
                and r.organization is None
                and r.place not in CONTESTED
            ):
                # `депутат собрания района Отрадное`: a place of the country the text is about
                country = main_country
            # a state title, or an aide's of a state office (`пресс-секретарь президента`), with no
            # country
            if country is None and state_title(r.title) and r.organization is None:
                # the country the sentence names (not where something happens: `находится в
                # Москве`),
                # else the document's; never one whose only holder of the office the text names
                sent = doc.sentence_of(r.start)
                here = [
                    p.country
                    for p in places
                    if doc.tokens[p.first].sent == sent
                    and p.first not in used
                    and p.kind != "institution"
                    and p not in destinations
                    and not located(doc, p)
                ]
                free = [
                    c
                    for c in here + countries
                    if not any(_someone_else(me, h) for h in held.get((r.title, c), []))
                ]
                country = free[0] if free else None
            key = (r.title, country)
            if key in seen:
                continue
            seen.add(key)
            out.append(Role(r.title, country, r.organization, r.start, r.end, r.place, r.why))
        # `премьер` beside `премьер-министр` of the same country is the same office said short
        full = {(r.title, r.country) for r in out}
        return [
            r
            for r in out
            if title_rules.REFERENCE.get(r.title, r.title) == r.title
            or (title_rules.REFERENCE[r.title], r.country) not in full
        ]
