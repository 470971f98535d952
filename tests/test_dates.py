import pytest

from pipeline.dates import DateFinder
from pipeline.document import Source
from pipeline.segment import segment
from pipeline.tag import tag


def dates(models, text):
    doc = tag([segment(Source("d", "", "", text), models)], models)[0]
    return DateFinder(models).run(doc)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Форум пройдёт 6-8 июля.", (None, 7, 6, 8)),
        ("Выставка открыта с 23 по 26 мая 2024 года.", (2024, 5, 23, 26)),
        ("Договор подписан 15.09.2022 в Москве.", (2022, 9, 15, None)),
        ("Встреча назначена на 01.06.24.", (2024, 6, 1, None)),
    ],
)
def test_ranges_and_numeric_dates(models, text, expected):
    found, _ = dates(models, text)
    d = found[0]
    assert (d.year, d.month, d.day, d.end_of.day if d.end_of else None) == expected


def test_dateline_gives_published_and_years(models):
    found, published = dates(models, "12.03.2023\nПрезидент прибудет 2 октября.")
    assert (published.year, published.month, published.day) == (2023, 3, 12)
    october = [d for d in found if d.month == 10][0]
    assert october.year == 2023 and october.year_inferred


@pytest.mark.parametrize(
    "text,published",
    [
        (
            "Москва, 12 марта 2024 года. Делегация прибудет в Пекин 15-17 апреля, сообщили в МИД.",
            (2024, 3, 12),
        ),
        (
            "МОСКВА, 5 мая 2023 г. – Лидеры встретились в Кремле и обсудили сотрудничество.",
            (2023, 5, 5),
        ),
        (
            (
                "Переговоры, начатые 12 марта 2024 года в Женеве, продолжатся в Вене на следующей "
                "неделе."
            ),
            None,
        ),
    ],
)
def test_dateline_on_the_first_line_of_text(models, text, published):
    _, found = dates(models, text)
    assert (found and (found.year, found.month, found.day)) == published


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Президент посетит Россию только в сентябре.", [("сентябре", 9)]),
        ("Встреча запланирована на февраль.", [("февраль", 2)]),
        ("Визит перенесли: он пройдёт в мае, а не маем прошлого года.", [("мае", 5), ("маем", 5)]),
        ("В мае 2020 года и в августе он был в Минске.", [("мае 2020 года", 5), ("августе", 8)]),
        ("Марта Иванова рассказала о планах.", []),  # a name, not the month
    ],
)
def test_a_month_named_alone_is_a_date(models, text, expected):
    found, _ = dates(models, text)
    assert [(text[d.start : d.end], d.month) for d in found] == expected
