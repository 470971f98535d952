"""Component tests of the quote rules: a sentence written for each rule → the rule that fired."""

from __future__ import annotations

import pytest

from pipeline.explain import rule_name
from pipeline.quote_attribution import ATTRIBUTIONS, CONTINUATIONS
from pipeline.quote_marks import (
    DIALOGUE,
    MARKED,
    _resumed_after_the_attribution,
    _split_by_an_attribution,
)
from pipeline.quote_speakers import SPEAKER_RULES


@pytest.fixture(scope="module")
def explaining(models):
    from pipeline.extract import Extractor

    return Extractor(models=models, explain=True)


def explained(ex, text: str) -> list[tuple[str, str | None, str | None, dict]]:
    """(text, speaker's name, verb, what fired) of each quote."""
    rec = ex(text, "t")
    names = {p.id: p.name for p in rec.persons}
    why = ex.explanations["t"]
    return [(q.text, names.get(q.speaker), q.verb, why[q.id]) for q in rec.quotes]


# rule → a text, which of its quotes, and that quote's words
FOUND_BY = [
    (
        "paragraphs continued",
        "Министр финансов Антон Силуанов выступил в Госдуме.\n"
        "«Бюджет этого года будет исполнен полностью.\n"
        "«Дефицит окажется меньше, чем ожидали в начале года», – сказал он.",
        0,
        "Бюджет этого года будет исполнен полностью.",
    ),
    (
        "marked pair",
        "«Мы готовы к диалогу со всеми соседями», – заявил президент Казахстана Кассым-Жомарт "
        "Токаев.",
        0,
        "Мы готовы к диалогу со всеми соседями",
    ),
    (
        "split by an attribution",
        "«Переговоры шли трудно и долго, – сказал вице-премьер Игорь Петров. – Но мы нашли общий "
        "язык со всеми партнёрами».",
        1,
        "Но мы нашли общий язык со всеми партнёрами",
    ),
    (
        "dialogue dash",
        "— Мы готовы к диалогу со всеми соседями, — сказал Кассым-Жомарт Токаев.",
        0,
        "Мы готовы к диалогу со всеми соседями",
    ),
    (
        "speech without marks",
        "Мы не собираемся повышать налоги в следующем году, — сказал Антон Силуанов.",
        0,
        "Мы не собираемся повышать налоги в следующем году",
    ),
    (
        "resumed after the attribution",
        "— Мы готовы к диалогу, — добавил Кассым-Жомарт Токаев. — Приезжайте к нам в Астану.",
        1,
        "Приезжайте к нам в Астану.",
    ),
]


@pytest.mark.parametrize(("rule", "text", "k", "words"), FOUND_BY, ids=[r[0] for r in FOUND_BY])
def test_found_by(explaining, rule, text, k, words):
    found = explained(explaining, text)[k]
    assert found[3]["found by"] == rule
    assert found[0] == words


# rule → a text, which of its quotes, its speaker and verb
ATTRIBUTED = [
    (
        "after the dash",
        "— Мы готовы к диалогу со всеми соседями, — сказал Кассым-Жомарт Токаев.",
        0,
        "Кассым-Жомарт Токаев",
        "сказать",
    ),
    (
        "after the quote",
        "«Мы готовы к диалогу со всеми соседями», – заявил президент Казахстана Кассым-Жомарт "
        "Токаев.",
        0,
        "Кассым-Жомарт Токаев",
        "заявить",
    ),
    (
        "inside the quote",
        "«Переговоры шли трудно и долго, – сказал вице-премьер Игорь Петров. – Но мы нашли общий "
        "язык со всеми партнёрами».",
        0,
        "Игорь Петров",
        "сказать",
    ),
    (
        "before the quote",
        "Министр Антон Силуанов подчеркнул: «Бюджет будет исполнен в срок и полностью».",
        0,
        "Антон Силуанов",
        "подчеркнуть",
    ),
    (
        "earlier in the paragraph",
        "Сергей Лавров подчеркнул, что переговоры продолжатся. Он добавил: в Женеве «стороны "
        "обсудят все спорные вопросы».",
        0,
        "Сергей Лавров",
        "добавить",
    ),
    (
        "in the next sentence",
        "«Эти санкции не достигнут своей цели». Об этом заявил глава МИД России Сергей Лавров.",
        0,
        "Сергей Лавров",
        "заявить",
    ),
    (
        "relayed by an outlet",
        "Министр экономики Максим Решетников посетил Казань. «Регион показывает рост "
        "инвестиций», – сообщает ТАСС.",
        0,
        "Максим Решетников",
        "сообщать",
    ),
]


