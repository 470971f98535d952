"""When and how a trip is told: its status (`STATUS_RULES`), its kind, its dates, whether the
text says it is over."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .dates import Date
from .document import Parsed, Sentence, Token
from .geo import fold
from .rules import events as rules
from .visit_model import decide

TENSE_STATUS = {"Past": "completed", "Pres": "ongoing", "Fut": "planned"}
# words a kind adjective may stand among before its trip noun: `официальным и рабочим визитом`
KIND_JOINS = ("и", ",")


@dataclass
class TripClause:
    """What the status rules read: the tokens from the trip's first word to the sentence's end,
    the trip word, the verb that tells the trip, and the words that put it in the future."""

    doc: Parsed
    indices: range
    trig: int
    lemmas: set[str]
    planning: set[str]  # words that put the trip in the future (`намерен`, `отложен`)
    verb_token: Token  # the trip verb, or the verb a trip noun hangs on (`находился с визитом`)

    @classmethod
    def read(cls, doc: Parsed, indices: range, trig: int) -> TripClause:
        lemmas = {doc.tokens[i].lemma for i in indices}
        eve = any(
            doc.tokens[i].lemma == rules.EVE
            and not (i + 1 < len(doc.tokens) and doc.tokens[i + 1].case == "Gen")
            for i in indices
        )
        planning = (lemmas - ({rules.EVE} if eve else set())) & (rules.PLANNED | rules.POSTPONED)
        verb_token = doc.tokens[trig]
        head = verb_token.head
        if verb_token.pos != "VERB" and 0 <= head and doc.tokens[head].pos in ("VERB", "AUX"):
            verb_token = doc.tokens[head]
        return cls(doc, indices, trig, lemmas, planning, verb_token)

    def any_tense(self, tense: str) -> bool:
        return any(self.doc.tokens[i].feats.get("Tense") == tense for i in self.indices)


def _infinitive_planned(c: TripClause) -> str | None:
    """`Министр намерен посетить Пекин`, `собирается посетить`: a trip wished is planned."""
    if c.verb_token.pos == "VERB" and c.verb_token.feats.get("VerbForm") == "Inf":
        return "planned"
    return None


def _maybe(c: TripClause) -> str | None:
    """`Визит президента в Ереван может состояться осенью`, `визит возможен`: still to come."""
    if c.doc.tokens[c.trig].pos != "VERB" and c.lemmas & rules.MAYBE:
        return "planned"
    return None


def _arrival(c: TripClause) -> str | None:
    """`Премьер прибыл в Минск`: who has arrived is there now."""
    if (
        c.verb_token.lemma in rules.ARRIVAL_VERBS
        and c.verb_token.feats.get("Tense") == "Past"
        and c.verb_token.feats.get("VerbForm") == "Fin"
        and not c.planning
    ):
        return "ongoing"
    return None


def _begun(c: TripClause) -> str | None:
    """`Президент Монголии начал государственный визит в Казахстан`: a trip begun, whatever the
    tense of `начал`, is under way."""
    tok = c.verb_token
    return "ongoing" if tok.lemma in rules.BEGINNING and tok.feats.get("Tense") != "Fut" else None


def _verbs_own_tense(c: TripClause) -> str | None:
    """`посетил Токио, где примет участие в форуме`: the trip verb's own tense, not the others'."""
    if (
        c.verb_token.pos == "VERB"
        and c.verb_token.feats.get("Tense") in TENSE_STATUS
        and not c.planning
    ):
        return TENSE_STATUS[c.verb_token.feats["Tense"]]
    return None


def _planning_words(c: TripClause) -> str | None:
    """`Визит министра в Анкару отложен`, `накануне визита`: put off, called off or to come."""
    return "planned" if c.planning else None


def _future(c: TripClause) -> str | None:
    """`Первый за год визит главы МИД в Китай: стороны обсудят торговлю`: a future verb in the
    clause, the trip word under none."""
    return "planned" if c.any_tense("Fut") else None


def _ongoing_words(c: TripClause) -> str | None:
    """`Проходящий в Китае визит главы МИД — первый за год`: the words of a trip under way."""
    return "ongoing" if c.lemmas & rules.ONGOING else None


def _present_verb(c: TripClause) -> str | None:
    """`Визит главы МИД в Китай, как сообщает агентство, — первый за год`: a present verb in
    the clause."""
    if any(
        c.doc.tokens[i].feats.get("Tense") == "Pres" and c.doc.tokens[i].pos == "VERB"
        for i in c.indices
    ):
        return "ongoing"
    return None


def _completed(c: TripClause) -> str | None:
    """`Визит главы МИД в Париж — первый за десять лет`: a trip told is a trip made."""
    return "completed"


StatusRule = Callable[[TripClause], "str | None"]
# In order: the first that answers gives the trip's status.
STATUS_RULES: tuple[StatusRule, ...] = (
    _infinitive_planned,
    _maybe,
    _arrival,
    _begun,
    _verbs_own_tense,
    _planning_words,
    _future,
    _ongoing_words,
    _present_verb,
    _completed,
)


def status(doc: Parsed, indices: range, trig: int) -> tuple[str, str]:
    """(status, rule name): the trip verb's own tense (a trip noun's, the verb that has it);
    planned where it is wished, put off or called off, else by the clause's tenses."""
    return decide(STATUS_RULES, TripClause.read(doc, indices, trig))


def kind_adjective(doc: Parsed, first: int, last: int) -> str:
    """`с официальным визитом`, `рабочей поездкой`: a kind adjective before a trip noun (adjectives
    and `и` between) — not `с официальной делегацией`."""
    for i in range(first, last):
        kind = next(
            (k for stem, k in rules.VISIT_KINDS.items() if doc.tokens[i].folded.startswith(stem)),
            None,
        )
        if kind is None or doc.tokens[i].pos != "ADJ":
            continue
        j = i + 1
        while j < last and (doc.tokens[j].pos == "ADJ" or doc.tokens[j].folded in KIND_JOINS):
            j += 1
        if j < last and (
            doc.tokens[j].lemma in rules.VISIT_NOUNS or doc.tokens[j].lemma == rules.NATURE
        ):
            return kind  # `с официальным визитом`, `визит носит частный характер`
    return "unspecified"


def date_in_sentence(dates: list[Date], sent: Sentence, since: int | None = None) -> Date | None:
    """The first date of the sentence (from offset `since`, when given)."""
    return next(
        (d for d in dates if (sent.start if since is None else since) <= d.start < sent.end), None
    )


def until_date(doc: Parsed, date: Date) -> bool:
    """`визит продлится до 12 ноября`: the date the trip ends, not when it starts."""
    before = doc.text[max(0, date.start - 4) : date.start].split()
    return bool(before) and fold(before[-1]) == rules.UNTIL


def says_trip_ends(doc: Parsed, s_idx: int) -> bool:
    """The sentence says when the trip ends, in any tense (`Визит завершится 16 марта`)."""
    sent = doc.sentences[s_idx]
    return any(doc.tokens[i].lemma in rules.TRIP_ENDS for i in range(sent.first, sent.last))


def says_trip_over(doc: Parsed, s_idx: int) -> bool:
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
