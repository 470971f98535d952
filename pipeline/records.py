"""Stage: records — the stages' findings as the pydantic record of the contract."""

from __future__ import annotations

from schemas import Record
from schemas import agreement as sa
from schemas import common as sc
from schemas import person as sp
from schemas import quote as sq
from schemas import visit as sv
from schemas.record import Document

from .agreements import Agreement
from .dates import Date
from .document import Parsed
from .keys import person_key
from .persons import Person, PersonsResult
from .quotes import Quote
from .visits import Visit


def _span(text: str, start: int, end: int) -> sc.Span:
    return sc.Span(start=start, end=end, text=text[start:end])


def _date(text: str, d: Date | None) -> sc.Date | None:
    if d is None:
        return None
    iso = f"{d.year:04d}-{d.month:02d}-{d.day:02d}" if d.year and d.month and d.day else None
    return sc.Date(
        text=text[d.start : d.end],
        span=_span(text, d.start, d.end),
        year=d.year,
        month=d.month,
        day=d.day,
        iso=iso,
        year_inferred=True if d.year_inferred else None,
    )


def _title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip().strip("#*_ ").strip()
        if line:
            return line
    return None


def build(
    doc: Parsed,
    persons: PersonsResult,
    dates: list[Date],
    published: Date | None,
    visits: list[Visit],
    agreements: list[Agreement],
    quotes: list[Quote],
) -> Record:
    text = doc.text
    ids = {id(p): f"person-{n}" for n, p in enumerate(persons.persons, 1)}

    def pid(p: Person | None) -> str | None:
        return ids[id(p)] if p is not None else None

    visit_ids = {id(v): f"visit-{n}" for n, v in enumerate(visits, 1)}
    return Record(
        document=Document(
            id=doc.source.id,
            source=doc.source.path,
            sha256=doc.source.sha256,
            title=_title(text),
            published=_date(text, published),
            chars=len(text),
            sentences=len(doc.sentences),
            tokens=len(doc.tokens),
        ),
        persons=[
            sp.Person(
                id=pid(p),
                name=p.name,
                first=p.first,
                middle=p.middle,
                last=p.last,
                key=person_key(p.name, p.first, p.middle, p.last),
                roles=[
                    sp.Role(
                        title=r.title,
                        country=r.country,
                        organization=r.organization,
                        place=r.place,
                        span=_span(text, r.start, r.end),
                    )
                    for r in p.roles
                ],
                mentions=[_span(text, m.start, m.end) for m in p.mentions],
                references=[_span(text, a, b) for a, b in sorted(set(p.references))],
            )
            for p in persons.persons
        ],
        visits=[
            sv.Visit(
                id=visit_ids[id(v)],
                visitor=pid(v.visitor),
                host=pid(v.host),
                kind=v.kind,
                status=v.status,
                origin_country=v.origin_country,
                destination=sv.Destination(country=v.country, city=v.city),
                start=_date(text, v.start),
                end=_date(text, v.end),
                meetings=[
                    sv.Meeting(
                        with_=[pid(p) for p in m.with_],
                        date=_date(text, m.date),
                        span=_span(text, *m.span),
                    )
                    for m in v.meetings
                ],
                evidence=[_span(text, a, b) for a, b in v.evidence],
            )
            for v in visits
        ],
        agreements=[
            sa.Agreement(
                id=f"agreement-{n}",
                kind=a.kind,
                title=a.title,
                status=a.status,
                count=a.count,
                parties=a.parties,
                signatories=[pid(p) for p in a.signatories],
                date=_date(text, a.date),
                visit=visit_ids.get(id(a.visit)) if a.visit else None,
                evidence=[_span(text, s, e) for s, e in a.evidence],
            )
            for n, a in enumerate(agreements, 1)
        ],
        quotes=[
            sq.Quote(
                id=f"quote-{n}",
                text=text[q.start : q.end],
                span=_span(text, q.start, q.end),
                speaker=pid(q.speaker),
                speaker_span=_span(text, *q.speaker_span) if q.speaker_span else None,
                verb=q.verb,
            )
            for n, q in enumerate(quotes, 1)
        ],
    )
