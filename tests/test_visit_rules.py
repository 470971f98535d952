"""The visit rules one by one: a sentence written for each rule → the rule that fired (read from
explain mode) and the field it set."""

from __future__ import annotations

import pytest

from pipeline.explain import rule_name
from pipeline.visit_people import cotalkers, invited_by
from pipeline.visit_places import listed_with_the_destination, onward_destination
from pipeline.visit_status import date_in_sentence, kind_adjective, until_date
from pipeline.visits import (
    DESTINATIONS,
    GUESTS,
    HOSTS,
    LATER,
    PASSES,
    STATUS_RULES,
    TALKERS,
    VISITORS,
)

TOKAYEV = (
    "Президент Казахстана Касым-Жомарт Токаев прибыл с государственным визитом в Баку "
    "по приглашению президента Азербайджана Ильхама Алиева."
)
ROUHANI = (
    "Президент России Владимир Путин принял в Кремле в четверг президента Ирана Хасана Роухани."
)
MACRON_IN_BEIJING = (
    "Президент Франции Эммануэль Макрон встретился в Пекине с председателем КНР Си Цзиньпином."
)
TALKS_IN_ANKARA = (
    "В Анкаре прошли переговоры министра иностранных дел России Сергея Лаврова с турецким коллегой."
)
JAISHANKAR = "Министр иностранных дел Индии Субраманьям Джайшанкар намерен посетить Пекин."
MAYBE_YEREVAN = "Визит президента Франции Эммануэля Макрона в Ереван может состояться осенью."
KISHIDA = "Премьер-министр Японии Фумио Кисида прибыл в Минск."
SCHOLZ_TOKYO = "Канцлер Германии Олаф Шольц посетил Токио, где примет участие в форуме."
PUT_OFF = "Визит министра иностранных дел Ирана Хоссейна Амир Абдоллахиана в Анкару отложен."
MINISTER = "министра иностранных дел России Сергея Лаврова"
PETROV_IN_CHINA = "Делегация во главе с министром Иваном Петровым находится в Китае с визитом."

