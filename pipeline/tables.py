"""`--csv`: the records as four spreadsheet tables in `out/` (persons.csv, visits.csv,
agreements.csv, quotes.csv), one row per item with the id of its document. UTF-8 with a byte-order
mark, so that spreadsheet programs read the Cyrillic right; lists are joined with `; `."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from contextlib import ExitStack
from pathlib import Path

from .write import atomic_file

COLUMNS = {
    "persons": [
        "document",
        "id",
        "name",
        "first",
        "middle",
        "last",
        "roles",
        "mentions",
        "first_mention",
    ],
    "visits": [
        "document",
        "id",
        "visitor",
        "host",
        "kind",
        "status",
        "origin_country",
        "country",
        "city",
        "start",
        "end",
        "evidence",
    ],
    "agreements": [
        "document",
        "id",
        "kind",
        "title",
        "status",
        "count",
        "signatories",
        "parties",
        "date",
        "visit",
        "evidence",
    ],
    "quotes": ["document", "id", "speaker", "verb", "text", "start", "end"],
}


def date_text(d: dict | None) -> str:
    return (d["iso"] or d["text"]) if d else ""


def roles_text(person: dict) -> str:
    return "; ".join(
        r["title"] + (f" ({r['country']})" if r["country"] else "") for r in person["roles"]
    )


def rows(rec: dict) -> dict[str, list[dict]]:
    doc = rec["document"]["id"]
    names = {p["id"]: p["name"] for p in rec["persons"]}
    return {
        "persons": [
            {
                "document": doc,
                "id": p["id"],
                "name": p["name"],
                "first": p["first"],
                "middle": p["middle"],
                "last": p["last"],
                "roles": roles_text(p),
                "mentions": len(p["mentions"]),
                "first_mention": p["mentions"][0]["start"] if p["mentions"] else "",
            }
            for p in rec["persons"]
        ],
        "visits": [
            {
                "document": doc,
                "id": v["id"],
                "visitor": names.get(v["visitor"], ""),
                "host": names.get(v["host"], ""),
                "kind": v["kind"],
                "status": v["status"],
                "origin_country": v["origin_country"],
                "country": v["destination"]["country"],
                "city": v["destination"]["city"],
                "start": date_text(v["start"]),
                "end": date_text(v["end"]),
                "evidence": " … ".join(e["text"] for e in v["evidence"]),
            }
            for v in rec["visits"]
        ],
        "agreements": [
            {
                "document": doc,
                "id": a["id"],
                "kind": a["kind"],
                "title": a["title"],
                "status": a["status"],
                "count": a["count"],
                "signatories": "; ".join(names.get(s, s) for s in a["signatories"]),
                "parties": "; ".join(a["parties"]),
                "date": date_text(a["date"]),
                "visit": a["visit"],
                "evidence": " … ".join(e["text"] for e in a["evidence"]),
            }
            for a in rec["agreements"]
        ],
        "quotes": [
            {
                "document": doc,
                "id": q["id"],
                "speaker": names.get(q["speaker"], ""),
                "verb": q["verb"],
                "text": q["text"],
                "start": q["span"]["start"],
                "end": q["span"]["end"],
            }
            for q in rec["quotes"]
        ],
    }


def write_tables(out: Path, records: Iterable[dict]) -> list[Path]:
    """Stream the records into the four tables, each written atomically."""
    paths = [out / f"{kind}.csv" for kind in COLUMNS]
    with ExitStack() as stack:
        writers = {}
        for kind, path in zip(COLUMNS, paths, strict=True):
            f = stack.enter_context(atomic_file(path, newline=""))
            f.write("\ufeff")
            writers[kind] = csv.DictWriter(f, fieldnames=COLUMNS[kind], lineterminator="\r\n")
            writers[kind].writeheader()
        for rec in records:
            for kind, found in rows(rec).items():
                writers[kind].writerows(
                    {k: ("" if v is None else v) for k, v in row.items()} for row in found
                )
    return paths
