"""Who travelled: the visitor rules of a trip word (`VISITORS`), of talks in a named place
(`TALKERS`), of one received (`GUESTS`), and who invited them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from .document import Parsed, Token
from .geo import Place
from .patterns import attached, met_with, name_top, with_before
from .persons import Person
from .rules import events as rules
from .rules import grammar
from .rules.speech import PRONOUNS
from .visit_model import NOBODY, Nobody, TripContext, country_of, decide

# How far after a trip word its genitive (`визит Барака Обамы`) or an inviter's name may stand.
NAME_WINDOW = 10
# How far before a name `с` of `переговоры … с премьер-министром Малайзии` may stand.
WITH_WINDOW = 6
# How far after a title a person received may be named (`президента Ирана Хасана Роухани`).
TITLE_WINDOW = 6
# Marks that end the phrase of a trip word (tested as a string: `,`, `.`, `;`).
PHRASE_MARKS = ",.;"
# Prepositions that end the phrase of a trip word (`визит … в Минск`, `… с президентом`): not `во`.
PHRASE_PREPOSITIONS = {"в", "на"} | grammar.WITH


@dataclass
class TripWord:
    """A trip word in its sentence, and who may have made the trip (all named but the inviter)."""

    ctx: TripContext
    indices: range  # the sentence's token indices
    trig: int
    by: dict[int, Person]  # token index → person, the inviter and those met `с` left out
    named: dict[int, Person]  # … those met `с` in (the noun a participle describes may be one)

    @property
    def doc(self) -> Parsed:
        return self.ctx.doc


def _described_by_the_participle(w: TripWord) -> Person | Nobody | None:
    """`Переговоры прошли с премьером Японии Синдзо Абэ, прибывшим в Москву`, `принял президента
    Египта, находящегося в России с визитом`: the noun the participle (or relative clause)
    describes travelled, not the sentence's subject (and nobody, where that noun is no person and
    no delegation: `представителей, посетивших Москву`)."""
    described = _described_noun(w.doc, w.trig)
    if described is None:
        return None
    noun = described
    named = [
        i
        for i in w.indices
        if i in w.named
        and (i == noun or w.doc.tokens[i].head == noun and w.doc.tokens[i].rel == "appos")
    ]
    if named:
        return w.named[named[0]]
    return NOBODY if w.doc.tokens[noun].lemma not in rules.TRAVELLING_GROUPS else None


def _described_noun(doc: Parsed, trig: int) -> int | None:
    """The noun that a participle (`премьером, прибывшим в Москву`) or a relative clause of
    `который` (`премьером, который находится в Минске с визитом`) describes, where the trip word
    is that clause's verb or a noun it governs (`находящегося в России с визитом`)."""
    t = doc.tokens[trig]
    if t.pos == "NOUN" and t.rel == "obl" and t.head >= 0:
        # `находящегося … с визитом`, not `рассказал о визите Мишустина`
        if doc.tokens[t.head].lemma not in rules.STAYING_VERBS | rules.VISIT_VERBS:
            return None
        trig, t = t.head, doc.tokens[t.head]
    if t.feats.get("VerbForm") == "Part" and t.rel == "acl":
        return t.head
    if t.rel != "acl:relcl":
        return None
    relative = any(_subject_which(doc.tokens[k], trig) for k in range(t.head + 1, trig))
    return t.head if relative else None


def _subject_which(t: Token, verb: int) -> bool:
    """`который` as the subject of the verb (`премьер, который находится …`; not `город,
    который посетил Макрон`)."""
    return t.lemma == "который" and t.rel == "nsubj" and t.head == verb


def _object_of_the_governing_verb(w: TripWord) -> Person | None:
    """`пригласил Сергея Боброва посетить Самарканд`, `попросил министра съездить в Тверь`: an
    infinitive's subject is the object of the verb it completes, where that verb has one."""
    t = w.doc.tokens[w.trig]
    if t.feats.get("VerbForm") != "Inf" or t.rel != "xcomp" or t.head < 0:
        return None
    if w.doc.tokens[t.head].lemma not in rules.OBJECT_CONTROL_VERBS:
        return None
    relation = "iobj" if w.doc.tokens[t.head].lemma == "поручить" else "obj"
    own = [i for i in w.indices if i in w.by and attached(w.doc, i) == (t.head, relation)]
    return w.by[own[0]] if own else None


