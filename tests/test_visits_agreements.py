import pytest


def test_visit_with_kind_destination_and_host(extractor):
    text = (
        "Президент Казахстана Касым-Жомарт Токаев прибыл с государственным визитом в Баку "
        "по приглашению президента Азербайджана Ильхама Алиева."
    )
    rec = extractor(text)
    names = {p.id: p.last for p in rec.persons}
    [v] = rec.visits
    assert names[v.visitor] == "Токаев" and names[v.host] == "Алиев"
    assert (v.kind, v.destination.country, v.destination.city, v.origin_country) == (
        "state",
        "Азербайджан",
        "Баку",
        "Казахстан",
    )


def test_planned_visit(extractor):
    rec = extractor(
        "Министр иностранных дел Индии Субраманьям Джайшанкар посетит Москву в декабре."
    )
    assert [v.status for v in rec.visits] == ["planned"]


def test_agreements_signed_and_planned(extractor):
    text = (
        "Стороны подписали меморандум о сотрудничестве в сфере образования. "
        "В следующем году планируется подписание соглашения о свободной торговле."
    )
    rec = extractor(text)
    assert [(a.kind, a.status) for a in rec.agreements] == [
        ("memorandum", "signed"),
        ("agreement", "planned"),
    ]


def test_spoken_accord_is_no_agreement(extractor):
    assert extractor("Лидеры договорились наращивать товарооборот.").agreements == []


def _visits(extractor, text):
    rec = extractor(text)
    names = {p.id: p.name for p in rec.persons}
    return [
        (names.get(v.visitor), v.destination.country, v.destination.city, names.get(v.host))
        for v in rec.visits
    ]


def test_visit_to_a_region(extractor):
    text = "Премьер-министр России Михаил Мишустин совершил поездку на Курилы."
    assert _visits(extractor, text) == [("Михаил Мишустин", "Россия", None, None)]


def test_place_that_hangs_on_another_noun_is_no_destination(extractor):
    text = "Вместе с министром прилетели Сергей Иванов и представители крупнейших банков в Китае."
    assert _visits(extractor, text) == []


def test_talks_abroad_are_a_trip_and_the_partner_hosts(extractor):
    text = (
        "В Пекине прошли переговоры министра иностранных дел Франции Жан-Ива Ле Дриана "
        "с председателем КНР Си Цзиньпином."
    )
    assert _visits(extractor, text) == [("Жан-Ив Ле Дриан", "Китай", "Пекин", "Си Цзиньпин")]


def test_host_is_whom_the_visitor_met_not_the_top_official(extractor):
    text = (
        "Президент Турции Реджеп Тайип Эрдоган заявил о поддержке. "
        "Министр обороны Германии Борис Писториус прибыл в Анкару и встретился с министром "
        "обороны Турции Яшаром Гюлером."
    )
    assert _visits(extractor, text) == [("Борис Писториус", "Турция", "Анкара", "Яшар Гюлер")]


def test_a_ministers_trip_has_no_host_unless_one_is_named(extractor):
    text = (
        "Президент России Владимир Путин провёл совещание. Глава МИД Японии Ёко Камикава "
        "прибудет в Москву в среду."
    )
    assert _visits(extractor, text) == [("Ёко Камикава", "Россия", "Москва", None)]


def test_plural_title_signs_for_all_its_holders_and_a_contrast_clause_has_its_own(extractor):
    text = (
        "Президент Казахстана Касым-Жомарт Токаев встретился с президентом Узбекистана "
        "Шавкатом Мирзиёевым. "
        "Лидеры обсудили торговлю. Президенты подписали декларацию о дружбе, а министры – "
        "протокол о транзите."
    )
    rec = extractor(text)
    names = {p.id: p.last for p in rec.persons}
    got = {a.kind: sorted(names[s] for s in a.signatories) for a in rec.agreements}
    assert got == {"declaration": ["Мирзиёев", "Токаев"], "protocol": []}


def test_agreement_title_in_the_nominative(extractor):
    rec = extractor("Министры подписали дорожные карты по развитию торговли.")
    assert [a.title for a in rec.agreements] == ["дорожная карта по развитию торговли"]