# (rule, field, text, visit number, value of the field)
PASS_ROWS = [
    (PASSES[0], "found by", ROUHANI, 1, ("Роухани", "Россия")),
    (PASSES[1], "found by", MACRON_IN_BEIJING, 1, ("Макрон", "Китай")),
    (PASSES[2], "found by", TOKAYEV, 1, ("Токаев", "Азербайджан")),
    (PASSES[3], "found by", TALKS_IN_ANKARA, 1, ("Лавров", "Турция")),
    (
        PASSES[4],
        "found by",
        "Министр обороны Вьетнама Фан Ван Жанг находится в Минске.",
        1,
        ("Ван Жанг", "Беларусь"),
    ),
]
STATUS_ROWS = [
    (STATUS_RULES[0], "status", JAISHANKAR, 1, "planned"),
    (STATUS_RULES[1], "status", MAYBE_YEREVAN, 1, "planned"),
    (STATUS_RULES[2], "status", KISHIDA, 1, "ongoing"),
    (
        STATUS_RULES[3],
        "status",
        "Премьер-министр Индии Нарендра Моди начал официальный визит в Японию.",
        1,
        "ongoing",
    ),
    (STATUS_RULES[4], "status", SCHOLZ_TOKYO, 1, "completed"),
    (STATUS_RULES[5], "status", PUT_OFF, 1, "planned"),
    (
        STATUS_RULES[6],
        "status",
        f"Первый за год визит {MINISTER} в Китай: стороны обсудят торговлю.",
        1,
        "planned",
    ),
    (
        STATUS_RULES[7],
        "status",
        f"Проходящий в Китае визит {MINISTER} — первый за год.",
        1,
        "ongoing",
    ),
    (
        STATUS_RULES[8],
        "status",
        f"Визит {MINISTER} в Китай, как сообщает агентство, — первый за год.",
        1,
        "ongoing",
    ),
    (
        STATUS_RULES[9],
        "status",
        f"Визит {MINISTER} в Париж — первый за десять лет.",
        1,
        "completed",
    ),
]
DESTINATION_ROWS = [
    (DESTINATIONS[0], "destination", KISHIDA, 1, ("Беларусь", "Минск")),
    (
        DESTINATIONS[1],
        "destination",
        "В Пекине начался визит премьер-министра Индии Нарендры Моди.",
        1,
        ("Китай", "Пекин"),
    ),
    (
        DESTINATIONS[2],
        "destination",
        "Визит президента Ирана Масуда Пезешкиана, о котором договорились весной, "
        "пройдёт в Астане.",
        1,
        ("Казахстан", "Астана"),
    ),
    (DESTINATIONS[3], "destination", SCHOLZ_TOKYO, 1, ("Япония", "Токио")),
    (
        DESTINATIONS[4],
        "destination",
        "В Минске, куда накануне приехал премьер-министр Японии Фумио Кисида, открылась выставка.",
        1,
        ("Беларусь", "Минск"),
    ),
]
VISITOR_ROWS = [
    (
        VISITORS[0],
        "visitor",
        "Президент Белоруссии Александр Лукашенко провёл переговоры с премьер-министром Японии "
        "Фумио Кисидой, прибывшим в Минск.",
        1,
        "Кисида",
    ),
    (
        VISITORS[1],
        "visitor",
        "Президент Армении Ваган Петросян пригласил канцлера Австрии Карла Нехаммера посетить "
        "Ереван.",
        1,
        "Нехаммер",
    ),
    (VISITORS[2], "visitor", TOKAYEV, 1, "Токаев"),
    (VISITORS[3], "visitor", MAYBE_YEREVAN, 1, "Макрон"),
    (VISITORS[4], "visitor", JAISHANKAR, 1, "Джайшанкар"),
    (VISITORS[5], "visitor", PETROV_IN_CHINA, 1, "Петров"),
    (
        VISITORS[6],
        "visitor",
        "Премьер-министр Индии Нарендра Моди прилетел в Токио. Позднее он посетит Киото.",
        2,
        "Моди",
    ),
    (
        VISITORS[7],
        "visitor",
        "Визит в Рим стал для министра иностранных дел Ивана Петрова первым.",
        1,
        "Петров",
    ),
]
TALKER_ROWS = [
    (TALKERS[0], "visitor", TALKS_IN_ANKARA, 1, "Лавров"),
    (
        TALKERS[1],
        "visitor",
        "Президент Франции Эммануэль Макрон провёл переговоры в Каире.",
        1,
        "Макрон",
    ),
    (
        TALKERS[2],
        "visitor",
        "Президент России Владимир Путин провёл переговоры в Москве с премьер-министром Малайзии "
        "Анваром Ибрагимом.",
        1,
        "Ибрагим",
    ),
]
GUEST_ROWS = [
    (GUESTS[0], "visitor", ROUHANI, 1, "Роухани"),
    (
        GUESTS[1],
        "visitor",
        "Премьер-министр Греции Костас Пападакис был принят в Кремле президентом России "
        "Владимиром Путиным.",
        1,
        "Пападакис",
    ),
    (
        GUESTS[2],
        "visitor",
        "Губернатор Приморья Олег Кожемяко принял делегацию Белоруссии во главе с вице-премьером "
        "Белоруссии Виктором Каранкевичем.",
        1,
        "Каранкевич",
    ),
    (
        GUESTS[3],
        "visitor",
        "Президент России Владимир Путин принял в Кремле верительные грамоты посла Ирана "
        "Казема Джалали.",
        1,
        "Джалали",
    ),
]
MET_IN_PARIS = (
    "Министр иностранных дел Австралии Пенни Вонг посетила Париж, где встретилась с министром "
    "иностранных дел Франции Стефаном Сежурне."
)
HOST_ROWS = [
    (
        HOSTS[0],
        "host",
        "Бизнесмен Иван Петров совершил поездку в Нижний Тагил.",
        1,
        None,
    ),
    (HOSTS[1], "host", MET_IN_PARIS, 1, "Сежурне"),
    (
        HOSTS[2],
        "host",
        "Президент Белоруссии Александр Лукашенко прибудет в Москву, где проведёт переговоры "
        "с Владимиром Путиным.",
        1,
        "Путин",
    ),
    (HOSTS[3], "host", PUT_OFF, 1, None),
    (
        HOSTS[4],
        "host",
        "Президент Франции Эммануэль Макрон посетит Китай. "
        "Председатель КНР Си Цзиньпин ждёт гостя.",
        1,
        "Си",
    ),
]
LATER_ROWS = [
    (
        LATER[0],
        "start",
        "Министр иностранных дел России Сергей Лавров прибыл в Анкару. Во время визита 12 мая "
        "Лавров проведёт переговоры с турецким коллегой.",
        1,
        "12 мая",
    ),
    (
        LATER[1],
        "start",
        "Президент Белоруссии Александр Лукашенко посетит Россию. В Москве 11 апреля состоится "
        "встреча с президентом России.",
        1,
        "11 апреля",
    ),
    (
        LATER[3],
        "meetings",
        "Президент Казахстана Касым-Жомарт Токаев прибыл в Ташкент. 5 мая он провёл переговоры "
        "с президентом Узбекистана Шавкатом Мирзиёевым, а затем встретился с премьер-министром "
        "Абдуллой Ариповым и министром Бахтиёром Саидовым.",
        1,
        [
            (
                ("Мирзиёев", "Арипов", "Саидов"),
                "5 мая",
                "провёл переговоры с президентом Узбекистана Шавкатом Мирзиёевым, а затем "
                "встретился с премьер-министром Абдуллой Ариповым и министром Бахтиёром Саидовым",
            )
        ],
    ),
    (
        LATER[4],
        "status",
        "Премьер-министр Индии Нарендра Моди завершил визит в Японию.",
        1,
        "completed",
    ),
]
OTHER_ROWS = [
    (invited_by, "host", TOKAYEV, 1, "Алиев"),
    (
        invited_by,
        "host",
        "Президент Армении Ваган Петросян пригласил канцлера Австрии Карла Нехаммера посетить "
        "Ереван.",
        1,
        "Петросян",
    ),
    (
        LATER[0],
        "end",
        "Премьер-министр Малайзии Анвар Ибрагим посетит Москву 18 мая. Визит продлится до 21 мая.",
        1,
        "21 мая",
    ),
    (kind_adjective, "kind", TOKAYEV, 1, "state"),
    (
        date_in_sentence,
        "start",
        "Канцлер Германии Олаф Шольц 3 марта посетит Париж, Белград и Будапешт.",
        1,
        "3 марта",
    ),
    (
        until_date,
        "end",
        "Визит премьер-министра Индии Нарендры Моди в Японию продлится до 12 ноября.",
        1,
        "12 ноября",
    ),
    (
        listed_with_the_destination,
        "destination",
        "Канцлер Германии Олаф Шольц 3 марта посетит Париж, Белград и Будапешт.",
        2,
        ("Сербия", "Белград"),
    ),
    (
        onward_destination,
        "destination",
        "Министр иностранных дел Германии Анналена Бербок завершила визит в Израиль "
        "и вылетела в Иорданию.",
        2,
        ("Иордания", None),
    ),
    (
        cotalkers,
        "visitor",
        "Министр иностранных дел Армении Арарат Мирзоян и министр иностранных дел Азербайджана "
        "Джейхун Байрамов провели переговоры в Абу-Даби.",
        1,
        "Мирзоян",
    ),
]
TABLES = {
    "PASSES": (PASSES, PASS_ROWS),
    "STATUS_RULES": (STATUS_RULES, STATUS_ROWS),
    "DESTINATIONS": (DESTINATIONS, DESTINATION_ROWS),
    "VISITORS": (VISITORS, VISITOR_ROWS),
    "TALKERS": (TALKERS, TALKER_ROWS),
    "GUESTS": (GUESTS, GUEST_ROWS),
    "HOSTS": (HOSTS, HOST_ROWS),
    "LATER": (LATER, LATER_ROWS),
}
ROWS = [row for _, rows in TABLES.values() for row in rows] + OTHER_ROWS


