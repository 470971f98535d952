"""Whether a title word and the name beside it agree in case, so that the title is the name's.

The tagger guesses at foreign names' cases, so the dictionary and the tree are asked too.
"""

from __future__ import annotations

from .document import Parsed, Token
from .rules import grammar
from .rules import titles as rules
from .title_words import TitleWords

NAME_TAGS = {"Name", "Surn", "Patr"}


def agrees(words: TitleWords, doc: Parsed, h: int, name: int) -> bool:
    """A title and the name after it share a case, unless the tree makes the name the title's
    apposition (the tagger guesses at foreign names' cases); `министр Ивану Петрову` is none."""
    t, n = doc.tokens[h], doc.tokens[name]
    if n.head == h and n.rel == "nmod":
        # `Помощник Хиллари Клинтон по … делам Филип Гордон`: whom the title serves
        return False
    if (
        n.case == "Gen"
        and t.case != "Gen"
        and not can_be(words, doc, h, "Gen")
        and words.vocab.first_lemma(t.folded) in rules.SERVING
    ):
        # `Защитник Анны Ивановой`: an aide's title before a genitive names whom he serves
        return False
    if (
        n.case is None
        or can_be(words, doc, h, n.case)
        or can_be(words, doc, name, t.case, any_word=True)
    ):
        return True
    if known_case(words, n):
        # `Указом губернатора Игорь Дмитриев`: a name the dictionary knows is in its own case
        return False
    if n.case == "Gen":
        return n.rel == "appos"
    return n.head == h or n.rel not in grammar.ARGUMENT_RELATIONS


def known_case(words: TitleWords, n: Token) -> bool:
    """The dictionary knows the name word (`Игорь`), and only in the case the tagger gave it."""
    known = [p for p in words.vocab.known(n.folded) if NAME_TAGS & p.tag.grammemes]
    return bool(known) and {p.tag.case for p in known} == {grammar.UD_CASES.get(n.case)}


def same_case(words: TitleWords, doc: Parsed, h: int, name: int) -> bool:
    """The title word at `h` can stand in the case of the name's word at `name`, or the name's
    word in the title's: `Президента Азербайджана Ильхама Алиева`."""
    case = doc.tokens[name].case
    return (
        case is None
        or can_be(words, doc, h, case)
        or can_be(words, doc, name, doc.tokens[h].case, any_word=True)
    )


def agrees_after(words: TitleWords, doc: Parsed, h: int, name: range) -> bool:
    """The title word at `h` after the name can stand in a case of the name's words: `Брода,
    известного борца …` (`борца` is accusative as well as genitive)."""
    cases = {doc.tokens[k].case for k in name if doc.tokens[k].pos == "PROPN"} - {None}
    return not cases or any(can_be(words, doc, h, c) for c in cases)


def kin_before(words: TitleWords, doc: Parsed, h: int) -> bool:
    """A kinsman's word before a title in the genitive: `муж актрисы`, `сын президента`."""
    return (
        h > 0
        and doc.tokens[h].case == "Gen"
        and words.vocab.first_lemma(doc.tokens[h - 1].folded) in rules.KIN
    )


def can_be(
    words: TitleWords, doc: Parsed, i: int, case: str | None, any_word: bool = False
) -> bool:
    """The word can stand in `case` (`борца` is genitive as well as accusative, whatever the
    tagger chose); `any_word`: a name's word, which pymorphy may know only by guessing
    (`Беназир`)."""
    tok = doc.tokens[i]
    if case is None or tok.case is None or tok.case == case:
        return True
    parses = [p for p in words.vocab(tok.folded) if p.tag.POS == "NOUN" or any_word]
    return grammar.UD_CASES.get(case) in {p.tag.case for p in parses} or any(
        "Fixd" in p.tag.grammemes for p in parses
    )
