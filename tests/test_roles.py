"""Titles read off the grammar (pipeline/roles.py): sentences written for each rule, none taken from
the corpora. Each row: a sentence, the person, and the roles `(title, country, organization,
place)`."""

import pytest


def roles_of(extractor, text: str, name: str) -> set[tuple]:
    [person] = [p for p in extractor(text).persons if p.name == name]
    return {(r.title, r.country, r.organization, r.place) for r in person.roles}


@pytest.mark.parametrize(
    "text,name,roles",
    [
        # any animate common noun before a name is a title, listed or not
        (
            "Штурман Алексей Дмитриев рассказал о полёте.",
            "Алексей Дмитриев",
            {("штурман", None, None, None)},
        ),
        (
            "Известный нейрохирург Ольга Белова провела операцию.",
            "Ольга Белова",
            {("нейрохирург", None, None, None)},
        ),
        (
            "Сотрудник полиции Андрей Глухов задержал грабителя.",
            "Андрей Глухов",
            {("сотрудник полиции", None, None, None)},
        ),
        # a named employer is the organisation; the kind of organisation before its name goes with
        # it
        (
            "Продюсер группы «Звери» Андрей Кравцов подтвердил отмену тура.",
            "Андрей Кравцов",
            {("продюсер", None, "Звери", None)},
        ),
        (
            "Глава Роскосмоса Юрий Борисов прилетел на Байконур.",
            "Юрий Борисов",
            {("глава", None, "Роскосмос", None)},
        ),
        (
            "Вратарь московского «Спартака» Илья Помазун пропустил гол.",
            "Илья Помазун",
            {("вратарь", None, "Спартак", None)},
        ),
        # a city or region: the place, and the country it lies in
        (
            "Мэр Могилева Андрей Ковалёв открыл фестиваль.",
            "Андрей Ковалёв",
            {("мэр", "Беларусь", None, "Могилев")},
        ),
        (
            "Вице-губернатор Приморья Олег Седов открыл форум.",
            "Олег Седов",
            {("вице-губернатор", "Россия", None, "Приморский край")},
        ),
        (
            "Тбилисский врач Нино Беридзе рассказала о болезни.",
            "Нино Беридзе",
            {("врач", "Грузия", None, "Тбилиси")},
        ),
        # titles one after another, with `и` or nothing between
        (
            "Поэт и переводчик Анна Горская представила книгу.",
            "Анна Горская",
            {("поэт", None, None, None), ("переводчик", None, None, None)},
        ),
        (
            "Представитель пресс-службы МВД полковник Ирина Волк сообщила о задержании.",
            "Ирина Волк",
            {("представитель пресс-службы", None, "МВД", None), ("полковник", None, None, None)},
        ),
        # an ordinal is a deputy's title, and the holders' count of any other
        (
            "Об этом сообщил первый заместитель министра обороны России Руслан Цаликов.",
            "Руслан Цаликов",
            {("первый заместитель министра обороны", "Россия", None, None)},
        ),
        (
            "Памятник первому космонавту Юрию Гагарину открыли в Калуге.",
            "Юрий Гагарин",
            {("космонавт", None, None, None)},
        ),
    ],
)
def test_a_title_before_the_name(extractor, text, name, roles):
    assert roles_of(extractor, text, name) == roles


@pytest.mark.parametrize(
    "text,name,roles",
    [
        (
            "Ирина Соколова — директор Института физики РАН, рассказала о проекте.",
            "Ирина Соколова",
            {("директор", None, "Институт физики РАН", None)},
        ),
        (
            "Марк Стивенс, пилот авиакомпании «Сибирь», рассказал о рейсе.",
            "Марк Стивенс",
            {("пилот", None, "Сибирь", None)},
        ),
        (
            "Игорь Лебедев (главный инженер проекта) показал чертежи.",
            "Игорь Лебедев",
            {("главный инженер проекта", None, None, None)},
        ),
        # one apposition after another, and one that ends with a prepositional phrase
        (
            "Слово взял Павел Орлов, известный борец с коррупцией, член Общественной палаты.",
            "Павел Орлов",
            {("борец", None, None, None), ("член", None, "Общественная палата", None)},
        ),
        (
            "Тимур, рабочий из цеха сборки, согласился поговорить.",
            "Тимур",
            {("рабочий", None, None, None)},
        ),
        # a Latin spelling in brackets is the same person, and the apposition follows it
        (
            "Об этом сказал Скотт Келли (Scott Kelly), бывший астронавт.",
            "Скотт Келли",
            {("астронавт", None, None, None)},
        ),
    ],
)
def test_an_apposition_after_the_name(extractor, text, name, roles):
    assert roles_of(extractor, text, name) == roles