@pytest.mark.parametrize(
    "text,status",
    [
        ("Спор об островах не дает двум странам заключить мирный договор.", "mentioned"),
        ("Стороны отказались подписать соглашение о границе.", "mentioned"),
        ("Страны до сих пор живут без мирного договора, который так и не подписали.", "mentioned"),
        ("Депутаты просили правительство принять программу переселения.", "mentioned"),
        ("Министрам удалось подписать соглашение о транзите газа.", "signed"),
        ("Министры подписали соглашение о транзите газа.", "signed"),
    ],
)
def test_a_signing_only_wished_for_or_denied_is_no_signing(extractor, text, status):
    assert [a.status for a in extractor(text).agreements] == [status]


@pytest.mark.parametrize(
    "text,status",
    [
        ("Стороны договорились о подписании соглашения о свободной торговле.", "planned"),
        # talks about a signing plan nothing (the gold reads `переговоры о … заключении договора`
        # so)
        ("Переговоры о заключении мирного договора зашли в тупик.", "mentioned"),
        (
            "Кан будет вести переговоры о возвращении островов и заключении договора с Россией.",
            "mentioned",
        ),
        ("Стороны не смогли договориться о подписании соглашения о границе.", "mentioned"),
        ("Компания объявила о заключении соглашения с фондом.", "signed"),  # reports a signing
        # on the way to a signing, or preparing one
        ("Главным препятствием на пути к подписанию мирного договора является спор.", "mentioned"),
        ("Идет подготовка к подписанию соглашения о торговле.", "planned"),
        ("Стороны приступили к подписанию соглашения.", "signed"),
        # a signing noun's own future, or a signing put off, is still to come
        ("Ратификация договора о дружбе состоится в следующем году.", "planned"),
        (
            "Подписание соглашения о зоне свободной торговли отложено на неопределенный срок.",
            "planned",
        ),
        ("Подписание соглашения состоялось вчера, документ вступит в силу в мае.", "signed"),
        # a plan denied or asked about is none, and so is a future signing denied
        ("Подписание документов по итогам переговоров не планируется.", "mentioned"),
        (
            "Он ответил на вопрос, планируется ли подписание документов по итогам переговоров.",
            "mentioned",
        ),
        ("Стороны не подпишут соглашение в этом году.", "mentioned"),
    ],
)
def test_a_signing_talked_of_is_no_signing(extractor, text, status):
    assert [a.status for a in extractor(text).agreements] == [status]


def test_one_document_named_twice_is_one_record(extractor):
    text = (
        "Последнее соглашение об ограничении вооружений Москва и Вашингтон подписали в 2010 "
        "году — это договор СНВ-3. "
        "Сеть «Звезда» подпишет антипиратский меморандум. Компания подпишет меморандум "
        "Роскомнадзора о защите контента."
    )
    rec = extractor(text)
    assert [(a.kind, a.title, a.status) for a in rec.agreements] == [
        ("treaty", "договор снв-3", "signed"),
        ("memorandum", "меморандум роскомнадзора о защите контента", "planned"),
    ]


@pytest.mark.parametrize(
    "text,field,value",
    [
        # a kind is an adjective of the trip noun
        (
            "Премьер Турции Реджеп Эрдоган прибыл в Украину с официальной делегацией.",
            "kind",
            "unspecified",
        ),
        ("Глава МИД России Сергей Лавров совершит рабочую поездку в Китай.", "kind", "working"),
        (
            (
                "Премьер-министр Индии Нарендра Моди прибыл с официальным дружественным визитом в "
                "Москву."
            ),
            "kind",
            "official",
        ),
        # a status is the trip verb's own tense, not another verb's in the sentence; who has arrived
        # is there
        (
            "Министр обороны США Ллойд Остин прибыл в Брюссель, где примет участие в заседании.",
            "status",
            "ongoing",
        ),
        (
            "Министр обороны США Ллойд Остин посетил Брюссель, где принял участие в заседании.",
            "status",
            "completed",
        ),
        (
            "Министр обороны США Ллойд Остин прибыл в Брюссель. Он завершил визит в пятницу.",
            "status",
            "completed",
        ),
        # a trip that may happen is to come
        (
            "Визит главы МИД Ирана Аббаса Аракчи в Москву может состояться в конце месяца.",
            "status",
            "planned",
        ),
        (
            "Визит президента Ирана Масуда Пезешкиана в Россию возможен уже этой осенью.",
            "status",
            "planned",
        ),
        # the kind, said of the trip in a sentence of its own
        (
            "Глава Чечни Рамзан Кадыров прилетел в Абу-Даби. Визит носит частный характер.",
            "kind",
            "private",
        ),
        ("Канцлер Германии Олаф Шольц прибудет в Пекин, где его встретят.", "status", "planned"),
        ("Канцлер Германии Олаф Шольц планирует посетить Пекин.", "status", "planned"),
    ],
)
def test_a_visits_kind_and_status(extractor, text, field, value):
    assert [getattr(v, field) for v in extractor(text).visits] == [value]


