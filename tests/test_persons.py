import pytest


def persons(extractor, text):
    return extractor(text).persons


def mention_texts(extractor, text):
    """Every person mention's text, in the order of the persons and their mentions."""
    return [m.text for p in persons(extractor, text) for m in p.mentions]


@pytest.mark.parametrize(
    "text,name,title,country",
    [
        ("Канцлер Германии Олаф Шольц провёл переговоры.", "Олаф Шольц", "канцлер", "Германия"),
        (
            "Встреча с министром иностранных дел Франции Катрин Колонной прошла в Париже.",
            "Катрин Колонна",
            "министр иностранных дел",
            "Франция",
        ),
        (
            "Беседа с президентом Казахстана Касым-Жомартом Токаевым длилась час.",
            "Касым-Жомарт Токаев",
            "президент",
            "Казахстан",
        ),
        (
            "Об этом заявил Касым-Жомарт Токаев, президент Казахстана, в среду.",
            "Касым-Жомарт Токаев",
            "президент",
            "Казахстан",
        ),
        # an adjective of `страна`, `республика`, `область` describes the place, not the office
        (
            "Визит совершит министр иностранных дел африканской страны Мали Моктар Уан.",
            "Моктар Уан",
            "министр иностранных дел",
            "Мали",
        ),
        (
            "Он встретился с премьер-министром соседней страны Армения Николом Пашиняном.",
            "Никол Пашинян",
            "премьер-министр",
            "Армения",
        ),
        # an adjective before the quoted team belongs to the team
        (
            'Главный тренер черниговской "Десны" Александр Рябоконь прыгнул в толпу.',
            "Александр Рябоконь",
            "главный тренер",
            None,
        ),
        # the employer's genitives and legal form go with its quoted name; an apposition after a
        # dash
        (
            'Глава правления "Газпрома" Алексей Миллер считает эти высказывания несерьезными.',
            "Алексей Миллер",
            "глава правления",
            None,
        ),
        (
            "Президент провел встречу с главой ОАО «Газпром» Алексеем Миллером.",
            "Алексей Миллер",
            "глава",
            None,
        ),
        (
            "Такое мнение высказал Александр Медведев – глава «Газпром экспорта».",
            "Александр Медведев",
            "глава",
            None,
        ),
        # envoys, and abbreviated titles spelled out
        (
            "Спецпредставитель президента США Курт Волкер прибыл в Киев.",
            "Курт Волкер",
            "специальный представитель президента",
            "США",
        ),
        (
            "Об этом сообщил замгоссекретаря США Уильям Бернс.",
            "Уильям Бернс",
            "заместитель госсекретаря",
            "США",
        ),
        (
            "Руководитель МИД РФ Сергей Лавров встретится с коллегами.",
            "Сергей Лавров",
            "министр иностранных дел",
            "Россия",
        ),
        (
            "Инициатором стал руководитель русского внешнеполитического ведомства Сергей Лавров.",
            "Сергей Лавров",
            "министр иностранных дел",
            "Россия",
        ),
        (
            "Об этом заявил генсек НАТО Йенс Столтенберг.",
            "Йенс Столтенберг",
            "генеральный секретарь",
            None,
        ),
        # an aide's title of a state office takes the country as a state title does
        (
            "Россия готова к диалогу, сказал пресс-секретарь президента Дмитрий Песков.",
            "Дмитрий Песков",
            "пресс-секретарь президента",
            "Россия",
        ),
        # a city inside the title gives the office its country
        ("Мэр Москвы Юрий Лужков открыл выставку.", "Юрий Лужков", "мэр", "Россия"),
        # a title word is read as the title (`премьера` is also the noun `премьера`, a première)
        (
            "Президент Украины не видит необходимости смены премьера Арсения Яценюка.",
            "Арсений Яценюк",
            "премьер",
            "Украина",
        ),
    ],
)
def test_names_in_nominative_with_titles(extractor, text, name, title, country):
    found = persons(extractor, text)
    assert [p.name for p in found] == [name]
    assert (title, country) in {(r.title, r.country) for r in found[0].roles}


