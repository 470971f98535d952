"""Stage: visits — who travelled (or will) where, of what kind, when, and who received them."""
from __future__ import annotations

from dataclasses import dataclass, field

from .dates import Date
from .document import Parsed
from .geo import Place, fold
from .persons import Person, PersonsResult
from .rules import events as rules
from .rules.speech import PRONOUNS

HEAD_RANK = ("президент", "председатель", "король", "канцлер", "премьер-министр", "премьер", "министр")


@dataclass
class Meeting:
    with_: list[Person]
    date: Date | None
    span: tuple[int, int]


@dataclass
class Visit:
    visitor: Person | None
    host: Person | None
    kind: str
    status: str
    origin_country: str | None
    country: str | None
    city: str | None
    start: Date | None
    end: Date | None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)
    invited: bool = False  # the host is the one who invited (`по приглашению …`), not a guess


def _country_of(p: Person | None) -> str | None:
    return next((r.country for r in p.roles if r.country), None) if p else None


class VisitFinder:
    def run(self, doc: Parsed, persons: PersonsResult, dates: list[Date]) -> list[Visit]:
        visits: list[Visit] = []
        for s_idx, sent in enumerate(doc.sentences):
            toks = list(range(sent.first, sent.last))
            trig = next((i for i in toks if doc.tokens[i].lemma in rules.VISIT_NOUNS | rules.VISIT_VERBS), None)
            if trig is None:
                continue
            dest = self._destination(doc, persons.places, sent.first, sent.last, trig)
            inviter = self._inviter(doc, persons, toks)
            visitor = self._visitor(doc, persons, toks, trig, inviter)
            if visitor is None or dest is None:
                continue
            kind = next((k for i in toks for stem, k in rules.VISIT_KINDS.items()
                         if fold(doc.tokens[i].text).startswith(stem) and doc.tokens[i].pos == "ADJ"), "unspecified")
            date = next((d for d in dates if sent.start <= d.start < sent.end), None)
            host = inviter or self._host(persons, dest.country, visitor)
            visits.append(Visit(visitor, host, kind, self._status(doc, toks), _country_of(visitor),
                                dest.country, dest.city, date, date.end_of if date else None,
                                [(sent.start, sent.end)], [], {s_idx}, inviter is not None))
        return self._merge(visits)

    def _destination(self, doc: Parsed, places: list[Place], lo: int, hi: int, trig: int) -> Place | None:
        here = [p for p in places if lo <= p.first < hi and p.kind in ("country", "city")
                and p.first > 0 and fold(doc.tokens[p.first - 1].text) in ("в", "на", "во")]
        after = [p for p in here if p.first > trig]
        # `посетит Москву`: the verb takes the place as its object
        direct = [p for p in places if trig < p.first <= trig + 3 and p.kind in ("country", "city")
                  and doc.tokens[p.first].feats.get("Case") == "Acc" and doc.tokens[trig].pos == "VERB"]
        return (after or direct or here or [None])[0]

    def _visitor(self, doc: Parsed, persons: PersonsResult, toks: list[int], trig: int, inviter: Person | None) -> Person | None:
        by = {i: p for i, p in persons.by_token.items() if p is not inviter}
        # `визит Барака Обамы`, `поездки помощника госсекретаря Виктории Нуланд`
        for i in range(trig + 1, min(trig + 7, toks[-1] + 1)):
            if i in by and doc.tokens[i].feats.get("Case") == "Gen":
                return by[i]
            if doc.tokens[i].text in ",.;" or fold(doc.tokens[i].text) in ("в", "на"):
                break
        subjects = [i for i in toks if i in by and doc.tokens[i].rel.startswith("nsubj")]
        if subjects:
            return by[min(subjects, key=lambda i: abs(i - trig))]
        before = [i for i in toks if i in by and i < trig]
        if before:
            return by[before[-1]]
        for i in toks:
            if fold(doc.tokens[i].text) in PRONOUNS and i < trig:
                return persons.last_before(doc.tokens[i].start)
        after = [i for i in toks if i in by]
        return by[after[0]] if after else None

    def _inviter(self, doc: Parsed, persons: PersonsResult, toks: list[int]) -> Person | None:
        for i in toks:  # `по приглашению премьер-министра Романа Головченко`
            if doc.tokens[i].lemma == "приглашение":
                for j in range(i + 1, min(i + 10, toks[-1] + 1)):
                    if j in persons.by_token:
                        return persons.by_token[j]
        return None

    def _host(self, persons: PersonsResult, country: str | None, visitor: Person) -> Person | None:
        if country is None:
            return None
        local = [p for p in persons.persons if p is not visitor and _country_of(p) == country]
        ranked = sorted(local, key=lambda p: min((HEAD_RANK.index(r.title) for r in p.roles if r.title in HEAD_RANK), default=99))
        return ranked[0] if ranked and any(r.title in HEAD_RANK for r in ranked[0].roles) else None

    def _status(self, doc: Parsed, toks: list[int]) -> str:
        lemmas = {doc.tokens[i].lemma for i in toks}
        if lemmas & rules.PLANNED or any(doc.tokens[i].feats.get("Tense") == "Fut" for i in toks):
            return "planned"
        if lemmas & rules.ONGOING or any(doc.tokens[i].feats.get("Tense") == "Pres" and doc.tokens[i].pos == "VERB" for i in toks):
            return "ongoing"
        return "completed"

    def _merge(self, visits: list[Visit]) -> list[Visit]:
        out: list[Visit] = []
        for v in visits:
            same = next((o for o in out if o.visitor is v.visitor and (o.country == v.country or None in (o.country, v.country))
                         and (o.city == v.city or None in (o.city, v.city))), None)
            if same is None:
                out.append(v)
                continue
            same.evidence += v.evidence
            same.sentences |= v.sentences
            same.city = same.city or v.city
            same.country = same.country or v.country
            same.start = same.start or v.start
            same.end = same.end or v.end
            if v.invited and not same.invited:
                same.host, same.invited = v.host, True
            same.host = same.host or v.host
            if same.kind == "unspecified":
                same.kind = v.kind
        return out
