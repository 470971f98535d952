"""Stage: records of a long text read in windows (pipeline/windows.py), merged into the one record
of the document, in the contract's shape and in the exact bytes `write.render` gives a record.

Each window's record comes from the stages as any document's does; here its offsets are moved by
where it was read from, and its persons joined to the document's (`window_persons`). A window is
read with the end of the one before as its context (references and speakers look back into it):
what the context alone states is the window before's and left out; a visit or agreement that the
window's own text states again of one in the context adds its sentences, signatories, meetings and
the fields that one left empty to it (and an agreement of a visit the context states links that
one). A quote read in the context replaces the window before's where that one was cut short at
the cut or lacked its speaker, and is added where it follows all the window before found (a
quote of several paragraphs still open at the cut). An item stays open while each window
finds or states it again, so that a visit reported on across several cuts stays one.

Memory: visits, agreements and quotes are rendered to text as each window comes, persons kept
as offsets; nothing of a window's tokens outlives it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from schemas import Record

from .document import Source
from .window_persons import DocumentPersons, Person

Ids = Callable[[str | None], str | None]  # a window's person ids → the document's
PARAGRAPH_GAP = 20  # what may stand between two paragraphs of one quotation: line breaks, marks


def _moved(data: Any, offset: int) -> Any:
    """`data` with every span (a dict of exactly start, end and text) moved by `offset`."""
    if isinstance(data, dict):
        if data.keys() == {"start", "end", "text"}:
            return {**data, "start": data["start"] + offset, "end": data["end"] + offset}
        return {k: _moved(v, offset) for k, v in data.items()}
    if isinstance(data, list):
        return [_moved(v, offset) for v in data]
    return data


def _states(item: dict, own: int) -> bool:
    """Whether the window's own text (from `own` on) states a visit or agreement."""
    return not item["evidence"] or any(e["start"] >= own for e in item["evidence"])


def _renamed(item: dict, ids: Ids, visit_ids: dict[str, str]) -> None:
    """A window's visit or agreement with the document's ids for its persons and visit."""
    for k in ("visitor", "host"):
        if k in item:
            item[k] = ids(item[k])
    for m in item.get("meetings", ()):
        m["with"] = [ids(p) for p in m["with"]]
    if "signatories" in item:
        item["signatories"] = [ids(p) for p in item["signatories"]]
        item["visit"] = visit_ids.get(item["visit"]) if item["visit"] else None


def _restated(taken: list[Any], open_: list[int], item: dict, own: int) -> int | None:
    """Which open item (of `taken`, at `open_`) `item` states again: the one whose evidence
    holds a sentence of the context that `item` was found in too, and that can be the same."""
    spans = {(e["start"], e["end"]) for e in item["evidence"] if e["start"] < own}
    for i in open_:
        if spans & {(e["start"], e["end"]) for e in taken[i]["evidence"]} and _agrees(
            taken[i], item
        ):
            return i
    return None


def _agrees(other: dict, item: dict) -> bool:
    """Whether two items sharing a sentence can be one: a visit to the same place, an agreement
    of the same kind and title, where both say (`посетят Анкару и Тегеран`: two visits)."""
    if "signatories" in item:
        titles = (other["title"], item["title"])
        return other["kind"] == item["kind"] and (None in titles or titles[0] == titles[1])
    a, b = other["destination"], item["destination"]
    return all(None in (a[k], b[k]) or a[k] == b[k] for k in ("country", "city"))


# how far along a status is: a restatement moves an item on, never back
_STATUS_RANK = {"mentioned": 0, "planned": 1, "ongoing": 2, "completed": 3, "signed": 3}
# fields a restatement fills where the window before's item left them empty
_FILLED = ("host", "origin_country", "start", "end", "title", "count", "date", "visit")