@pytest.mark.parametrize(
    "text,name,role",
    [
        # a foreign kind of place is no part of the title, nor of the country the text is about
        (
            "Губернатор Приморья Олег Кожемяко принял губернатора префектуры Тоттори Синдзи Хираи.",
            "Синдзи Хираи",
            ("губернатор", None, "Тоттори"),
        ),
        (
            "Губернатор Приморья Олег Кожемяко встретился с губернатором провинции Хэйлунцзян "
            "Ляном Хуэйлином.",
            "Лян Хуэйлин",
            ("губернатор", None, "Хэйлунцзян"),
        ),
    ],
)
def test_an_office_of_a_foreign_kind_of_place(extractor, text, name, role):
    [found] = [p for p in persons(extractor, text) if p.name == name]
    assert [(r.title, r.country, r.place) for r in found.roles] == [role]


def test_one_person_however_named(extractor):
    text = (
        "Вчера Ангела Меркель прибыла в Рим. Визит А. Меркель продлится два дня. Меркель "
        "встретится с мэром."
    )
    found = persons(extractor, text)
    assert [p.name for p in found] == ["Ангела Меркель"]
    assert len(found[0].mentions) == 3


def test_family_name_first(extractor):
    found = persons(extractor, "Председатель КНР Си Цзиньпин прибыл в Москву.")
    assert (found[0].first, found[0].last) == ("Цзиньпин", "Си")
    assert found[0].name == "Си Цзиньпин"  # the name keeps the order the text gives


def test_a_one_letter_given_name_after_a_family_name_is_no_initial(extractor):
    found = persons(extractor, "Визит главы МИД КНР Ван И в Москву продлится три дня.")
    assert [p.name for p in found] == ["Ван И"]  # was `И. Ван`


@pytest.mark.parametrize(
    "text,names",
    [
        ("Встреча с Путиным Шольц назвал полезной.", ["Путин", "Шольц"]),
        ("Прибыл помощник Байдена Джейк Салливан.", ["Байден", "Джейк Салливан"]),
        ("Он сын Ким Чен Ына Ким Чен Ир.", ["Ким Чен Ын", "Ким Чен Ир"]),
        # `Лавровым` is also an adjective, and the tagger puts both in the instrumental
        ("С Лавровым Макей обсудит перспективы сотрудничества.", ["Лавров", "Макей"]),
        # a capitalised verb is no part of a name (`Рассказал` after a name, as typed in a quote)
        (
            "«Бернс Рассказал, что тем было много», - отметила Хиллари Клинтон.",
            ["Бернс", "Хиллари Клинтон"],
        ),
        # but a surname first and its given name in the same case are one name
        ("Встреча с Лавровым Сергеем Викторовичем прошла в Минске.", ["Сергей Викторович Лавров"]),
    ],
)
def test_names_side_by_side_stay_apart(extractor, text, names):
    assert sorted(p.name for p in persons(extractor, text)) == sorted(names)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Накануне визита министра обороны Японии Ясукадзу Хамады в Сеул.", "Ясукадзу Хамада"),
        ("Он сын Ким Чен Ына.", "Ким Чен Ын"),
        ("Службу провёл митрополит Иларион Волоколамский.", "Иларион Волоколамский"),
        # the tagger reads `Цяном` as nominative beside an instrumental `Ли`; the ending agrees with
        # `Ли`
        (
            (
                "Он посетит Пекин для переговоров с председателем КНР Си Цзиньпином и премьером "
                "Госсовета Китая Ли Цяном."
            ),
            "Ли Цян",
        ),
        # a nominative ending stays, whatever case the tagger gives the given name in a list
        ("Арбитры: • Карлос Батрес (Гватемала) • Бенито Арчундия (Мексика)", "Бенито Арчундия"),
        # the dative of `Анна` before the indeclinable `Анне`; the words of one name agree in gender
        ("Премия досталась Анне Щетининой вместе с почетным званием.", "Анна Щетинина"),
        ("Награду получили артисты и режиссер Евгения Сафонова.", "Евгения Сафонова"),
        # after a title in the nominative the name is nominative too (the tagger read `Чернова` as a
        # man's
        # genitive); but not the owner of an aide's title, whom another name follows
        ("Руководитель центра Э. Чернова создаёт все условия для детей.", "Э. Чернова"),
        ("Об этом сказал пресс-секретарь Путина Дмитрий Песков.", "Путин"),
        # after a state title and its country any name is nominative; after a common noun only one
        # that can be
        ("Переговоры провела премьер-министр Италии Джорджа Мелони.", "Джорджа Мелони"),
        (
            "Об этом сообщил гендиректор компании Алишера Усманова USM Advisors Иван Стрешинский.",
            "Алишер Усманов",
        ),
        # a masculine name's genitive on `-я` is a nominative on `-ь` or `-й`
        (
            "Обвинитель попросил приговорить начальника отдела Николая Юргеля к четырем годам.",
            "Николай Юргель",
        ),
        ("Встреча с делегацией прошла без президента Хамида Карзая.", "Хамид Карзай"),
        ("Он встретился с президентом Афганистана Хамидом Карзаем.", "Хамид Карзай"),
        # a foreign name on `-и` does not decline; a name in capitals is written as a name
        ("Двое запасных команды Лионеля Скалони выбежали на газон.", "Лионель Скалони"),
        ("Андрей ШАХОВ: «Наши юноши сегодня выиграли у Бельгии»", "Андрей Шахов"),
        # a foreign masculine dative loses its `-у`, no vowel put back (`Мерцу` is no `Мерец`);
        # Georgian `-дзе` and Russian `-ых` never decline
        ("Путин позвонил канцлеру ФРГ Фридриху Мерцу.", "Фридрих Мерц"),
        ("Президент позвонил Олафу Шольцу.", "Олаф Шольц"),
        ("Награду вручили тренеру Этери Тутберидзе.", "Этери Тутберидзе"),
        ("Премию вручили экономисту Марии Черных.", "Мария Черных"),
        # both halves of a double surname decline (`Петрова-Водкина`); an invariable first half does
        # not
        ("Выставка Кузьмы Петрова-Водкина открылась в Москве.", "Кузьма Петров-Водкин"),
        ("Он процитировал Салтыкова-Щедрина.", "Салтыков-Щедрин"),
        ("Работы Михаила Бонч-Бруевича изучают до сих пор.", "Михаил Бонч-Бруевич"),
        (
            "Опера Николая Римского-Корсакова прозвучала в Большом театре.",
            "Николай Римский-Корсаков",
        ),
    ],
)
def test_foreign_and_church_names(extractor, text, name):
    assert name in [p.name for p in persons(extractor, text)]


