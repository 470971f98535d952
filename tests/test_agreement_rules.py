"""The agreement rules by name: a sentence written for each rule → the rule that fired (explain
mode) and the value it gave. Each list of rules has a row for every rule in it."""

from __future__ import annotations

import pytest

from pipeline.agreement_parties import COUNTRIES, SIDES
from pipeline.agreement_signatories import SIGNATORIES
from pipeline.agreement_status import STATUS
from pipeline.agreement_title import TITLE_WORDS
from pipeline.explain import rule_name
from pipeline.extract import Extractor


@pytest.fixture(scope="module")
def ex(models):
    return Extractor(models=models, explain=True)


def read(ex, text: str):
    """The text's record and the explanation of its first agreement."""
    record = ex(text, "t")
    assert record.agreements, text
    return record, ex.explanations["t"]["agreement-1"]


def fired(why: dict, field: str) -> list[str]:
    """The rules that set `field` (rules that add to a field are listed in order)."""
    return why.get(field, "").split(", ")


# rule → a sentence for it → the agreement's title
TITLES = [
    (
        "quoted name",
        "Министры подписали договор «О дружбе, добрососедстве и сотрудничестве».",
        "договор «о дружбе, добрососедстве и сотрудничестве»",
    ),
    (
        "about",
        "Стороны подписали соглашение об избежании двойного налогообложения.",
        "соглашение об избежании двойного налогообложения",
    ),
    (
        "on matters",
        "Стороны подписали меморандум по вопросам трудовой миграции.",
        "меморандум по вопросам трудовой миграции",
    ),
    (
        "in a field",
        "Министры подписали соглашение о сотрудничестве в области энергетики.",
        "соглашение о сотрудничестве в области энергетики",
    ),
    (
        "for a period",
        "Правительства утвердили программу сотрудничества на 2026–2028 годы.",
        "программа сотрудничества на 2026–2028 годы",
    ),
    (
        "another of the same",
        "Компании подписали соглашение о торговле и инвестициях.",
        "соглашение о торговле и инвестициях",
    ),
    (
        "number",
        "Стороны подписали газовое соглашение 2009 года.",
        "газовое соглашение 2009 года",
    ),
    (
        "name of it",
        "Премьер-министры подписали соглашение о строительстве АЭС Руппур.",
        "соглашение о строительстве аэс руппур",
    ),
    (
        "hyphen in a name",
        "Москва и Пекин подписали договор о строительстве нефтепровода Бургас – Александруполис.",
        "договор о строительстве нефтепровода бургас – александруполис",
    ),
    (
        "who does it",
        "Стороны подписали соглашение о закупке индийцами вертолетов.",
        "соглашение о закупке индийцами вертолетов",
    ),
    (
        "genitive or governed",
        "Министры подписали договор о дружбе и сотрудничестве.",
        "договор о дружбе и сотрудничестве",
    ),
]


@pytest.mark.parametrize("rule,text,title", TITLES, ids=[row[0] for row in TITLES])
def test_title_rules(ex, rule, text, title):
    record, why = read(ex, text)
    assert rule in fired(why, "title")
    assert record.agreements[0].title == title


def test_a_term_ends_the_title(ex):
    record, why = read(ex, "Министры подписали соглашение о поставках нефти сроком на 20 лет.")
    assert record.agreements[0].title == "соглашение о поставках нефти"
    assert fired(why, "title") == ["about", "genitive or governed"]


