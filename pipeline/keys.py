"""Person keys: one string per human as one document names them, the same in every document.

A key is `last/given`, both folded (lowercase, `ё` as `е`, stress marks, dash and apostrophe
variants, and letters of the other script that look alike inside a Latin or Cyrillic word made
one): `алиев/ильхам`. It is computed from the record's own `first` and `last` (never the
patronymic: `Владимир Владимирович Путин` and `Владимир Путин` are both `путин/владимир`), so
records stay deterministic and cacheable.
Where the document gives less, the key says so and the archive joins it (`pipeline/archive_people`):

    путин/владимир   first name and surname (East Asian names: `ким/чен ын`, family name first)
    путин/в.         an initial and the surname (`В. Путин`, `В.В. Путин`, `Путин В.В.`)
    путин/           the surname alone
    абрамович/роман  a first name and a patronymic alone (`Роман Абрамович`, `Наина Иосифовна`)
    /марк            a given name alone (no surname joins it)
"""

from __future__ import annotations

import re
import unicodedata

SEPARATOR = "/"
FULL, INITIAL, SURNAME, GIVEN = "full", "initial", "surname", "given"

_STRESS = {"\u0300", "\u0301"}  # accents some texts put on stressed vowels: `Пу́тин`
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u02bc\u00b4`"})
# letters alike in Latin and Cyrillic, as web pages sometimes mix them into a word of the other
_LATIN, _CYRILLIC_ALIKE = "aceopxyk", "асеорхук"
_TO_CYRILLIC = str.maketrans(_LATIN, _CYRILLIC_ALIKE)
_TO_LATIN = str.maketrans(_CYRILLIC_ALIKE, _LATIN)
_CYRILLIC = re.compile(r"[а-я]")
_LATIN_LETTER = re.compile(r"[a-z]")
_INITIAL = re.compile(r"^([^\W\d_])\.?$")
_INITIALS = re.compile(r"(?<!\w)([^\W\d_])\.")


def fold(text: str) -> str:
    """The form keys compare names in: lowercase, `ё` → `е`, no stress marks, one kind of dash
    and apostrophe, look-alike letters of the other script read in the word's own, single spaces."""
    text = unicodedata.normalize("NFD", text)
    text = unicodedata.normalize("NFC", "".join(c for c in text if c not in _STRESS))
    text = text.lower().replace("ё", "е").translate(_DASHES).translate(_APOSTROPHES)
    words = [_one_script(w) for w in text.split()]
    return re.sub(r"\s*-\s*", "-", " ".join(words)).replace(SEPARATOR, " ").strip()


def _one_script(word: str) -> str:
    """A word in the script most of its letters are in: `кaсым` (a Latin `a`) → `касым`."""
    cyrillic, latin = len(_CYRILLIC.findall(word)), len(_LATIN_LETTER.findall(word))
    if cyrillic and latin:
        return word.translate(_TO_CYRILLIC if cyrillic >= latin else _TO_LATIN)
    return word


def _initial(name: str, last: str | None) -> str | None:
    """The first initial a name gives besides its surname: `В.В. Путин` → `в.`."""
    rest = fold(name)
    if last:
        rest = rest.replace(fold(last), " ", 1)
    for word in rest.split():
        if _INITIAL.match(word):
            return word[0] + "."
    found = _INITIALS.search(rest)
    return found.group(1) + "." if found else None


def person_key(name: str, first: str | None, middle: str | None, last: str | None) -> str:
    """The key of a person a record names `name` with these nominative parts. A first name and
    a patronymic with no surname (`Роман Абрамович`: a surname in the shape of a patronymic, read
    either way) key as first name and surname, so that both readings meet."""
    if not last and first and middle:
        last = middle
    surname = fold(last) if last else ""
    if first and _INITIAL.match(first.strip()):
        given = fold(first.strip()[0]) + "."
    elif first:
        given = fold(first)
    elif surname:
        given = _initial(name, last) or ""
    else:
        given = fold(name)  # neither part known (`В. Л.`): the name as written stands alone
    return f"{surname}{SEPARATOR}{given}"


def parts(key: str) -> tuple[str, str]:
    """(surname, given) of a key; either may be empty."""
    surname, _, given = key.partition(SEPARATOR)
    return surname, given


def kind(key: str) -> str:
    """FULL, INITIAL, SURNAME or GIVEN: how much of the name the key holds."""
    surname, given = parts(key)
    if not surname:
        return GIVEN
    if not given:
        return SURNAME
    return INITIAL if len(given) == 2 and given.endswith(".") else FULL


def initial(key: str) -> str:
    """The key's given name as an initial (`в.`), or '' when it has none."""
    given = parts(key)[1]
    return given[0] + "." if given else ""
