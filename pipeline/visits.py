"""Stage: visits — who travelled (or will) where, of what kind, when, and who received them.

The sentence passes (`PASSES`) find the trips one sentence states, the later passes (`LATER`)
complete them; the rule lists they ask live beside them: `DESTINATIONS` (visit_places),
`VISITORS`, `TALKERS`, `GUESTS` (visit_people), `STATUS_RULES` (visit_status), `HOSTS`
(visit_hosts).
"""

from __future__ import annotations

from .dates import Date
from .document import Parsed
from .persons import PersonsResult
from .visit_hosts import HOSTS
from .visit_model import Meeting, TripContext, TripSentence, Visit, country_of
from .visit_passes import LATER, PASSES, find_in_sentence
from .visit_people import GUESTS, TALKERS, VISITORS
from .visit_places import DESTINATIONS
from .visit_status import STATUS_RULES
from .visit_trips import merge

_country_of = country_of  # the name agreements.py imports

__all__ = [
    "DESTINATIONS",
    "GUESTS",
    "HOSTS",
    "LATER",
    "PASSES",
    "STATUS_RULES",
    "TALKERS",
    "VISITORS",
    "Meeting",
    "Visit",
    "VisitFinder",
    "country_of",
    "_country_of",
]


class VisitFinder:
    """Finds the trips a document states: each sentence by the first pass that claims it, the
    same trip told twice made one, then the later passes over them all."""

    def run(self, doc: Parsed, persons: PersonsResult, dates: list[Date]) -> list[Visit]:
        ctx = TripContext(doc, persons, dates)
        for index in range(len(doc.sentences)):
            find_in_sentence(ctx, TripSentence.of(doc, index))
        ctx.visits = merge(ctx.visits)
        for later in LATER:
            later(ctx)
        return ctx.visits
