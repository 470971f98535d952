"""Putting a name in the nominative and into its parts: `Сергеем Рябковым` → first `Сергей`,
last `Рябков`; `Ху Цзиньтао` → surname first; `Лавров Сергей Викторович` → with a patronymic."""

from __future__ import annotations

import os
from dataclasses import dataclass

from natasha.norm import inflect_word
from natasha.shape import recover_shape

from .document import Parsed, Token
from .geo import fold
from .models import Models
from .names import Mention
from .roles import TitleReader
from .rules import titles as title_rules
from .rules.grammar import UD_CASES
from .rules.names import (
    POSSESSIVE_STEMS,
    EAST_ASIAN_SURNAMES,
    GUESSED_ENDINGS,
    GUESSED_OBLIQUE,
    INDECLINABLE_ENDINGS,
    MASCULINE_GENITIVE,
    NAME_TAGS,
    PARTICLES,
    PATRONYMIC_ENDINGS,
)

ADJECTIVE_DATIVES = ("ому", "ему")
UD_GENDERS = {"Masc": "masc", "Fem": "femn"}


@dataclass(slots=True)
class ParsedName:
    """A name's parts in the nominative, as strings."""

    first: str | None
    middle: str | None
    last: str | None
    initials: str
    surname_first: bool = False
    written: str = ""  # the name as the text writes it (`Иванова`: her, or his genitive)


# --- one word in the nominative ------------------------------------------------------------------


def name_case(models: Models, toks: list[Token]) -> str | None:
    """The case a known first name shows unambiguously (`Яшаром`): the case of the whole name; else
    the one the first name and the surname share in one gender, as the tagger reads the first name
    (`блогершу Валерию Чекалину`: a woman's accusative, or a man's dative, read as accusative)."""
    # the last word of several is the surname's place, whatever first name it spells too
    # (`Михаила Зорина`: Зорина is also a woman's first name)
    for tok in toks[:-1] if len(toks) > 1 else toks:
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


def tagged_oblique(toks: list[Token]) -> str | None:
    """The one oblique case the tagger gives some words of a name it reads partly as nominative
    (`Ли Цяном`: Ли instrumental, Цяном nominative): the tagger's guess at a foreign word."""
    tagged = {
        UD_CASES.get(t.feats.get("Case", ""))
        for t in toks
        if len(t.text) > 1 and t.text[0].isalpha()
    } - {None}
    oblique = tagged - {"nomn"}
    return oblique.pop() if len(oblique) == 1 and "nomn" in tagged else None


def nominative(
    models: Models, tok: Token, name_case: str | None = None, oblique: str | None = None
) -> str:
    """The name word in the nominative: the parse that fits the tagger's case, names first;
    `oblique` is the case other words of the name are tagged with (see tagged_oblique)."""
    word = fold(tok.text)
    # pymorphy knows the word, but not as a name (`хамады` is a desert): its endings are guesses too
    unknown = not any(NAME_TAGS & p.tag.grammemes for p in models.morph_vocab.known(word))
    case = _case_to_read(models, tok, unknown, name_case, oblique)
    if case and case != "nomn":
        word = _from_dictionary(models, tok, case)
        if unknown and not _adjective_in(models, tok, case):
            # a foreign surname pymorphy only guesses at: undo the commonest endings
            word = _without_guessed_ending(tok, case, word)
    return _spelt_as_written(tok, _both_halves(fold(tok.text), word))