@pytest.mark.parametrize(
    "text,visitor",
    [
        (
            "Владимир Путин встретился с премьер-министром Японии Синдзо Абэ, прибывшим в Москву.",
            "Абэ",
        ),
        ("Сергей Лавров провел переговоры с Ван И, посетившим Россию на прошлой неделе.", "Ван И"),
        (
            "Президент Турции Реджеп Эрдоган, прибывший в Москву, провел переговоры с Путиным.",
            "Эрдоган",
        ),
        (
            "Делегация, прибывшая в Минск во главе с Михаилом Мишустиным, провела переговоры.",
            "Мишустин",
        ),
        # the participle describes people nobody names: no visit, not one by the man who spoke of
        # them
        (
            (
                "Беседы представителей Армении, посетивших Москву, касались кризиса, заявил "
                "Дмитрий Песков."
            ),
            None,
        ),
    ],
)
def test_a_participle_travels_with_the_noun_it_describes(extractor, text, visitor):
    rec = extractor(text)
    names = {p.id: p.last for p in rec.persons}
    assert [names[v.visitor] for v in rec.visits] == ([visitor] if visitor else [])


@pytest.mark.parametrize(
    "text,parties",
    [
        # a pact has two sides: where its sentence names none, the countries the text is about
        (
            "Министр иностранных дел Японии прибыл в Россию. Япония и Россия спорят о Курилах. "
            "Стороны так и не заключили мирный договор.",
            {"Россия", "Япония"},
        ),
        # the sentence's own countries come first
        (
            (
                "Россия и Япония провели переговоры в Токио. Россия и Китай подписали договор о "
                "границе."
            ),
            {"Россия", "Китай"},
        ),
        # a country's own programme binds only it
        (
            "Турция и США обсудили помощь Крыму. Турция приняла программу строительства жилья.",
            {"Турция"},
        ),
    ],
)
def test_agreement_parties(extractor, text, parties):
    assert set(extractor(text).agreements[-1].parties) == parties


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "По итогам переговоров запланировано подписание совместного коммюнике.",
            [("joint_statement", "совместное коммюнике", "planned")],
        ),
        # a period is part of the name, as on the document (`План действий на 2025-2027 годы`)
        (
            "Стороны подписали план действий на 2025-2027 годы.",
            [("programme", "план действий на 2025-2027 годы", "signed")],
        ),
        # a communique or a plan that nobody signs or adopts is a statement, not an agreement
        ("В коммюнике альянса говорится о новых угрозах.", []),
        ("Министры обсудили план действий по борьбе с терроризмом.", []),
    ],
)
def test_communiques_and_action_plans(extractor, text, expected):
    assert [(a.kind, a.title, a.status) for a in extractor(text).agreements] == expected


