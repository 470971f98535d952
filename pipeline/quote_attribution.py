"""Which attribution credits quoted words: the attribution rules in order, the readers of each
place an attribution stands, and the speech that goes on into a quote nothing attributes.

`ATTRIBUTIONS` run in order over one `Site`; the first that credits the words (names a speaker,
or a speech verb not relayed by an outlet) counts. `CONTINUATIONS` then give a speaker to quotes
that have none and no verb, from the quote before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from .explain import Why, rule_name
from .persons import Person
from .quote_marks import Found
from .quote_speakers import QuoteContext, speaker_near
from .quote_verbs import clause_start, first_verb, speech_verb
from .rules import speech
from .rules.grammar import OPENING_QUOTES

if TYPE_CHECKING:
    from .document import Parsed
    from .quotes import Quote

ACCORDING_TO = re.compile(
    r"\b[Пп]о (?:(?:его|ее|её|их) )?(?:" + "|".join(speech.ACCORDING_TO) + r")\b"
)
DASHED = re.compile(r"\s*[,!?…]?\s*[-–—]\s")
AFTER_MARK = re.compile(r"\s*(?:[,!?…]\s*(?:[-–—]\s)?|\.?\s*[-–—]\s)")
# Where an attribution ends: `цитирует Лента.ру …`: a dot inside a word ends nothing;
# `заявил «Известиям» Иванов`: nor does a short name in quotation marks.
CLAUSE_END = re.compile(r"[!?\n]|«(?![^«»\n]{1,40}»)|\.(?=\s|$)")
# a name in quotation marks: capitalised, short, no clause inside (`«Россия 24»`, `«Коммерсанта»`;
# not `«пригласил»`, `«каким ты был, таким остался»`)
SHORT_NAME = re.compile(r"«[А-ЯЁA-Z0-9][^«»\n,;:.!?]{0,39}»")
# How many paragraph breaks speech may go on across with nobody else named (`«…», сказал Хоровитц.`,
# a paragraph of context, then more of his words).
MAX_PARAGRAPHS_ON = 2


class Said(NamedTuple):
    """What an attribution says: who spoke, the words naming them, the speech verb's lemma, and
    the speaker rules that chose the speaker."""

    speaker: Person | None
    span: tuple[int, int] | None
    verb: str | None
    picked: str | None = None


EMPTY = Said(None, None, None)


@dataclass(slots=True)
class Site:
    """Quoted words as the attribution rules see them: where they stand (the whole quotation
    between its marks), and what the attribution right after them says."""

    found: Found
    opens: int  # where the quotation's words begin, after its opening mark
    closes: int  # where its closing mark is
    after: Said
    relayed: bool  # that attribution's subject is an outlet (`», сообщает ТАСС`)


def attribute(ctx: QuoteContext, found: Found) -> tuple[Said, Why]:
    """Who said the words `found`, and the rules that said so (`why` of their quote)."""
    at = found.attribution_at
    after = _attribution_after(ctx, at) if at is not None else EMPTY
    relayed = (
        found.marks is not None
        and after.verb is not None
        and after.speaker is None
        and _relayed(ctx, at)
    )
    opens, closes = found.marks or (found.start, found.end)
    site = Site(found, opens, closes, after, relayed)
    for rule in ATTRIBUTIONS:
        said = rule(ctx, site)
        if said is not None:
            return said, _why(said, rule_name(rule))
    return after, {}


def _why(said: Said, rule: str) -> Why:
    why: Why = {}
    if said.speaker is not None:
        why["speaker"] = f"{rule}: {said.picked}" if said.picked else rule
    if said.verb is not None:
        why["verb"] = rule
    return why


def _credits(said: Said, site: Site) -> bool:
    """An attribution names a speaker, or has a speech verb when no outlet relays the words."""
    return said.speaker is not None or (said.verb is not None and not site.relayed)


def _after_the_dash(ctx: QuoteContext, site: Site) -> Said | None:
    """`— Мы готовы к диалогу, — сказал он.`: speech without quotation marks has its attribution
    after the dash that ends it, or none."""
    return site.after if site.found.marks is None else None


def _after_the_quote(ctx: QuoteContext, site: Site) -> Said | None:
    """`«Мы готовы к диалогу с соседями», – заявил Кассым Токаев`; after a quotation split by its
    attribution, only one that names the speaker."""
    if site.found.inner is not None and site.found.piece == 0:
        return None  # the attribution inside the quotation follows the first piece
    if site.after.speaker is not None:
        return site.after
    if site.found.inner is None and _credits(site.after, site):
        return site.after
    return None


def _inside_the_quote(ctx: QuoteContext, site: Site) -> Said | None:
    """`«Переговоры шли трудно, – сказал Игорь Петров. – Но мы нашли общий язык»`: the
    attribution between the pieces."""
    if site.found.inner is None:
        return None
    return _attribution_in(ctx, *site.found.inner)


def _before_the_quote(ctx: QuoteContext, site: Site) -> Said | None:
    """`Азаров сказал: «…»`, `По словам Лаврова, «…»`."""
    said = _attribution_before(ctx, site.opens - 1)
    return said if _credits(said, site) else None


def _earlier_in_the_paragraph(ctx: QuoteContext, site: Site) -> Said | None:
    """`Он подчеркнул, что … : «…»`: the paragraph's last speech verb before the quote."""
    said = _attribution_earlier(ctx, site.found.line_start, site.opens - 1)
    return said if _credits(said, site) else None


