"""Stage: agreements — documents signed, to be signed or mentioned, with who signed them.

Each agreement noun of a sentence (`rules/events.py` AGREEMENT_NOUNS) becomes a `Candidate`
(`agreement_context.py`); its name is read by the `TITLE_WORDS` rules (`agreement_title.py`), its
status by the `STATUS` rules (`agreement_status.py`), who signed by the `SIGNATORIES` rules
(`agreement_signatories.py`), whom it binds by the `SIDES` and `COUNTRIES` rules
(`agreement_parties.py`); `agreement_merge.py` makes one record of each document's mentions.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .agreement_context import AgreementContext, Candidate
from .agreement_merge import merge
from .agreement_parties import parties_of
from .agreement_signatories import signatories_of
from .agreement_status import status_of
from .agreement_title import AgreementTitle, read_title
from .dates import Date
from .document import Parsed, Token
from .explain import Why
from .models import MorphVocab
from .persons import Person, PersonsResult
from .rules import events as rules
from .rules.grammar import DASHES
from .visits import Visit

PAIR_STARTS = {
    key.split()[0] for key in rules.AGREEMENT_NOUNS if " " in key
}  # `дорожный` of `дорожный карта`
RESTATING = "это"  # `… — это договор СНВ-3`
# How far after `, а` the dash that stands for a verb left out may be (`а министры Петров и Ли —`).
GAP_WINDOW = 12


@dataclass
class Agreement:
    """A document signed, planned or mentioned, with its sides, signers, date and trip."""

    kind: str
    title: str | None
    status: str
    count: int | None
    parties: list[str]
    signatories: list[Person]
    date: Date | None
    visit: Visit | None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    named: bool = False  # `Потсдамская декларация`, `соглашение 1855 года`: one particular document
    why: Why = field(default_factory=dict)  # field → the rule that set it (explain mode)


def _key_at(toks: list[Token], lemmas: list[str], k: int) -> tuple[str, int]:
    """The agreement key at `k` and how many words it takes: `побратимские узы` (the tagger may
    lemmatise a plural-only noun as a singular, `уза`), else the lemma alone."""
    if lemmas[k] in PAIR_STARTS and k + 1 < len(toks):
        pairs = (f"{lemmas[k]} {lemmas[k + 1]}", f"{lemmas[k]} {toks[k + 1].folded}")
        two = next((p for p in pairs if p in rules.AGREEMENT_NOUNS), None)
        if two:
            return two, 2
    return lemmas[k], 1


def _signatures_put(ctx: AgreementContext, lo: int, toks: list[Token]) -> list[int]:
    """`Подписи под документом поставили глава «Роснефти» … и председатель CNPC …`: the verb of
    `поставить подпись` signs as `подписать` does."""
    return [
        k
        for k, t in enumerate(toks)
        if t.lemma in rules.SIGNATURE_VERBS
        and any(ctx.doc.tokens[c].lemma == rules.SIGNATURE for c in ctx.doc.children(lo + k))
    ]


def _documents_exchanged(ctx: AgreementContext, lo: int, toks: list[Token]) -> list[int]:
    """`Стороны обменялись документами о сотрудничестве`: exchanging the signed copies of an
    agreement (its noun in the instrumental, the verb's own) signs it as `подписать` does."""
    return [
        k
        for k, t in enumerate(toks)
        if t.lemma in rules.EXCHANGE_VERBS
        and any(
            ctx.doc.tokens[c].lemma in rules.AGREEMENT_NOUNS
            and ctx.doc.tokens[c].feats.get("Case") == "Ins"
            for c in ctx.doc.children(lo + k)
        )
    ]


def _verbs_left_out(toks: list[Token], signing: list[int]) -> list[int]:
    """`Президенты подписали заявление, а министры Петров и Ли — меморандум`: in a clause after
    `, а` a dash stands for the signing verb the first clause said."""
    if not signing:
        return []
    out = []
    for k in range(signing[0] + 1, len(toks) - 2):
        if toks[k].text == "," and toks[k + 1].folded in rules.GAPPED_JOINS:
            dash = next(
                (j for j in range(k + 2, min(k + GAP_WINDOW, len(toks))) if toks[j].text in DASHES),
                None,
            )
            if dash is not None:
                out.append(dash)
    return out


def _candidates(ctx: AgreementContext, index: int) -> Iterator[Candidate]:
    """The agreement nouns of sentence `index`; those that need a signing (`документ`,
    `программа`) only where a signing word signs them."""
    sent = ctx.doc.sentences[index]
    toks = ctx.doc.tokens[sent.first : sent.last]
    lemmas = [t.lemma for t in toks]
    signing = [k for k, lemma in enumerate(lemmas) if lemma in rules.SIGN_VERBS]
    signing = sorted(
        signing
        + _signatures_put(ctx, sent.first, toks)
        + _documents_exchanged(ctx, sent.first, toks)
    )
    signing = sorted(signing + _verbs_left_out(toks, signing))
    sentence_lemmas = set(lemmas)
    k = 0
    while k < len(toks):
        key, width = _key_at(toks, lemmas, k)
        kind = rules.AGREEMENT_NOUNS.get(key)
        if kind is None:
            k += 1
            continue
        c = Candidate(
            ctx, index, sent.first, sent.last, toks, k, width, key, kind, signing, sentence_lemmas
        )
        signed = any(c.signs_this(j) for j in signing)
        if (key in rules.NEEDS_SIGNING and not signed) or (
            key in rules.ACCORDS and not signed and _on_an_event(toks, k + width)
        ):
            k += 1
            continue
        yield c
        k += width


def _on_an_event(toks: list[Token], k: int) -> bool:
    """`договорённость о встрече`, `о проведении саммита`: `о` + (adjectives) an event noun."""
    if k >= len(toks) or toks[k].folded not in ("о", "об"):
        return False
    j = k + 1
    while j < len(toks) and toks[j].pos == "ADJ":
        j += 1
    return j < len(toks) and toks[j].lemma in rules.EVENTS_AGREED


def _restated(c: Candidate) -> bool:
    """The agreement noun follows `— это` (adjectives aside): it renames what came before."""
    j = c.noun
    while j > 0 and c.toks[j - 1].pos == "ADJ":
        j -= 1
    return j >= 2 and c.toks[j - 1].folded == RESTATING and c.toks[j - 2].text in DASHES


def _visit_of(c: Candidate) -> Visit | None:
    """The trip the sentence tells of; a signing done during the one trip the text reports."""
    visit = next((v for v in c.ctx.visits if c.sentence in v.sentences), None)
    if visit is None and c.status == "signed":
        current = [v for v in c.ctx.visits if v.status != "planned"]
        visit = current[0] if len(current) == 1 else None
    return visit


def _explained(
    status: str, title: AgreementTitle, signatories: list[str], parties: list[str]
) -> Why:
    """Which rules set the fields (explain mode): rules that add to a field are listed in order."""
    why = {"status": status}
    for key, names in (("title", title.rules), ("signatories", signatories), ("parties", parties)):
        if names:
            why[key] = ", ".join(names)
    return why


def _read(c: Candidate) -> Agreement:
    """The agreement the candidate states, read by the rule lists in turn."""
    title = read_title(c)
    c.near = c.signing_words()
    c.status, status_rule = status_of(c)
    c.visit = _visit_of(c)
    c.signatories, signer_rules = signatories_of(c)
    parties, party_rules = parties_of(c)
    sent = c.doc.sentences[c.sentence]
    date = next((d for d in c.ctx.dates if sent.start <= d.start < sent.end), None)
    found = Agreement(
        c.kind,
        title.text,
        c.status,
        title.count,
        parties,
        c.signatories,
        date,
        c.visit,
        [(sent.start, sent.end)],
        title.named,
    )
    found.why = _explained(status_rule, title, signer_rules, party_rules)
    return found


def _rename(earlier: Agreement, again: Agreement) -> None:
    """`соглашение об … подписали в 2010 году — это договор СНВ-3`: one document, named twice."""
    earlier.kind, earlier.title, earlier.named = again.kind, again.title, again.named
    if "title" in again.why:
        earlier.why["title"] = again.why["title"]
    else:
        earlier.why.pop("title", None)


class AgreementFinder:
    """A document's agreements: every agreement noun read by the rule lists, then merged."""

    def __init__(self, vocab: MorphVocab) -> None:
        self.vocab = vocab

    def run(
        self, doc: Parsed, persons: PersonsResult, dates: list[Date], visits: list[Visit]
    ) -> list[Agreement]:
        ctx = AgreementContext(doc, persons, dates, visits, self.vocab)
        found: list[Agreement] = []
        for index in range(len(doc.sentences)):
            for c in _candidates(ctx, index):
                a = _read(c)
                if found and found[-1].evidence == a.evidence and _restated(c):
                    _rename(found[-1], a)
                else:
                    found.append(a)
        return merge(self.vocab, found)
