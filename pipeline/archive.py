"""The archive: every record in `out/` as one thing to look at and query.

`out/persons.jsonl` has one line per human of the whole archive (most-named first),
`out/visits.jsonl`, `out/agreements.jsonl` and `out/quotes.jsonl` one line per item of every
record with the archive's people (their keys) in place of the records' person ids. None of them
matches `out/*.json`. Built from the index (`archive_index`), so a rebuild rereads only the records
that changed; each file is rewritten only when its bytes change, and the same records give the
same bytes.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .archive_events import events
from .archive_index import build_index
from .archive_people import Member, join
from .write import atomic_file

FILES = {
    "persons": "persons.jsonl",
    "visits": "visits.jsonl",
    "agreements": "agreements.jsonl",
    "quotes": "quotes.jsonl",
}
KINDS = ("visits", "agreements", "quotes")


@dataclass
class Archive:
    """The archive's lines, and per document what the report's index shows."""

    documents: list[dict] = field(default_factory=list)  # {id, file, title, counts: [p, v, a, q]}
    persons: list[dict] = field(default_factory=list)
    visits: list[dict] = field(default_factory=list)
    agreements: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    read: int = 0  # record files read by this build

    def names(self) -> dict[str, str]:
        """Archive key → the name the archive gives that human."""
        return {p["key"]: p["name"] for p in self.persons}


@contextmanager
def without_collections() -> Iterator[None]:
    """The archive makes millions of small objects and keeps them: the cyclic collector, which
    would scan them again and again while they are made (half the build's time at 10,000
    records), waits until it is done. They hold no cycles."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def build_archive(out: Path) -> Archive:
    """Index the records of `out`, join their people, and write the four archive files."""
    with without_collections():
        return _build(out)


def _build(out: Path) -> Archive:
    index = build_index(out)
    members = [
        Member(s["id"], pid, key, name, mentions, roles)
        for s in index.summaries
        for pid, key, name, mentions, roles in s["persons"]
    ]
    humans, where = join(members)

    def who(doc: str, pid: str | None) -> str | None:
        return where.get((doc, pid)) if pid else None

    archive = Archive(
        documents=[
            {
                "id": s["id"],
                "file": file,
                "title": s["title"],
                "counts": [len(s[k]) for k in ("persons", *KINDS)],
            }
            for s, file in zip(index.summaries, index.files, strict=True)
        ],
        persons=[h.line() for h in humans],
        read=index.read,
        **{kind: events(kind, index.summaries, who) for kind in KINDS},
    )
    for kind, name in FILES.items():
        if index.changed or not (out / name).exists():
            _write_if_changed(out / name, getattr(archive, kind))
    return archive


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # one encoder for every line


def render_lines(lines: list[dict]) -> str:
    return "".join(_ENCODE(line) + "\n" for line in lines)


def _write_if_changed(path: Path, lines: list[dict]) -> None:
    text = render_lines(lines)
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except (OSError, UnicodeDecodeError):
        pass
    with atomic_file(path) as f:
        f.write(text)