def _in_the_next_sentence(ctx: QuoteContext, site: Site) -> Said | None:
    """`«…». Об этом заявил председатель КНР Си Цзиньпин`."""
    said = _attribution_next(ctx, site.closes + 1)
    return said if _credits(said, site) else None


def _relayed_by_an_outlet(ctx: QuoteContext, site: Site) -> Said | None:
    """`Министр … выступил в Думе. «…», – сообщает ТАСС`: an outlet relays the words of the person
    the paragraph names (of nobody, if it names none)."""
    if not site.relayed:
        return None
    person = ctx.persons.last_before(site.opens)
    near = person is not None and any(
        site.found.line_start <= m.start < site.opens for m in person.mentions
    )
    return Said(person if near else None, None, site.after.verb)


Attribution = Callable[[QuoteContext, Site], Said | None]
# Where the attribution of quoted words is, in this order: the first that credits them counts. A
# verb with no subject or a nameless one (`сообщили в пресс-службе`, `сказал источник`) says that
# nobody the text names spoke.
ATTRIBUTIONS: tuple[Attribution, ...] = (
    _after_the_dash,
    _after_the_quote,
    _inside_the_quote,
    _before_the_quote,
    _earlier_in_the_paragraph,
    _in_the_next_sentence,
    _relayed_by_an_outlet,
)


# --- reading an attribution where it stands ---------------------------------------------------


def _said(ctx: QuoteContext, lo: int, hi: int, verb: int | None) -> Said:
    """The speaker near `verb` in `[lo, hi)`, with the verb's lemma."""
    speaker = speaker_near(ctx, lo, hi, verb)
    return Said(speaker.person, speaker.span, ctx.lemma(verb), speaker.rule)


def _clause_after(doc: Parsed, at: int) -> tuple[int, int]:
    """The clause after a closing mark that may attribute the quote: after a dash (`», —
    сказал`), or after a comma alone (`», сказал Хоровитц`, as translations often print it)."""
    text = doc.clean
    m = AFTER_MARK.match(text[at:])
    if not m:
        return at, at
    lo = at + m.end()
    stop = CLAUSE_END.search(text, lo)
    return lo, stop.start() if stop else len(text)


def _attribution_after(ctx: QuoteContext, at: int) -> Said:
    """`», — сказал Лавров`, and `», – заключил Белов`: after a dash any verb is a speech verb."""
    doc = ctx.doc
    lo, hi = _clause_after(doc, at)
    if hi <= lo:
        return EMPTY
    verb = speech_verb(doc, lo, hi)
    if verb is None and DASHED.match(doc.clean, at):
        verb = first_verb(doc, lo, hi)
    if verb is None:
        return EMPTY
    return _said(ctx, lo, hi, verb)