def _case_to_read(
    models: Models, tok: Token, unknown: bool, name_case: str | None, oblique: str | None
) -> str | None:
    """The case the word stands in: the tagger's, unless the name's first name, the rest of the
    name or the word's ending says otherwise; None for a foreign name that does not decline."""
    word = fold(tok.text)
    case = UD_CASES.get(tok.feats.get("Case", ""))
    if unknown and name_case:
        case = name_case  # the tagger guesses at foreign words; the first name beside it does not
    elif (
        name_case
        and name_case != case
        and name_case
        in {p.tag.case for p in models.morph_vocab.known(word) if "Surn" in p.tag.grammemes}
    ):
        case = name_case  # `блогершу Валерию Чекалину`: a surname in the case its first name shows
    if case == "nomn" and unknown:
        case = _guessed_oblique(models, word, oblique)
    if unknown and word.endswith("и") and not name_case:
        case = None  # `Лионеля Скалони`, `Саида Джалили`: a foreign name on `-и` does not decline
    if unknown and word.endswith(INDECLINABLE_ENDINGS):
        case = None  # `тренеру Этери Тутберидзе`
    return case


def _guessed_oblique(models: Models, word: str, oblique: str | None) -> str:
    """An unknown word the tagger reads as nominative: in the oblique case the rest of the name is
    tagged with, if it ends as that case does; in the genitive, if it ends as no nominative does
    (`министра Японии Сейджи Маехары`); else nominative."""
    case = "nomn"
    if oblique and any(word.endswith(e) for e, _ in GUESSED_ENDINGS.get(oblique, ())):
        case = oblique
    if case == "nomn" and GUESSED_OBLIQUE.search(word) and not _adjective_surname(models, word):
        case = "gent"
    return case


def _from_dictionary(models: Models, tok: Token, case: str) -> str:
    """The nominative of the parse in `case` that fits best, names first (`Анне` is the dative of
    `Анна` before it is the indeclinable `Анне`); natasha's inflection where none inflects."""
    parses = [
        p
        for p in models.morph_vocab(fold(tok.text))
        if p.tag.case == case and p.tag.POS in ("NOUN", "ADJF")
    ]
    gender = UD_GENDERS.get(tok.feats.get("Gender", ""))
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
            return form.word
    return fold(inflect_word(models.morph_vocab, tok))


def _without_guessed_ending(tok: Token, case: str, word: str) -> str:
    """`Хасэгавой` → `хасэгава`, `Ына` → `ын`: the commonest ending of `case` replaced by the
    nominative's, where the word has one; else `word` as the dictionary gave it."""
    masculine = case in ("gent", "accs") and tok.feats.get("Gender") == "Masc"
    endings = GUESSED_ENDINGS.get(case, ()) + (MASCULINE_GENITIVE if masculine else ())
    if fold(tok.text).endswith(ADJECTIVE_DATIVES):
        return word  # `Юрию Долгорукому`: an adjective's dative, which the dictionary reads right
    for ending, nominative_ending in endings:
        if fold(tok.text).endswith(ending) and len(tok.text) > len(ending) + 1:
            return fold(tok.text)[: -len(ending)] + nominative_ending
    return word


def _adjective_in(models: Models, tok: Token, case: str) -> bool:
    """A woman's surname shaped as an adjective in `case` declines as one (`Оксаны Заречной` →
    `Заречная`), though pymorphy knows the word as no name; a possessive stem (`-ов`, `-ин`:
    `Карасиной`) declines as a noun, whatever adjective it spells too."""
    word = fold(tok.text)
    return (
        word.endswith("ой")
        and not word[:-2].endswith(POSSESSIVE_STEMS)
        and any(
            p.tag.POS == "ADJF" and p.tag.case == case and p.tag.gender == "femn"
            for p in models.morph_vocab.known(word)
        )
    )


def _spelt_as_written(tok: Token, word: str) -> str:
    """The folded nominative `word` written as the text writes the name: its `ё`, its capitals."""
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
    ending, nominative_ending = old[2][common:], new[2][common:]
    if ending and old[0].endswith(ending) and len(old[0]) > len(ending) + 2:
        return old[0][: len(old[0]) - len(ending)] + nominative_ending + "-" + new[2]
    return word


# --- a whole name into its parts -----------------------------------------------------------------


