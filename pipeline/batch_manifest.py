"""A run's manifest, `out/.run.json`: reading the last one, what a rerun reuses, writing it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from time import perf_counter

from schemas.manifest import Entry, Manifest, read as read_manifest

from .decode import sha256
from .naming import shown
from .version import versions
from .write import atomic_file

MANIFEST = ".run.json"


def load_manifest(out: Path) -> Manifest | None:
    """The manifest of the last run into `out`, if any can be read."""
    try:
        return read_manifest((out / MANIFEST).read_bytes())
    except (OSError, ValueError, TypeError, KeyError):
        return None  # none yet, or one from another version of the tool: nothing to reuse


def reusable_entries(out: Path, version: str) -> dict[str, Entry]:
    """The last run's entries by id, when it ran this pipeline version."""
    previous = load_manifest(out)
    if previous and previous.pipeline_version == version:
        return {e.id: e for e in previous.entries}
    return {}


def unchanged(out: Path, entry: Entry, before: Entry) -> bool:
    """The input (read into `entry`) is as it was `before`, and so is the record written then."""
    if (
        before.status not in ("ok", "cached")
        or before.sha256 != entry.sha256
        or before.input != entry.input
    ):
        return False
    try:
        return sha256((out / f"{entry.id}.json").read_bytes()) == before.record_sha256
    except OSError:
        return False


@dataclass
class RunHeader:
    """What a manifest says of the run as a whole: the pipeline, the engine, when it started."""

    version: str
    engine: str
    workers: int
    started: datetime
    clock: float  # perf_counter() at the start


def write_manifest(out: Path, run: RunHeader, entries: list[Entry], finished: bool) -> None:
    """Rewrite `out/.run.json` atomically: a run killed at any moment leaves a whole one."""
    now = datetime.now(timezone.utc)
    manifest = Manifest(
        pipeline_version=run.version,
        versions=versions(),
        engine=run.engine,
        workers=run.workers,
        cwd=shown(Path.cwd()),
        started=run.started.isoformat(timespec="seconds"),
        finished=now.isoformat(timespec="seconds") if finished else None,
        seconds=round(perf_counter() - run.clock, 3),
        entries=entries,
    )
    with atomic_file(out / MANIFEST) as f:
        manifest.write(f)
