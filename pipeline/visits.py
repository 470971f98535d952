"""Stage: visits — who travelled (or will) where, of what kind, when, and who received them."""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import Date
from .explain import Why
from .document import Parsed, Sentence
from .geo import Place, fold, located
from .persons import Person, PersonsResult
from .rules import events as rules
from .rules.speech import PRONOUNS

HEAD_RANK = (
    "президент",
    "председатель",
    "король",
    "канцлер",
    "премьер-министр",
    "премьер",
    "министр",
)
DESTINATION_KINDS = ("country", "city", "region")
# `Накануне … побывал` is yesterday; `накануне визита` is before a trip to come.
EVE = "накануне"
CLAUSE_BREAKS = {",", ";", ":", "—", "–"}
UNTIL = "до"
NEXT_SENTENCES = (
    2  # how far a sentence about `визит`, naming nobody, may follow the trip it tells on
)
TENSE_STATUS = {"Past": "completed", "Pres": "ongoing", "Fut": "planned"}


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
    why: Why = field(default_factory=dict)  # field → the rule that set it (explain mode)


def _country_of(p: Person | None) -> str | None:
    return next((r.country for r in p.roles if r.country), None) if p else None


def _rank(p: Person | None) -> int:
    """Position of the person's highest office in HEAD_RANK; len(HEAD_RANK) for any other title."""
    return (
        min(
            (HEAD_RANK.index(r.title) for r in p.roles if r.title in HEAD_RANK),
            default=len(HEAD_RANK),
        )
        if p
        else len(HEAD_RANK)
    )


