"""Who spoke, among the words of an attribution: the speaker rules in order, and whom a pronoun
or a title word (`— сказал министр`) stands for.

`SPEAKER_RULES` run in order over one `Near`: the first five narrow the persons named there who
may have spoken, the next four each pick a speaker; the first pick counts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from .document import Parsed
from .explain import rule_name
from .geo import fold
from .patterns import NAME_HOPS, NAME_LINKS, name_top
from .person_data import gender_of
from .persons import Person, PersonsResult
from .roles import TitleReader
from .rules import speech

# whom one speaks to or about does not speak: `обратился к судье`, `поговорил с министром`,
# `сказал о Зинаиде Орловой`
ADDRESSEE_CASES = {"Dat", "Ins", "Loc"}


@dataclass(slots=True)
class QuoteContext:
    """One document as the attribution rules read it: the text, who is named outside quoted
    words, and the title reader."""

    doc: Parsed
    persons: PersonsResult
    titles: TitleReader | None = None

    def lemma(self, i: int | None) -> str | None:
        """The speech verb's lemma (`доложил` → `доложить`: verbs no table lists get none at
        tagging)."""
        if i is None:
            return None
        tok = self.doc.tokens[i]
        if tok.lemma != tok.text.lower() or self.titles is None:
            return tok.lemma
        return self.titles.vocab.lemmatize(tok.text, tok.pos, tok.feats)


class Speaker(NamedTuple):
    """Who spoke, the words that name them, and the speaker rules that decided it."""

    person: Person | None
    span: tuple[int, int] | None
    rule: str | None = None


NOBODY = Speaker(None, None)


@dataclass(slots=True)
class Near:
    """Where a speaker is looked for: the tokens of an attribution, its verb, the persons named
    there who may have spoken, and the rules that narrowed them."""

    indices: range
    verb: int | None
    candidates: list[int]
    narrowed: list[str] = field(default_factory=list)

    def narrow(self, candidates: list[int], rule: Callable[..., object]) -> None:
        self.candidates = candidates
        self.narrowed.append(rule_name(rule))


def speaker_near(ctx: QuoteContext, lo: int, hi: int, verb: int | None) -> Speaker:
    """The speaker among the words at `[lo, hi)` of an attribution whose speech verb is `verb`."""
    doc, persons = ctx.doc, ctx.persons
    indices = doc.within(lo, hi)
    candidates = [
        i for i in indices if i in persons.by_token and not persons.hides(doc.tokens[i].start)
    ]
    near = Near(indices, verb, candidates)
    for rule in SPEAKER_RULES:
        picked = rule(ctx, near)
        if picked is not None:
            return Speaker(*picked, ", ".join([*near.narrowed, rule_name(rule)]))
    return NOBODY


Picked = tuple[Person | None, tuple[int, int] | None]


def _object_speaker(ctx: QuoteContext, near: Near) -> Picked | None:
    """`«…», — цитирует агентство Reuters министра Сергея Карасина`: after a verb of citing,
    whom it cites (its object) spoke, not who cites."""
    doc = ctx.doc
    if near.verb is None or fold(doc.tokens[near.verb].lemma) not in speech.OBJECT_SPEAKER:
        return None
    objects = [i for i in near.candidates if doc.tokens[i].case in ("Acc", "Gen")]
    if objects:
        near.narrow(objects, _object_speaker)
    return None


def _words_of_someone(ctx: QuoteContext, near: Near) -> Picked | None:
    """`напомнила слова академика Леонида Абалкина`: whose words they are spoke, not who repeats
    them."""
    owners = [i for i in near.candidates if _words_of(ctx.doc, i)]
    if owners:
        near.narrow(owners, _words_of_someone)
    return None


def _not_the_addressee(ctx: QuoteContext, near: Near) -> Picked | None:
    """`обратился к судье Виктору Кучко, заявив …`: whom one speaks to (or with, or about) does
    not speak; if only an addressee is named, a pronoun or a person noun there (`сообщила она
    корреспонденту …`, `министр`) is the speaker instead."""
    doc = ctx.doc
    speakers = [i for i in near.candidates if _case_of_the_words(ctx, i) not in ADDRESSEE_CASES]
    if not speakers and not any(
        _stands_for_person(doc, j) or doc.tokens[j].folded in speech.PRONOUNS for j in near.indices
    ):
        speakers = near.candidates  # nobody else to speak: the one addressed, after all
    if speakers != near.candidates:
        near.narrow(speakers, _not_the_addressee)
    return None


def _the_pronoun_subject(ctx: QuoteContext, near: Near) -> Picked | None:
    """`На вопрос корреспондента Анны Ветровой он ответил: «…»`: where a pronoun is the speech
    verb's subject, a name in another case is not who spoke."""
    doc = ctx.doc
    if near.verb is None or not any(
        doc.tokens[j].folded in speech.PRONOUNS
        and doc.tokens[j].rel.startswith("nsubj")
        and doc.tokens[j].head == near.verb
        for j in near.indices
    ):
        return None
    speakers = [i for i in near.candidates if _case_of_the_words(ctx, i) in (None, "Nom")]
    if speakers != near.candidates:
        near.narrow(speakers, _the_pronoun_subject)
    return None


