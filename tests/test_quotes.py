import pytest


def quotes(extractor, text):
    rec = extractor(text)
    names = {p.id: p.name for p in rec.persons}
    return [(q.text, names.get(q.speaker), q.verb) for q in rec.quotes]


def test_quote_before_attribution(extractor):
    text = "«Мы готовы к диалогу с соседями», – заявил Кассым Токаев."
    assert quotes(extractor, text) == [
        ("Мы готовы к диалогу с соседями", "Кассым Токаев", "заявить")
    ]


def test_quote_after_colon(extractor):
    text = "Министр Антон Силуанов подчеркнул: „Бюджет будет исполнен в срок полностью“."
    assert quotes(extractor, text) == [
        ("Бюджет будет исполнен в срок полностью", "Антон Силуанов", "подчеркнуть")
    ]


def test_broken_quote_is_two_quotes(extractor):
    text = (
        "«Переговоры шли трудно и долго, – сказал Игорь Петров. – Но мы нашли общий язык со всеми»."
    )
    assert [q[0] for q in quotes(extractor, text)] == [
        "Переговоры шли трудно и долго",
        "Но мы нашли общий язык со всеми",
    ]
    assert {q[1] for q in quotes(extractor, text)} == {"Игорь Петров"}


def test_pronoun_speaker(extractor):
    text = (
        "Глава компании Олег Иванов выступил в Казани. «Рынок растёт быстрее, чем ожидали», "
        "– отметил он."
    )
    assert quotes(extractor, text)[0][1:] == ("Олег Иванов", "отметить")


def test_names_in_quotes_are_not_quotes(extractor):
    assert quotes(extractor, "Об этом сообщил телеканал «МИР 24» и газета «Известия».") == []


def test_unbalanced_mark_does_not_break(extractor):
    assert quotes(extractor, "Он сказал «да и ушёл. Потом вернулся.") == []


def test_cited_person_is_the_speaker_not_the_outlet(extractor):
    text = (
        "Посол Франции Пьер Леви встретился с журналистами. "
        "«Диалог с Москвой нужно продолжать и дальше», — цитирует Газета.ру Леви."
    )
    assert quotes(extractor, text)[0][1:] == ("Пьер Леви", "цитировать")


def test_speaker_named_by_a_common_noun(extractor):
    text = (
        "Министр финансов Германии Кристиан Линднер выступил в Берлине. Канцлер Германии Олаф "
        "Шольц промолчал. "
        "Об этом рассказал министр Линднер журналистам. "
        "«Бюджет на следующий год будет сбалансирован», — цитирует агентство немецкого политика."
    )
    assert quotes(extractor, text)[0][1] == "Кристиан Линднер"


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # the closing mark is missing: the attribution's dash ends the quote
        (
            (
                "«Пока не будем подписывать договор, мы не согласны с рядом пунктов, — заявлял "
                "«Известиям» Илья Перекопский."
            ),
            "Пока не будем подписывать договор, мы не согласны с рядом пунктов",
            "Илья Перекопский",
        ),
        # a short name in quotation marks between the verb and the speaker
        (
            "«Мы готовы к диалогу с соседями», — заявил «РИА Новости» глава МИД Сергей Лавров.",
            "Мы готовы к диалогу с соседями",
            "Сергей Лавров",
        ),
    ],
)
def test_attribution_across_a_missing_mark_or_a_quoted_name(extractor, text, quote, speaker):
    rec = extractor(text)
    names = {p.id: p.name for p in rec.persons}
    assert [(q.text, names.get(q.speaker)) for q in rec.quotes] == [(quote, speaker)]


