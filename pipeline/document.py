"""The data that flows from stage to stage: plain slotted classes, offsets into the original
text."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field


@dataclass(slots=True)
class Token:
    """One token: its offsets, its sentence, and what the taggers said of it."""

    start: int
    end: int
    text: str
    sent: int  # index of its sentence
    pos: str = "X"
    feats: dict[str, str] = field(default_factory=dict)
    head: int = -1  # document-level index of the syntactic head, -1 for the root
    rel: str = ""
    lemma: str = ""

    @property
    def case(self) -> str | None:
        return self.feats.get("Case")

    @property
    def folded(self) -> str:
        """Lowercase, `ё` as `е`: the form word tables are written in."""
        return self.text.lower().replace("ё", "е")


@dataclass(slots=True)
class Sentence:
    """One sentence: its character offsets and its token range `[first, last)`."""

    start: int
    end: int
    first: int  # index of its first token
    last: int  # one past its last token


@dataclass(slots=True)
class Entity:
    """A named-entity span from the NER tagger (PER, LOC, ORG)."""

    start: int
    end: int
    type: str


@dataclass(slots=True)
class Source:
    """A decoded input document."""

    id: str
    path: str
    sha256: str
    text: str


@dataclass(slots=True)
class Parsed:
    """A document after segmentation and tagging. `clean` is `text` with markup blanked out
    character for character, so every offset means the same in both."""

    source: Source
    clean: str
    sentences: list[Sentence]
    tokens: list[Token]
    entities: list[Entity] = field(default_factory=list)
    _children: list[list[int]] | None = None

    def children(self, i: int) -> list[int]:
        """Indices of the tokens whose syntactic head is token `i`, in text order."""
        if self._children is None:
            self._children = [[] for _ in self.tokens]
            for k, t in enumerate(self.tokens):
                if t.head >= 0:
                    self._children[t.head].append(k)
        return self._children[i]

    @property
    def text(self) -> str:
        return self.source.text

    def sentence_tokens(self, index: int) -> list[Token]:
        s = self.sentences[index]
        return self.tokens[s.first : s.last]

    def starting_in(self, lo: int, hi: int) -> range:
        """Indices of the tokens that start in `[lo, hi)`."""
        key = lambda t: t.start  # noqa: E731
        return range(bisect_left(self.tokens, lo, key=key), bisect_left(self.tokens, hi, key=key))

    def within(self, lo: int, hi: int) -> range:
        """Indices of the tokens that lie wholly inside `[lo, hi)`."""
        r = self.starting_in(lo, hi)
        last = r.stop
        while last > r.start and self.tokens[last - 1].end > hi:
            last -= 1
        return range(r.start, last)

    def pieces(self, max_chars: int) -> list[tuple[int, int]]:
        """Runs of whole sentences up to `max_chars` long (a longer sentence is a piece of its
        own), for taggers whose memory grows with the text they are given at once."""
        out: list[tuple[int, int]] = []
        start = end = -1
        for sent in self.sentences:
            if start >= 0 and sent.end - start > max_chars:
                out.append((start, end))
                start = -1
            if start < 0:
                start = sent.start
            end = sent.end
        if start >= 0:
            out.append((start, end))
        return out

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding `offset` (the last one starting at or before it)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].start <= offset:
                lo = mid + 1
            else:
                hi = mid
        return max(0, lo - 1)