@pytest.mark.parametrize(
    "text,destination",
    [
        # the object before the verb (word order), and one the parser hangs on `визитом`
        (
            (
                "Москву с двухдневным рабочим визитом 16 марта посетит Константин Грищенко, "
                "министр иностранных дел Украины."
            ),
            ("Россия", "Москва"),
        ),
        (
            "19 января глава МИД России Сергей Лавров посетит с визитом Беларусь.",
            ("Беларусь", None),
        ),
        # a place that is the subject is not where anyone went
        (
            "Россия посетит Бразилию не раньше весны, сообщил министр Олег Смирнов.",
            ("Бразилия", None),
        ),
    ],
)
def test_destination_is_the_object_of_the_visit_verb_wherever_it_stands(
    extractor, text, destination
):
    assert [(v.destination.country, v.destination.city) for v in extractor(text).visits] == [
        destination
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the signing noun governs a list of documents: the last is far from it, still signed by it
        (
            "По итогам планируется подписание постановления заседания, плана межмидовских "
            "консультаций на 2023 "
            "год и межправительственного меморандума о взаимопонимании.",
            ("memorandum", "planned"),
        ),
        # a passive participle signs only the noun it describes
        (
            "Будет обсуждаться программа согласованных действий стран в области внешней политики.",
            None,
        ),
        ("Стороны обменялись подписанными соглашениями о сотрудничестве.", ("agreement", "signed")),
        # an active one describes the signer; the document is elsewhere
        (
            "Меморандум предусматривает, что подписавшие его компании будут пресекать пиратство.",
            ("memorandum", "signed"),
        ),
        (
            "По итогам переговоров министры подпишут план взаимодействия между МИД двух стран.",
            ("programme", "planned"),
        ),
    ],
)
def test_which_document_a_signing_word_signs(extractor, text, expected):
    found = [(a.kind, a.status) for a in extractor(text).agreements]
    assert found[-1:] == ([expected] if expected else [])


def test_a_sentence_on_the_trip_that_names_no_place_still_finds_the_host(extractor):
    # `во время визита` tells on about the trip before; `белорусским коллегой` says whose the host
    # is
    text = (
        "Министр иностранных дел России Сергей Лавров посетит с рабочим визитом Беларусь. "
        "Во время визита Лавров проведет переговоры со своим белорусским коллегой Владимиром "
        "Макеем. "
        "Затем Сергей Лавров посетит Италию."
    )
    assert _visits(extractor, text) == [
        ("Сергей Лавров", "Беларусь", None, "Владимир Макей"),
        ("Сергей Лавров", "Италия", None, None),
    ]


def test_signers_after_the_verb_and_cities_that_bind_themselves(extractor):
    text = (
        "Документ о сотрудничестве между Санкт-Петербургом и Казанью подписали губернатор "
        "Санкт-Петербурга "
        "Владимир Яковлев и мэр Казани Ильсур Метшин."
    )
    [a] = extractor(text).agreements
    names = {p.id: p.name for p in extractor(text).persons}
    assert [names[s] for s in a.signatories] == ["Владимир Яковлев", "Ильсур Метшин"]
    assert a.parties == ["Санкт-Петербург", "Казань"]


@pytest.mark.parametrize(
    "text,parties",
    [
        (
            "Москва и Вашингтон подписали договор о сокращении вооружений.",
            ["Россия", "США"],
        ),  # the states
        ("Минск и Баку связали побратимские узы.", ["Минск", "Баку"]),  # twin cities
        (
            "Министры Беларуси и Азербайджана подписали соглашение в Баку.",
            ["Беларусь", "Азербайджан"],
        ),
    ],
)
def test_capitals_speak_for_their_states_but_twin_cities_for_themselves(extractor, text, parties):
    assert extractor(text).agreements[0].parties == parties


def test_will_be_signed_is_planned(extractor):
    text = "В ходе встречи будет подписано соглашение о сотрудничестве между регионами."
    assert [a.status for a in extractor(text).agreements] == ["planned"]


