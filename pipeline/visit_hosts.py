"""Who hosts a trip nobody was invited on: the host rules (`HOSTS`) over whom the visitor meets
there and who heads the country they go to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from .document import Parsed
from .patterns import attached, word_before
from .persons import Person
from .rules import events as rules
from .rules import grammar
from .visit_model import NOBODY, Nobody, TripContext, Visit, country_of, decide, rank

# How far before a name `с` of `встретилась с заместителем министра …` may stand.
WITH_WINDOW = 8


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
                with_ = _met_with(doc, i, sent.first)
                if with_ is None:
                    continue
                # `со своим белорусским коллегой Владимиром Макеем`: the adjective says whose he is
                country = country_of(p) or next(
                    (self.adjectives[j] for j in range(with_, i) if j in self.adjectives), None
                )
                if country == v.country:
                    met.append(p)
                elif country is None and country_of(v.visitor) not in (None, v.country):
                    # `Лукашенко … прибудет в Москву, где проведет переговоры с Владимиром Путиным`
                    unknown.append(p)
        return met, unknown

    @cached_property
    def adjectives(self) -> dict[int, str | None]:
        """Token index → the country of the place adjective there (`белорусским`)."""
        return {pl.first: pl.country for pl in self.ctx.places if pl.kind == "adjective"}

    def sentences(self) -> list[int]:
        """The trip's sentences, and the one after them where it tells who received the visitor
        (`На следующий день его принял …`)."""
        after = max(self.visit.sentences) + 1
        told = after < len(self.ctx.doc.sentences) and received_him(self.ctx.doc, after)
        return sorted(self.visit.sentences | ({after} if told else set()))


def _receives(doc: Parsed, i: int) -> bool:
    """The name at `i` is the subject of a receiving verb: `его принял в Кремле Путин`."""
    head, rel = attached(doc, i)
    return rel.startswith("nsubj") and head >= 0 and doc.tokens[head].lemma in rules.RECEIVING_VERBS


def _met_with(doc: Parsed, i: int, lo: int) -> int | None:
    """`с` before the name at `i` in the instrumental (not before token `lo`): `встретилась с
    заместителем министра Сергеем Рябковым`."""
    if doc.tokens[i].feats.get("Case") != "Ins":
        return None
    return word_before(doc, i, grammar.WITH, WITH_WINDOW, lo)


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
