"""Person keys: one string per human as a document names them, from that document alone."""

from __future__ import annotations

import pytest

from pipeline.keys import FULL, GIVEN, INITIAL, SURNAME, fold, initial, kind, parts, person_key


@pytest.mark.parametrize(
    "raw, folded",
    [
        ("Пётр Порошенко", "петр порошенко"),
        ("Пу\u0301тин", "путин"),  # a stress mark
        ("Касым \u2013 Жомарт", "касым-жомарт"),  # a dash with spaces
        ("О\u2019Нил", "о'нил"),
        ("Кaсым", "касым"),  # a Latin `a` inside a Cyrillic word
        ("Sc\u043ett", "scott"),  # a Cyrillic `о` inside a Latin word
        ("Scott  Horowitz", "scott horowitz"),  # Latin words stay Latin
        ("Йошкар", "йошкар"),  # й is no и with a mark to drop
    ],
)
def test_fold(raw, folded):
    assert fold(raw) == folded


@pytest.mark.parametrize(
    "name, first, middle, last, key",
    [
        ("Владимир Владимирович Путин", "Владимир", "Владимирович", "Путин", "путин/владимир"),
        ("Владимир Путин", "Владимир", None, "Путин", "путин/владимир"),
        ("В. Путин", None, None, "Путин", "путин/в."),
        ("В.В. Путин", None, None, "Путин", "путин/в."),
        ("Путин В.В.", None, None, "Путин", "путин/в."),
        ("Путин", None, None, "Путин", "путин/"),
        ("Ильхам Алиев", "Ильхам", None, "Алиев", "алиев/ильхам"),
        ("Гейдар Алиев", "Гейдар", None, "Алиев", "алиев/гейдар"),
        ("И. Иванов", None, None, "Иванов", "иванов/и."),
        ("Сергей Иванов", "Сергей", None, "Иванов", "иванов/сергей"),
        ("Ху Цзиньтао", "Цзиньтао", None, "Ху", "ху/цзиньтао"),  # family name first
        ("Ким Чен Ын", "Чен Ын", None, "Ким", "ким/чен ын"),
        ("Ким Чен Ир", "Чен Ир", None, "Ким", "ким/чен ир"),
        ("Касым-Жомарт Токаев", "Касым-Жомарт", None, "Токаев", "токаев/касым-жомарт"),
        ("Роман Абрамович", "Роман", "Абрамович", None, "абрамович/роман"),  # either reading
        ("Марк", "Марк", None, None, "/марк"),
        ("drugoi", None, None, "drugoi", "drugoi/"),
        ("В. Л.", None, None, None, "/в. л."),
        ("Александр Воробьёв", "Александр", None, "Воробьёв", "воробьев/александр"),
    ],
)
def test_person_key(name, first, middle, last, key):
    assert person_key(name, first, middle, last) == key


def test_kinds_and_parts():
    assert [kind(k) for k in ("путин/владимир", "путин/в.", "путин/", "/марк")] == [
        FULL,
        INITIAL,
        SURNAME,
        GIVEN,
    ]
    assert parts("ким/чен ын") == ("ким", "чен ын")
    assert initial("путин/владимир") == initial("путин/в.") == "в."
    assert initial("путин/") == ""


def test_records_carry_the_key_and_documents_agree(extractor):
    one = extractor("Владимир Владимирович Путин прибыл в Минск.")
    other = extractor("В Минск прибыл Владимир Путин. Путин встретился с Лукашенко.")
    assert one.persons[0].key == other.persons[0].key == "путин/владимир"
    assert [p.key for p in other.persons] == ["путин/владимир", "лукашенко/"]