def _case_of_the_words(ctx: QuoteContext, i: int) -> str | None:
    """The case of the words that name someone at token `i`, by their first (`главе Минюста`, a
    title-only reference, is a dative)."""
    doc, p = ctx.doc, ctx.persons.by_token[i]
    at = doc.tokens[i].start
    spans = [(m.start, m.end) for m in p.mentions] + p.references
    first = next((doc.within(a, b)[0] for a, b in spans if a <= at < b and doc.within(a, b)), i)
    return doc.tokens[first].case


def _not_whose(ctx: QuoteContext, near: Near) -> Picked | None:
    """`— сказал адвокат Михаила Зорина`: one whose lawyer, wife or aide spoke (a genitive on the
    speaking noun) did not speak."""
    doc = ctx.doc
    speakers = [i for i in near.candidates if not _of_the_speaker(doc, i)]
    if speakers != near.candidates:
        near.narrow(speakers, _not_whose)
    return None


def _of_the_speaker(doc: Parsed, i: int) -> bool:
    """The name at `i` is a genitive on a person noun that is a subject (`адвокат Зорина`)."""
    tok = doc.tokens[name_top(doc, i, NAME_LINKS)]  # from the surname to the name's head
    if tok.case != "Gen" or tok.head < 0:
        return False
    head = doc.tokens[tok.head]
    return head.pos == "NOUN" and head.rel.startswith("nsubj") and _stands_for_person(doc, tok.head)


def _person_named(ctx: QuoteContext, near: Near) -> Picked | None:
    """`заявил Сергей Лавров`: the first person named there (of those left)."""
    if not near.candidates:
        return None
    i = near.candidates[0]
    p = ctx.persons.by_token[i]
    span = next(((m.start, m.end) for m in p.mentions if m.first <= i < m.last), None)
    span = span or next(((a, b) for a, b in p.references if a <= ctx.doc.tokens[i].start < b), None)
    return p, span


def _pronoun(ctx: QuoteContext, near: Near) -> Picked | None:
    """`отметил он`, `по его словам`: whom the pronoun stands for; not a possessive of a person
    noun (`сказала его вдова`: she spoke)."""
    doc, persons = ctx.doc, ctx.persons
    for i in near.indices:
        tok = doc.tokens[i]
        if tok.head >= 0 and _stands_for_person(doc, tok.head):
            continue
        if tok.folded in speech.PRONOUNS and not persons.hides(tok.start):
            return persons.antecedent(doc, tok.start, tok.text), (tok.start, tok.end)
    return None


def _demonstrative(ctx: QuoteContext, near: Near) -> Picked | None:
    """`— ответил тот`, `— ответил последний`: the one named last before, of the word's gender
    (not the previous sentence's subject, whom `он` would mean)."""
    doc = ctx.doc
    for i in near.indices:
        tok = doc.tokens[i]
        if tok.folded in speech.DEMONSTRATIVES and tok.rel.startswith("nsubj"):
            gender = tok.feats.get("Gender")
            named = [
                (m.start, p)
                for p in ctx.persons.persons
                if gender is None or gender_of(doc, p) in (None, gender)
                for m in p.mentions
                if m.start < tok.start and not ctx.persons.hides(m.start)
            ]
            return (max(named, key=lambda x: x[0])[1] if named else None), (tok.start, tok.end)
    return None


def _person_noun(ctx: QuoteContext, near: Near) -> Picked | None:
    """`сказал министр`, `уточнила собеседница`: the one named before whom the noun describes."""
    doc = ctx.doc
    citing = near.verb is not None and fold(doc.tokens[near.verb].lemma) in speech.OBJECT_SPEAKER
    for i in near.indices:
        # (a capital is a name's, except where the sentence opens: `Министр прокомментировал: «…»`)
        opening = doc.sentences[doc.tokens[i].sent].first == i
        # a speaker is a subject, nominative (not `поменять адвоката`), or whom one cites
        # (`цитирует агентство немецкого политика`)
        nominative = doc.tokens[i].case in (None, "Nom") or (
            citing and doc.tokens[i].case in ("Acc", "Gen")
        )
        if (
            _stands_for_person(doc, i)
            and nominative
            and (opening or not doc.tokens[i].text[:1].isupper())
        ):
            # the verb agrees with the speaker (`рассказала актриса` is a woman)
            verb = doc.tokens[near.verb] if near.verb is not None else doc.tokens[i]
            return _described(ctx, i, verb.feats.get("Gender")), None
    return None