def _relayed(ctx: QuoteContext, at: int) -> bool:
    """The attribution after `at` has a named subject that is no person (an outlet: `сообщает
    Лента.ру`), which relays someone's words; `– заявил коммунист`, `сказал источник` speak
    themselves."""
    doc = ctx.doc
    lo, hi = _clause_after(doc, at)
    verb = speech_verb(doc, lo, hi)
    return verb is not None and any(
        doc.tokens[c].rel.startswith("nsubj") and doc.tokens[c].pos == "PROPN"
        for c in doc.children(verb)
    )


def _attribution_in(ctx: QuoteContext, lo: int, hi: int) -> Said:
    """`– сказал Сергей Лавров. –`, `– удивился Рябков. –`: the attribution opens with its verb."""
    verb = speech_verb(ctx.doc, lo, hi)
    if verb is None:
        verb = first_verb(ctx.doc, lo, hi)
    return _said(ctx, lo, hi, verb)


def _attribution_before(ctx: QuoteContext, at: int) -> Said:
    """`Миллер сказал:` (and the quote in the next paragraph), `По словам Лаврова, «…»`, `По
    словам Кацмана, он «…»`, but not any clause before a comma; the speaker is the one named
    after `по словам`, not someone earlier."""
    doc, text = ctx.doc, ctx.doc.clean
    edge = at - 1  # the last character before the quote that is no space
    while edge >= 0 and text[edge].isspace():
        edge -= 1
    if edge < 0:
        return EMPTY
    lo = _clause_begins(text, edge)
    if text[edge] != ":":
        according = [m.start() for m in ACCORDING_TO.finditer(text, lo, edge)]
        if not according:
            return EMPTY
        lo = according[-1]
    verb = speech_verb(doc, lo, edge)
    if text[edge] == ":":
        # `Отвечая на вопрос о Тимошенко, Азаров сказал: «…»`: the clause before the colon first
        clause = max(lo, clause_start(doc, edge))
        nearer = speech_verb(doc, clause, edge)
        verb = verb if nearer is None else nearer
        said = _said(ctx, clause, edge, verb)
        if said.speaker is not None:
            return said
    return _said(ctx, lo, edge, verb)


def _clause_begins(text: str, edge: int) -> int:
    """Where an attribution ending at `edge` may begin: after the sentence end or the quotation
    before it, but not after a short name in quotation marks (`Захарова в эфире радио «Спутник»
    заявила:`)."""
    lo = max(text.rfind(c, 0, edge) for c in ".!?\n") + 1
    closing = text.rfind("»", lo, edge)
    while closing >= 0:
        opening = text.rfind("«", lo, closing)
        if opening < 0 or not SHORT_NAME.fullmatch(text, opening, closing + 1):
            return closing + 1
        closing = text.rfind("»", lo, opening)
    return lo


def _attribution_earlier(ctx: QuoteContext, lo: int, at: int) -> Said:
    """`Он утверждает, что … : «…»`: the paragraph's last speech verb before the quote; the
    speaker stands before the verb (`Он подчеркнул, что … переговорах с участием Януковича`), or
    after it in inverted order (`Как рассказала сама Нуланд`)."""
    doc = ctx.doc
    verb = speech_verb(doc, lo, at, from_end=True)
    if verb is None:
        return EMPTY
    sent = doc.sentences[doc.tokens[verb].sent]
    said = _said(ctx, sent.start, doc.tokens[verb].end, verb)
    if said.speaker is None:
        # in the clause right after the verb, not anywhere later in the sentence
        comma = doc.clean.find(",", doc.tokens[verb].end, sent.end)
        said = _said(ctx, doc.tokens[verb].start, sent.end if comma < 0 else comma, verb)
    return said