@pytest.mark.parametrize(
    "text,name,roles",
    [
        (
            "Елена Кравец была назначена министром финансов в 2019 году.",
            "Елена Кравец",
            {("министр финансов", None, None, None)},
        ),
        (
            "Капитаном сборной стал Игорь Денисов.",
            "Игорь Денисов",
            {("капитан сборной", None, None, None)},
        ),
        (
            (
                "Олег Сорокин, который в то время был вице-президентом «Роснефти», отказался от "
                "комментариев."
            ),
            "Олег Сорокин",
            {("вице-президент", None, "Роснефть", None)},
        ),
        (
            "Клуб объявил Дмитрия Баринова новым капитаном.",
            "Дмитрий Баринов",
            {("капитан", None, None, None)},
        ),
        # of a pronoun: the person it stands for
        (
            "Андрей Козлов выступил на митинге. Он является депутатом городской думы.",
            "Андрей Козлов",
            {("депутат городской думы", None, None, None)},
        ),
    ],
)
def test_a_title_a_verb_states(extractor, text, name, roles):
    assert roles_of(extractor, text, name) == roles


@pytest.mark.parametrize(
    "text,name",
    [
        ("Житель Казани Иван Смирнов нашёл клад.", "Иван Смирнов"),  # a bystander
        ("Американец Джон Смит выиграл марафон.", "Джон Смит"),  # a nationality
        ("Мама Олега Петрова пришла в суд.", "Олег Петров"),  # kin, and whom the noun belongs to
        (
            "Помощник Анны Ивановой по связям с прессой Ольга Лис ответила на вопросы.",
            "Анна Иванова",
        ),  # whom it serves
        ("Министр заявил Ивану Петрову, что решение принято.", "Иван Петров"),  # the cases differ
        ("Али Асадов передал главе государства приветствия от Ильхама Алиева.", "Ильхам Алиев"),
    ],
)
def test_no_title(extractor, text, name):
    assert roles_of(extractor, text, name) == set()


def test_the_title_whose_case_the_name_shares(extractor):
    text = "Министр передал главе государства приветствия Президента Азербайджана Ильхама Алиева."
    assert roles_of(extractor, text, "Ильхам Алиев") == {("президент", "Азербайджан", None, None)}


def test_the_one_served_gives_the_aide_no_second_title(extractor):
    text = "Помощник Анны Ивановой по связям с прессой Ольга Лис ответила на вопросы."
    assert roles_of(extractor, text, "Ольга Лис") == {("помощник", None, None, None)}


@pytest.mark.parametrize(
    "text,name,roles",
    [
        # a participle of office and what it governs in the instrumental; an abbreviation's dot
        (
            "Генерал Ахмад Рези, командующий силами береговой охраны, погиб.",
            "Ахмад Рези",
            {
                ("генерал", None, None, None),
                ("командующий силами береговой охраны", None, None, None),
            },
        ),
        (
            "Виктор Лебедев - зав. кафедрой истории МГУ.",
            "Виктор Лебедев",
            {("заведующий кафедрой истории", None, "МГУ", None)},
        ),
        # an acting official: the title that follows in the genitive
        (
            "Врио губернатора Ирина Гехт подписала указ.",
            "Ирина Гехт",
            {("временно исполняющий обязанности губернатора", None, None, None)},
        ),
        (
            (
                "Марк Блум, исполняющий обязанности официального представителя Госдепартамента "
                "США, выступил сегодня."
            ),
            "Марк Блум",
            {
                (
                    "исполняющий обязанности официального представителя госдепартамента",
                    "США",
                    None,
                    None,
                )
            },
        ),
        # an age and a term say when and how old, not what
        (
            "Анна Смирнова, 35-летняя учительница из Твери, выиграла конкурс.",
            "Анна Смирнова",
            {("учительница", None, None, None)},
        ),
        (
            "Об этом рассказал депутат Верховной Рады 8-го созыва Олег Лещенко.",
            "Олег Лещенко",
            {("депутат верховной рады", "Украина", None, None)},
        ),
        # participles before the noun they describe
        (
            "Говорит Крис Мэйер - управляющий директор и совладелец агентства Kollektiv.",
            "Крис Мэйер",
            {("управляющий директор", None, None, None), ("совладелец", None, "Kollektiv", None)},
        ),
    ],
)
def test_titles_of_participles_and_acting_officials(extractor, text, name, roles):
    assert roles_of(extractor, text, name) == roles