class NameParser:
    """Reads a mention into a ParsedName: each word in the nominative unless the name is written
    so already, initials apart, particles with the word after them, then which word is which."""

    def __init__(self, models: Models, titles: TitleReader) -> None:
        self.models = models
        self.titles = titles

    def parse(self, doc: Parsed, m: Mention) -> ParsedName:
        toks = doc.tokens[m.first : m.last]
        # `супруга Петра Смирнова`: after a kinsman's word a name is whose kin that is, genitive
        kin = (
            m.first > 0
            and self.models.morph_vocab.first_lemma(doc.tokens[m.first - 1].folded)
            in title_rules.KIN
        )
        as_written = (
            (
                not kin
                and _all_nominative(self.models, toks, doc.tokens[m.first].rel.startswith("nsubj"))
            )
            or self._after_nominative_title(doc, m)
            or _a_womans_subject(self.models, doc, m)
        )
        words, initials = self._words(toks, as_written)
        parsed = self._parts(_with_particles(words), " ".join(initials))
        # (a genitive on a noun is no nominative: `Компания Иванова обанкротилась` is his)
        head = _mention_head(doc, m)
        if not doc.tokens[m.first if head is None else head].rel.startswith("nmod"):
            parsed.written = " ".join(t.text for t in toks)
        return parsed

    def _words(self, toks: list[Token], as_written: bool) -> tuple[list[str], list[str]]:
        """The name's words (in the nominative unless `as_written`) and its initials (`В.`)."""
        case, oblique = name_case(self.models, toks), tagged_oblique(toks)
        initials: list[str] = []
        words: list[str] = []
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
            elif t.pos in ("PROPN", "NOUN", "ADJ") and not as_written:
                words.append(nominative(self.models, t, case, oblique))
            else:
                words.append(t.text)
        return words, initials

    def _parts(self, words: list[str], initials: str) -> ParsedName:
        """Which word is the first name, the patronymic, the surname."""
        if not words:
            return ParsedName(None, None, None, initials)
        if len(words) == 1:
            if not initials and self._is_first_name(words[0]):
                return ParsedName(words[0], None, None, "")
            return ParsedName(None, None, words[0], initials)
        if fold(words[0]) in EAST_ASIAN_SURNAMES and not self._is_first_name(words[0]):
            return ParsedName(" ".join(words[1:]), None, words[0], initials, surname_first=True)
        if len(words) == 3 and self._is_patronymic(words[2]) and self._is_first_name(words[1]):
            # `Лавров Сергей Викторович`, as in lists and forms
            return ParsedName(words[1], words[2], words[0], "")
        return self._given_first(words, initials)

    def _given_first(self, words: list[str], initials: str) -> ParsedName:
        """`Сергей Викторович Лавров`, `Сергей Викторович`, `Сергей Лавров`: the surname last."""
        middle = None
        if len(words) >= 3 and self._is_patronymic(words[-2]):
            middle = words[-2]
            words = words[:-2] + words[-1:]
        elif (
            len(words) == 2
            and "Patr" in self._tags(words[1])
            and "Surn" not in self._tags(words[1])
        ):
            return ParsedName(words[0], words[1], None, "")
        return ParsedName(" ".join(words[:-1]), middle, words[-1], initials)

    def _title_past_genitives(self, doc: Parsed, at: int) -> int:
        """The token before the name at `at`, back past up to three genitives that are no title
        word (`премьер-министр Италии`): where a title the name follows would stand."""
        i = at - 1
        while (
            i >= 0
            and at - i <= 4
            and doc.tokens[i].feats.get("Case") == "Gen"
            and not self.titles.head_lemma(doc.tokens[i])
        ):
            i -= 1
        return i

    def _after_nominative_title(self, doc: Parsed, m: Mention) -> bool:
        """A name right after a title written in the nominative (past its genitives) is that title's
        apposition and nominative too, whatever the tagger says: `премьер-министр Италии Джорджа
        Мелони` (both words tagged genitive, `Джорджа` read as a man's)."""
        i = self._title_past_genitives(doc, m.first)
        head = self.titles.head_lemma(doc.tokens[i]) if i >= 0 else None
        if (
            head is None
            or doc.tokens[i].sent != doc.tokens[m.first].sent
            or head != fold(doc.tokens[i].text)
        ):
            return False
        # but `пресс-секретарь Путина Дмитрий Песков`, `советник Обамы`: a name another name
        # follows, or after a serving title with no nominative reading, is whose aide that is
        after = doc.tokens[m.last] if m.last < len(doc.tokens) else None
        if after is not None and after.text[:1].isupper() and after.pos == "PROPN":
            return False
        # after a serving title, or a noun between (`Гендиректор компании Алишера Усманова` owns
        # it), only a name every word of which can be nominative; after a state title and its
        # country, any name
        between = [doc.tokens[k] for k in range(i + 1, m.first)]
        trusted = head not in title_rules.SERVING and all(t.pos == "PROPN" for t in between)
        return trusted or all(
            any(p.tag.case == "nomn" for p in self.models.morph_vocab(fold(t.text)))
            for t in doc.tokens[m.first : m.last]
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
        return "Patr" in self._tags(word) or fold(word).endswith(PATRONYMIC_ENDINGS)


def _with_particles(words: list[str]) -> list[str]:
    """Particles stick to the word after them: `бин Ладен`."""
    merged: list[str] = []
    for w in words:
        if merged and fold(merged[-1]) in PARTICLES:
            merged[-1] = merged[-1] + " " + w
        else:
            merged.append(w)
    return merged


def _mention_head(doc: Parsed, m: Mention) -> int | None:
    """The word of the mention that hangs outside it: where the name sits in the sentence."""
    inside = range(m.first, m.last)
    return next((i for i in inside if doc.tokens[i].head not in inside), None)


def _a_womans_subject(models: Models, doc: Parsed, m: Mention) -> bool:
    """`Смирнова А. П. назначена …`, `А. В. Соколова выступила`: the subject of a verb in the
    feminine is a woman named in the nominative, whatever case the tagger gives (`Смирнова` is
    also a man's genitive)."""
    head = _mention_head(doc, m)
    if head is None or not doc.tokens[head].rel.startswith("nsubj"):
        return False
    verb = doc.tokens[head].head
    if verb < 0 or doc.tokens[verb].feats.get("Gender") != "Fem":
        return False
    # and every word can be a woman's nominative (not `Жена Ивана Смирнова выступила`)
    return all(
        any(
            p.tag.case == "nomn" and bool({"femn", "ms-f"} & p.tag.grammemes)
            for p in models.morph_vocab.known(fold(t.text))
        )
        or not models.morph_vocab.known(fold(t.text))
        for t in doc.tokens[m.first : m.last]
        if len(t.text) > 1 and t.text[0].isupper()
    )


def _all_nominative(models: Models, toks: list[Token], subject: bool = False) -> bool:
    """`режиссер Евгения Сафонова`: the tagger reads `Евгения` as a man's genitive and
    `Сафонова` as a woman's nominative; words of one name agree, and here all can be a woman's
    nominative; so can a name the tree makes a verb's `subject` (`Евгения Медведева является …`,
    both words tagged a man's genitive)."""
    words = [t for t in toks if len(t.text) > 1 and t.text[0].isupper()]
    cases = {t.feats.get("Case") for t in words}
    if len(words) < 2 or ("Nom" not in cases and not subject) or cases <= {"Nom"}:
        return False
    genders = [
        {
            p.tag.gender
            for p in models.morph_vocab.known(fold(t.text))
            if NAME_TAGS & p.tag.grammemes and p.tag.case == "nomn"
        }
        for t in words
    ]
    # a surname of either gender that does not decline (`Тимошенко`) agrees with any first name
    genders = [g for g in genders if not (g and g <= {None, "ms-f"})]
    return not genders or bool(set.intersection(*genders) - {None})
