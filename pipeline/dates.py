"""Stage: dates — natasha's DatesExtractor, plus what it misses: ranges (`6-8 июля`,
`с 23 по 26 мая`), numeric dates (`15.09.2022`, `01.06.24`) and the dateline that gives
`document.published`, whose year completes dates that state none."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .document import Parsed
from .models import Models

MONTHS = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
]
MONTH = (
    r"(?P<month>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
)
RANGE = re.compile(
    r"(?:\bс\s+)?\b(?P<d1>\d{1,2})(?:\s*[-–—]\s*|\s+по\s+)(?P<d2>\d{1,2})\s+"
    + MONTH
    + r"(?:\s+(?P<year>\d{4})(?:\s*(?:года|г\.))?)?",
    re.I,
)
NUMERIC = re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4}|\d{2})\b")
WINDOW_BEFORE, WINDOW_AFTER = 12, 20  # characters around a month name: `с 23`, `2022 года`
# `май` is `ма` + ending; the others keep their stem in every form
MONTH_STEM = re.compile("|".join(m for m in MONTHS if m != "ма") + r"|\bма[йяюе]", re.I)
# A month named alone (`посетит Россию в сентябре`, `запланирована на февраль`): lowercase, since
# `Марта`, `Мая` are names.
_SOFT = "|".join(m for m in MONTHS if m not in ("март", "август", "ма"))
MONTH_ALONE = re.compile(
    rf"(?<![\w-])(?:(?:{_SOFT})(?:ь|я|е|ю|ем|ём)|(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем))(?![\w-])"
)
YEAR_WORD = re.compile(r"\s+(?:года|г\.)")  # `2022 года`, `2022 г.`
DatesExtractor = Callable[[str], Any]  # natasha's DatesExtractor: text → its matches
DATELINE_CHARS = 80  # a date this close to the start, alone on its line, dates the document
# `Москва, 12 марта 2024 года. Президент …`: a dateline opens the text's line with a place and a
# comma
DATELINE_PLACE = re.compile(r"\s*[А-ЯЁA-Z][\w.\- ]{0,40},\s*")


@dataclass(slots=True)
class Date:
    """A date the text states, by its offsets: day, month and year as far as it gives them."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    year_inferred: bool = False
    end_of: "Date | None" = None  # for a range: the date it runs to


def _month_windows(text: str) -> list[tuple[int, int]]:
    """Every date the kept matches need names a month (`15 сентября 2022 года`): the slow parser
    sees only the words around each month name, cut at spaces and never across a line."""
    windows: list[tuple[int, int]] = []
    for m in MONTH_STEM.finditer(text):
        lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - WINDOW_BEFORE)
        hi = text.find("\n", m.end())
        hi = min(hi if hi >= 0 else len(text), m.end() + WINDOW_AFTER)
        while (
            lo > 0
            and not text[lo - 1].isspace()
            and text[lo - 1] != "\n"
            and lo > m.start() - 2 * WINDOW_BEFORE
        ):
            lo -= 1
        while hi < len(text) and not text[hi].isspace() and hi < m.end() + 2 * WINDOW_AFTER:
            hi += 1
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


MAY_FORMS = {
    "май",
    "мая",
    "мае",
    "маю",
}  # the first three letters of every form of `май` (`маем` too)


def _month(word: str) -> int:
    w = word.lower()
    return next(
        i + 1 for i, m in enumerate(MONTHS) if w.startswith(m) and (m != "ма" or w[:3] in MAY_FORMS)
    )


def _year(y: str) -> int:
    n = int(y)
    return n + 2000 if len(y) == 2 else n  # `01.06.24` is 2024: news is not a century old


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    return (
        (m is None or 1 <= m <= 12)
        and (d is None or 1 <= d <= 31)
        and (y is None or 1000 <= y <= 2999)
    )


@dataclass
class DateSpans:
    """The dates a pass over the text has found so far, and the stretches of text they take: a
    later pass leaves those alone."""

    text: str
    dates: list[Date] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)

    def free(self, a: int, b: int) -> bool:
        """No date found so far takes any of `[a, b)`."""
        return all(b <= x or a >= y for x, y in self.taken)

    def add(self, date: Date, takes: bool = True) -> None:
        """A date found, and (unless it `takes` nothing) the text it takes."""
        self.dates.append(date)
        if takes:
            self.taken.append((date.start, date.end))


