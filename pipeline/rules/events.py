"""Words that state visits and agreements."""

from . import grammar

# Lemmas of nouns and verbs that state a trip.
VISIT_NOUNS = {"визит", "поездка", "посещение", "турне", "командировка", "пребывание"}
VISIT_VERBS = {
    "посетить",
    "посещать",
    "прибыть",
    "прибывать",
    "побывать",
    "приехать",
    "приезжать",
    "прилететь",
    "прилетать",
    "отправиться",
    "отправляться",
    "полететь",
    "вылететь",
    "направиться",
    "съездить",
    "посещение",
    "отбыть",
    "отбывать",
}
# `Министр иностранных дел Колумбии находится в Москве`: being in a place states a trip of one
# from another country (not of one who lives there: RESIDENT_TITLES).
STAYING_VERBS = {"находиться", "пребывать"}

# `Путин принял в Кремле президента Конго …`: the one received travelled, the subject hosts; and
# `его встретил министр обороны КНДР`: whoever receives the visitor there hosts.
RECEIVING_VERBS = {"принять", "принимать", "встретить", "встречать"}

# `Путин встретился в Пекине с Си Цзиньпином`: of two who met somewhere, the one from elsewhere
# travelled and the local one hosts.
MEETING_VERBS = {"встретиться", "встречаться"}
# Who lives where they meet people: meeting them there is no trip (`встретился в Москве с послом
# США`).
RESIDENT_TITLES = {
    "посол",
    "консул",
    "генконсул",
    "атташе",
    "постпред",
    "постоянный представитель",
    "корреспондент",
}

# Nouns for talks: `переговоры госсекретаря США … в Сочи` puts the foreign side on a trip.
MEETING_NOUNS = {"переговоры", "встреча", "беседа"}
# Words of the talks held on a trip (`провёл переговоры с …`, `обсудил с …`): whom they are `с`
# is met (not `прибыл вместе с женой`)
TALK_WORDS = (
    MEETING_VERBS
    | MEETING_NOUNS
    | {
        "переговорить",
        "беседовать",
        "побеседовать",
        "обсудить",
        "обсуждать",
        "провести",
        "проводить",
    }
)
# where a meeting of the trip is told: talks, or a reception (`его принял …`)
TALKS_AND_RECEPTIONS = TALK_WORDS | RECEIVING_VERBS
# subjects of talks that are the visitor's, told of before: `он провёл переговоры`
VISITORS_PRONOUNS = {"он", "она", "они"}

# Nouns a destination may hang on (`визит в Минск`, `саммит в Вашингтоне`); a place that hangs on
# any other noun (`директоров компаний в РФ`) says nothing about the trip.
DESTINATION_NOUNS = (
    VISIT_NOUNS
    | MEETING_NOUNS
    | {
        "саммит",
        "форум",
        "конференция",
        "заседание",
        "сессия",
        "церемония",
        "торжество",
        "праздник",
        "делегация",
        "остров",
    }
)

# `делегация, прибывшая в Минск во главе с …`: a participle's noun that travels with its leader
# (any other noun that is no person — `представителей, посетивших Москву` — names no visitor).
TRAVELLING_GROUPS = {"делегация", "делегат"}

# `по приглашению …` names the host; `вместе с …` puts others beside the signer.
INVITATION = "приглашение"
# `Каримов пригласил Боброва посетить Самарканд`: the subject invites (hosts), the object travels
INVITING_VERBS = {"пригласить", "приглашать"}
# Verbs whose object does what their infinitive says (`попросил министра съездить`); after others
# the subject does (`пообещал Лукашенко посетить Минск`: Путин goes)
OBJECT_CONTROL_VERBS = INVITING_VERBS | {
    "попросить",
    "просить",
    "призвать",
    "призывать",
    "убедить",
    "уговорить",
    "направить",
    "направлять",
    "отправить",
    "отправлять",
    "командировать",
    "поручить",
}
TOGETHER = "вместе"

# `Гостей принял губернатор …`: the visitors, received.
GUEST_NOUNS = {"гость", "делегация"}
# `визит носит частный характер`: the kind adjective before this noun is the trip's kind.
NATURE = "характер"

# Adjective stems before `визит` → kind.
VISIT_KINDS = {
    "государствен": "state",
    "официальн": "official",
    "рабоч": "working",
    "дружествен": "friendly",
    "частн": "private",
}

