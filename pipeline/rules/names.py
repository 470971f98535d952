"""How names are written: particles that belong to a name, and family names written first."""
import re

# Lowercase particles that open a name: `ибн Эзра`, `Усама бин Ладен`, `Ван дер Ваальс`.
PARTICLES = {"ибн", "бин", "бен", "аль", "эль", "фон", "ван", "дер", "де", "ди", "да", "дель", "ла", "ле"}

# Chinese, Korean and Vietnamese family names in Russian transcription: in `Ху Цзиньтао`,
# `Ким Чен Ир`, `Хван Чжан Еп` the family name comes first.
EAST_ASIAN_SURNAMES = {
    "ху", "си", "ли", "ван", "чжан", "лю", "чэнь", "чен", "ян", "хуан", "чжао", "у", "чжоу", "сюй",
    "сунь", "ма", "чжу", "го", "хэ", "линь", "ло", "гао", "лян", "чжэн", "се", "сун", "тан", "хань",
    "фэн", "дэн", "цао", "пэн", "цзэн", "сяо", "тянь", "дун", "пань", "юань", "цай", "цзян", "юй",
    "ду", "е", "чэн", "вэй", "су", "люй", "дин", "жэнь", "лу", "яо", "шэнь", "цзинь", "цзя", "вэнь",
    "ким", "пак", "хван", "чон", "мун", "юн", "кан", "чхве", "цой", "квон", "нам", "ро", "со",
    "хан", "шин", "син", "рю", "нгуен", "чан", "фам", "во", "зьем",
}

# Forms of address: before a name, never part of it (`Миссис Тэтчер`, `Господин Путин`); not `Пан`
# (`Пан Ги Мун`) nor `Леди` (`Леди Гага`), which open names.
HONORIFICS = {"мистер", "миссис", "мисс", "сэр", "господин", "госпожа", "мадам", "мадемуазель",
              "месье", "мсье", "синьор", "синьора", "сеньор", "сеньора", "фрау", "герр"}

# Russian surnames that are adjectives in form: `Преображенский`, `Троцкий`, `Трубецкой` (as lemmas)
SURNAME_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ой)$")

# Nouns after which a surname names a street, a square or a station, not a person in the text
# (`на проспекте Ленина`): words the tagger missed are not taken for names there.
STREET_NOUNS = {"улица", "проспект", "площадь", "переулок", "бульвар", "набережная", "шоссе", "проезд",
                "станция", "метро", "аллея", "тупик"}
