"""What a record depends on: the package version, the code and rules, the libraries and models.
A cached record is reused only while all of them are unchanged."""

from __future__ import annotations

import hashlib
import os
import platform
import sys
from functools import lru_cache
from pathlib import Path

PACKAGE = "ru-news-records"
# Modules that run the stages or show their output but do not shape a record: editing them keeps
# the cache. Everything else in pipeline/ and schemas/ (stages, rules, models, naming, write)
# counts.
DRIVERS = {
    "__main__.py",
    "cli.py",
    "batch.py",
    "engines.py",
    "report.py",
    "report_archive.py",
    "report_timeline.py",
    "archive.py",
    "archive_index.py",
    "archive_people.py",
    "archive_events.py",
    "archive_pairs.py",
    "tables.py",
    "evaluate.py",
    "version.py",
}
LIBRARIES = (
    "natasha",
    "slovnet",
    "razdel",
    "navec",
    "yargy",
    "pymorphy3",
    "pymorphy3-dicts-ru",
    "pycountry",
    "pydantic",
)


def _version(name: str) -> str:
    return _installed().get(name.lower().replace("-", "_"), "unknown")


@lru_cache(maxsize=1)
def _installed() -> dict[str, str]:
    """Distribution → version, from the `<name>-<version>.dist-info` folders on sys.path:
    importlib.metadata would cost a rerun more than everything else it does."""
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in names:
            if folder.endswith(".dist-info"):
                dist, _, ver = folder[: -len(".dist-info")].partition("-")
                found.setdefault(dist.lower().replace("-", "_"), ver)
    return found


@lru_cache(maxsize=1)
def versions() -> dict[str, str]:
    return {"python": platform.python_version(), **{name: _version(name) for name in LIBRARIES}}


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for folder in ("pipeline", "schemas"):
        for path in sorted((root / folder).rglob("*.py")):
            if path.name not in DRIVERS:
                digest.update(
                    path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes()
                )
    digest.update(repr(sorted(versions().items())).encode())
    return f"{_version(PACKAGE)}+{digest.hexdigest()[:12]}"