def test_an_unclosed_mark_with_no_speech_verb_is_no_quote(extractor):
    assert (
        extractor("Акции «Газпрома и других компаний, — подешевели на бирже в пятницу.").quotes
        == []
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "«Это историческое событие», — подчеркнул Никол Пашинян.",
            [("Это историческое событие", "Никол Пашинян", "подчеркнуть")],
        ),
        ("«Нет», — коротко ответил Сергей Лавров.", [("Нет", "Сергей Лавров", "ответить")]),
        (
            "Об этом сообщили «Известия», — пишет РБК.",
            [],
        ),  # a name in quotation marks, however followed
        (
            "По словам Сергея Лаврова, «двери остаются открытыми для всех».",
            [("двери остаются открытыми для всех", "Сергей Лавров", None)],
        ),
        (
            "По его мнению, «всё решится осенью», сказал депутат.",
            [],
        ),  # not `по словам`: no attribution before the comma
        # the one named after `по словам`, not the first name of the sentence
        (
            "Переговоры Моктара Уана с Сергеем Лавровым, по словам Андрея Нестеренко, «будут "
            "посвящены "
            "двустороннему сотрудничеству».",
            [("будут посвящены двустороннему сотрудничеству", "Андрей Нестеренко", None)],
        ),
    ],
)
def test_short_quotes_beside_their_attribution_and_according_to(extractor, text, expected):
    assert quotes(extractor, text) == expected


@pytest.mark.parametrize(
    "text,speaker",
    [
        # `он` is the speaker before, not the man named inside the quote
        (
            "«Мы договорились», — сказал Олег Смирнов. «Вопрос решит разговор министра с "
            "Иваном Карповым», "
            "— добавил он.",
            "Олег Смирнов",
        ),
        # `представитель Кремля` is whoever spoke for it, not the president the quote mentions
        (
            "Об этом сообщил пресс-секретарь Кремля Дмитрий Песков. «Президент Путин готов к "
            "звонку сегодня "
            "вечером», — отметил официальный представитель Кремля.",
            "Дмитрий Песков",
        ),
        # nobody named outside the quote: no speaker, not the accused inside it
        ("Судья заявила, что «Андрей Никитин организовал беспорядки и руководил ими».", None),
    ],
)
def test_names_inside_a_quote_are_no_speakers(extractor, text, speaker):
    assert [q[1] for q in quotes(extractor, text)][-1] == speaker


@pytest.mark.parametrize(
    "text,expected",
    [
        # a quotation whose marks were lost: the attribution's `, — <speech verb>` says it is speech
        (
            "Президент Олег Смирнов провел переговоры.\nМы обсудили много вопросов, которые "
            "представляют взаимный "
            "интерес, — отметил Смирнов.",
            [("Мы обсудили много вопросов, которые представляют взаимный интерес", "Олег Смирнов")],
        ),
        # the speech resumes after its attribution
        (
            "— Мы готовы к переговорам, — сказал Олег Смирнов. — Приезжайте в любое время.",
            [
                ("Мы готовы к переговорам", "Олег Смирнов"),
                ("Приезжайте в любое время.", "Олег Смирнов"),
            ],
        ),
        (
            (
                "Мы готовы к переговорам с соседями, — сказал Олег Смирнов, — но только на равных "
                "условиях."
            ),
            [
                ("Мы готовы к переговорам с соседями", "Олег Смирнов"),
                ("но только на равных условиях.", "Олег Смирнов"),
            ],
        ),
        # a dash with no speech verb after it is no attribution
        ("МОСКВА, 5 мая — РИА Новости. Президент Олег Смирнов прибыл в Казань.", []),
        ("Россия, Китай и Индия, — страны, с которыми работает Олег Смирнов.", []),
    ],
)
def test_speech_without_quotation_marks(extractor, text, expected):
    assert [q[:2] for q in quotes(extractor, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the nearest speech verb before the quote, and its subject, not a name later in its
        # sentence
        (
            "Об итогах рассказал министр Сергей Куприянов. Он подчеркнул, что на переговорах с "
            "участием Виктора "
            "Януковича «позиции по вопросам сотрудничества удалось сблизить».",
            [
                (
                    "позиции по вопросам сотрудничества удалось сблизить",
                    "Сергей Куприянов",
                    "подчеркнуть",
                )
            ],
        ),
        # a pronoun inside quoted words stands for nobody outside them
        (
            "«Если он недоволен, он сменит адвоката», — пояснила Алла Бут. Супруга не "
            "исключила того, что "
            "«придется воспользоваться помощью других юристов».",
            [
                ("Если он недоволен, он сменит адвоката", "Алла Бут", "пояснить"),
                ("придется воспользоваться помощью других юристов", "Алла Бут", "пояснить"),
            ],
        ),
        (
            "«Мы не собираемся отступать от своих принципов», — парировал Сергей Лавров.",
            [("Мы не собираемся отступать от своих принципов", "Сергей Лавров", "парировать")],
        ),
    ],
)
def test_attribution_earlier_in_the_paragraph(extractor, text, expected):
    assert quotes(extractor, text) == expected