# rule → a sentence for it → the agreement's status
STATUSES = [
    ("no signing word", "Соглашение о свободной торговле действует с 2016 года.", "mentioned"),
    (
        "signing agreed on",
        "Стороны договорились о подписании соглашения о безвизовом режиме.",
        "planned",
    ),
    (
        "signing talked of",
        "На переговорах обсуждался вопрос о заключении мирного договора.",
        "mentioned",
    ),
    ("towards a signing", "Это важный шаг на пути к подписанию договора.", "mentioned"),
    ("denied", "Стороны так и не подписали соглашение о границе.", "mentioned"),
    (
        "reported denied",
        "МИД опроверг сообщения о том, что стороны подписали секретный протокол.",
        "mentioned",
    ),
    ("plan doubted", "Подписание договора не планируется.", "mentioned"),
    ("planned", "В ходе визита планируется подписать соглашение о сотрудничестве.", "planned"),
    ("possible", "Если стороны договорятся о цене, контракт может быть подписан в мае.", "planned"),
    ("hoped for", "Стороны надеются на подписание соглашения о свободной торговле.", "planned"),
    ("postponed", "Подписание соглашения отложено до осени.", "planned"),
    ("future verb", "Стороны подпишут меморандум о взаимопонимании.", "planned"),
    ("future event", "Ратификация договора состоится в следующем году.", "planned"),
    ("not managed", "Оппозиция призвала правительство подписать соглашение с МВФ.", "mentioned"),
    ("signed", "Президенты подписали соглашение о сотрудничестве.", "signed"),
]


@pytest.mark.parametrize("rule,text,status", STATUSES, ids=[row[0] for row in STATUSES])
def test_status_rules(ex, rule, text, status):
    record, why = read(ex, text)
    assert why["status"] == rule
    assert record.agreements[0].status == status


# rule → a sentence for it → the signatories' names
SIGNERS = [
    (
        "named before the verb",
        "Владимир Путин и Си Цзиньпин подписали совместное заявление.",
        {"Владимир Путин", "Си Цзиньпин"},
    ),
    (
        "subjects after the verb",
        "Документ подписали губернатор Петербурга Александр Беглов и губернатор Тюменской области "
        "Александр Моор.",
        {"Александр Беглов", "Александр Моор"},
    ),
    (
        "signed with",
        "Мэр Казани Ильсур Метшин подписал с мэром Стамбула Экремом Имамоглу соглашение о "
        "побратимстве.",
        {"Ильсур Метшин", "Экрем Имамоглу"},
    ),
    (
        "together with the visitor",
        "Президент Казахстана Касым-Жомарт Токаев прибыл с официальным визитом в Баку. Вместе с "
        "Ильхамом Алиевым он подписал декларацию о союзничестве.",
        {"Касым-Жомарт Токаев", "Ильхам Алиев"},
    ),
]


@pytest.mark.parametrize("rule,text,names", SIGNERS, ids=[row[0] for row in SIGNERS])
def test_signatory_rules(ex, rule, text, names):
    record, why = read(ex, text)
    by_id = {p.id: p.name for p in record.persons}
    assert rule in fired(why, "signatories")
    assert {by_id[i] for i in record.agreements[0].signatories} == names


@pytest.mark.parametrize(
    "text,names",
    [
        # after the noun, and `вместе с` after the verb
        (
            "Губернатор Кузбасса Сергей Цивилев подписал соглашение с министром промышленности "
            "Египта Ахмедом Самиром.",
            {"Сергей Цивилев", "Ахмед Самир"},
        ),
        (
            "Путин подписал вместе с Алиевым декларацию о союзническом взаимодействии.",
            {"Путин", "Алиев"},
        ),
        # a clause after `, а` has its own signers; `, а также` joins one clause
        (
            "Путин провел переговоры, а Лавров и Ван И подписали меморандум о консультациях.",
            {"Лавров", "Ван И"},
        ),
        ("Путин, а также Лукашенко подписали декларацию о союзе.", {"Путин", "Лукашенко"}),
        # who leads a side, who takes part, who heads the other side in another clause: no signer
        (
            "Глава «Газпрома» Алексей Миллер подписал контракт с компанией во главе с Ли Цзюнем.",
            {"Алексей Миллер"},
        ),
        (
            "Министр Иван Петров подписал соглашение с участием президента Владимира Путина.",
            {"Иван Петров"},
        ),
        (
            "Губернатор Андрей Воробьев подписал соглашение с компанией, которую возглавляет Олег "
            "Дерипаска.",
            {"Андрей Воробьев"},
        ),
    ],
)
def test_whom_the_signing_verbs_with_names(ex, text, names):
    record, _ = read(ex, text)
    by_id = {p.id: p.name for p in record.persons}
    assert {by_id[i] for i in record.agreements[0].signatories} == names


