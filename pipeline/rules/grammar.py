"""Closed classes of Russian the rules read text by: punctuation, prepositions, case names."""

# Quotation marks that open and close a quoted name or quoted words (straight marks do both).
OPENING_QUOTES = {"«", "„", "“", '"'}
CLOSING_QUOTES = {"»", "“", "”", '"'}
QUOTES = OPENING_QUOTES | CLOSING_QUOTES

# Marks that set an apposition off after a name: `Лукашенко, президент`, `Тишков - директор`, `Лёв
# (тренер)`.
APPOSITION_MARKS = {",", "–", "—", "-", "("}
# Marks that end an apposition.
APPOSITION_ENDS = {",", ".", ";", ")", "(", "—", "–", "-", ":", "!", "?", "»", '"'}
DASHES = {"–", "—", "-"}
# Marks between clauses: two words with one of these between stand in different clauses.
CLAUSE_BREAKS = {",", ";", ":", "—", "–"}

# `с`/`со` + instrumental: whom one meets or talks with (`встретился с президентом`).
WITH = {"с", "со"}
# words that list names or places: `Путин и Трамп`, `Томской и Омской областей`
LIST_JOINS = {",", "и"}
# `в 2015 году`, `1975 г.`: the words that make a number before them a year
YEAR_WORDS = {"год", "году", "года", "г", "гг"}
# `Анна Сидорова, 45 лет, …`: the words that make a number before them an age
AGE_WORDS = {"лет", "год", "года"}
# what ends a sentence, and so opens the next (a colon introduces one)
SENTENCE_ENDS = ".!?…:"
# `вместе с женой` (a companion), `во главе с министром` (who leads): `с` of no meeting
WITH_NO_MEETING = {"вместе", "главе"}
# `в`/`во`/`на` + a place: where something is or goes (`в Москве`, `на Украину`).
LOCATIVE = {"в", "во", "на"}
# A settlement's kind written before its name, in apposition (lemmas, folded): `в городе Казани`,
# `в г. Казань`, `посетил пос. Тикси`. The place is read through it. (`с.`, `д.` are left out:
# they are prepositions too.)
SETTLEMENT_WORDS = {
    "город",
    "г",
    "гор",
    "село",
    "поселок",
    "пос",
    "пгт",
    "деревня",
    "дер",
    "станица",
    "ст-ца",
    "хутор",
    "аул",
    "кишлак",
}

# Prepositions that may stand inside a title or an organisation's name (`Комитет по иностранным
# делам`, `совет при главном архитекторе`); any other ends the phrase (`посол Японии в России`).
INNER_PREPOSITIONS = {"по", "при"}

# Legal forms written before a quoted company name: `ОАО «Газпром»`.
LEGAL_FORMS = {
    "ОАО",
    "ЗАО",
    "ООО",
    "ПАО",
    "АО",
    "ОДО",
    "ФГУП",
    "ГУП",
    "МУП",
    "НКО",
    "АНО",
    "ТОО",
    "ИП",
}

# Universal Dependencies case names (slovnet's tags) → pymorphy's grammemes.
UD_CASES = {
    "Nom": "nomn",
    "Gen": "gent",
    "Dat": "datv",
    "Acc": "accs",
    "Ins": "ablt",
    "Loc": "loct",
}
# pymorphy grammemes of proper names: a word with one is no common noun.
PROPER_TAGS = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"}

# Relative pronouns that open a clause about the noun before them: `Перекопский, который был …`.
RELATIVES = {"который", "которая", "которое", "которые"}
RELATIVE_GENITIVES = {"которого", "которой", "которых"}

# Marks that end a clause inside a sentence: a title phrase does not reach back across them.
SENTENCE_INNER_ENDS = {".", "!", "?", ";", ":", "…"}
# Syntactic relations of a verb's arguments: a name in one is no apposition of the noun before it.
ARGUMENT_RELATIONS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent"}
