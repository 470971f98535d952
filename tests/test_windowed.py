"""A long text read in windows: one record, its persons joined across windows, offsets exact."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.document import Source
from pipeline.windowed import WindowedRecord, fits
from pipeline.windows import WINDOW_CHARS
from pipeline.write import render
from schemas import Record

from .conftest import ROOT, SHARED

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("путин/владимир", "путин/владимир", True),
        ("путин/владимир", "путин/", True),
        ("путин/владимир", "путин/в.", True),
        ("путин/в.", "путин/", True),
        ("путин/владимир", "путин/а.", False),
        ("эрдоган/реджеп тайип", "эрдоган/реджеп", True),  # a second given name
        ("эрдоган/реджеп тайип", "эрдоган/тайип", False),
        ("алиев/ильхам", "алиев/гейдар", False),
        ("путин/", "путина/", False),
        ("/марк", "/марк", False),  # a given name alone is joined by its key only
    ],
)
def test_keys_that_can_name_one_human(a: str, b: str, same: bool) -> None:
    assert fits(a, b) is same and fits(b, a) is same


def _person(pid: str, name: str, first: str | None, last: str | None, key: str, at: int) -> dict:
    span = {"start": at, "end": at + len(name), "text": name}
    return {
        "id": pid,
        "name": name,
        "first": first,
        "middle": None,
        "last": last,
        "key": key,
        "roles": [],
        "mentions": [span],
        "references": [],
    }


def _window(text: str, persons: list[dict], quotes: list[tuple[str, int, int]]) -> Record:
    return Record.model_validate(
        {
            "document": {
                "id": "d",
                "source": "",
                "sha256": "0",
                "title": None,
                "published": None,
                "chars": len(text),
                "sentences": 1,
                "tokens": 2,
            },
            "persons": persons,
            "visits": [],
            "agreements": [],
            "quotes": [
                {
                    "id": f"quote-{n}",
                    "text": text[a:b],
                    "span": {"start": a, "end": b, "text": text[a:b]},
                    "speaker": speaker,
                    "speaker_span": None,
                    "verb": None,
                }
                for n, (speaker, a, b) in enumerate(quotes, 1)
            ],
        }
    )


def test_persons_join_across_windows_by_what_their_names_fit() -> None:
    one = "Путин и Алиев. «Да»"
    two = "Владимир Путин, Ильхам Алиев и Гейдар Алиев. «Нет»"
    merged = WindowedRecord(Source("d", "", "0", one + two))
    merged.add(
        _window(
            one,
            [
                _person("person-1", "Путин", None, "Путин", "путин/", 0),
                _person("person-2", "Алиев", None, "Алиев", "алиев/", 8),
            ],
            [("person-1", 15, 19)],
        ),
        0,
    )
    merged.add(
        _window(
            two,
            [
                _person("person-1", "Владимир Путин", "Владимир", "Путин", "путин/владимир", 0),
                _person("person-2", "Ильхам Алиев", "Ильхам", "Алиев", "алиев/ильхам", 16),
                _person("person-3", "Гейдар Алиев", "Гейдар", "Алиев", "алиев/гейдар", 31),
            ],
            [("person-3", 45, 50)],
        ),
        len(one),
    )
    record = merged.record()
    names = [(p.id, p.name, [m.text for m in p.mentions]) for p in record.persons]
    # the fuller name names the person; `Алиев` is Ильхам's (the first full name to meet it),
    # Гейдар Алиев no longer fits the person `Алиев` became
    assert names == [
        ("person-1", "Владимир Путин", ["Путин", "Владимир Путин"]),
        ("person-2", "Ильхам Алиев", ["Алиев", "Ильхам Алиев"]),
        ("person-3", "Гейдар Алиев", ["Гейдар Алиев"]),
    ]
    assert [(q.id, q.speaker, q.span.start, q.text) for q in record.quotes] == [
        ("quote-1", "person-1", 15, "«Да»"),
        ("quote-2", "person-3", len(one) + 45, "«Нет»"),
    ]
    assert record.document.chars == len(one + two)
    assert (record.document.sentences, record.document.tokens) == (2, 4)


def test_a_first_name_and_patronymic_join_the_one_person_with_both() -> None:
    one, two = "Борис Николаевич Ельцин", "Борис Николаевич"
    merged = WindowedRecord(Source("d", "", "0", one + two))
    full = _person("person-1", one, "Борис", "Ельцин", "ельцин/борис", 0)
    full["middle"] = "Николаевич"
    merged.add(_window(one, [full], []), 0)
    alone = _person("person-1", two, "Борис", None, "николаевич/борис", 0)
    alone["middle"] = "Николаевич"
    merged.add(_window(two, [alone], []), len(one))
    [person] = merged.record().persons
    assert (person.name, [m.start for m in person.mentions]) == (one, [0, len(one)])


def test_two_persons_one_window_kept_apart_stay_apart() -> None:
    text = "Алиев и Алиев"
    merged = WindowedRecord(Source("d", "", "0", text))
    merged.add(_window(text, [_person("person-1", "Алиев", None, "Алиев", "алиев/", 0)], []), 0)
    merged.add(
        _window(
            text,
            [
                _person("person-1", "Алиев", None, "Алиев", "алиев/", 0),
                _person("person-2", "Алиев", None, "Алиев", "алиев/", 8),
            ],
            [],
        ),
        0,
    )
    assert [len(p.mentions) for p in merged.record().persons] == [2, 1]


def _spans(data: Any) -> list[dict]:
    if isinstance(data, dict):
        if data.keys() == {"start", "end", "text"}:
            return [data]
        return [s for v in data.values() for s in _spans(v)]
    if isinstance(data, list):
        return [s for v in data for s in _spans(v)]
    return []


def _texts() -> list[Path]:
    dev = SHARED / "corpus" / "dev"
    return SEEDS + (sorted(dev.glob("*.txt")) if dev.exists() else [])


def test_texts_under_a_window_take_the_whole_path_and_render_alike(extractor) -> None:
    """Records of texts under the window size are today's: read whole, and the merged form of one
    window renders them byte for byte (so a text one character over the window changes nothing
    but where its windows are)."""
    for path in _texts():
        text = path.read_text(encoding="utf-8")
        assert len(text) <= WINDOW_CHARS
        [record] = extractor.run([Source(path.stem, str(path), "0", text)])
        assert isinstance(record, Record)
        merged = WindowedRecord(Source(path.stem, str(path), "0", text))
        merged.add(record, 0)
        assert merged.render() == render(record), path.name


def test_a_text_over_the_window_is_read_in_windows_with_exact_offsets(extractor) -> None:
    first, second = (p.read_text(encoding="utf-8").rstrip("\n") for p in SEEDS)
    text = f"{first}\n{second}\n"
    saved = extractor.window
    extractor.window = len(first) + 1  # one window per article
    try:
        merged = extractor.run([Source("long", "", "0", text)])[0]
    finally:
        extractor.window = saved
    assert isinstance(merged, WindowedRecord)
    data = json.loads(render(merged))
    Record.model_validate(data)
    assert all(s["text"] == text[s["start"] : s["end"]] for s in _spans(data))
    alone = [extractor(part) for part in (first, second)]
    # each article's quotes, visits and agreements, as read alone, moved to where it stands
    shift = [0, len(first) + 1]
    assert [(q["span"]["start"], q["text"]) for q in data["quotes"]] == [
        (q.span.start + at, q.text) for r, at in zip(alone, shift, strict=True) for q in r.quotes
    ]
    assert len(data["visits"]) == sum(len(r.visits) for r in alone)
    assert len(data["agreements"]) == sum(len(r.agreements) for r in alone)
    # a person both articles name is one person, with the mentions of both
    by_name = {p["name"]: p for p in data["persons"]}
    lukashenko = by_name["Александр Лукашенко"]
    assert {m["start"] < shift[1] for m in lukashenko["mentions"]} == {True, False}
    assert len(data["persons"]) < sum(len(r.persons) for r in alone)
    speakers = {p["id"]: p["name"] for p in data["persons"]}
    assert [speakers.get(q["speaker"]) for q in data["quotes"]] == [
        next((p.name for p in r.persons if p.id == q.speaker), None)
        for r in alone
        for q in r.quotes
    ]
