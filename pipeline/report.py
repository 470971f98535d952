"""`out/report.html`: one self-contained page for analysts, in the spirit of displaCy.

It opens with the archive's views (`report_archive`: people, a timeline of visits, agreements by
pairs of parties, quotes by speaker), then indexes every document; each document's text is shown
with persons, dates and quotes marked, followed by tables of its persons, visits, agreements and
quotes whose rows link to their evidence in the text. Every
piece of text is escaped, and the page carries a Content-Security-Policy that forbids scripts and
any network access: an article that contains `<script>` shows it as text.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from html import escape
from pathlib import Path
from urllib.parse import quote

from .archive import Archive, build_archive, without_collections
from .archive_index import code_digest, record_files
from .decode import DecodeError, decode_bytes, sha256
from .report_archive import views
from .tables import date_text, roles_text

REPORT = "report.html"
REPORT_LIMIT = 500  # documents whose text the page shows (`report --limit`); the index lists all
# A record file larger than this (a text of some 5 MB) is listed and linked, not shown: its marked
# text would be a page no browser scrolls, and reading it whole would set the report's peak memory.
SHOWN_RECORD_BYTES = 5_000_000
STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d232a;background:#f6f7f9}
header{background:#243447;color:#fff;padding:16px 28px}header h1{margin:0;font-size:20px}
main{padding:12px 28px 40px;max-width:1100px}
nav table,section table{border-collapse:collapse;width:100%;margin:6px 0 18px;background:#fff}
th,td{border:1px solid #d9dde3;padding:4px 8px;text-align:left;vertical-align:top;font-size:14px}
th{background:#eef1f5}
section{background:#fff;border:1px solid #d9dde3;border-radius:6px;padding:4px 20px 10px;margin:22px
0}
.text{white-space:pre-wrap;border-left:3px solid #d9dde3;padding:6px 12px;margin:8px 0
16px;background:#fcfcfd}
mark{padding:0 1px;border-radius:3px}
mark.per{background:#cfe3ff;border-bottom:2px solid #3b7ddd}
mark.ref{background:#e6e0ff;border-bottom:2px dashed #7a5cd6}
mark.date{background:#ffe7b8;border-bottom:2px solid #d08b00}
mark.quote{background:#d8f3dc}
mark.per.quote,mark.date.quote{box-shadow:inset 0 -1px 0 #2d8a4e}
.legend mark{margin-right:10px}.muted{color:#6b7480}
:target{outline:3px solid #f0a500}
nav.toc{margin:10px 0;font-size:14px}section.archive h2{margin:10px 0 2px}.key{font-size:12px}
.scroll{max-height:560px;overflow-y:auto;border:1px solid #d9dde3;margin:6px 0 12px}
.scroll table{margin:0}.scroll thead th{position:sticky;top:0}
details{margin:4px 0}details ul{margin:4px 0 8px}summary{cursor:pointer}
.chart{overflow-x:auto}svg.timeline{font:12px system-ui,sans-serif;background:#fff}
svg line.row{stroke:#eef1f5}svg line.tick{stroke:#d9dde3;stroke-dasharray:2 3}
svg text.who{text-anchor:end;fill:#1d232a}
svg text.when{text-anchor:middle;fill:#6b7480;font-size:11px}
svg circle.done{stroke-width:1.5}svg circle.planned{stroke-width:2;stroke-dasharray:2 2}
svg line.span{stroke-width:5;stroke-opacity:.45;stroke-linecap:round}svg text.key{fill:#1d232a}
"""


@dataclass(slots=True)
class Mark:
    """A span of a text the report marks: its kind and the table row it links to."""

    start: int
    end: int
    kind: str  # per, ref, date, quote
    anchor: str | None = None  # id a table row links to


def _marks(rec: dict, doc: str) -> list[Mark]:
    marks: list[Mark] = []
    for p in rec["persons"]:
        for k, m in enumerate(p["mentions"]):
            marks.append(Mark(m["start"], m["end"], "per", f"{doc}-{p['id']}" if k == 0 else None))
        marks += [Mark(r["start"], r["end"], "ref") for r in p["references"]]
    for q in rec["quotes"]:
        marks.append(Mark(q["span"]["start"], q["span"]["end"], "quote", f"{doc}-{q['id']}"))
    for d in _dates(rec):
        marks.append(Mark(d["span"]["start"], d["span"]["end"], "date"))
    for kind in ("visits", "agreements"):
        for item in rec[kind]:
            if item["evidence"]:
                first = item["evidence"][0]["start"]
                marks.append(Mark(first, first, "anchor", f"{doc}-{item['id']}"))
    return marks


def _dates(rec: dict) -> Iterable[dict]:
    if rec["document"]["published"]:
        yield rec["document"]["published"]
    for v in rec["visits"]:
        yield from (d for d in (v["start"], v["end"]) if d)
        yield from (m["date"] for m in v["meetings"] if m["date"])
    yield from (a["date"] for a in rec["agreements"] if a["date"])