def test_untitled_person_takes_the_title_of_a_reference(extractor):
    text = (
        "Эммануэль Макрон прилетел в Пекин. Визит французского президента продлится три дня. "
        "Вместе с президентом прибыл Бруно Ле Мэр."
    )
    found = {p.name: p for p in persons(extractor, text)}
    assert ("президент", "Франция") in {
        (r.title, r.country) for r in found["Эммануэль Макрон"].roles
    }
    assert not found["Бруно Ле Мэр"].roles


def test_aide_takes_the_title_not_the_one_served(extractor):
    text = "Президент США Джо Байден уехал. В Москву прибыл советник Байдена Джейк Салливан."
    found = {p.name: p for p in persons(extractor, text)}
    assert {(r.title, r.country) for r in found["Джейк Салливан"].roles} == {
        ("советник президента", "США")
    }
    assert {r.title for r in found["Джо Байден"].roles} == {"президент"}


def test_title_only_reference(extractor):
    text = (
        "Президент Узбекистана Шавкат Мирзиёев прибыл в Астану. Лидер Узбекистана проведёт "
        "переговоры."
    )
    found = persons(extractor, text)
    assert [r.text for r in found[0].references] == ["Лидер Узбекистана"]


@pytest.mark.parametrize(
    "text,name",
    [
        ("Поддержку Кирсану Илюмжинову выразили сорок федераций.", "Кирсан Илюмжинов"),
        ("Статью подписал В.Л.", None),
    ],
)
def test_names_the_tagger_labels_otherwise_or_cuts_oddly(extractor, text, name):
    found = persons(extractor, text)
    if name:
        assert name in [p.name for p in found]
    for p in found:  # a name ends at its last letter, and holds no digit
        assert all(
            not m.text.endswith(".") and not any(c.isdigit() for c in m.text) for m in p.mentions
        )