def _attribution_next(ctx: QuoteContext, at: int) -> Said:
    """`«…». Об этом заявил председатель КНР Си Цзиньпин`: the next sentence says who, as its
    opening words point back (rules/speech.py POINTING_BACK); `Такое заявление сделал …`: no
    speech verb, the same subject."""
    doc, text = ctx.doc, ctx.doc.clean
    m = re.match(r"[.!?…]?\s*", text[at:])
    lo = at + (m.end() if m else 0)
    if lo >= len(text) or "\n" in text[at:lo]:
        return EMPTY
    sent = doc.sentences[doc.sentence_of(lo)]
    words = " ".join(doc.tokens[i].folded for i in doc.within(lo, sent.end)[:3])
    if not any(words.startswith(w) for w in speech.POINTING_BACK):
        return EMPTY
    verb = speech_verb(doc, lo, sent.end)
    return _said(ctx, doc.tokens[verb].start if verb is not None else lo, sent.end, verb)


# --- speech that goes on ------------------------------------------------------------------------


def _question(doc: Parsed, q: Quote) -> bool:
    return doc.clean[q.start : q.end].rstrip().endswith("?")


def _first_answer(ctx: QuoteContext, before: Quote, q: Quote) -> Person | None:
    """`— Чем вы объясните поражение? — Мы проиграли …`: after the questions of an interview, the
    first answer is the one the text named before them."""
    if before.speaker is None and _question(ctx.doc, before):
        return ctx.persons.last_before(before.start)
    return None


def _speech_goes_on(ctx: QuoteContext, before: Quote, q: Quote) -> Person | None:
    """`«…», сказал Хоровитц. «…»`, and a paragraph of his words after the next: the speaker of
    the quote before, unless someone else is named between."""
    if before.speaker is None:
        return None
    doc, persons = ctx.doc, ctx.persons
    between = [
        p
        for i, p in persons.by_token.items()
        if before.end < doc.tokens[i].start < q.start and not persons.hides(doc.tokens[i].start)
    ]
    breaks = len(re.findall(r"\n+", doc.clean[before.end : q.start]))
    if all(p is before.speaker for p in between) and breaks <= MAX_PARAGRAPHS_ON:
        return before.speaker
    return None


Continuation = Callable[[QuoteContext, "Quote", "Quote"], Person | None]
# Whose speech a quote with no speaker and no verb goes on (from the quote before it, past the
# questions of an interview), in this order.
CONTINUATIONS: tuple[Continuation, ...] = (_first_answer, _speech_goes_on)


def continue_speech(ctx: QuoteContext, quotes: list[Quote]) -> None:
    """Give the quotes nothing attributes (and that ask nothing) the speaker `CONTINUATIONS`
    find, in text order: one so credited may credit the next; then, from the end, a paragraph
    of speech left open the speaker of the paragraph it goes on in."""
    for k, q in enumerate(quotes):
        if q.speaker is not None or q.verb is not None or k == 0 or _question(ctx.doc, q):
            continue
        # past the questions of an interview (`— Чем вы объясните …? — Мы проиграли …`)
        j = k - 1
        while j > 0 and quotes[j].speaker is None and _question(ctx.doc, quotes[j]):
            j -= 1
        for rule in CONTINUATIONS:
            speaker = rule(ctx, quotes[j], q)
            if speaker is not None:
                q.speaker = speaker
                q.why["speaker"] = rule_name(rule)
                break
    for k in range(len(quotes) - 2, -1, -1):
        q, nxt = quotes[k], quotes[k + 1]
        if q.speaker is None and nxt.speaker is not None and _goes_on_below(ctx.doc, q, nxt):
            q.speaker = nxt.speaker
            q.why["speaker"] = rule_name(_goes_on_below)


def _goes_on_below(doc: Parsed, q: Quote, nxt: Quote) -> bool:
    """`«В этом году мы откроем …` ¶ `«Кроме того, …», — сказала ректор.`: a paragraph of speech
    left open goes on in the next that a quotation mark opens; the speaker credited at its end
    spoke it all."""
    gap = doc.clean[q.end : nxt.start]
    return not q.closed and "\n" in gap and gap.strip() in {"", *OPENING_QUOTES}
