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


def attached(doc: Parsed, i: int) -> tuple[int, str]:
    """Where a name hangs in the sentence, through its title: `президента Конго Дени Сассу-Нгессо`
    is the verb's object through `президента`. (head index, relation)."""
    for _ in range(NAME_HOPS):
        t = doc.tokens[i]
        if t.rel not in NAME_LINKS or t.head < 0:
            return t.head, t.rel
        i = t.head
    return doc.tokens[i].head, doc.tokens[i].rel


def subject_of(doc: Parsed, first: int, verb: int | None = None) -> bool:
    """The name starting at token `first` is a subject (of `verb`, when given), through its title:
    `возглавил протоиерей Всеволод Чаплин`."""
    head, rel = attached(doc, first)
    return rel.startswith("nsubj") and (verb is None or head == verb)


def clause_break_between(doc: Parsed, a: int, b: int) -> bool:
    """A comma, colon or dash between tokens `a` and `b`: they stand in different clauses."""
    lo, hi = min(a, b), max(a, b)
    return any(doc.tokens[i].text in grammar.CLAUSE_BREAKS for i in range(lo, hi))


def _title_case(doc: Parsed, i: int) -> str | None:
    """The case of the word a name hangs on through its title chain (`вице-премьером`)."""
    tok = doc.tokens[i]
    for _ in range(NAME_HOPS):
        if tok.rel not in NAME_LINKS or tok.head < 0:
            break
        tok = doc.tokens[tok.head]
    return tok.case


def met_with(doc: Parsed, i: int, window: int, lo: int = 0) -> int | None:
    """`встретилась с заместителем министра Сергеем Рябковым`: the `с` before the name at `i` in
    the instrumental (not before token `lo`), where it is one met (not `вместе с женой`, `во главе
    с министром`); a name that does not decline shows the case through its title (`с
    вице-премьером Чан Хонг Ха`)."""
    if doc.tokens[i].case != "Ins" and _title_case(doc, i) != "Ins":
        return None
    at = word_before(doc, i, grammar.WITH, window, lo)
    if at is None or (at > 0 and doc.tokens[at - 1].folded in grammar.WITH_NO_MEETING):
        return None
    return at