def highlight(text: str, marks: list[Mark]) -> str:
    """The text, escaped, cut where any mark starts or ends; each piece carries the classes of
    the marks over it (marks may overlap: a name inside a quote)."""
    cuts = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    anchors: dict[int, list[str]] = {}
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for m in marks:
        if m.anchor:
            anchors.setdefault(m.start, []).append(m.anchor)
        if m.kind != "anchor" and m.end > m.start:
            opens.setdefault(m.start, []).append(m.kind)
            closes.setdefault(m.end, []).append(m.kind)
    active: Counter[str] = Counter()
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active.subtract(closes.get(a, []))
        active.update(opens.get(a, []))
        out += [f'<a id="{escape(x)}"></a>' for x in anchors.get(a, [])]
        kinds = sorted(k for k, n in active.items() if n > 0)
        piece = escape(text[a:b])
        out.append(f'<mark class="{" ".join(kinds)}">{piece}</mark>' if kinds else piece)
    return "".join(out)


def _source_text(rec: dict, base: Path | None) -> str | None:
    """The text a record was made from: its source path as given, read from where the run
    started (the manifest says) or else from here; None when it is gone or changed."""
    source = Path(rec["document"]["source"])
    data = None
    for path in ([base / source] if base and not source.is_absolute() else []) + [source]:
        try:
            data = path.read_bytes()
            break
        except OSError:
            continue
    if data is None:
        return None
    if sha256(data) != rec["document"]["sha256"]:
        return None  # changed since: its offsets no longer hold
    try:
        return decode_bytes(data)
    except DecodeError:
        return None


def _table(headers: list[str], rows: Iterable[list[str]]) -> str:
    return "".join(_table_pieces(headers, rows))


def _table_pieces(headers: list[str], rows: Iterable[list[str]]) -> Iterator[str]:
    empty = True
    for row in rows:
        if empty:
            yield (
                "<table><thead><tr>"
                + "".join(f"<th>{escape(h)}</th>" for h in headers)
                + "</tr></thead><tbody>"
            )
            empty = False
        yield "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
    yield '<p class="muted">none</p>' if empty else "</tbody></table>"


def _link(doc: str, item_id: str, label: str) -> str:
    return f'<a href="#{escape(doc)}-{escape(item_id)}">{escape(label)}</a>'


def section(rec: dict, text: str | None) -> str:
    doc = rec["document"]["id"]
    names = {p["id"]: p["name"] for p in rec["persons"]}
    name = lambda pid: escape(names.get(pid, "")) if pid else ""  # noqa: E731
    persons = [
        [
            _link(doc, p["id"], p["name"]),
            escape(roles_text(p)),
            str(len(p["mentions"]) + len(p["references"])),
        ]
        for p in rec["persons"]
    ]
    visits = [
        [
            _link(doc, v["id"], v["id"]),
            name(v["visitor"]),
            escape(
                ", ".join(x for x in (v["destination"]["city"], v["destination"]["country"]) if x)
            ),
            escape(v["kind"]),
            escape(v["status"]),
            name(v["host"]),
            escape(date_text(v["start"])),
        ]
        for v in rec["visits"]
    ]
    agreements = [
        [
            _link(doc, a["id"], a["id"]),
            escape(a["kind"]),
            escape(a["title"] or ""),
            escape(a["status"]),
            escape(", ".join(names.get(s, s) for s in a["signatories"])),
            escape(", ".join(a["parties"])),
        ]
        for a in rec["agreements"]
    ]
    quotes = [
        [
            _link(doc, q["id"], q["id"]),
            name(q["speaker"]),
            escape(q["verb"] or ""),
            escape(q["text"]),
        ]
        for q in rec["quotes"]
    ]
    shown = (
        f'<div class="text">{highlight(text, _marks(rec, doc))}</div>'
        if text is not None
        else f'<p class="muted">The source {escape(rec["document"]["source"])} is missing or '
        f"changed since; "
        "its text cannot be shown.</p>"
    )
    title = rec["document"]["title"] or doc
    visit_cols = ["visit", "visitor", "destination", "kind", "status", "host", "start"]
    agreement_cols = ["agreement", "kind", "title", "status", "signatories", "parties"]
    return (
        f'<section id="{escape(doc)}"><h2>{escape(title)}</h2>'
        f'<p class="muted">{escape(doc)} · {escape(rec["document"]["source"])} · '
        f"{rec['document']['chars']} characters</p>{shown}"
        f"<h3>Persons</h3>{_table(['name', 'roles', 'mentions'], persons)}"
        f"<h3>Visits</h3>{_table(visit_cols, visits)}"
        f"<h3>Agreements</h3>{_table(agreement_cols, agreements)}"
        f"<h3>Quotes</h3>{_table(['quote', 'speaker', 'verb', 'text'], quotes)}</section>"
    )