@pytest.mark.parametrize(
    "text,speaker",
    [
        # `он` is the subject before, not the last name before it
        (
            "Президент Украины Петр Порошенко не видит необходимости смены премьер-министра "
            "Арсения Яценюка. "
            "«Я не вижу сегодня возможностей для смены премьер-министра», – сказал он.",
            "Петр Порошенко",
        ),
        # and agrees in gender
        (
            "Премьеру Николаю Азарову неприятно, что Юлия Тимошенко содержится в СИЗО. «Я ее "
            "знаю лично, поэтому "
            "мне неприятно», - отметил он.",
            "Николай Азаров",
        ),
        (
            "Алла Бут встретится с мужем Виктором в суде. «Мы не виделись с 15 ноября и "
            "планируем прийти в суд», "
            "— сказала она.",
            "Алла Бут",
        ),
        # `приводит его слова`: the possessive stands for the speaker too
        (
            'Михаил Саакашвили снова заявил о нежелании быть премьером.\n\n"Становиться '
            "премьером я не планирую, это "
            'все спекуляции", - приводит его слова РИА Новости.',
            "Михаил Саакашвили",
        ),
    ],
)
def test_a_pronoun_means_the_subject_before_of_its_gender(extractor, text, speaker):
    assert [q[1] for q in quotes(extractor, text)] == [speaker]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a short quote after `<speech verb>:`, attributed to the clause before the colon
        (
            "Отвечая на вопрос о Юлии Тимошенко, Николай Азаров сказал: «Ну, конечно».",
            [("Ну, конечно", "Николай Азаров", "сказать")],
        ),
        (
            'Джо Байден отметил: "Америка вернулась".',
            [("Америка вернулась", "Джо Байден", "отметить")],
        ),
        # a colon with no speech verb in its clause introduces a name
        ("Название проекта: «Северный поток».", []),
        ("Как пишет газета, заголовок гласил: «Победа».", []),
    ],
)
def test_a_short_quote_after_a_speech_verb_and_colon(extractor, text, expected):
    assert quotes(extractor, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a straight mark before a word after a space opens a name inside the quote; the quote stays
        # whole
        (
            (
                '"Я знаю, что в "Яндекс.Новости" применялась очень серьезная модель", - сказал '
                "Олег Смирнов."
            ),
            [('Я знаю, что в "Яндекс.Новости" применялась очень серьезная модель', "Олег Смирнов")],
        ),
        (
            (
                '"Весь день шли встречи делегации и "шестерки", это был продуктивный день ", - '
                "сказала Хиллари Клинтон."
            ),
            [
                (
                    'Весь день шли встречи делегации и "шестерки", это был продуктивный день',
                    "Хиллари Клинтон",
                )
            ],
        ),
        # a quote that ends with a quoted name closes with the name's mark
        (
            (
                '"Сегодня огласят приговор бывшему директору клуба "Цмоки-Минск", — сообщила Юлия '
                "Ляскова."
            ),
            [('Сегодня огласят приговор бывшему директору клуба "Цмоки-Минск', "Юлия Ляскова")],
        ),
        # the quote in the paragraph after `сказал:`
        (
            (
                'Отвечая на вопрос, Алексей Миллер сказал:\n\n"Подобные предложения могут '
                'появиться только в газете".'
            ),
            [("Подобные предложения могут появиться только в газете", "Алексей Миллер")],
        ),
        # a quote ending with a quoted name at the end of its line closes with the name's mark
        (
            'Алексей Миллер отметил: "По-видимому, это касается компании "РосУкрЭнерго".',
            [('По-видимому, это касается компании "РосУкрЭнерго', "Алексей Миллер")],
        ),
    ],
)
def test_straight_marks_nest_and_a_colon_reaches_the_next_paragraph(extractor, text, expected):
    assert [q[:2] for q in quotes(extractor, text)] == expected


