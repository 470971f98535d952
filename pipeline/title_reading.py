"""What the title readers share: a document's context, a phrase's span and reading, the `Title`.

`TitleContext` is one document as every reader sees it; `Span` and `Reading` are one phrase's
bounds and what reading it gathers; `Title` is the phrase read, as the finders get it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from .document import Parsed
from .explain import rule_name
from .geo import Place
from .rules import countries as country_rules
from .title_words import TitleWords


@dataclass(slots=True)
class Title:
    """A title phrase read: its tokens, its title, and where and for whom its holder serves."""

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
    # `Мэры Москвы и Петербурга`: one place per holder, in order
    places: tuple[str | None, ...] = ()
    # the adjective and complement rules that read the phrase, in order (for `--explain`)
    fired: tuple[Callable[..., Any], ...] = ()
    # `премьер-министры трех стран`: it counts its countries, the holders' are several
    counted: bool = False

    def steps(self) -> list[str]:
        """The names of the rules that read the phrase: `['title own', 'genitive', 'place']`."""
        return [rule_name(rule) for rule in self.fired]


def with_country(t: Title, country: str | None, place: str | None) -> Title:
    """The phrase with another country and place: one holder's of a plural title."""
    return replace(t, country=country, place=place)


@dataclass(slots=True)
class TitleContext:
    """One document as the title readers see it: lexicon, parse, places, tokens no phrase takes.

    `blocked` are the names' tokens; `places` the gazetteer's places by token."""

    words: TitleWords
    doc: Parsed
    places: dict[int, Place]
    blocked: set[int] | frozenset[int] = frozenset()


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
    # past a place, genitives describe the place: `мэр города Немуро северного острова`
    located: bool = False
    counted: bool = False  # `министры двух стран`: a number of places, not their names
    fired: list[Callable[..., Any]] = field(default_factory=list)  # the rules that read it

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

    words: TitleWords
    doc: Parsed
    places: dict[int, Place]
    end: int
    blocked: set[int] | frozenset[int]
    head: int = -1  # the title word

    @classmethod
    def of(cls, c: TitleContext, end: int, head: int) -> Span:
        """The span of a phrase headed by token `head` that ends before token `end`."""
        return cls(c.words, c.doc, c.places, end, c.blocked, head)

    def hangs_on_phrase(self, j: int) -> bool:
        """The tree hangs token `j` on a word of the phrase read so far (`глава государства` does
        not go on with `приветствия`, the object of `передал`); any word, where the tree is
        silent."""
        tok = self.doc.tokens[j]
        return tok.head < 0 and not tok.rel or self.head <= tok.head < j

    def has(self, j: int, head: int) -> bool:
        """Token `j` is inside the span, in the sentence of token `head`, and no name's."""
        toks = self.doc.tokens
        return (
            j < self.end
            and j < len(toks)
            and toks[j].sent == toks[head].sent
            and j not in self.blocked
        )