@pytest.fixture(scope="module")
def explaining(models):
    from pipeline.extract import Extractor

    return Extractor(models=models, explain=True)


def _field(explaining, text: str, n: int, field: str):
    """(the rule that set `field` of visit `n`, the field's value in the record)."""
    rec = explaining(text, "t")
    last = {p.id: p.last for p in rec.persons}
    v = rec.visits[n - 1]
    value = {
        "found by": (last.get(v.visitor), v.destination.country),
        "visitor": last.get(v.visitor),
        "host": last.get(v.host),
        "destination": (v.destination.country, v.destination.city),
        "status": v.status,
        "kind": v.kind,
        "start": v.start.text if v.start else None,
        "end": v.end.text if v.end else None,
        "meetings": [
            (
                tuple(last[w] for w in m.with_),
                m.date.text if m.date else None,
                m.span.text,
            )
            for m in v.meetings
        ],
    }[field]
    return explaining.explanations["t"][f"visit-{n}"].get(field), value


@pytest.mark.parametrize("rule,field,text,n,value", ROWS, ids=[f"{rule_name(r[0])}" for r in ROWS])
def test_rule_fires(explaining, rule, field, text, n, value):
    assert _field(explaining, text, n, field) == (rule_name(rule), value)


def test_the_host_pass_asks_the_host_rules(explaining):
    """`_host_where_none_invited` writes the name of the host rule that answered."""
    assert LATER[2].__name__ == "_host_where_none_invited"
    assert _field(explaining, MET_IN_PARIS, 1, "host") == (rule_name(HOSTS[1]), "Сежурне")


