"""Who hosts a trip nobody was invited on: the host rules (`HOSTS`) over whom the visitor meets
there and who heads the country they go to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from .document import Parsed
from .patterns import attached, met_with
from .persons import Person
from .rules import events as rules
from .visit_model import (
    NOBODY,
    Meeting,
    Nobody,
    TripContext,
    Visit,
    country_of,
    decide,
    rank,
)
from .visit_status import date_in_sentence

# How far before a name `с` of `встретилась с заместителем министра …` may stand.
WITH_WINDOW = 8
# How many sentences after a trip's own may tell of its talks (`Затем он встретился с …`).
FOLLOWING_SENTENCES = 3


@dataclass
class HostSearch:
    """A trip without an inviter, and the people its sentences say the visitor met there."""

    ctx: TripContext
    visit: Visit

    @cached_property
    def seen(self) -> tuple[list[Person], list[Person]]:
        """(met there, met of no country the text gives): those who received the visitor (`его
        принял в Кремле Путин`) or whom the visitor met with (`встретилась с …`)."""
        doc, v = self.ctx.doc, self.visit
        met: list[Person] = []
        unknown: list[Person] = []
        for s_idx in self.sentences():
            sent = doc.sentences[s_idx]
            for i in range(sent.first, sent.last):
                p = self.ctx.by_token.get(i)
                if p is None or p is v.visitor or p in met or p in unknown:
                    continue
                if _receives(doc, i) and country_of(p) in (v.country, None):
                    met.append(p)  # `где его встретил министр обороны КНДР …`
                    continue
                with_ = met_with(doc, i, WITH_WINDOW, sent.first)
                if with_ is None:
                    continue
                # `со своим белорусским коллегой Владимиром Макеем`: the adjective says whose he is
                country = country_of(p) or next(
                    (self.adjectives[j] for j in range(with_, i) if j in self.adjectives), None
                )
                if country == v.country:
                    met.append(p)
                elif (
                    country is None
                    and country_of(v.visitor) not in (None, v.country)
                    and s_idx in v.sentences
                ):
                    # `Лукашенко … прибудет в Москву, где проведет переговоры с Владимиром Путиным`
                    # (in a sentence of the trip: later talks may be anywhere)
                    unknown.append(p)
        return met, unknown

    @cached_property
    def adjectives(self) -> dict[int, str | None]:
        """Token index → the country of the place adjective there (`белорусским`)."""
        return {pl.first: pl.country for pl in self.ctx.places if pl.kind == "adjective"}

    def sentences(self) -> list[int]:
        """The trip's sentences, the one after them where it tells who received the visitor
        (`На следующий день его принял …`), and those after them in its paragraph that tell on
        no other trip and whose talks are the visitor's (`Там он встретился с …`)."""
        doc, v = self.ctx.doc, self.visit
        after = max(v.sentences) + 1
        told = after < len(doc.sentences) and received_him(doc, after)
        out = set(v.sentences) | ({after} if told else set())
        others = {k for o in self.ctx.visits if o is not v for k in o.sentences}
        k = after
        while (
            k < len(doc.sentences)
            and k - max(v.sentences) <= FOLLOWING_SENTENCES
            and k not in others
            and "\n" not in doc.clean[doc.sentences[k - 1].end : doc.sentences[k].start]
        ):
            if _visitors_talks(self.ctx, v, k):
                out.add(k)
            k += 1
        return sorted(out)


def meetings(ctx: TripContext, v: Visit) -> list[Meeting]:
    """The talks of the trip, one per sentence that names whom the visitor met (`провёл
    переговоры с …`, `его принял …`): who, the sentence's date, and the words from the talk word
    to the last one met."""
    out = []
    for s_idx in HostSearch(ctx, v).sentences():
        meeting = _meeting_in(ctx, v, s_idx)
        if meeting is not None:
            out.append(meeting)
    return out


def _visitors_talks(ctx: TripContext, v: Visit, s_idx: int) -> bool:
    """The sentence's talk word has the visitor, a pronoun or nobody for its subject."""
    doc = ctx.doc
    sent = doc.sentences[s_idx]
    for i in range(sent.first, sent.last):
        if doc.tokens[i].lemma not in rules.TALK_WORDS:
            continue
        subjects = [c for c in doc.children(i) if doc.tokens[c].rel.startswith("nsubj")]
        return all(
            doc.tokens[c].folded in rules.VISITORS_PRONOUNS or ctx.by_token.get(c) is v.visitor
            for c in subjects
        )
    return False