def _subject_of_the_trip_verb(w: TripWord) -> Person | None:
    """`В Екатеринбург прибыл президент РФ Дмитрий Медведев`: the verb's own subject, through its
    title (not `юбилею Бориса Николаевича` before it)."""
    if w.doc.tokens[w.trig].pos != "VERB":
        return None
    own = [i for i in w.indices if i in w.by and attached(w.doc, i) == (w.trig, "nsubj")]
    return w.by[own[0]] if own else None


def _genitive_after_the_trip_word(w: TripWord) -> Person | None:
    """`визит Барака Обамы`, `поездки помощника госсекретаря Виктории Нуланд`, `посещение двух
    островов министром обороны Анатолием Сердюковым`."""
    for i in range(w.trig + 1, min(w.trig + NAME_WINDOW, w.indices[-1] + 1)):
        if i in w.by and w.doc.tokens[i].feats.get("Case") in ("Gen", "Ins"):
            return w.by[i]
        if w.doc.tokens[i].text in PHRASE_MARKS or w.doc.tokens[i].folded in PHRASE_PREPOSITIONS:
            break
    return None


def _nearest_subject(w: TripWord) -> Person | None:
    """`Глава МИД, по словам источника, совершит поездку в Пекин`: the subject nearest the trip
    word."""
    subjects = [i for i in w.indices if i in w.by and attached(w.doc, i)[1].startswith("nsubj")]
    return w.by[min(subjects, key=lambda i: abs(i - w.trig))] if subjects else None


def _last_named_before(w: TripWord) -> Person | None:
    """`Для Ивана Петрова это первый визит в Лондон`: the last person named before the trip
    word."""
    before = [i for i in w.indices if i in w.by and i < w.trig]
    return w.by[before[-1]] if before else None


def _pronoun_before(w: TripWord) -> Person | Nobody | None:
    """`Позднее он посетит Киото`: whom the pronoun before the trip word means (nobody, where no
    one agrees)."""
    for i in w.indices:
        t = w.doc.tokens[i]
        if t.folded in PRONOUNS and i < w.trig:
            meant = w.ctx.persons.antecedent(w.doc, t.start, t.text)
            return meant if meant is not None else NOBODY
    return None


def _first_named_after(w: TripWord) -> Person | None:
    """`Визит в Рим стал для Ивана Петрова первым`: the first person named after the trip word."""
    after = [i for i in w.indices if i in w.by]
    return w.by[after[0]] if after else None


Visitor = Callable[[TripWord], "Person | Nobody | None"]
# In order: the first that answers is the visitor.
VISITORS: tuple[Visitor, ...] = (
    _described_by_the_participle,
    _object_of_the_governing_verb,
    _subject_of_the_trip_verb,
    _genitive_after_the_trip_word,
    _nearest_subject,
    _last_named_before,
    _pronoun_before,
    _first_named_after,
)


def visitor(
    ctx: TripContext, indices: range, trig: int, inviter: Person | None
) -> tuple[Person | None, str | None]:
    """(visitor, rule name) of the trip word `trig` in the sentence of token indices `indices`;
    one met `с` (`где встретится с президентом …`) is a partner, never the visitor."""
    named = {i: p for i, p in ctx.by_token.items() if p is not inviter}
    by = {
        i: p
        for i, p in named.items()
        if met_with(ctx.doc, i, WITH_WINDOW, indices[0]) is None and not _whose(ctx.doc, i)
    }
    return decide(VISITORS, TripWord(ctx, indices, trig, by, named))


