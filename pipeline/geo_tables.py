"""What the gazetteer's tables are built from besides `rules/countries.py`: pycountry's Russian
names of countries and regions, and the romanised keys that meet its Latin region names."""

from __future__ import annotations

import gettext
import json
import os
import re

import cyrtranslit
import pycountry

from .models import MorphVocab
from .rules import countries as rules

STRESS = "\u0301"  # pycountry's Russian names mark stress: `Сальвадо́р`


def romanised(word: str) -> str:
    """A key romanised Russian adjectives share however spelled: `Хабаровский` (from the text, via
    cyrtranslit) and `Khabarovskiy` (pycountry) are both `habarovsk`."""
    latin = word if word.isascii() else cyrtranslit.to_latin(word, "ru")
    key = (
        re.sub(r"['\"]", "", latin.lower()).replace("kh", "h").replace("ye", "e").replace("j", "y")
    )
    key = key.replace("cz", "ts").replace("shh", "shch")  # cyrtranslit writes ц, щ so
    return re.sub(r"(?:aya|iy|yy|y|oy|oye|oe)$", "", key)


def country_names() -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Every Russian name of every ISO 3166 country with the country's canonical name (the short
    one news uses: `rules.CANONICAL`, else pycountry's common name), and code → canonical name."""
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    by_code: dict[str, str] = {}
    out: list[tuple[str, str]] = []
    for c in pycountry.countries:
        names = [getattr(c, a, None) for a in ("name", "official_name", "common_name")]
        ru_names = [ru.gettext(n).replace(STRESS, "") for n in names if n]
        canonical = (
            rules.CANONICAL.get(c.alpha_2) or ru_names[-1 if getattr(c, "common_name", None) else 0]
        )
        by_code[c.alpha_2] = canonical
        out += [(n, canonical) for n in ru_names + [canonical]]
    return out, by_code


def region_names(
    by_code: dict[str, str],
) -> tuple[list[tuple[str, str | None]], dict[tuple[str, str], str]]:
    """Regions by pycountry's Russian names where it has them (`Луганская область`, with their
    country; not one-word names, `Кордова`), and else a key of the romanised name (`Tyumenskaya
    oblast'`) that the text's words are romanised to meet → the country."""
    sub_ru = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"])
    # (pycountry's own JSON: building its 5,000 subdivision objects costs 0.05 s of every start)
    with open(os.path.join(pycountry.DATABASE_DIR, "iso3166-2.json"), encoding="utf-8") as f:
        subdivisions = json.load(f)["3166-2"]
    named: list[tuple[str, str | None]] = []
    keys: dict[tuple[str, str], str] = {}
    for sub in subdivisions:
        code, name = sub["code"][:2], sub_ru.gettext(sub["name"])
        if (
            name != sub["name"]
            and not name.isascii()
            and any(w in rules.REGION_TYPES for w in name.lower().split())
        ):
            named.append((name, by_code.get(code)))
        elif code in rules.ROMANISED_SUBDIVISIONS:
            words = sub["name"].lower().replace("'", "").split()
            if len(words) >= 2 and words[-1] in rules.REGION_TYPES.values():
                keys[(romanised(words[0]), words[-1])] = rules.ROMANISED_SUBDIVISIONS[code]
    return named, keys


def lowercase_forms(vocab: MorphVocab, lowercase: set[str]) -> frozenset[str]:
    """The lowercase words that can be part of a place: every form of the lowercase words inside
    names, of country adjectives, state and region nouns and lowercase institutions. (A
    capitalised word may start or continue a place name and gets its lemma anyway: names need the
    same parses.)"""
    words = (
        set(lowercase)
        | set(rules.ADJECTIVES)
        | rules.STATE_NOUNS
        | rules.LOWERCASE_INSTITUTIONS
        | set(rules.REGION_TYPES)
        | rules.REGION_BETWEEN
    )
    return vocab.forms_of(words) | words
