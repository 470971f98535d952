"""The language models, loaded once and explicitly (never at import time).

natasha ships every model inside its package, so nothing is downloaded. natasha's own
MorphVocab is built on pymorphy2; the pipeline hands natasha a vocab built on pymorphy3
instead, so one analyzer serves natasha's lemmatizer, its yargy extractors and our rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from sys import intern
from typing import Any

import pymorphy3
from pymorphy3.analyzer import Parse as Pymorphy3Parse

from .document import Token


@lru_cache(maxsize=None)  # a few thousand distinct tags in all
def _ud(tag: Any) -> tuple[str, dict[str, str]]:
    from natasha.morph.vocab import ud_feats, ud_pos

    return ud_pos(tag), dict(ud_feats(tag))


class MorphForm(Pymorphy3Parse):
    """A pymorphy3 parse with the attributes natasha's lemmatizer reads (normal, pos, feats),
    worked out from the tag when asked (most parses are never asked)."""

    @property
    def normal(self) -> str:
        return self.normal_form

    @property
    def pos(self) -> str:
        return _ud(self.tag)[0]

    @property
    def feats(self) -> dict[str, str]:  # shared between parses with one tag: read, never change
        return _ud(self.tag)[1]

    def inflect(self, grams: set[str]) -> "MorphForm | None":
        from natasha.morph.vocab import UD_OC_FEATS

        # natasha asks in UD grams (`Nom`), the pipeline in OpenCorpora ones (`nomn`)
        return Pymorphy3Parse.inflect(self, {UD_OC_FEATS.get(g, g) for g in grams})


# Cache sizes, by memory: a word's parses take ~1.2 KB, a lemma ~0.1 KB. Every archive's vocabulary
# outgrows any cache, so the bound is what the caches cost at the peak (~5 MB and ~1 MB each);
# a batch's words fit many times over (on factRu the hit rate stays within 2 % of unbounded caches).
PARSES_KEPT = 4096
WORDS_KEPT = 8192


class MorphVocab(pymorphy3.MorphAnalyzer):
    """natasha's MorphVocab, on pymorphy3: cached parses plus natasha's `lemmatize`."""

    def __init__(self) -> None:
        import pymorphy3_dicts_ru

        # the dictionary by its path: finding it through entry points scans every installed package
        super().__init__(path=pymorphy3_dicts_ru.get_path(), lang="ru", result_type=MorphForm)
        # bounded, so memory stays flat over any number of documents
        self.parse = lru_cache(maxsize=PARSES_KEPT)(self._parse_any)  # type: ignore[method-assign]
        self._lemma = lru_cache(maxsize=WORDS_KEPT)(self._lemma_uncached)
        self._first_lemma = lru_cache(maxsize=WORDS_KEPT)(self._first_lemma_uncached)
        self._place_lemma = lru_cache(maxsize=WORDS_KEPT)(self._place_lemma_uncached)

    def _parse_any(self, word: str) -> list[MorphForm]:
        try:
            return super().parse(word)
        # pymorphy3 asks unicodedata for the name of characters that have none (`𗀀`)
        except ValueError:
            return []

    def __call__(self, word: str) -> list[MorphForm]:
        return self.parse(word)

    def known(self, word: str) -> list[MorphForm]:
        """Parses from the dictionary, not pymorphy's guesses for unknown words."""
        # a guess by a known suffix (`маехары` as `мае` + `хары`) also starts with
        # DictionaryAnalyzer
        return [
            p
            for p in self(word)
            if len(p.methods_stack) == 1
            and p.methods_stack[0][0].__class__.__name__ == "DictionaryAnalyzer"
        ]

    def forms_of(self, lemmas: set[str]) -> frozenset[str]:
        """Every word form of every reading of `lemmas`, `ё` folded: the words whose lemma a rule
        can
        ask about. Other words need no lemma, and most of a text's words are other words."""
        forms: set[str] = set()
        for lemma in lemmas:
            for parse in self(lemma):
                forms.update(f.word.replace("ё", "е") for f in parse.lexeme)
        return frozenset(forms)

    def plural(self, tok: Token) -> bool:
        """Tagged plural, or a word that has only plural readings (`Президенты` at the start of a
        sentence is often tagged singular)."""
        return tok.feats.get("Number") == "Plur" or self.plural_only(
            tok.text.lower().replace("ё", "е")
        )

    def nominative_plural_only(self, word: str) -> bool:
        """A word whose nominative is only plural (`главы`: else a genitive singular)."""
        nominatives = [p.tag.number for p in self.known(word) if p.tag.case == "nomn"]
        return "plur" in nominatives and "sing" not in nominatives

    def plural_only(self, word: str) -> bool:
        """A dictionary word with no singular reading (`ямадаевых` as a surname is always
        plural)."""
        parses = self.known(word)
        return bool(parses) and all(p.tag.number == "plur" for p in parses)

    def place_lemma(self, word: str) -> str:
        """Lowercase normal form of the first geographical parse, else of the likeliest one."""
        return self._place_lemma(word)

    def _place_lemma_uncached(self, word: str) -> str:
        parses = self(word)
        geo = next((p for p in parses if "Geox" in p.tag.grammemes), None)
        return intern(
            ((geo or parses[0]).normal_form if parses else word).lower().replace("ё", "е")
        )

    def geographic(self, word: str) -> bool:
        """Whether any reading of the word is a place name (`Geox`)."""
        return any("Geox" in p.tag.grammemes for p in self(word))

    def first_lemma(self, word: str) -> str:
        """Lowercase normal form of the likeliest parse, `ё` folded to `е`."""
        return self._first_lemma(word)

    def _first_lemma_uncached(self, word: str) -> str:
        parses = self(word)
        return intern((parses[0].normal_form if parses else word).lower().replace("ё", "е"))

    def nominative(self, word: str, adjective_gender: str | None = None) -> str:
        """`word` as a nominative singular noun or adjective (adjectives in `adjective_gender`,
        or their own gender when None); `word` itself when pymorphy cannot inflect it."""
        parses = self(word)
        if adjective_gender is not None:  # an adjective is wanted: `главного` is no `главное`
            parses = sorted(parses, key=lambda p: p.tag.POS != "ADJF")
        for p in parses:
            if p.tag.POS in ("NOUN", "ADJF"):
                gender = (adjective_gender or p.tag.gender) if p.tag.POS == "ADJF" else None
                form = p.inflect({"nomn", "sing"} | ({gender} if gender else set()))
                if form:
                    return form.word
        return word

    def nominative_phrase(self, words: list[str]) -> str:
        """A name in the nominative: its words up to its first noun inflected, adjectives agreeing
        with that noun, the genitives after it as written (`Общественной палаты` → `Общественная
        палата`, `Института этнологии РАН` → `Институт этнологии РАН`). Capitals are kept."""
        out = list(words)
        for k, word in enumerate(words):
            # the word's likeliest reading is a noun (`Первым` is no `первое`)
            parses = self(word.lower())
            noun = parses[0] if parses and parses[0].tag.POS == "NOUN" else None
            if noun is None:
                continue
            number = noun.tag.number or "sing"
            for i in range(k + 1):
                parses = [p for p in self(words[i].lower()) if p.tag.POS == "ADJF"]
                if (
                    (i < k and not parses)
                    or not words[i].replace("-", "").isalpha()
                    or any(c.isupper() for part in words[i].split("-") for c in part[1:])
                ):
                    continue
                grams = {"nomn", number} | (
                    {noun.tag.gender} if i < k and number == "sing" and noun.tag.gender else set()
                )
                form = parses[0].inflect(grams) if i < k else noun.inflect({"nomn", number})
                if form is not None:
                    out[i] = _cased_as(form.word, words[i])
            break
        return " ".join(out)

    def lemmatize(self, word: str, pos: str, feats: dict[str, str]) -> str:
        """natasha's lemma for a tagged word (the parse closest to the tags), interned and cached:
        the same word with the same tags comes back all the time."""
        return self._lemma(word, pos, tuple(feats.items()))

    def _lemma_uncached(self, word: str, pos: str, feats: tuple[tuple[str, str], ...]) -> str:
        from natasha.morph.lemma import lemmatize

        return intern(lemmatize(self, word, pos, dict(feats)))


