"""Component tests of the persons stage's rules: for each rule of NAME_TITLES, COUNTRY_RULES,
REFERENCE_TITLES and RESOLUTION, a sentence written for it, the rule that fired and what it gave."""

from __future__ import annotations

import pytest

from pipeline.document import Parsed, Source
from pipeline.explain import rule_name
from pipeline.extract import Extractor
from pipeline.person_countries import COUNTRY_RULES
from pipeline.person_data import Person, PersonsContext
from pipeline.person_references import REFERENCE_TITLES, RESOLUTION
from pipeline.person_titles import NAME_TITLES
from pipeline.segment import segment
from pipeline.tag import tag


@pytest.fixture(scope="module")
def ex(models):
    return Extractor(models=models, explain=True)


def _parsed(ex: Extractor, text: str) -> Parsed:
    return tag([segment(Source("t", "", "", text), ex.models)], ex.models)[0]


def _person(persons: list[Person], name: str) -> Person:
    return next(p for p in persons if p.name == name)


def _ids(cases: list[tuple]) -> list[str]:
    return [rule_name(case[0]) for case in cases]


# --- NAME_TITLES: the order in which a name's titles are read ----------------------------------

# (rule, sentence, person, title, the title reader's rule the explanation shows)
NAME_TITLE_CASES = [
    (
        NAME_TITLES[0],
        "Министр обороны Германии Борис Писториус прибыл в Вильнюс на встречу с военными.",
        "Борис Писториус",
        "министр обороны",
        "title before the name",
    ),
    (
        NAME_TITLES[1],
        "Переговоры в Женеве провели заместители министра иностранных дел России Андрей Руденко "
        "и Михаил Галузин.",
        "Михаил Галузин",
        "заместитель министра иностранных дел",
        "title before the name",
    ),
    (
        NAME_TITLES[2],
        "Андрей Белоусов, министр обороны России, провел совещание в Генштабе.",
        "Андрей Белоусов",
        "министр обороны",
        "apposition after the name",
    ),
    (
        NAME_TITLES[3],
        "Олег Савельев был назначен послом России в Чехии в прошлом году.",
        "Олег Савельев",
        "посол",
        "instrumental of a copula",
    ),
]


def test_every_name_titles_rule_has_a_case():
    assert [case[0] for case in NAME_TITLE_CASES] == list(NAME_TITLES)


@pytest.mark.parametrize(
    "rule, text, name, title, explained", NAME_TITLE_CASES, ids=_ids(NAME_TITLE_CASES)
)
def test_name_titles(ex, rule, text, name, title, explained):
    ctx = ex.persons.context(_parsed(ex, text))
    p = _person(ctx.persons, name)

    def reads(r) -> list[str]:
        return [t.title for m in p.mentions for t in r(ex.persons.titles, ctx, m)]

    assert next(r for r in NAME_TITLES if title in reads(r)) is rule
    record = ex(text, "t")
    pid = next(x.id for x in record.persons if x.name == name)
    roles = ex.explanations["t"][pid]["roles"]
    assert (title, explained) in [(r["role"], r["title"]) for r in roles]


# --- COUNTRY_RULES: whose country a role is of ---------------------------------------------------

# (rule, sentence, person, title, country)
COUNTRY_CASES = [
    (
        COUNTRY_RULES[0],
        "Министр обороны Германии Борис Писториус прибыл в Вильнюс на встречу с военными.",
        "Борис Писториус",
        "министр обороны",
        "Германия",
    ),
    (
        COUNTRY_RULES[1],
        "Президент Эмманюэль Макрон прилетел в Пекин в среду. Вечером президент Франции "
        "Эмманюэль Макрон встретился со студентами.",
        "Эмманюэль Макрон",
        "президент",
        "Франция",
    ),
    (
        COUNTRY_RULES[2],
        "Синиша Мали, вице-премьер, министр финансов Сербии, заявил журналистам о росте экономики.",
        "Синиша Мали",
        "вице-премьер",
        "Сербия",
    ),
    (
        COUNTRY_RULES[3],
        "Депутат совета района Хамовники Ирина Котова пожаловалась на застройку сквера. Власти "
        "России обещали разобраться.",
        "Ирина Котова",
        "депутат совета",
        "Россия",
    ),
    (
        COUNTRY_RULES[4],
        "Министр обороны Сергей Шойгу заявил, что Россия усилит группировку на западе.",
        "Сергей Шойгу",
        "министр обороны",
        "Россия",
    ),
]