def test_the_trip_words_own_clause_gives_the_destination(extractor):
    text = (
        "Президент России Дмитрий Медведев пробудет в Египте с официальным визитом 23-24 июня, "
        "после чего "
        "отправится на один день в Нигерию."
    )
    # the onward trip is a visit of its own, with no date of the first
    assert [(v.destination.country, v.start and v.start.day) for v in extractor(text).visits] == [
        ("Египет", 23),
        ("Нигерия", None),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the one received travelled; who receives hosts
        (
            "Президент России Владимир Путин принял в Кремле президента Конго Дени Сассу-Нгессо.",
            [("Дени Сассу-Нгессо", "Россия", "Москва", "Владимир Путин")],
        ),  # the Kremlin stands in Moscow
        (
            (
                "Глава Минобороны России Андрей Белоусов прилетел в Пхеньян, где его встретил "
                "министр обороны КНДР Но Гван Чхоль."
            ),
            [("Андрей Белоусов", "Северная Корея", "Пхеньян", "Но Гван Чхоль")],
        ),
        (
            "Министр иностранных дел Китая Ван И отбыл в Москву.",
            [("Ван И", "Россия", "Москва", None)],
        ),
        (
            "В ходе своего пребывания в Ташкенте глава МИД России Сергей Лавров встретится с "
            "президентом Узбекистана "
            "Шавкатом Мирзиёевым.",
            [("Сергей Лавров", "Узбекистан", "Ташкент", "Шавкат Мирзиёев")],
        ),
        # receiving a decision or a law is no visit
        ("Президент России Владимир Путин принял решение о поездке.", []),
        # of two who met somewhere, the one from elsewhere travelled and the local one hosts
        (
            (
                "Президент России Владимир Путин встретился в Пекине с председателем КНР Си "
                "Цзиньпином."
            ),
            [("Владимир Путин", "Китай", "Пекин", "Си Цзиньпин")],
        ),
        (
            (
                "Президент России Владимир Путин встретился в Кремле с президентом Ирана Масудом "
                "Пезешкианом."
            ),
            [("Масуд Пезешкиан", "Россия", "Москва", "Владимир Путин")],
        ),
        # an ambassador lives where he is met, and his post is no meeting place
        (
            (
                "Министр иностранных дел России Сергей Лавров встретился в Москве с послом США "
                "Линн Трейси."
            ),
            [],
        ),
        (
            "Посол Италии в Грузии Виторио Сандали встретился с заместителем министра "
            "иностранных дел Грузии "
            "Александром Налбандовым.",
            [],
        ),
    ],
)
def test_receptions_departures_and_stays(extractor, text, expected):
    assert _visits(extractor, text) == expected


@pytest.mark.parametrize(
    "text,title",
    [
        (
            "Стороны подписали меморандум о сотрудничестве в сфере информационной безопасности.",
            "меморандум о сотрудничестве в сфере информационной безопасности",
        ),
        (
            "Стороны подписали соглашение о сотрудничестве в области образования в Москве.",
            "соглашение о сотрудничестве в области образования",
        ),
        (
            "Соглашение подписали в Москве.",
            "соглашение",
        ),  # where it was signed is no part of its name
        (
            "Главы государств обменялись подписанными соглашениями в сфере энергетики.",
            "соглашение в сфере энергетики",
        ),
    ],
)
def test_an_agreement_title_keeps_its_field(extractor, text, title):
    assert [a.title for a in extractor(text).agreements] == [title]


def test_a_sentence_that_tells_on_about_the_trip_dates_it(extractor):
    text = (
        "Японский посол не сообщил о поездке Дмитрия Медведева на Курилы. Однако глава России "
        "31 октября "
        "всё же побывал с рабочей поездкой на южных островах архипелага."
    )
    [v] = extractor(text).visits
    assert (v.start.month, v.start.day) == (10, 31)


def test_a_future_verb_the_tagger_reads_as_an_adjective_is_no_part_of_the_title(extractor):
    assert [
        (a.title, a.status)
        for a in extractor("«Я решу проблему и заключу мирный договор.").agreements
    ] == [("мирный договор", "planned")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a statement is issued, by its subjects
        (
            "Ранее Ангела Меркель, Петр Порошенко и Франсуа Олланд выступили с совместным "
            "заявлением, в котором "
            "призвали обеспечить доступ наблюдателям.",
            ("signed", ["Ангела Меркель", "Петр Порошенко", "Франсуа Олланд"]),
        ),
        ("В совместном заявлении говорится о мире.", ("mentioned", [])),
    ],
)
def test_a_joint_statement_is_issued(extractor, text, expected):
    rec = extractor(text)
    names = {p.id: p.name for p in rec.persons}
    [a] = rec.agreements
    assert (a.status, [names[s] for s in a.signatories]) == expected