SpeakerRule = Callable[[QuoteContext, Near], Picked | None]
# In this order: five that narrow the persons named (returning None), four that pick a speaker.
SPEAKER_RULES: tuple[SpeakerRule, ...] = (
    _object_speaker,
    _words_of_someone,
    _not_the_addressee,
    _not_whose,
    _the_pronoun_subject,
    _person_named,
    _pronoun,
    _demonstrative,
    _person_noun,
)


def _words_of(doc: Parsed, i: int) -> bool:
    """The name (or its title) is the genitive after `слова`, `высказывание`: the words are its."""
    for _ in range(NAME_HOPS):
        t = doc.tokens[i]
        if t.head < 0:
            return False
        if t.case == "Gen" and t.rel == "nmod" and doc.tokens[t.head].lemma in speech.WORDS_OF:
            return True
        if t.rel not in NAME_LINKS:
            return False
        i = t.head
    return False


def _stands_for_person(doc: Parsed, i: int) -> bool:
    """A noun that stands for a person named earlier: `министр`, `собеседница`, any title word."""
    tok = doc.tokens[i]
    if tok.lemma in speech.PERSON_NOUNS:
        return True
    # the subject of the attribution, any animate noun: a title, `серб`, `россиянин`,
    # `собеседница`
    return tok.pos == "NOUN" and tok.rel.startswith("nsubj") and tok.feats.get("Animacy") == "Anim"


def _related(ctx: QuoteContext, i: int) -> bool:
    """The person noun at `i` says whose it is (`его вдова`, `адвокат Зорина`): someone else's
    relative or aide, not the one named before."""
    doc = ctx.doc
    return any(
        t.head == i
        and (t.folded in speech.POSSESSIVES or (k in ctx.persons.by_token and t.case == "Gen"))
        for k, t in enumerate(doc.tokens[max(0, i - 6) : i + 8], start=max(0, i - 6))
    )


def _agrees(doc: Parsed, p: Person, gender: str | None) -> bool:
    """The person can be of the gender a verb shows (unknown either way agrees)."""
    return gender is None or gender_of(doc, p) in (None, gender)


def _ever_subject(doc: Parsed, p: Person) -> bool:
    """Some mention of `p` is a subject, through its title: `возглавил протоиерей Всеволод
    Чаплин`. (Up to `NAME_HOPS` tokens up: `patterns.subject_of` looks at one more.)"""
    for m in p.mentions:
        i = m.first
        for _ in range(NAME_HOPS):
            tok = doc.tokens[i]
            if tok.rel.startswith("nsubj"):
                return True
            if tok.rel not in NAME_LINKS or tok.head < 0:
                break
            i = tok.head
    return False


def _described(ctx: QuoteContext, i: int, gender: str | None = None) -> Person | None:
    """`японского чиновника`: the last one before who spoke (the subject of a speech verb),
    of that country if one is said; else the last person named."""
    doc, persons = ctx.doc, ctx.persons
    if _related(ctx, i):
        return None
    at = doc.tokens[i].start
    word = ctx.titles.title_word(doc, i) if ctx.titles is not None else None
    country = next(
        (p.country for p in persons.places if p.last == i and p.kind == "adjective"), None
    )
    # the title's words (`канцлер` of `федеральный канцлер`), of the country an adjective says
    # (`— отметил египетский министр`)
    words = {word, *speech.SAME_OFFICE.get(word or "", ())}
    holders = [
        p
        for p in persons.persons
        if word
        and any(words & set(r.title.split(" ")) for r in p.roles)
        and any(m.start < at for m in p.mentions)
        and _agrees(ctx.doc, p, gender)
    ]
    if country is not None and len(holders) > 1:
        holders = [p for p in holders if any(r.country == country for r in p.roles)] or holders
    if len(holders) == 1:
        return holders[0]  # `— сказал протоиерей`: the one the text gave that title
    # `— заявил в прениях прокурор` in a text that names a defendant: a title nobody named holds
    # is someone the text does not name, not whoever holds another title
    titled = word is not None and not holders
    speakers = [
        (j, p)
        for j, p in persons.by_token.items()
        if doc.tokens[j].start < at
        and _agrees(doc, p, gender)
        and not persons.hides(doc.tokens[j].start)
        and doc.tokens[j].rel.startswith("nsubj")
        and doc.tokens[doc.tokens[j].head].lemma in speech.VERBS
        and (country is None or any(r.country == country for r in p.roles))
    ]
    if speakers:
        return max(speakers, key=lambda x: x[0])[1]
    last = persons.last_before(at)
    # (`слушания по делу … Тимура Иванова. «…», — заявил прокурор`: one only talked about is not
    # the one a title points back to; one who acted, a subject, may be)
    if last is None or not _agrees(doc, last, gender) or (titled and not _ever_subject(doc, last)):
        return None
    return last
