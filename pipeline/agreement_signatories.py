"""Who signed an agreement (or will): the `SIGNATORIES` rules, each adding to those found before
it. An agreement only mentioned has none."""

from __future__ import annotations

from collections.abc import Callable

from .agreement_context import Candidate
from .explain import rule_name
from .persons import Person
from .rules import events as rules
from .rules import titles as title_rules
from .rules.grammar import DASHES, OPENING_QUOTES

WITH = {"с", "со"}  # `подписал с Макроном декларацию`: the other side signed too
LED_BY = "главе"  # `компания во главе с Ли Цзюнем`: who leads a side, no signer
CONTRAST = {"а", "но"}  # `…, а министры – дорожные карты`: a clause with its own signers
ALSO = {"также", "и"}  # `Путин, а также Лукашенко подписали`: one clause
# Marks that end the clause of a signing verb: `…, отметил Нестеренко` signs nothing.
SIGNING_CLAUSE_ENDS = DASHES | {",", ";", "«", '"'}

# How far before a name `в присутствии` may stand (`в присутствии президентов России и Казахстана
# Владимира Путина и Касым-Жомарта Токаева`).
WITNESS_WINDOW = 12

Signers = Callable[[Candidate, list[Person]], list[Person]]


def _named_before_the_verb(c: Candidate, found: list[Person]) -> list[Person]:
    """`Президенты России и Китая подписали …`, `Путин и Си Цзиньпин подписали …`: who is named
    (or titled in the plural) before the signing verb; in `…, а министры – дорожные карты` (or
    `…, а министры обменялись документами`) the clause after `а` has its own signers."""
    begin, stop = 0, c.near[0] if c.near else c.noun
    contrast = [
        j
        for j in range(1, c.noun)
        if c.toks[j].folded in CONTRAST
        and c.toks[j - 1].text == ","
        and c.toks[j + 1].folded not in ALSO
    ]
    if contrast and c.near and contrast[-1] > c.near[0]:
        begin, stop = contrast[-1], c.noun
    elif contrast:  # `Путин и Лукашенко обменялись мнениями, а министры – документами`
        begin = contrast[-1]
    out: list[Person] = []
    for j in range(begin, stop):
        tok = c.toks[j]
        if _witness(c, j):
            continue
        named = [c.persons.by_token[c.lo + j]] if c.lo + j in c.persons.by_token else []
        if not named and tok.lemma in title_rules.HEADS and c.ctx.vocab.plural(tok):
            holders = c.persons.holders(tok.lemma)
            named = holders if len(holders) > 1 else []
        out += [p for p in named if p not in out]
    return out


def _witness(c: Candidate, j: int) -> bool:
    """`В присутствии президентов Путина и Токаева министры подписали …`: those in whose
    presence it was signed watched; a word of presence before them in their clause (no verb
    between; they stand in the genitive, a signer in the nominative)."""
    if c.toks[j].case == "Nom":
        return False
    for k in range(j - 1, max(-1, j - WITNESS_WINDOW), -1):
        t = c.toks[k]
        if t.lemma in rules.PRESENCE:
            return True
        if t.pos == "VERB" or t.text in SIGNING_CLAUSE_ENDS:
            return False
    return False


def _subjects_after_the_verb(c: Candidate, found: list[Person]) -> list[Person]:
    """`Документ подписали губернатор Петербурга Беглов и губернатор Тюменской области Моор`:
    the subjects after the verb, in its own clause."""
    toks = c.doc.tokens
    if found or not c.near or c.toks[c.near[0]].pos != "VERB":
        return []
    verb = c.lo + c.near[0]
    out: list[Person] = []
    for i in range(verb + 1, len(toks)):
        # `глава «Роснефти»`
        quoted_name = toks[i].text in OPENING_QUOTES and toks[i - 1].pos == "NOUN"
        if toks[i].sent != toks[verb].sent or (
            toks[i].text in SIGNING_CLAUSE_ENDS and not quoted_name
        ):
            break
        p = c.persons.by_token.get(i)
        if p is not None and p not in out and toks[i].feats.get("Case") == "Nom":
            out.append(p)
    return out


def _signed_with(c: Candidate, found: list[Person]) -> list[Person]:
    """`Лавров подписал с главой МИД Бахрейна аз-Зайяни меморандум`, `подписал декларацию с
    Эммануэлем Макроном`, `подписал вместе с Алиевым`: whom the signing verb's `с` names, in the
    instrumental, in its clause (not `во главе с`, who leads a side; nor `с участием`, those
    present)."""
    if not c.near or c.toks[c.near[0]].pos != "VERB":
        return []
    toks = c.doc.tokens
    verb = c.lo + c.near[0]
    out: list[Person] = []
    with_ = False
    for i in range(verb + 1, len(toks)):
        t = toks[i]
        if t.sent != toks[verb].sent or t.text in SIGNING_CLAUSE_ENDS or t.pos == "VERB":
            break
        if t.pos == "ADP":
            after = toks[i + 1] if i + 1 < len(toks) else t
            with_ = (
                t.folded in WITH
                and toks[i - 1].folded != LED_BY
                and after.feats.get("Case") == "Ins"
                and after.lemma not in rules.PRESENCE | rules.PARTICIPATION
            )
            continue
        p = c.persons.by_token.get(i)
        if with_ and p is not None and t.feats.get("Case") == "Ins" and p not in found + out:
            out.append(p)
    return out


def _together_with_the_visitor(c: Candidate, found: list[Person]) -> list[Person]:
    """`Вместе с Ильхамом Алиевым глава государства подписал …`: the visitor signed with the
    host."""
    if c.visit is None or c.status != "signed" or rules.TOGETHER not in c.lemmas:
        return []
    return [p for p in (c.visit.visitor, c.visit.host) if p and p not in found]


# Who signed: each rule adds to those found before it.
SIGNATORIES: tuple[Signers, ...] = (
    _named_before_the_verb,
    _subjects_after_the_verb,
    _signed_with,
    _together_with_the_visitor,
)


def signatories_of(c: Candidate) -> tuple[list[Person], list[str]]:
    """The signatories, and the names of the rules that found them."""
    found: list[Person] = []
    fired: list[str] = []
    if c.status == "mentioned":
        return found, fired
    for add in SIGNATORIES:
        new = add(c, found)
        if new:
            found += new
            fired.append(rule_name(add))
    return found, fired