@pytest.mark.parametrize(
    "text,speaker",
    [
        # whom one speaks to does not speak; the lawyer named before does
        (
            "Об этом заявил адвокат Станислав Зайцев. Выступая в репликах, защитник "
            "обвиняемого обратился к судье "
            "Виктору Кучко, заявив, что гособвинение «преследует более значимые задачи в этом "
            "деле».",
            "Станислав Зайцев",
        ),
        # `по словам X, он «…»`
        (
            (
                "Юрий Кацман работал в издательском доме. По словам Кацмана, он «ушел по "
                "собственному желанию из компании»."
            ),
            "Юрий Кацман",
        ),
        # a name later in the sentence, past the speaker's clause, is not the speaker
        (
            "Как пояснила жена бизнесмена, на встречу прибудут его дочь Лиза и мать Раиса. Тем "
            "не менее супруга "
            "убеждена, что встречи должны проходить «систематически, не реже одного раза в "
            "неделю».",
            None,
        ),
    ],
)
def test_addressees_and_later_names_are_no_speakers(extractor, text, speaker):
    assert [q[1] for q in quotes(extractor, text)] == [speaker]


def test_a_dialogue_line_attributed_after_a_period(extractor):
    text = (
        "Андрей Шахов о сборной.\n- Наши юноши сегодня выиграли у Бельгии. – написал Шахов "
        "на своей странице."
    )
    assert quotes(extractor, text) == [
        ("Наши юноши сегодня выиграли у Бельгии.", "Андрей Шахов", "написать")
    ]


def test_the_head_of_state_by_the_seat_of_power(extractor):
    text = (
        "Президент России Владимир Путин провел переговоры с президентом США Дональдом "
        "Трампом. «Встреча "
        "была очень полезной», — заявил российский лидер. «Мы договорились продолжить "
        "контакты», — добавил "
        "глава Белого дома."
    )
    assert [q[1] for q in quotes(extractor, text)] == ["Владимир Путин", "Дональд Трамп"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # an attribution inside one pair of marks, with any speech verb in any form
        (
            "«Это была не акция, – уточнил Олег Белый. – Мы пришли почтить память»",
            [
                ("Это была не акция", "Олег Белый", "уточнить"),
                ("Мы пришли почтить память", "Олег Белый", "уточнить"),
            ],
        ),
        (
            (
                "«Мы не виделись с ноября и хотим прийти вместе, — сказала Алла Котова. — Нам "
                "никто этого не запрещал»."
            ),
            [
                ("Мы не виделись с ноября и хотим прийти вместе", "Алла Котова", "сказать"),
                ("Нам никто этого не запрещал", "Алла Котова", "сказать"),
            ],
        ),
        # after a comma with no dash, as translations print it
        (
            "«Во время первой экспедиции на Луну высадятся четыре человека», сказал Скотт Рид.",
            [
                (
                    "Во время первой экспедиции на Луну высадятся четыре человека",
                    "Скотт Рид",
                    "сказать",
                )
            ],
        ),
        # after a dash any verb attributes the words
        (
            "«Смешивать это с беспорядками нельзя», – заключил Олег Белый.",
            [("Смешивать это с беспорядками нельзя", "Олег Белый", "заключить")],
        ),
        # an outlet's verb after, the speaker before the colon
        (
            (
                "Павел Смирнов называет это ошибкой: «Я убежден, что театр ждет судьба Царицыно», "
                "сообщает ТАСС."
            ),
            [("Я убежден, что театр ждет судьба Царицыно", "Павел Смирнов", None)],
        ),
    ],
)
def test_attributions_by_their_punctuation(extractor, text, expected):
    assert quotes(extractor, text) == expected