def _restate(same: dict, item: dict, evidence: list[dict]) -> None:
    """What the window's own text adds to an item of the window before: its sentences, new
    signatories, parties and meetings, and the fields that item left empty."""
    same["evidence"] += evidence
    if _STATUS_RANK[item["status"]] > _STATUS_RANK[same["status"]]:
        same["status"] = item["status"]  # `прибыл`, then `завершил визит`: completed
    if "signatories" in same:
        for k in ("signatories", "parties"):
            same[k] += [p for p in item[k] if p not in same[k]]
    else:
        seen = {m["span"]["start"] for m in same["meetings"]}
        same["meetings"] += [m for m in item["meetings"] if m["span"]["start"] not in seen]
        if same["kind"] == "unspecified":
            same["kind"] = item["kind"]
        place = same["destination"] = dict(same["destination"])
        for k, v in item["destination"].items():
            place[k] = place[k] if place[k] is not None else v
    for k in _FILLED:
        if same.get(k) is None and item.get(k) is not None:
            same[k] = item[k]


def _placed(
    open_: list[dict], found: list[dict], own: int, after: int
) -> list[tuple[int | None, dict]]:
    """Where a window's quotes go among the window before's still open (`open_`): those of its
    own text are new (None). One begun in the context replaces the window before's of the same
    start (index) where it runs longer (that one was cut short at the cut) or has the speaker
    that one lacked; it is new where it starts `after` the end of every quote found before (a
    quote of several paragraphs still open at the cut escapes that window); else it is that
    window's."""
    starts = {q["span"]["start"]: i for i, q in enumerate(open_)}
    out: list[tuple[int | None, dict]] = []
    for q in found:
        at = q["span"]["start"]
        i = starts.get(at)
        if at >= own or (i is None and at >= after):
            out.append((None, q))
        elif i is not None and (
            q["span"]["end"] > open_[i]["span"]["end"]
            or (open_[i]["speaker"] is None and q["speaker"] is not None)
        ):
            out.append((i, q))
    return out


def _named(*kinds: list[dict]) -> set[str]:
    """The window's person ids its items name (visitors, hosts, signatories, speakers)."""
    out: set[str] = set()
    for items in kinds:
        for item in items:
            out.update(item.get(k) for k in ("visitor", "host", "speaker") if item.get(k))
            out.update(item.get("signatories", ()))
            for m in item.get("meetings", ()):
                out.update(m["with"])
    return out


