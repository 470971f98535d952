"""A long text read in windows: one record, its persons joined across windows, offsets exact."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest


from pipeline.document import Source
from pipeline.windowed import WindowedRecord, _placed
from pipeline.windows import WINDOW_CHARS
from pipeline.write import render, write
from schemas import Record
from schemas.agreement import Agreement
from schemas.visit import Visit

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


def test_a_first_name_without_a_surname_joins_the_one_person_of_that_first_name() -> None:
    names = ["Михаил Мишустин", "Михаил Владимирович", "Михаил Иванов", "Михаил"]
    text = " ".join(names)
    at = [text.index(n) for n in names]
    merged = WindowedRecord(Source("d", "", "0", text))
    people = [
        _person("person-1", names[0], "Михаил", "Мишустин", "мишустин/михаил", at[0]),
        {
            **_person("person-1", names[1], "Михаил", None, "владимирович/михаил", at[1]),
            "middle": "Владимирович",
        },
        _person("person-1", names[2], "Михаил", "Иванов", "иванов/михаил", at[2]),
        _person("person-1", names[3], "Михаил", None, "/михаил", at[3]),  # two Михаилы now
    ]
    for p in people:  # a window each
        merged.add(_window(text, [p], []), 0)
    assert [[m.start for m in p.mentions] for p in merged.record().persons] == [
        [at[0], at[1]],
        [at[2]],
        [at[3]],
    ]


def test_a_first_name_the_window_kept_apart_from_its_own_of_that_name_joins_no_one() -> None:
    one = "Михаил Мишустин. "
    two = "Михаил Иванов и Михаил."
    merged = WindowedRecord(Source("d", "", "0", one + two))
    full = _person("person-1", "Михаил Мишустин", "Михаил", "Мишустин", "мишустин/михаил", 0)
    merged.add(_window(one, [full], []), 0)
    ivanov = _person("person-1", "Михаил Иванов", "Михаил", "Иванов", "иванов/михаил", 0)
    alone = _person("person-2", "Михаил", "Михаил", None, "/михаил", 16)
    merged.add(_window(two, [ivanov, alone], []), len(one))
    assert [p.name for p in merged.record().persons] == [
        "Михаил Мишустин",
        "Михаил Иванов",
        "Михаил",
    ]


def test_a_window_names_by_halves_whom_the_window_before_named_in_full() -> None:
    # window 2 cannot join `Михаил Владимирович` to `Мишустин` without the full name of window 1
    # (as the text read whole does); both are the one person it names
    one = "Михаил Мишустин. "
    two = "Михаил Владимирович. Мишустин."
    merged = WindowedRecord(Source("d", "", "0", one + two))
    full = _person("person-1", "Михаил Мишустин", "Михаил", "Мишустин", "мишустин/михаил", 0)
    merged.add(_window(one, [full], []), 0)
    given = _person("person-1", "Михаил Владимирович", "Михаил", None, "владимирович/михаил", 0)
    given["middle"] = "Владимирович"
    surname = _person("person-2", "Мишустин", None, "Мишустин", "мишустин/", 21)
    merged.add(_window(two, [given, surname], []), len(one))
    [person] = merged.record().persons
    assert [m.start for m in person.mentions] == [0, len(one), len(one) + 21]
    assert (person.name, person.middle) == ("Михаил Владимирович Мишустин", "Владимирович")


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


def _evidence(spans: list[tuple[int, str]]) -> list[dict]:
    return [{"start": a, "end": a + len(t), "text": t} for a, t in spans]


def _two_windows(one: str, two: str) -> tuple[WindowedRecord, str, int]:
    """The record of a document of windows `one` and `two`, the second read from the first's
    second line on; what the second reads, and where its own text starts in that."""
    read = one[one.index("\n") + 1 :] + two
    return WindowedRecord(Source("d", "", "0", one + two)), read, len(read) - len(two)


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
        "evidence": _evidence(spans),
    }


def test_a_signing_restated_past_the_window_adds_to_the_one_before() -> None:
    one = "Начало.\nСтороны подписали соглашение.\n"
    two = "Документ подписал Иванов."
    merged, read, at = _two_windows(one, two)
    context = len(one) - at
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


def _q(start: int, end: int, speaker: str | None = "person-1") -> dict:
    return {"span": {"start": start, "end": end, "text": ""}, "speaker": speaker}


NEW, DROPPED = "new", "dropped"


# the window before's open quotes end by 40, the window's own text starts at 50
@pytest.mark.parametrize(
    ("found", "placed"),
    [
        (_q(55, 60), NEW),  # in its own text
        (_q(30, 58), 1),  # begun in the context, the window before's cut short there
        (_q(30, 40), 1),  # the window before's, whose speaker it lacked
        (_q(10, 20), DROPPED),  # the same as the window before's: that one's
        (_q(42, 48), NEW),  # after all it found (a quote still open at its end)
        (_q(45, 58), NEW),  # ... and one across the cut it missed
        (_q(35, 45), DROPPED),  # inside one it found, read otherwise: that one's
        (_q(5, 8), DROPPED),  # before those still open: a window's before that one
    ],
)
def test_a_quote_read_in_the_context_adds_only_what_the_window_before_missed(
    found: dict, placed: int | str
) -> None:
    open_ = [_q(10, 20), _q(30, 40, None)]
    expected = {NEW: [(None, found)], DROPPED: []}.get(placed, [(placed, found)])
    assert _placed(open_, [found], 50, 40) == expected


def _visit(n: int, spans: list[tuple[int, str]], city: str | None) -> dict:
    return {
        "id": f"visit-{n}",
        "visitor": None,
        "host": None,
        "kind": "unspecified" if city is None else "official",
        "status": "ongoing",
        "origin_country": None,
        "destination": {"country": "Россия", "city": city},
        "start": None,
        "end": None,
        "meetings": [],
        "evidence": _evidence(spans),
    }


def test_a_visit_in_the_context_is_the_window_befores_for_what_the_window_adds() -> None:
    one = "Начало.\nПрезидент прибыл в Россию.\n"
    two = "Он приехал в Москву с официальным визитом. Стороны подписали соглашение."
    merged, read, at = _two_windows(one, two)
    context = len(one) - at
    first = _window(one, [], [])
    first.visits = [Visit.model_validate(_visit(1, [(8, one[8:-1])], None))]
    merged.add(first, 0)
    second = _window(read, [], [])
    # the window's own sentence restates the context's visit; a second reading of the context
    # alone is the window before's, and an agreement of it links the visit the document has
    second.visits = [
        Visit.model_validate(_visit(1, [(0, one[8:-1]), (at, two[:42])], "Москва")),
        Visit.model_validate(_visit(2, [(0, one[8:-1])], None)),
    ]
    agreement = _agreement(1, "signed", [], [(at + 43, two[43:])])
    second.agreements = [Agreement.model_validate({**agreement, "visit": "visit-2"})]
    merged.add(second, context, at)
    record = merged.record()
    [visit] = record.visits
    assert (visit.kind, visit.destination.city, len(visit.evidence)) == ("official", "Москва", 2)
    assert [a.visit for a in record.agreements] == ["visit-1"]


def test_a_mention_the_window_before_gave_another_name_is_not_a_bridge() -> None:
    # window 1 gave `Алиев` near its end to Ильхам; window 2 reads it with Гейдар, whom it
    # names in its own text: Гейдар stays a person of his own
    one = "Ильхам Алиев выступил.\nАлиев прибыл.\n"
    two = "Гейдар Алиев уехал."
    merged, read, at = _two_windows(one, two)
    context = len(one) - at
    ilham = _person("person-1", "Ильхам Алиев", "Ильхам", "Алиев", "алиев/ильхам", 0)
    ilham["mentions"].append({"start": context, "end": context + 5, "text": "Алиев"})
    merged.add(_window(one, [ilham], []), 0)
    gaidar = _person("person-1", "Алиев", None, "Алиев", "алиев/гейдар", 0)
    gaidar["mentions"].append({"start": at, "end": at + 12, "text": "Гейдар Алиев"})
    merged.add(_window(read, [gaidar], []), context, at)
    assert [(p.key, [m.start for m in p.mentions]) for p in merged.record().persons] == [
        ("алиев/ильхам", [0, context]),
        ("алиев/гейдар", [len(one)]),
    ]


def test_a_visit_stated_again_across_two_cuts_stays_one() -> None:
    lines = ["Начало.\n", "Путин прибыл в Анкару.\n", "Визит продлится два дня.\n"]
    lines += ["Визит завершится в пятницу.\n", "В ходе визита он встретится с Эрдоганом."]
    text = "".join(lines)
    at = [text.index(line) for line in lines]
    merged = WindowedRecord(Source("d", "", "0", text))
    # windows: lines 0-1, 2-3, 4; each read from the last line of the one before
    for start, own, end in ((0, 0, at[2]), (at[1], at[2], at[4]), (at[3], at[4], len(text))):
        window = _window(text[start:end], [], [])
        stated = [(a - start, line.rstrip("\n")) for a, line in zip(at, lines, strict=True)]
        spans = [(a, t) for a, t in stated if 0 <= a < end - start and a + start >= at[1]]
        window.visits = [Visit.model_validate(_visit(1, spans, None))]
        merged.add(window, start, own - start)
    [visit] = merged.record().visits
    assert [e.start for e in visit.evidence] == at[1:]


def test_a_restatement_adds_to_the_visit_of_its_place_and_moves_its_status_on() -> None:
    one = "Начало.\nЛавров посетит Анкару и Тегеран.\n"
    two = "В Тегеране Лавров завершил визит."
    merged, read, at = _two_windows(one, two)
    context = len(one) - at
    sentence = [(8, one[8:-1])]
    first = _window(one, [], [])
    first.visits = [
        Visit.model_validate({**_visit(1, sentence, "Анкара"), "status": "planned"}),
        Visit.model_validate({**_visit(2, sentence, "Тегеран"), "status": "planned"}),
    ]
    for visit, country in zip(first.visits, ("Турция", "Иран"), strict=True):
        visit.destination.country = country
    merged.add(first, 0)
    second = _window(read, [], [])
    restated = _visit(1, [(0, one[8:-1]), (at, two)], "Тегеран")
    restated["destination"]["country"] = "Иран"
    second.visits = [Visit.model_validate({**restated, "status": "completed"})]
    merged.add(second, context, at)
    visits = merged.record().visits
    assert [(v.destination.city, v.status, len(v.evidence)) for v in visits] == [
        ("Анкара", "planned", 1),
        ("Тегеран", "completed", 2),
    ]


def test_the_next_paragraph_of_a_quotation_read_in_the_context_keeps_its_speaker() -> None:
    # window 1 credits its last paragraph (`Он` it resolved further back than window 2 reads);
    # window 2 finds the paragraph after it, which window 1 could not close, with no speaker
    one = "Путин заявил:\n«Мы готовы.\n«Мы ждём.\n"
    two = "Конец."
    merged, read, at = _two_windows(one, two)
    context = len(one) - at
    putin = _person("person-1", "Путин", None, "Путин", "путин/", 0)
    merged.add(_window(one, [putin], [("person-1", 14, 25)]), 0)
    second = (None, one.index("«Мы ждём") - context, len(one) - 1 - context)
    merged.add(_window(read, [], [(None, 14 - context, 25 - context), second]), context, at)
    assert [(q.text, q.speaker) for q in merged.record().quotes] == [
        ("«Мы готовы.", "person-1"),
        ("«Мы ждём.", "person-1"),
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


FILLER = (
    "Погода в регионе остается теплой, синоптики ожидают дождей к выходным.\n"
    "Цены на овощи на рынках города за неделю почти не изменились.\n"
    "В парках высадили несколько тысяч деревьев и кустарников.\n"
)


@pytest.mark.parametrize("cut_after", ["по плану.\n", "с партнерами.\n"])
def test_a_quote_of_several_paragraphs_cut_between_them_is_read_as_whole(
    extractor, cut_after: str
) -> None:
    """Each paragraph of a long quote opens with «, the last alone closes it, the speaker comes
    after: a window that ends inside it cannot tell it is quoted speech, the next one can."""
    quote = (
        "«Мы начали работу в январе, и она идет строго по плану.\n"
        "«Летом мы продолжим ее вместе с партнерами.\n"
        "«К осени мы ее закончим и доложим о результатах», — сказал президент России "
        "Владимир Путин.\n"
    )
    text = "Москва, 5 марта 2024 года.\n" + FILLER * 20 + quote + FILLER * 10
    saved = extractor.window
    extractor.window = text.index(cut_after) + len(cut_after) + 1
    try:
        merged = extractor.run([Source("long", "", "0", text)])[0]
    finally:
        extractor.window = saved
    assert isinstance(merged, WindowedRecord)
    whole = extractor(text)
    data = json.loads(render(merged))
    names = {p["id"]: p["name"] for p in data["persons"]}
    assert [(q["span"]["start"], q["text"], names.get(q["speaker"])) for q in data["quotes"]] == [
        (q.span.start, q.text, "Владимир Путин") for q in whole.quotes
    ]
    assert len(whole.quotes) == 3
