"""Speech verbs and the clauses around quoted words: what finding quotes and crediting them read."""

from __future__ import annotations

import re

from .document import Parsed, Token
from .rules import speech

# `«…», — подчеркнул …`: the closing mark, then a dash.
SAID_AFTER = re.compile(r"[»“”\"]\s*[,!?…]?\s*[-–—]\s")


def finite(tok: Token) -> bool:
    """A finite verb: `заключил`, `улыбнулся` (not `заявив`, `сказавший`)."""
    return tok.pos == "VERB" and tok.feats.get("VerbForm") in (None, "Fin")


def speech_verb(doc: Parsed, lo: int, hi: int, from_end: bool = False) -> int | None:
    """The first (or, `from_end`, the last) speech verb between offsets `lo` and `hi`: `заявил`."""
    span = doc.within(lo, hi)
    return next(
        (i for i in (reversed(span) if from_end else span) if doc.tokens[i].lemma in speech.VERBS),
        None,
    )


def first_verb(doc: Parsed, lo: int, hi: int) -> int | None:
    """The first word after an attribution's dash, when it is a finite verb (`заключил`,
    `улыбнулся`)."""
    i = next((i for i in doc.within(lo, hi) if doc.tokens[i].text[:1].isalpha()), None)
    return i if i is not None and finite(doc.tokens[i]) else None


def verb_after_dash(
    doc: Parsed, at: int, past_adverbs: bool = False, any_verb: bool = False
) -> bool:
    """The first word after the dash that follows `at` is a speech verb (`, — заявлял …`;
    with `past_adverbs`, also `— коротко ответил`; with `any_verb`, any finite verb: after
    quotation marks a dash and a verb attribute the words, `», – отрезал он`, `– удивился
    Рябков. –`)."""
    words = (
        doc.tokens[i] for i in doc.starting_in(at, at + 40) if doc.tokens[i].text[:1].isalpha()
    )
    word = next((t for t in words if not (past_adverbs and t.pos == "ADV")), None)
    if word is None:
        return False
    return word.lemma in speech.VERBS or (any_verb and finite(word))


def said_after(doc: Parsed, end: int) -> bool:
    """`«…», — подчеркнул …`: the closing mark, a dash and a speech verb (names in quotation
    marks are not followed so)."""
    m = SAID_AFTER.match(doc.clean, end)
    return bool(m) and verb_after_dash(doc, m.end(), past_adverbs=True, any_verb=True)


def said_before(doc: Parsed, mark: int) -> bool:
    """`Азаров сказал: «Ну, конечно»`: a colon before the opening mark, a speech verb before it
    in the same sentence."""
    text = doc.clean
    colon = len(text[:mark].rstrip()) - 1
    if colon < 0 or text[colon] != ":":
        return False
    return speech_verb(doc, clause_start(doc, colon), colon) is not None


def clause_start(doc: Parsed, at: int) -> int:
    """Where the clause ending at `at` begins: after the last comma of its sentence before it."""
    sent = doc.sentences[doc.sentence_of(at)]
    return max(sent.start, doc.clean.rfind(",", sent.start, at) + 1)
