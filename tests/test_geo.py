import pytest

from pipeline.document import Source
from pipeline.geo import Gazetteer
from pipeline.segment import segment
from pipeline.tag import tag


@pytest.mark.parametrize("text,country", [
    ("Делегация Республики Казахстан прибыла.", "Казахстан"),
    ("Переговоры с Французской Республикой продолжились.", "Франция"),
    ("Посол КНР выступил.", "Китай"),
    ("Лидер Белоруссии выступил.", "Беларусь"),
    ("Визит в Соединённые Штаты Америки отложен.", "США"),
    ("Позиция Северной Кореи не изменилась.", "Северная Корея"),
    ("Итальянский премьер приехал.", "Италия"),
    ("Россия и Мали подпишут меморандум.", "Мали"),  # a country whose name is no Russian word
])
def test_country_forms(models, text, country):
    doc = tag([segment(Source("d", "", "", text), models)], models)[0]
    assert country in {p.country for p in Gazetteer(models.morph_vocab).find(doc)}


def test_city_gives_its_country(models):
    doc = tag([segment(Source("d", "", "", "Встреча прошла в Анкаре."), models)], models)[0]
    place = Gazetteer(models.morph_vocab).find(doc)[0]
    assert (place.city, place.country) == ("Анкара", "Турция")