@pytest.mark.parametrize(
    "text,status",
    [
        ("«Мы рассчитываем на скорейшее подписание соглашения», — заявил министр.", "planned"),
        ("Стороны ожидают подписания договора в ближайшее время.", "planned"),
        ("Соглашение, подписания которого ждали много лет, наконец подписано.", "signed"),
        ("Мы не рассчитываем на подписание соглашения в этом году.", "mentioned"),
    ],
)
def test_a_signing_hoped_for_is_to_come(ex, text, status):
    record, _ = read(ex, text)
    assert [a.status for a in record.agreements] == [status]


@pytest.mark.parametrize(
    "text,expected",
    [
        # exchanging an agreement's copies signs it; exchanging views of one does not
        (
            "По итогам переговоров стороны обменялись документами о сотрудничестве в сфере "
            "энергетики.",
            [("документ о сотрудничестве в сфере энергетики", "signed")],
        ),
        (
            "Главы МИД обменяются меморандумами о консультациях в ходе визита.",
            [("меморандум о консультациях", "planned")],
        ),
        (
            "Стороны обменялись мнениями о проекте соглашения о торговле.",
            [("соглашение о торговле", "mentioned")],
        ),
    ],
)
def test_documents_exchanged_are_signed(ex, text, expected):
    record, _ = read(ex, text)
    assert [(a.title, a.status) for a in record.agreements] == expected


def test_an_agreement_only_mentioned_has_no_signatories(ex):
    record, why = read(ex, "Путин и Си Цзиньпин обсудили вопрос о заключении нового договора.")
    assert record.agreements[0].signatories == [] and "signatories" not in why


# rule → a sentence for it → a party it gave
PARTIES = [
    ("organisations", "«Газпром» и китайская CNPC подписали контракт на поставку газа.", "Газпром"),
    ("cities for themselves", "Минск и Казань подписали соглашение о побратимстве.", "Казань"),
    (
        "signers countries",
        "Президент России Владимир Путин и премьер-министр Индии Нарендра Моди подписали "
        "соглашение о сотрудничестве.",
        "Индия",
    ),
    ("countries named", "Россия и Китай подписали соглашение о торговле.", "Китай"),
    ("sides adjectives", "Российская и китайская стороны подписали меморандум.", "Россия"),
    (
        "countries of the trip",
        "Премьер-министр Индии Нарендра Моди прибыл с визитом в Москву. В ходе визита было "
        "подписано соглашение о сотрудничестве.",
        "Индия",
    ),
    (
        "countries of the text",
        "Россия и Япония провели переговоры в Токио. Россия предложила Японии новые шаги. Мирный "
        "договор между странами так и не подписан.",
        "Япония",
    ),
]


@pytest.mark.parametrize("rule,text,party", PARTIES, ids=[row[0] for row in PARTIES])
def test_party_rules(ex, rule, text, party):
    record, why = read(ex, text)
    assert rule in fired(why, "parties")
    assert party in record.agreements[0].parties


@pytest.mark.parametrize(
    "rules,table",
    [
        (TITLE_WORDS, TITLES),
        (STATUS, STATUSES),
        (SIGNATORIES, SIGNERS),
        (SIDES + COUNTRIES, PARTIES),
    ],
    ids=["title", "status", "signatories", "parties"],
)
def test_every_rule_has_its_sentence(rules, table):
    assert [rule_name(r) for r in rules] == [row[0] for row in table]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year before the noun is no count
        (
            "Подписанное в 2017 году соглашение о торговле продлено.",
            [("соглашение о торговле", None)],
        ),
        ("Стороны подписали 4 соглашения.", [("соглашение", 4)]),
        # numerals in words of any case, tens and units together
        ("Стороны подписали пакет из восьми документов.", [("документ", 8)]),
        ("Министры подписали около тридцати соглашений.", [("соглашение", 30)]),
        ("Главы ведомств подписали двадцать пять контрактов.", [("контракт", 25)]),
        ("Стороны подписали сто двадцать одно соглашение.", [("соглашение", 121)]),
        # a part of a whole gives no count
        ("Подписано одно из трех соглашений.", [("соглашение", None)]),
        # an accord on a meeting, a trip or a call is no document
        ("Министры достигли договорённости о новой встрече в Баку.", []),
        # a quoted name listed with another is a subject, no part of the title
        (
            "К соглашению пока не присоединились «Ростелеком» и МТС.",
            [("соглашение", None)],
        ),
    ],
)
def test_counts_accords_and_quoted_subjects(ex, text, expected):
    record = ex(text, "t")
    assert [(a.title, a.count) for a in record.agreements] == expected


