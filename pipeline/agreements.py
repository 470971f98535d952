"""Stage: agreements — documents signed, to be signed or mentioned, with who signed them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .dates import Date
from .explain import Why
from .document import Parsed
from .geo import Place, fold, located
from .models import MorphVocab
from .persons import Person, PersonsResult
from .rules import events as rules
from .rules import titles as title_rules
from .rules.countries import ADJECTIVES as COUNTRY_ADJECTIVES
from .visits import Visit, _country_of

TWINNING = "побратим"  # `побратимские узы`, `побратимство`: cities bind themselves
PAIR_STARTS = {
    key.split()[0] for key in rules.AGREEMENT_NOUNS if " " in key
}  # `дорожный` of `дорожный карта`
STOP_WORDS = {"между", "с", "в", "на", "и", "до", "для", "от", "за", "при", "после"}


@dataclass
class Agreement:
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


def _restated(toks: list, k: int) -> bool:
    """The agreement noun at `k` follows `— это` (adjectives aside): it renames what came before."""
    j = k
    while j > 0 and toks[j - 1].pos == "ADJ":
        j -= 1
    return j >= 2 and fold(toks[j - 1].text) == "это" and toks[j - 2].text in ("—", "–", "-")


def _topic(toks: list, j: int) -> bool:
    """A signing noun that talks or an agreement are about (`договорились о подписании`,
    `переговоры о заключении`): a subject, not an act (`объявила о заключении` reports one)."""
    if toks[j].pos != "NOUN":
        return False
    # `переговоры о возвращении островов и заключении договора`: the preposition may stand before
    # another topic joined by `и`
    o = j - 1
    while (
        o > max(0, j - 6)
        and fold(toks[o].text) not in ("о", "об")
        and (toks[o].pos in ("NOUN", "ADJ") or fold(toks[o].text) == "и")
    ):
        o -= 1
    if o >= 0 and fold(toks[o].text) in ("о", "об"):
        return any(t.lemma in rules.SIGNING_TALKED_OF for t in toks[max(0, o - 3) : o])
    # `на пути к подписанию`, `подготовка к подписанию`: a signing aimed at
    return (
        j >= 2
        and fold(toks[j - 1].text) == "к"
        and any(t.lemma in rules.TOWARDS_SIGNING for t in toks[max(0, j - 3) : j - 1])
    )


def _agreed_on(toks: list, j: int) -> bool:
    """`договорились о подписании`, `подготовка к подписанию`: a signing agreed on or prepared is
    planned; one only talked of or on the way to is not."""
    return any(
        t.lemma in rules.SIGNING_AGREED_ON or rules.TOWARDS_SIGNING.get(t.lemma) == "planned"
        for t in toks[max(0, j - 8) : j]
    )


def _principal_countries(persons: PersonsResult) -> list[str]:
    """The two countries a text names most (in a tie, first named first), each named at least
    twice."""
    counts = Counter(p.country for p in persons.places if p.country and p.kind != "institution")
    return [c for c, n in counts.most_common(2) if n >= 2]


def _future(toks: list, j: int) -> bool:
    """`подпишут`, and `будет подписано` (the auxiliary carries the tense)."""
    return toks[j].feats.get("Tense") == "Fut" or any(
        fold(t.text) in ("будет", "будут") for t in toks[max(0, j - 2) : j]
    )


def _future_head(toks: list, lo: int, j: int) -> bool:
    """`Ратификация договора состоится в следующем году`: the verb the signing noun is subject of is
    future."""
    h = toks[j].head - lo
    return 0 <= h < len(toks) and toks[h].feats.get("Tense") == "Fut"


def _governs(toks: list, lo: int, j: int, k: int) -> bool:
    """The signing word at `j` governs the agreement noun at `k` through a list of documents
    (`подписание постановления, плана … и меморандума`): heads from `k` lead to `j`."""
    i = k
    for _ in range(6):
        head = toks[i].head - lo
        if not 0 <= head < len(toks) or toks[i].rel not in ("conj", "nmod", "obj", "nsubj:pass"):
            return False
        if head == j:
            return True
        i = head
    return False


def _signs_this(toks: list, lo: int, j: int, k: int) -> bool:
    """A passive signing participle counts only for the noun it describes: `подписанный договор`,
    not `программа согласованных действий` (`подписавшие его компании` signed something else)."""
    t = toks[j]
    describes = t.rel in ("amod", "acl") and (t.pos == "ADJ" or t.feats.get("Voice") == "Pass")
    return not describes or t.head - lo == k


def _title_end(doc: Parsed, lo: int, toks: list, end: int) -> int:
    """Where an agreement's name ends: it goes on with genitives, with what `о/об` (`о
    сотрудничестве`),
    `по` (`по вопросам`), `в` (`в атомной энергетике`, `в сфере …`: not a place, where it was
    signed)
    and `на` + a period (`на 2025–2027 годы`) govern, each word in its preposition's case, and with
    `и` between words of one case; any other word ends it (`сроком на 20 лет`, `сторонам`)."""
    case, first = "Gen", end
    while end < len(toks):
        t, word = toks[end], fold(toks[end].text)
        after = toks[end + 1] if end + 1 < len(toks) else None
        if word in TITLE_PREPOSITIONS and after is not None and not _place_at(doc, lo + end + 1):
            case = TITLE_PREPOSITIONS[word]
        elif (
            word in ("и", ",", "-", "–")
            and after is not None
            and end > first
            and (
                after.case == _case_before(toks, end, first)
                or (after.rel == "conj" and lo + first - 1 <= after.head < lo + end)
            )
        ):
            # `о торговле и инвестициях`, `по строению АЭЦ Белене, нефтепровода …`: another of the
            # same
            pass
        elif any(c.isdigit() for c in t.text) and (
            case == "Acc" or (after is not None and after.case == "Gen")
        ):
            pass  # `на 2025–2027 годы`, `газовое соглашение 2009 года`
        elif (
            t.pos == "PROPN"
            and t.text[:1].isupper()
            and (
                end == first
                or toks[end - 1].text[:1].isupper()
                or lo + first - 1 <= t.head < lo + end
            )
            or (
                word in ("-", "–")
                and after is not None
                and after.pos == "PROPN"
                and toks[end - 1].pos == "PROPN"
            )
        ):
            # a name right after the document's noun or a name (`договор СНВ-3`, `АЭЦ Белене`), or
            # one the
            # tree hangs on the name (`нефтепровода Бургас`); not the verb's subject (`арсеналов
            # Москва и
            # Вашингтон подписали`)
            pass
        elif t.case == "Ins" and t.pos == "NOUN" and end > first and fold(t.text) not in TERM_WORDS:
            pass  # who does what the name says: `о закупке американцами кораблей`
        elif not t.text[:1].isalnum() or t.pos == "VERB" or t.case not in ("Gen", case):
            break
        end += 1
    while end > first and (
        fold(toks[end - 1].text) in TITLE_PREPOSITIONS or fold(toks[end - 1].text) in ("и", ",")
    ):
        end -= 1  # a preposition the name did not go on with
    return end