def test_a_named_agreement_completes_the_unnamed_one_before(extractor):
    text = (
        "Россия и Украина пересмотрят газовые соглашения. Украина и Россия договорились о "
        "пересмотре "
        "газовых соглашений 2009 года."
    )
    assert [a.title for a in extractor(text).agreements] == ["газовое соглашение 2009 года"]


def test_who_speaks_of_a_signing_in_another_clause_signs_nothing(extractor):
    text = (
        "Россия и Мали подпишут межправительственный меморандум о сотрудничестве, отметил "
        "Андрей Нестеренко."
    )
    assert [a.signatories for a in extractor(text).agreements] == [[]]


def test_talks_where_one_trip_goes_date_it(extractor):
    text = (
        "Президент Беларуси Александр Лукашенко направится с рабочим визитом в Москву. В "
        "Москве 11 апреля "
        "состоится встреча с президентом России Владимиром Путиным."
    )
    [v] = extractor(text).visits
    assert (v.destination.city, v.start.month, v.start.day) == ("Москва", 4, 11)


def test_a_sentence_telling_on_gives_the_city_and_kind(extractor):
    text = (
        "Премьер-министр Турции Реджеп Эрдоган в ходе визита в Украину договорился с "
        "президентом Украины "
        "Виктором Януковичем о сотрудничестве. По итогам встреч на высшем уровне в Киеве "
        "подписаны документы. "
        "Эрдоган также побывал с официальной поездкой на заводе."
    )
    [v] = extractor(text).visits
    assert (v.destination.country, v.destination.city, v.kind) == ("Украина", "Киев", "official")


@pytest.mark.parametrize(
    "text,expected",
    [
        # the trip verb's own subject travelled, through its title; not a genitive before the verb
        (
            (
                "На торжества, посвященные юбилею Бориса Сомова, в Казань прибыл президент России "
                "Сергей Ветров."
            ),
            [("Сергей Ветров", "Россия", "Казань", None)],
        ),
        # talks abroad held by the sentence's subject
        (
            "Глава МИД Китая Ван И проведет переговоры в Анкаре.",
            [("Ван И", "Турция", "Анкара", None)],
        ),
        (
            "Президент Франции Эммануэль Макрон провел переговоры с президентом Египта в Каире.",
            [("Эммануэль Макрон", "Египет", "Каир", None)],
        ),
        # a delegation received: its leader travelled
        (
            (
                "Делегацию Вьетнама во главе с премьер-министром Фам Минь Тинем принял в Кремле "
                "Владимир Путин."
            ),
            [("Фам Минь Тинь", "Россия", "Москва", "Владимир Путин")],
        ),
        # an onward trip is one of its own
        (
            "Госсекретарь США Энтони Блинкен завершил визит в Израиль и вылетел в Иорданию.",
            [("Энтони Блинкен", "Израиль", None, None), ("Энтони Блинкен", "Иордания", None, None)],
        ),
    ],
)
def test_visitors_by_the_tree(extractor, text, expected):
    rec = extractor(text)
    names = {p.id: p.name for p in rec.persons}
    assert [
        (names.get(v.visitor), v.destination.country, v.destination.city, names.get(v.host))
        for v in rec.visits
    ] == expected


def test_a_trip_called_off_was_planned(extractor):
    text = "США решили отменить летний визит президента Джо Байдена в Москву."
    assert [v.status for v in extractor(text).visits] == ["planned"]


def test_agreements_counted_by_ordinals_are_several(extractor):
    text = (
        "Кирсан Илюмжинов сообщил, что подписал три контракта. Первый контракт был подписан с "
        "Веселином "
        "Топаловым. Третий контракт был подписан между ФИДЕ и Мехико."
    )
    found = extractor(text).agreements
    assert [(a.title, a.count) for a in found] == [
        ("контракт", 3),
        ("первый контракт", None),
        ("третий контракт", None),
    ]


