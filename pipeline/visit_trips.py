"""Building trips: the trip one sentence states (`stated`), a later sentence told on a trip
(`tell_on`), and one trip told twice made one (`merge`)."""

from __future__ import annotations

from .explain import rule_name
from .persons import Person
from .visit_model import TripContext, TripSentence, Visit, country_of
from .visit_status import date_in_sentence, kind_adjective, says_trip_ends, status, until_date

UNSPECIFIED = "unspecified"  # the kind of a trip no kind adjective is told of


def stated(
    ctx: TripContext,
    s: TripSentence,
    visitor: Person,
    host: Person | None,
    where: tuple[str | None, str | None],
    verb: int,
    onward: bool = False,
) -> Visit:
    """The trip sentence `s` states of the visitor to `where` (country, city), told by the trip
    word `verb`, with the kind, status and date the sentence gives (for an onward trip, only a
    date after its verb). A host given is the one who invited or received."""
    doc, sent = ctx.doc, s.sent
    date = date_in_sentence(ctx.dates, sent, doc.tokens[verb].start if onward else sent.start)
    first = verb if onward else sent.first
    country, city = where
    if country is None and city is not None:
        # a town no table knows: in the country the visitor's trip told before goes to
        # (`прибыл в Астану. … визит в Туркестане`), else at home (`поездка в Нижний Тагил`)
        abroad = [v.country for v in ctx.visits if v.visitor is visitor and v.country]
        country = abroad[-1] if abroad else country_of(visitor)
    start, end = (
        (None, date)
        if date is not None and until_date(doc, date)
        else (date, date.end_of if date else None)
    )
    kind = kind_adjective(doc, first, sent.last)
    state, state_why = status(doc, range(first, sent.last), verb)
    visit = Visit(
        visitor,
        host,
        kind,
        state,
        country_of(visitor),
        country,
        city,
        start,
        end,
        [(sent.start, sent.end)],
        [],
        {s.index},
        host is not None,
    )
    visit.why["status"] = state_why
    if kind != UNSPECIFIED:
        visit.why["kind"] = rule_name(kind_adjective)
    if start is not None:
        visit.why["start"] = rule_name(date_in_sentence)
    elif end is not None:
        visit.why["end"] = rule_name(until_date)
    return visit


def tell_on(ctx: TripContext, trip: Visit, s_idx: int, by: str) -> None:
    """A later sentence about the trip (`by` names the pass that found it): evidence, and its date
    and kind where no sentence gave them (`глава России 31 октября всё же побывал с рабочей
    поездкой на южных островах`)."""
    doc = ctx.doc
    sent = doc.sentences[s_idx]
    trip.sentences.add(s_idx)
    trip.evidence = sorted(set(trip.evidence) | {(sent.start, sent.end)})
    date = date_in_sentence(ctx.dates, sent)
    if trip.start is None and date is not None and not until_date(doc, date):
        trip.start, trip.end = date, date.end_of
        trip.why["start"] = by
    elif (
        date is not None
        and _one_day(trip)
        and (until_date(doc, date) or says_trip_ends(doc, s_idx))
    ):
        trip.end = date  # `Визит продлится до 20 февраля`, `Визит завершится 16 марта`
        trip.why["end"] = by
    if trip.kind == UNSPECIFIED:  # `… всё же побывал с рабочей поездкой`
        trip.kind = kind_adjective(doc, sent.first, sent.last)
        if trip.kind != UNSPECIFIED:
            trip.why["kind"] = rule_name(kind_adjective)


def _one_day(trip: Visit) -> bool:
    """No end told yet: none, or the start's own day."""
    return trip.end is None or (trip.start is not None and trip.end == trip.start.end_of)


def merge(visits: list[Visit]) -> list[Visit]:
    """One visit per visitor and place: a later one of the same visitor to the same country and
    city (or to none given) adds to the first."""
    out: list[Visit] = []
    for v in visits:
        same = next(
            (
                o
                for o in out
                if o.visitor is v.visitor
                and (o.country == v.country or None in (o.country, v.country))
                and (o.city == v.city or None in (o.city, v.city))
            ),
            None,
        )
        if same is None:
            out.append(v)
        else:
            _absorb(same, v)
    return out


def _absorb(same: Visit, v: Visit) -> None:
    """What `v` tells of the trip `same` where `same` does not: sentences, place, dates, the
    inviter, the kind (and why each was set)."""
    taken = [
        key
        for key, taking in (
            ("start", same.start is None and v.start is not None),
            ("end", same.end is None and v.end is not None),
            ("host", v.invited and not same.invited),
            ("kind", same.kind == UNSPECIFIED and v.kind != UNSPECIFIED),
        )
        if taking and key in v.why
    ]
    same.why.update({key: v.why[key] for key in taken})
    same.evidence += v.evidence
    same.sentences |= v.sentences
    same.city = same.city or v.city
    same.country = same.country or v.country
    same.start = same.start or v.start
    same.end = same.end or v.end
    if v.invited and not same.invited:
        same.host, same.invited = v.host, True
    if same.kind == UNSPECIFIED:
        same.kind = v.kind