@pytest.mark.parametrize(
    "text,name,roles",
    [
        # the subject of a verb joined to the one with the subject; a name in apposition to the
        # subject
        (
            "Павел Смирнов уходит с поста директора театра, но остается главным режиссером.",
            "Павел Смирнов",
            {("директор театра", None, None, None), ("главный режиссер", None, None, None)},
        ),
        (
            "Место председателя комиссии занял профессор Игорь Фомин.",
            "Игорь Фомин",
            {("профессор", None, None, None), ("председатель комиссии", None, None, None)},
        ),
    ],
)
def test_titles_of_joined_verbs_and_posts(extractor, text, name, roles):
    assert roles_of(extractor, text, name) == roles


def test_a_title_only_reference_with_a_place_gives_the_one_named_before_it_the_title(extractor):
    text = (
        "Инициативу Андрея Полякова поддержали не все. Особенно резкие замечания в адрес "
        "мэра Казани прозвучали вчера."
    )
    assert roles_of(extractor, text, "Андрей Поляков") == {("мэр", "Россия", None, "Казань")}


def test_a_title_only_reference_is_of_nobody_the_same_sentence_names(extractor):
    text = "Японский посол не сообщил о поездке Дмитрия Медведева на Курилы."
    assert roles_of(extractor, text, "Дмитрий Медведев") == set()


def test_the_head_of_which_is_the_noun_the_clause_is_about(extractor):
    text = (
        "Церковь открыла в Берлине свое постоянное представительство, главой которого "
        "является епископ Павел Громов."
    )
    assert roles_of(extractor, text, "Павел Громов") == {
        ("епископ", None, None, None),
        ("глава постоянного представительства", None, None, None),
    }


@pytest.mark.parametrize(
    "text,name,roles",
    [
        # an honorary title keeps its adjective, a participle's or not
        (
            "Заслуженный артист России Олег Вонтов умер в Петербурге.",
            "Олег Вонтов",
            {("заслуженный артист", "Россия", None, None)},
        ),
        # an abbreviation keeps its letters
        (
            "Ранее ушла из жизни президент СПбГУ Людмила Вербина.",
            "Людмила Вербина",
            {("президент", None, "СПбГУ", None)},
        ),
    ],
)
def test_honorary_titles_and_abbreviated_employers(extractor, text, name, roles):
    assert roles_of(extractor, text, name) == roles


def test_a_womans_title_refers_to_no_man(extractor):
    text = "Это подтвердил Сергей Сенин. Актриса Латвии рассказала о съемках."
    assert roles_of(extractor, text, "Сергей Сенин") == set()


def test_a_nations_adjective_names_its_country(extractor):
    text = "Главный латышский композитор Раймонд Паулс дал концерт."
    assert roles_of(extractor, text, "Раймонд Паулс") == {
        ("главный композитор", "Латвия", None, None)
    }


