"""The archive's visits, agreements and quotes: every record's, with the archive's people (their
keys) in place of the record's person ids, sorted by date where there is one.

Each line names its `document` and its `id` there, and carries the document's `published` date.
A visit's `date` is its `start`, else, for a trip the text reports as done or under way, the date
the document was published (`dated_by` says which; a planned trip with no date of its own has
none). Visits sort by that date, agreements by their `date` (else the document's published date),
quotes by the document's published date; the undated follow, all in document order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .archive_index import Summary

Where = Callable[[str, str | None], str | None]  # (document, person id) → archive key


def date_order(d: dict | None) -> tuple:
    """Dated first, by year, month, day (a missing part first); a date with no year is undated."""
    if not d or not d.get("year"):
        return (1, 0, 0, 0)
    return (0, d["year"], d.get("month") or 0, d.get("day") or 0)


def _visit(v: dict, doc: str, published: dict | None, who: Where) -> dict:
    if v["start"]:
        when, source = v["start"], "start"
    elif published and v["status"] != "planned":
        when, source = published, "published"  # reported as done or under way on that day
    else:
        when, source = None, None
    return {
        "document": doc,
        "id": v["id"],
        "visitor": who(doc, v["visitor"]),
        "host": who(doc, v["host"]),
        "kind": v["kind"],
        "status": v["status"],
        "origin_country": v["origin_country"],
        "destination": v["destination"],
        "start": v["start"],
        "end": v["end"],
        "date": when,
        "dated_by": source,
        "meetings": [
            {"with": [who(doc, p) for p in m["with"]], "date": m["date"]} for m in v["meetings"]
        ],
        "published": published,
        "evidence": v["evidence"],
    }


def _agreement(a: dict, doc: str, published: dict | None, who: Where) -> dict:
    return {
        "document": doc,
        "id": a["id"],
        "kind": a["kind"],
        "title": a["title"],
        "status": a["status"],
        "count": a["count"],
        "parties": a["parties"],
        "signatories": [who(doc, p) for p in a["signatories"]],
        "date": a["date"],
        "visit": a["visit"],
        "published": published,
        "evidence": a["evidence"],
    }


def _quote(q: dict, doc: str, published: dict | None, who: Where) -> dict:
    return {
        "document": doc,
        "id": q["id"],
        "speaker": who(doc, q["speaker"]),
        "verb": q["verb"],
        "text": q["text"],
        "published": published,
    }


BUILD = {"visits": _visit, "agreements": _agreement, "quotes": _quote}
WHEN: dict[str, Callable[[dict], dict | None]] = {
    "visits": lambda line: line["date"],
    "agreements": lambda line: line["date"] or line["published"],
    "quotes": lambda line: line["published"],
}


def events(kind: str, summaries: Iterable[Summary], who: Where) -> list[dict]:
    """The archive's lines of one kind (`visits`, `agreements`, `quotes`), sorted."""
    build = BUILD[kind]
    lines = [
        build(item, s["id"], s["published"], who) for s in summaries for item in s.get(kind, [])
    ]
    when = WHEN[kind]
    # documents come in name order and items in record order: a stable sort keeps that order
    # among equal dates
    lines.sort(key=lambda line: date_order(when(line)))
    return lines