@pytest.mark.parametrize(
    ("rule", "text", "k", "speaker", "verb"), ATTRIBUTED, ids=[r[0] for r in ATTRIBUTED]
)
def test_attribution(explaining, rule, text, k, speaker, verb):
    _, name, lemma, why = explained(explaining, text)[k]
    assert why["speaker"].split(": ")[0] == rule
    assert why["verb"] == rule
    assert (name, lemma) == (speaker, verb)


# rule → a text, which of its quotes, and its speaker
SPEAKERS = [
    (
        "object speaker",
        "«Рынок нефти стабилизируется уже к осени», — цитирует агентство Reuters министра "
        "энергетики Николая Шульгинова.",
        0,
        "Николай Шульгинов",
    ),
    (
        "words of someone",
        "Депутат Ирина Яровая напомнила слова академика Леонида Абалкина: «Экономика не терпит "
        "резких поворотов и спешки».",
        0,
        "Леонид Абалкин",
    ),
    (
        "not the addressee",
        "Адвокат Павел Орлов обратился к судье Виктору Кучко, заявив: «Мой подзащитный ни в чём "
        "не виноват».",
        0,
        "Павел Орлов",
    ),
    (
        "not whose",
        "«Мы обжалуем приговор в ближайшие дни», — сказал журналистам адвокат Михаила Зорина "
        "Павел Ким.",
        0,
        "Павел Ким",
    ),
    (
        "the pronoun subject",
        "Министр Олег Сомов выступил в Думе. На вопрос корреспондента Анны Ветровой о планах он "
        "ответил: «Пока рано об этом говорить, но мы готовимся».",
        0,
        "Олег Сомов",
    ),
    (
        "person named",
        "«Мы готовы к диалогу со всеми соседями», – заявил президент Казахстана Кассым-Жомарт "
        "Токаев.",
        0,
        "Кассым-Жомарт Токаев",
    ),
    (
        "pronoun",
        "Глава компании Олег Иванов выступил в Казани. «Рынок растёт быстрее, чем ожидали», – "
        "отметил он.",
        0,
        "Олег Иванов",
    ),
    (
        "demonstrative",
        "Журналистка Анна Рябова спросила бизнесмена Кирилла Зотова о планах. «Пока рано об этом "
        "говорить», — ответил тот.",
        0,
        "Кирилл Зотов",
    ),
    (
        "person noun",
        "Глава Росстата Сергей Галкин выступил на форуме. «Инфляция в этом году замедлится до "
        "четырёх процентов», — пояснил чиновник.",
        0,
        "Сергей Галкин",
    ),
]


@pytest.mark.parametrize(("rule", "text", "k", "speaker"), SPEAKERS, ids=[r[0] for r in SPEAKERS])
def test_speaker_rule(explaining, rule, text, k, speaker):
    _, name, _, why = explained(explaining, text)[k]
    assert rule in why["speaker"].split(": ")[1].split(", ")
    assert name == speaker


