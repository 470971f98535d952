"""The visit passes: the sentence passes that find a trip (`PASSES`, the first that claims a
sentence wins) and the later passes over all the trips found (`LATER`)."""

from __future__ import annotations

from collections.abc import Callable

from .explain import rule_name
from .geo import Place, located
from .patterns import attached, with_before
from .persons import Person
from .rules import events as rules
from .visit_hosts import host, meetings
from .visit_model import DESTINATION_KINDS, TripContext, TripSentence, Visit, country_of
from .visit_people import Reception, Talks, cotalkers, guest, invited_by, talker, visitor
from .visit_places import destination, listed_with_the_destination, onward_destination
from .visit_status import says_trip_over
from .visit_trips import stated, tell_on

# How far a sentence about `визит`, naming nobody, may follow the trip it tells on.
NEXT_SENTENCES = 2
# How far before a passive's agent `с` of `вместе с министром` may stand (then no agent).
AGENT_WINDOW = 6


def _received_by_someone(ctx: TripContext, s: TripSentence) -> list[Visit] | None:
    """`Путин принял в Кремле президента Конго Дени Сассу-Нгессо`: the one received (a person as
    the object) travelled to the host's place, or to the host's country."""
    if s.trip_words:
        return None
    doc = ctx.doc
    verbs = [
        i
        for i in s.indices
        if doc.tokens[i].lemma in rules.RECEIVING_VERBS and doc.tokens[i].pos == "VERB"
    ]
    if not verbs:
        return None
    named = [(ctx.by_token[i], attached(doc, i)) for i in s.indices if i in ctx.by_token]
    for verb in verbs:
        found = _trip_received(ctx, s, Reception(ctx, verb, named))
        if found is not None:
            return [found]
    return None


def _trip_received(ctx: TripContext, s: TripSentence, reception: Reception) -> Visit | None:
    """The trip of the one received, where the host is of another country."""
    guest_, guest_why = guest(reception)
    host_ = next(
        (p for p, (head, rel) in reception.named if head == reception.verb and rel == "nsubj"),
        None,
    ) or _agent(ctx, s, reception.verb)
    if guest_ is None or host_ is None or guest_ is host_:
        return None
    here = [
        pl
        for pl in ctx.places
        if s.indices[0] <= pl.first <= s.indices[-1] and located(ctx.doc, pl) and pl.country
    ]
    country = here[0].country if here else country_of(host_)
    if country is None or country == country_of(guest_):
        return None
    visit = stated(ctx, s, guest_, host_, (country, here[0].city if here else None), reception.verb)
    name = rule_name(_received_by_someone)
    visit.why.update({"visitor": guest_why, "destination": name, "host": name})
    return visit


def _agent(ctx: TripContext, s: TripSentence, verb: int) -> Person | None:
    """`был принят … президентом Франции Эмманюэлем Макроном`: who does what a passive says, in
    the instrumental (not `вместе с министром`)."""
    doc = ctx.doc
    return next(
        (
            ctx.by_token[i]
            for i in s.indices
            if i in ctx.by_token
            and attached(doc, i) in ((verb, "obl"), (verb, "obl:agent"))
            and doc.tokens[i].case == "Ins"
            and not with_before(doc, i, AGENT_WINDOW, s.indices[0])
        ),
        None,
    )


def _met_someone_somewhere(ctx: TripContext, s: TripSentence) -> list[Visit] | None:
    """`Путин встретился в Пекине с председателем КНР Си Цзиньпином`: of the subject and the one
    met (`с …`) in a named place, the one from another country travelled there; the local one
    hosts."""
    if s.trip_words:
        return None
    doc, by_token = ctx.doc, ctx.by_token
    verb = next(
        (
            i
            for i in s.indices
            if doc.tokens[i].lemma in rules.MEETING_VERBS and doc.tokens[i].pos == "VERB"
        ),
        None,
    )
    if verb is None:
        return None
    subject = next(
        (
            by_token[i]
            for i in s.indices
            if i < verb and i in by_token and doc.tokens[i].feats.get("Case") == "Nom"
        ),
        None,
    )
    met = next(
        (
            by_token[i]
            for i in s.indices
            if i > verb
            and i in by_token
            and doc.tokens[i].feats.get("Case") == "Ins"
            and with_before(doc, i, i - verb)
        ),
        None,
    )
    place = _meeting_place(ctx, s)
    if subject is None or met is None or place is None or subject is met:
        return None
    away = [
        p
        for p in (subject, met)
        if country_of(p) not in (None, place.country)
        and not any(r.title in rules.RESIDENT_TITLES for r in p.roles)
    ]
    home = [p for p in (subject, met) if country_of(p) == place.country]
    if len(away) != 1 or len(home) != 1:
        return None
    visit = stated(ctx, s, away[0], home[0], (place.country, place.city), verb)
    name = rule_name(_met_someone_somewhere)
    visit.why.update({"visitor": name, "destination": name, "host": name})
    return [visit]