class VisitFinder:
    def run(self, doc: Parsed, persons: PersonsResult, dates: list[Date]) -> list[Visit]:
        visits: list[Visit] = []
        unplaced: list[tuple[int, Person | None]] = []  # sentences on a trip that name no place
        talked: list[
            tuple[int, Place]
        ] = []  # talks somewhere, by nobody known to have travelled there
        for s_idx, sent in enumerate(doc.sentences):
            toks = list(range(sent.first, sent.last))
            triggers = [
                i for i in toks if doc.tokens[i].lemma in rules.VISIT_NOUNS | rules.VISIT_VERBS
            ]
            if not triggers and (
                received := self._received(doc, persons, toks, dates, s_idx)
                or self._met(doc, persons, toks, dates, s_idx)
            ):
                visits.append(received)
                continue
            talks = not triggers
            if talks:
                triggers = [i for i in toks if doc.tokens[i].lemma in rules.MEETING_NOUNS]
            if not triggers:
                continue
            trig = triggers[0]
            dest = self._destination(doc, persons.places, sent.first, sent.last, triggers)
            if dest is None:
                if not talks:
                    unplaced.append((s_idx, self._visitor(doc, persons, toks, trig, None)))
                continue
            inviter = self._inviter(doc, persons, toks)
            if talks:
                visitor, inviter = self._talker(doc, persons, toks, trig, dest)
                # `Мирзоян и Байрамов провели переговоры в Абу-Даби`: every side from abroad
                # travelled
                for other in self._cotalkers(doc, persons, toks, trig, dest, visitor):
                    visits.append(
                        self._stated(
                            doc, s_idx, dates, other, None, dest.country, dest.city, trig, False
                        )
                    )
            else:
                visitor = self._visitor(doc, persons, toks, trig, inviter)
            if visitor is None:
                if talks:
                    talked.append((s_idx, dest))
                continue
            visits.append(
                self._stated(
                    doc,
                    s_idx,
                    dates,
                    visitor,
                    inviter,
                    dest.country,
                    dest.city,
                    trig,
                    inviter is not None,
                )
            )
            # `посетит Париж, Белград и Будапешт`: places listed with the destination are trips too
            for more in self._listed_with(doc, persons.places, dest):
                visits.append(
                    self._stated(
                        doc, s_idx, dates, visitor, None, more.country, more.city, trig, False
                    )
                )
            # `завершил визит в Израиль и вылетел в Иорданию`: another trip verb, another
            # destination
            for later in (t for t in triggers[1:] if doc.tokens[t].pos == "VERB" and not talks):
                onward = self._destination(doc, persons.places, later, sent.last, [later])
                if (
                    onward is not None
                    and onward.country != dest.country
                    and self._same_clause(doc, later, onward.first)
                ):
                    visits.append(
                        self._stated(
                            doc,
                            s_idx,
                            dates,
                            visitor,
                            None,
                            onward.country,
                            onward.city,
                            later,
                            False,
                            True,
                        )
                    )
        visits = self._merge(visits)
        for s_idx, visitor in unplaced:
            # `во время визита Лавров проведет переговоры с …`: the trip the text reports, told on;
            # `Визит носит частный характер`, naming nobody: the trip told just before
            mine = (
                [v for v in visits if v.visitor is visitor]
                if visitor is not None
                else [v for v in visits if s_idx - NEXT_SENTENCES <= max(v.sentences) < s_idx][-1:]
            )
            earlier = [v for v in mine if min(v.sentences) < s_idx]
            trip = (
                max(earlier, key=lambda v: min(v.sentences))
                if earlier
                else mine[0]
                if len(mine) == 1
                else None
            )
            if trip is not None:
                self._tell_on(doc, trip, s_idx, dates)
        for s_idx, place in talked:
            # `В Москве 11 апреля состоится встреча с президентом России`: talks where one trip goes
            there = [
                v for v in visits if v.country == place.country and v.city in (None, place.city)
            ]
            if len(there) == 1:
                self._tell_on(doc, there[0], s_idx, dates)
                there[0].city = (
                    there[0].city or place.city
                )  # `По итогам встреч … в Киеве`: the city
        for v in visits:
            if not v.invited:
                v.host = self._host(doc, persons, v)
            if any(self._trip_over(doc, s) for s in v.sentences):
                v.status = (
                    "completed"  # `итоги поездки`, `завершил визит`, told anywhere about the trip
                )
        return visits

    def _stated(
        self,
        doc: Parsed,
        s_idx: int,
        dates: list[Date],
        visitor: Person,
        host: Person | None,
        country: str | None,
        city: str | None,
        verb: int,
        invited: bool,
        onward: bool = False,
    ) -> Visit:
        """The trip one sentence states, with the kind, status and date that sentence gives (for an
        onward trip, only a date after its verb)."""
        sent = doc.sentences[s_idx]
        date = _date_in(dates, sent, doc.tokens[verb].start if onward else sent.start)
        first = verb if onward else sent.first
        if country is None and city is not None:
            country = _country_of(
                visitor
            )  # a town no table knows (`поездка в Нижний Тагил`): most are trips at home
        start, end = (
            (None, date)
            if date is not None and _until(doc, date)
            else (date, date.end_of if date else None)
        )
        return Visit(
            visitor,
            host,
            _kind(doc, first, sent.last),
            self._status(doc, list(range(first, sent.last)), verb),
            _country_of(visitor),
            country,
            city,
            start,
            end,
            [(sent.start, sent.end)],
            [],
            {s_idx},
            invited,
        )

    @staticmethod
    def _tell_on(doc: Parsed, trip: Visit, s_idx: int, dates: list[Date]) -> None:
        """A later sentence about the trip: evidence, and its date and kind where no sentence gave
        them
        (`глава России 31 октября всё же побывал с рабочей поездкой на южных островах`)."""
        sent = doc.sentences[s_idx]
        trip.sentences.add(s_idx)
        trip.evidence = sorted(set(trip.evidence) | {(sent.start, sent.end)})
        date = _date_in(dates, sent)
        if trip.start is None and date is not None and not _until(doc, date):
            trip.start, trip.end = date, date.end_of
        if trip.kind == "unspecified":  # `… всё же побывал с рабочей поездкой`
            trip.kind = _kind(doc, sent.first, sent.last)

    def _received(
        self, doc: Parsed, persons: PersonsResult, toks: list[int], dates: list[Date], s_idx: int
    ) -> Visit | None:
        """`Путин принял в Кремле президента Конго Дени Сассу-Нгессо`: the one received (a person as
        the object) travelled to the host's place, or to the host's country."""
        verbs = [
            i
            for i in toks
            if doc.tokens[i].lemma in rules.RECEIVING_VERBS and doc.tokens[i].pos == "VERB"
        ]
        named = (
            [(persons.by_token[i], _attached(doc, i)) for i in toks if i in persons.by_token]
            if verbs
            else []
        )
        for v in verbs:
            guest = (
                next((p for p, (head, rel) in named if head == v and rel == "obj"), None)
                or self._leader(doc, persons, v)
                or self._accusative_after(doc, persons, v)
            )
            host = next(
                (p for p, (head, rel) in named if head == v and rel.startswith("nsubj")), None
            )
            if guest is None or host is None or guest is host:
                continue
            here = [
                p
                for p in persons.places
                if toks[0] <= p.first <= toks[-1] and located(doc, p) and p.country
            ]
            country = here[0].country if here else _country_of(host)
            if country is None or country == _country_of(guest):
                continue
            return self._stated(
                doc, s_idx, dates, guest, host, country, here[0].city if here else None, v, True
            )
        return None

    @staticmethod
    def _accusative_after(doc: Parsed, persons: PersonsResult, verb: int) -> Person | None:
        """`принял в Кремле президента Ирана …`, where the parser hangs the title on the place: the
        first person after the verb, in the accusative (animate: genitive form), no preposition
        before
        its phrase, in the verb's clause."""
        sent = doc.sentences[doc.tokens[verb].sent]
        for i in range(verb + 1, sent.last):
            t = doc.tokens[i]
            if t.text in CLAUSE_BREAKS:
                return None
            if (
                t.pos == "NOUN"
                and t.feats.get("Animacy") == "Anim"
                and t.case in ("Acc", "Gen")
                and doc.tokens[i - 1].pos != "ADP"
            ):
                return next(
                    (
                        persons.by_token[j]
                        for j in range(i, min(i + 6, sent.last))
                        if j in persons.by_token
                    ),
                    None,
                )
            if i in persons.by_token:
                return (
                    persons.by_token[i]
                    if t.case in ("Acc", "Gen") and doc.tokens[i - 1].pos != "ADP"
                    else None
                )
        return None

    def _leader(self, doc: Parsed, persons: PersonsResult, verb: int) -> Person | None:
        """`принял делегацию Вьетнама во главе с премьер-министром …`: who leads the group
        received."""
        group = next(
            (
                c
                for c in doc.children(verb)
                if doc.tokens[c].rel == "obj" and doc.tokens[c].lemma in rules.TRAVELLING_GROUPS
            ),
            None,
        )
        if group is None:
            return None
        sent = doc.sentences[doc.tokens[verb].sent]
        led = next(
            (
                i
                for i in range(group, sent.last)
                if doc.tokens[i].lemma == "глава" and fold(doc.tokens[i - 1].text) == "во"
            ),
            None,
        )
        return (
            next(
                (persons.by_token[i] for i in range(led, sent.last) if i in persons.by_token), None
            )
            if led
            else None
        )

    def _met(
        self, doc: Parsed, persons: PersonsResult, toks: list[int], dates: list[Date], s_idx: int
    ) -> Visit | None:
        """`Путин встретился в Пекине с председателем КНР Си Цзиньпином`: of the subject and the one
        met
        (`с …`) in a named place, the one from another country travelled there; the local one
        hosts."""
        verb = next(
            (
                i
                for i in toks
                if doc.tokens[i].lemma in rules.MEETING_VERBS and doc.tokens[i].pos == "VERB"
            ),
            None,
        )
        if verb is None:
            return None
        subject = next(
            (
                persons.by_token[i]
                for i in toks
                if i < verb and i in persons.by_token and doc.tokens[i].feats.get("Case") == "Nom"
            ),
            None,
        )
        met = next(
            (
                persons.by_token[i]
                for i in toks
                if i > verb
                and i in persons.by_token
                and doc.tokens[i].feats.get("Case") == "Ins"
                and any(fold(doc.tokens[j].text) in ("с", "со") for j in range(verb, i))
            ),
            None,
        )
        titled = [
            (r.start, r.end) for p in persons.persons for r in p.roles
        ]  # `посол Италии в Грузии`: no meeting place
        place = next(
            (
                p
                for p in persons.places
                if toks[0] <= p.first <= toks[-1]
                and located(doc, p)
                and p.country
                and p.kind in DESTINATION_KINDS + ("institution",)
                and not any(a <= p.start < b for a, b in titled)
            ),
            None,
        )
        if subject is None or met is None or place is None or subject is met:
            return None
        away = [
            p
            for p in (subject, met)
            if _country_of(p) not in (None, place.country)
            and not any(r.title in rules.RESIDENT_TITLES for r in p.roles)
        ]
        home = [p for p in (subject, met) if _country_of(p) == place.country]
        if len(away) != 1 or len(home) != 1:
            return None
        return self._stated(
            doc, s_idx, dates, away[0], home[0], place.country, place.city, verb, True
        )

    def _destination(
        self, doc: Parsed, places: list[Place], lo: int, hi: int, triggers: list[int]
    ) -> Place | None:
        places = [
            p
            for p in places
            if lo <= p.first < hi
            and (p.kind in DESTINATION_KINDS or (p.kind == "institution" and p.city))
            and self._governed(doc, p)
        ]
        here = [p for p in places if located(doc, p)]
        after = [p for p in here if p.first > triggers[0]]
        # `посетит Москву`, `посетившего южные Курильские острова`, `Москву … посетит Грищенко`,
        # `посетит с визитом Беларусь`: the verb takes the place as its object
        verbs = [t for t in triggers if doc.tokens[t].pos == "VERB"]
        direct = [p for p in places for t in verbs if self._object_of(doc, p, t)]
        # `пробудет в Египте с официальным визитом …, после чего отправится в Нигерию`: the place in
        # the trip word's own clause
        own = [p for p in here if self._same_clause(doc, p.first, triggers[0])]
        return ([p for p in own if p in after] or own or after or direct or here or [None])[0]

    @staticmethod
    def _same_clause(doc: Parsed, a: int, b: int) -> bool:
        lo, hi = min(a, b), max(a, b)
        return not any(doc.tokens[i].text in CLAUSE_BREAKS for i in range(lo, hi))

    @staticmethod
    def _object_of(doc: Parsed, p: Place, verb: int) -> bool:
        last = doc.tokens[p.last - 1]
        if any(
            doc.tokens[i].head == verb and doc.tokens[i].rel == "obj"
            for i in range(p.first, p.last)
        ):
            return True
        # the parser hangs `Беларусь` of `посетит с визитом Беларусь` on the noun: a nominative form
        # that is no subject, right after the verb's own words, is its object too
        between = doc.tokens[verb + 1 : p.first]
        trip_words = all(
            t.pos in ("ADP", "ADJ") or t.lemma in rules.VISIT_NOUNS for t in between
        )  # `с рабочим визитом`
        return (
            verb < p.first
            and (len(between) <= 2 or trip_words)
            and len(between) <= 5
            and (
                last.feats.get("Case") == "Acc"
                or (last.feats.get("Case") == "Nom" and not last.rel.startswith("nsubj"))
            )
        )

    def _governed(self, doc: Parsed, p: Place) -> bool:
        """Whether the place can say where a trip went: not when it hangs on an unrelated noun."""
        outside = [
            doc.tokens[i].head
            for i in range(p.first, p.last)
            if not p.first <= doc.tokens[i].head < p.last
        ]
        if not outside or outside[0] < 0:
            return True
        head = doc.tokens[outside[0]]
        if head.pos == "NOUN" and head.feats.get("Animacy") == "Anim" and head.head >= 0:
            head = doc.tokens[
                head.head
            ]  # `переговоры с президентом Египта в Каире`: the parser hangs the place on the person
        return head.pos != "NOUN" or head.lemma in rules.DESTINATION_NOUNS

    def _visitor(
        self,
        doc: Parsed,
        persons: PersonsResult,
        toks: list[int],
        trig: int,
        inviter: Person | None,
    ) -> Person | None:
        by = {i: p for i, p in persons.by_token.items() if p is not inviter}
        t = doc.tokens[trig]
        if t.feats.get("VerbForm") == "Part" and t.rel == "acl":
            # `с премьером Японии Синдзо Абэ, прибывшим в Москву`: the noun the participle
            # describes travelled, not the sentence's subject
            noun = t.head
            named = [
                i
                for i in toks
                if i in by
                and (i == noun or doc.tokens[i].head == noun and doc.tokens[i].rel == "appos")
            ]
            if named or doc.tokens[noun].lemma not in rules.TRAVELLING_GROUPS:
                return by[named[0]] if named else None
        if t.pos == "VERB":
            # `в Екатеринбург прибыл президент РФ Дмитрий Медведев`: the verb's own subject, through
            # its
            # title (not `юбилею Бориса Николаевича` before it)
            own = [i for i in toks if i in by and _attached(doc, i) == (trig, "nsubj")]
            if own:
                return by[own[0]]
        # `визит Барака Обамы`, `поездки помощника госсекретаря Виктории Нуланд`,
        # `посещение двух островов министром обороны Анатолием Сердюковым`
        for i in range(trig + 1, min(trig + 10, toks[-1] + 1)):
            if i in by and doc.tokens[i].feats.get("Case") in ("Gen", "Ins"):
                return by[i]
            if doc.tokens[i].text in ",.;" or fold(doc.tokens[i].text) in ("в", "на", "с", "со"):
                break
        subjects = [i for i in toks if i in by and _attached(doc, i)[1].startswith("nsubj")]
        if subjects:
            return by[min(subjects, key=lambda i: abs(i - trig))]
        before = [i for i in toks if i in by and i < trig]
        if before:
            return by[before[-1]]
        for i in toks:
            if fold(doc.tokens[i].text) in PRONOUNS and i < trig:
                return persons.antecedent(doc, doc.tokens[i].start, doc.tokens[i].text)
        after = [i for i in toks if i in by]
        return by[after[0]] if after else None

    def _talker(
        self, doc: Parsed, persons: PersonsResult, toks: list[int], trig: int, dest: Place
    ) -> tuple[Person | None, Person | None]:
        """(visitor, host) of talks in a named place: the side from abroad travelled — the talks'
        genitive (`В Сочи состоялись переговоры госсекретаря США Джона Керри с …`), else the subject
        of the verb that holds them (`Макрон провел переговоры … в Каире`), else the one they are
        held with (`Путин провел переговоры в Москве с премьер-министром Малайзии …`, who is
        hosted)."""

        def abroad(p: Person | None) -> Person | None:
            country = _country_of(p)
            return p if country and dest.country and country != dest.country else None

        for i in range(trig + 1, min(trig + 10, toks[-1] + 1)):
            p = persons.by_token.get(i)
            if p is not None and doc.tokens[i].feats.get("Case") == "Gen":
                return abroad(p), None
            if doc.tokens[i].text in ",.;" or fold(doc.tokens[i].text) in ("с", "со"):
                break
        verb = doc.tokens[trig].head
        subject = next(
            (
                persons.by_token[i]
                for i in toks
                if i in persons.by_token and verb >= 0 and _attached(doc, i) == (verb, "nsubj")
            ),
            None,
        )
        if abroad(subject) is not None:
            return subject, None
        partner = next(
            (
                persons.by_token[i]
                for i in toks
                if i in persons.by_token
                and doc.tokens[i].case == "Ins"
                and any(fold(doc.tokens[j].text) in ("с", "со") for j in range(max(trig, i - 6), i))
            ),
            None,
        )
        if (
            partner is not None
            and partner is not subject
            and abroad(partner) is not None
            and _country_of(subject) in (None, dest.country)
        ):
            return partner, subject
        return None, None

    @staticmethod
    def _cotalkers(
        doc: Parsed,
        persons: PersonsResult,
        toks: list[int],
        trig: int,
        dest: Place,
        visitor: Person | None,
    ) -> list[Person]:
        """The other subjects of the verb holding the talks, each from abroad."""
        verb = doc.tokens[trig].head
        if visitor is None or verb < 0:
            return []
        out: list[Person] = []
        for i in toks:
            p = persons.by_token.get(i)
            head, rel = _attached(doc, i)
            if (
                rel == "conj"
            ):  # `Глава МИД Армении … и министр … Азербайджана …`: through the first subject
                head, rel = _attached(doc, head)
            if (
                p is not None
                and (head, rel) == (verb, "nsubj")
                and all(p is not q for q in out + [visitor])
                and _country_of(p) not in (None, dest.country)
            ):
                out.append(p)
        return out

    def _listed_with(self, doc: Parsed, places: list[Place], dest: Place) -> list[Place]:
        """`посетит Париж, Белград и Будапешт`: the places of other countries or cities listed right
        after the destination, with commas and `и` between."""
        out: list[Place] = []
        last = dest.last
        for p in sorted(
            (p for p in places if p.first >= dest.last and p.kind in DESTINATION_KINDS),
            key=lambda p: p.first,
        ):
            between = [doc.tokens[i].text for i in range(last, p.first)]
            if (
                not between
                or any(w not in (",", "и") for w in between)
                or (p.country, p.city) == (dest.country, dest.city)
            ):
                break
            out.append(p)
            last = p.last
        return out

    def _inviter(self, doc: Parsed, persons: PersonsResult, toks: list[int]) -> Person | None:
        for i in toks:  # `по приглашению премьер-министра Романа Головченко`
            if doc.tokens[i].lemma == rules.INVITATION:
                for j in range(i + 1, min(i + 10, toks[-1] + 1)):
                    if j in persons.by_token:
                        return persons.by_token[j]
        return None

    @staticmethod
    def _trip_over(doc: Parsed, s_idx: int) -> bool:
        """`завершил визит`, `итоги поездки`, `вернулся из Москвы`: the sentence says the trip is
        over."""
        sent = doc.sentences[s_idx]
        return any(
            doc.tokens[i].lemma in rules.TRIP_OVER
            and doc.tokens[i].feats.get("Tense") != "Fut"
            and (
                doc.tokens[i].pos == "VERB"
                or any(doc.tokens[c].lemma in rules.VISIT_NOUNS for c in doc.children(i))
            )
            for i in range(sent.first, sent.last)
        )

    @staticmethod
    def _received_him(doc: Parsed, s_idx: int) -> bool:
        """A sentence where someone receives `его`/`её` or the guests (the visitor before): `его
        принял
        в Кремле …`, `Гостей принял губернатор …`."""
        sent = doc.sentences[s_idx]
        return any(
            doc.tokens[i].lemma in rules.RECEIVING_VERBS
            and any(
                (
                    doc.tokens[c].folded in ("его", "ее", "её")
                    or doc.tokens[c].lemma in rules.GUEST_NOUNS
                )
                and doc.tokens[c].rel == "obj"
                for c in doc.children(i)
            )
            for i in range(sent.first, sent.last)
        )

    def _host(self, doc: Parsed, persons: PersonsResult, v: Visit) -> Person | None:
        """Whom the visitor meets there (`встретилась с заместителем министра Сергеем Рябковым`),
        else,
        for a head of state or government, the destination's own head: the counterpart receives."""
        if v.country is None:
            return None
        met: list[Person] = []
        unknown: list[Person] = []  # met there, of no country the text gives
        adjectives = {pl.first: pl.country for pl in persons.places if pl.kind == "adjective"}
        # the sentence after the trip's may tell who received the visitor (`На следующий день его
        # принял …`)
        after = max(v.sentences) + 1
        for s in sorted(
            v.sentences
            | ({after} if after < len(doc.sentences) and self._received_him(doc, after) else set())
        ):
            sent = doc.sentences[s]
            for i in range(sent.first, sent.last):
                p = persons.by_token.get(i)
                if p is None or p is v.visitor or p in met or p in unknown:
                    continue
                head, rel = _attached(doc, i)
                if (
                    rel.startswith("nsubj")
                    and head >= 0
                    and doc.tokens[head].lemma in rules.RECEIVING_VERBS
                    and _country_of(p) in (v.country, None)
                ):
                    met.append(
                        p
                    )  # `где его встретил министр обороны КНДР …`, `его принял в Кремле Путин`
                    continue
                if doc.tokens[i].feats.get("Case") != "Ins":
                    continue
                with_ = next(
                    (
                        j
                        for j in range(i - 1, max(sent.first, i - 8) - 1, -1)
                        if fold(doc.tokens[j].text) in ("с", "со")
                    ),
                    None,
                )
                if with_ is None:
                    continue
                # `со своим белорусским коллегой Владимиром Макеем`: the adjective says whose he is
                country = _country_of(p) or next(
                    (adjectives[j] for j in range(with_, i) if j in adjectives), None
                )
                if country == v.country:
                    met.append(p)
                elif country is None and _country_of(v.visitor) not in (None, v.country):
                    unknown.append(
                        p
                        # `Лукашенко … прибудет в Москву, где проведет переговоры с Владимиром
                        # Путиным`
                    )
        if met or len(unknown) == 1:
            return min(met or unknown, key=_rank)
        if _rank(v.visitor) >= len(HEAD_RANK) - 1 or _country_of(v.visitor) == v.country:
            # a minister's or an envoy's trip, or one at home: no counterpart named, no host
            return None
        local = [p for p in persons.persons if p is not v.visitor and _country_of(p) == v.country]
        ranked = sorted(local, key=_rank)
        return ranked[0] if ranked and _rank(ranked[0]) < len(HEAD_RANK) else None

    def _status(self, doc: Parsed, toks: list[int], trig: int | None = None) -> str:
        """The trip verb's own tense (a trip noun's, the verb that has it: `находился с визитом`);
        planned where it is wished, put off or called off (`намерен посетить`, `визит отложен`,
        `накануне визита`), else by the sentence's tenses."""
        lemmas = {doc.tokens[i].lemma for i in toks}
        eve = any(
            doc.tokens[i].lemma == EVE
            and not (i + 1 < len(doc.tokens) and doc.tokens[i + 1].case == "Gen")
            for i in toks
        )
        planning = (lemmas - ({EVE} if eve else set())) & (rules.PLANNED | rules.POSTPONED)
        verb = doc.tokens[trig] if trig is not None else None
        if (
            verb is not None
            and verb.pos != "VERB"
            and 0 <= verb.head
            and doc.tokens[verb.head].pos in ("VERB", "AUX")
        ):
            verb = doc.tokens[verb.head]
        if verb is not None and verb.pos == "VERB" and verb.feats.get("VerbForm") == "Inf":
            return "planned"  # `намерен посетить`, `собирается посетить`
        if trig is not None and doc.tokens[trig].pos != "VERB" and lemmas & rules.MAYBE:
            return "planned"  # `визит … может состояться`, `визит возможен`
        if (
            verb is not None
            and verb.lemma in rules.ARRIVAL_VERBS
            and verb.feats.get("Tense") == "Past"
            and verb.feats.get("VerbForm") == "Fin"
            and not planning
        ):
            return "ongoing"  # `прибыл в Минск`: he is there now
        if (
            verb is not None
            and verb.pos == "VERB"
            and verb.feats.get("Tense") in TENSE_STATUS
            and not planning
        ):
            # `прибыл в Брюссель, где примет участие в заседании`: the trip verb's own tense
            return TENSE_STATUS[verb.feats["Tense"]]
        if planning or any(doc.tokens[i].feats.get("Tense") == "Fut" for i in toks):
            return "planned"
        if lemmas & rules.ONGOING or any(
            doc.tokens[i].feats.get("Tense") == "Pres" and doc.tokens[i].pos == "VERB" for i in toks
        ):
            return "ongoing"
        return "completed"

    def _merge(self, visits: list[Visit]) -> list[Visit]:
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
                continue
            same.evidence += v.evidence
            same.sentences |= v.sentences
            same.city = same.city or v.city
            same.country = same.country or v.country
            same.start = same.start or v.start
            same.end = same.end or v.end
            if v.invited and not same.invited:
                same.host, same.invited = v.host, True
            if same.kind == "unspecified":
                same.kind = v.kind
        return out


