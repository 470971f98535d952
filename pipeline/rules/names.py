"""How names are written and declined: particles that belong to a name, family names written
first, forms of address, and the case endings of names pymorphy does not know."""

import re

# Lowercase particles that open a name: `ибн Эзра`, `Усама бин Ладен`, `Ван дер Ваальс`.
PARTICLES = {
    "ибн",
    "бин",
    "бен",
    "аль",
    "эль",
    "фон",
    "ван",
    "дер",
    "де",
    "ди",
    "да",
    "дель",
    "ла",
    "ле",
}

# Chinese, Korean and Vietnamese family names in Russian transcription: in `Ху Цзиньтао`,
# `Ким Чен Ир`, `Хван Чжан Еп` the family name comes first.
EAST_ASIAN_SURNAMES = {
    "ху",
    "си",
    "ли",
    "ван",
    "чжан",
    "лю",
    "чэнь",
    "чен",
    "ян",
    "хуан",
    "чжао",
    "у",
    "чжоу",
    "сюй",
    "сунь",
    "ма",
    "чжу",
    "го",
    "хэ",
    "линь",
    "ло",
    "гао",
    "лян",
    "чжэн",
    "се",
    "сун",
    "тан",
    "хань",
    "фэн",
    "дэн",
    "цао",
    "пэн",
    "цзэн",
    "сяо",
    "тянь",
    "дун",
    "пань",
    "юань",
    "цай",
    "цзян",
    "юй",
    "ду",
    "е",
    "чэн",
    "вэй",
    "су",
    "люй",
    "дин",
    "жэнь",
    "лу",
    "яо",
    "шэнь",
    "цзинь",
    "цзя",
    "вэнь",
    "ким",
    "пак",
    "хван",
    "чон",
    "мун",
    "юн",
    "кан",
    "чхве",
    "цой",
    "квон",
    "нам",
    "ро",
    "со",
    "хан",
    "шин",
    "син",
    "рю",
    "нгуен",
    "чан",
    "фам",
    "во",
    "зьем",
}

# Forms of address: before a name, never part of it (`Миссис Тэтчер`, `Господин Путин`); not `Пан`
# (`Пан Ги Мун`) nor `Леди` (`Леди Гага`), which open names.
HONORIFICS = {
    "мистер",
    "миссис",
    "мисс",
    "сэр",
    "господин",
    "госпожа",
    "мадам",
    "мадемуазель",
    "месье",
    "мсье",
    "синьор",
    "синьора",
    "сеньор",
    "сеньора",
    "фрау",
    "герр",
}

# Russian surnames that are adjectives in form: `Преображенский`, `Троцкий`, `Трубецкой` (as lemmas)
SURNAME_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ой)$")

# Nouns after which a surname names a street, a square or a station, not a person in the text
# (`на проспекте Ленина`): words the tagger missed are not taken for names there.
STREET_NOUNS = {
    "улица",
    "проспект",
    "площадь",
    "переулок",
    "бульвар",
    "набережная",
    "шоссе",
    "проезд",
    "станция",
    "метро",
    "аллея",
    "тупик",
}

# pymorphy grammemes of a person's name: first name, surname, patronymic.
NAME_TAGS = {"Name", "Surn", "Patr"}

# `Ямадаевых`, `Карениных`: the plural of a -ов/-ев/-ин surname (not `Черных`, which is one
# person's)
FAMILY_PLURAL = re.compile(r"(?:ов|ев|ин|ын)ых$")

# Oblique endings of surnames and what they replace in the nominative: `Карасина` may be `Карасин`.
SURNAME_CASE_ENDINGS = (
    ("а", ""),
    ("у", ""),
    ("ом", ""),
    ("ым", ""),
    ("е", ""),
    ("ой", "а"),
    ("ы", "а"),
    ("у", "а"),
    ("е", "а"),
    ("ой", "ая"),
    ("ую", "ая"),
    ("ого", "ий"),
    ("ому", "ий"),
)

# Case endings of names pymorphy does not know (`Карасиным`, `Хасэгавой`, `Маехары`); `-ем` after a
# vowel stands for `-й` (`Карзаем`, `Ханьхуэем`), after a hissing sound or `ц` for nothing
# (`Гутерришем`, as `Шульцем`), after another consonant for `-ь` (`Тинем`, as `Игорем`).
GUESSED_ENDINGS = {
    "ablt": (
        ("ым", ""),
        ("ом", ""),
        ("ой", "а"),
        *((v + "ем", v + "й") for v in "аеиоуэюя"),
        *((c + "ем", c) for c in "жшщчц"),
        ("ем", "ь"),
    ),
    "gent": (("ы", "а"), ("ой", "а")),
    "datv": (("е", "а"), ("у", "")),  # `Мерцу` → `Мерц`, not the dictionary's guess `Мерец`
}
# Surname endings that never decline (`Тутберидзе`, `Гогиашвили`, `Черных`, `Живаго`): an unknown
# surname so ending stays as written in every case.
INDECLINABLE_ENDINGS = ("дзе", "швили", "ых", "их", "аго", "яго")
# `Ким Чен Ына` → `Ын`: a masculine name on a consonant takes `-а` in the genitive (and animate
# accusative); on a soft sign or `-й`, `-я` (`Николая Юргеля` → `Юргель`, `Гайдая` → `Гайдай`).
MASCULINE_GENITIVE = (("ая", "ай"), ("ея", "ей"), ("уя", "уй"), ("оя", "ой"), ("я", "ь"), ("а", ""))
# Endings that a foreign name in the nominative singular hardly has (`Маехары`, `Хасэгавой`).
GUESSED_OBLIQUE = re.compile(r"(?:[^аеёиоуыэюя]ы|[аеиоуэюя][бвгдзклмнпрстфхцчшщ]ой)$")
# Endings of patronymics pymorphy may not tag: `Тимурович`, `Равильевна`.
PATRONYMIC_ENDINGS = ("ович", "евич", "овна", "евна", "ична", "инична")

# `Карасиной`: a woman's surname of a possessive stem declines as a noun (`Карасина`), whatever
# adjective it spells too; others of that shape as adjectives (`Заречной` → `Заречная`)
POSSESSIVE_STEMS = ("ов", "ев", "ин", "ын")
