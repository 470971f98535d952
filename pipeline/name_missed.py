"""Names the NER tagger missed or mislabelled: a name inside a span of another type, a surname
found once and named again, a word the dictionary reads as a surname, a user name."""

from __future__ import annotations

import re

from .document import Parsed
from .geo import fold
from .name_spans import NameScan, Span, capitalised, given_name_before, named_after
from .rules.grammar import CLOSING_QUOTES, OPENING_QUOTES
from .rules.handles import HANDLE_NOUNS, SERVICES
from .rules.names import FAMILY_PLURAL, PARTICLES, STREET_NOUNS

# a user name as people write them: lowercase, or with digits or `_` (`Windows` is a product)
HANDLE = re.compile(r"(?=.*(?:^[a-z]|[0-9_]))[A-Za-z][A-Za-z0-9_.-]{2,}")
# marks that may stand between `блогер` and the user name: `блогер «drugoi»`
HANDLE_MARKS = {"«", "»"}


def name_inside(s: NameScan, r: Span) -> Span | None:
    """In a span of another type, a known first name and one or two capitalised words, after
    any common words the tagger took in (`Поддержку Кирсану Илюмжинову` tagged LOC)."""
    a, b = r
    while a < b and s.words.common_word(s.doc.tokens[a].text):
        a += 1
    toks = s.doc.tokens[a:b]
    if not 2 <= len(toks) <= 3 or any(i in s.place_tokens for i in range(a, b)):
        return None
    if not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in toks):
        return None
    given = toks[0].text.split("-")[0]
    return (a, b) if fold(given) not in PARTICLES and s.words.known_name(given, "Name") else None


def handles(doc: Parsed, taken: set[int]) -> list[Span]:
    """User names: a Latin word after `пользователь`, `блогер` (perhaps with the service
    between)."""
    toks = doc.tokens
    found = []
    for i, tok in enumerate(toks):
        if i in taken or not HANDLE.fullmatch(tok.text) or fold(tok.text) in SERVICES:
            continue
        at = i - 1 if i > 0 and toks[i - 1].text == "@" and toks[i - 1].end == tok.start else i
        j = at - 1
        while (
            j >= 0
            and toks[j].sent == tok.sent
            and (fold(toks[j].text) in SERVICES or toks[j].text in HANDLE_MARKS)
        ):
            j -= 1
        if j >= 0 and toks[j].sent == tok.sent and toks[j].lemma in HANDLE_NOUNS:
            found.append((at, i + 1))
    # once introduced, the bare user name is the person too
    names = {toks[b - 1].text for _, b in found}
    found += [
        (i, i + 1)
        for i, tok in enumerate(toks)
        if tok.text in names and i not in taken and all(b != i + 1 for _, b in found)
    ]
    return found


def propagate(s: NameScan, spans: list[Span], rejected: list[Span]) -> list[Span]:
    """A surname found once is a surname everywhere in the document, also where a lone word
    looked like a common noun (`Хван` beside `Хван Чжан Еп`)."""
    doc = s.doc
    known = {s.words.surname_key(doc.tokens[b - 1].text) for a, b in spans}
    given: dict[str, set[str]] = {}
    for a, b in spans:
        if b - a == 2 and doc.tokens[a].text.istitle():
            given.setdefault(s.words.surname_key(doc.tokens[b - 1].text), set()).add(
                fold(doc.tokens[a].text)
            )
    known |= {
        k for a, b in spans if b - a > 1 and (k := s.words.east_asian_key(doc.tokens[a].text))
    }
    covered = {i for e in doc.entities if e.type == "PER" for i in doc.starting_in(e.start, e.end)}
    covered -= {i for a, b in rejected if b - a == 1 for i in range(a, b)}
    covered |= {i for a, b in spans for i in range(a, b)}
    found = []
    for i, t in enumerate(doc.tokens):
        if i in covered or i in s.place_tokens or not capitalised(t.text) or len(t.text) < 3:
            continue
        if FAMILY_PLURAL.search(fold(t.text)) or named_after(doc, i):
            continue  # `братьев Ямадаевых` beside `Иса Ямадаев`: the family, not one of them
        keys = s.words.surname_keys(t.text)
        if keys & known or (s.words.east_asian_key(t.text) or "") in known:
            names = frozenset(n for k in keys for n in given.get(k, ()))
            with_given = i - 1 not in covered and given_name_before(s, i, names)
            found.append((i - 1 if with_given else i, i + 1))
    return found


def dictionary_surnames(s: NameScan, spans: list[Span]) -> list[Span]:
    """A word the tagger left alone that pymorphy's dictionary reads as a surname first
    (`Романцев :`, `Гладилин о Губерниеве:`: a lone surname opening a headline), unless it names a
    street (`проспекта Ленина`), is named after (`им. Ленина`) or is a quoted name (`«Адмирал
    Кузнецов»`)."""
    doc = s.doc
    covered = {i for a, b in spans for i in range(a, b)} | s.place_tokens
    covered |= {i for e in doc.entities for i in doc.starting_in(e.start, e.end)}
    out = []
    for i, t in enumerate(doc.tokens):
        if i in covered or not capitalised(t.text) or len(t.text) < 4 or named_after(doc, i):
            continue
        parses = s.words.vocab.known(fold(t.text))
        if not parses or not (
            all("Surn" in p.tag.grammemes for p in parses)
            or ("Surn" in parses[0].tag.grammemes and t.pos == "PROPN")
        ):
            continue
        before, after = doc.tokens[max(0, i - 2) : i], doc.tokens[i + 1 : i + 3]
        if before and s.words.vocab.first_lemma(fold(before[-1].text)) in STREET_NOUNS:
            continue
        if any(b.text in OPENING_QUOTES for b in before) and any(
            a.text in CLOSING_QUOTES for a in after
        ):
            continue
        out.append((i, i + 1))
    return out