def _whose(doc: Parsed, i: int) -> bool:
    """`Помощник Хиллари Клинтон …, который посетил Белград`: a name that hangs on a person noun
    (whose aide, lawyer, son) did not travel; the one it describes did."""
    # from the surname up to the name's first word (not through a title: the parser may hang a
    # name on the wrong title of a chain, `помощника госсекретаря США Виктории Нуланд`)
    tok = doc.tokens[name_top(doc, i)]
    if not tok.rel.startswith("nmod") or tok.head < 0:
        return False
    head = doc.tokens[tok.head]
    return head.pos == "NOUN" and head.feats.get("Animacy") == "Anim"


def invited_by(ctx: TripContext, indices: range) -> Person | None:
    """`по приглашению премьер-министра Романа Головченко`, `Каримов пригласил Боброва посетить
    …`: who invited, the host."""
    for i in indices:
        if ctx.doc.tokens[i].lemma in rules.INVITING_VERBS:
            subject = next(
                (j for j in indices if j in ctx.by_token and attached(ctx.doc, j) == (i, "nsubj")),
                None,
            )
            if subject is not None:
                return ctx.by_token[subject]
        if ctx.doc.tokens[i].lemma == rules.INVITATION:
            for j in range(i + 1, min(i + NAME_WINDOW, indices[-1] + 1)):
                if j in ctx.by_token:
                    return ctx.by_token[j]
    return None


@dataclass
class Talks:
    """Talks in a named place: the talk word, the place, and who is from abroad there."""

    ctx: TripContext
    indices: range  # the sentence's token indices
    trig: int
    dest: Place

    def abroad(self, p: Person | None) -> Person | None:
        """The person, where they are of a country that is not the place's."""
        country = country_of(p)
        return p if country and self.dest.country and country != self.dest.country else None

    @cached_property
    def subject(self) -> Person | None:
        """The subject of the verb that holds the talks (`Макрон провел переговоры`)."""
        doc, verb = self.ctx.doc, self.ctx.doc.tokens[self.trig].head
        return next(
            (
                self.ctx.by_token[i]
                for i in self.indices
                if i in self.ctx.by_token and verb >= 0 and attached(doc, i) == (verb, "nsubj")
            ),
            None,
        )


Talker = tuple["Person | None", "Person | None"]  # (visitor, host)


def _genitive_of_the_talks(talks: Talks) -> Talker | None:
    """`В Сочи состоялись переговоры госсекретаря США Джона Керри с …`: whose talks they are (if
    from abroad; else nobody travelled)."""
    doc = talks.ctx.doc
    for i in range(talks.trig + 1, min(talks.trig + NAME_WINDOW, talks.indices[-1] + 1)):
        p = talks.ctx.by_token.get(i)
        if p is not None and doc.tokens[i].feats.get("Case") == "Gen":
            return talks.abroad(p), None
        if doc.tokens[i].text in PHRASE_MARKS or doc.tokens[i].folded in grammar.WITH:
            break
    return None


def _subject_from_abroad(talks: Talks) -> Talker | None:
    """`Макрон провел переговоры с президентом Египта в Каире`: the subject, from abroad."""
    return (talks.subject, None) if talks.abroad(talks.subject) is not None else None


def _partner_from_abroad(talks: Talks) -> Talker | None:
    """`Путин провел переговоры в Москве с премьер-министром Малайзии …`: the one they are held
    with, from abroad, is hosted by the subject."""
    doc = talks.ctx.doc
    partner = next(
        (
            talks.ctx.by_token[i]
            for i in talks.indices
            if i in talks.ctx.by_token
            and doc.tokens[i].case == "Ins"
            and with_before(doc, i, WITH_WINDOW, talks.trig)
        ),
        None,
    )
    if (
        partner is not None
        and partner is not talks.subject
        and talks.abroad(partner) is not None
        and country_of(talks.subject) in (None, talks.dest.country)
    ):
        return partner, talks.subject
    return None


TalkerRule = Callable[[Talks], "Talker | None"]
# In order: the first that answers gives (visitor, host) of the talks.
TALKERS: tuple[TalkerRule, ...] = (
    _genitive_of_the_talks,
    _subject_from_abroad,
    _partner_from_abroad,
)


def talker(talks: Talks) -> tuple[Person | None, Person | None, str | None]:
    """(visitor, host, rule name) of talks in a named place: the side from abroad travelled."""
    found, why = decide(TALKERS, talks)
    visitor_, host = found if found is not None else (None, None)
    return visitor_, host, why