# Lemmas that put a trip (or a signing) in the future or in the past.
PLANNED = {
    "планировать",
    "планироваться",
    "запланировать",
    "запланированный",
    "намереваться",
    "намерен",
    "должен",
    "предстоящий",
    "ожидаться",
    "накануне",
    "собираться",
    "будущий",
    "готовиться",
    "отменить",
    "отменять",
    "отмененный",
    "наметить",
    "намечать",
    "намечаться",
    "намеченный",
    "намеренный",
}  # a trip called off was planned
# A signing put off is still to come: `Подписание соглашения отложено`.
POSTPONED = {"отложить", "откладывать", "отложенный", "перенести", "переносить", "перенесенный"}
ONGOING = {"находиться", "пребывать", "совершать", "проходить"}
# `начал визит`: a trip begun is under way
BEGINNING = {"начать", "начинать", "стартовать"}
# `прибыл в Минск`: who has arrived is there now (ongoing), unless the text says the trip is over.
ARRIVAL_VERBS = {"прибыть", "приехать", "прилететь"}
TRIP_OVER = {"завершить", "завершиться", "вернуться", "покинуть", "итог"}
# `Визит завершится 16 марта`: the date of a sentence with these is when the trip ends
TRIP_ENDS = {"завершить", "завершиться", "закончиться", "окончиться"}
# `вернулся в Казань`: where one returns is home, no destination
RETURNING = {"вернуться", "возвращаться", "возвратиться"}
# `визит … может состояться`, `визит возможен`: a trip that may happen is still to come.
MAYBE = {"мочь", "возможный", "возможно", "вероятный", "вероятно"}
# `Накануне … побывал` is yesterday; `накануне визита` is before a trip to come.
EVE = "накануне"
# `визит продлится до 12 ноября`: the date after this word is when the trip ends.
UNTIL = "до"
# Offices by rank, highest first: the counterpart a head of state or government meets abroad
# (`премьер` after `премьер-министр`; any other title ranks below them all).
HEAD_RANK = (
    "президент",
    "председатель",
    "король",
    "канцлер",
    "премьер-министр",
    "премьер",
    "министр",
)
# `принял делегацию Вьетнама во главе с премьер-министром …`: the word before `главе`.
LED_BY = "во"
# `его принял в Кремле …`: the object that is the visitor told of before.
RECEIVED_PRONOUNS = {"его", "ее"}
# `посетит Париж, Белград и Будапешт`: what may stand between places listed together.
LIST_JOINS = grammar.LIST_JOINS

# `в присутствии президентов …`: who watched a signing, no signatory
PRESENCE = {"присутствие"}
# `подписали с участием президентов`: those taking part, no side of the signing
PARTICIPATION = {"участие"}

# `подписали заявление, а министры … — меморандум`: the conjunctions after which a dash stands
# for the verb said before
GAPPED_JOINS = {"а", "и"}

# `договорённость о встрече`: an accord on an event (a meeting, a trip, a call) is no document.
ACCORDS = {"договоренность"}
EVENTS_AGREED = {
    "встреча",
    "визит",
    "поездка",
    "переговоры",
    "саммит",
    "звонок",
    "разговор",
    "консультация",
    "контакт",
}

# `правительство Пензенской области`, `мэрия Самары`: a body that acts for the place after it,
# which is the party
GOVERNING_BODIES = {
    "правительство",
    "администрация",
    "мэрия",
    "власть",
    "руководство",
    "губернатор",
    "горсовет",
    "муниципалитет",
}

# Agreement nouns (lemmas; two-word keys for adjective + noun) → kind.
AGREEMENT_NOUNS = {
    "соглашение": "agreement",
    "договоренность": "agreement",
    "договор": "treaty",
    "меморандум": "memorandum",
    "дорожный карта": "roadmap",
    "декларация": "declaration",
    "совместный заявление": "joint_statement",
    "протокол": "protocol",
    "контракт": "contract",
    "программа": "programme",
    "документ": "documents",
    "хартия": "treaty",
    "конвенция": "treaty",
    "пакт": "treaty",
    "побратимский узы": "agreement",
    "коммюнике": "joint_statement",
    "план": "programme",
}
# Numbers written as words before an agreement noun (lemmas; any case is read through
# pymorphy3): `подписал три важных контракта`, `пакет из восьми документов`.
NUMBER_WORDS = {
    "один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
    "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11,
    "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40,
    "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
    "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500,
}  # fmt: skip

# `соглашение о сотрудничестве в сфере образования`: after `в`, these words continue a title.
FIELD_NOUNS = {"сфере", "области", "отрасли"}