@pytest.mark.parametrize(
    "text,expected",
    [
        # a common noun after a first name is a surname
        ("Главный тренер Виктор Понедельник: «Команда готова».", ["Виктор Понедельник"]),
        # a later mention keeps the first name the document gave the surname elsewhere
        (
            "На турнире играет Гата Камский. Участники:\n• Гата Камский (США)",
            ["Гата Камский", "Гата Камский"],
        ),
        # the family is no person, nor is the person a theatre or an airport is named after
        ("Иса Ямадаев стал третьим из братьев Ямадаевых, на кого покушались.", ["Иса Ямадаев"]),
        ("Спектакль показали в Театре им. Николая Гоголя, сказал Пётр Сидоров.", ["Пётр Сидоров"]),
        (
            "Выступая от имени Владимира Путина, Дмитрий Песков это подтвердил.",
            ["Владимира Путина", "Дмитрий Песков"],
        ),
        # the word after `провинции`, `штата` names the place, no part of the name after it
        ("Губернатор провинции Ляонин Ван Синьвэй посетил Владивосток.", ["Ван Синьвэй"]),
        (
            "Кожемяко встретился с губернатором провинции Гуандун Ван Вэйчжуном.",
            ["Кожемяко", "Ван Вэйчжуном"],
        ),
    ],
)
def test_mentions_where_the_tagger_errs(extractor, text, expected):
    assert sorted(mention_texts(extractor, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Об этом написал пользователь ЖЖ drugoi. Позже drugoi удалил запись.",
            ["drugoi", "drugoi"],
        ),
        ("Блогеру navalny ответил пользователь Twitter @durov.", ["navalny", "@durov"]),
        ("Пользователь Windows XP не сможет обновиться.", []),  # a product, not a user name
        (
            "Ранее Мохамед аль-Барадеи прибыл в Тегеран. Теперь в игре аль-Барадеи.",
            ["Мохамед аль-Барадеи", "аль-Барадеи"],
        ),
    ],
)
def test_user_names_and_particle_surnames(extractor, text, expected):
    assert sorted(mention_texts(extractor, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Миссис Тэтчер и мистер Блэр встретились.", ["Тэтчер", "Блэр"]),
        ("Господин Путин, вы согласны?", ["Путин"]),
        ("Генсек ООН Пан Ги Мун прибыл в Сеул.", ["Пан Ги Мун"]),  # a family name, not `пан`
    ],
)
def test_a_form_of_address_is_no_part_of_the_name(extractor, text, expected):
    assert mention_texts(extractor, text) == expected


@pytest.mark.parametrize(
    "text,name,title",
    [
        (
            "Академик Сахаров выступил на съезде.",
            "Сахаров",
            "академик",
        ),  # the tagger takes the title in
        (
            "Профессор Преображенский сказал, что всё будет хорошо.",
            "Преображенский",
            "профессор",
        ),  # an adjective in the dictionary
        ("Выступление Покровского затянулось.", "Покровский", None),
    ],
)
def test_titles_and_adjective_surnames(extractor, text, name, title):
    found = persons(extractor, text)
    assert [(p.name, [m.text for m in p.mentions]) for p in found] == [
        (name, [name if title else "Покровского"])
    ]
    assert title is None or title in {r.title for r in found[0].roles}


@pytest.mark.parametrize(
    "text,role",
    [
        (
            "Представитель госдепа Джефф Раттке заявил об этом.",
            ("представитель госдепартамента", "США"),
        ),
        (
            "Делегаты конгресса партии избрали Ивана Петрова председателем.",
            None,
        ),  # no `конгресс` США in lowercase
    ],
)
def test_lowercase_institution_gives_the_title_its_country(extractor, text, role):
    roles = [(r.title, r.country) for p in extractor(text).persons for r in p.roles]
    assert (role in roles) if role else all(c != "США" for _, c in roles)


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Джо Байден посетил Киев.",
            "Джо Байден",
        ),  # the tagger alone misses a name that opens its input
        ("Кисида прибыл в Вашингтон. Переговоры начнутся завтра.", "Кисида"),
    ],
)
def test_a_name_that_opens_the_text(extractor, text, name):
    assert [p.name for p in persons(extractor, text)] == [name]


def test_an_untitled_countrys_official_belongs_to_the_country_of_the_events_not_of_a_guest(
    extractor,
):
    text = (
        "Президент Египта Абдель Фаттах ас-Сиси прибыл в Россию с официальным визитом. "
        "В аэропорту его встретил министр иностранных дел Сергей Лавров."
    )
    roles = {p.name: [(r.title, r.country) for r in p.roles] for p in persons(extractor, text)}
    assert roles["Сергей Лавров"] == [("министр иностранных дел", "Россия")]


@pytest.mark.parametrize(
    "text,names",
    [
        # a lone surname opening a headline, which the tagger leaves alone
        ("Романцев: «Победа не убедила бы меня».", ["Романцев"]),
        ("Гладилин о Губерниеве: «Сложно понять его логику»", ["Гладилин", "Губерниев"]),
        # surnames that name a street, an institution or a ship are no one in the text
        ("Митинг прошел на проспекте Ленина.", []),
        ("Крейсер «Адмирал Кузнецов» вышел в море.", []),
        ("Завод им. Лихачева закрыли.", []),
    ],
)
def test_a_dictionary_surname_the_tagger_missed(extractor, text, names):
    assert [p.name for p in persons(extractor, text)] == names