@pytest.mark.parametrize(
    "text,name,roles",
    [
        # every adjective before a title word is the title's, but those of time and praise
        (
            "Старший научный сотрудник ИКИ Олег Козлов рассказал о Марсе.",
            "Олег Козлов",
            {("старший научный сотрудник", None, "ИКИ", None)},
        ),
        (
            "Главный санитарный врач России Анна Попова ввела ограничения.",
            "Анна Попова",
            {("главный санитарный врач", "Россия", None, None)},
        ),
        (
            "Известный режиссер Никита Михалков снял фильм.",
            "Никита Михалков",
            {("режиссер", None, None, None)},
        ),
        (
            "Наследный принц Иордании Хусейн бен Абдалла прибыл в Амман.",
            "Хусейн бен Абдалла",
            {("наследный принц", "Иордания", None, None)},
        ),
        (
            "Управляющий партнер компании Deloitte Иван Петров рассказал о планах.",
            "Иван Петров",
            {("управляющий партнер", None, "Deloitte", None)},
        ),
        # an ordinal is every deputy's
        (
            "Первый вице-мэр Москвы Владимир Ресин открыл станцию.",
            "Владимир Ресин",
            {("первый вице-мэр", "Россия", None, "Москва")},
        ),
        # a title word a sentence opens with, tagged a name
        (
            "Кардиохирург Лео Бокерия провел операцию.",
            "Лео Бокерия",
            {("кардиохирург", None, None, None)},
        ),
        # short forms written out; a nationality is no title
        (
            "Генпрокурор Игорь Краснов выступил в Совфеде.",
            "Игорь Краснов",
            {("генеральный прокурор", None, None, None)},
        ),
        (
            "Тайконавт Ян Ливэй стал первым китайцем в космосе.",
            "Ян Ливэй",
            {("тайконавт", None, None, None)},
        ),
    ],
)
def test_title_words_and_their_adjectives(extractor, text, name, roles):
    assert roles_of(extractor, text, name) == roles


@pytest.mark.parametrize(
    "text,name,roles",
    [
        # who heads something is its head; a list or a rite one leads is no office
        (
            "Иван Смирнов возглавил компанию «Норникель».",
            "Иван Смирнов",
            {("глава", None, "Норникель", None)},
        ),
        (
            "Алексей Миллер, возглавляющий «Газпром», встретился с инвесторами.",
            "Алексей Миллер",
            {("глава", None, "Газпром", None)},
        ),
        (
            "Павел Иванов руководит отделом продаж.",
            "Павел Иванов",
            {("руководитель отдела продаж", None, None, None)},
        ),
        (
            "Протоиерей Всеволод Чаплин возглавил панихиду.",
            "Всеволод Чаплин",
            {("протоиерей", None, None, None)},
        ),
        # a territorial body keeps its place; a contested city gives no country
        (
            "Начальник ГУ МВД по Москве Олег Баранов выступил.",
            "Олег Баранов",
            {("начальник", None, "ГУ МВД по Москве", None)},
        ),
        (
            "Губернатор Севастополя Михаил Развожаев открыл школу.",
            "Михаил Развожаев",
            {("губернатор", None, None, "Севастополь")},
        ),
        (
            "Глава Ингушетии Махмуд-Али Калиматов провел совещание.",
            "Махмуд-Али Калиматов",
            {("глава", "Россия", None, "Республика Ингушетия")},
        ),
        # where an official went says nothing of whose official he is
        (
            "Министр здравоохранения Михаил Мурашко посетил Донецк.",
            "Михаил Мурашко",
            {("министр здравоохранения", None, None, None)},
        ),
        # continents and the world are part of a title; a see; a unit's number; a compound
        (
            "Чемпионку Европы Алину Загитову наградили медалью.",
            "Алина Загитова",
            {("чемпионка европы", None, None, None)},
        ),
        (
            "Митрополит Санкт-Петербургский Варфоломей провел службу.",
            "Варфоломей",
            {("митрополит", "Россия", None, "Санкт-Петербург")},
        ),
        (
            "Главврач больницы № 40 Денис Проценко рассказал о ситуации.",
            "Денис Проценко",
            {("главный врач больницы № 40", None, None, None)},
        ),
        (
            "Сити-менеджер Ижевска Олег Бекмеметьев ушел в отставку.",
            "Олег Бекмеметьев",
            {("сити-менеджер", "Россия", None, "Ижевск")},
        ),
    ],
)
def test_heads_places_and_compounds(extractor, text, name, roles):
    assert roles_of(extractor, text, name) == roles


def test_a_plural_title_gives_each_holder_his_place(extractor):
    text = "Мэры Москвы и Петербурга Сергей Собянин и Александр Беглов подписали соглашение."
    assert roles_of(extractor, text, "Александр Беглов") == {
        ("мэр", "Россия", None, "Санкт-Петербург")
    }


