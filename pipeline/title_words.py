"""Which word is a title, and the dictionary readings title phrases need: lemma, gender, adjective.

A title word is a listed title (`rules/titles.py` HEADS, any form: `премьера` → `премьер`), a
participle of office (`Заведующая` → `заведующий`), an acting official (`врио`) or any animate
common noun that names no kin, bystander or nationality (`штурман`, `нейрохирург`). Lookups are
cached: every token of every document is asked.
"""

from __future__ import annotations

from functools import lru_cache

from .document import Parsed, Token
from .geo import fold
from .models import WORDS_KEPT, MorphVocab
from .rules import countries as country_rules
from .rules import grammar
from .rules import titles as rules

NOUNS = ("NOUN", "PROPN")


class TitleWords:
    """The lexicon of title words: which token is one, what its lemma, gender and adjectives are."""

    def __init__(self, vocab: MorphVocab, lemma_forms: frozenset[str]) -> None:
        self.vocab = vocab
        self.lemma_forms = lemma_forms  # every form of every title head: only these need pymorphy
        # every token is asked, often
        self._head_lemma = lru_cache(maxsize=WORDS_KEPT)(self._head_lemma_uncached)
        self._common_title = lru_cache(maxsize=WORDS_KEPT)(self._common_title_uncached)
        self.adjective = lru_cache(maxsize=WORDS_KEPT)(self._adjective_uncached)
        stems = [a[: -len("ский")] for a in country_rules.ADJECTIVES if a.endswith("ский")]
        self.demonyms = (
            rules.DEMONYMS | {s + "ец" for s in stems} | {s.removesuffix("й") + "ец" for s in stems}
        )
        self.city_adjectives = city_adjectives()

    def head_lemma(self, tok: Token) -> str | None:
        """The listed title a word is a form of (`премьера` → `премьер`), else None."""
        return self._head_lemma(tok.text, tok.lemma, tok.pos in NOUNS)

    def _head_lemma_uncached(self, text: str, lemma: str, noun: bool) -> str | None:
        word = fold(text)
        for w in (word, word.removeprefix("экс-"), lemma.removeprefix("экс-")):
            if w in rules.HEADS:
                return w
            # a word that is no form of a title word skips pymorphy
            found = self._listed_reading(w, noun) if w in self.lemma_forms else None
            # `Заведующая кафедрой`: a participle of office, whose lemma is its verb
            if not found and noun and ("ющ" in w or "ящ" in w):
                found = self._participle(w)
            if found:
                return found
        return None

    def _listed_reading(self, word: str, noun: bool) -> str | None:
        """A noun's reading that is a title's (`премьера` is the premier's as well as a première;
        `после` is a preposition, whatever the dictionary says of an ambassador)."""
        parses = self.vocab(word) if noun else self.vocab(word)[:1]
        return next((n for p in parses if (n := fold(p.normal_form)) in rules.HEADS), None)

    def _participle(self, word: str) -> str | None:
        """`заведующая` → `заведующий`: the title a participle of office names."""
        return next(
            (
                rules.PARTICIPLE_TITLES[p.normal_form]
                for p in self.vocab(word)
                if p.tag.POS == "PRTF" and p.normal_form in rules.PARTICIPLE_TITLES
            ),
            None,
        )

    def title_word(self, doc: Parsed, i: int) -> str | None:
        """The title a token names: a listed one, or an animate common noun that is no kin, no
        bystander, no nationality (`штурмана` → `штурман`); capitalised, only where a sentence
        starts."""
        tok = doc.tokens[i]
        listed = self.head_lemma(tok)
        if listed is not None:
            return listed
        acting = rules.ACTING.get(tok.folded)
        # the participle asks for its object, `обязанности`
        spelled_out = tok.folded.startswith("исполня")
        if acting is not None and (
            not spelled_out
            or (i + 1 < len(doc.tokens) and doc.tokens[i + 1].folded == "обязанности")
        ):
            # `исполняющий обязанности официального представителя`, `врио губернатора`
            return acting
        at_start = opens(doc, i)
        # `Нейрохирург Алексей …`: tagged a name
        noun = tok.pos == "NOUN" or (tok.pos == "PROPN" and at_start)
        if not (noun or standing_alone(doc, i)) or not tok.text.replace("-", "").isalpha():
            return None
        if tok.text[:1].isupper() and not at_start:
            return None  # `Адвокат`, `Кузнец`: a capitalised noun inside a sentence is a name
        word = fold(tok.text).removeprefix("экс-")
        kind, _, rest = word.partition("-")
        if rest and (last := self._common_title(rest, tok.case or "")):
            # `женщина-космонавт` is a cosmonaut; `сити-менеджер` is a manager of a kind
            return last if self.vocab.first_lemma(kind) in rules.NOT_TITLES else f"{kind}-{last}"
        return self._common_title(word, tok.case or "")

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
        if parse.tag.POS == "PRTF" or "Apro" in grams:
            return lemma, "other"
        if "Anum" in grams:
            return lemma, "ordinal"
        return lemma, "quality" if "Qual" in grams else "relational"

    def feminine(self, word: str) -> bool:
        """A title only a woman holds (`актриса`, `журналистка`), not one of common gender
        (`глава`)."""
        return self.gender(word) == "femn"

    def gender(self, lemma: str) -> str:
        """`femn` for a feminine noun (`актриса`), else `masc` (`глава`, `директор`)."""
        parse = next((p for p in self.vocab(lemma) if p.tag.POS == "NOUN"), None)
        return "femn" if parse is not None and parse.tag.gender == "femn" else "masc"

    def genitive(self, word: str, number: str) -> str:
        """`постоянное` → `постоянного`: a word of a noun phrase in the genitive."""
        parse = next((p for p in self.vocab(word) if p.tag.POS in ("NOUN", "ADJF")), None)
        form = parse.inflect({"gent", number}) if parse is not None else None
        return form.word if form is not None else word

    def organization_name(self, doc: Parsed, a: int, b: int) -> str:
        """Tokens `[a, b)` as an organisation's name: quoted as written (`ФК «Зенит»`), else in
        the nominative (`Института этнологии` → `Институт этнологии`)."""
        if any(doc.tokens[k].text in grammar.OPENING_QUOTES for k in range(a, b)):
            return doc.text[doc.tokens[a].start : doc.tokens[b - 1].end]
        return self.vocab.nominative_phrase([doc.tokens[k].text for k in range(a, b)])