@pytest.mark.parametrize(
    "text,status",
    [
        (
            (
                "Накануне в Тбилиси с рабочим визитом побывал министр иностранных дел Швеции "
                "Тобиас Бильстрём."
            ),
            "completed",
        ),
        ("Президент Бразилии Лула да Силва намерен посетить Россию в мае.", "planned"),
        ("Визит премьер-министра Индии Нарендры Моди в Москву намечен на июль.", "planned"),
        (
            "Премьер-министр Пакистана Шахбаз Шариф находился с официальным визитом в Китае.",
            "completed",
        ),
        ("Визит президента Бразилии Лулы да Силвы в Китай был отложен.", "planned"),
    ],
)
def test_a_trips_status_by_its_own_verb(extractor, text, status):
    assert [v.status for v in extractor(text).visits] == [status]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the one talks are held with came from abroad: the subject hosts
        (
            "Путин провел переговоры в Москве с премьер-министром Малайзии Анваром Ибрагимом.",
            [("Анвар Ибрагим", "Россия", "Москва", "Путин")],
        ),
        # one met there, of no country the text gives, is the host of a visitor from abroad
        (
            (
                "Президент Белоруссии Александр Лукашенко прибудет в Москву, где проведет "
                "переговоры с Владимиром Путиным."
            ),
            [("Александр Лукашенко", "Россия", "Москва", "Владимир Путин")],
        ),
        (
            "Президент Индонезии Прабово Субианто провел переговоры с Владимиром Путиным в Кремле.",
            [("Прабово Субианто", "Россия", "Москва", "Владимир Путин")],
        ),
        # who receives him in the next sentence
        (
            (
                "Эмир Катара Тамим Аль Тани прибыл в Москву. На следующий день его принял в Кремле "
                "Владимир Путин."
            ),
            [("Тамим Аль Тани", "Россия", "Москва", "Владимир Путин")],
        ),
        # places listed with the destination
        (
            "Председатель КНР Си Цзиньпин посетит Париж, Белград и Будапешт.",
            [
                ("Си Цзиньпин", "Франция", "Париж", None),
                ("Си Цзиньпин", "Сербия", "Белград", None),
                ("Си Цзиньпин", "Венгрия", "Будапешт", None),
            ],
        ),
    ],
)
def test_hosts_and_destinations(extractor, text, expected):
    rec = extractor(text)
    names = {p.id: p.name for p in rec.persons}
    assert [
        (names.get(v.visitor), v.destination.country, v.destination.city, names.get(v.host))
        for v in rec.visits
    ] == expected


@pytest.mark.parametrize(
    "text,title",
    [
        # a name goes on with what its prepositions govern, each in its own case
        (
            "Россия и Вьетнам подписали соглашение о сотрудничестве в атомной энергетике.",
            "соглашение о сотрудничестве в атомной энергетике",
        ),
        (
            "Стороны подписали соглашение о торговле и инвестициях в Москве.",
            "соглашение о торговле и инвестициях",
        ),
        (
            (
                "Россия и КНДР подписали договор о всеобъемлющем стратегическом партнерстве сроком "
                "на 20 лет."
            ),
            "договор о всеобъемлющем стратегическом партнерстве",
        ),
        ("Россия и США подписали договор СНВ-3 в Праге.", "договор снв-3"),
    ],
)
def test_agreement_titles_by_their_prepositions(extractor, text, title):
    assert [a.title for a in extractor(text).agreements] == [title]


@pytest.mark.parametrize(
    "text,parties",
    [
        # organisations named as the sides
        ("«Газпром» и китайская CNPC подписали контракт на поставку газа.", ["Газпром", "CNPC"]),
        (
            "Соглашение о свободной торговле между ЕАЭС и Монголией подписано в Астане.",
            ["ЕАЭС", "Монголия"],
        ),
        # where it happened is no side; the sides' adjectives are
        (
            "Украина отказалась подписать совместное заявление по итогам саммита в Швейцарии.",
            ["Украина"],
        ),
        (
            (
                "Министр иностранных дел Японии Такэси Ивая и его китайский коллега Ван И "
                "подписали меморандум."
            ),
            ["Япония", "Китай"],
        ),
    ],
)
def test_agreement_parties_the_sentence_names(extractor, text, parties):
    assert extractor(text).agreements[0].parties == parties


