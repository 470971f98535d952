"""A long text read in windows: one record, its persons joined across windows, offsets exact."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest


from pipeline.document import Source
from pipeline.windowed import WindowedRecord
from pipeline.windows import WINDOW_CHARS
from pipeline.write import render, write
from schemas import Record
from schemas.agreement import Agreement

from .conftest import ROOT, SHARED

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


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


def test_what_a_window_reads_again_of_the_one_before_is_left_to_that_one() -> None:
    # window 1 is `one`; window 2 reads its last line again (context) before its own text
    one = "Начало.\nВладимир Путин: «Да»\n"
    two = "Он сказал: «Нет». Гость Иванов."
    text = one + two
    context = len("Начало.\n")
    merged = WindowedRecord(Source("d", "", "0", text))
    merged.add(
        _window(
            one,
            [_person("person-1", "Владимир Путин", "Владимир", "Путин", "путин/владимир", 8)],
            [("person-1", 24, 28)],
        ),
        0,
    )
    read = one[context:] + two  # window 2 as the stages read it, from its context on
    at = len(one) - context  # where its own text starts in what it read
    merged.add(
        _window(
            read,
            [
                _person("person-1", "Владимир Путин", "Владимир", "Путин", "путин/владимир", 0),
                _person("person-2", "Сидоров", None, "Сидоров", "сидоров/", 2),  # misread: dropped
                _person("person-3", "Иванов", None, "Иванов", "иванов/", at + 24),
            ],
            [("person-1", 16, 20), ("person-1", at + 11, at + 16)],  # the first is window 1's
        ),
        context,
        at,
        (1, 9),
    )
    record = merged.record()
    assert [(p.name, [m.start for m in p.mentions]) for p in record.persons] == [
        ("Владимир Путин", [8]),
        ("Иванов", [len(one) + 24]),
    ]
    assert [(q.text, q.speaker, q.span.start) for q in record.quotes] == [
        ("«Да»", "person-1", 24),
        ("«Нет»", "person-1", len(one) + 11),
    ]
    assert (record.document.sentences, record.document.tokens) == (2, 11)


def _agreement(n: int, status: str, signatories: list[str], spans: list[tuple[int, str]]) -> dict:
    return {
        "id": f"agreement-{n}",
        "kind": "agreement",
        "title": "соглашение",
        "status": status,
        "count": None,
        "parties": [],
        "signatories": signatories,
        "date": None,
        "visit": None,
        "evidence": [{"start": a, "end": a + len(t), "text": t} for a, t in spans],
    }


def test_a_signing_restated_past_the_window_adds_to_the_one_before() -> None:
    one = "Начало.\nСтороны подписали соглашение.\n"
    two = "Документ подписал Иванов."
    context = len("Начало.\n")
    read = one[context:] + two
    at = len(one) - context
    merged = WindowedRecord(Source("d", "", "0", one + two))
    first = _window(one, [], [])
    first.agreements = [
        Agreement.model_validate(_agreement(1, "signed", [], [(8, one[8:-1])])),
    ]
    merged.add(first, 0)
    second = _window(read, [_person("person-1", "Иванов", None, "Иванов", "иванов/", at + 18)], [])
    second.agreements = [  # the window merged its own sentence into the context's signing
        Agreement.model_validate(
            _agreement(1, "signed", ["person-1"], [(0, one[8:-1]), (at, two)])
        ),
    ]
    merged.add(second, context, at)
    [agreement] = merged.record().agreements
    assert [e.start for e in agreement.evidence] == [8, len(one)]
    assert agreement.signatories == ["person-1"]


@pytest.mark.parametrize("found_before", [True, False])
def test_a_quote_across_the_cut_is_the_whole_quote(found_before: bool) -> None:
    one = "Начало.\nОн сказал: «Первая часть\n"
    two = "и вторая часть». Конец."
    text = one + two
    context = len("Начало.\n")
    opening = text.index("«")
    merged = WindowedRecord(Source("d", "", "0", text))
    cut_short = [(None, opening, len(one) - 1)] if found_before else []
    merged.add(_window(one, [], cut_short), 0)
    read = text[context:]
    whole = (None, opening - context, text.index("»") + 1 - context)
    merged.add(_window(read, [], [whole]), context, len(one) - context)
    [quote] = merged.record().quotes
    assert (quote.id, quote.text) == ("quote-1", "«Первая часть\nи вторая часть»")


def test_a_mention_the_window_before_gave_a_person_is_that_persons_in_the_next() -> None:
    # window 1 tells the two Aliyevs apart; window 2 reads only the end of it, where `Алиев`
    # alone could be either: the mention window 1 read is the person window 2's is
    one = "Ильхам Алиев и Гейдар Алиев.\nАлиев прибыл.\n"
    two = "Алиев уехал."
    context = one.index("Алиев прибыл")
    merged = WindowedRecord(Source("d", "", "0", one + two))
    gaidar = _person("person-2", "Гейдар Алиев", "Гейдар", "Алиев", "алиев/гейдар", 15)
    gaidar["mentions"].append({"start": context, "end": context + 5, "text": "Алиев"})
    ilham = _person("person-1", "Ильхам Алиев", "Ильхам", "Алиев", "алиев/ильхам", 0)
    merged.add(_window(one, [ilham, gaidar], []), 0)
    alone = _person("person-1", "Алиев", None, "Алиев", "алиев/", 0)
    at = len(one) - context
    alone["mentions"].append({"start": at, "end": at + 5, "text": "Алиев"})
    merged.add(_window(one[context:] + two, [alone], []), context, at)
    assert [(p.name, [m.start for m in p.mentions]) for p in merged.record().persons] == [
        ("Ильхам Алиев", [0]),
        ("Гейдар Алиев", [15, context, len(one)]),
    ]


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


def test_a_windowed_record_is_written_as_rendered_under_its_document_id(tmp_path: Path) -> None:
    text = "Путин. «Да»"
    merged = WindowedRecord(Source("long-1", "", "0", text))
    merged.add(_window(text, [_person("person-1", "Путин", None, "Путин", "путин/", 0)], []), 0)
    path = write(merged, tmp_path)
    assert path == tmp_path / "long-1.json"
    assert path.read_text(encoding="utf-8") == merged.render()


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
    whole = extractor(text)  # under the window size: read whole
    # the same findings as the text read whole: the second window read the first's end again
    names = {p["id"]: p["name"] for p in data["persons"]}
    whole_names = {p.id: p.name for p in whole.persons}
    assert sorted(names.values()) == sorted(whole_names.values())
    assert [(q["span"]["start"], q["text"], names.get(q["speaker"])) for q in data["quotes"]] == [
        (q.span.start, q.text, whole_names.get(q.speaker)) for q in whole.quotes
    ]
    assert [(a["title"], a["status"]) for a in data["agreements"]] == [
        (a.title, a.status) for a in whole.agreements
    ]
    assert [(names[v["visitor"]], v["destination"]["country"]) for v in data["visits"]] == [
        (whole_names[v.visitor], v.destination.country) for v in whole.visits
    ]
    # a person both articles name is one person, with the mentions of both windows
    [lukashenko] = [p for p in data["persons"] if p["name"] == "Александр Лукашенко"]
    assert {m["start"] < len(first) + 1 for m in lukashenko["mentions"]} == {True, False}
    assert (data["document"]["sentences"], data["document"]["tokens"]) == (
        whole.document.sentences,
        whole.document.tokens,
    )