class WindowedRecord:
    """The record of one document built window by window: `add` each window's record in text
    order, then `render`."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.document: dict[str, Any] | None = None
        self.sentences = self.tokens = 0
        self.people = DocumentPersons()
        # rendered, but for those the last window found or stated again (dicts, at `open`: a
        # restatement or the rest of a quote in the next window's context may still add to them)
        self.visits: list[str | dict] = []
        self.agreements: list[str | dict] = []
        self.quotes: list[str | dict] = []
        self.open: dict[str, list[int]] = {"visits": [], "agreements": [], "quotes": []}
        self.quoted = 0  # where the last quote found so far ends

    @property
    def persons(self) -> list[Person]:
        return self.people.persons

    def add(
        self, record: Record, offset: int, context: int = 0, size: tuple[int, int] | None = None
    ) -> None:
        """Take the record of the window read from character `offset` of the document. Its first
        `context` characters are the end of the window before, read again so that references
        and speakers can look back into it: what lies there was taken from that window, and is
        left out here. `size`: the sentences and tokens of the window's own text."""
        data = _moved(record.model_dump(mode="json", by_alias=True), offset)
        if self.document is None:
            self.document = data["document"]  # title and dateline: the text's head
        own = offset + context
        sentences, tokens = size or (data["document"]["sentences"], data["document"]["tokens"])
        self.sentences += sentences
        self.tokens += tokens
        open_quotes = [self.quotes[i] for i in self.open["quotes"]]
        quotes = _placed(open_quotes, data["quotes"], own, self.quoted)
        items = [i for i in (*data["visits"], *data["agreements"]) if _states(i, own)]
        ids = self.people.join(data["persons"], own, _named(items, [q for _, q in quotes]))
        visit_ids: dict[str, str] = {}  # the window's visit ids → the document's
        self._take_items("visits", data["visits"], own, ids, visit_ids)
        self._take_items("agreements", data["agreements"], own, ids, visit_ids)
        self._take_quotes(quotes, ids)

    def _take_items(
        self, listing: str, found: list[dict], own: int, ids: Ids, visit_ids: dict[str, str]
    ) -> None:
        """Add a window's visits or agreements that its own text states, as new items or to the
        open ones they restate; then render the open ones it did not state again."""
        taken: list[Any] = getattr(self, listing)
        stated: set[int] = set()
        for item in found:
            at = _restated(taken, self.open[listing], item, own)
            if _states(item, own):
                _renamed(item, ids, visit_ids)
                evidence = [e for e in item["evidence"] if e["start"] >= own]
                if at is None:
                    at = len(taken)
                    taken.append({**item, "id": f"{listing[:-1]}-{at + 1}", "evidence": evidence})
                else:
                    _restate(taken[at], item, evidence)
                stated.add(at)
            if at is not None:  # an agreement of the visit links the document's
                visit_ids[item["id"]] = taken[at]["id"]
        self._flush(listing, stated)

    def _take_quotes(self, quotes: list[tuple[int | None, dict]], ids: Ids) -> None:
        """Add a window's quotes where `_placed` put them (an index of the open ones, or new),
        then render the window before's."""
        found: set[int] = set()
        for i, q in quotes:
            q["speaker"] = ids(q["speaker"])
            if i is None and q["speaker"] is None:
                q["speaker"] = self._speech_goes_on(q)
            self.quoted = max(self.quoted, q["span"]["end"])
            at = len(self.quotes) if i is None else self.open["quotes"][i]
            q = {**q, "id": f"quote-{at + 1}"}
            if i is None:
                self.quotes.append(q)
                found.add(at)
            else:
                self.quotes[at] = q
        self._flush("quotes", found)

    def _speech_goes_on(self, q: dict) -> str | None:
        """The speaker of the quote right before `q`, where nothing but line breaks and marks
        stands between them and `q` names no verb: the next paragraph of one quotation (`Он
        заявил:\n«…\n«…»`), whose speaker the window before read further back than this one."""
        last = self.quotes[-1] if self.quotes else None
        if not isinstance(last, dict) or q["verb"] is not None:
            return None
        a, b = last["span"]["end"], q["span"]["start"]
        if not 0 <= b - a <= PARAGRAPH_GAP or any(c.isalnum() for c in self.source.text[a:b]):
            return None
        return last["speaker"]

    def _flush(self, listing: str, keep: set[int]) -> None:
        """Render the open items of a listing but those at `keep`, which stay open."""
        taken = getattr(self, listing)
        for i in self.open[listing]:
            if i not in keep:
                taken[i] = _item(taken[i])
        self.open[listing] = sorted(keep)

    def render(self) -> str:
        """The record's JSON, as `write.render` writes a record."""
        return "".join(self.pieces())

    def pieces(self) -> list[str]:
        """The record's JSON in pieces, to be written one after another: a long text's record is
        tens of MB, and one string of it would be one more copy at the run's peak."""
        for listing in self.open:
            self._flush(listing, set())
        text = self.source.text
        document = {
            **(self.document or {}),
            "chars": len(text),
            "sentences": self.sentences,
            "tokens": self.tokens,
        }
        persons = [_item(p.rendered(text)) for p in self.persons]
        fields = {
            "document": [_dumps(document).replace("\n", "\n ")],
            "persons": persons,
            "visits": self.visits,
            "agreements": self.agreements,
            "quotes": self.quotes,
        }
        pieces = ['{\n "schema_version": 1']
        for name, items in fields.items():
            pieces.append(f',\n "{name}": ')
            if name == "document":
                pieces += items
            elif items:
                pieces += ["[\n", items[0]]
                for item in items[1:]:
                    pieces += [",\n", item]
                pieces.append("\n ]")
            else:
                pieces.append("[]")
        pieces.append("\n}\n")
        return pieces

    def record(self) -> Record:
        """The merged record as the contract's model (validated: for tests and small texts)."""
        return Record.model_validate_json(self.render())


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


def _item(data: dict) -> str:
    """An item of one of the record's lists, rendered at its depth (two levels in)."""
    return "  " + _dumps(data).replace("\n", "\n  ")
