"""Whether an agreement was signed, is planned or only mentioned: the `STATUS` rules, in order;
the first that decides gives the status."""

from __future__ import annotations

from collections.abc import Callable

from .agreement_context import Candidate
from .explain import rule_name
from .patterns import word_before
from .rules import events as rules

ABOUT = {"о", "об"}  # `переговоры о заключении договора`
TOWARDS = {"к"}  # `на пути к подписанию`
NEGATIONS = {"не", "без"}  # `не подписали`, `без … договора`
NOT = {"не"}
WITHOUT = {"без"}
QUESTION = {"ли"}  # `планируется ли подписание`
FUTURE_AUXILIARIES = {"будет", "будут"}  # `будет подписано`
TOPIC_WINDOW = 6  # how far back `о` may stand before the signing noun it governs
AGREED_WINDOW = 8  # how far back a word may say the signing was agreed on

Status = Callable[[Candidate], str | None]


def _about_at(c: Candidate, j: int) -> int | None:
    """The `о`/`об` the signing noun at `j` follows, past other topics joined by `и`: `переговоры о
    возвращении островов и заключении договора`."""
    toks, o = c.toks, j - 1
    while (
        o > max(0, j - TOPIC_WINDOW)
        and toks[o].folded not in ABOUT
        and (toks[o].pos in ("NOUN", "ADJ") or toks[o].folded == "и")
    ):
        o -= 1
    return o if o >= 0 and toks[o].folded in ABOUT else None


def _talked_of(c: Candidate, j: int) -> bool:
    """A signing noun talks or an agreement are about (`договорились о подписании`, `переговоры о
    заключении`): a subject, not an act (`объявила о заключении` reports one)."""
    o = _about_at(c, j) if c.toks[j].pos == "NOUN" else None
    return o is not None and any(
        t.lemma in rules.SIGNING_TALKED_OF for t in c.toks[max(0, o - 3) : o]
    )


def _considered(c: Candidate, j: int) -> bool:
    """`обсудили возможность заключения соглашения`: a signing noun a possibility governs."""
    return c.toks[j].pos == "NOUN" and j > 0 and c.toks[j - 1].lemma in rules.SIGNING_CONSIDERED


def _aimed_at(c: Candidate, j: int) -> bool:
    """`на пути к подписанию`, `подготовка к подписанию`: a signing noun aimed at."""
    return (
        c.toks[j].pos == "NOUN"
        and _about_at(c, j) is None
        and j >= 2
        and c.toks[j - 1].folded in TOWARDS
        and any(t.lemma in rules.TOWARDS_SIGNING for t in c.toks[max(0, j - 3) : j - 1])
    )


def _a_topic(c: Candidate) -> bool:
    """Every signing word of the noun is what something is about or aims at, none an act."""
    return all(_talked_of(c, j) or _aimed_at(c, j) or _considered(c, j) for j in c.near)


def _agreed_on(c: Candidate, j: int) -> bool:
    """`договорились о подписании`, `подготовка к подписанию`: agreed on or prepared."""
    return any(
        t.lemma in rules.SIGNING_AGREED_ON or rules.TOWARDS_SIGNING.get(t.lemma) == "planned"
        for t in c.toks[max(0, j - AGREED_WINDOW) : j]
    )


def _denied_at(c: Candidate, verb: int) -> bool:
    """`не подписали`, `отказалась присоединиться`, `не дает двум странам заключить`, `без …
    договора`."""
    return (
        word_before(c.doc, c.lo + verb, NEGATIONS, 3, c.lo) is not None
        or any(t.lemma in rules.NOT_SIGNING for t in c.toks[max(0, verb - 3) : verb])
        or word_before(c.doc, c.lo + c.start, WITHOUT, 1, c.lo) is not None
    )


def _future_at(c: Candidate, j: int) -> bool:
    """`подпишут`, `будет подписано` (the auxiliary carries the tense), `заключу`."""
    return (
        c.toks[j].feats.get("Tense") == "Fut"
        or word_before(c.doc, c.lo + j, FUTURE_AUXILIARIES, 2, c.lo) is not None
        or c.future_form(c.toks[j])
    )


def _ahead(c: Candidate) -> bool:
    """Anything that puts the signing ahead: a plan, a postponement, a future verb or event."""
    return bool(_planned(c) or _postponed(c) or _future_verb(c) or _future_event(c))


def _no_signing_word(c: Candidate) -> str | None:
    """`Соглашение о свободной торговле действует с 2016 года.`: nothing signs it."""
    return "mentioned" if not c.near else None


def _signing_agreed_on(c: Candidate) -> str | None:
    """`Стороны договорились о подписании соглашения.`, `идет подготовка к подписанию`,
    `договорились подписать меморандум`: a signing agreed on is to come."""
    j = c.near[0]
    infinitive = c.toks[j].feats.get("VerbForm") == "Inf"
    if (_a_topic(c) or infinitive) and _agreed_on(c, j) and not _denied_at(c, max(0, j - 2)):
        return "planned"
    return None


def _signing_talked_of(c: Candidate) -> str | None:
    """`На переговорах обсуждался вопрос о заключении мирного договора.`"""
    if _a_topic(c) and any(_talked_of(c, j) or _considered(c, j) for j in c.near):
        return "mentioned"
    return None


def _towards_a_signing(c: Candidate) -> str | None:
    """`Это важный шаг на пути к подписанию договора.`"""
    return "mentioned" if _a_topic(c) else None