def test_every_country_rule_has_a_case():
    assert [case[0] for case in COUNTRY_CASES] == list(COUNTRY_RULES)


@pytest.mark.parametrize("rule, text, name, title, country", COUNTRY_CASES, ids=_ids(COUNTRY_CASES))
def test_country_rules(ex, rule, text, name, title, country):
    result = ex.persons.run(_parsed(ex, text))
    role = next(r for r in _person(result.persons, name).roles if r.title == title)
    assert (role.country, role.why["country"]) == (country, rule_name(rule))
    record = ex(text, "t")
    roles = next(x.roles for x in record.persons if x.name == name)
    assert (title, country) in [(r.title, r.country) for r in roles]


# --- REFERENCE_TITLES and RESOLUTION: title-only references and whom they mean -----------------

# (rule, sentence, the reference as written, the person it means)
REFERENCE_TITLE_CASES = [
    (
        REFERENCE_TITLES[0],
        "В Минске президент Белоруссии Александр Лукашенко принял делегацию. Главе белорусского "
        "государства передали письмо.",
        "Главе белорусского государства",
        "Александр Лукашенко",
    ),
    (
        REFERENCE_TITLES[1],
        "Мэром города Немуро в 2016 году стал Сюнсукэ Исигаки. Мэр города Немуро выступил против "
        "строительства базы.",
        "Мэр города Немуро",
        "Сюнсукэ Исигаки",
    ),
]

RESOLUTION_CASES = [
    (
        RESOLUTION[0],
        "Президент Туркмении Сердар Бердымухамедов прибыл в Москву с рабочим визитом. Президент "
        "Туркмении провел переговоры в Кремле.",
        "Президент Туркмении",
        "Сердар Бердымухамедов",
    ),
    (
        RESOLUTION[1],
        "Премьер-министр Индии Нарендра Моди и премьер-министр Японии Фумио Кисида встретились в "
        "Токио. Премьер-министр заявил, что стороны подпишут соглашение.",
        "Премьер-министр",
        "Фумио Кисида",
    ),
    (
        RESOLUTION[2],
        "Визит российского президента в Китай продлится три дня. Владимир Путин проведет "
        "переговоры в Пекине.",
        "российского президента",
        "Владимир Путин",
    ),
    (
        RESOLUTION[2],
        "Вчера в Пекин прибыл французский президент. Эмманюэль Макрон встретится со студентами.",
        "французский президент",
        "Эмманюэль Макрон",
    ),
]


def test_every_reference_rule_has_a_case():
    assert [case[0] for case in REFERENCE_TITLE_CASES] == list(REFERENCE_TITLES)
    assert list(dict.fromkeys(case[0] for case in RESOLUTION_CASES)) == list(RESOLUTION)


def _reference(ex: Extractor, text: str, written: str):
    doc = _parsed(ex, text)
    result = ex.persons.run(doc)
    title, person = next(
        (t, p)
        for t, p in result.reference_titles
        if doc.text[doc.tokens[t.first].start : doc.tokens[t.last - 1].end] == written
    )
    return doc, result, title, person


@pytest.mark.parametrize(
    "rule, text, written, name", REFERENCE_TITLE_CASES, ids=_ids(REFERENCE_TITLE_CASES)
)
def test_reference_titles(ex, rule, text, written, name):
    doc, result, title, person = _reference(ex, text, written)
    ctx = PersonsContext(doc, result.persons, result.places, result.by_token, {}, set())
    assert next(r for r in REFERENCE_TITLES if r(ctx, title) is not None) is rule
    assert person is not None and person.name == name


@pytest.mark.parametrize("rule, text, written, name", RESOLUTION_CASES, ids=_ids(RESOLUTION_CASES))
def test_resolution(ex, rule, text, written, name):
    _, _, title, person = _reference(ex, text, written)
    assert (title.rule, person.name if person else None) == (rule_name(rule), name)
    record = ex(text, "t")
    references = next(x.references for x in record.persons if x.name == name)
    assert written in [r.text for r in references]