def test_a_number_the_parser_hangs_on_the_noun_counts_past_words_between(ex):
    record = ex("Подписано более 20 межправительственных и коммерческих соглашений.", "t")
    assert [a.count for a in record.agreements] == [20]


def test_a_place_in_the_quoted_name_binds_nobody(ex):
    text = "Губернатор подписал программу «Развитие Сибири» на 2025 год."
    [agreement] = ex(text, "t").agreements
    assert agreement.parties == []


def test_a_signing_that_may_take_place_is_to_come(ex):
    record, why = read(
        ex, "Подписание соглашения о зоне свободной торговли может состояться в июне."
    )
    assert (why["status"], record.agreements[0].status) == ("possible", "planned")


@pytest.mark.parametrize(
    "text,parties",
    [
        # a governing body acts for the place after it
        (
            "Газпромбанк и правительство Тамбовской области подписали соглашение о кредите.",
            ["Газпромбанк", "Тамбовская область"],
        ),
        # a kind of organisation, then its quoted name; a name in Latin letters
        (
            "Банк «Открытие» и Visa подписали меморандум о партнёрстве.",
            ["Открытие", "Visa"],
        ),
    ],
)
def test_sides_that_are_organisations_and_governments(ex, text, parties):
    [agreement] = ex(text, "t").agreements
    assert agreement.parties == parties


@pytest.mark.parametrize(
    "text,status",
    [
        # an accord on holding something, signed, is a document
        ("Стороны подписали договорённость о проведении совместных исследований.", "signed"),
        # a past `мочь` plans nothing
        ("Подписание соглашения в 2019 году могло стать поворотным моментом.", "signed"),
    ],
)
def test_signed_accords_and_past_possibilities(ex, text, status):
    [agreement] = ex(text, "t").agreements
    assert agreement.status == status


@pytest.mark.parametrize(
    "text,expected",
    [
        # every document of a list the signing governs is signed (a two-word kind as well)
        (
            "На заседании подписано 5 документов, в том числе протокол о консультациях, дорожная "
            "карта по туризму и контракт на поставку зерна.",
            [("documents", "signed"), ("protocol", "signed"), ("roadmap", "signed"),
             ("contract", "signed")],
        ),
        # after `, а` a dash stands for the signing verb
        (
            "Премьеры подписали декларацию, а министры Олег Сидоров и Карим Назаров — меморандум "
            "о транзите.",
            [("declaration", "signed"), ("memorandum", "signed")],
        ),
    ],
)  # fmt: skip
def test_lists_and_verbs_left_out(ex, text, expected):
    assert [(a.kind, a.status) for a in ex(text, "t").agreements] == expected


def test_those_in_whose_presence_it_was_signed_did_not_sign(ex):
    text = (
        "В присутствии президентов Шавката Мирзиёева и Садыра Жапарова министры Алишер Каримов и "
        "Эрлан Бакиев подписали соглашение о границе."
    )
    record = ex(text, "t")
    names = {p.id: p.name for p in record.persons}
    [agreement] = record.agreements
    assert [names[s] for s in agreement.signatories] == ["Алишер Каримов", "Эрлан Бакиев"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a signing agreed on in the infinitive is to come; a month after the name says when
        (
            "Стороны договорились подписать меморандум о сотрудничестве в мае.",
            ("меморандум о сотрудничестве", "planned"),
        ),
        # a month inside the name, which goes on after it, stays
        (
            "Стороны подписали соглашение о проведении в сентябре фестиваля.",
            ("соглашение о проведении в сентябре фестиваля", "signed"),
        ),
    ],
)
def test_signings_agreed_on_and_months(ex, text, expected):
    [agreement] = ex(text, "t").agreements
    assert (agreement.title, agreement.status) == expected