def _ranges(spans: DateSpans, extractor: DatesExtractor) -> None:
    """`6-8 июля`, `с 23 по 26 мая 2022 года`: a range, dated by its first day, running to its
    last."""
    for m in RANGE.finditer(spans.text):
        y = int(m["year"]) if m["year"] else None
        mon = _month(m["month"])
        d1, d2 = int(m["d1"]), int(m["d2"])
        if _valid(y, mon, d1) and _valid(y, mon, d2) and d1 < d2:
            end = Date(m.start("d2"), m.end(), y, mon, d2)
            spans.add(Date(m.start(), m.end(), y, mon, d1, end_of=end))


def _numeric(spans: DateSpans, extractor: DatesExtractor) -> None:
    """`15.09.2022`, `01.06.24`."""
    for m in NUMERIC.finditer(spans.text):
        y, mon, d = _year(m["year"]), int(m["month"]), int(m["day"])
        if _valid(y, mon, d) and spans.free(m.start(), m.end()):
            spans.add(Date(m.start(), m.end(), y, mon, d))


def _spelled_out(spans: DateSpans, extractor: DatesExtractor) -> None:
    """`15 сентября 2022 года`, `в марте 2023 г.`: natasha's dates, read in the windows around
    month names, with a year's `года` or `г.` after them."""
    text = spans.text
    matches = ((lo, match) for lo, hi in _month_windows(text) for match in extractor(text[lo:hi]))
    for lo, match in matches:
        f = match.fact
        start, stop = lo + match.start, lo + match.stop
        if spans.free(start, stop) and (f.month or f.day) and _valid(f.year, f.month, f.day):
            tail = YEAR_WORD.match(text[stop:])
            if f.year and tail:
                stop += tail.end()
            spans.add(Date(start, stop, f.year, f.month, f.day))


def _months_alone(spans: DateSpans, extractor: DatesExtractor) -> None:
    """`посетит Россию в сентябре`, `запланирована на февраль`: a month with no day (it takes no
    text: nothing comes after it)."""
    for m in MONTH_ALONE.finditer(spans.text):
        if spans.free(m.start(), m.end()):
            spans.add(Date(m.start(), m.end(), None, _month(m.group()), None), takes=False)


# The passes over the text, in order: each leaves alone what an earlier one took.
PASSES: tuple[Callable[[DateSpans, DatesExtractor], None], ...] = (
    _ranges,
    _numeric,
    _spelled_out,
    _months_alone,
)


class DateFinder:
    """A document's dates (the `PASSES` in order) and the date its dateline gives it."""

    def __init__(self, models: Models) -> None:
        self.extractor = models.dates_extractor

    def run(self, doc: Parsed, year: int | None = None) -> tuple[list[Date], Date | None]:
        """The dates and the dateline. A later window of a long text has no dateline of its own:
        it is given the `year` of the one read before (0 where there was none)."""
        spans = DateSpans(doc.clean)
        for find in PASSES:
            find(spans, self.extractor)
        dates = sorted(spans.dates, key=lambda d: d.start)
        published = self._dateline(doc, dates) if year is None else None
        year = published.year if published else year
        if year:
            for d in dates:
                if d.year is None and d is not published:
                    d.year, d.year_inferred = year, True
        return dates, published

    @staticmethod
    def _dateline(doc: Parsed, dates: list[Date]) -> Date | None:
        for d in dates:
            if d.start > DATELINE_CHARS:
                break
            line_start = doc.text.rfind("\n", 0, d.start) + 1
            line_end = doc.text.find("\n", d.end)
            line = doc.clean[line_start : line_end if line_end >= 0 else len(doc.text)]
            # a header line: the date, perhaps a place
            alone = len(line.strip()) <= (d.end - d.start) + 25
            if (
                d.year
                and d.month
                and d.day
                and (alone or DATELINE_PLACE.fullmatch(doc.clean[line_start : d.start]))
            ):
                return d
        return None
