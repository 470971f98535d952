"""Named token patterns the rules share: what stands before a token, how a name hangs in the tree.

Each helper is one walk the rules used to type out again and again; its docstring's example is
the Russian it is for.
"""

from __future__ import annotations

from collections.abc import Collection

from .document import Parsed
from .rules import grammar

# relations through which a name hangs on its title or on the rest of its name
NAME_LINKS = ("appos", "flat:name", "flat")
NAME_HOPS = 4  # how far up a title and name chain may go (`Замглавы МИД Сергей Рябков`)
# relations between the words of one name (`Хиллари` ← `Клинтон`)
NAME_WORDS = ("flat:name", "flat")


def word_before(
    doc: Parsed, i: int, words: Collection[str], window: int = 1, lo: int = 0
) -> int | None:
    """The nearest token among the `window` tokens before `i` (not before `lo`) whose folded form
    is in `words`: `с` of `с премьер-министром Индии`."""
    for j in range(i - 1, max(lo, i - window) - 1, -1):
        if doc.tokens[j].folded in words:
            return j
    return None


def with_before(doc: Parsed, i: int, window: int, lo: int = 0) -> bool:
    """`с`/`со` within `window` tokens before `i`: `встретился с президентом …`."""
    return word_before(doc, i, grammar.WITH, window, lo) is not None


def chain_top(doc: Parsed, i: int) -> int:
    """The top of the title and name chain token `i` is in (`президента` of `президента Конго
    Дени Сассу-Нгессо`), up to NAME_HOPS links."""
    for _ in range(NAME_HOPS):
        t = doc.tokens[i]
        if t.rel not in NAME_LINKS or t.head < 0:
            return i
        i = t.head
    return i


def name_top(doc: Parsed, i: int, links: Collection[str] = NAME_WORDS) -> int:
    """From a word of a name up to the name word the rest hangs on (`Клинтон` → `Хиллари`),
    through `links` between proper nouns only."""
    tok = doc.tokens[i]
    while tok.rel in links and tok.head >= 0 and doc.tokens[tok.head].pos == "PROPN":
        i = tok.head
        tok = doc.tokens[i]
    return i


def attached(doc: Parsed, i: int) -> tuple[int, str]:
    """Where a name hangs in the sentence, through its title: `президента Конго Дени Сассу-Нгессо`
    is the verb's object through `президента`. (head index, relation)."""
    top = doc.tokens[chain_top(doc, i)]
    return top.head, top.rel


def subject_of(doc: Parsed, first: int, verb: int | None = None) -> bool:
    """The name starting at token `first` is a subject (of `verb`, when given), through its title:
    `возглавил протоиерей Всеволод Чаплин`."""
    head, rel = attached(doc, first)
    return rel.startswith("nsubj") and (verb is None or head == verb)


def clause_break_between(doc: Parsed, a: int, b: int) -> bool:
    """A comma, colon or dash between tokens `a` and `b`: they stand in different clauses."""
    lo, hi = min(a, b), max(a, b)
    return any(doc.tokens[i].text in grammar.CLAUSE_BREAKS for i in range(lo, hi))


def met_with(doc: Parsed, i: int, window: int, lo: int = 0) -> int | None:
    """`встретилась с заместителем министра Сергеем Рябковым`: the `с` before the name at `i` in
    the instrumental (not before token `lo`), where it is one met (not `вместе с женой`, `во главе
    с министром`); a name that does not decline shows the case through its title (`с
    вице-премьером Чан Хонг Ха`)."""
    if doc.tokens[i].case != "Ins" and doc.tokens[chain_top(doc, i)].case != "Ins":
        return None
    at = word_before(doc, i, grammar.WITH, window, lo)
    if at is None or (at > 0 and doc.tokens[at - 1].folded in grammar.WITH_NO_MEETING):
        return None
    return at
