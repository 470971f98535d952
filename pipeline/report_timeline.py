"""The report's timeline of visits: an SVG the project draws itself (no scripts, no fonts fetched).

Dates run left to right; each row is a visitor (the most travelled first, then by their first
trip; past ROWS rows the rest share one); each visit is a dot at its date (its start, else the day
the article that reports it done or under way was published: `archive_events`), coloured by the
country it went to, filled when it happened or is under way, hollow and dashed when planned; a trip
with an end date draws a bar to it. A dot's tooltip (SVG `<title>`) names visitor, destination,
date, status and document, and the dot links to the visit in its document. Visits at the same pixel
of the same row with the same colour and status are one dot (the tooltip counts them), so the
drawing stays small however large the archive.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from html import escape

WIDTH, LABELS, ROW, TOP, BOTTOM = 1040, 210, 22, 34, 26
ROWS = 30  # visitor rows; visitors past them share one row
PALETTE = ["#3b7ddd", "#e03131", "#2f9e44", "#ae3ec9", "#f59f00", "#0c8599", "#d6336c", "#8d5524"]
OTHER = "#868e96"
MONTHS = "янв фев мар апр май июн июл авг сен окт ноя дек".split()

Href = Callable[[str, str], str]  # (document, item id) → link


def _day(d: dict | None) -> date | None:
    """Where a date sits: a missing day is the 15th of its month, a missing month July 1st; a date
    with no year has no place (None)."""
    if not d or not d.get("year"):
        return None
    month, day = (d["month"], d.get("day") or 15) if d.get("month") else (7, 1)
    try:
        return date(d["year"], month, day)
    except ValueError:
        return None


def _ordinal(d: dict | None) -> int | None:
    found = _day(d)
    return found.toordinal() if found else None


def _ticks(lo: int, hi: int) -> list[tuple[int, str]]:
    """Axis ticks between two day numbers: years, months or days, at most about ten."""
    a, b = date.fromordinal(lo), date.fromordinal(hi)
    if hi - lo > 365 * 3:
        step = max(1, (b.year - a.year) // 10 + 1)
        return [
            (date(y, 1, 1).toordinal(), str(y))
            for y in range(a.year + 1, b.year + 1)
            if (y - a.year - 1) % step == 0
        ]
    if hi - lo > 75:
        months = (b.year - a.year) * 12 + b.month - a.month
        step = max(1, months // 10 + 1)
        out = []
        for k in range(1, months + 1, step):
            y, m = divmod(a.month - 1 + k, 12)
            t = date(a.year + y, m + 1, 1)
            out.append((t.toordinal(), f"{MONTHS[m]} {t.year}" if m == 0 or not out else MONTHS[m]))
        return out
    step = max(1, (hi - lo) // 10 + 1)
    return [(t, date.fromordinal(t).strftime("%d.%m")) for t in range(lo, hi + 1, step)]


def _place(v: dict) -> str:
    d = v["destination"]
    return ", ".join(x for x in (d["city"], d["country"]) if x) or "?"


def _when(v: dict) -> str:
    d = v["date"]
    text = d["iso"] or d["text"]
    if v["dated_by"] == "published":
        return text + " (the article's date)"
    return text + (f" – {v['end']['iso'] or v['end']['text']}" if v["end"] else "")


def timeline(visits: list[dict], names: dict[str, str], href: Href) -> str:
    """The SVG of the dated visits (an empty string when none is dated)."""
    dated = [(v, _ordinal(v["date"])) for v in visits]
    dated = [(v, x) for v, x in dated if x is not None]
    if not dated:
        return ""
    visitors = Counter(v["visitor"] for v, _ in dated)
    first: dict[str | None, int] = {}
    for v, x in dated:
        first[v["visitor"]] = min(x, first.get(v["visitor"], x))
    # the most travelled first, then by their first trip; the unnamed visitor last
    order = sorted(visitors, key=lambda k: (k is None, -visitors[k], first[k], k or ""))
    rows = {k: n for n, k in enumerate(order[: ROWS - 1] if len(order) > ROWS else order)}
    labels = [names.get(k, k) if k else "(visitor not named)" for k in rows]
    if len(order) > len(rows):
        labels.append(f"{len(order) - len(rows)} more visitors")
    countries = Counter(
        v["destination"]["country"] for v, _ in dated if v["destination"]["country"]
    )
    colours = {
        c: PALETTE[n]
        for n, c in enumerate(sorted(countries, key=lambda c: (-countries[c], c))[: len(PALETTE)])
    }
    lo = min(x for _, x in dated)
    hi = max(max(x, _ordinal(v["end"]) or x) for v, x in dated)
    pad = max(10, (hi - lo) // 40)
    lo, hi = lo - pad, hi + pad
    height = TOP + ROW * len(labels) + BOTTOM + 22
    scale = (WIDTH - LABELS - 20) / (hi - lo)

    def px(x: int) -> float:
        return round(LABELS + (x - lo) * scale, 1)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="{WIDTH}" '
        f'height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-label="Timeline of {len(dated)} dated visits">'
    ]
    parts += _grid(labels, [(px(t), label) for t, label in _ticks(lo, hi)], height)
    parts += _marks(dated, rows, len(labels) - 1, colours, px, names, href)
    parts += _legend(colours, height)
    parts.append("</svg>")
    return "".join(parts)


def _grid(labels: list[str], ticks: list[tuple[float, str]], height: int) -> list[str]:
    out = []
    for n, label in enumerate(labels):
        y = TOP + ROW * n + ROW / 2
        short = label if len(label) <= 30 else label[:29] + "…"
        out.append(f'<line class="row" x1="{LABELS}" x2="{WIDTH - 10}" y1="{y}" y2="{y}"/>')
        out.append(f'<text class="who" x="{LABELS - 8}" y="{y + 4}">{escape(short)}</text>')
    bottom = TOP + ROW * len(labels)
    for x, label in ticks:
        out.append(f'<line class="tick" x1="{x}" x2="{x}" y1="{TOP - 6}" y2="{bottom}"/>')
        out.append(f'<text class="when" x="{x}" y="{TOP - 10}">{escape(label)}</text>')
        out.append(f'<text class="when" x="{x}" y="{bottom + 14}">{escape(label)}</text>')
    return out


def _marks(
    dated: list[tuple[dict, int]],
    rows: dict,
    others: int,
    colours: dict[str, str],
    px: Callable[[int], float],
    names: dict[str, str],
    href: Href,
) -> list[str]:
    """One dot (and bar) per row, pixel, colour and status; the first visit there is linked."""
    seen: dict[tuple, list] = {}
    for v, x in dated:
        row = rows.get(v["visitor"], others)
        planned = v["status"] == "planned"
        colour = colours.get(v["destination"]["country"], OTHER)
        end = _ordinal(v["end"])
        spot = (row, round(px(x)), round(px(end)) if end and end > x else None, colour, planned)
        seen.setdefault(spot, [v, 0])[1] += 1
    out = []
    for (row, x, end, colour, planned), (v, count) in seen.items():
        y = TOP + ROW * row + ROW / 2
        who = names.get(v["visitor"], "?") if v["visitor"] else "visitor not named"
        tip = f"{who} → {_place(v)} · {_when(v)} · {v['status']} · {v['document']}"
        tip += f" (and {count - 1} more here)" if count > 1 else ""
        cls = "planned" if planned else "done"
        bar = (
            f'<line class="span" x1="{x}" x2="{end}" y1="{y}" y2="{y}" stroke="{colour}"/>'
            if end
            else ""
        )
        out.append(
            f'<a href="{escape(href(v["document"], v["id"]))}">{bar}<circle class="{cls}" '
            f'cx="{x}" cy="{y}" r="5.5" stroke="{colour}" fill="{"#fff" if planned else colour}">'
            f"<title>{escape(tip)}</title></circle></a>"
        )
    return out


def _legend(colours: dict[str, str], height: int) -> list[str]:
    y = height - 10
    out = [
        f'<circle class="done" cx="{LABELS}" cy="{y - 4}" r="5" fill="#555" stroke="#555"/>',
        f'<text class="key" x="{LABELS + 9}" y="{y}">done or under way</text>',
        f'<circle class="planned" cx="{LABELS + 140}" cy="{y - 4}" r="5" fill="#fff" '
        'stroke="#555"/>',
        f'<text class="key" x="{LABELS + 149}" y="{y}">planned</text>',
    ]
    x = LABELS + 220
    for country, colour in [*colours.items(), ("other", OTHER)]:
        out.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{colour}"/>')
        out.append(f'<text class="key" x="{x + 14}" y="{y}">{escape(country)}</text>')
        x += 30 + 8 * len(country)
    return out
