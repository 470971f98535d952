"""`out/.run.json`: what the last run did with every input. The leading dot keeps it out of
`out/*.json` (shell globs, `glob.glob`), which then lists records only.

Plain dataclasses, not pydantic models: a rerun over unchanged inputs reads and writes only this
file, and building pydantic would be most of its time. `python -m schemas` still exports the
JSON Schema (pydantic reads dataclasses), and `read()` checks every field it trusts.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Literal, TextIO

Status = Literal["ok", "cached", "failed", "pending"]
STATUSES = ("ok", "cached", "failed", "pending")


@dataclass(slots=True)
class Entry:
    """One input. status — ok: written this run; cached: unchanged since a run of the same pipeline
    version, its record kept; failed: see `error`; pending: not reached (the run was stopped)."""

    input: str  # the input path as given
    id: str  # the record is out/<id>.json
    sha256: str | None  # of the input's bytes; null when they could not be read
    status: Status
    error: str | None = None
    record_sha256: str | None = None  # of the record file written
    counts: dict[str, int] = field(default_factory=dict)  # records of each type
    seconds: float = 0.0  # time spent on this input (its share of its batch)


ENTRY_FIELDS = tuple(f.name for f in fields(Entry))


@dataclass
class Manifest:
    """The run. `finished` is null while the run goes on, or when it was stopped or killed."""

    pipeline_version: str  # package version + fingerprint of the code, rules and libraries
    versions: dict[str, str]  # Python and the libraries the records depend on
    engine: str
    workers: int
    cwd: str  # where the run started: relative input paths are relative to it
    started: str
    finished: str | None
    seconds: float
    entries: list[Entry]

    def write(self, f: TextIO) -> None:
        """The manifest as JSON, entry by entry: no copy of the whole run is built in memory."""
        head = {k: v for k, v in asdict(replace(self, entries=[])).items() if k != "entries"}
        f.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ',\n "entries": [')
        names = ENTRY_FIELDS
        for k, entry in enumerate(self.entries):
            # a dict of the fields as they are: asdict() deep-copies each, most of a rerun's time
            f.write(
                ("," if k else "")
                + "\n  "
                + json.dumps({n: getattr(entry, n) for n in names}, ensure_ascii=False)
            )
        f.write("\n ]\n}\n")


def read(raw: bytes) -> Manifest:
    """The manifest in `raw`; ValueError when anything in it is not what a run writes."""
    data = json.loads(raw)
    entries = data.pop("entries")
    if set(data) != {f.name for f in fields(Manifest)} - {"entries"} or not isinstance(
        entries, list
    ):
        raise ValueError("not a run manifest")
    out = []
    for e in entries:
        if not isinstance(e, dict) or set(e) != set(ENTRY_FIELDS) or e["status"] not in STATUSES:
            raise ValueError("not a run manifest entry")
        if not all(isinstance(e[k], str) for k in ("input", "id")) or not isinstance(
            e["counts"], dict
        ):
            raise ValueError("not a run manifest entry")
        out.append(Entry(**e))
    return Manifest(**data, entries=out)