def test_a_signing_they_did_not_manage_is_none(extractor):
    assert [
        a.status for a in extractor("Подписать итоговый документ сторонам не удалось.").agreements
    ] == ["mentioned"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a town no table lists: a trip at home
        (
            "Губернатор Свердловской области Денис Паслер совершил рабочую поездку в Нижний Тагил.",
            [("Денис Паслер", "Россия", "Нижний Тагил", None)],
        ),
        (
            "Губернатор Приморья Олег Кожемяко посетил Находку.",
            [("Олег Кожемяко", "Россия", "Находка", None)],
        ),
        # every side from abroad that holds talks somewhere travelled there
        (
            "Глава МИД Армении Арарат Мирзоян и министр иностранных дел Азербайджана Джейхун "
            "Байрамов провели "
            "переговоры в Абу-Даби.",
            [
                ("Арарат Мирзоян", "ОАЭ", "Абу-Даби", None),
                ("Джейхун Байрамов", "ОАЭ", "Абу-Даби", None),
            ],
        ),
        # the one who receives is not the one `его` stands for; a date between subject and verb
        # changes nothing
        ("Президент Туркмении прибыл в Москву. Его встретил Владимир Путин.", []),
        (
            "Путин 17 января принял в Кремле президента Ирана Масуда Пезешкиана.",
            [("Масуд Пезешкиан", "Россия", "Москва", "Путин")],
        ),
        # `Гостей принял …`: the guests' host
        (
            (
                "Президент Ирана Масуд Пезешкиан прибыл в Казань. Гостей принял глава Татарстана "
                "Рустам Минниханов."
            ),
            [("Масуд Пезешкиан", "Россия", "Казань", "Рустам Минниханов")],
        ),
    ],
)
def test_towns_cotalkers_and_receptions(extractor, text, expected):
    assert sorted(_visits(extractor, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text,start,end",
    [
        # `продлится до …` says when the trip ends
        (
            (
                "Министр Бадр Абдель Аты находится в Москве с рабочим визитом, который продлится "
                "до 12 ноября."
            ),
            None,
            "12 ноября",
        ),
        # a later sentence on the trip, naming nobody, dates it
        (
            (
                "Министр финансов Антон Силуанов посетит Вашингтон. Визит запланирован на 21–26 "
                "апреля."
            ),
            "21–26 апреля",
            "26 апреля",
        ),
    ],
)
def test_a_visits_dates(extractor, text, start, end):
    v = extractor(text).visits[0]
    assert (v.start and v.start.text, v.end and v.end.text) == (start, end)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a possibility of a signing is talked of; `накануне` before a noun in the nominative is
        # yesterday, not the eve of something
        (
            "Стороны обсудили возможность заключения соглашения о свободной торговле.",
            ("соглашение о свободной торговле", "mentioned", []),
        ),
        (
            "Подписанный накануне меморандум о сотрудничестве вступит в силу в мае.",
            ("меморандум о сотрудничестве", "signed", []),
        ),
        # `поставили подписи` signs, and its subjects after it are the signers
        (
            "Подписи под документом поставили глава «Роснефти» Игорь Сечин и председатель CNPC "
            "Дай Хоулян.",
            ("документ", "signed", ["Игорь Сечин", "Дай Хоулян"]),
        ),
        # when, where and how much are no part of the name
        (
            (
                "Стороны подпишут дорожную карту по развитию промышленной кооперации в следующем "
                "месяце."
            ),
            ("дорожная карта по развитию промышленной кооперации", "planned", []),
        ),
        (
            "Банк и правительство области подписали соглашение на сумму 5 млрд рублей.",
            ("соглашение", "signed", []),
        ),
    ],
)
def test_signings_considered_put_and_circumstances(extractor, text, expected):
    rec = extractor(text)
    names = {p.id: p.name for p in rec.persons}
    [a] = rec.agreements
    assert (a.title, a.status, [names[s] for s in a.signatories]) == expected


@pytest.mark.parametrize(
    "text,parties",
    [
        # regions are no capitals: they bind themselves
        (
            "Белгородская область и Курская область подписали соглашение о сотрудничестве.",
            ["Белгородская область", "Курская область"],
        ),
        (
            "Санкт-Петербург и Тюменская область подписали соглашение о сотрудничестве.",
            ["Санкт-Петербург", "Тюменская область"],
        ),
    ],
)
def test_regions_as_sides(extractor, text, parties):
    assert extractor(text).agreements[0].parties == parties
