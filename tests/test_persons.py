import pytest


def persons(extractor, text):
    return extractor(text).persons


@pytest.mark.parametrize("text,name,title,country", [
    ("Канцлер Германии Олаф Шольц провёл переговоры.", "Олаф Шольц", "канцлер", "Германия"),
    ("Встреча с министром иностранных дел Франции Катрин Колонной прошла в Париже.", "Катрин Колонна", "министр иностранных дел", "Франция"),
    ("Беседа с президентом Казахстана Касым-Жомартом Токаевым длилась час.", "Касым-Жомарт Токаев", "президент", "Казахстан"),
    ("Об этом заявил Касым-Жомарт Токаев, президент Казахстана, в среду.", "Касым-Жомарт Токаев", "президент", "Казахстан"),
])
def test_names_in_nominative_with_titles(extractor, text, name, title, country):
    found = persons(extractor, text)
    assert [p.name for p in found] == [name]
    assert (title, country) in {(r.title, r.country) for r in found[0].roles}


def test_one_person_however_named(extractor):
    text = "Вчера Ангела Меркель прибыла в Рим. Визит А. Меркель продлится два дня. Меркель встретится с мэром."
    found = persons(extractor, text)
    assert [p.name for p in found] == ["Ангела Меркель"]
    assert len(found[0].mentions) == 3


def test_family_name_first(extractor):
    found = persons(extractor, "Председатель КНР Си Цзиньпин прибыл в Москву.")
    assert (found[0].first, found[0].last) == ("Цзиньпин", "Си")


def test_title_only_reference(extractor):
    text = "Президент Узбекистана Шавкат Мирзиёев прибыл в Астану. Лидер Узбекистана проведёт переговоры."
    found = persons(extractor, text)
    assert [r.text for r in found[0].references] == ["Лидер Узбекистана"]