@pytest.mark.parametrize(
    "text,name,roles",
    [
        # a country has one president: a bare `президент` is not of the country whose president is
        # named
        (
            "Президент Казахстана Касым-Жомарт Токаев находится во Франции с официальным "
            "визитом. В Елисейском дворце "
            "он провел переговоры с президентом Эмманюэлем Макроном.",
            "Эмманюэль Макрон",
            {("президент", None, None, None)},
        ),
        # where someone acts (`в Женеве`, `в Москве`) is not whom he serves
        (
            "Замглавы МИД Сергей Рябков 12 сентября проведет в Женеве консультации.",
            "Сергей Рябков",
            {("заместитель министра иностранных дел", None, None, None)},
        ),
        # the same office misspelt a second time is still the same country's
        (
            "Президент Грузии Михаил Сааакашвили объявил о победе. Власти применили силу, а "
            "президент Саакашвили "
            "объявил чрезвычайное положение.",
            "Саакашвили",
            {("президент", "Грузия", None, None)},
        ),
    ],
)
def test_a_bare_state_titles_country(extractor, text, name, roles):
    assert roles_of(extractor, text, name) == roles


@pytest.mark.parametrize(
    "text,name,roles",
    [
        # a post's adjective agrees with the title, not with `главное`
        (
            "Пост главного тренера ЦСКА занял Фабио Челестини.",
            "Фабио Челестини",
            {("главный тренер", None, "ЦСКА", None)},
        ),
        # a name the dictionary knows keeps its case: the genitive title before it is someone else's
        (
            "Указом губернатора Игорь Дмитриев назначен министром здравоохранения области.",
            "Игорь Дмитриев",
            {("министр здравоохранения", None, None, None)},
        ),
        # an aide's title before a genitive name is of whom he serves
        ("Защитник Анны Ивановой адвокат Сергей Петров подал апелляцию.", "Анна Иванова", set()),
        # a union of states is an employer, not a place
        (
            "Глава дипломатии ЕС Кая Каллас посетила Киев.",
            "Кая Каллас",
            {("министр иностранных дел", None, "ЕС", None)},
        ),
        # ministries by their short names, abbreviated kinds before quoted names, participles of
        # office
        (
            "Глава Минфина Антон Силуанов выступил в Думе.",
            "Антон Силуанов",
            {("министр финансов", None, None, None)},
        ),
        (
            "Нападающий ФК «Зенит» Андрей Мостовой забил гол.",
            "Андрей Мостовой",
            {("нападающий", None, "ФК «Зенит»", None)},
        ),
        (
            "Заведующая кафедрой Мария Орлова выступила на конференции.",
            "Мария Орлова",
            {("заведующий кафедрой", None, None, None)},
        ),
        (
            "Следователь по особо важным делам Иван Сидоров возбудил дело.",
            "Иван Сидоров",
            {("следователь по особо важным делам", None, None, None)},
        ),
        (
            "Первый и последний президент СССР Михаил Горбачев умер в 2022 году.",
            "Михаил Горбачев",
            {("президент", "СССР", None, None)},
        ),
    ],
)
def test_posts_cases_employers_and_written_out_offices(extractor, text, name, roles):
    assert roles_of(extractor, text, name) == roles


@pytest.mark.parametrize(
    "text,name,roles",
    [
        # a plural title before a list of names: every name of the list holds it, the n-th with
        # the n-th country the title names (`и` or commas between them)
        (
            "Премьер-министры Армении, Грузии и Молдовы Карен Аветисян, Леван Гвинианидзе и Ион "
            "Чебан подписали декларацию.",
            "Ион Чебан",
            {("премьер-министр", "Молдавия", None, None)},
        ),
        # two adjectives sharing a plural region noun are two regions
        (
            "Губернаторы Томской и Омской областей Андрей Климов и Павел Ершов выступили.",
            "Андрей Климов",
            {("губернатор", "Россия", None, "Томская область")},
        ),
        (
            "Губернаторы Томской и Омской областей Андрей Климов и Павел Ершов выступили.",
            "Павел Ершов",
            {("губернатор", "Россия", None, "Омская область")},
        ),
        # a hyphenated region keeps the capitals of its parts in the nominative
        (
            "Губернатор Ханты-Мансийского автономного округа Руслан Кухарчук открыл школу.",
            "Руслан Кухарчук",
            {("губернатор", "Россия", None, "Ханты-Мансийский автономный округ")},
        ),
        # a title that counts its countries names none of them, and none is guessed for it
        (
            "Министры обороны двух стран Ахмед Юсуфов и Ли Чжэнмин обсудили учения в Минске.",
            "Ли Чжэнмин",
            {("министр обороны", None, None, None)},
        ),
        (
            "Президенты обоих государств Ален Фонтен и Жорж Лоран открыли форум.",
            "Ален Фонтен",
            {("президент", None, None, None)},
        ),
        # `главы` before a nominative name is a nominative plural, not a genitive singular
        (
            "Главы Минэкономразвития Пётр Карпов и Сергей Гладких провели встречу.",
            "Сергей Гладких",
            {("министр экономического развития", None, None, None)},
        ),
        # `страны`, `региона` after an office: the one the text means, no part of its name
        (
            "Глава МИД страны Анвар Расулов вылетел в Ташкент.",
            "Анвар Расулов",
            {("министр иностранных дел", None, None, None)},
        ),
        (
            "Руководитель Росздравнадзора региона Ирина Носова проверила больницу.",
            "Ирина Носова",
            {("руководитель", None, "Росздравнадзор", None)},
        ),
    ],
)
def test_plural_titles_lists_and_counted_places(extractor, text, name, roles):
    assert roles_of(extractor, text, name) == roles


