"""A place a text names (`Place`), and the word tests places are read with."""

from __future__ import annotations

from dataclasses import dataclass

from .document import Parsed, Token
from .rules.grammar import LOCATIVE, SETTLEMENT_WORDS


@dataclass(slots=True, frozen=True)
class Place:
    """A country, city, region, institution or country adjective, by its offsets and tokens."""

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
    """Lowercase, `ё` as `е`: the form word tables are written in (`Token.folded` for a token)."""
    return word.lower().replace("ё", "е")


def located(doc: Parsed, p: Place) -> bool:
    """The place follows `в`, `во` or `на`: where something is or goes (`в Москве`, `на
    Украину`, past adjectives that describe it: `в китайском Харбине`, and the word for its kind:
    `в г. Анкару`, `в древнем городе Самарканде`)."""
    j = past_settlement_word(doc, p.first - 1)
    while (
        j > 0 and p.first - j <= 2 and doc.tokens[j].pos == "ADJ" and doc.tokens[j].text.islower()
    ):
        j -= 1
    return j >= 0 and doc.tokens[j].folded in LOCATIVE


def past_settlement_word(doc: Parsed, j: int) -> int:
    """Token `j`, or the one before it where it ends a settlement's kind written before the
    place's name (`городе`, `г.`)."""
    k = j - 1 if j >= 1 and doc.tokens[j].text == "." else j
    return k - 1 if k >= 0 and settlement_word(doc.tokens[k]) else j


def settlement_word(t: Token) -> bool:
    """The word for a settlement's kind (`город`, `г`), which a place's name is read through."""
    return fold(t.lemma) in SETTLEMENT_WORDS