def _meeting_place(ctx: TripContext, s: TripSentence) -> Place | None:
    """The first place of a country after `в`, `на` in the sentence, not in anyone's title
    (`посол Италии в Грузии`: no meeting place)."""
    titled = [(r.start, r.end) for p in ctx.persons.persons for r in p.roles]
    return next(
        (
            pl
            for pl in ctx.places
            if s.indices[0] <= pl.first <= s.indices[-1]
            and located(ctx.doc, pl)
            and pl.country
            and pl.kind in DESTINATION_KINDS + ("institution",)
            and not any(a <= pl.start < b for a, b in titled)
        ),
        None,
    )


def _trip_word_with_destination(ctx: TripContext, s: TripSentence) -> list[Visit] | None:
    """`Президент Казахстана прибыл с государственным визитом в Баку по приглашению президента
    Азербайджана`: a trip word, the place it goes to, the one who goes (and who invited)."""
    if not s.trip_words:
        return None
    trig = s.trip_words[0]
    dest, dest_why = destination(ctx.doc, ctx.places, s.sent.first, s.sent.last, s.trip_words)
    if dest is None:
        ctx.unplaced.append((s.index, visitor(ctx, s.indices, trig, None)[0]))
        return []
    inviter = invited_by(ctx, s.indices)
    who, who_why = visitor(ctx, s.indices, trig, inviter)
    if who is None:
        return []
    trip = stated(ctx, s, who, inviter, (dest.country, dest.city), trig)
    trip.why.update({"visitor": who_why, "destination": dest_why})
    if inviter is not None:
        trip.why["host"] = rule_name(invited_by)
    return [trip, *_listed(ctx, s, trip, dest, trig), *_onward(ctx, s, trip, dest)]


def _listed(ctx: TripContext, s: TripSentence, trip: Visit, dest: Place, trig: int) -> list[Visit]:
    """`посетит Париж, Белград и Будапешт`: places listed with the destination are trips too."""
    out = []
    for more in listed_with_the_destination(ctx.doc, ctx.places, dest):
        visit = stated(ctx, s, trip.visitor, None, (more.country, more.city), trig)
        visit.why.update(
            {"visitor": trip.why["visitor"], "destination": rule_name(listed_with_the_destination)}
        )
        out.append(visit)
    return out


def _onward(ctx: TripContext, s: TripSentence, trip: Visit, dest: Place) -> list[Visit]:
    """`завершил визит в Израиль и вылетел в Иорданию`: another trip verb, another destination."""
    out = []
    for later in s.trip_words[1:]:
        if ctx.doc.tokens[later].pos != "VERB":
            continue
        onward = onward_destination(ctx.doc, ctx.places, dest, later, s.sent.last)
        if onward is not None:
            visit = stated(
                ctx, s, trip.visitor, None, (onward.country, onward.city), later, onward=True
            )
            visit.why.update(
                {"visitor": trip.why["visitor"], "destination": rule_name(onward_destination)}
            )
            out.append(visit)
    return out


def _talks_held_somewhere(ctx: TripContext, s: TripSentence) -> list[Visit] | None:
    """`В Сочи состоялись переговоры госсекретаря США Джона Керри с …`: talks in a named place;
    the side from abroad travelled (every side from abroad: `Мирзоян и Байрамов провели
    переговоры в Абу-Даби`)."""
    if s.trip_words:
        return None
    talk_words = [i for i in s.indices if ctx.doc.tokens[i].lemma in rules.MEETING_NOUNS]
    if not talk_words:
        return None
    trig = talk_words[0]
    dest, dest_why = destination(ctx.doc, ctx.places, s.sent.first, s.sent.last, talk_words)
    if dest is None:
        return []
    held = Talks(ctx, s.indices, trig, dest)
    who, host_, who_why = talker(held)
    where = (dest.country, dest.city)
    found = [stated(ctx, s, other, None, where, trig) for other in cotalkers(held, who)]
    for visit in found:
        visit.why.update({"visitor": rule_name(cotalkers), "destination": dest_why})
    if who is None:
        ctx.talked.append((s.index, dest))
        return found
    trip = stated(ctx, s, who, host_, where, trig)
    trip.why.update({"visitor": who_why, "destination": dest_why})
    if host_ is not None:
        trip.why["host"] = who_why
    return [*found, trip, *_listed(ctx, s, trip, dest, trig)]