def test_a_short_title_beside_the_full_one_is_the_same_office(extractor):
    text = (
        "Необходимости в смене премьера Яценюка нет. Президент Украины Петр Порошенко не видит "
        "необходимости смены премьер-министра Украины Арсения Яценюка."
    )
    [p] = [p for p in persons(extractor, text) if p.last == "Яценюк"]
    assert [(r.title, r.country) for r in p.roles] == [("премьер-министр", "Украина")]


def test_where_an_official_travelled_is_not_whose_official_he_is(extractor):
    text = (
        "Украинский премьер поддержал слова Байдена.\nПремьер-министр Денис Шмыгаль в интервью "
        "во время визита "
        "в Германию поддержал слова президента США Джо Байдена. Украина противостоит агрессии, "
        "сказал он."
    )
    [p] = [p for p in persons(extractor, text) if p.last == "Шмыгаль"]
    assert [(r.title, r.country) for r in p.roles] == [("премьер-министр", "Украина")]


def test_a_state_title_does_not_take_the_country_its_holder_visits(extractor):
    # the text names Ukraine most, but it is where Медведев went; his country is the next one named
    text = (
        "Президент Медведев прибыл на Украину с официальным визитом. Совместно с президентом "
        "Украины "
        "Януковичем он проведет заседание комиссии. На Украине руководитель российского "
        "государства "
        "встретится со студентами."
    )
    [p] = [p for p in persons(extractor, text) if p.last == "Медведев"]
    assert [(r.title, r.country) for r in p.roles] == [("президент", "Россия")]


@pytest.mark.parametrize(
    "text,roles",
    [
        (
            (
                "Президенты Беларуси и Зимбабве Александр Лукашенко и Эммерсон Мнангагва провели "
                "переговоры."
            ),
            {
                "Александр Лукашенко": ("президент", "Беларусь"),
                "Эммерсон Мнангагва": ("президент", "Зимбабве"),
            },
        ),
        (
            (
                "Министры иностранных дел России и Ирана Сергей Лавров и Аббас Аракчи встретились "
                "в Москве."
            ),
            {
                "Сергей Лавров": ("министр иностранных дел", "Россия"),
                "Аббас Аракчи": ("министр иностранных дел", "Иран"),
            },
        ),
    ],
)
def test_a_plural_title_of_two_countries_gives_each_holder_his_own(extractor, text, roles):
    assert {
        p.name: (p.roles[0].title, p.roles[0].country) for p in persons(extractor, text)
    } == roles


@pytest.mark.parametrize(
    "text,role",
    [
        (
            (
                "«Пока не будем подписывать», — заявлял Илья Перекопский, который в то время был "
                "вице-президентом «ВКонтакте»."
            ),
            ("вице-президент", None),
        ),
        (
            (
                "Правообладатели связывают перемену с тем, что Павел Дуров покинул пост ее "
                "генерального директора."
            ),
            ("генеральный директор", None),
        ),
        (
            "Встреча прошла с Сергеем Шойгу, который является министром обороны России.",
            ("министр обороны", "Россия"),
        ),
    ],
)
def test_a_title_a_verb_states_after_the_name(extractor, text, role):
    [p] = persons(extractor, text)
    assert [(r.title, r.country) for r in p.roles] == [role]


def test_first_is_an_ordinal_except_before_a_deputys_title(extractor):
    found = {
        p.name: [r.title for r in p.roles]
        for p in persons(
            extractor,
            (
                "Открылся памятник первому президенту России Борису Ельцину. Выступил первый "
                "вице-премьер Игорь Шувалов."
            ),
        )
    }
    assert found == {"Борис Ельцин": ["президент"], "Игорь Шувалов": ["первый вице-премьер"]}


@pytest.mark.parametrize(
    "text,roles",
    [
        # occupations are titles too, as the gold reads `шахматист`, `фотограф`
        (
            "Опера режиссера Андрея Хржановского получила премию, ее обладатели – режиссер "
            "Владимир Грамматиков и "
            "актриса Анна Михалкова.",
            {
                "Андрей Хржановский": ["режиссер"],
                "Владимир Грамматиков": ["режиссер"],
                "Анна Михалкова": ["актриса"],
            },
        ),
        # kin before a title: the husband of an actress is no actor, the son of a president no
        # president
        ("Это подтвердил муж актрисы Сергей Сенин.", {"Сергей Сенин": []}),
        ("На встречу пришел сын президента Казахстана Нурали Алиев.", {"Нурали Алиев": []}),
    ],
)
def test_occupations_and_kin(extractor, text, roles):
    assert {p.name: [r.title for r in p.roles] for p in persons(extractor, text)} == roles


