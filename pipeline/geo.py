"""Countries and cities named in a text: nouns, official names, abbreviations and adjectives.

Country names come from pycountry's Russian translation of ISO 3166; `rules/countries.py` adds
the short forms news uses, adjectives, abbreviations and cities.
"""

from __future__ import annotations

from .document import Parsed, Sentence, Token
from .geo_localities import localities
from .geo_place import Place, fold, located, settlement_word
from .geo_tables import country_names, lowercase_forms, region_names, romanised
from .models import MorphVocab
from .rules import countries as rules
from .rules import grammar

__all__ = ["Gazetteer", "Place", "fold", "located", "romanised", "settlement_word"]

MAX_WORDS = 6
Found = tuple[str | None, str | None, str, str | None]  # country, city, kind, region


class Gazetteer:
    """Lemma sequences → places. Built once, with the pipeline's one morphological analyzer."""

    def __init__(self, vocab: MorphVocab) -> None:
        self.vocab = vocab
        self.names: dict[tuple[str, ...], Found] = {}
        self.first_words: set[str] = set()  # a place name can start only with one of these
        # lowercase words inside names (`и` in `Тринидад и Тобаго`)
        self.lowercase: set[str] = set()
        countries, by_code = country_names()
        for name, canonical in countries:
            self._add(name, canonical, None, "country")
        for alias, canonical in rules.ALIASES.items():
            self._add(alias, canonical, None, "country")
        for city, country in rules.CITIES.items():
            self._add(city, country, rules.CITY_NAMES.get(city, city), "city")
        for region, country in rules.REGIONS.items():
            self._add(region, country, None, "region", rules.REGION_NAMES.get(region, region))
        regions, self.romanised_regions = region_names(by_code)
        for name, country in regions:
            self._add(name, country, None, "region", name)
        for word, country in rules.INSTITUTIONS.items():
            self._add(word, country, rules.INSTITUTION_CITIES.get(word), "institution")
        self.forms = lowercase_forms(vocab, self.lowercase)

    def lemma(self, word: str) -> str:
        """The word's lemma as a place's: a geographical reading first (`Астану` is `Астана`, not
        the first parse, `астан`)."""
        return self.vocab.place_lemma(fold(word))

    def hyphenated_lemmas(self, word: str) -> set[str]:
        """Every reading's lemma of a hyphenated word: pymorphy guesses them part by part."""
        return {fold(p.normal_form) for p in self.vocab(fold(word))}

    def _add(
        self, name: str, country: str | None, city: str | None, kind: str, region: str | None = None
    ) -> None:
        """A name into the tables, by its lemmas (`Коста-Рика` also as `Коста Рика`)."""
        for variant in dict.fromkeys((name, name.replace("-", " "))):
            key = tuple(self.lemma(w) for w in variant.split())
            self.lowercase |= {fold(w) for w in variant.split() if not w[:1].isupper()}
            if len(key) == 1 and key[0] in rules.NOT_COUNTRIES:
                continue
            self.names.setdefault(key, (country, city, kind, region))
            self.first_words.add(key[0])
            if len(key) == 1 and "-" in variant:
                # `Эр-Рияд`, `Эр-Рияде`: no two forms share a first lemma
                for lemma in self.hyphenated_lemmas(variant):
                    self.names.setdefault((lemma,), (country, city, kind, region))
                    self.first_words.add(lemma)

    def find(self, doc: Parsed) -> list[Place]:
        """Every place the text names, in text order: the tables' names, then towns the tagger
        finds. A city's name inside a person's name is the person's (`Владимир Путин`, `Марсель
        Десайи`)."""
        named = [(e.start, e.end) for e in doc.entities if e.type == "PER"]
        places = [p for s in doc.sentences for p in self._in_sentence(doc, s, named)]
        return sorted(places + localities(self, doc, places, named), key=lambda p: p.first)

    def _in_sentence(self, doc: Parsed, s: Sentence, named: list[tuple[int, int]]) -> list[Place]:
        """The tables' names in one sentence, longest first from each word on."""
        places: list[Place] = []
        toks = doc.tokens[s.first : s.last]
        lemmas = [
            self.lemma(t.text) if t.text[:1].isupper() or t.folded in self.forms else t.text
            for t in toks
        ]
        i = 0
        while i < len(toks):
            found = self._match(toks, lemmas, i)
            a, b = s.first + i, s.first + i + (found[0] if found else 1)
            if found and not (
                found[1][2] == "city" and any(lo <= doc.tokens[a].start < hi for lo, hi in named)
            ):
                places.append(Place(doc.tokens[a].start, doc.tokens[b - 1].end, a, b, *found[1]))
                i += found[0]
            else:
                i += 1
        return places

    def _match(self, toks: list[Token], lemmas: list[str], i: int) -> tuple[int, Found] | None:
        """The place whose name starts at word `i` and how many words it takes, if any."""
        tok = toks[i]
        if tok.text in rules.ABBREVIATIONS:
            return 1, (rules.ABBREVIATIONS[tok.text], None, "country", None)
        if not tok.text[:1].isalpha():
            return None
        whole = self.whole_name(lemmas, i) if tok.text[:1].isupper() else None
        if whole and whole[0] > 1:
            return whole  # `Саудовскую Аравию`: a name that opens with a country's adjective
        adj = rules.ADJECTIVES.get(lemmas[i]) if tok.text.isalpha() else None
        if adj:  # `Азербайджанская Республика` names the state; `белорусский` alone is an adjective
            if (
                i + 1 < len(toks)
                and lemmas[i + 1] in rules.STATE_NOUNS
                and toks[i + 1].text[0].isupper()
            ):
                return 2, (adj, None, "country", None)
            return 1, (adj, None, "adjective", None)
        if lemmas[i] in rules.LOWERCASE_INSTITUTIONS and (lemmas[i],) in self.names:
            return 1, self.names[(lemmas[i],)]
        if not tok.text[0].isupper():
            return None
        if lemmas[i] not in self.first_words:
            hit = self._hyphenated(tok.text) if "-" in tok.text else None
            return (
                (1, hit)
                if hit
                else self.romanised_region(toks, lemmas, i) or sharing_a_noun(self, toks, lemmas, i)
            )
        return self.whole_name(lemmas, i) or sharing_a_noun(self, toks, lemmas, i)

    def _hyphenated(self, word: str) -> Found | None:
        """A hyphenated name by any reading's lemma (`Эр-Рияде`)."""
        return next(
            (
                self.names[(lm,)]
                for lm in sorted(self.hyphenated_lemmas(word))
                if (lm,) in self.names
            ),
            None,
        )

    def whole_name(self, lemmas: list[str], i: int) -> tuple[int, Found] | None:
        """The longest place name the lemmas from `i` spell."""
        for n in range(min(MAX_WORDS, len(lemmas) - i), 0, -1):
            hit = self.names.get(tuple(lemmas[i : i + n]))
            if hit:
                return n, hit
        return None

    def romanised_region(
        self, toks: list[Token], lemmas: list[str], i: int
    ) -> tuple[int, Found] | None:
        """`Тюменской области`, `Ханты-Мансийского автономного округа`: an adjective, a region
        noun."""
        j = i + 1
        while j < len(toks) and lemmas[j] in rules.REGION_BETWEEN:
            j += 1
        if j >= len(toks) or lemmas[j] not in rules.REGION_TYPES:
            return None
        country = self.romanised_regions.get((romanised(lemmas[i]), rules.REGION_TYPES[lemmas[j]]))
        words = [t.text for t in toks[i : j + 1]]
        if toks[j].feats.get("Number") == "Plur":
            words[-1] = lemmas[j]  # one region, though the noun be plural (`Омской областей`)
        name = self.vocab.nominative_phrase(words)
        return (j + 1 - i, (country, None, "region", name)) if country else None


def sharing_a_noun(
    g: Gazetteer, toks: list[Token], lemmas: list[str], i: int
) -> tuple[int, Found] | None:
    """`Томской и Омской областей`: the first of two adjectives that share a plural region noun
    is a region of its own, one word long (the second is read with the noun as usual)."""
    k = i + 3
    if (
        k >= len(toks)
        or lemmas[i + 1] not in grammar.LIST_JOINS
        or not toks[i + 2].text[:1].isupper()
        or toks[k].feats.get("Number") != "Plur"
    ):
        return None
    pair, words = [toks[i], toks[k]], [lemmas[i], lemmas[k]]
    hit = g.whole_name(words, 0) or g.romanised_region(pair, words, 0)
    return (1, hit[1]) if hit and hit[0] == 2 else None
