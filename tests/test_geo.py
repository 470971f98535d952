import pytest

from pipeline.document import Source
from pipeline.geo import Gazetteer
from pipeline.segment import segment
from pipeline.tag import tag


@pytest.mark.parametrize(
    "text,country",
    [
        ("Делегация Республики Казахстан прибыла.", "Казахстан"),
        ("Переговоры с Французской Республикой продолжились.", "Франция"),
        ("Посол КНР выступил.", "Китай"),
        ("Лидер Белоруссии выступил.", "Беларусь"),
        ("Визит в Соединённые Штаты Америки отложен.", "США"),
        ("Позиция Северной Кореи не изменилась.", "Северная Корея"),
        ("Итальянский премьер приехал.", "Италия"),
        ("Россия и Мали подпишут меморандум.", "Мали"),  # a country whose name is no Russian word
        # regions: pycountry's Russian names, and its romanised ones met by romanising the text
        ("Глава Одесской области выступил.", "Украина"),
        ("Губернатор Тюменской области выступил.", "Россия"),
        ("Губернатор Ханты-Мансийского автономного округа выступил.", "Россия"),
        ("Глава Чувашской Республики выступил.", "Россия"),
    ],
)
def test_country_forms(models, text, country):
    doc = tag([segment(Source("d", "", "", text), models)], models)[0]
    assert country in {p.country for p in Gazetteer(models.morph_vocab).find(doc)}


def test_city_gives_its_country(models):
    doc = tag([segment(Source("d", "", "", "Встреча прошла в Анкаре."), models)], models)[0]
    place = Gazetteer(models.morph_vocab).find(doc)[0]
    assert (place.city, place.country) == ("Анкара", "Турция")


def test_one_word_subdivision_names_are_no_places(models):
    # `Кордова` is a Spanish province in pycountry, and a surname: only names with a region noun
    # count
    doc = tag([segment(Source("d", "", "", "Кордова заявил журналистам."), models)], models)[0]
    assert Gazetteer(models.morph_vocab).find(doc) == []


@pytest.mark.parametrize(
    "cyrillic,latin",
    [
        ("хабаровский", "Khabarovskiy"),
        ("ямало-ненецкий", "Yamalo-Nenetskiy"),
        ("забайкальский", "Zabaykal'skiy"),
        ("еврейский", "Yevreyskaya"),
        ("архангельский", "Arkhangel'skaya"),
    ],
)
def test_romanised_keys_meet_pycountrys_spelling(cyrillic, latin):
    from pipeline.geo import romanised

    assert romanised(cyrillic) == romanised(latin)


@pytest.mark.parametrize(
    "text,country,city",
    [
        # a geographical reading before the dictionary's first (`Астану` is no `астан`)
        ("Делегация прилетела в Астану.", "Казахстан", "Астана"),
        # a whole name before the adjective it opens with
        ("Премьер-министр прибыл в Саудовскую Аравию.", "Саудовская Аравия", None),
    ],
)
def test_places_in_any_case(extractor, text, country, city):
    doc = tag([segment(Source("t", "", "", text), extractor.models)], extractor.models)[0]
    places = [p for p in Gazetteer(extractor.models.morph_vocab).find(doc) if p.kind != "adjective"]
    assert [(p.country, p.city) for p in places] == [(country, city)]


@pytest.mark.parametrize(
    "text,places",
    [
        (
            "Делегация прибыла в Пномпень, затем в Аддис-Абебу.",
            [("Камбоджа", "Пномпень"), ("Эфиопия", "Аддис-Абеба")],
        ),
        (
            "Губернатор Томской области встретился с мэром Томска.",
            [("Россия", None), ("Россия", "Томск")],
        ),
        # a city's name inside a person's name is the person's
        ("Президент Владимир Путин прибыл во Владимир.", [("Россия", "Владимир")]),
    ],
)
def test_capitals_and_cities(extractor, text, places):
    doc = tag([segment(Source("t", "", "", text), extractor.models)], extractor.models)[0]
    found = [p for p in Gazetteer(extractor.models.morph_vocab).find(doc) if p.kind != "adjective"]
    assert [(p.country, p.city) for p in found] == places
