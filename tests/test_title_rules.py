"""The title rules one by one (pipeline/title_*.py): a sentence written for each rule, the rule that
fired and what it read. Rules that tie a title to its name are read from the explanation
(`Extractor(explain=True)`); rules that read the phrase itself from the titles the reader gave the
person finder (`Title.steps()`). None of the sentences is taken from the corpora."""

from __future__ import annotations

import pytest

from pipeline import title_complements, title_links, title_phrase, title_stated
from pipeline.explain import rule_name
from pipeline.extract import Extractor


@pytest.fixture(scope="module")
def ex(models):
    return Extractor(models=models, explain=True)


@pytest.fixture(scope="module")
def read(ex):
    """Text → (title word, Title) for every title phrase the reader gave the person finder."""
    reader = ex.persons.titles
    found: list = []
    for method in ("before", "after", "stated"):
        setattr(reader, method, _recording(getattr(reader, method), found))

    def titles(text: str) -> list:
        found.clear()
        ex(text, "t")
        return [(doc.tokens[t.head].text, t) for doc, t in found]

    return titles


def _recording(method, found: list):
    def recorded(doc, *args, **kwargs):
        out = method(doc, *args, **kwargs)
        found.extend((doc, t) for t in out)
        return out

    return recorded


def _roles(ex, text: str, name: str) -> list[tuple[str, str]]:
    record = ex(text, "t")
    [person] = [p for p in record.persons if p.name == name]
    return [(r["role"], r["title"]) for r in ex.explanations["t"][person.id]["roles"]]


# --- tying a title to its name: `title_links.BEFORE`, the apposition after, `title_stated.STATED`

LINKS = [
    (
        "title before the name",
        "Министр финансов Германии Кристиан Линднер прибыл в Брюссель.",
        "Кристиан Линднер",
        "министр финансов",
    ),
    (
        "apposition before by the tree",
        "Руководитель российской делегации на переговорах в Женеве Олег Смирнов заявил "
        "журналистам, что встреча прошла успешно.",
        "Олег Смирнов",
        "руководитель делегации",
    ),
    (
        "apposition after the name",
        "Андрей Орлов, директор Эрмитажа, открыл выставку.",
        "Андрей Орлов",
        "директор",
    ),
    (
        "predicate noun",
        "Игорь Белов был заместителем министра энергетики.",
        "Игорь Белов",
        "заместитель министра энергетики",
    ),
    (
        "instrumental of a copula",
        "Марина Крылова была назначена министром культуры.",
        "Марина Крылова",
        "министр культуры",
    ),
    (
        "named by someone",
        "Тренер назвал Артёма Зайцева лучшим вратарём турнира.",
        "Артём Зайцев",
        "вратарь турнира",
    ),
    (
        "heads it",
        "Олег Тихонов возглавил управление МВД по Томской области.",
        "Олег Тихонов",
        "глава управления",
    ),
    (
        "after which",
        "Павел Зимин, который тогда был вице-президентом «Яндекса», покинул компанию.",
        "Павел Зимин",
        "вице-президент",
    ),
]


@pytest.mark.parametrize("rule,text,name,title", LINKS, ids=[row[0] for row in LINKS])
def test_the_rule_that_ties_a_title_to_its_name(ex, rule, text, name, title):
    assert (title, rule) in _roles(ex, text, name)


def test_titles_in_a_chain_share_the_rule(ex):
    text = "Писатель и журналист Виктор Шендерович выступил в клубе."
    assert sorted(_roles(ex, text, "Виктор Шендерович")) == [
        ("журналист", "title before the name"),
        ("писатель", "title before the name"),
    ]


# --- reading the phrase: `title_phrase.ADJECTIVES`, `title_complements.COMPLEMENTS`
# (rule, sentence, the title word, a field of the title and its value)