# a text, which of its quotes, and its speaker: who is not the speaker, and attributions that
# name the speaker in other words
NOT_SPEAKERS = [
    # whom one speaks to or about does not speak; a pronoun there does
    (
        "Директор музея Татьяна Белова открыла выставку. «Ждать осталось недолго», — сообщила она "
        "корреспонденту агентства Илье Гусеву.",
        0,
        "Татьяна Белова",
    ),
    (
        "«Она была мне как мать», — сказал о Зинаиде Орловой её ученик Игорь Мальцев.",
        0,
        "Игорь Мальцев",
    ),
    # one whose widow, aide or lawyer spoke did not
    ("«Мы обжалуем приговор в ближайшие дни», — сказал адвокат Михаила Зорина.", 0, None),
    ("«Он всегда был честным человеком», — сказала о Николае Петрове его вдова.", 0, None),
    (
        "Министр Андрей Сухов прибыл в Тверь. «Всё будет хорошо», — сказал его заместитель.",
        0,
        None,
    ),
    # a title opening the sentence before a colon points back as one after the quote does
    (
        "Министр Андрей Сухов побывал на месте аварии. Министр прокомментировал ситуацию: "
        "«Виновные будут наказаны».",
        0,
        "Андрей Сухов",
    ),
    # short quoted words that are a sentence of their own are speech, credited by the next
    # sentence that points back to them
    (
        "«Мы не отступим». Эти слова лидера профсоюза Ивана Дорохова облетели СМИ.",
        0,
        "Иван Дорохов",
    ),
    ("«Приговор слишком мягкий». Об этом заявил адвокат Игорь Сомов.", 0, "Игорь Сомов"),
    # `— ответила последняя`: the one named last before, of her gender
    (
        "Президент вручил орден Анне Сидоренко. «Служу Отечеству!» — ответила последняя.",
        0,
        "Анна Сидоренко",
    ),
    # a title word after the quote: its holder of the country an adjective names, a title whose
    # head it is (`канцлер` of `федеральный канцлер`)
    (
        "Министр энергетики России Павел Белозеров и министр нефти Египта Карим Абдель-Хади "
        "провели переговоры. «Мы довольны итогами», — отметил египетский министр.",
        0,
        "Карим Абдель-Хади",
    ),
    (
        "Федеральный канцлер Австрии Карл Нехаммер прибыл в Астану. «Казахстан — наш важный "
        "партнёр», — сказал канцлер.",
        0,
        "Карл Нехаммер",
    ),
    # one office called by another word; the speech verb's gender
    (
        "Судья Анна Крылова огласила приговор. «Суд учёл все обстоятельства», — сказала судья. "
        "Государственный обвинитель Андрей Лаптев просил наказание строже. «Приговор слишком "
        "мягкий», — сказал прокурор.",
        1,
        "Андрей Лаптев",
    ),
    (
        "Режиссёр Пётр Кольцов представил фильм. В главной роли снялась Алина Зимина. «Это была "
        "моя мечта», — рассказала актриса.",
        0,
        "Алина Зимина",
    ),
    # a person noun in an oblique case is no speaker (`обращении … к главе Минюста`)
    (
        "Министр юстиции Игорь Лазарев получил письмо. «Просим пересмотреть решение о закрытии "
        "фонда», — сказано в обращении учёных к главе Минюста.",
        0,
        None,
    ),
    # `по мнению`, `по оценке` credit the words as `по словам` does
    (
        "По мнению политолога Артёма Сидорина, «выборы пройдут спокойно и без сюрпризов».",
        0,
        "Артём Сидорин",
    ),
    (
        "Мэр Анна Белова открыла парк. По ее оценке, «парк станет любимым местом горожан».",
        0,
        "Анна Белова",
    ),
    # a name in quotation marks inside the attribution does not end it
    (
        "Официальный представитель МИД Мария Захарова в эфире радио «Спутник» заявила: «Мы не "
        "оставим это без ответа».",
        0,
        "Мария Захарова",
    ),
    (
        "Министр Петер Сийярто в интервью телеканалу «Россия 24» сказал: «Санкции не работают».",
        0,
        "Петер Сийярто",
    ),
]


@pytest.mark.parametrize(("text", "k", "speaker"), NOT_SPEAKERS)
def test_who_speaks_and_who_does_not(explaining, text, k, speaker):
    assert explained(explaining, text)[k][1] == speaker


# rule → a text, which of its quotes, and its speaker
CONTINUED = [
    (
        "first answer",
        "Корреспондент побеседовал с тренером Виктором Гончаренко.\n"
        "— Чем вы объясните поражение?\n"
        "— Мы проиграли в середине матча, команда устала.",
        1,
        "Виктор Гончаренко",
    ),
    (
        "speech goes on",
        "«Мы вложим в завод три миллиарда рублей», — сказал губернатор Глеб Никитин.\n"
        "Строительство начнётся весной.\n"
        "«Первую продукцию предприятие выпустит через два года».",
        1,
        "Глеб Никитин",
    ),
]


@pytest.mark.parametrize(("rule", "text", "k", "speaker"), CONTINUED, ids=[r[0] for r in CONTINUED])
def test_continuation(explaining, rule, text, k, speaker):
    _, name, lemma, why = explained(explaining, text)[k]
    assert why["speaker"] == rule
    assert (name, lemma) == (speaker, None)
    assert "verb" not in why


@pytest.mark.parametrize(
    ("table", "rules"),
    [
        (FOUND_BY, [*MARKED, _split_by_an_attribution, *DIALOGUE, _resumed_after_the_attribution]),
        (ATTRIBUTED, ATTRIBUTIONS),
        (SPEAKERS, SPEAKER_RULES),
        (CONTINUED, CONTINUATIONS),
    ],
    ids=["found by", "attributions", "speakers", "continuations"],
)
def test_every_rule_has_a_sentence(table, rules):
    """Each table names every rule of its list, in the list's order."""
    assert [row[0] for row in table] == [rule_name(r) for r in rules]