def render(
    archive: Archive,
    records: Iterable[dict | Path],
    limit: int = REPORT_LIMIT,
    key: str = "",
    base: Path | None = None,
) -> Iterator[str]:
    """The page, in pieces: the archive's views, the index of every document (from the archive,
    without reading the records again), then the sections of `records`, the first `limit`
    documents' records, read one at a time so that memory stays flat."""
    count = len(archive.documents)
    yield (
        '<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8">'
        f'<meta name="records" content="{key}">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src '
        "'unsafe-inline'; img-src data:\">"
        f"<title>Records: {_documents(count)}</title><style>{STYLE}</style></head><body>"
        f"<header><h1>Records from {_documents(count)}</h1></header><main>"
        '<nav class="toc"><a href="#people">People</a> · <a href="#timeline">Timeline of visits</a>'
        ' · <a href="#pairs">Agreements by pairs of parties</a> · <a href="#speakers">Quotes by '
        'speaker</a> · <a href="#documents">Documents</a></nav>'
    )
    yield from views(archive, limit)
    yield (
        '<h2 id="documents">Documents</h2><p class="legend"><mark class="per">person</mark>'
        '<mark class="ref">title reference</mark><mark class="date">date</mark>'
        '<mark class="quote">quote</mark></p>'
    )
    # the index lists every document: written row by row from the archive's index
    yield '<nav class="scroll">'
    yield from _table_pieces(
        ["document", "title", "persons", "visits", "agreements", "quotes"],
        (
            [
                f'<a href="#{escape(d["id"])}">{escape(d["id"])}</a>'
                if k < limit
                else f'<a href="{escape(quote(d["file"]))}">{escape(d["id"])}</a>',
                escape(_short(d["title"] or "")),
            ]
            + [str(n) for n in d["counts"]]
            for k, d in enumerate(archive.documents)
        ),
    )
    yield "</nav>"
    for r in islice(records, limit):
        yield _too_large(r) if isinstance(r, Path) else section(r, _source_text(r, base))
    if count > limit:
        yield (
            f'<p class="muted">The texts of {count - limit} more documents are not shown (the '
            f"index links their records, <code>&lt;id&gt;.json</code>, beside this page); "
            f"<code>python -m pipeline report DIR --limit N</code> shows more.</p>"
        )
    yield "</main></body></html>\n"


def _documents(n: int) -> str:
    return f"{n} document" + ("" if n == 1 else "s")


def _short(title: str, limit: int = 160) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def record_paths(out: Path) -> list[Path]:
    """The records in `out/`, sorted by name; the run manifest is no record."""
    return sorted(p for p in out.glob("*.json") if not p.name.startswith("."))


def load(paths: list[Path], max_bytes: int | None = None) -> Iterator[dict | Path]:
    """The records at `paths`, read one at a time; a record file over `max_bytes`, its path."""
    for path in paths:
        try:
            if max_bytes is not None and path.stat().st_size > max_bytes:
                yield path
                continue
            yield json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # unreadable: the manifest and the run's summary have said why


def _too_large(path: Path) -> str:
    return (
        f'<section id="{escape(path.stem)}"><h2>{escape(path.stem)}</h2><p class="muted">Its '
        f'record, <a href="{escape(quote(path.name))}">{escape(path.name)}</a>, is over '
        f"{SHOWN_RECORD_BYTES:,} bytes: too long a text to show on this page.</p></section>"
    )


def write_report(out: Path, limit: int = REPORT_LIMIT, archive: Archive | None = None) -> Path:
    """Write the report, unless the one there was made from these very record files. `archive`:
    the archive of `out` when the caller has just built it."""
    from .write import atomic_file

    key = _key(out, limit)
    try:
        with (out / REPORT).open(encoding="utf-8") as f:
            if key in f.read(4096):
                return out / REPORT
    except OSError:
        pass
    if archive is None:
        archive = build_archive(out)
    shown = load([out / d["file"] for d in archive.documents[:limit]], SHOWN_RECORD_BYTES)
    base = _run_directory(out)
    with without_collections(), atomic_file(out / REPORT) as f:
        for piece in render(archive, shown, limit, key, base):
            f.write(piece)
    return out / REPORT


def _run_directory(out: Path) -> Path | None:
    from .batch import load_manifest

    manifest = load_manifest(out)
    return Path(manifest.cwd) if manifest else None


def _key(out: Path, limit: int) -> str:
    """What the report was made from: the record files (name, size, time), the limit and the
    code that draws it (so that a new version of the report redraws an unchanged archive)."""
    digest = hashlib.sha256(f"{limit}\0{code_digest()}".encode())
    for entry in record_files(out):
        st = entry.stat()
        digest.update(f"\0{entry.name}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    return digest.hexdigest()