PHRASES = [
    # the adjectives before the title word
    ("place adjective", "Российский посол Игорь Волков вручил верительные грамоты.", "посол",
     "country", "Россия"),
    ("age", "35-летний фермер Иван Кузьмин вырастил рекордный урожай.", "фермер", "title",
     "фермер"),
    ("country adjective", "Корейский пианист Ли Сон Джин дал концерт в Москве.", "пианист",
     "country", None),
    ("city adjective", "Тбилисский врач Георгий Мачавариани провёл операцию.", "врач", "place",
     "Тбилиси"),
    ("evaluative", "Известный режиссёр Павел Лунгин представил новый фильм.", "режиссёр",
     "title", "режиссер"),
    ("ordinal", "Первый космонавт Ганы Кофи Менса вернулся на Землю.", "космонавт", "title",
     "космонавт"),
    ("title own", "Генеральный директор завода Олег Петров подписал приказ.", "директор",
     "title", "генеральный директор завода"),
    # what follows the title word
    ("of which", "В Казани открылось представительство фонда, главой которого является Ринат "
     "Галеев.", "главой", "title", "глава фонда"),
    ("governed", "Заведующий кафедрой физики Анна Белова прочитала лекцию.", "Заведующий",
     "title", "заведующий кафедрой физики"),
    ("see", "Митрополит Казанский Феофан отслужил литургию.", "Митрополит", "place", "Казань"),
    ("time", "Капитан команды прошлого сезона Илья Ковальчук вернулся в клуб.", "Капитан",
     "title", "капитан команды"),
    ("place", "Мэр Новосибирска Анатолий Локоть открыл мост.", "Мэр", "place", "Новосибирск"),
    ("and between places", "Министры иностранных дел России и Франции Сергей Лавров и Жан Ле "
     "Дриан провели переговоры.", "Министры", "countries", ("Россия", "Франция")),
    ("describing a place", "Министр иностранных дел африканской страны Мали Абдулай Диоп прибыл "
     "в Москву.", "Министр", "country", "Мали"),
    ("place noun", "Депутат собрания района Отрадное Пётр Ильин ответил на вопросы.", "Депутат",
     "place", "Отрадное"),
    ("counted places", "Министры обороны обеих стран Иван Кольцов и Тарас Горин провели "
     "переговоры.", "Министры", "title", "министр обороны"),
    ("quoted", "Корреспондент «Радио Свобода» Анна Кузнецова задала вопрос.", "Корреспондент",
     "organization", "Радио Свобода"),
    ("before a name", "Координатор движения «Левый фронт» Сергей Удальцов вышел на митинг.",
     "Координатор", "organization", "Левый фронт"),
    ("named", "Директор Института этнологии РАН Пётр Сидоров выступил с докладом.", "Директор",
     "organization", "Институт этнологии РАН"),
    ("and genitive", "Начальник управления строительства и транспорта Игорь Зуев подал в "
     "отставку.", "Начальник", "title", "начальник управления строительства и транспорта"),
    ("genitive", "Министр финансов Германии Кристиан Линднер прибыл в Брюссель.", "Министр",
     "title", "министр финансов"),
    ("numbered", "Главврач больницы № 15 Марина Орлова рассказала о вакцинации.", "Главврач",
     "title", "главный врач больницы № 15"),
    ("po phrase", "Директор по развитию Андрей Соколов покинул компанию.", "Директор", "title",
     "директор по развитию"),
    ("from organization", "Наблюдатель от ОБСЕ Карл Мюллер посетил участок.", "Наблюдатель",
     "organization", "ОБСЕ"),
    ("where it serves", "Посол Японии в Чехии Такэси Ито вручил награду.", "Посол", "country",
     "Япония"),
]  # fmt: skip


def _read_one(read, text: str, word: str):
    titles = [t for w, t in read(text) if w == word]
    assert titles, f"no title phrase headed by {word!r}"
    return titles[0]


@pytest.mark.parametrize("rule,text,word,field,value", PHRASES, ids=[row[0] for row in PHRASES])
def test_the_rules_that_read_a_phrase(read, rule, text, word, field, value):
    t = _read_one(read, text, word)
    assert rule in t.steps()
    assert getattr(t, field) == value


# after a named employer only `AFTER_EMPLOYER`: (the employer's rule, then the rule, the field)
AFTER_EMPLOYER = [
    ("place", "Тренер «Спартака» Москвы Олег Кононов ушёл в отставку.", "Тренер", "quoted",
     "place", "Москва"),
    ("po phrase", "Директор НАСА по космическим полётам Джон Смит дал интервью.", "Директор",
     "named", "title", "директор по космическим полетам"),
    ("where it serves", "Представитель ЮНИСЕФ в Сирии Анна Браун рассказала о помощи детям.",
     "Представитель", "named", "organization", "ЮНИСЕФ"),
]  # fmt: skip


@pytest.mark.parametrize(
    "rule,text,word,employer,field,value", AFTER_EMPLOYER, ids=[row[0] for row in AFTER_EMPLOYER]
)
def test_the_rules_after_a_named_employer(read, rule, text, word, employer, field, value):
    steps = _read_one(read, text, word).steps()
    assert employer in steps and rule in steps[steps.index(employer) + 1 :]
    assert getattr(_read_one(read, text, word), field) == value


@pytest.mark.parametrize(
    "rules,rows",
    [
        (title_links.BEFORE, LINKS),
        ((title_links._apposition_after_the_name,), LINKS),
        (title_stated.STATED, LINKS),
        (title_phrase.ADJECTIVES, PHRASES),
        (title_complements.COMPLEMENTS, PHRASES),
        (title_complements.AFTER_EMPLOYER, AFTER_EMPLOYER),
    ],
    ids=["before", "after", "stated", "adjectives", "complements", "after employer"],
)
def test_every_rule_has_a_sentence(rules, rows):
    assert {rule_name(r) for r in rules} <= {row[0] for row in rows}
