"""Stage: quotes — direct speech in quotation marks or after a dialogue dash, with its speaker.

The stage's rules live beside it: `quote_marks` finds quoted words (`MARKED`, `DIALOGUE`),
`quote_attribution` credits them (`ATTRIBUTIONS`, then `CONTINUATIONS`), `quote_speakers` picks
the speaker in an attribution (`SPEAKER_RULES`), `quote_verbs` reads speech verbs and clauses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .document import Parsed
from .explain import Why
from .persons import Person, PersonsResult
from .quote_attribution import attribute, continue_speech
from .quote_marks import find
from .quote_speakers import QuoteContext
from .roles import TitleReader


@dataclass(slots=True)
class Quote:
    """Quoted words (offsets), who said them and the speech verb's lemma."""

    start: int
    end: int
    speaker: Person | None
    speaker_span: tuple[int, int] | None
    verb: str | None
    # between marks in one line (not a dialogue line, nor a paragraph of a longer quotation)
    closed: bool = True
    why: Why = field(default_factory=dict)  # field → the rule that set it (explain mode)


class QuoteFinder:
    """Finds direct speech and who said it; `titles` tells a title word (`— сказал протоиерей`)."""

    def __init__(self, titles: TitleReader | None = None) -> None:
        self.titles = titles

    def run(self, doc: Parsed, persons: PersonsResult) -> list[Quote]:
        found = find(doc)
        # who is named inside quoted words is nobody's antecedent outside them
        ctx = QuoteContext(doc, persons.outside([(f.start, f.end) for f in found]), self.titles)
        quotes: list[Quote] = []
        for f in found:
            said, why = attribute(ctx, f)
            why = {"found by": f.found_by, **why}
            quotes.append(Quote(f.start, f.end, said.speaker, said.span, said.verb, f.closed, why))
        quotes = sorted((q for q in quotes if not _a_name(doc, q)), key=lambda q: q.start)
        continue_speech(ctx, quotes)
        return quotes


def _a_name(doc: Parsed, q: Quote) -> bool:
    """Quoted words that are a name or a term, not speech: a phrase with no finite verb that a
    noun or a preposition right before governs (`за звание «Чемпион мира по шахматам»`); where
    nothing attributes them, any phrase so governed (`круглого стола «Реконструкция …:
    справятся ли …?»`) or any with no finite verb (`вменяется «преступный сговор …»`). A clause
    goes on into quoted words (`гособвинение «преследует …»`): those are speech."""
    inside = [doc.tokens[i] for i in doc.within(q.start, q.end)]
    clause = any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" for t in inside)
    if not q.closed:  # a dash or a paragraph's opening mark says the words are speech, but for
        # a signature under a quotation: `— Татьяна Скригонюк, заместитель начальника …`
        return not clause and bool(inside) and inside[0].pos == "PROPN" and not q.verb
    preceding = doc.starting_in(max(0, q.start - 40), q.start - 1)
    word = next(
        (doc.tokens[i] for i in reversed(preceding) if doc.tokens[i].text[:1].isalnum()), None
    )
    governed = (
        word is not None
        and word.sent == doc.sentence_of(q.start)
        and word.pos in ("NOUN", "PROPN", "ADP")
        and not doc.clean[word.end : q.start - 1].strip()
    )
    if q.speaker is not None or q.verb is not None:
        return governed and not clause
    # a verbless phrase is speech only as a sentence of its own (`«Это очень важное решение».`),
    # not one of a list or a sentence's part (`«Жилищная солидарность», «Координационный совет
    # …»,`)
    next_chars = doc.clean[q.end + 1 : q.end + 3].lstrip()
    prev_char = doc.clean[: max(0, q.start - 1)].rstrip()[-1:]
    embedded = (
        q.end >= len(doc.clean)
        or not doc.clean[q.start : q.start + 1].isupper()
        or next_chars[:1] in (",", ";")
        or next_chars[:1].isalnum()
        or prev_char == ","
    )
    return governed or (not clause and embedded)