@pytest.mark.parametrize("name", TABLES)
def test_every_rule_has_a_sentence(name):
    rules, rows = TABLES[name]
    tested = {row[0] for row in rows} | ({LATER[2]} if name == "LATER" else set())
    assert [rule_name(r) for r in rules if r not in tested] == []


@pytest.mark.parametrize(
    "text,meetings",
    [
        # one received by someone meets them; a companion `вместе с` is no meeting
        (
            "Премьер-министр Японии Фумио Кисида прибыл в Сеул вместе с супругой Юко Кисидой. "
            "Его принял президент Южной Кореи Юн Сук Ёль.",
            [("Юн Сук Ёль",)],
        ),
        # talks named by another's genitive are that other's
        (
            "Глава МИД России Сергей Лавров прибудет в Мюнхен. Там же пройдёт встреча советника "
            "президента США Тони Донилона с Владимиром Путиным.",
            [],
        ),
        # talks in a later sentence with another subject are not the visitor's
        (
            "Президент Египта Абдель Фаттах ас-Сиси прибыл в Москву. Министр Сергей Шойгу "
            "встретился с Игорем Коротченко.",
            [],
        ),
    ],
)
def test_whom_the_visitor_met(explaining, text, meetings):
    rec = explaining(text, "t")
    names = {p.id: p.name for p in rec.persons}
    assert [tuple(names[w] for w in m.with_) for m in rec.visits[0].meetings] == meetings


def test_the_host_met_in_a_later_sentence_of_the_paragraph(explaining):
    text = (
        "Министр иностранных дел Омана Бадр аль-Бусаиди побывал в Тегеране 15 марта. Там он "
        "встретился с президентом Ирана Масудом Пезешкианом."
    )
    assert _field(explaining, text, 1, "host") == (rule_name(HOSTS[1]), "Пезешкиан")


@pytest.mark.parametrize(
    "text",
    [
        "Посол Японии Акира Муто находится в Москве.",  # one who lives there
        "Министр культуры России Ольга Любимова находится в Москве.",  # at home
        "Оборудование из Германии находится в Казани.",  # no person
    ],
)
def test_being_in_a_place_is_no_trip_of_a_resident_or_at_home(explaining, text):
    assert explaining(text, "t").visits == []


def test_the_agent_of_a_passive_reception_hosts(explaining):
    text = (
        "Премьер-министр Греции Костас Пападакис был принят в Кремле президентом России "
        "Владимиром Путиным."
    )
    assert _field(explaining, text, 1, "host")[1] == "Путин"


def _visits_by_surname(explaining, text: str) -> list[dict[str, object]]:
    """Each visit's visitor, host and those met, by surname."""
    rec = explaining(text, "t")
    last = {p.id: p.last for p in rec.persons}
    return [
        {
            "visitor": last.get(v.visitor),
            "host": last.get(v.host),
            "met": [last[w] for m in v.meetings for w in m.with_],
        }
        for v in rec.visits
    ]


def test_one_met_with_is_never_the_visitor(explaining):
    text = (
        "Федеральный канцлер Австрии Карл Нехаммер прибыл в Астану. Из Астаны канцлер вылетел в "
        "Ташкент, где встретится с президентом Узбекистана Шавкатом Мирзиёевым."
    )
    assert "Мирзиёев" not in [v["visitor"] for v in _visits_by_surname(explaining, text)]