def test_a_title_stands_for_the_one_who_holds_it(extractor):
    text = (
        "Службу провел протоиерей Андрей Ткачев. Гостей было много. «Мы молимся за всех "
        "погибших», – сказал "
        "протоиерей."
    )
    assert quotes(extractor, text)[0][1] == "Андрей Ткачев"


@pytest.mark.parametrize(
    "text,speakers",
    [
        # quoted words nothing attributes go on with the speech before them
        (
            "«Мы будем строить базу поэтапно», сказал Скотт Рид. «Это очень важное решение для "
            "всех нас».\n\n"
            "Программа рассчитана на десять лет.\n\n«Мы рассматриваем все возможности для полёта».",
            ["Скотт Рид", "Скотт Рид", "Скотт Рид"],
        ),
        # not across someone else
        (
            "«Мы будем строить базу поэтапно», сказал Скотт Рид.\n\nВ Москве тем временем "
            "выступил Олег Лунев.\n\n"
            "«Это очень важное решение для всех нас».",
            ["Скотт Рид", None],
        ),
    ],
)
def test_speech_goes_on(extractor, text, speakers):
    assert [q[1] for q in quotes(extractor, text)] == speakers


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Турнир разыграют за звание «Лучший игрок сезона» в мае.", []),
        # a quoted name opening a sentence goes on into it: no sentence of its own
        ("«Ростех» увеличил выпуск. Об этом заявил Сергей Чемезов.", []),
        ("В прокат вышел фильм «Иди и смотри». Об этом сообщает ТАСС.", []),
        ("Ему вменяется «мошенничество в особо крупном размере», «подделка документов».", []),
        (
            (
                "Вечером пройдет круглый стол «Реконструкция театра: справятся ли власти?» в "
                "пресс-центре."
            ),
            [],
        ),
        # a clause that goes on into quoted words is speech
        (
            (
                "Адвокат Ирина Смолина заявила, что обвинение «преследует совсем иные задачи в "
                "этом деле»."
            ),
            [("преследует совсем иные задачи в этом деле", "Ирина Смолина", "заявить")],
        ),
    ],
)
def test_names_and_terms_in_quotation_marks_are_no_quotes(extractor, text, expected):
    assert quotes(extractor, text) == expected


def test_a_verb_with_no_subject_after_the_quote_names_nobody(extractor):
    text = (
        "Павел Смирнов отказался от комментариев. «Мы не подписали документ, поскольку не "
        "учтены наши интересы», "
        "— сообщили в пресс-службе компании."
    )
    assert quotes(extractor, text) == [
        ("Мы не подписали документ, поскольку не учтены наши интересы", None, "сообщить")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a nationality or any animate noun as the attribution's subject: the person named before
        (
            (
                "Зоран Николич провел матч. «Мы сыграли плохо и проиграли заслуженно», – признался "
                "серб."
            ),
            [("Мы сыграли плохо и проиграли заслуженно", "Зоран Николич", "признаться")],
        ),
        # after quotation marks and a dash any verb attributes, in the verb's own lemma
        (
            "«Вопрос закрыт», – отрезал Андрей Галактионов.",
            [("Вопрос закрыт", "Андрей Галактионов", "отрезать")],
        ),
        (
            (
                "«Переговоры? Какие переговоры? – удивился Сергей Рябов. – Нам никто ничего не "
                "предлагал»."
            ),
            [
                ("Переговоры? Какие переговоры", "Сергей Рябов", "удивиться"),
                ("Нам никто ничего не предлагал", "Сергей Рябов", "удивиться"),
            ],
        ),
        # a nameless source speaks itself; a named outlet relays the person the paragraph names
        (
            "«Мы будем снижать ставку постепенно», – сказал ТАСС источник в правительстве.",
            [("Мы будем снижать ставку постепенно", None, "сказать")],
        ),
        (
            (
                "Министр Антон Силуанов выступил в Думе. «Бюджет будет исполнен полностью», – "
                "сообщает ТАСС."
            ),
            [("Бюджет будет исполнен полностью", "Антон Силуанов", "сообщать")],
        ),
        # the next sentence points back
        (
            "«Экономика Китая растет устойчиво». Об этом заявил председатель КНР Си Цзиньпин.",
            [("Экономика Китая растет устойчиво", "Си Цзиньпин", "заявить")],
        ),
        (
            "«Мы продолжим поддерживать союзников столько, сколько потребуется». Такое "
            "заявление сделал премьер-министр "
            "Великобритании Кир Стармер.",
            [
                (
                    "Мы продолжим поддерживать союзников столько, сколько потребуется",
                    "Кир Стармер",
                    None,
                )
            ],
        ),
    ],
)
def test_attributions_by_subject_verb_and_the_next_sentence(extractor, text, expected):
    assert quotes(extractor, text) == expected