def _case_before(toks: list, end: int, first: int) -> str | None:
    """The case of the last common word before `end` in a name (past a name it governs: `АЭЦ
    Белене`)."""
    j = end - 1
    while j > first and toks[j].pos == "PROPN":
        j -= 1
    return toks[j].case


def _place_at(doc: Parsed, i: int) -> bool:
    """A place's name opens at token `i` (after `в`, where a signing happened, no part of its
    name)."""
    return doc.tokens[i].text[:1].isupper() and doc.tokens[i].pos == "PROPN"


def _named_sides(
    doc: Parsed, persons: PersonsResult, lo: int, hi: int, title: range, vocab: MorphVocab
) -> list[str]:
    """The sides a signing sentence names: the subjects of its signing verb and the words after
    `между`, countries and cities by their names, organisations (NER's, or quoted) as written in the
    nominative; none unless an organisation is among them."""
    toks = doc.tokens
    place_at = {
        i: pl for pl in persons.places if lo <= pl.first < hi for i in range(pl.first, pl.last)
    }
    heads = [
        i for i in range(lo, hi) if toks[i].lemma in rules.SIGN_VERBS and toks[i].pos == "VERB"
    ]
    between = [i for i in range(lo, hi) if toks[i].folded == "между"]
    sides: list[int] = []
    for i in range(lo, hi):
        if i in title or i in persons.by_token:
            continue
        rel, head = toks[i].rel, toks[i].head
        if (
            (rel.startswith("nsubj") and head in heads)
            or (rel == "conj" and head in sides)
            or any(toks[b].head == i or (b + 1 == i) for b in between)
        ):
            sides.append(i)
    out: list[str] = []
    orgs = False
    for i in sides:
        if i in place_at:
            out.append(place_at[i].city or place_at[i].country or "")
            continue
        entity = next(
            (e for e in doc.entities if e.type == "ORG" and e.start <= toks[i].start < e.end), None
        )
        if entity is not None:  # in the nominative: `с «Нафтогазом Украины»` → `Нафтогаз Украины`
            words = doc.text[entity.start : entity.end].strip('«»"“”„').split()
            out.append(
                vocab.nominative_phrase(words)
                if words and toks[i].case not in (None, "Nom")
                else " ".join(words)
            )
            orgs = True
        elif (
            toks[i].text.isupper() and len(toks[i].text) > 1
        ):  # `ФИДЕ`: an abbreviation is an organisation's name
            out.append(toks[i].text)
            orgs = True
    return [*dict.fromkeys(x for x in out if x)] if orgs else []