@pytest.mark.parametrize(
    "text,name,roles",
    [
        # a genitive title hanging on a noun before it, the name in the nominative: the title is
        # that noun's (whose decree), not the name's
        (
            "Указом президента Артем Белов назначен послом в Чили.",
            "Артем Белов",
            {("посол", None, None, None)},
        ),
        (
            "Визит президента Азербайджана Ильхама Алиева завершился в пятницу.",
            "Ильхам Алиев",
            {("президент", "Азербайджан", None, None)},
        ),
        # a foreign name that does not decline shows no case of its own: the title is its
        (
            "Встреча министра с заместителем госсекретаря США Кристин Лоуренс прошла в Риме.",
            "Кристин Лоуренс",
            {("заместитель госсекретаря", "США", None, None)},
        ),
        # where one is sent to serve is not whose office it is
        (
            "Игорь Зотов назначен послом в Перу.",
            "Игорь Зотов",
            {("посол", None, None, None)},
        ),
        # a verb after another's name in an attribution states the title of its own subject
        (
            "По словам Ивана Орлова, Пётр Сидоров стал капитаном команды.",
            "Иван Орлов",
            set(),
        ),
        # `выступать` + the instrumental states a title as `являться` does
        (
            "Продюсером фильма выступила Ирина Гордеева.",
            "Ирина Гордеева",
            {("продюсер фильма", None, None, None)},
        ),
    ],
)
def test_titles_of_other_nouns_serving_places_and_acting_as(extractor, text, name, roles):
    assert roles_of(extractor, text, name) == roles


@pytest.mark.parametrize(
    "text,name,roles",
    [
        # an age between commas or in the brackets stands beside the apposition, no part of it
        (
            "Ольга Дроздова, 38 лет, ветеринар из Калуги, спасла щенка.",
            "Ольга Дроздова",
            {("ветеринар", None, None, None)},
        ),
        (
            "Артур Галиев (защитник, 24 года) перешёл в «Рубин».",
            "Артур Галиев",
            {("защитник", None, None, None)},
        ),
    ],
)
def test_an_age_beside_the_apposition(extractor, text, name, roles):
    assert roles_of(extractor, text, name) == roles


@pytest.mark.parametrize(
    "text,name,roles",
    [
        # a plural place noun is part of an organisation's name
        (
            "Директор Института стран СНГ Константин Затулин выступил в Думе.",
            "Константин Затулин",
            {("директор", None, "Институт стран СНГ", None)},
        ),
        # `этой страны` is the one named: no count
        (
            "Во Франции прошли выборы. Президент этой страны Эммануэль Макрон выступил.",
            "Эммануэль Макрон",
            {("президент", "Франция", None, None)},
        ),
        # a name listed past the countries a plural title names holds none of it
        (
            "Президенты России и Турции Владимир Путин, Реджеп Эрдоган и Ильхам Алиев встретились.",
            "Ильхам Алиев",
            set(),
        ),
    ],
)
def test_what_a_counted_or_anaphoric_place_does_not_take(extractor, text, name, roles):
    assert roles_of(extractor, text, name) == roles


def test_a_persons_name_in_quotation_marks_is_no_employer(extractor):
    text = "Блогер «Пётр Смолин» опубликовал расследование."
    assert roles_of(extractor, text, "Пётр Смолин") == {("блогер", None, None, None)}
