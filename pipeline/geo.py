"""Countries and cities named in a text: nouns, official names, abbreviations and adjectives.

Country names come from pycountry's Russian translation of ISO 3166; `rules/countries.py` adds
the short forms news uses, adjectives, abbreviations and cities.
"""

from __future__ import annotations

import gettext
import json
import os
import re
from dataclasses import dataclass

import cyrtranslit
import pycountry

from .document import Parsed, Token
from .models import MorphVocab
from .rules import countries as rules

MAX_WORDS = 6
Found = tuple[str | None, str | None, str, str | None]  # country, city, kind, region
STATE_NOUNS = {"республика", "федерация", "королевство", "государство", "княжество", "эмират"}


@dataclass(slots=True, frozen=True)
class Place:
    start: int
    end: int
    first: int  # token range [first, last)
    last: int
    country: str | None
    city: str | None
    kind: str  # country, adjective, city, region, institution
    region: str | None = (
        None  # a region's name in the nominative (`Приморский край` for `Приморья`)
    )


def fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def located(doc: Parsed, p: Place) -> bool:
    """The place follows `в`, `во` or `на`: where something is or goes (`в Москве`, `на
    Украину`)."""
    return p.first > 0 and fold(doc.tokens[p.first - 1].text) in ("в", "во", "на")


def romanised(word: str) -> str:
    """A key romanised Russian adjectives share however spelled: `Хабаровский` (from the text, via
    cyrtranslit) and `Khabarovskiy` (pycountry) are both `habarovsk`."""
    latin = word if word.isascii() else cyrtranslit.to_latin(word, "ru")
    key = (
        re.sub(r"['\"]", "", latin.lower()).replace("kh", "h").replace("ye", "e").replace("j", "y")
    )
    key = key.replace("cz", "ts").replace("shh", "shch")  # cyrtranslit writes ц, щ so
    return re.sub(r"(?:aya|iy|yy|y|oy|oye|oe)$", "", key)