def _cased_as(word: str, model: str) -> str:
    """`word` with the capitals of `model`'s hyphenated parts (`Ханты-Мансийский`)."""
    parts, capitals = word.split("-"), [p[:1].isupper() for p in model.split("-")]
    if len(parts) != len(capitals):
        return word.capitalize() if model[:1].isupper() else word
    return "-".join(p.capitalize() if up else p for p, up in zip(parts, capitals, strict=True))


# Items per slovnet batch (morphology, syntax: sentences; NER: runs of sentences). Sorted by length
# (tag.py), sentences pad little in bigger batches; NER's items are long, and memory grows with
# them:
# 8 runs of ~2,000 characters took ~27 MB at once, the largest transient of a run (its peak then
# depended on which runs met in a batch); 4 take half, for ~1.5 % more NER time.
SLOVNET_BATCH = (32, 32, 4)


@dataclass
class Models:
    """Everything the stages need from natasha, built by `load()`."""

    segmenter: Any
    morph_vocab: MorphVocab
    morph_tagger: Any
    syntax_parser: Any
    ner_tagger: Any
    dates_extractor: Any
    lemma_forms: frozenset[
        str
    ]  # words whose lemma the rules can ask about (tag.py lemmatizes only these)

    @classmethod
    def load(cls) -> "Models":
        import natasha

        from . import packs
        from .rules import countries, events, handles, lemma_keys, speech, titles

        emb, words = packs.embedding(), packs.words()
        vocab = MorphVocab()
        morph, syntax, ner = (
            packs.tagger(kind, emb, words, size)
            for kind, size in zip(packs.TAGGERS, SLOVNET_BATCH, strict=True)
        )
        return cls(
            segmenter=natasha.Segmenter(),
            morph_vocab=vocab,
            morph_tagger=morph,
            syntax_parser=syntax,
            ner_tagger=ner,
            dates_extractor=natasha.DatesExtractor(vocab),
            lemma_forms=vocab.forms_of(lemma_keys(events, speech, titles, countries, handles)),
        )
