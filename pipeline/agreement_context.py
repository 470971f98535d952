"""What the agreement rules read: the document's stages so far, and one agreement noun in its
sentence with what has been read of it."""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import Date
from .document import Parsed, Token
from .models import MorphVocab
from .persons import Person, PersonsResult
from .rules import events as rules
from .visits import Visit

# relations through which a listed document hangs on the word that signs it
GOVERNED_LINKS = ("conj", "nmod", "obj", "nsubj:pass", "appos")
GOVERNED_HOPS = 6  # `подписание постановления, плана … и меморандума`
NEAR = 8  # tokens between a signing word and the agreement noun it may sign without the tree


@dataclass
class AgreementContext:
    """One document as the agreement rules see it: its tokens, persons, dates and trips."""

    doc: Parsed
    persons: PersonsResult
    dates: list[Date]
    visits: list[Visit]
    vocab: MorphVocab


@dataclass
class Candidate:
    """An agreement noun in its sentence. Indices into `toks` (the sentence's tokens) are relative
    to the sentence; `lo + i` is the document's index of token `i`."""

    ctx: AgreementContext
    sentence: int  # index of the sentence in the document
    lo: int  # document index of the sentence's first token
    hi: int  # one past its last
    toks: list[Token]
    noun: int  # the key's first word (`дорожные` of `дорожные карты`)
    width: int  # words in the key
    key: str  # the key of `rules.AGREEMENT_NOUNS`
    kind: str
    signing: list[int]  # the sentence's signing words (`подписали`, `подписание`)
    lemmas: set[str] = field(default_factory=set)  # the sentence's lemmas
    start: int = 0  # the name: [start, end)
    end: int = 0
    near: list[int] = field(default_factory=list)  # the signing words that sign this noun
    status: str = "mentioned"
    visit: Visit | None = None
    signatories: list[Person] = field(default_factory=list)

    @property
    def doc(self) -> Parsed:
        return self.ctx.doc

    @property
    def persons(self) -> PersonsResult:
        return self.ctx.persons

    @property
    def title_range(self) -> range:
        """The name's tokens by their document indices."""
        return range(self.lo + self.start, self.lo + self.end)

    def head(self, i: int) -> int:
        """The sentence index of token `i`'s syntactic head (outside `[0, len(toks))` when the head
        is the root or in another sentence)."""
        return self.toks[i].head - self.lo

    def governs(self, j: int) -> bool:
        """The signing word at `j` governs the agreement noun through a list of documents
        (`подписание постановления, плана … и меморандума`, `подписано 11 документов, в том числе
        протокол …, дорожная карта …`): heads from the noun (the key's last word) lead to `j`."""
        i = self.noun + self.width - 1
        for _ in range(GOVERNED_HOPS):
            head = self.head(i)
            if not 0 <= head < len(self.toks) or self.toks[i].rel not in GOVERNED_LINKS:
                return False
            if head == j:
                return True
            i = head
        return False

    def signs_this(self, j: int) -> bool:
        """A passive signing participle counts only for the noun it describes: `подписанный
        договор`, not `программа согласованных действий` (`подписавшие его компании` signed
        something else)."""
        t = self.toks[j]
        describes = t.rel in ("amod", "acl") and (t.pos == "ADJ" or t.feats.get("Voice") == "Pass")
        return not describes or self.head(j) == self.noun

    def signing_words(self) -> list[int]:
        """The signing words that sign this noun: near it or governing it through a list, and not
        describing another noun. Statements are issued too (`выступили с совместным заявлением`)."""
        signing = self.signing
        if self.kind in rules.ISSUED_KINDS:
            issuing = [j for j, t in enumerate(self.toks) if t.lemma in rules.ISSUING_VERBS]
            signing = sorted(signing + issuing)
        return [
            j
            for j in signing
            if (abs(j - self.noun) <= NEAR or self.governs(j)) and self.signs_this(j)
        ]

    def future_form(self, tok: Token) -> bool:
        """`заключу`: a perfective verb in the non-past, which the tagger may leave without a
        tense."""
        parses = self.ctx.vocab(tok.folded)
        return bool(parses) and parses[0].tag.POS == "VERB" and "futr" in parses[0].tag

    def word_after(self, i: int, words: set[str], window: int) -> bool:
        """One of `words` among the `window` tokens after `i` in the sentence: `ли` of
        `планируется ли подписание`."""
        return any(
            t.folded in words for t in self.toks[i + 1 : min(len(self.toks), i + 1 + window)]
        )