class Gazetteer:
    """Lemma sequences → places. Built once, with the pipeline's one morphological analyzer."""

    def __init__(self, vocab: MorphVocab) -> None:
        self.vocab = vocab
        self.names: dict[tuple[str, ...], Found] = {}
        self.first_words: set[str] = set()  # a place name can start only with one of these
        self.lowercase: set[str] = (
            set()
        )  # lowercase words inside names (`и` in `Тринидад и Тобаго`)
        ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
        by_code: dict[str, str] = {}
        for c in pycountry.countries:
            names = [getattr(c, a, None) for a in ("name", "official_name", "common_name")]
            ru_names = [ru.gettext(n).replace("\u0301", "") for n in names if n]
            canonical = (
                rules.CANONICAL.get(c.alpha_2)
                or ru_names[-1 if getattr(c, "common_name", None) else 0]
            )
            by_code[c.alpha_2] = canonical
            for n in ru_names + [canonical]:
                self._add(n, canonical, None, "country")
        for alias, canonical in rules.ALIASES.items():
            self._add(alias, canonical, None, "country")
        for city, country in rules.CITIES.items():
            self._add(city, country, rules.CITY_NAMES.get(city, city), "city")
        for region, country in rules.REGIONS.items():
            self._add(region, country, None, "region", rules.REGION_NAMES.get(region, region))
        # regions: pycountry's Russian names where it has them (`Луганская область`), else a key of
        # the romanised name (`Tyumenskaya oblast'`) that the text's words are romanised to meet
        sub_ru = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"])
        self.romanised: dict[tuple[str, str], str] = {}
        # (pycountry's own JSON: building its 5,000 subdivision objects costs 0.05 s of every start)
        with open(os.path.join(pycountry.DATABASE_DIR, "iso3166-2.json"), encoding="utf-8") as f:
            subdivisions = json.load(f)["3166-2"]
        for sub in subdivisions:
            code, name = sub["code"][:2], sub_ru.gettext(sub["name"])
            if (
                name != sub["name"]
                and not name.isascii()
                and any(w in rules.REGION_TYPES for w in name.lower().split())
            ):
                self._add(
                    name, by_code.get(code), None, "region", name
                )  # `Сумская область`; not one-word names (`Кордова`)
            elif code in rules.ROMANISED_SUBDIVISIONS:
                words = sub["name"].lower().replace("'", "").split()
                if len(words) >= 2 and words[-1] in rules.REGION_TYPES.values():
                    self.romanised[(romanised(words[0]), words[-1])] = rules.ROMANISED_SUBDIVISIONS[
                        code
                    ]
        for word, country in rules.INSTITUTIONS.items():
            self._add(word, country, rules.INSTITUTION_CITIES.get(word), "institution")
        # a capitalised word may start or continue a place name and gets its lemma (names need the
        # same parses); of the lowercase words, only forms of these can be part of a place
        words = (
            set(self.lowercase)
            | set(rules.ADJECTIVES)
            | STATE_NOUNS
            | rules.LOWERCASE_INSTITUTIONS
            | set(rules.REGION_TYPES)
            | rules.REGION_BETWEEN
        )
        self.forms = vocab.forms_of(words) | words

    def lemma(self, word: str) -> str:
        """The word's lemma as a place's: a geographical reading first (`Астану` is `Астана`, not
        the
        first parse, `астан`)."""
        return self.vocab.place_lemma(fold(word))

    def hyphenated_lemmas(self, word: str) -> set[str]:
        """Every reading's lemma of a hyphenated word: pymorphy guesses them part by part."""
        return {fold(p.normal_form) for p in self.vocab(fold(word))}

    def _add(
        self, name: str, country: str | None, city: str | None, kind: str, region: str | None = None
    ) -> None:
        # `Коста-Рика` is also written `Коста Рика`
        for variant in dict.fromkeys((name, name.replace("-", " "))):
            key = tuple(self.lemma(w) for w in variant.split())
            self.lowercase |= {fold(w) for w in variant.split() if not w[:1].isupper()}
            if len(key) == 1 and key[0] in rules.NOT_COUNTRIES:
                continue
            self.names.setdefault(key, (country, city, kind, region))
            self.first_words.add(key[0])
            if (
                len(key) == 1 and "-" in variant
            ):  # `Эр-Рияд`, `Эр-Рияде`: no two forms share a first lemma
                for lemma in self.hyphenated_lemmas(variant):
                    self.names.setdefault((lemma,), (country, city, kind, region))
                    self.first_words.add(lemma)

    def find(self, doc: Parsed) -> list[Place]:
        places: list[Place] = []
        # a city's name inside a person's name is the person's (`Владимир Путин`, `Марсель Десайи`)
        named = [(e.start, e.end) for e in doc.entities if e.type == "PER"]
        for s in doc.sentences:
            toks = doc.tokens[s.first : s.last]
            lemmas = [
                self.lemma(t.text) if t.text[:1].isupper() or fold(t.text) in self.forms else t.text
                for t in toks
            ]
            i = 0
            while i < len(toks):
                found = self._match(toks, lemmas, i)
                a, b = s.first + i, s.first + i + (found[0] if found else 1)
                if found and not (
                    found[1][2] == "city"
                    and any(lo <= doc.tokens[a].start < hi for lo, hi in named)
                ):
                    places.append(
                        Place(doc.tokens[a].start, doc.tokens[b - 1].end, a, b, *found[1])
                    )
                    i += found[0]
                else:
                    i += 1
        return sorted(places + self._localities(doc, places, named), key=lambda p: p.first)

    def _localities(
        self, doc: Parsed, known: list[Place], named: list[tuple[int, int]]
    ) -> list[Place]:
        """Towns no table lists (`в Нижний Тагил`, `посетил Выборг`): a location the tagger finds,
        capitalised word by word (not `Красной площади`), after `в`/`во`/`на` or with a geographical
        reading outside the nominative, and not a region (`Витебскую область` is the tables' to
        read). Its country is the text's to give, so none here."""
        covered = {i for p in known for i in range(p.first, p.last)}
        out: list[Place] = []
        for e in doc.entities:
            if e.type != "LOC" or any(lo <= e.start < hi for lo, hi in named):
                continue
            toks = [
                i for i, t in enumerate(doc.tokens) if e.start <= t.start < e.end
            ]  # entities are few
            if not toks or covered & set(toks) or len(toks) > 3:
                continue
            first, last = toks[0], toks[-1] + 1
            words = [doc.tokens[i].text for i in toks]
            lemma = self.lemma(words[-1])
            if (
                not all(w[:1].isupper() for w in words)
                or lemma in rules.REGION_TYPES
                or lemma in STATE_NOUNS
                or any(self.lemma(w) in rules.WORLD_PARTS for w in words)
            ):
                continue
            # (`Кордова заявил`: a place name in the nominative may be a person's)
            if not (
                located(doc, Place(0, 0, first, last, None, None, "city"))
                or (
                    self.vocab.geographic(fold(words[-1]))
                    and doc.tokens[last - 1].case not in (None, "Nom")
                )
            ):
                continue
            city = self.vocab.nominative_phrase(words)
            out.append(
                Place(
                    doc.tokens[first].start,
                    doc.tokens[last - 1].end,
                    first,
                    last,
                    None,
                    city,
                    "city",
                )
            )
        return out

    def _match(self, toks: list[Token], lemmas: list[str], i: int) -> tuple[int, Found] | None:
        tok = toks[i]
        if tok.text in rules.ABBREVIATIONS:
            return 1, (rules.ABBREVIATIONS[tok.text], None, "country", None)
        if not tok.text[:1].isalpha():
            return None
        whole = self._whole_name(lemmas, i) if tok.text[:1].isupper() else None
        if whole and whole[0] > 1:
            return whole  # `Саудовскую Аравию`: a name that opens with a country's adjective
        adj = rules.ADJECTIVES.get(lemmas[i]) if tok.text.isalpha() else None
        if adj:  # `Азербайджанская Республика` names the state; `белорусский` alone is an adjective
            if i + 1 < len(toks) and lemmas[i + 1] in STATE_NOUNS and toks[i + 1].text[0].isupper():
                return 2, (adj, None, "country", None)
            return 1, (adj, None, "adjective", None)
        if lemmas[i] in rules.LOWERCASE_INSTITUTIONS and (lemmas[i],) in self.names:
            return 1, self.names[(lemmas[i],)]
        if not tok.text[0].isupper():
            return None
        if lemmas[i] not in self.first_words:
            if "-" in tok.text:
                hit = next(
                    (
                        self.names[(lm,)]
                        for lm in sorted(self.hyphenated_lemmas(tok.text))
                        if (lm,) in self.names
                    ),
                    None,
                )
                if hit:
                    return 1, hit
            return self._romanised_region(toks, lemmas, i)
        return self._whole_name(lemmas, i)

    def _whole_name(self, lemmas: list[str], i: int) -> tuple[int, Found] | None:
        """The longest place name the lemmas from `i` spell."""
        for n in range(min(MAX_WORDS, len(lemmas) - i), 0, -1):
            hit = self.names.get(tuple(lemmas[i : i + n]))
            if hit:
                return n, hit
        return None

    def _romanised_region(
        self, toks: list[Token], lemmas: list[str], i: int
    ) -> tuple[int, Found] | None:
        """`Тюменской области`, `Ханты-Мансийского автономного округа`: an adjective, a region
        noun."""
        j = i + 1
        while j < len(toks) and lemmas[j] in rules.REGION_BETWEEN:
            j += 1
        if j >= len(toks) or lemmas[j] not in rules.REGION_TYPES:
            return None
        country = self.romanised.get((romanised(lemmas[i]), rules.REGION_TYPES[lemmas[j]]))
        name = self.vocab.nominative_phrase([t.text for t in toks[i : j + 1]])
        return (j + 1 - i, (country, None, "region", name)) if country else None
