"""The archive: people joined across records, events with archive people, incremental builds."""

from __future__ import annotations

import json
import os

from pipeline.archive import FILES, build_archive
from pipeline.archive_events import date_order
from pipeline.archive_people import Member, join
from pipeline.keys import person_key


def member(doc: str, pid: str, name: str, first=None, last=None, mentions=1, roles=()) -> Member:
    return Member(doc, pid, person_key(name, first, None, last), name, mentions, list(roles))


def test_a_surname_alone_joins_the_one_full_name_with_it_and_namesakes_stay_apart():
    humans, where = join(
        [
            member("a", "person-1", "Владимир Путин", "Владимир", "Путин", 3),
            member("b", "person-1", "Путин", None, "Путин", 2),
            member("c", "person-1", "В.В. Путин", None, "Путин"),
            member("a", "person-2", "Ильхам Алиев", "Ильхам", "Алиев"),
            member("b", "person-2", "Гейдар Алиев", "Гейдар", "Алиев"),
            member("c", "person-2", "Алиев", None, "Алиев"),
            member("c", "person-3", "И. Алиев", None, "Алиев"),
        ]
    )
    assert where[("b", "person-1")] == where[("c", "person-1")] == "путин/владимир"
    assert where[("c", "person-2")] == "алиев/"  # two Алиевs: the surname alone stays apart
    assert where[("c", "person-3")] == "алиев/ильхам"  # the one Алиев whose name starts with И
    assert humans[0].line() == {
        "key": "путин/владимир",
        "name": "Владимир Путин",
        "roles": [],
        "documents": [
            {"document": "a", "person": "person-1"},
            {"document": "b", "person": "person-1"},
            {"document": "c", "person": "person-1"},
        ],
        "mentions": 6,
    }


def test_two_initials_and_a_document_that_kept_two_people_apart():
    _, where = join(
        [
            member("a", "person-1", "Сергей Иванов", "Сергей", "Иванов"),
            member("b", "person-1", "И. Иванов", None, "Иванов"),
            member("c", "person-1", "Иванов", None, "Иванов"),
            member("d", "person-1", "Анна Петрова", "Анна", "Петрова"),
            member("d", "person-2", "Петрова", None, "Петрова"),  # the document said: another one
        ]
    )
    assert where[("b", "person-1")] == "иванов/и."  # no Иванов with И: a human of its own
    assert where[("c", "person-1")] == "иванов/"  # two: Сергей and И.
    assert where[("d", "person-2")] == "петрова/"


def test_names_roles_and_order():
    humans, _ = join(
        [
            member(
                "a",
                "person-1",
                "Владимир Владимирович Путин",
                "Владимир",
                "Путин",
                1,
                [["президент", "Россия", None, None]],
            ),
            member(
                "b",
                "person-1",
                "Владимир Путин",
                "Владимир",
                "Путин",
                1,
                [["президент", "Россия", None, None], ["председатель", None, "ВЭБ", None]],
            ),
            member("c", "person-1", "Владимир Путин", "Владимир", "Путин", 1),
            member("c", "person-2", "Ильхам Алиев", "Ильхам", "Алиев", 5),
        ]
    )
    assert [h.key for h in humans] == ["алиев/ильхам", "путин/владимир"]  # most named first
    line = humans[1].line()
    assert line["name"] == "Владимир Путин"  # the name most documents give
    assert line["roles"] == [
        {
            "title": "президент",
            "country": "Россия",
            "organization": None,
            "place": None,
            "count": 2,
        },
        {
            "title": "председатель",
            "country": None,
            "organization": "ВЭБ",
            "place": None,
            "count": 1,
        },
    ]


def test_dated_first_then_by_year_month_day():
    dates = [
        None,
        {"year": 2024, "month": 3},
        {"year": 2024, "month": 3, "day": 1},
        {"year": None, "month": 5},
        {"year": 2023},
    ]
    assert sorted(range(5), key=lambda i: date_order(dates[i])) == [4, 1, 2, 0, 3]


def date(text, year, month, day):
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    return {
        "text": text,
        "span": {"start": 0, "end": 1, "text": "x"},
        "year": year,
        "month": month,
        "day": day,
        "iso": iso,
    }