def opens(doc: Parsed, i: int) -> bool:
    """Token `i` starts its sentence or follows a mark: `Нейрохирург Алексей …`, `«Адвокат …`."""
    toks = doc.tokens
    return i == 0 or toks[i - 1].sent != toks[i].sent or not toks[i - 1].text[:1].isalnum()


def standing_alone(doc: Parsed, i: int) -> bool:
    """An adjective with no noun after it to describe stands for a noun: `Марк, рабочий из
    цеха`."""
    toks = doc.tokens
    return toks[i].pos == "ADJ" and not (
        i + 1 < len(toks) and toks[i + 1].pos in ("NOUN", "ADJ", "PROPN")
    )


def modifier(tok: Token) -> bool:
    """An adjective or participle agreeing with a noun (`управляющий директор`, tagged a verb;
    `Наследный принц`, tagged a name where it opens a sentence, but the tree's modifier)."""
    return tok.pos == "ADJ" or (tok.pos == "VERB" and tok.case is not None) or tok.rel == "amod"


def deputy(word: str) -> bool:
    """A deputy's title, which an ordinal belongs to: `первый вице-мэр`, `первый заместитель`."""
    head = word.split(" ")[0]
    return head in rules.FIRST_OF or head.startswith(("вице-", "зам"))


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