def _denied(c: Candidate) -> str | None:
    """`Стороны так и не подписали соглашение.`, `Япония отказалась присоединиться к договору.`"""
    return "mentioned" if _denied_at(c, c.near[0]) else None


def _reported_denied(c: Candidate) -> str | None:
    """`Песков опроверг сообщения о том, что Россия и Армения подписали протокол.`"""
    j = c.near[0]
    return "mentioned" if any(t.lemma in rules.DENYING for t in c.toks[:j]) else None


def _plan_doubted(c: Candidate) -> str | None:
    """`Подписание договора не планируется.`, `Планируется ли подписание соглашения?`"""
    planning = [i for i, t in enumerate(c.toks) if t.lemma in rules.PLANNED]
    doubted = any(word_before(c.doc, c.lo + p, NOT, 2, c.lo) is not None for p in planning) or any(
        c.word_after(p, QUESTION, 2) for p in planning + c.near
    )
    return "mentioned" if doubted and _ahead(c) else None


def _planned(c: Candidate) -> str | None:
    """`Планируется подписать соглашение о сотрудничестве.` (`накануне` is planning only before
    what it precedes, `накануне визита`; `подписанный накануне` is yesterday)"""
    eve = (
        {rules.EVE}
        if not any(_eve_of(c, i) for i, t in enumerate(c.toks) if t.lemma == rules.EVE)
        else set()
    )
    return "planned" if (c.lemmas - eve) & rules.PLANNED else None


def _eve_of(c: Candidate, i: int) -> bool:
    return i + 1 < len(c.toks) and c.toks[i + 1].case == "Gen"


def _possible(c: Candidate) -> str | None:
    """`Контракт может быть подписан до конца года.`, `Подписание соглашения может состояться в
    мае`: a signing that may happen (before it, or the verb it is the subject of) is to come."""
    j = c.near[0]
    before = any(t.lemma in rules.MAYBE for t in c.toks[max(0, j - 3) : j])
    h = c.head(j) if c.toks[j].pos == "NOUN" else -1
    if 0 <= h < len(c.toks) and c.toks[h].feats.get("VerbForm") == "Inf":
        h = c.head(h)  # `может состояться`
    # (`могло стать поворотным моментом`: a past `мочь` plans nothing)
    may = (
        0 <= h < len(c.toks)
        and c.toks[h].lemma in rules.MAYBE
        and c.toks[h].feats.get("Tense") != "Past"
    )
    return "planned" if before or may else None


def _hoped_for(c: Candidate) -> str | None:
    """`Мы рассчитываем на скорейшее подписание соглашения`, `стороны надеются на подписание`,
    `ожидают подписания договора`: a signing noun a word of hope or expectation governs is to
    come (unless another signing word signs it: `соглашение, подписания которого ждали, наконец
    подписано`)."""
    return "planned" if all(_expected(c, j) for j in c.near) else None


def _expected(c: Candidate, j: int) -> bool:
    """A signing noun a verb of hope governs, in the present or future (`ожидал подписания … но
    переговоры сорвались`: a past hope says nothing of what came)."""
    h = c.head(j) if c.toks[j].pos == "NOUN" else -1
    if not 0 <= h < len(c.toks):
        return False
    verb = c.toks[h]
    return (
        verb.lemma in rules.EXPECTING and verb.pos == "VERB" and verb.feats.get("Tense") != "Past"
    )


def _postponed(c: Candidate) -> str | None:
    """`Подписание соглашения отложено до осени.`: a signing put off is still to come."""
    return "planned" if c.lemmas & rules.POSTPONED else None


def _future_verb(c: Candidate) -> str | None:
    """`Стороны подпишут меморандум.`, `Договор будет подписан в мае.`"""
    return "planned" if any(_future_at(c, j) for j in c.near) else None


def _future_event(c: Candidate) -> str | None:
    """`Ратификация договора состоится в следующем году.`: the verb the signing noun is subject of
    is future."""
    j = c.near[0]
    h = c.head(j)
    future = 0 <= h < len(c.toks) and c.toks[h].feats.get("Tense") == "Fut"
    return "planned" if c.toks[j].pos == "NOUN" and future else None


def _not_managed(c: Candidate) -> str | None:
    """`Они просили подписать соглашение.`: an infinitive signing is an aim, a request or a
    hindrance, unless they managed (`удалось подписать`; not `подписать … не удалось`)."""
    managed = any(
        t.lemma in rules.MANAGED and word_before(c.doc, c.lo + j, NOT, 1, c.lo) is None
        for j, t in enumerate(c.toks)
    )
    infinitive = c.toks[c.near[0]].feats.get("VerbForm") == "Inf"
    return "mentioned" if infinitive and not managed else None


def _signed(c: Candidate) -> str | None:
    """`Президенты подписали соглашение о сотрудничестве.`"""
    return "signed"


# The status of an agreement: the first rule that decides gives it.
STATUS: tuple[Status, ...] = (
    _no_signing_word,
    _signing_agreed_on,
    _signing_talked_of,
    _towards_a_signing,
    _denied,
    _reported_denied,
    _plan_doubted,
    _planned,
    _possible,
    _hoped_for,
    _postponed,
    _future_verb,
    _future_event,
    _not_managed,
    _signed,
)


def status_of(c: Candidate) -> tuple[str, str]:
    """The agreement's status and the name of the rule that gave it."""
    return next((s, rule_name(rule)) for rule in STATUS if (s := rule(c)) is not None)
