"""The archive's index: what each record holds for the archive, read once and kept in a cache.

`out/.archive.cache` (JSON; its leading dot and its extension keep it out of `out/*.json`) holds,
per record file, the file's size and modification time and a summary of the record: its title,
published date and counts (for the report's index), its persons with their keys, and its visits,
agreements and quotes as the archive files write them, still with the record's own person ids. A
rebuild stats every record file and rereads only those whose size or time changed (a rerun that
rewrote 1 record of 10,000 reads 1); records gone from the folder leave the index.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .keys import person_key
from .write import atomic_file

CACHE = ".archive.cache"
FORMAT = 1  # the cache's own layout


@lru_cache(maxsize=1)
def code_digest() -> str:
    """What the archive's and the report's code is: a cache or a page made by other code is
    made again (the summaries, the joins or the drawing may have changed)."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for path in sorted([*here.glob("archive*.py"), *here.glob("report*.py"), here / "keys.py"]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


Summary = dict  # one record's summary, JSON-shaped (see summarise)


def lite_date(d: dict | None) -> dict | None:
    """A record's date without its span: what a line of the archive files carries."""
    if not d:
        return None
    out = {k: d.get(k) for k in ("text", "year", "month", "day", "iso")}
    if d.get("year_inferred"):
        out["year_inferred"] = True
    return out


def _person(p: dict) -> list:
    roles = {(r["title"], r["country"], r["organization"], r.get("place")) for r in p["roles"]}
    # records written before the key have none
    key = p.get("key") or person_key(p["name"], p["first"], p["middle"], p["last"])
    return [p["id"], key, p["name"], len(p["mentions"]), sorted(roles, key=_role_order)]


def _role_order(role: tuple) -> tuple:
    return tuple(x or "" for x in role)


def _visit(v: dict) -> dict:
    return {
        "id": v["id"],
        "visitor": v["visitor"],
        "host": v["host"],
        "kind": v["kind"],
        "status": v["status"],
        "origin_country": v["origin_country"],
        "destination": {"country": v["destination"]["country"], "city": v["destination"]["city"]},
        "start": lite_date(v["start"]),
        "end": lite_date(v["end"]),
        "meetings": [{"with": m["with"], "date": lite_date(m["date"])} for m in v["meetings"]],
        "evidence": [e["text"] for e in v["evidence"]],
    }


def _agreement(a: dict) -> dict:
    return {
        "id": a["id"],
        "kind": a["kind"],
        "title": a["title"],
        "status": a["status"],
        "count": a["count"],
        "parties": a["parties"],
        "signatories": a["signatories"],
        "date": lite_date(a["date"]),
        "visit": a["visit"],
        "evidence": [e["text"] for e in a["evidence"]],
    }


def _quote(q: dict) -> dict:
    return {"id": q["id"], "speaker": q["speaker"], "verb": q["verb"], "text": q["text"]}


def summarise(rec: dict) -> Summary:
    """What the archive keeps of one record."""
    doc = rec["document"]
    return {
        "id": doc["id"],
        "title": doc["title"],
        "published": lite_date(doc["published"]),
        "persons": [_person(p) for p in rec["persons"]],
        "visits": [_visit(v) for v in rec["visits"]],
        "agreements": [_agreement(a) for a in rec["agreements"]],
        "quotes": [_quote(q) for q in rec["quotes"]],
    }


@dataclass
class Index:
    """Summaries of the records in a folder, in the order of their file names."""

    summaries: list[Summary] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # the record file of each summary
    read: int = 0  # record files read in this build (the rest came from the cache)
    changed: bool = True  # whether anything differs from the last build (records, code)


def record_files(out: Path) -> list[os.DirEntry]:  # os.DirEntry caches its stat
    """The record files of `out`, sorted by name: `*.json` but no dot files (the manifest)."""
    with os.scandir(out) as entries:
        found = [
            e
            for e in entries
            if e.name.endswith(".json") and not e.name.startswith(".") and e.is_file()
        ]
    return sorted(found, key=lambda e: e.name)


def _load_cache(out: Path) -> dict[str, list]:
    try:
        data = json.loads((out / CACHE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or [data.get("format"), data.get("code")] != [
        FORMAT,
        code_digest(),
    ]:
        return {}
    return data.get("records", {})


def _read(path: str) -> Summary | None:
    try:
        with open(path, "rb") as f:
            return summarise(json.loads(f.read()))  # UTF-8 bytes: no text layer to go through
    except (OSError, ValueError, KeyError, TypeError):
        return None  # unreadable or not a record: the run's manifest says why


def build_index(out: Path) -> Index:
    """Stat every record file; reread those that changed; rewrite the cache if anything did."""
    cached = _load_cache(out)
    entries: dict[str, list] = {}
    index = Index()
    for entry in record_files(out):
        st = entry.stat()
        stamp = [st.st_size, st.st_mtime_ns]
        before = cached.get(entry.name)
        if before is not None and before[:2] == stamp:
            summary = before[2]
        else:
            summary = _read(entry.path)
            index.read += 1
            if summary is None:
                continue
        entries[entry.name] = [*stamp, summary]
        index.summaries.append(summary)
        index.files.append(entry.name)
    index.changed = index.read > 0 or entries.keys() != cached.keys()
    if index.changed:
        _save(out, entries)
    return index


def _save(out: Path, entries: dict[str, list]) -> None:
    try:
        # one string, not json.dump: that encodes piece by piece in Python, ten times slower
        text = json.dumps(
            {"format": FORMAT, "code": code_digest(), "records": entries},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        with atomic_file(out / CACHE) as f:
            f.write(text)
    except OSError:
        pass  # a read-only folder: the next build reads the records again