def test_a_quotation_of_several_paragraphs(extractor):
    text = (
        "Президент Сербии Александр Вучич заявил журналистам:\n«Сербия не введет санкции "
        "против России.\n"
        "«Мы независимая страна.\n«Никакое давление этого не изменит»."
    )
    assert [q[1] for q in quotes(extractor, text)] == ["Александр Вучич"] * 3


def test_an_interviews_answers_are_the_interviewees(extractor):
    text = (
        "Корреспондент побеседовал с тренером «Спартака» Гильермо Абаскалем.\n— Чем вы "
        "объясните поражение?\n"
        "— Мы проиграли борьбу в центре поля.\n— Что дальше?\n— Будем работать над ошибками."
    )
    assert [q[1] for q in quotes(extractor, text)] == [
        None,
        "Гильермо Абаскаль",
        None,
        "Гильермо Абаскаль",
    ]


def test_a_signature_under_a_quotation_is_no_quote(extractor):
    text = (
        "«Превышений в пробах нет», — сообщили в ведомстве.\n— Татьяна Скригонюк, "
        "заместитель начальника пресс-службы"
    )
    assert [q[0] for q in quotes(extractor, text)] == ["Превышений в пробах нет"]


def test_a_country_reference_that_fits_two_untitled_persons_is_neither(extractor):
    text = (
        "Владимир Путин и Дональд Трамп провели телефонный разговор. «Разговор был очень "
        "продуктивным», "
        "– написал американский президент."
    )
    assert all(not p.roles for p in extractor(text).persons)


@pytest.mark.parametrize(
    "text,speaker",
    [
        # whose words are repeated spoke them, not the one who repeats them
        (
            (
                "Депутат Анна Устюжанина напомнила слова академика Леонида Абалкина: «Экономика не "
                "терпит резких движений»."
            ),
            "Леонид Абалкин",
        ),
        (
            (
                "Тренер Валерий Карпин привел слова президента клуба Сергея Галицкого: «Мы будем "
                "бороться до конца сезона»."
            ),
            "Сергей Галицкий",
        ),
        # a title nobody named holds is someone unnamed, not the one the text only talks about
        (
            "В суде продолжились слушания по делу бывшего замминистра обороны Тимура Иванова. "
            "«Вина подсудимого "
            "полностью доказана», — заявил в прениях прокурор.",
            None,
        ),
    ],
)
def test_words_of_another_and_unnamed_title_speakers(extractor, text, speaker):
    assert [q[1] for q in quotes(extractor, text)] == [speaker]


def test_a_paragraph_of_speech_left_open_is_the_speakers_credited_below(extractor):
    text = (
        "Глава района Олег Карпов подвёл итоги года.\n\n"
        "«Мы отремонтировали двенадцать школ и две поликлиники.\n\n"
        "«В следующем году начнём строить новый мост через реку», — пообещал глава района."
    )
    assert [s for _, s, _ in quotes(extractor, text)] == ["Олег Карпов", "Олег Карпов"]


def test_a_film_title_with_an_imperative_is_no_quote(extractor):
    text = "В прокате снова новый фильм. «Иди и смотри». Так называлась картина Элема Климова."
    assert quotes(extractor, text) == []
