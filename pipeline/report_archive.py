"""The report's views of the whole archive: the people index, the timeline of visits, the
agreements by pairs of parties and the quotes by speaker.

Each view summarises, so that the page stays readable and small at 10,000 documents: the most-named
PEOPLE people with up to LINKS document links each, `report_timeline.ROWS` visitor rows, UNDATED
undated visits, PAIRS pairs of parties, SPEAKERS speakers with QUOTES quotes each; every view says
how many more the archive files hold. A link goes to the item in its document's section where the
page shows that document's text, else to the record file beside the page (`<id>.json`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from html import escape
from itertools import combinations
from urllib.parse import quote

from .archive import Archive
from .report_timeline import timeline

PEOPLE, LINKS, UNDATED, PAIRS, SPEAKERS, QUOTES, QUOTE_CHARS = 300, 20, 50, 100, 60, 5, 320


class Links:
    """Where a link to a document, or to an item in it, goes."""

    def __init__(self, documents: list[dict], shown: int) -> None:
        self.files = {d["id"]: d["file"] for d in documents}
        self.shown = {d["id"] for d in documents[:shown]}

    def item(self, doc: str, item_id: str | None = None) -> str:
        if doc in self.shown:
            return f"#{doc}-{item_id}" if item_id else f"#{doc}"
        return quote(self.files.get(doc, f"{doc}.json"))  # a relative URL: `#`, `%`, ` ` escaped

    def a(self, doc: str, item_id: str | None = None, label: str | None = None) -> str:
        text = label or (doc if len(doc) <= 32 else doc[:31] + "…")
        return f'<a href="{escape(self.item(doc, item_id))}">{escape(text)}</a>'


def _table(headers: list[str], rows: Iterable[list[str]], cls: str = "") -> str:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    if not body:
        return '<p class="muted">none</p>'
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _more(shown: int, total: int, what: str, where: str) -> str:
    if total <= shown:
        return ""
    return f'<p class="muted">{total - shown} more {what} in <code>{where}</code>.</p>'


def role_text(r: dict) -> str:
    where = ", ".join(x for x in (r["place"], r["country"], r["organization"]) if x)
    return (
        r["title"]
        + (f" ({where})" if where else "")
        + (f" ×{r['count']}" if r["count"] > 1 else "")
    )


def people(archive: Archive, links: Links, anchors: dict[str, str]) -> str:
    rows = []
    for n, p in enumerate(archive.persons[:PEOPLE], 1):
        docs = p["documents"]
        cell = ", ".join(links.a(d["document"], d["person"]) for d in docs[:LINKS])
        if len(docs) > LINKS:
            cell += f' <span class="muted">and {len(docs) - LINKS} more</span>'
        rows.append(
            [
                str(n),
                f'<b id="{anchors[p["key"]]}">{escape(p["name"])}</b><br>'
                f'<span class="muted key">{escape(p["key"])}</span>',
                escape("; ".join(role_text(r) for r in p["roles"][:3])),
                str(p["mentions"]),
                f"{len(docs)}: {cell}",
            ]
        )
    head = (
        f'<p class="muted">{len(archive.persons)} people in {len(archive.documents)} documents, '
        "most named first; one person however each document names them (keys joined: "
        "a surname alone is the archive's one person with that surname).</p>"
    )
    table = (
        '<div class="scroll">'
        + _table(["#", "name", "roles", "mentions", "documents"], rows, "people")
        + "</div>"
    )
    return head + table + _more(PEOPLE, len(archive.persons), "people", "persons.jsonl")


def _who(key: str | None, names: dict[str, str], anchors: dict[str, str]) -> str:
    if not key:
        return '<span class="muted">not named</span>'
    name = escape(names.get(key, key))
    return f'<a href="#{anchors[key]}">{name}</a>' if key in anchors else name


def visits(archive: Archive, links: Links, names: dict[str, str], anchors: dict[str, str]) -> str:
    svg = timeline(archive.visits, names, links.item)
    undated = [v for v in archive.visits if not (v["date"] and v["date"].get("year"))]
    rows = [
        [
            _who(v["visitor"], names, anchors),
            escape(
                ", ".join(x for x in (v["destination"]["city"], v["destination"]["country"]) if x)
            ),
            escape(v["kind"]),
            escape(v["status"]),
            _who(v["host"], names, anchors) if v["host"] else "",
            links.a(v["document"], v["id"]),
        ]
        for v in undated[:UNDATED]
    ]
    dated = len(archive.visits) - len(undated)
    return (
        f'<p class="muted">{len(archive.visits)} visits, {dated} of them dated: dots are trips '
        "(filled: done or under way; hollow, dashed: planned), coloured by the country visited; "
        "hover for details, click for the text.</p>"
        + (f'<div class="chart">{svg}</div>' if svg else '<p class="muted">No dated visits.</p>')
        + f"<h3>Undated visits ({len(undated)})</h3>"
        + _table(["visitor", "destination", "kind", "status", "host", "document"], rows)
        + _more(UNDATED, len(undated), "undated visits", "visits.jsonl")
    )


def _pairs(agreements: list[dict]) -> dict[tuple[str, str], list[dict]]:
    """Agreements under every pair of their parties; one party alone pairs with ''."""
    found: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for a in agreements:
        parties = sorted(set(a["parties"]))
        if len(parties) > 1:
            pairs: Iterable[tuple[str, str]] = combinations(parties, 2)
        else:
            pairs = [(parties[0] if parties else "", "")]
        for pair in pairs:
            found[pair].append(a)
    return found


def _counts(values: Iterable[str]) -> str:
    counted = Counter(values)
    return ", ".join(f"{k} {n}" for k, n in sorted(counted.items(), key=lambda kv: (-kv[1], kv[0])))


def _documents(items: list[dict], links: Links) -> str:
    """Links to the documents of some items (to the first item of each), with how many each has."""
    first: dict[str, dict] = {}
    count: Counter[str] = Counter()
    for item in items:
        first.setdefault(item["document"], item)
        count[item["document"]] += 1
    cells = [
        links.a(doc, item["id"]) + (f" ×{count[doc]}" if count[doc] > 1 else "")
        for doc, item in list(first.items())[:LINKS]
    ]
    more = len(first) - LINKS
    return ", ".join(cells) + (f' <span class="muted">and {more} more</span>' if more > 0 else "")


def agreements(archive: Archive, links: Links, names: dict[str, str], anchors: dict) -> str:
    found = _pairs(archive.agreements)
    order = sorted(found, key=lambda pair: (-len(found[pair]), pair))
    rows = []
    for pair in order[:PAIRS]:
        items = found[pair]
        titles = list(dict.fromkeys(a["title"] for a in items if a["title"]))
        signers = Counter(k for a in items for k in a["signatories"] if k)
        rows.append(
            [
                escape(" — ".join(p for p in pair if p) or "parties not named")
                + ("" if pair[1] or not pair[0] else ' <span class="muted">(one party)</span>'),
                str(len(items)),
                escape(_counts(a["status"] for a in items)),
                escape(_counts(a["kind"] for a in items)),
                escape("; ".join(titles[:3])) + (" …" if len(titles) > 3 else ""),
                ", ".join(_who(k, names, anchors) for k, _ in signers.most_common(4)),
                _documents(items, links),
            ]
        )
    headers = ["parties", "agreements", "status", "kinds", "titles", "signatories", "documents"]
    return (
        f'<p class="muted">{len(archive.agreements)} agreements; one with three parties counts '
        "under each of its pairs.</p>"
        + _table(headers, rows)
        + _more(PAIRS, len(order), "pairs of parties", "agreements.jsonl")
    )


def _short(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def quotes(archive: Archive, links: Links, names: dict[str, str], anchors: dict) -> Iterator[str]:
    by: dict[str, list[dict]] = defaultdict(list)
    for q in archive.quotes:
        if q["speaker"]:
            by[q["speaker"]].append(q)
    order = sorted(by, key=lambda k: (-len(by[k]), names.get(k, k)))
    unattributed = len(archive.quotes) - sum(len(v) for v in by.values())
    yield (
        f'<p class="muted">{len(archive.quotes)} quotes by {len(by)} speakers '
        f"({unattributed} with no speaker named), the most quoted first.</p>"
    )
    for n, key in enumerate(order[:SPEAKERS]):
        items = by[key]
        yield (
            f"<details{' open' if n < 8 else ''}><summary>{_who(key, names, anchors)} "
            f'<span class="muted">{len(items)} quote{"s" if len(items) > 1 else ""}</span>'
            "</summary><ul>"
        )
        for q in items[:QUOTES]:
            verb = f' <span class="muted">({escape(q["verb"])})</span>' if q["verb"] else ""
            yield f"<li>«{escape(_short(q['text']))}»{verb} {links.a(q['document'], q['id'])}</li>"
        yield "</ul>" + _more(QUOTES, len(items), "quotes", "quotes.jsonl") + "</details>"
    yield _more(SPEAKERS, len(order), "speakers", "quotes.jsonl")


def views(archive: Archive, shown: int) -> Iterator[str]:
    """The four views, each a section of the page."""
    links = Links(archive.documents, shown)
    names = archive.names()
    anchors = {p["key"]: f"who-{n}" for n, p in enumerate(archive.persons[:PEOPLE], 1)}
    yield (
        '<section id="people" class="archive"><h2>People</h2>'
        f"{people(archive, links, anchors)}</section>"
    )
    yield (
        '<section id="timeline" class="archive"><h2>Timeline of visits</h2>'
        f"{visits(archive, links, names, anchors)}</section>"
    )
    yield (
        '<section id="pairs" class="archive"><h2>Agreements by pairs of parties</h2>'
        f"{agreements(archive, links, names, anchors)}</section>"
    )
    yield '<section id="speakers" class="archive"><h2>Quotes by speaker</h2>'
    yield from quotes(archive, links, names, anchors)
    yield "</section>"