def _date_in(dates: list[Date], sent: Sentence, since: int | None = None) -> Date | None:
    return next(
        (d for d in dates if (sent.start if since is None else since) <= d.start < sent.end), None
    )


def _until(doc: Parsed, date: Date) -> bool:
    """`визит продлится до 12 ноября`: the date the trip ends, not when it starts."""
    before = doc.text[max(0, date.start - 4) : date.start].split()
    return bool(before) and fold(before[-1]) == UNTIL


def _attached(doc: Parsed, i: int) -> tuple[int, str]:
    """Where a name hangs in the sentence: through its title (`президента Конго Дени Сассу-Нгессо`
    is the verb's object through `президента`)."""
    for _ in range(4):
        t = doc.tokens[i]
        if t.rel not in ("appos", "flat:name", "flat") or t.head < 0:
            return t.head, t.rel
        i = t.head
    return doc.tokens[i].head, doc.tokens[i].rel


def _kind(doc: Parsed, first: int, last: int) -> str:
    """`с официальным визитом`, `рабочей поездкой`: a kind adjective before a trip noun (adjectives
    and `и` between) — not `с официальной делегацией`."""
    for i in range(first, last):
        kind = next(
            (
                k
                for stem, k in rules.VISIT_KINDS.items()
                if fold(doc.tokens[i].text).startswith(stem)
            ),
            None,
        )
        if kind is None or doc.tokens[i].pos != "ADJ":
            continue
        j = i + 1
        while j < last and (doc.tokens[j].pos == "ADJ" or fold(doc.tokens[j].text) in ("и", ",")):
            j += 1
        if j < last and (
            doc.tokens[j].lemma in rules.VISIT_NOUNS or doc.tokens[j].lemma == rules.NATURE
        ):
            return kind  # `с официальным визитом`, `визит носит частный характер`
    return "unspecified"
