"""Stage: quotes — direct speech in quotation marks or after a dialogue dash, with its speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .explain import Why
from .document import Parsed, Token
from .geo import fold
from .persons import Person, PersonsResult
from .roles import TitleReader
from .rules import speech as rules

PAIRS = {"«": "»", "„": "“", "“": "”"}
DASH = "-–—"
# Inside one pair of marks: `…, - заявил Сергей Лавров. - …` splits the quote at its attribution
# (a speech verb first: QuoteFinder._split checks).
BREAK = re.compile(r"[,.!?…]\s*[-–—]\s+(\w[^«»\n]{3,100}?)[.,:]\s*[-–—]\s+")


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    speaker: Person | None
    speaker_span: tuple[int, int] | None
    verb: str | None
    # between marks in one line (not a dialogue line, nor a paragraph of a longer quotation)
    closed: bool = True
    why: Why = field(default_factory=dict)  # field → the rule that set it (explain mode)


def _pairs(line: str) -> list[tuple[int, int]]:
    """Top-level (open, close) positions of quotation marks in one line; unbalanced marks are
    skipped."""
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    closes: list[int] = []
    straight: list[int] = []
    for i, ch in enumerate(line):
        if ch == '"' and not stack:
            straight.append(i)
        elif ch in PAIRS and not (ch == "“" and stack and stack[-1][0] == "„"):
            stack.append((ch, i))
        elif stack and ch == PAIRS[stack[-1][0]]:
            _, pos = stack.pop()
            if not stack:
                out.append((pos, i))
            else:
                closes.append(i)
    if stack:  # `…НАК «Нафтогаз Украины», — цитирует`: the inner mark closes the outer quote too
        pos = stack[0][1]
        tail = [c for c in closes if c > pos and re.match(r"[,.]?\s*[-–—]", line[c + 1 :])]
        if tail:
            out.append((pos, tail[-1]))
        elif m := UNCLOSED_END.search(line, pos + 1):
            # `«Пока не будем подписывать, — заявлял …`: the closing mark is missing, and the
            # attribution's dash ends the quote (QuoteFinder keeps it only if a speech verb follows)
            out.append((pos, m.start()))
    return sorted(out + _straight_pairs(line, straight))


def _straight_pairs(line: str, marks: list[int]) -> list[tuple[int, int]]:
    """Pairs of `"` marks. One that stands before a word after a space opens (`и "шестерки"` nests
    in
    the quote around it), any other closes; where that does not balance, marks pair in turn."""
    out: list[tuple[int, int]] = []
    opened: list[int] = []
    for i in marks:
        before, after = line[i - 1 : i], line[i + 1 : i + 2]
        if opened and not (
            (before == "" or before.isspace() or before in "([«—–-") and after.isalnum()
        ):
            start = opened.pop()
            if opened and (ATTRIBUTION_NEXT.match(line, i + 1) or LINE_END.match(line, i + 1)):
                start = opened[0]  # `"… клуба "Цмоки-Минск", — сообщила`: one mark closes both
                opened.clear()
            if not opened:
                out.append((start, i))
        else:
            opened.append(i)
    if opened:
        return [(a, b) for a, b in zip(marks[::2], marks[1::2], strict=False)]
    return out


MARKS = re.compile(r"[«»„“”\"]")
ADDRESSEE_CASES = {"Dat", "Ins"}
ATTRIBUTION_NEXT = re.compile(r"\s*[,.!?…]?\s*[-–—]\s")
LINE_END = re.compile(r"[.!?…]?\s*$")
# `…, — сказал он` ends a piece of speech; `… он. — Приезжайте` resumes it after the attribution.
SPEECH_CUT = re.compile(r"[,!?…]\s*[-–—]\s+")
PERIOD_CUT = re.compile(r"\.\s*[-–—]\s+")
RESUMED = re.compile(r"[.,:]\s*[-–—]\s+")
UNCLOSED_END = re.compile(r"[,!?…]\s*[-–—]\s+(?=\w)")
ACCORDING_TO = re.compile(r"\b[Пп]о (?:(?:его|ее|её|их) )?словам\b")
SAID_AFTER = re.compile(r"[»“”\"]\s*[,!?…]?\s*[-–—]\s")
DASHED = re.compile(r"\s*[,!?…]?\s*[-–—]\s")
NEXT_OPENS = re.compile(r"\s*\n\s*[«„“]")
AFTER_MARK = re.compile(r"\s*(?:[,!?…]\s*(?:[-–—]\s)?|\.?\s*[-–—]\s)")
# How many paragraph breaks speech may go on across with nobody else named (`«…», сказал Хоровитц.`,
# a paragraph of context, then more of his words).
MAX_PARAGRAPHS_ON = 2
# Where an attribution ends: `цитирует Лента.ру …`: a dot inside a word ends nothing;
# `заявил «Известиям» Иванов`: nor does a short name in quotation marks.
CLAUSE_END = re.compile(r"[!?\n]|«(?![^«»\n]{1,40}»)|\.(?=\s|$)")


def _question(doc: Parsed, q: Quote) -> bool:
    return doc.clean[q.start : q.end].rstrip().endswith("?")


def _finite(tok: Token) -> bool:
    return tok.pos == "VERB" and tok.feats.get("VerbForm") in (None, "Fin")


class QuoteFinder:
    """Finds direct speech and who said it; `titles` tells a title word (`— сказал протоиерей`)."""

    def __init__(self, titles: TitleReader | None = None) -> None:
        self.titles = titles

    def run(self, doc: Parsed, persons: PersonsResult) -> list[Quote]:
        marked, dialogue = self._marked(doc), self._dialogue(doc)
        # who is named inside quoted words is nobody's antecedent outside them
        persons = persons.outside(
            [p for *_, pieces, _ in marked for p in pieces] + [(s, e) for s, e, _ in dialogue]
        )
        quotes: list[Quote] = []
        for line_start, start, end, pieces, inner in marked:
            after = self._attribute(doc, persons, line_start, start, end, inner is not None)
            if inner is not None:
                said = self._attribution_in(doc, persons, *inner)
                quotes.append(Quote(*pieces[0], *said))
                quotes.append(Quote(*pieces[1], *(after if after[0] else said)))
            else:
                closed = doc.clean[end : end + 1] not in ("\n", "")
                quotes.append(Quote(*pieces[0], *after, closed=closed))
        for start, end, cut in dialogue:
            attr = (
                self._attribution_after(doc, persons, cut)
                if cut is not None
                else (None, None, None)
            )
            quotes.append(Quote(start, end, *attr, closed=False))
        quotes = sorted((q for q in quotes if not self._a_name(doc, q)), key=lambda q: q.start)
        self._continued(doc, persons, quotes)
        return quotes

    def _a_name(self, doc: Parsed, q: Quote) -> bool:
        """Quoted words that are a name or a term, not speech: a phrase with no finite verb that a
        noun or a preposition right before governs (`за звание «Чемпион мира по шахматам»`); where
        nothing attributes them, any phrase so governed (`круглого стола «Реконструкция …:
        справятся ли …?»`) or any with no finite verb (`вменяется «преступный сговор …»`). A clause
        goes on into quoted words (`гособвинение «преследует …»`): those are speech."""
        inside = [doc.tokens[i] for i in doc.within(q.start, q.end)]
        clause = any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" for t in inside)
        if not q.closed:  # a dash or a paragraph's opening mark says the words are speech, but for
            # a signature under a quotation: `— Татьяна Скригонюк, заместитель начальника …`
            return not clause and bool(inside) and inside[0].pos == "PROPN" and not q.verb
        before = doc.starting_in(max(0, q.start - 40), q.start - 1)
        word = next(
            (doc.tokens[i] for i in reversed(before) if doc.tokens[i].text[:1].isalnum()), None
        )
        governed = (
            word is not None
            and word.sent == doc.sentence_of(q.start)
            and word.pos in ("NOUN", "PROPN", "ADP")
            and not doc.clean[word.end : q.start - 1].strip()
        )
        if q.speaker is not None or q.verb is not None:
            return governed and not clause
        # a verbless phrase is speech only as a sentence of its own (`«Это очень важное решение».`),
        # not one of a list or a sentence's part (`«Жилищная солидарность», «Координационный совет
        # …»,`)
        after = doc.clean[q.end + 1 : q.end + 3].lstrip()
        previous = doc.clean[: max(0, q.start - 1)].rstrip()[-1:]
        embedded = (
            q.end >= len(doc.clean)
            or not doc.clean[q.start : q.start + 1].isupper()
            or after[:1] in (",", ";")
            or after[:1].isalnum()
            or previous == ","
        )
        return governed or (not clause and embedded)

    def _continued(self, doc: Parsed, persons: PersonsResult, quotes: list[Quote]) -> None:
        """A quote nothing attributes goes on with the speech before it (`«…», сказал Хоровитц.
        «…»`,
        and a paragraph of his words after the next), unless someone else is named between."""
        for k, q in enumerate(quotes):
            if q.speaker is not None or q.verb is not None or k == 0 or _question(doc, q):
                continue
            # past the questions of an interview (`— Чем вы объясните …? — Мы проиграли …`)
            j = k - 1
            while j > 0 and quotes[j].speaker is None and _question(doc, quotes[j]):
                j -= 1
            before = quotes[j]
            if before.speaker is None:
                if _question(
                    doc, before
                ):  # the first answer: the one the text named before the questions
                    q.speaker = persons.last_before(before.start)
                continue
            between = [
                p
                for i, p in persons.by_token.items()
                if before.end < doc.tokens[i].start < q.start
                and not persons.hides(doc.tokens[i].start)
            ]
            breaks = len(re.findall(r"\n+", doc.clean[before.end : q.start]))
            if all(p is before.speaker for p in between) and breaks <= MAX_PARAGRAPHS_ON:
                q.speaker = before.speaker

    def _marked(
        self, doc: Parsed
    ) -> list[tuple[int, int, int, list[tuple[int, int]], tuple[int, int] | None]]:
        """Each pair of quotation marks around speech: (line start, start, end, the quoted pieces,
        the attribution between them if it breaks the quote)."""
        out: list[tuple[int, int, int, list[tuple[int, int]], tuple[int, int] | None]] = []
        text = doc.clean
        for line in re.finditer(r"[^\n]+", text):
            pairs = _pairs(line.group())
            opening = len(line.group()) - len(line.group().lstrip())
            if (
                line.group()[opening : opening + 1] in PAIRS
                and not any(a == opening for a, _ in pairs)
                and NEXT_OPENS.match(text, line.end())
            ):
                # a quotation of several paragraphs: each opens with the mark, only the last closes
                # it
                pairs = [(opening, len(line.group().rstrip()))] + pairs
            for a, b in pairs:
                start, end = line.start() + a + 1, line.start() + b
                if not self._is_speech(doc, start, end, framed=text[end : end + 1] in ("\n", "")):
                    continue
                if text[end : end + 1] not in (
                    "»",
                    "“",
                    "”",
                    '"',
                    "\n",
                    "",
                ) and not self._verb_after_dash(doc, end):
                    continue  # no closing mark, and no `— заявил` to end it
                out.append((line.start(), start, end, *self._split(doc, start, end)))
        return out

    def _split(
        self, doc: Parsed, start: int, end: int
    ) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
        """`«…, - заявил Сергей Лавров. - …»`, `«…, – продолжил Брод, – что …»` is two quotes; also
        returns where the attribution is."""
        text = doc.clean
        m, at = None, start
        while (
            found := BREAK.search(text, at, end)
        ) is not None:  # overlapping: `— с дочкой, — прийти …, — сказала она. —`
            if self._verb_after_dash(doc, found.start(), any_verb=True):
                m = found
                break
            at = found.start() + 1
        if not m:
            return [self._trim(text, start, end)], None
        return [self._trim(text, start, m.start()), self._trim(text, m.end(), end)], (
            m.start(1),
            m.end(1),
        )

    def _attribute(
        self,
        doc: Parsed,
        persons: PersonsResult,
        line_start: int,
        start: int,
        end: int,
        broken: bool,
    ):
        """Who said the quoted words at `[start, end)`: the attribution after them (`», – сказал
        Лавров`); where it names nobody, the one before (`Лавров сказал: «…»`, `По словам Лаврова,
        «…»`), earlier in the paragraph (`Он подчеркнул, что … «…»`), or in the next sentence (`«…».
        Об этом заявил Лавров`). An outlet that relays (`», сообщает ТАСС`) leaves the speaker to
        those, else to the person the paragraph names; a verb with no subject or with a nameless one
        (`сообщили в пресс-службе`, `сказал источник`) says that nobody the text names spoke."""
        after = self._attribution_after(doc, persons, end + 1)
        relayed = after[2] is not None and after[0] is None and self._relayed(doc, end + 1)
        if after[0] is not None or (after[2] is not None and not relayed) or broken:
            return after
        for found in (
            self._attribution_before(doc, persons, start - 1),
            self._attribution_earlier(doc, persons, line_start, start - 1),
            self._attribution_next(doc, persons, end + 1),
        ):
            if found[0] is not None or (found[2] is not None and not relayed):
                return found
        if relayed:  # `Министр … выступил в Думе. «…», – сообщает ТАСС`: the paragraph's person
            person = persons.last_before(start)
            near = person is not None and any(
                line_start <= m.start < start for m in person.mentions
            )
            return (person if near else None), None, after[2]
        return after

    def _attribution_next(self, doc: Parsed, persons: PersonsResult, at: int):
        """`«…». Об этом заявил председатель КНР Си Цзиньпин`: the next sentence says who, as its
        opening words point back (rules/speech.py POINTING_BACK)."""
        text = doc.clean
        m = re.match(r"[.!?…]?\s*", text[at:])
        lo = at + (m.end() if m else 0)
        if lo >= len(text) or "\n" in text[at:lo]:
            return None, None, None
        sent = doc.sentences[doc.sentence_of(lo)]
        words = " ".join(doc.tokens[i].folded for i in doc.within(lo, sent.end)[:3])
        if not any(words.startswith(w) for w in rules.POINTING_BACK):
            return None, None, None
        verb = self._verb(
            doc, lo, sent.end
        )  # (`Такое заявление сделал …`: no speech verb, the same subject)
        speaker, span = self._speaker_near(
            doc, persons, doc.tokens[verb].start if verb is not None else lo, sent.end, verb
        )
        return speaker, span, self._lemma(doc, verb)

    def _attribution_in(self, doc: Parsed, persons: PersonsResult, lo: int, hi: int):
        verb = self._verb(doc, lo, hi)
        if verb is None:  # `– удивился Рябков. –`: the attribution opens with its verb
            verb = self._first_verb(doc, lo, hi)
        speaker, span = self._speaker_near(doc, persons, lo, hi, verb)
        return speaker, span, self._lemma(doc, verb)

    def _attribution_earlier(self, doc: Parsed, persons: PersonsResult, lo: int, at: int):
        """`Он утверждает, что … : «…»`: the paragraph's last speech verb before the quote."""
        verb = self._verb(doc, lo, at, last=True)
        if verb is None:
            return None, None, None
        sent = doc.sentences[doc.tokens[verb].sent]
        # the speaker stands before the verb (`Он подчеркнул, что … переговорах с участием
        # Януковича`),
        # or after it in inverted order (`Как рассказала сама Нуланд`)
        speaker, span = self._speaker_near(doc, persons, sent.start, doc.tokens[verb].end, verb)
        if (
            speaker is None
        ):  # in the clause right after the verb, not anywhere later in the sentence
            comma = doc.clean.find(",", doc.tokens[verb].end, sent.end)
            speaker, span = self._speaker_near(
                doc, persons, doc.tokens[verb].start, sent.end if comma < 0 else comma, verb
            )
        return speaker, span, self._lemma(doc, verb)

    @staticmethod
    def _trim(text: str, start: int, end: int) -> tuple[int, int]:
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
            end -= 1
        return start, end

    @staticmethod
    def _verb_after_dash(
        doc: Parsed, at: int, past_adverbs: bool = False, any_verb: bool = False
    ) -> bool:
        """The first word after the dash that follows `at` is a speech verb (`, — заявлял …`;
        with `past_adverbs`, also `— коротко ответил`; with `any_verb`, any finite verb: after
        quotation marks a dash and a verb attribute the words, `», – отрезал он`, `– удивился
        Рябков. –`)."""
        words = (
            doc.tokens[i] for i in doc.starting_in(at, at + 40) if doc.tokens[i].text[:1].isalpha()
        )
        first = next((t for t in words if not (past_adverbs and t.pos == "ADV")), None)
        if first is None:
            return False
        return first.lemma in rules.VERBS or (any_verb and _finite(first))

    def _said_after(self, doc: Parsed, end: int) -> bool:
        """`«…», — подчеркнул …`: the closing mark, a dash and a speech verb (names in quotation
        marks are not followed so)."""
        m = SAID_AFTER.match(doc.clean, end)
        return bool(m) and self._verb_after_dash(doc, m.end(), past_adverbs=True, any_verb=True)

    def _said_before(self, doc: Parsed, mark: int) -> bool:
        """`Азаров сказал: «Ну, конечно»`: a colon before the opening mark, a speech verb before it
        in the same sentence."""
        text = doc.clean
        colon = len(text[:mark].rstrip()) - 1
        if colon < 0 or text[colon] != ":":
            return False
        return self._verb(doc, self._clause_start(doc, colon), colon) is not None

    @staticmethod
    def _clause_start(doc: Parsed, at: int) -> int:
        """Where the clause ending at `at` begins: after the last comma of its sentence before
        it."""
        sent = doc.sentences[doc.sentence_of(at)]
        return max(sent.start, doc.clean.rfind(",", sent.start, at) + 1)

    def _is_speech(self, doc: Parsed, start: int, end: int, framed: bool = False) -> bool:
        """Quoted words that can be speech: four words or more, or fewer with their attribution
        beside
        them, or `framed` as speech by a dialogue dash or a paragraph's opening mark (`— Что
        дальше?`)."""
        words = [i for i in doc.within(start, end) if doc.tokens[i].text[:1].isalnum()]
        short = len(words) < rules.MIN_WORDS and not framed
        if not words or (
            short and not self._said_after(doc, end) and not self._said_before(doc, start - 1)
        ):
            return False  # a short quote needs its attribution beside it
        return not any(e.type != "PER" and e.start <= start and end <= e.end for e in doc.entities)

    def _speaker_near(
        self, doc: Parsed, persons: PersonsResult, lo: int, hi: int, verb_idx: int | None
    ) -> tuple[Person | None, tuple[int, int] | None]:
        toks = doc.within(lo, hi)
        cands = [
            i for i in toks if i in persons.by_token and not persons.hides(doc.tokens[i].start)
        ]
        if verb_idx is not None and fold(doc.tokens[verb_idx].lemma) in rules.OBJECT_SPEAKER:
            objs = [
                i
                for i in cands
                if doc.tokens[i].feats.get("Case") == "Acc"
                or doc.tokens[i].feats.get("Case") == "Gen"
            ]
            cands = objs or cands
        owners = [i for i in cands if self._words_of(doc, i)]
        if owners:  # `напомнила слова академика Абалкина`
            cands = owners
        # `обратился к судье Виктору Кучко, заявив …`: whom one speaks to (or with) does not speak
        cands = [i for i in cands if doc.tokens[i].feats.get("Case") not in ADDRESSEE_CASES] or (
            cands if not any(self._person_noun(doc, j) for j in toks) else []
        )
        if cands:
            i = cands[0]
            p = persons.by_token[i]
            span = next(((m.start, m.end) for m in p.mentions if m.first <= i < m.last), None)
            span = span or next(
                ((a, b) for a, b in p.references if a <= doc.tokens[i].start < b), None
            )
            return p, span
        for i in toks:
            if fold(doc.tokens[i].text) in rules.PRONOUNS and not persons.hides(
                doc.tokens[i].start
            ):
                return persons.antecedent(doc, doc.tokens[i].start, doc.tokens[i].text), (
                    doc.tokens[i].start,
                    doc.tokens[i].end,
                )
        for i in toks:
            if self._person_noun(doc, i) and not doc.tokens[i].text[:1].isupper():
                return self._described(doc, persons, i), None
        return None, None

    @staticmethod
    def _ever_subject(doc: Parsed, p: Person) -> bool:
        for m in p.mentions:
            i = m.first
            for _ in range(4):  # through the title: `возглавил протоиерей Всеволод Чаплин`
                if doc.tokens[i].rel.startswith("nsubj"):
                    return True
                if (
                    doc.tokens[i].rel not in ("appos", "flat:name", "flat")
                    or doc.tokens[i].head < 0
                ):
                    break
                i = doc.tokens[i].head
        return False

    @staticmethod
    def _words_of(doc: Parsed, i: int) -> bool:
        """The name (or its title) is the genitive after `слова`, `высказывание`: the words are
        its."""
        for _ in range(4):
            t = doc.tokens[i]
            if t.head < 0:
                return False
            if t.case == "Gen" and t.rel == "nmod" and doc.tokens[t.head].lemma in rules.WORDS_OF:
                return True
            if t.rel not in ("appos", "flat:name", "flat"):
                return False
            i = t.head
        return False

    def _lemma(self, doc: Parsed, i: int | None) -> str | None:
        """The speech verb's lemma (`доложил` → `доложить`: verbs no table lists get none at
        tagging)."""
        if i is None:
            return None
        tok = doc.tokens[i]
        if tok.lemma != tok.text.lower() or self.titles is None:
            return tok.lemma
        return self.titles.vocab.lemmatize(tok.text, tok.pos, tok.feats)

    def _person_noun(self, doc: Parsed, i: int) -> bool:
        """A noun that stands for a person named earlier: `министр`, `собеседница`, any title
        word."""
        tok = doc.tokens[i]
        if tok.lemma in rules.PERSON_NOUNS:
            return True
        # the subject of the attribution, any animate noun: a title, `серб`, `россиянин`,
        # `собеседница`
        return (
            tok.pos == "NOUN" and tok.rel.startswith("nsubj") and tok.feats.get("Animacy") == "Anim"
        )

    def _described(self, doc: Parsed, persons: PersonsResult, i: int) -> Person | None:
        """`японского чиновника`: the last one before who spoke (the subject of a speech verb),
        of that country if one is said; else the last person named."""
        at = doc.tokens[i].start
        word = self.titles.title_word(doc, i) if self.titles is not None else None
        holders = [
            p
            for p in persons.persons
            if word
            and any(r.title.split(" ")[0] == word for r in p.roles)
            and any(m.start < at for m in p.mentions)
        ]
        if len(holders) == 1:
            return holders[0]  # `— сказал протоиерей`: the one the text gave that title
        # `— заявил в прениях прокурор` in a text that names a defendant: a title nobody named holds
        # is someone the text does not name, not whoever holds another title
        titled = word is not None and not holders
        country = next(
            (p.country for p in persons.places if p.last == i and p.kind == "adjective"), None
        )
        speakers = [
            (j, p)
            for j, p in persons.by_token.items()
            if doc.tokens[j].start < at
            and not persons.hides(doc.tokens[j].start)
            and doc.tokens[j].rel.startswith("nsubj")
            and doc.tokens[doc.tokens[j].head].lemma in rules.VERBS
            and (country is None or any(r.country == country for r in p.roles))
        ]
        if speakers:
            return max(speakers, key=lambda x: x[0])[1]
        last = persons.last_before(at)
        # (`слушания по делу … Тимура Иванова. «…», — заявил прокурор`: one only talked about is not
        # the one a title points back to; one who acted, a subject, may be)
        return None if last is None or (titled and not self._ever_subject(doc, last)) else last

    def _clause_after(self, doc: Parsed, at: int) -> tuple[int, int]:
        """The clause after a closing mark that may attribute the quote: after a dash (`», —
        сказал`),
        or after a comma alone (`», сказал Хоровитц`, as translations often print it)."""
        text = doc.clean
        m = AFTER_MARK.match(text[at:])
        if not m:
            return at, at
        lo = at + m.end()
        found = CLAUSE_END.search(text, lo)
        return lo, found.start() if found else len(text)

    def _attribution_after(self, doc: Parsed, persons: PersonsResult, at: int):
        lo, hi = self._clause_after(doc, at)
        if hi <= lo:
            return None, None, None
        verb = self._verb(doc, lo, hi)
        if verb is None and DASHED.match(doc.clean, at):
            verb = self._first_verb(
                doc, lo, hi
            )  # `», – заключил Белов`: a dash makes any verb a speech verb
        if verb is None:
            return None, None, None
        speaker, span = self._speaker_near(doc, persons, lo, hi, verb)
        return speaker, span, self._lemma(doc, verb)

    def _relayed(self, doc: Parsed, at: int) -> bool:
        """The attribution after `at` has a named subject that is no person (an outlet: `сообщает
        Лента.ру`), which relays someone's words; `– заявил коммунист`, `сказал источник` speak
        themselves."""
        lo, hi = self._clause_after(doc, at)
        verb = self._verb(doc, lo, hi)
        return verb is not None and any(
            doc.tokens[c].rel.startswith("nsubj") and doc.tokens[c].pos == "PROPN"
            for c in doc.children(verb)
        )

    @staticmethod
    def _first_verb(doc: Parsed, lo: int, hi: int) -> int | None:
        """The first word after an attribution's dash, when it is a finite verb (`заключил`,
        `улыбнулся`)."""
        first = next((i for i in doc.within(lo, hi) if doc.tokens[i].text[:1].isalpha()), None)
        return first if first is not None and _finite(doc.tokens[first]) else None

    def _attribution_before(self, doc: Parsed, persons: PersonsResult, at: int):
        text = doc.clean
        j = at - 1
        while j >= 0 and text[j].isspace():  # `Миллер сказал:` and the quote in the next paragraph
            j -= 1
        if j < 0:
            return None, None, None
        lo = max(text.rfind(c, 0, j) for c in ".!?\n»") + 1
        if text[j] != ":":
            # `По словам Лаврова, «…»`, `По словам Кацмана, он «…»`, but not any clause before a
            # comma; the speaker is the one named after `по словам`, not someone earlier
            said = [m.start() for m in ACCORDING_TO.finditer(text, lo, j)]
            if not said:
                return None, None, None
            lo = said[-1]
        verb = self._verb(doc, lo, j)
        speaker, span = None, None
        if text[j] == ":":
            # `Отвечая на вопрос о Тимошенко, Азаров сказал: «…»`: the clause before the colon first
            clause = max(lo, self._clause_start(doc, j))
            nearer = self._verb(doc, clause, j)
            verb = verb if nearer is None else nearer
            speaker, span = self._speaker_near(doc, persons, clause, j, verb)
        if speaker is None:
            speaker, span = self._speaker_near(doc, persons, lo, j, verb)
        return speaker, span, self._lemma(doc, verb)

    def _verb(self, doc: Parsed, lo: int, hi: int, last: bool = False) -> int | None:
        """The first (or `last`) speech verb between offsets `lo` and `hi`."""
        span = doc.within(lo, hi)
        return next(
            (i for i in (reversed(span) if last else span) if doc.tokens[i].lemma in rules.VERBS),
            None,
        )

    def _dialogue(self, doc: Parsed) -> list[tuple[int, int, int | None]]:
        """Speech with no quotation marks: a line that opens with a dash (`— Мы готовы, — сказал
        он.`),
        or a paragraph that ends in `, — <speech verb> …` (`Мы готовы, — сказал он.`, a quotation
        whose marks were lost); also what follows the attribution (`— добавил он. — Приезжайте`).
        (start, end, where the attribution's dash is, or None) of each."""
        out: list[tuple[int, int, int | None]] = []
        text = doc.clean
        for line in re.finditer(r"[^\n]+", text):
            m = re.match(r"\s*[-–—]\s+", line.group())
            lo = line.start() + (m.end() if m else len(line.group()) - len(line.group().lstrip()))
            cut = SPEECH_CUT.search(text, lo, line.end())
            if (
                m is not None and cut is None
            ):  # `— … поднялись. – написал Шахов`: a period before the dash
                cut = next(
                    (
                        c
                        for c in PERIOD_CUT.finditer(text, lo, line.end())
                        if self._verb_after_dash(doc, c.start())
                    ),
                    None,
                )
            if m is None and not (
                cut
                and self._verb_after_dash(doc, cut.start())
                and not MARKS.search(text, lo, cut.start())
            ):
                continue  # a paragraph without a dash is speech only when its attribution says so
            if m is not None and "«" in text[line.start() : lo + 2]:
                continue
            end = cut.start() + (0 if text[cut.start()] == "," else 1) if cut else line.end()
            if not self._is_speech(doc, lo, end, framed=m is not None):
                continue
            out.append((*self._trim(text, lo, end), end if cut else None))
            more = cut and RESUMED.search(text, cut.end(), line.end())
            if (
                more
                and more.start() - cut.end() <= 100
                and self._is_speech(doc, more.end(), line.end())
            ):
                out.append((*self._trim(text, more.end(), line.end()), end))
        return out