# Prepositions inside an agreement's name and the case of the words they govern: `соглашение о
# сотрудничестве`, `меморандум по вопросам миграции`, `в сфере образования`, `на 2025–2027 годы`.
TITLE_PREPOSITIONS = {"о": "Loc", "об": "Loc", "по": "Dat", "в": "Loc", "на": "Acc"}
# Nouns after `в`/`на`/`по` that say when, where or how much, no part of a name: `в ходе визита`,
# `в рамках форума`, `в следующем месяце`, `на сумму 5 млрд рублей`, `на полях саммита`.
CIRCUMSTANCES = {
    "ход", "рамка", "течение", "присутствие", "время", "сумма", "поле", "встреча", "саммит",
    "церемония", "форум", "переговоры", "визит", "конец", "начало", "середина", "итог", "случай",
    "условие",
    # `в следующем месяце`, `в этом году` (but `на 2026–2028 годы` is the name's period)
    "следующий", "этот", "текущий", "прошлый", "будущий", "ближайший", "нынешний",
}  # fmt: skip
# `меморандум … в мае`: when, where the name goes on no further (`о проведении в сентябре
# встречи` goes on)
WHEN_WORDS = {
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
    "октябрь", "ноябрь", "декабрь", "понедельник", "вторник", "среда", "четверг", "пятница",
    "суббота", "воскресенье",
}  # fmt: skip
# Instrumentals of a term, no part of a name: `договор … сроком на 20 лет`.
TERM_WORDS = {"сроком", "периодом"}
# Adjectives before an agreement noun that are no part of its name: `соответствующее соглашение`.
NOT_OF_A_NAME = {"соответствующий"}
# `побратимские узы`, `побратимство`: cities that bind themselves, not their states.
TWINNING = "побратим"

# Statements are issued, not only signed: `выступили с совместным заявлением` (signed, by the
# subjects).
ISSUED_KINDS = {"joint_statement", "declaration"}
ISSUING_VERBS = {
    "выступить",
    "выступать",
    "опубликовать",
    "обнародовать",
    "распространить",
    "сделать",
}

# Kinds of document that need not bind two sides (a state's own programme, a company's contract).
ONE_SIDED = {"programme", "contract"}

# Nouns that name an agreement only when a signing is stated beside them.
NEEDS_SIGNING = {"документ", "программа", "протокол", "контракт", "план", "коммюнике"}

# Lemmas just before a signing verb that deny it (`отказалась присоединиться`), besides `не`, `без`.
NOT_SIGNING = {"отказаться", "отказываться", "отказ"}

# An infinitive signing verb states an aim, a request or a hindrance (`просили принять программу`,
# `не дает заключить соглашение`): no signing, unless one of these says it happened.
MANAGED = {"смочь", "удаться", "суметь"}
# Nouns for a side of a signing, which a country's adjective names: `российская и китайская
# стороны`.
SIDE_NOUNS = {
    "сторона",
    "делегация",
    "правительство",
    "министерство",
    "ведомство",
    "компания",
    "коллега",
    "партнер",
}

# Words after which `о подписании`, `о заключении` is what is agreed on (planned: `договорились о
# подписании`) or only talked about (mentioned: `переговоры о заключении договора`), not done.
SIGNING_AGREED_ON = {"договориться", "договоренность", "решение", "решить"}
# `к подписанию` after these: on the way to a signing (mentioned) or preparing one (planned).
TOWARDS_SIGNING = {
    "путь": "mentioned",
    "шаг": "mentioned",
    "препятствие": "mentioned",
    "подготовка": "planned",
    "готовиться": "planned",
    "готовность": "planned",
    "готовый": "planned",
}
SIGNING_TALKED_OF = SIGNING_AGREED_ON | {
    "договариваться",
    "переговоры",
    "обсудить",
    "обсуждать",
    "обсуждение",
    "вопрос",
    "предложение",
    "предложить",
    "идея",
    "план",
}

# `Песков опроверг сообщения о том, что … подписали`: a signing these words deny never happened.
DENYING = {"опровергнуть", "опровергать", "опровержение", "отрицать", "отвергнуть", "опроверг"}
# `обсудили возможность заключения соглашения`: a signing these nouns govern is only talked of.
SIGNING_CONSIDERED = {"возможность", "перспектива", "целесообразность", "вариант", "идея"}

# `поставили подписи под документом`: a verb whose object is a signature signs.
SIGNATURE = "подпись"
SIGNATURE_VERBS = {"поставить", "ставить"}
# `рассчитываем на подписание`, `ожидают подписания`: a signing hoped for or expected is to come.
EXPECTING = {"рассчитывать", "надеяться", "ожидать", "ждать"}
# `обменялись документами`: exchanging an agreement's signed copies signs it (its noun the
# verb's instrumental, not `обменялись мнениями о соглашении`).
EXCHANGE_VERBS = {"обменяться", "обмениваться"}

SIGN_VERBS = {
    "подписать",
    "подписывать",
    "подписание",
    "подписанный",
    "заключить",
    "заключать",
    "заключение",
    "ратифицировать",
    "ратификация",
    "согласовать",
    "присоединиться",
    "утвердить",
    "связать",
    "принять",
}
