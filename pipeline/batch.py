"""A run over many inputs: read, decode, extract, write, and account for every input.

Nothing an input holds stops the run: an unreadable or oversized file, bytes that are not text,
a document the stages fail on, each becomes one `failed` line in the manifest and on stderr.
Records are written atomically, and `out/.run.json` is rewritten (atomically too) as the run
goes, so a run killed at any moment leaves whole records and a manifest that says how far it got.
A rerun reuses the records of inputs that have not changed since a run of the same pipeline
version (`cached`), and does the rest.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from time import monotonic, perf_counter

from schemas.manifest import Entry

from .batch_manifest import (
    MANIFEST,
    RunHeader,
    load_manifest,
    reusable_entries,
    unchanged,
    write_manifest,
)
from .decode import DEFAULT_MAX_BYTES, DecodeError, decode_bytes, read, sha256, text_sha256
from .document import Source
from .engines import KINDS, Result, make_engine
from .naming import assign_ids, shown
from .version import pipeline_version
from .write import write_atomic

__all__ = ["BATCH", "MANIFEST", "MIN_SHARE", "Options", "Run", "Summary", "load_manifest"]

BATCH = 64  # documents tagged together: more sentences to sort by length, fuller slovnet batches
# ... or fewer, so that a batch's memory never depends on which documents meet in it
BATCH_CHARS = 80_000
# bytes (~50,000 Cyrillic characters): a smaller batch leaves slovnet's batches part empty
MIN_SHARE = 100_000
SAVE_EVERY = 1.0  # seconds between rewrites of the manifest while the run goes on


@dataclass
class Options:
    """How to run: where to write, the size limit, the engine and its workers, the batch size."""

    out: Path
    max_bytes: int = DEFAULT_MAX_BYTES
    workers: int = 1
    engine: str = "local"
    scheduler: str | None = None
    batch: int = BATCH
    debug: bool = False


@dataclass
class Summary:
    """What a run did: every entry, how long it took, the records of each kind."""

    entries: list[Entry]
    seconds: float
    counts: dict[str, int] = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(e.status == status for e in self.entries)

    @property
    def failed(self) -> int:
        return sum(e.status in ("failed", "pending") for e in self.entries)

    def line(self, out: Path) -> str:
        records = ", ".join(f"{k} {self.counts.get(k, 0)}" for k in KINDS)
        return (
            f"{len(self.entries)} documents: {self.count('ok')} written, {self.count('cached')} "
            f"unchanged, "
            f"{self.failed} failed; {records}; {self.seconds:.1f} s → {out}"
        )


def _clean_temporaries(out: Path) -> None:
    """Temporary files a killed run left behind (records are renamed into place only when whole)."""
    for tmp in out.glob(".*.tmp"):
        tmp.unlink(missing_ok=True)


class Run:
    """One batch run over `paths`: its inputs, their manifest entries, and the batches it tags."""

    def __init__(
        self,
        paths: list[Path],
        options: Options,
        report: Callable[[str], None] = lambda _: None,
        progress: Callable[[int], None] = lambda _: None,
    ) -> None:
        self.options = options
        self.out = options.out
        self.report = report  # one line per problem, for stderr
        self.progress = progress  # called with the number of inputs just finished
        # per input, what a run keeps is all there is to memory that grows with the number of
        # inputs: strings, not Path objects (three times the size), and one dict per distinct counts
        self.jobs = [(str(p), doc_id) for p, doc_id in assign_ids(paths)]
        self.shared_counts: dict[tuple[tuple[str, int], ...], dict[str, int]] = {}
        self.entries = {
            doc_id: Entry(input=shown(p), id=doc_id, sha256=None, status="pending")
            for p, doc_id in self.jobs
        }
        self.header = RunHeader(
            pipeline_version(),
            options.engine,
            options.workers,
            datetime.now(timezone.utc),
            perf_counter(),
        )
        self.saved = 0.0
        self.traces: dict[str, str] = {}

    def execute(self) -> Summary:
        """Extract every input not cached, write its record and the manifest; say what was done."""
        self.out.mkdir(parents=True, exist_ok=True)
        _clean_temporaries(self.out)
        # what the last run left, read before the manifest is rewritten
        reusable = reusable_entries(self.out, self.header.version)
        engine = None
        self._save(finished=False)
        try:
            batches = self._batches(reusable)
            first = next(batches, None)
            if first is not None:  # models load only when something is left to extract
                engine = make_engine(
                    self.options.engine, self.options.workers, self.options.scheduler
                )
                for results in engine.map(_chain(first, batches)):
                    self._take(results)
        except BaseException:
            # stopped: the manifest says what is done and what is pending
            self._save(finished=False)
            raise
        finally:
            if engine is not None:
                engine.close()
        self._save(finished=True)
        return self._summary()

    def _batches(self, reusable: dict[str, Entry]) -> Iterator[list[Source]]:
        """The inputs to extract, read and grouped into batches (cached ones are done here)."""
        batch: list[Source] = []
        chars = size = 0
        for (path, doc_id), (share, bytes_) in zip(
            self.jobs, _shares(self.jobs, self.options.workers), strict=True
        ):
            source = self._read(path, doc_id, reusable.get(doc_id))
            if source is None:
                continue
            if not batch:
                limit = share
            batch.append(source)
            chars += len(source.text)
            size += bytes_
            if len(batch) >= self.options.batch or chars >= BATCH_CHARS or size >= limit:
                yield batch
                batch, chars, size = [], 0, 0
        if batch:
            yield batch

    def _read(self, path: str, doc_id: str, before: Entry | None) -> Source | None:
        entry = self.entries[doc_id]
        try:
            data = read(Path(path), self.options.max_bytes)
            entry.sha256 = sha256(data)
            if before is not None and unchanged(self.out, entry, before):
                entry.status, entry.record_sha256, entry.counts = (
                    "cached",
                    before.record_sha256,
                    self._shared(before.counts),
                )
                self._done(entry)
                return None
            return Source(doc_id, shown(path), entry.sha256, decode_bytes(data))
        except (DecodeError, OSError) as e:
            self._fail(
                entry, str(e) if isinstance(e, DecodeError) else f"cannot read: {e.strerror or e}"
            )
            return None

    def _take(self, results: list[Result]) -> None:
        for r in results:
            entry = self.entries[r.id]
            entry.seconds = round(r.seconds, 4)
            if r.record is None:
                if r.trace:
                    self.traces[r.id] = r.trace
                self._fail(entry, r.error or "failed")
                continue
            try:
                write_atomic(self.out / f"{r.id}.json", r.record)
            except OSError as e:
                self._fail(entry, f"cannot write the record: {e.strerror or e}")
                continue
            entry.status, entry.error, entry.counts = "ok", None, self._shared(r.counts)
            entry.record_sha256 = text_sha256(r.record)
            self._done(entry)
        # at most once a second, and less often for big runs: each save writes every entry
        if monotonic() - self.saved > SAVE_EVERY * max(1, len(self.entries) / 2000):
            self._save(finished=False)

    def _shared(self, counts: dict[str, int]) -> dict[str, int]:
        """One dict for every entry with these counts (never changed once set)."""
        return self.shared_counts.setdefault(tuple(counts.items()), counts)

    def _fail(self, entry: Entry, error: str) -> None:
        entry.status, entry.error = "failed", error
        self.report(f"error: {entry.input}: {error}")
        if self.options.debug and entry.id in self.traces:
            self.report(self.traces[entry.id].rstrip())
        self._done(entry)

    def _done(self, entry: Entry) -> None:
        self.progress(1)

    def _save(self, finished: bool) -> None:
        write_manifest(self.out, self.header, list(self.entries.values()), finished)
        self.saved = monotonic()

    def _summary(self) -> Summary:
        counts = {k: sum(e.counts.get(k, 0) for e in self.entries.values()) for k in KINDS}
        return Summary(list(self.entries.values()), perf_counter() - self.header.clock, counts)


def _shares(jobs: list[tuple[str, str]], workers: int) -> Iterator[tuple[float, int]]:
    """Per input, the bytes a batch may hold when it is the next to fill, and the input's own
    size. One worker: no limit (BATCH and BATCH_CHARS bound it). Several: a shrinking share
    of what is left (guided scheduling), so that batches start big (slovnet runs best on many
    sentences) and end small, and no worker finishes long before another because one batch
    held a long article. Never below MIN_SHARE, though: small batches cost more per document
    than the idle tail they save."""
    if workers == 1:
        yield from ((math.inf, 0) for _ in jobs)
        return
    sizes = [_size(path) for path, _ in jobs]
    left = sum(sizes)
    for size in sizes:
        yield max(left / (2 * workers), MIN_SHARE), size
        left -= size


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # unreadable: _read reports it


def _chain(first: list[Source], rest: Iterator[list[Source]]) -> Iterator[list[Source]]:
    yield first
    yield from rest
