"""The pipeline: stages in order, data flowing one way. Models load once per `Extractor`."""

from __future__ import annotations

import hashlib

from schemas import Record

from .agreements import AgreementFinder
from .dates import DateFinder
from .document import Parsed, Source
from .explain import explanation
from .geo import Gazetteer
from .models import Models
from .persons import PersonFinder
from .quotes import QuoteFinder
from .records import build
from .segment import segment
from .tag import tag
from .visits import VisitFinder
from .windowed import WindowedRecord
from .windows import WINDOW_CHARS, context_start, windows


class Extractor:
    """`Extractor()(text)` → the record of one text; `run(sources)` for a batch."""

    def __init__(
        self, models: Models | None = None, explain: bool = False, window: int = WINDOW_CHARS
    ) -> None:
        self.models = models or Models.load()
        self.window = window  # texts longer than this many characters are read in windows
        # with `explain`, which rule produced each field, per document id (never in the record)
        self.explain = explain
        self.explanations: dict[str, dict[str, dict]] = {}
        gazetteer = Gazetteer(self.models.morph_vocab)
        self.persons = PersonFinder(self.models, gazetteer)
        self.dates = DateFinder(self.models)
        self.visits = VisitFinder()
        self.agreements = AgreementFinder(self.models.morph_vocab)
        self.quotes = QuoteFinder(self.persons.titles)

    def __call__(
        self, text: str, doc_id: str = "document", source: str = ""
    ) -> Record | WindowedRecord:
        return self.run([Source(doc_id, source, _sha256(text), text)])[0]

    def run(self, sources: list[Source]) -> list[Record | WindowedRecord]:
        """The records of `sources`, in their order: texts of one window tagged together, longer
        ones window by window (`windowed`)."""
        short = iter(self._records([s for s in sources if len(s.text) <= self.window]))
        return [next(short) if len(s.text) <= self.window else self.windowed(s) for s in sources]

    def windowed(self, source: Source) -> WindowedRecord:
        """The record of a text longer than a window: its windows read one after another, each
        with the end of the one before as context and the year of the document's dateline, their
        records merged."""
        merged = WindowedRecord(source)
        year: int | None = None
        for start, end in windows(source.text, self.window):
            lead = context_start(source.text, start)
            part = Source(source.id, source.path, source.sha256, source.text[lead:end])
            [(doc, record)] = self._analysed([part], year)
            if start == 0:  # 0: no dateline, and none to look for further on
                year = record.document.published.year if record.document.published else 0
            context = start - lead
            size = (
                sum(s.start >= context for s in doc.sentences),
                len(doc.starting_in(context, len(part.text))),
            )
            merged.add(record, lead, context, size)
            if self.explain:  # the window's own ids and offsets: keyed by where it starts
                self.explanations[f"{source.id}@{lead}"] = self.explanations.pop(source.id)
        return merged

    def _records(self, sources: list[Source]) -> list[Record]:
        return [record for _, record in self._analysed(sources)]

    def _analysed(
        self, sources: list[Source], year: int | None = None
    ) -> list[tuple[Parsed, Record]]:
        parsed = tag([segment(s, self.models) for s in sources], self.models)
        out = []
        for doc in parsed:
            persons = self.persons.run(doc)
            dates, published = self.dates.run(doc, year)
            visits = self.visits.run(doc, persons, dates)
            agreements = self.agreements.run(doc, persons, dates, visits)
            quotes = self.quotes.run(doc, persons)
            out.append((doc, build(doc, persons, dates, published, visits, agreements, quotes)))
            if self.explain:
                self.explanations[doc.source.id] = explanation(persons, visits, agreements, quotes)
        return out


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
