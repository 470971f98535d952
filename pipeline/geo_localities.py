"""Towns no table lists (`в Нижний Тагил`, `посетил Выборг`), read from the tagger's locations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .document import Entity, Parsed
from .geo_place import Place, fold
from .patterns import word_before
from .rules import countries as rules
from .rules.grammar import LOCATIVE

if TYPE_CHECKING:
    from .geo import Gazetteer

MAX_TOWN_WORDS = 3


def _a_town(gazetteer: Gazetteer, doc: Parsed, span: range) -> bool:
    """Capitalised word by word (not `Красной площади`), no region (`Витебскую область` is the
    tables' to read), no part of the world, and after `в`/`во`/`на` or with a geographical reading
    outside the nominative (`Кордова заявил`: a place name in the nominative may be a person's)."""
    words = [doc.tokens[i].text for i in span]
    lemma = gazetteer.lemma(words[-1])
    if (
        not all(w[:1].isupper() for w in words)
        or lemma in rules.REGION_TYPES
        or lemma in rules.STATE_NOUNS
        or any(gazetteer.lemma(w) in rules.WORLD_PARTS for w in words)
    ):
        return False
    return word_before(doc, span[0], LOCATIVE) is not None or (
        gazetteer.vocab.geographic(fold(words[-1]))
        and doc.tokens[span[-1]].case not in (None, "Nom")
    )


def localities(
    gazetteer: Gazetteer, doc: Parsed, known: list[Place], named: list[tuple[int, int]]
) -> list[Place]:
    """Locations the tagger finds that no table lists and no person's name holds (`named`), read
    as towns. Their country is the text's to give, so none here."""
    covered = {i for p in known for i in range(p.first, p.last)}
    out: list[Place] = []
    for e in doc.entities:
        if not _free_location(e, named):
            continue
        span = doc.starting_in(e.start, e.end)
        if not span or covered & set(span) or len(span) > MAX_TOWN_WORDS:
            continue
        if not _a_town(gazetteer, doc, span):
            continue
        city = gazetteer.vocab.nominative_phrase([doc.tokens[i].text for i in span])
        first, last = span[0], span[-1] + 1
        start, end = doc.tokens[first].start, doc.tokens[last - 1].end
        out.append(Place(start, end, first, last, None, city, "city"))
    return out


def _free_location(e: Entity, named: list[tuple[int, int]]) -> bool:
    """A location outside every person's name."""
    return e.type == "LOC" and not any(lo <= e.start < hi for lo, hi in named)
