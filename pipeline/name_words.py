"""What pymorphy's dictionary says of one word as a name: a first name, a surname, its case, its
family key."""

from __future__ import annotations

from .geo import fold
from .models import MorphVocab
from .rules.names import EAST_ASIAN_SURNAMES, NAME_TAGS, SURNAME_ADJECTIVE, SURNAME_CASE_ENDINGS


class NameWords:
    """Questions about one word as part of a name, answered from the dictionary (`Путиным` is a
    surname in an oblique case, `Тони` a first name, `Хвана` the family name `хван`)."""

    def __init__(self, vocab: MorphVocab) -> None:
        self.vocab = vocab

    def known_name(self, word: str, tag: str | None = None) -> bool:
        """The dictionary knows the word as a name (as a `tag` one, when given): `Сергей`."""
        tags = {tag} if tag else NAME_TAGS
        return any(tags & p.tag.grammemes for p in self.vocab.known(fold(word)))

    def first_name(self, word: str) -> bool:
        """The word's likeliest reading, known or guessed, is a first name: `Виктор`."""
        parses = self.vocab(fold(word))
        return bool(parses) and "Name" in parses[0].tag.grammemes

    def known_first_name(self, word: str) -> bool:
        """A first name the dictionary knows in the nominative: `Тони`, `Наина`."""
        return any(
            "Name" in p.tag.grammemes and p.tag.case == "nomn" for p in self.vocab.known(fold(word))
        )

    def oblique_only(self, word: str) -> bool:
        """As a noun, the word has no nominative reading: `Байдена`."""
        nouns = [p for p in self.vocab(fold(word)) if p.tag.POS == "NOUN"]
        return bool(nouns) and all(p.tag.case != "nomn" for p in nouns)

    def share_a_case(self, surname: str, word: str, tag: str = "Surn") -> bool:
        """`surname` (as a `tag` word) and `word` can stand in one case: `Лавровым` and `Макей`
        cannot."""
        cases = {p.tag.case for p in self.vocab.known(fold(surname)) if tag in p.tag.grammemes}
        return bool(cases & {p.tag.case for p in self.vocab(fold(word))})

    def inflected_surname(self, word: str) -> bool:
        """A known surname in an oblique case ends a name: `Путиным` in `с Путиным Меркель`."""
        parses = self.vocab.known(fold(word))
        return bool(parses) and all(
            "Surn" in p.tag.grammemes and p.tag.case != "nomn" for p in parses
        )

    def verb_only(self, word: str) -> bool:
        """The dictionary knows the word only as a verb: `Рассказал`."""
        parses = self.vocab.known(fold(word))
        return bool(parses) and all(p.tag.POS in ("VERB", "INFN") for p in parses)

    def common_word(self, word: str) -> bool:
        """A dictionary word that is never a name (`Супруга`, `Маэстро`, `Феррари`); an adjective
        of the surnames' shape is one (`Преображенский`, `Покровского`)."""
        parses = self.vocab(fold(word))
        if any(p.tag.POS == "ADJF" and SURNAME_ADJECTIVE.search(p.normal_form) for p in parses):
            return False
        return (
            bool(parses)
            and len(self.vocab.known(fold(word))) == len(parses)
            and not any(NAME_TAGS & p.tag.grammemes for p in parses)
        )

    def east_asian_key(self, word: str) -> str | None:
        """`Хвана` → `хван`: the family name an East Asian name starts with, in any case."""
        for key in (fold(word), self.vocab.first_lemma(fold(word))):
            if key in EAST_ASIAN_SURNAMES and len(key) > 1:
                return key
        return None

    def surname_keys(self, word: str) -> set[str]:
        """`Карасина` may be `Карасин` even where pymorphy does not read it as a surname."""
        w = fold(word)
        return {self.surname_key(word)} | {
            w[: -len(e)] + r
            for e, r in SURNAME_CASE_ENDINGS
            if w.endswith(e) and len(w) - len(e) >= 3
        }

    def surname_key(self, word: str) -> str:
        """`Карасиным` → `карасин`: the name's dictionary form, the same in every case."""
        forms = {fold(p.normal_form) for p in self.vocab(fold(word)) if NAME_TAGS & p.tag.grammemes}
        return min(forms) if forms else fold(word)