def _meeting_in(ctx: TripContext, v: Visit, s_idx: int) -> Meeting | None:
    """Whom the visitor met in sentence `s_idx`, if anyone: received by them, or `с` them after
    a talk word of the visitor's, and those listed with them (`с Рябковым и Карасиным`)."""
    doc = ctx.doc
    sent = doc.sentences[s_idx]
    talks = [
        i for i in range(sent.first, sent.last) if doc.tokens[i].lemma in rules.TALKS_AND_RECEPTIONS
    ]
    people: list[Person] = []
    tokens: list[int] = []
    for i in range(sent.first, sent.last):
        p = ctx.by_token.get(i)
        if p is None or p is v.visitor:
            continue
        talk = max((t for t in talks if t < i), default=None)
        listed = i >= 2 and doc.tokens[i - 1].folded in rules.LIST_JOINS and (i - 2) in tokens
        if (
            _receives(doc, i)
            or listed
            or (
                talk is not None
                and met_with(doc, i, WITH_WINDOW, sent.first) is not None
                and not _someone_elses(ctx, v, talk, i)
            )
        ):
            tokens.append(i)
            if not any(p is q for q in people):
                people.append(p)
    if not people:
        return None
    # to the end of the last name met (`с Виктором Бутом`)
    ends = [m.last - 1 for p in people for m in p.mentions if m.first in tokens]
    first, last = min(tokens + talks[:1]), max(tokens + ends + talks[:1])
    span = (doc.tokens[first].start, doc.tokens[last].end)
    return Meeting(people, date_in_sentence(ctx.dates, sent), span)


def _someone_elses(ctx: TripContext, v: Visit, talk: int, i: int) -> bool:
    """`встреча советника Обамы Тони Донилона с Путиным`: talks named by another's genitive
    between the talk word and the one met are that other's."""
    return any(
        ctx.doc.tokens[j].case == "Gen" and ctx.by_token[j] is not v.visitor
        for j in range(talk + 1, i)
        if j in ctx.by_token and ctx.by_token[j] is not ctx.by_token[i]
    )


def _receives(doc: Parsed, i: int) -> bool:
    """The name at `i` is the subject of a receiving verb: `его принял в Кремле Путин`."""
    head, rel = attached(doc, i)
    return rel.startswith("nsubj") and head >= 0 and doc.tokens[head].lemma in rules.RECEIVING_VERBS


def received_him(doc: Parsed, s_idx: int) -> bool:
    """A sentence where someone receives `его`/`её` or the guests (the visitor before): `его
    принял в Кремле …`, `Гостей принял губернатор …`."""
    sent = doc.sentences[s_idx]
    return any(
        doc.tokens[i].lemma in rules.RECEIVING_VERBS
        and any(
            (
                doc.tokens[c].folded in rules.RECEIVED_PRONOUNS
                or doc.tokens[c].lemma in rules.GUEST_NOUNS
            )
            and doc.tokens[c].rel == "obj"
            for c in doc.children(i)
        )
        for i in range(sent.first, sent.last)
    )


def _no_country_to_go_to(h: HostSearch) -> Person | Nobody | None:
    """`Министр совершил поездку в Нижний Тагил` (of a minister of no country the text gives):
    a trip to no known country has no host."""
    return NOBODY if h.visit.country is None else None


def _met_there(h: HostSearch) -> Person | None:
    """`В Пекине министр встретилась с заместителем министра иностранных дел КНР …`: of those
    the visitor met there, the highest in rank."""
    met, _ = h.seen
    return min(met, key=rank) if met else None


def _one_met_of_no_country(h: HostSearch) -> Person | None:
    """`Президент Белоруссии прибудет в Москву, где проведет переговоры с Владимиром Путиным`:
    the one person met there whose country the text does not give."""
    _, unknown = h.seen
    return min(unknown, key=rank) if len(unknown) == 1 else None


def _no_counterpart(h: HostSearch) -> Person | Nobody | None:
    """`Министр обороны России посетил Сирию`: a minister's or an envoy's trip, or one at home,
    with no one met named, has no host."""
    v = h.visit
    if rank(v.visitor) >= len(rules.HEAD_RANK) - 1 or country_of(v.visitor) == v.country:
        return NOBODY
    return None


def _counterpart_head(h: HostSearch) -> Person | None:
    """`Президент Франции посетит Китай. … Председатель КНР Си Цзиньпин …`: a head of state or
    government going abroad is received by the destination's own head."""
    v = h.visit
    local = [p for p in h.ctx.persons.persons if p is not v.visitor and country_of(p) == v.country]
    ranked = sorted(local, key=rank)
    return ranked[0] if ranked and rank(ranked[0]) < len(rules.HEAD_RANK) else None


Host = Callable[[HostSearch], "Person | Nobody | None"]
# In order: the first that answers is the host (an inviter, where the text names one, comes first
# and is set by the pass that found the trip).
HOSTS: tuple[Host, ...] = (
    _no_country_to_go_to,
    _met_there,
    _one_met_of_no_country,
    _no_counterpart,
    _counterpart_head,
)


def host(ctx: TripContext, v: Visit) -> tuple[Person | None, str | None]:
    """(host, rule name) of a trip nobody was invited on."""
    return decide(HOSTS, HostSearch(ctx, v))