def cotalkers(talks: Talks, visitor_: Person | None) -> list[Person]:
    """`Глава МИД Армении … и министр … Азербайджана провели переговоры в Абу-Даби`: the other
    subjects of the verb holding the talks, each from abroad."""
    doc = talks.ctx.doc
    verb = doc.tokens[talks.trig].head
    if visitor_ is None or verb < 0:
        return []
    out: list[Person] = []
    for i in talks.indices:
        p = talks.ctx.by_token.get(i)
        head, rel = attached(doc, i)
        if rel == "conj":  # `Глава МИД Армении … и министр …`: through the first subject
            head, rel = attached(doc, head)
        if (
            p is not None
            and (head, rel) == (verb, "nsubj")
            and all(p is not q for q in out + [visitor_])
            and country_of(p) not in (None, talks.dest.country)
        ):
            out.append(p)
    return out


@dataclass
class Reception:
    """A receiving verb (`принял`) in its sentence, and the persons named there with where each
    hangs (head index, relation)."""

    ctx: TripContext
    verb: int
    named: list[tuple[Person, tuple[int, str]]]


def _object_of_the_receiving_verb(reception: Reception) -> Person | None:
    """`Путин принял в Кремле президента Конго Дени Сассу-Нгессо`: the verb's object."""
    return next(
        (p for p, (head, rel) in reception.named if head == reception.verb and rel == "obj"), None
    )


def _subject_of_the_passive(reception: Reception) -> Person | None:
    """`Арам Григорян был принят в Елисейском дворце президентом Франции`: the passive's subject."""
    return next(
        (p for p, (head, rel) in reception.named if head == reception.verb and rel == "nsubj:pass"),
        None,
    )


def _leader_of_the_group_received(reception: Reception) -> Person | None:
    """`принял делегацию Вьетнама во главе с премьер-министром …`: who leads the group
    received."""
    doc, by_token = reception.ctx.doc, reception.ctx.by_token
    group = next(
        (
            c
            for c in doc.children(reception.verb)
            if doc.tokens[c].rel == "obj" and doc.tokens[c].lemma in rules.TRAVELLING_GROUPS
        ),
        None,
    )
    if group is None:
        return None
    sent = doc.sentences[doc.tokens[reception.verb].sent]
    led = next(
        (
            i
            for i in range(group, sent.last)
            if doc.tokens[i].lemma == "глава" and doc.tokens[i - 1].folded == rules.LED_BY
        ),
        None,
    )
    if not led:
        return None
    return next((by_token[i] for i in range(led, sent.last) if i in by_token), None)


def _accusative_after_the_verb(reception: Reception) -> Person | None:
    """`принял в Кремле президента Ирана …`, where the parser hangs the title on the place,
    `принял верительные грамоты посла Ирана …`: the first person after the verb, in the accusative
    (animate: genitive form), no preposition before its phrase, in the verb's clause."""
    doc, by_token = reception.ctx.doc, reception.ctx.by_token
    sent = doc.sentences[doc.tokens[reception.verb].sent]
    for i in range(reception.verb + 1, sent.last):
        t = doc.tokens[i]
        if t.text in grammar.CLAUSE_BREAKS:
            return None
        bare = t.case in ("Acc", "Gen") and doc.tokens[i - 1].pos != "ADP"
        if t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" and bare:
            window = range(i, min(i + TITLE_WINDOW, sent.last))
            return next((by_token[j] for j in window if j in by_token), None)
        if i in by_token:
            return by_token[i] if bare else None
    return None


Guest = Callable[[Reception], "Person | None"]
# In order: the first that answers is the one received.
GUESTS: tuple[Guest, ...] = (
    _object_of_the_receiving_verb,
    _subject_of_the_passive,
    _leader_of_the_group_received,
    _accusative_after_the_verb,
)


def guest(reception: Reception) -> tuple[Person | None, str | None]:
    """(the one received, rule name)."""
    return decide(GUESTS, reception)
