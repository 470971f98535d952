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

The work is split by job, each with its rules as an ordered tuple:
- `title_words`: which word is a title, its lemma, gender and adjectives;
- `title_phrase`: reading one phrase, the adjectives before the title word (`ADJECTIVES`);
- `title_complements`: what follows the title word (`COMPLEMENTS`, `AFTER_EMPLOYER`);
- `title_links`: tying a phrase to the name before or after it (`BEFORE`), `title_cases` the case
  agreement that asks;
- `title_stated`: a title a verb states of the name (`STATED`).
`TitleReader` is what the finders hold: one per pipeline, over one cached lexicon.
"""

from __future__ import annotations

from .document import Parsed, Token
from .geo import Place
from .models import MorphVocab
from .title_complements import AFTER_EMPLOYER, COMPLEMENTS
from .title_links import BEFORE, after, before
from .title_phrase import ADJECTIVES, phrase
from .title_reading import Title, TitleContext, with_country
from .title_stated import STATED, stated
from .title_words import TitleWords, canonical, city_adjectives

__all__ = [
    "ADJECTIVES",
    "AFTER_EMPLOYER",
    "BEFORE",
    "COMPLEMENTS",
    "STATED",
    "Title",
    "TitleReader",
    "canonical",
    "city_adjectives",
    "with_country",
]


class TitleReader:
    """Finds and reads the title phrases around names; one per pipeline (it caches word lookups)."""

    def __init__(self, vocab: MorphVocab, lemma_forms: frozenset[str]) -> None:
        self.vocab = vocab
        self.words = TitleWords(vocab, lemma_forms)

    def _context(
        self, doc: Parsed, places: dict[int, Place], blocked: set[int] | frozenset[int]
    ) -> TitleContext:
        return TitleContext(self.words, doc, places, blocked)

    # --- title words ---------------------------------------------------------------------------

    def head_lemma(self, tok: Token) -> str | None:
        """The listed title a word is a form of (`премьера` → `премьер`), else None."""
        return self.words.head_lemma(tok)

    def title_word(self, doc: Parsed, i: int) -> str | None:
        """The title a token names (`штурмана` → `штурман`), else None."""
        return self.words.title_word(doc, i)

    def feminine(self, word: str) -> bool:
        """A title only a woman holds (`актриса`), not one of common gender (`глава`)."""
        return self.words.feminine(word)

    def genitive(self, word: str, number: str) -> str:
        """`постоянное` → `постоянного`: a word of a noun phrase in the genitive."""
        return self.words.genitive(word, number)

    def organization_name(self, doc: Parsed, a: int, b: int) -> str:
        """Tokens `[a, b)` as an organisation's name (`Института этнологии` → `Институт …`)."""
        return self.words.organization_name(doc, a, b)

    # --- phrases and what ties them to a name --------------------------------------------------

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
        return phrase(self._context(doc, places, blocked), head, lo, end)

    def before(
        self,
        doc: Parsed,
        first: int,
        places: dict[int, Place],
        blocked: set[int],
        served: bool = False,
    ) -> list[Title]:
        """Titles that end where the name at token `first` begins, nearest last: `министр торговли
        Китая Чэнь Дэмин`, a chain of them, else one the tree makes the name's apposition across
        other words. `served`: the name is whom the title serves, in the genitive (`советника
        Обамы`), not its holder."""
        return before(self._context(doc, places, blocked), first, served)

    def after(
        self, doc: Parsed, last: int, places: dict[int, Place], blocked: set[int]
    ) -> list[Title]:
        """Appositions after the name ending before token `last`: `Лукашенко, президент Беларуси,`,
        `Лёв (второй тренер)`, one after another."""
        return after(self._context(doc, places, blocked), last)

    def stated(
        self, doc: Parsed, first: int, last: int, places: dict[int, Place], blocked: set[int]
    ) -> list[Title]:
        """Titles a verb states of the name at tokens `[first, last)`: `Петров был назначен
        министром`, `покинул пост генерального директора`, after `который`."""
        return stated(self._context(doc, places, blocked), first, last)
