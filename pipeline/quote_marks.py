"""Where quoted words are: pairs of quotation marks, a quote its attribution splits, dialogue lines.

The finders run in order: `MARKED` over each line for quotation marks (a quote split by its
attribution becomes two), then `DIALOGUE` over each line for speech set off by a dash. Each
`Found` keeps the name of the rule that found it (`why["found by"]` of its quote).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .document import Parsed
from .explain import rule_name
from .quote_verbs import said_after, said_before, verb_after_dash
from .rules import grammar, speech

PAIRS = {"«": "»", "„": "“", "“": "”"}  # an opening mark → the mark that closes it
LINES = re.compile(r"[^\n]+")
# Inside one pair of marks: `…, - заявил Сергей Лавров. - …` splits the quote at its attribution
# (a verb first: `_split_by_an_attribution` checks).
BREAK = re.compile(r"[,.!?…]\s*[-–—]\s+(\w[^«»\n]{3,100}?)[.,:]\s*[-–—]\s+")
MARKS = re.compile(r"[«»„“”\"]")
ATTRIBUTION_NEXT = re.compile(r"\s*[,.!?…]?\s*[-–—]\s")
LINE_END = re.compile(r"[.!?…]?\s*$")
DIALOGUE_DASH = re.compile(r"\s*[-–—]\s+")
# `…, — сказал он` ends a piece of speech; `… он. — Приезжайте` resumes it after the attribution.
SPEECH_CUT = re.compile(r"[,!?…]\s*[-–—]\s+")
PERIOD_CUT = re.compile(r"\.\s*[-–—]\s+")
RESUMED = re.compile(r"[.,:]\s*[-–—]\s+")
UNCLOSED_END = re.compile(r"[,!?…]\s*[-–—]\s+(?=\w)")
NEXT_OPENS = re.compile(r"\s*\n\s*[«„“]")  # the next paragraph opens with a quotation mark
# After these a quotation's last character is its end (no closing mark, or the paragraph's end).
ENDS = grammar.CLOSING_QUOTES | {"\n", ""}


@dataclass(slots=True)
class Found:
    """Quoted words, the rule that found them, and where their attribution may stand."""

    start: int  # the words, without the spaces and commas around them
    end: int
    found_by: str
    # between marks in one line (not a dialogue line, nor a paragraph of a longer quotation)
    closed: bool = True
    line_start: int = 0  # where the paragraph holding the words starts
    # the whole quotation between its marks (after the opening one, at the closing one); None for
    # a dialogue line
    marks: tuple[int, int] | None = None
    attribution_at: int | None = None  # where an attribution after the words may begin
    inner: tuple[int, int] | None = None  # the attribution that splits the quotation in two
    piece: int = 0  # of a split quotation: 0 before its attribution, 1 after it


def find(doc: Parsed) -> list[Found]:
    """All quoted words that can be speech: those in quotation marks, then dialogue lines."""
    return _marked(doc) + _dialogue(doc)


# --- quotation marks -------------------------------------------------------------------------


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
            # attribution's dash ends the quote (`_marked` keeps it only if a speech verb follows)
            out.append((pos, m.start()))
    return sorted(out + _straight_pairs(line, straight))


def _straight_pairs(line: str, marks: list[int]) -> list[tuple[int, int]]:
    """Pairs of `"` marks. One that stands before a word after a space opens (`и "шестерки"` nests
    in the quote around it), any other closes; where that does not balance, marks pair in turn."""
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


def _paragraphs_continued(doc: Parsed, line: re.Match[str]) -> list[tuple[int, int]]:
    """A quotation of several paragraphs: each opens with the mark, only the last closes it
    (`«Мы начали работу в январе.` / `«К лету её закончим»`)."""
    words = line.group()
    opening = len(words) - len(words.lstrip())
    if words[opening : opening + 1] not in PAIRS or not NEXT_OPENS.match(doc.clean, line.end()):
        return []
    if any(a == opening for a, _ in _pairs(words)):
        return []
    return [(opening, len(words.rstrip()))]


def _marked_pair(doc: Parsed, line: re.Match[str]) -> list[tuple[int, int]]:
    """Words between a pair of quotation marks: `«Мы готовы к диалогу», – заявил Токаев`."""
    return _pairs(line.group())


Marked = Callable[[Parsed, re.Match[str]], list[tuple[int, int]]]
# Each line's quotation marks, in this order: (their positions in the line).
MARKED: tuple[Marked, ...] = (_paragraphs_continued, _marked_pair)


def _marked(doc: Parsed) -> list[Found]:
    """The words in each pair of quotation marks that can be speech."""
    out: list[Found] = []
    text = doc.clean
    for line in LINES.finditer(text):
        for rule in MARKED:
            for a, b in rule(doc, line):
                start, end = line.start() + a + 1, line.start() + b
                closed = text[end : end + 1] not in ("\n", "")  # else it ends its paragraph
                if not _is_speech(doc, start, end, framed=not closed):
                    continue
                if text[end : end + 1] not in ENDS and not verb_after_dash(doc, end):
                    continue  # no closing mark, and no `— заявил` to end it
                found_by = rule_name(rule)
                whole = Found(start, end, found_by, closed, line.start(), (start, end), end + 1)
                out.extend(_split_by_an_attribution(doc, whole))
    return out


def _split_by_an_attribution(doc: Parsed, whole: Found) -> list[Found]:
    """`«…, - заявил Сергей Лавров. - …»`, `«…, – продолжил Брод, – что …»` is two quotes, each
    knowing where the attribution between them is; any other quotation is one."""
    text = doc.clean
    start, end = whole.start, whole.end
    m, at = None, start
    while (candidate := BREAK.search(text, at, end)) is not None:
        # overlapping: `— с дочкой, — прийти …, — сказала она. —`
        if verb_after_dash(doc, candidate.start(), any_verb=True):
            m = candidate
            break
        at = candidate.start() + 1
    if not m:
        whole.start, whole.end = _trim(text, start, end)
        return [whole]
    split = rule_name(_split_by_an_attribution)
    inner = (m.start(1), m.end(1))
    return [
        Found(
            *_trim(text, a, b),
            split,
            line_start=whole.line_start,
            marks=whole.marks,
            attribution_at=end + 1,
            inner=inner,
            piece=k,
        )
        for k, (a, b) in enumerate(((start, m.start()), (m.end(), end)))
    ]


def _is_speech(doc: Parsed, start: int, end: int, framed: bool = False) -> bool:
    """Quoted words that can be speech: four words or more, or fewer with their attribution
    beside them, or `framed` as speech by a dialogue dash or a paragraph's opening mark (`— Что
    дальше?`)."""
    words = [i for i in doc.within(start, end) if doc.tokens[i].text[:1].isalnum()]
    short = len(words) < speech.MIN_WORDS and not framed
    if not words or (
        short
        and not said_after(doc, end)
        and not said_before(doc, start - 1)
        and not _a_sentence_alone(doc, start, end, words)
    ):
        return False  # a short quote needs its attribution beside it, or to be a sentence
    return not any(e.type != "PER" and e.start <= start and end <= e.end for e in doc.entities)


def _a_sentence_alone(doc: Parsed, start: int, end: int, words: list[int]) -> bool:
    """`«Мы не отступим». Эти слова …`, `«Спасибо!»`, `«Приговор мягкий». Об этом заявил …`:
    quoted words that are a sentence of their own, with a finite verb, its closing mark inside
    the quotation marks or the next sentence pointing back to them (a name in quotes stands
    inside a sentence: `фильм «Иди и смотри»`, `«Газпром» увеличил добычу`)."""
    text = doc.clean
    before = text[: max(0, start - 1)].rstrip()
    after = text[end + 1 : end + 60].lstrip()
    if (before and before[-1] not in grammar.SENTENCE_ENDS) or (after and after[0] not in ".!?…"):
        return False
    # (an imperative names films and slogans: `«Иди и смотри»`)
    finite = any(
        doc.tokens[i].pos in ("VERB", "AUX")
        and doc.tokens[i].feats.get("VerbForm") == "Fin"
        and doc.tokens[i].feats.get("Mood") != "Imp"
        for i in words
    )
    next_words = after.lstrip(".!?… ").lower()
    pointed = any(next_words.startswith(w) for w in speech.POINTING_BACK)
    return finite or pointed or text[start:end].rstrip()[-1:] in grammar.SENTENCE_ENDS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """`[start, end)` without the spaces around it and the commas or semicolons it ends with."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


# --- dialogue lines ----------------------------------------------------------------------------


def _dialogue_dash(doc: Parsed, line: re.Match[str]) -> tuple[int, re.Match[str] | None] | None:
    """A line that opens with a dash: `— Мы готовы, — сказал он.`, `— … поднялись. – написал
    Шахов` (a period before the attribution's dash). (where the words start, the dash that ends
    them)."""
    text = doc.clean
    m = DIALOGUE_DASH.match(line.group())
    if m is None:
        return None
    lo = line.start() + m.end()
    if "«" in text[line.start() : lo + 2]:
        return None
    cut = SPEECH_CUT.search(text, lo, line.end())
    if cut is None:
        cut = next(
            (
                c
                for c in PERIOD_CUT.finditer(text, lo, line.end())
                if verb_after_dash(doc, c.start())
            ),
            None,
        )
    return lo, cut


def _speech_without_marks(
    doc: Parsed, line: re.Match[str]
) -> tuple[int, re.Match[str] | None] | None:
    """A paragraph that ends in `, — <speech verb> …`: `Мы готовы, — сказал он.`, a quotation
    whose marks were lost."""
    text = doc.clean
    if DIALOGUE_DASH.match(line.group()):
        return None
    lo = line.start() + len(line.group()) - len(line.group().lstrip())
    cut = SPEECH_CUT.search(text, lo, line.end())
    if cut and verb_after_dash(doc, cut.start()) and not MARKS.search(text, lo, cut.start()):
        return lo, cut
    return None  # a paragraph without a dash is speech only when its attribution says so


def _resumed_after_the_attribution(
    doc: Parsed, line: re.Match[str], cut: re.Match[str]
) -> tuple[int, int] | None:
    """What follows the attribution in the same line: `— добавил он. — Приезжайте к нам`."""
    more = RESUMED.search(doc.clean, cut.end(), line.end())
    if more and more.start() - cut.end() <= 100 and _is_speech(doc, more.end(), line.end()):
        return _trim(doc.clean, more.end(), line.end())
    return None


Opening = Callable[[Parsed, re.Match[str]], tuple[int, re.Match[str] | None] | None]
# How a line without quotation marks is speech, in this order (the first that says so counts).
DIALOGUE: tuple[Opening, ...] = (_dialogue_dash, _speech_without_marks)


def _dialogue(doc: Parsed) -> list[Found]:
    """Speech with no quotation marks (a line `DIALOGUE` reads as speech), and what follows its
    attribution in the same line."""
    out: list[Found] = []
    text = doc.clean
    for line in LINES.finditer(text):
        opened = next(((rule, o) for rule in DIALOGUE if (o := rule(doc, line)) is not None), None)
        if opened is None:
            continue
        rule, (lo, cut) = opened
        end = cut.start() + (0 if text[cut.start()] == "," else 1) if cut else line.end()
        if not _is_speech(doc, lo, end, framed=rule is _dialogue_dash):
            continue
        at = end if cut else None
        words = _trim(text, lo, end)
        out.append(Found(*words, rule_name(rule), False, line.start(), attribution_at=at))
        more = _resumed_after_the_attribution(doc, line, cut) if cut else None
        if more is not None:
            resumed = rule_name(_resumed_after_the_attribution)
            out.append(Found(*more, resumed, False, line.start(), attribution_at=end))
    return out