def _hangs_on_event(doc: Parsed, pl: Place) -> bool:
    """`по итогам саммита в Швейцарии`: the place says where an event was, not who signed."""
    head = doc.tokens[pl.first].head
    return (
        head >= 0
        and doc.tokens[head].pos == "NOUN"
        and doc.tokens[head].lemma not in rules.AGREEMENT_NOUNS
    )


def _side(doc: Parsed, pl: Place) -> bool:
    """A country's adjective on a side of the signing (`российская сторона`, `китайский
    коллега`)."""
    head = doc.tokens[pl.first].head
    return head >= 0 and (
        doc.tokens[head].lemma in rules.SIDE_NOUNS
        or doc.tokens[head].feats.get("Animacy") == "Anim"
    )


# Instrumentals of a term, no part of a name: `договор … сроком на 20 лет`.
TERM_WORDS = {"сроком", "периодом"}

# Prepositions inside an agreement's name and the case of the words they govern.
TITLE_PREPOSITIONS = {"о": "Loc", "об": "Loc", "по": "Dat", "в": "Loc", "на": "Acc"}


class AgreementFinder:
    def __init__(self, vocab: MorphVocab) -> None:
        self.vocab = vocab

    def run(
        self, doc: Parsed, persons: PersonsResult, dates: list[Date], visits: list[Visit]
    ) -> list[Agreement]:
        found: list[Agreement] = []
        for s_idx, sent in enumerate(doc.sentences):
            toks = doc.tokens[sent.first : sent.last]
            lemmas = [t.lemma for t in toks]
            signing = [k for k, lemma in enumerate(lemmas) if lemma in rules.SIGN_VERBS]
            k = 0
            while k < len(toks):
                # `побратимские узы`: the tagger may lemmatise a plural-only noun as a singular
                # (`уза`)
                two = None
                if lemmas[k] in PAIR_STARTS and k + 1 < len(toks):
                    pairs = (
                        f"{lemmas[k]} {lemmas[k + 1]}",
                        f"{lemmas[k]} {fold(toks[k + 1].text)}",
                    )
                    two = next((p for p in pairs if p in rules.AGREEMENT_NOUNS), None)
                key, width = (two, 2) if two else (lemmas[k], 1)
                kind = rules.AGREEMENT_NOUNS.get(key)
                if kind is None or (
                    key in rules.NEEDS_SIGNING
                    and not any(_signs_this(toks, sent.first, j, k) for j in signing)
                ):
                    k += 1
                    continue
                a = self._build(
                    doc,
                    persons,
                    dates,
                    visits,
                    sent.first,
                    sent.last,
                    s_idx,
                    k,
                    width,
                    key,
                    kind,
                    signing,
                )
                if found and found[-1].evidence == a.evidence and _restated(toks, k):
                    # `соглашение об … подписали в 2010 году — это договор СНВ-3`: one document,
                    # named twice
                    found[-1].kind, found[-1].title, found[-1].named = a.kind, a.title, a.named
                else:
                    found.append(a)
                k += width
        return self._merge(found)

    def _build(
        self, doc, persons, dates, visits, lo, hi, s_idx, k, width, key, kind, signing
    ) -> Agreement:
        toks = doc.tokens[lo:hi]
        start = k
        while (
            start > 0
            and toks[start - 1].pos == "ADJ"
            and fold(toks[start - 1].text) not in ("соответствующий",)
            and not self._futr(
                toks[start - 1].text
            )  # `заключу мирный договор`: the tagger's adjective is a verb
            and toks[start - 1].lemma not in rules.SIGN_VERBS
        ):  # `подписанными соглашениями`: no part of the name
            start -= 1
        end = _title_end(doc, lo, toks, min(k + width, len(toks)))
        # the key's first noun heads it: `дорожные карты`, `план действий` (what follows it stays as
        # written)
        noun = next(
            (i for i in range(k, min(k + width, len(toks))) if toks[i].pos == "NOUN"),
            min(k + width, len(toks)) - 1,
        )
        head = next((p for p in self.vocab(fold(toks[noun].text)) if p.tag.POS == "NOUN"), None)
        gender = (
            head.tag.gender if head else None
        )  # `дорожные карты` → `дорожная карта`: adjectives agree with the noun
        words = [
            self.vocab.nominative(fold(t.text), adjective_gender=gender)
            for t in toks[start : min(noun + 1, end)]
        ]
        words = [
            w
            for i, w in enumerate(words)
            if not (
                toks[start + i].pos == "ADJ"
                and start + i < k
                and toks[start + i].lemma in COUNTRY_ADJECTIVES
            )
        ]
        if (
            noun + 1 < end
            # what follows the head as written, spaces and all (`…, нефтепровода
            # Бургас-Александрополис`)
        ):
            words.append(fold(doc.text[toks[noun + 1].start : toks[end - 1].end]))
        title = " ".join(words) or None
        count = next(
            (
                int(t.text) if t.text.isdigit() else rules.NUMBER_WORDS[fold(t.text)]
                for t in toks[max(0, start - 2) : start]
                if (t.text.isascii() and t.text.isdigit()) or fold(t.text) in rules.NUMBER_WORDS
            ),
            None,
        )
        sent_lemmas = {t.lemma for t in toks}
        if kind in rules.ISSUED_KINDS:  # `выступили с совместным заявлением`: a statement is issued
            signing = sorted(
                signing + [j for j, t in enumerate(toks) if t.lemma in rules.ISSUING_VERBS]
            )
        near = [
            j
            for j in signing
            if (abs(j - k) <= 8 or _governs(toks, lo, j, k)) and _signs_this(toks, lo, j, k)
        ]
        if near and all(_topic(toks, j) for j in near):
            # `договорились о подписании соглашения`: the signing is what they agreed on or talk
            # about
            status = (
                "planned"
                if _agreed_on(toks, near[0]) and not self._denied(toks, max(0, near[0] - 2), start)
                else "mentioned"
            )
        elif near and (
            sent_lemmas & (rules.PLANNED | rules.POSTPONED)
            or any(_future(toks, j) or self._futr(toks[j].text) for j in near)
            or (toks[near[0]].pos == "NOUN" and _future_head(toks, lo, near[0]))
        ):
            # also `Ратификация договора состоится`, `Подписание … отложено`; but a plan denied or
            # asked
            # about is none: `не планируется подписание`, `планируется ли подписание`
            planning = [i for i, t in enumerate(toks) if t.lemma in rules.PLANNED]
            doubted = any(
                fold(toks[i].text) == "не" for p in planning for i in range(max(0, p - 2), p)
            ) or any(
                fold(toks[i].text) == "ли"
                for p in planning + near
                for i in range(p + 1, min(len(toks), p + 3))
            )
            status = "mentioned" if doubted or self._denied(toks, near[0], start) else "planned"
        elif (
            near
            and not self._denied(toks, near[0], start)
            and not self._only_aimed(toks, near[0], sent_lemmas)
        ):
            status = "signed"
        else:
            status = "mentioned"
        signatories = self._signatories(doc, persons, lo, k, near) if status != "mentioned" else []
        date = next(
            (d for d in dates if doc.sentences[s_idx].start <= d.start < doc.sentences[s_idx].end),
            None,
        )
        visit = next((v for v in visits if s_idx in v.sentences), None)
        if visit is None and status == "signed":  # signed during the one trip the text reports
            current = [v for v in visits if v.status != "planned"]
            visit = current[0] if len(current) == 1 else None
        if visit and status == "signed" and rules.TOGETHER in sent_lemmas:
            # `Вместе с Ильхамом Алиевым … подписали`: the visitor signed with them
            signatories += [p for p in (visit.visitor, visit.host) if p and p not in signatories]
        parties = self._parties(
            doc, persons, lo, hi, signatories, visit, kind, range(lo + start, lo + end)
        )
        sent = doc.sentences[s_idx]
        named = any(
            (t.text[:1].isupper() and i > 0 and i != k) or t.text[:1].isdigit()
            for i, t in enumerate(toks[start:end], start)
        )
        return Agreement(
            kind,
            title,
            status,
            count,
            parties,
            signatories,
            date,
            visit,
            [(sent.start, sent.end)],
            named,
        )

    def _parties(
        self,
        doc: Parsed,
        persons: PersonsResult,
        lo: int,
        hi: int,
        signatories: list[Person],
        visit: Visit | None,
        kind: str,
        title: range,
    ) -> list[str]:
        # where it was signed or met is no side (`подписано в Астане`, `по итогам саммита в
        # Швейцарии`)
        places = [
            pl
            for pl in persons.places
            if lo <= pl.first < hi
            and not (located(doc, pl) and pl.kind != "country")
            and not (located(doc, pl) and _hangs_on_event(doc, pl))
        ]
        # cities that are the sides (not where it was signed, `в Баку`) bind themselves where no
        # country is named: `между Санкт-Петербургом и Тюменской областью`, and twin cities (`Минск,
        # Баку и еще четыре города связали побратимские узы`); but `Москва и Вашингтон подписали`
        # speaks of the states
        # (not those its name names: `договоры по строению АЭЦ Белене, нефтепровода Бургас …`)
        # organisations the signing names as its sides: its subjects (`«Газпром» и китайская CNPC
        # подписали`) and `между … и …` (`между ЕАЭС и Монголией`), with the signers' countries
        named = _named_sides(doc, persons, lo, hi, title, self.vocab)
        if named:
            return [*dict.fromkeys([*(c for p in signatories if (c := _country_of(p))), *named])]
        sides = [
            pl
            for pl in places
            if pl.kind == "city" and not located(doc, pl) and pl.first not in title
        ]
        twinned = any(fold(doc.tokens[i].text).startswith(TWINNING) for i in range(lo, hi))
        if (
            sides
            and not any(pl.kind == "country" for pl in places)
            and (twinned or len({pl.country for pl in sides}) == 1)
        ):
            return [c for c in dict.fromkeys(pl.city for pl in sides) if c]
        parties = [c for c in dict.fromkeys(_country_of(p) for p in signatories) if c]
        if not parties:
            parties = [
                c
                for c in dict.fromkeys(
                    pl.country for pl in places if pl.kind in ("country", "city")
                )
                if c
            ]
        if len(parties) < 2:  # `Российская и китайская стороны подписали`: the sides' adjectives
            parties += [
                c
                for c in dict.fromkeys(
                    pl.country
                    for pl in persons.places
                    if lo <= pl.first < hi and pl.kind == "adjective" and _side(doc, pl)
                )
                if c and c not in parties
            ]
        if not parties and visit is not None:
            parties = [c for c in dict.fromkeys((visit.origin_country, visit.country)) if c]
        if len(parties) < 2 and kind not in rules.ONE_SIDED:
            # `мирный договор` in a text about Russia and Japan: a pact has two sides, and where
            # its sentence names fewer, they are the countries the text is about
            parties += [c for c in _principal_countries(persons) if c not in parties][
                : 2 - len(parties)
            ]
        return parties

    def _futr(self, word: str) -> bool:
        """`заключу`: a perfective verb in the non-past, which the tagger may leave without a
        tense."""
        parses = self.vocab(fold(word))
        return bool(parses) and parses[0].tag.POS == "VERB" and "futr" in parses[0].tag

    @staticmethod
    def _denied(toks: list, verb: int, start: int) -> bool:
        """`не подписали`, `отказалась присоединиться`, `не дает двум странам заключить`, `без …
        договора`."""
        before = toks[max(0, verb - 3) : verb]
        return any(
            fold(t.text) in ("не", "без") or t.lemma in rules.NOT_SIGNING for t in before
        ) or (start > 0 and fold(toks[start - 1].text) == "без")

    @staticmethod
    def _only_aimed(toks: list, verb: int, sent_lemmas: set[str]) -> bool:
        """An infinitive signing is done only where they managed (`удалось подписать`; not
        `подписать
        … не удалось`)."""
        managed = any(
            t.lemma in rules.MANAGED and not (j > 0 and fold(toks[j - 1].text) == "не")
            for j, t in enumerate(toks)
        )
        return toks[verb].feats.get("VerbForm") == "Inf" and not managed

    def _signatories(
        self, doc: Parsed, persons: PersonsResult, lo: int, k: int, near: list[int]
    ) -> list[Person]:
        """Who is named (or titled in the plural: `Президенты`) before the signing verb; in
        `…, а министры – дорожные карты` the clause after `а` has its own, unnamed, signers."""
        toks = doc.tokens[lo:]
        first, last = 0, near[0] if near else k
        contrast = [
            j for j in range(1, k) if fold(toks[j].text) in ("а", "но") and toks[j - 1].text == ","
        ]
        if contrast and near and contrast[-1] > near[0]:
            first, last = contrast[-1], k
        out: list[Person] = []
        for j in range(first, last):
            tok = toks[j]
            found = [persons.by_token[lo + j]] if lo + j in persons.by_token else []
            if not found and tok.lemma in title_rules.HEADS and self.vocab.plural(tok):
                holders = persons.holders(tok.lemma)
                found = holders if len(holders) > 1 else []
            out += [p for p in found if p not in out]
        if not out and near and toks[near[0]].pos == "VERB":
            # `документ подписали губернатор … Яковлев и губернатор … Собянин`: subjects after the
            # verb
            sent = toks[near[0]].sent
            for j in range(near[0] + 1, len(toks)):
                if toks[j].sent != sent or toks[j].text in (",", "—", "–", "-", ";", "«", '"'):
                    # `…, отметил Нестеренко`: who speaks of the signing in another clause signs
                    # nothing
                    break
                p = persons.by_token.get(lo + j)
                if p is not None and p not in out and toks[j].feats.get("Case") == "Nom":
                    out.append(p)
        return out

    def _ordinal(self, title: str | None) -> bool:
        """The title opens with an ordinal: the agreement counts as one of several."""
        first = (title or "").split(" ")[0]
        return bool(first) and any("Anum" in p.tag.grammemes for p in self.vocab(first)[:1])

    def _merge(self, found: list[Agreement]) -> list[Agreement]:
        """One record per document: later mentions of the same kind refer back to it."""
        out: list[Agreement] = []
        for a in found:
            if self._ordinal(a.title):
                # `Первый контракт …`, `Третий контракт был подписан между ФИДЕ и Мехико`: one of
                # several
                same = next((o for o in out if o.title == a.title), None)
            elif a.named:
                # the same title, or the one unnamed document of that kind the text is signing (or
                # will):
                # `подпишет антипиратский меморандум` … `подпишет меморандум Роскомнадзора о …`
                # or the unnamed one whose name this one completes (`газовое соглашение` … `газовое
                # соглашение 2009 года`)
                same = next((o for o in out if o.title == a.title), None) or next(
                    (
                        o
                        for o in out
                        if not o.named
                        and o.kind == a.kind
                        and (
                            (a.status != "mentioned" and o.status == a.status)
                            or (a.title or "").startswith(f"{o.title} ")
                        )
                    ),
                    None,
                )
                if same is not None and not same.named:
                    same.title = a.title  # the fuller name; later bare mentions still refer to it
            elif a.kind == "documents" and a.count is None and out:
                same = out[-1]  # `документ подписали`: the document just named
            else:
                same = next(
                    (
                        o
                        for o in out
                        if not o.named
                        and o.kind == a.kind
                        and (
                            "mentioned" in (a.status, o.status)
                            or (a.status == "planned") == (o.status == "planned")
                        )
                    ),
                    None,
                )
            if same is None or (
                same.parties and a.parties and not set(same.parties) & set(a.parties)
            ):
                out.append(
                    a
                    # `связали побратимские узы` after the states' agreements: other sides, another
                    # one
                )
                continue
            same.evidence += [e for e in a.evidence if e not in same.evidence]
            same.signatories += [p for p in a.signatories if p not in same.signatories]
            same.date = same.date or a.date
            if same.status == "mentioned":
                same.status = a.status
        return out