def record(doc: str, persons, visits=(), quotes=(), published=None) -> dict:
    return {
        "schema_version": 1,
        "document": {
            "id": doc,
            "source": f"{doc}.txt",
            "sha256": "0",
            "title": doc,
            "published": published,
            "chars": 1,
            "sentences": 1,
            "tokens": 1,
        },
        "persons": [
            {
                "id": f"person-{n}",
                "name": name,
                "first": first,
                "middle": None,
                "last": last,
                "key": person_key(name, first, None, last),
                "roles": [],
                "mentions": [{}],
                "references": [],
            }
            for n, (name, first, last) in enumerate(persons, 1)
        ],
        "visits": [
            {
                "id": f"visit-{n}",
                "visitor": who,
                "host": None,
                "kind": "official",
                "status": status,
                "origin_country": None,
                "destination": {"country": "Беларусь", "city": "Минск"},
                "start": start,
                "end": None,
                "meetings": [],
                "evidence": [{"start": 0, "end": 1, "text": "x"}],
            }
            for n, (who, status, start) in enumerate(visits, 1)
        ],
        "agreements": [],
        "quotes": [
            {
                "id": f"quote-{n}",
                "text": text,
                "span": {"start": 0, "end": 1, "text": "x"},
                "speaker": who,
                "speaker_span": None,
                "verb": "заявить",
            }
            for n, (who, text) in enumerate(quotes, 1)
        ],
    }


def write(folder, rec):
    (folder / f"{rec['document']['id']}.json").write_text(
        json.dumps(rec, ensure_ascii=False), encoding="utf-8"
    )


def archive_folder(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    write(
        out,
        record(
            "a",
            [("Сергей Лавров", "Сергей", "Лавров")],
            visits=[("person-1", "planned", date("20 июня", 2024, 6, 20))],
            quotes=[("person-1", "Мы ждем")],
        ),
    )
    write(
        out,
        record(
            "b",
            [("Лавров", None, "Лавров")],
            visits=[("person-1", "ongoing", None)],
            quotes=[("person-1", "Переговоры прошли")],
            published=date("3 марта 2024 года", 2024, 3, 3),
        ),
    )
    write(out, record("c", [("Путин", None, "Путин")], visits=[("person-1", "planned", None)]))
    return out


def lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_archive_files_use_the_archive_people_and_sort_by_date(tmp_path):
    out = archive_folder(tmp_path)
    build_archive(out)
    assert sorted(p.name for p in out.glob("*.json") if not p.name.startswith(".")) == [
        "a.json",
        "b.json",
        "c.json",
    ]  # the archive adds no `*.json`
    persons = lines(out / "persons.jsonl")
    assert [(p["key"], p["mentions"], len(p["documents"])) for p in persons] == [
        ("лавров/сергей", 2, 2),
        ("путин/", 1, 1),
    ]
    visits = lines(out / "visits.jsonl")
    # b's visit is under way on its publication date (3 March), a's planned for 20 June; c's
    # planned visit has no date
    assert [(v["document"], v["visitor"], v["dated_by"]) for v in visits] == [
        ("b", "лавров/сергей", "published"),
        ("a", "лавров/сергей", "start"),
        ("c", "путин/", None),
    ]
    assert "span" not in visits[0]["date"]
    quotes = lines(out / "quotes.jsonl")
    assert [(q["document"], q["speaker"]) for q in quotes] == [
        ("b", "лавров/сергей"),
        ("a", "лавров/сергей"),
    ]


def test_rebuild_reads_only_changed_records_and_gives_the_same_bytes(tmp_path):
    out = archive_folder(tmp_path)
    assert build_archive(out).read == 3
    before = {name: (out / name).read_bytes() for name in FILES.values()}
    stamps = {name: (out / name).stat().st_mtime_ns for name in FILES.values()}
    assert build_archive(out).read == 0
    assert {name: (out / name).read_bytes() for name in FILES.values()} == before
    assert {name: (out / name).stat().st_mtime_ns for name in FILES.values()} == stamps
    write(out, record("c", [("Владимир Путин", "Владимир", "Путин")]))
    os.utime(out / "c.json", ns=(1, 1))  # a new time, whatever the clock's resolution
    archive = build_archive(out)
    assert archive.read == 1
    assert [p["key"] for p in archive.persons][-1] == "путин/владимир"
    (out / "a.json").unlink()
    archive = build_archive(out)
    assert archive.read == 0 and [d["id"] for d in archive.documents] == ["b", "c"]
    # a build from scratch agrees with the incremental one, byte for byte
    built = {name: (out / name).read_bytes() for name in FILES.values()}
    (out / ".archive.cache").unlink()
    build_archive(out)
    assert {name: (out / name).read_bytes() for name in FILES.values()} == built


def test_a_broken_record_is_left_out(tmp_path):
    out = archive_folder(tmp_path)
    (out / "broken.json").write_text("{", encoding="utf-8")
    assert [d["id"] for d in build_archive(out).documents] == ["a", "b", "c"]