def _staying_abroad(ctx: TripContext, s: TripSentence) -> list[Visit] | None:
    """`Министр иностранных дел Колумбии Хорхе Ортис находится в Москве`: one of another country
    (by their title) who is in a place is on a trip there; not one who lives there (`посол`)."""
    doc = ctx.doc
    verb = next(
        (
            i
            for i in s.indices
            if doc.tokens[i].lemma in rules.STAYING_VERBS
            and doc.tokens[i].feats.get("VerbForm") == "Fin"
        ),
        None,
    )
    if verb is None:
        return None
    dest, dest_why = destination(doc, ctx.places, s.sent.first, s.sent.last, [verb])
    own = [i for i in s.indices if i in ctx.by_token and attached(doc, i) == (verb, "nsubj")]
    who = ctx.by_token[own[0]] if own else None  # the verb's own subject, nobody else
    who_why = rule_name(_staying_abroad)
    home = country_of(who)
    if dest is None or who is None or home is None or dest.country in (None, home):
        return None
    if any(r.title in rules.RESIDENT_TITLES for r in who.roles):
        return None
    trip = stated(ctx, s, who, None, (dest.country, dest.city), verb)
    trip.why.update({"visitor": who_why, "destination": dest_why})
    return [trip]


Pass = Callable[[TripContext, TripSentence], "list[Visit] | None"]
# In order: the first pass that answers (not None) claims the sentence, with the trips it found.
PASSES: tuple[Pass, ...] = (
    _received_by_someone,
    _met_someone_somewhere,
    _trip_word_with_destination,
    _talks_held_somewhere,
    _staying_abroad,
)


def find_in_sentence(ctx: TripContext, s: TripSentence) -> None:
    """The trips of one sentence, by the first pass that claims it."""
    for rule in PASSES:
        found = rule(ctx, s)
        if found is not None:
            for visit in found:
                visit.why = {"found by": rule_name(rule), **visit.why}
            ctx.visits.extend(found)
            return


def _told_on_without_a_place(ctx: TripContext) -> None:
    """`Во время визита Лавров проведет переговоры с …`: a sentence on a trip that names no place
    tells on the trip its visitor makes; `Визит носит частный характер`, naming nobody, on the
    trip told just before."""
    for s_idx, visitor_ in ctx.unplaced:
        trip = _trip_told_on(ctx.visits, s_idx, visitor_)
        if trip is not None:
            tell_on(ctx, trip, s_idx, rule_name(_told_on_without_a_place))


def _trip_told_on(visits: list[Visit], s_idx: int, visitor_: Person | None) -> Visit | None:
    """The visitor's trip told before sentence `s_idx` (the last begun), else their one trip; for
    nobody named, the trip told in the sentences just before."""
    mine = (
        [v for v in visits if v.visitor is visitor_]
        if visitor_ is not None
        else [v for v in visits if s_idx - NEXT_SENTENCES <= max(v.sentences) < s_idx][-1:]
    )
    earlier = [v for v in mine if min(v.sentences) < s_idx]
    if earlier:
        return max(earlier, key=lambda v: min(v.sentences))
    return mine[0] if len(mine) == 1 else None


def _talks_where_one_trip_goes(ctx: TripContext) -> None:
    """`В Москве 11 апреля состоится встреча с президентом России`: talks by nobody known to have
    travelled, where one trip goes, tell on that trip (`По итогам встреч … в Киеве`: its city)."""
    for s_idx, place in ctx.talked:
        there = [
            v for v in ctx.visits if v.country == place.country and v.city in (None, place.city)
        ]
        if len(there) == 1:
            tell_on(ctx, there[0], s_idx, rule_name(_talks_where_one_trip_goes))
            there[0].city = there[0].city or place.city


def _host_where_none_invited(ctx: TripContext) -> None:
    """`Министр встретилась в Пекине с …`: the host of each trip nobody was invited on, by the
    host rules."""
    for v in ctx.visits:
        if not v.invited:
            v.host, why = host(ctx, v)
            if why is not None:
                v.why["host"] = why


def _talks_on_the_trip(ctx: TripContext) -> None:
    """`В Пекине он провёл переговоры с Си Цзиньпином`: whom the visitor met, sentence by
    sentence of the trip."""
    for v in ctx.visits:
        v.meetings = meetings(ctx, v)
        if v.meetings:
            v.why["meetings"] = rule_name(_talks_on_the_trip)


def _trip_over(ctx: TripContext) -> None:
    """`завершил визит`, `итоги поездки`, told anywhere about the trip: it is completed."""
    for v in ctx.visits:
        if any(says_trip_over(ctx.doc, s_idx) for s_idx in v.sentences):
            v.status = "completed"
            v.why["status"] = rule_name(_trip_over)


Later = Callable[[TripContext], None]
# In order, over all the trips found (merged): each completes or corrects them.
LATER: tuple[Later, ...] = (
    _told_on_without_a_place,
    _talks_where_one_trip_goes,
    _host_where_none_invited,
    _talks_on_the_trip,
    _trip_over,
)
