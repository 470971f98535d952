"""Finding where persons are named: the NER tagger's PER spans, repaired and completed.

slovnet's spans are good but not exact: they swallow a transliteration in brackets
(`Джошуа Вольфа (Joshua Wolf)`), join names listed with commas, miss a particle (`ибн Эзра`),
take a capitalised common word for a name, and miss later mentions of a surname they found once.
"""

from __future__ import annotations

from dataclasses import dataclass

from .document import Parsed
from .geo import Place
from .models import MorphVocab
from .name_missed import dictionary_surnames, handles, name_inside, propagate
from .name_spans import (
    NameScan,
    Span,
    extend,
    extend_right,
    join,
    pieces,
    plausible,
    split_by_case,
    transliteration,
    without_address,
    without_verbs,
)
from .name_words import NameWords


@dataclass(slots=True)
class Mention:
    """One place a person is named: its token range, its character offsets."""

    first: int  # token range [first, last)
    last: int
    start: int
    end: int
    echo: bool = False  # `Скотт Хоровитц (Scott Horowitz)`: the name before, written again


class NameFinder:
    """Finds every mention of a person in a document: the tagger's spans repaired, then the names
    it missed."""

    def __init__(self, vocab: MorphVocab) -> None:
        self.vocab = vocab
        self.words = NameWords(vocab)

    def find(self, doc: Parsed, places: list[Place]) -> list[Mention]:
        s = NameScan(doc, self.words, {i for p in places for i in range(p.first, p.last)})
        spans = [
            r for a, b in self._tagged(s) for r in split_by_case(s, *without_address(doc, a, b))
        ]
        spans = [r for r in (without_verbs(s, a, b) for a, b in spans) if r[1] > r[0]]
        rejected = [r for r in spans if not plausible(s, r)]
        spans = extend(s, [r for r in spans if r not in rejected])
        taken = {i for a, b in spans for i in range(a, b)}
        spans = join(s, [(a, extend_right(s, a, b, taken)) for a, b in spans])
        spans += propagate(s, spans, rejected)
        spans += handles(doc, {i for a, b in spans for i in range(a, b)})
        spans += dictionary_surnames(s, spans)
        spans = sorted(set(spans))
        tokens = doc.tokens
        return [
            Mention(a, b, tokens[a].start, tokens[b - 1].end, transliteration(doc, (a, b), spans))
            for a, b in spans
        ]

    @staticmethod
    def _tagged(s: NameScan) -> list[Span]:
        """The tagger's spans cut into pieces; in a span of another type, only a name inside
        (`Ахмат-Хаджи Кадырова` tagged LOC, `Лонгин Клинский (РПЦ МП)` ORG)."""
        tokens = s.doc.tokens
        starts = {t.start: i for i, t in enumerate(tokens)}
        ends = {t.end: i + 1 for i, t in enumerate(tokens)}
        spans: list[Span] = []
        for e in s.doc.entities:
            if e.start not in starts or e.end not in ends:
                continue
            found = pieces(s.doc, starts[e.start], ends[e.end])
            if e.type != "PER":
                found = [n for r in found if (n := name_inside(s, r))]
            spans.extend(found)
        return spans

    def east_asian_key(self, word: str) -> str | None:
        """`Хвана` → `хван`: the family name an East Asian name starts with, in any case."""
        return self.words.east_asian_key(word)

    def surname_key(self, word: str) -> str:
        """`Карасиным` → `карасин`: the name's dictionary form, the same in every case."""
        return self.words.surname_key(word)