def test_a_title_of_the_one_met_is_not_the_untitled_visitors(extractor):
    text = (
        "Лукашенко прилетел в Пекин. Белорусский лидер проведет переговоры с председателем "
        "КНР. «Это "
        "стратегический партнер», — подчеркнул белорусский президент."
    )
    [p] = persons(extractor, text)
    assert [(r.title, r.country) for r in p.roles] == [("президент", "Беларусь")]


@pytest.mark.parametrize(
    "text,names",
    [
        (
            "Нападающий «Зенита» Андрей Мостовой прокомментировал игру.",
            ["Андрей Мостовой"],
        ),  # an adjective's shape
        ("Встреча с Антониу Гутерришем прошла в Нью-Йорке.", ["Антониу Гутерриш"]),  # -ем after ш
        (
            "Разговор с министром Чжан Ханьхуэем продлился час.",
            ["Чжан Ханьхуэй"],
        ),  # -ем after a vowel
        (
            "Полиция задержала блогершу Валерию Чекалину.",
            ["Валерия Чекалина"],
        ),  # the case a woman's names share
        (
            "Евгения Медведева является двукратной чемпионкой мира.",
            ["Евгения Медведева"],
        ),  # a subject is nominative
        (
            "Адвокат Ивана Петрова Мария Смирнова подала жалобу.",
            ["Иван Петров", "Мария Смирнова"],
        ),  # two first names
        (
            "Суд вынес приговор по делу Михаила Зорина.",
            ["Михаил Зорин"],
        ),  # a surname that spells a woman's first name too
        (
            "Слово предоставили главному врачу Оксане Заречной.",
            ["Оксана Заречная"],
        ),  # a woman's surname shaped as an adjective, unknown as a name
        (
            "Грамоты вручили Игорю Калинину и Анне Калининой.",
            ["Игорь Калинин", "Анна Калинина"],
        ),  # a possessive stem declines as a noun
        (
            "Кравцова Е. В. была назначена директором лицея.",
            ["Е. В. Кравцова"],
        ),  # the subject of a verb in the feminine is a woman in the nominative
        (
            "Оксана Мельниченко, аспирантка, получила грант.",
            ["Оксана Мельниченко"],
        ),  # a surname that does not decline agrees with any first name
        (
            "Супруга Петра Смирнова выступила на вечере.",
            ["Пётр Смирнов"],
        ),  # but not the genitive on the subject
        (
            "Ольга Белова открыла выставку. Белова работает в музее.",
            ["Ольга Белова"],
        ),  # her surname alone, though it spell a man's genitive
    ],
)
def test_names_in_the_nominative(extractor, text, names):
    assert [p.name for p in persons(extractor, text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Теплоход «Фёдор Шаляпин» вышел в первый рейс.",
        "В центре города открылось кафе «Анна Павлова».",
        "Сеть магазинов «Пётр Первый» сменила владельца.",
    ],
)
def test_a_name_in_quotation_marks_after_a_things_noun_is_the_things(extractor, text):
    assert persons(extractor, text) == []


def test_a_mans_genitive_is_not_joined_to_the_woman_of_that_surname(extractor):
    text = "Мария Иванова работает врачом. Компания Иванова обанкротилась."
    assert [p.name for p in persons(extractor, text)] == ["Мария Иванова", "Иванов"]


def test_a_surname_alone_that_reads_as_a_first_name_is_the_one_so_named(extractor):
    text = (
        "Министр иностранных дел Индии Раджеш Кумар прибыл в Москву. Кумар встретился с Лавровым."
    )
    assert [p.name for p in persons(extractor, text)][0] == "Раджеш Кумар"
    assert len(persons(extractor, text)) == 2


def test_a_bare_title_stands_for_the_one_whose_title_it_heads(extractor):
    text = (
        "Федеральный канцлер Австрии Карл Нехаммер прибыл в Астану. Вечером канцлер вылетел в "
        "Ташкент."
    )
    [p] = [p for p in persons(extractor, text) if p.name == "Карл Нехаммер"]
    assert [r.text for r in p.references] == ["канцлер"]