@pytest.mark.parametrize(
    "text,visitor",
    [
        # the trip noun governed by a participle, or by the verb of a relative clause of `который`:
        # the noun they describe travelled, not the sentence's subject who received them
        (
            "Путин принял в Кремле президента Египта Абдель Фаттаха ас-Сиси, находящегося в России "
            "с официальным визитом.",
            "ас-Сиси",
        ),
        (
            "Лукашенко встретился с премьером Лаоса Сонесаем Сипандоном, который находится в "
            "Минске с визитом.",
            "Сипандон",
        ),
        (
            "Президент Узбекистана Шавкат Мирзиёев принял министра иностранных дел Китая Ван И, "
            "прибывшего в Ташкент с рабочим визитом.",
            "Ван И",
        ),
    ],
)
def test_the_one_a_participle_or_relative_clause_describes_travelled(explaining, text, visitor):
    assert [v["visitor"] for v in _visits_by_surname(explaining, text)] == [visitor]


def test_a_trip_told_of_in_a_relative_clause_is_its_own_travellers(explaining):
    text = (
        "Алиев принял вице-премьера России Алексея Оверчука, который рассказал о визите "
        "Мишустина в Баку."
    )
    visitor = "Мишустин"
    assert [v["visitor"] for v in _visits_by_surname(explaining, text)] == [visitor]


def test_a_companion_is_no_host_and_no_meeting(explaining):
    text = (
        "Президент Белоруссии Александр Лукашенко прибыл в Москву. После переговоров он вместе с "
        "министром обороны России Андреем Беловым посетил выставку."
    )
    [visit] = _visits_by_surname(explaining, text)
    assert visit["host"] != "Белов" and "Белов" not in visit["met"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # an adjective between `в` and the city
        (
            "Губернатор Приморья Олег Кожемяко побывал в китайском Харбине.",
            [("Кожемяко", "Харбин", None)],
        ),
        # a town no table knows lies in the country the visitor's trip goes to
        (
            "Президент Монголии Ухнаагийн Хурэлсух прибыл в Астану. Завершится визит в "
            "Туркестане, где президент Монголии посетит мавзолей.",
            [("Хурэлсух", "Астана", None), ("Хурэлсух", "Туркестан", None)],
        ),
        # the word for a settlement's kind before its name, full or cut short: read through
        (
            "Президент России Владимир Путин прибыл в г. Анкару с официальным визитом.",
            [("Путин", "Анкара", None)],
        ),
        (
            "Министр иностранных дел Китая Ван И прибыл в древний город Самарканд.",
            [("Ван И", "Самарканд", None)],
        ),
        (
            "Глава МИД России Сергей Лавров посетил г. Минск.",
            [("Лавров", "Минск", None)],
        ),
        (
            "Президент Франции Эммануэль Макрон посетит г. Белград и г. Будапешт.",
            [("Макрон", "Белград", None), ("Макрон", "Будапешт", None)],
        ),
        (
            "Премьер-министр Михаил Мишустин совершил рабочую поездку в городе Казани.",
            [("Мишустин", "Казань", None)],
        ),
        # where one returns is home, no destination
        (
            "Президент Татарстана Рустам Минниханов посетил Анкару и вернулся в Казань.",
            [("Минниханов", "Анкара", None)],
        ),
        # `Визит завершится …` ends the trip
        (
            "Премьер-министр Индии Нарендра Моди прибыл в Москву 14 марта. Визит завершится "
            "16 марта.",
            [("Моди", "Москва", "16 марта")],
        ),
    ],
)
def test_cities_homes_and_ends(explaining, text, expected):
    rec = explaining(text, "t")
    last = {p.id: p.last for p in rec.persons}
    got = [
        (last.get(v.visitor), v.destination.city, v.end.text if v.end else None) for v in rec.visits
    ]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        # a name hanging on a person noun (whose aide, wife) did not travel
        "Помощник Хиллари Клинтон по делам Европы, который в среду посетил Белград, выступил.",
        "Жена Ивана Петрова посетила Минск.",
    ],
)
def test_whose_aide_or_kin_is_not_the_visitor(explaining, text):
    assert all(
        v["visitor"] not in ("Клинтон", "Петров") for v in _visits_by_surname(explaining, text)
    )


def test_one_met_whose_name_does_not_decline_is_no_visitor(explaining):
    text = (
        "Глава МИД Египта Бадр Абдель Аты провёл переговоры в Пекине. Затем египетский министр "
        "отправится в Ханой, где встретится с вице-премьером Вьетнама Чан Хонг Ха."
    )
    rec = explaining(text, "t")
    names = {p.id: p.name for p in rec.persons}
    assert "Чан Хонг Ха" not in [names.get(v.visitor) for v in rec.visits]
