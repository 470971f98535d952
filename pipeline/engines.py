"""Where the stages run: in this process, in worker processes, or on a Dask cluster.

Every engine takes batches of decoded documents and gives back, per document, the rendered
record (the exact bytes to write) or the error that stopped it. A worker loads the models once
and keeps them for every batch it is given; the main process only reads inputs and writes files.
"""

from __future__ import annotations

import ctypes
import gc
import os
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from time import perf_counter
from typing import Any

from .document import Source

KINDS = ("persons", "visits", "agreements", "quotes")
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@dataclass(slots=True)
class Result:
    """One document's outcome: the rendered record or the error that stopped it."""

    id: str
    record: str | list[str] | None  # the record as written to out/<id>.json (a long one in pieces)
    error: str | None = None
    trace: str | None = None  # the traceback, shown with --debug
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


_extractor: Any = None  # one per process, loaded on first use


def _get_extractor() -> Any:
    global _extractor
    if _extractor is None:
        # the models and rule tables are some million long-lived objects: collections while they
        # load would scan them again and again, and afterwards every collection would (touching
        # the pages forked workers share); frozen, the collector leaves them alone
        collecting = gc.isenabled()
        gc.disable()
        try:
            from .extract import Extractor

            _extractor = Extractor()
        finally:
            if collecting:
                gc.enable()
        gc.freeze()
    return _extractor


def models_loaded() -> bool:
    """Whether this process holds the models (a run that reused every record never loads them)."""
    return _extractor is not None


def _release_memory() -> None:
    """Hand freed heap back to the system after a batch: glibc keeps it otherwise, and a long
    run's peak would creep up with the number of batches (fragmentation, not live data)."""
    global _malloc_trim
    if _malloc_trim is None:
        try:
            _malloc_trim = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _malloc_trim = False
    if _malloc_trim:
        _malloc_trim(0)


_malloc_trim: Any = None


def process(batch: list[Source]) -> list[Result]:
    """Run the stages over one batch; a document that breaks it is retried alone, so one bad
    document costs only itself."""
    extractor = _get_extractor()
    start = perf_counter()
    try:
        records = extractor.run(batch)
        share = (perf_counter() - start) / max(1, len(batch))
        return [_result(s.id, rec, share) for s, rec in zip(batch, records, strict=True)]
    except Exception:
        return [_alone(extractor, s) for s in batch]
    finally:
        _release_memory()


def _alone(extractor: Any, source: Source) -> Result:
    start = perf_counter()
    try:
        [rec] = extractor.run([source])
    except Exception as e:
        return Result(
            source.id,
            None,
            f"{type(e).__name__}: {e}",
            traceback.format_exc(),
            seconds=perf_counter() - start,
        )
    return _result(source.id, rec, perf_counter() - start)


def _result(doc_id: str, rec: Any, seconds: float) -> Result:
    from .write import rendered

    return Result(
        doc_id, rendered(rec), counts={k: len(getattr(rec, k)) for k in KINDS}, seconds=seconds
    )


class SerialEngine:
    """Runs the batches in this process, one after another."""

    name = "local"
    workers = 1

    def map(self, batches: Iterable[list[Source]]) -> Iterator[list[Result]]:
        for batch in batches:
            yield process(batch)

    def close(self) -> None:
        pass


class ProcessEngine:
    """`--workers N`: N processes forked from this one once it has loaded the models, so no worker
    loads them again (and their pages are shared until written); at most 2N batches in flight,
    so memory stays flat however many documents the run holds."""

    name = "local"

    def __init__(self, workers: int) -> None:
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        self.workers = workers
        # one thread of numerical code per worker: N workers on N cores, not N × cores threads.
        # Set before numpy loads (the models load below), so the workers inherit it.
        for var in THREAD_VARIABLES:
            os.environ.setdefault(var, "1")
        _get_extractor()
        self.pool = ProcessPoolExecutor(workers, mp_context=get_context("fork"))

    def map(self, batches: Iterable[list[Source]]) -> Iterator[list[Result]]:
        yield from _bounded(self.pool.submit, _wait_local, batches, 2 * self.workers)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class DaskEngine:
    """`--engine dask [--scheduler ADDRESS]`: the same `process` on a Dask distributed cluster,
    a LocalCluster on loopback when no address is given."""

    name = "dask"

    def __init__(self, scheduler: str | None, workers: int) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as e:
            raise RuntimeError(
                "the Dask engine needs the optional extra: pip install '.[dask]'"
            ) from e
        self.cluster = None
        try:
            if scheduler is None:
                self.cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                )
                scheduler = self.cluster.scheduler_address
            self.client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as e:
            raise RuntimeError(f"cannot reach a Dask scheduler at {scheduler}: {e}") from e
        self.workers = len(self.client.scheduler_info()["workers"]) or workers

    def map(self, batches: Iterable[list[Source]]) -> Iterator[list[Result]]:
        from dask.distributed import wait as dask_wait

        def wait_first(pending: set) -> tuple[set, set]:
            result = dask_wait(list(pending), return_when="FIRST_COMPLETED")
            return set(result.done), set(result.not_done)

        yield from _bounded(
            lambda fn, b: self.client.submit(fn, b, pure=False),
            wait_first,
            batches,
            2 * self.workers,
        )

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _bounded(
    submit: Any, wait_first: Any, batches: Iterable[list[Source]], limit: int
) -> Iterator[list[Result]]:
    """Submit batches, never more than `limit` unfinished; yield results as they finish."""
    pending: set = set()
    for batch in batches:
        pending.add(submit(process, batch))
        while len(pending) >= limit:
            done, pending = wait_first(pending)
            for f in done:
                yield f.result()
    while pending:
        done, pending = wait_first(pending)
        for f in done:
            yield f.result()


def _wait_local(pending: set) -> tuple[set, set]:
    from concurrent.futures import FIRST_COMPLETED, wait

    done, rest = wait(pending, return_when=FIRST_COMPLETED)
    return set(done), set(rest)


def make_engine(
    name: str, workers: int, scheduler: str | None
) -> SerialEngine | ProcessEngine | DaskEngine:
    if name == "dask":
        return DaskEngine(scheduler, workers)
    return ProcessEngine(workers) if workers > 1 else SerialEngine()
