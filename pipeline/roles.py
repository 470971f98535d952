"""Title phrases around a name (`премьер-министра Республики Беларусь Романа Головченко`,
`Лукашенко, президент Беларуси`) and title-only references (`Лидер Беларуси`)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .document import Parsed, Token
from .geo import Place, fold
from .models import WORDS_KEPT, MorphVocab
from .rules import titles as rules

INNER_ADP = {"по", "при"}
QUOTES = {"«", "»", '"', "“", "”", "„"}
MAX_PHRASE = 12


def _past_quoted(toks: list[Token], j: int) -> int:
    """Past a short quoted name that opens at `j` (the employer after a title); `j` if none does."""
    if j >= len(toks) or toks[j].text not in QUOTES:
        return j
    return next((c + 1 for c in range(j + 1, min(j + 8, len(toks))) if toks[c].text in QUOTES), j)


@dataclass(slots=True)
class Title:
    first: int  # token range [first, last) of the whole phrase
    last: int
    title: str
    country: str | None
    organization: str | None
    plural: bool
    countries: tuple[str, ...] = ()  # `Президенты России и США`: one country per holder, in order


class TitleReader:
    def __init__(self, vocab: MorphVocab, lemma_forms: frozenset[str]) -> None:
        self.vocab = vocab
        self.lemma_forms = lemma_forms  # every form of every title head: only these need pymorphy
        self._head_lemma = lru_cache(maxsize=WORDS_KEPT)(self._head_lemma_uncached)  # every token is asked, often

    def head_lemma(self, tok: Token) -> str | None:
        return self._head_lemma(tok.text, tok.lemma)

    def _head_lemma_uncached(self, text: str, lemma: str) -> str | None:
        word = fold(text)
        for w in (word, word.removeprefix("экс-"), lemma.removeprefix("экс-")):
            # a word that is no form of a title word skips pymorphy: most words, parsed for nothing
            for cand in (w, self.vocab.first_lemma(w) if w in self.lemma_forms else w, lemma):
                if cand in rules.HEADS:
                    return cand
        return None

    def nominative(self, tok: Token) -> str:
        return self.vocab.nominative(fold(tok.text).removeprefix("экс-"), adjective_gender="masc")

    def _window(self, doc: Parsed, end: int, blocked: set[int], places: dict[int, Place]) -> int:
        """Leftmost token of the run before `end` that can belong to a title phrase."""
        i, sent = end, doc.tokens[end].sent if end < len(doc.tokens) else -1
        while i > 0 and end - i < MAX_PHRASE:
            t = doc.tokens[i - 1]
            if t.sent != sent or (i - 1) in blocked:
                break
            if t.text in ("»", '"', "”") and i == end:  # `корреспондент «МИР 24» Ангелина Казарцева`
                j = i - 2
                while j > 0 and doc.tokens[j].sent == sent and doc.tokens[j].text not in QUOTES:
                    j -= 1
                # `главный тренер черниговской "Десны"`: adjectives may stand between the head and the name
                # (and the genitives of the employer, `Глава правления "Газпрома"`, `главой ОАО «Газпром»`)
                h = j - 1
                while h > 0 and j - h <= 3 and doc.tokens[h].sent == sent and not self.head_lemma(doc.tokens[h]) and (
                        doc.tokens[h].pos == "ADJ" or (doc.tokens[h].pos in ("NOUN", "PROPN") and (
                            doc.tokens[h].feats.get("Case") == "Gen" or doc.tokens[h].text.isupper()))):
                    h -= 1
                if j > 0 and doc.tokens[j].text in QUOTES and self.head_lemma(doc.tokens[h]):
                    i = j
                    continue
                break
            if fold(t.text) == "и" and (i - 2) in places and i in places:
                i -= 1  # `Президенты России и США`: the holders' countries, one each
                continue
            if t.text[:1].isalnum() and t.pos not in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ", "ADV", "PART") and (
                t.pos != "ADP" or fold(t.text) in INNER_ADP
                or (fold(t.text) == "в" and i < len(doc.tokens) and doc.tokens[i].text[:1].isupper())
            ):
                i -= 1
                continue
            break
        return i

    def before(self, doc: Parsed, first: int, places: dict[int, Place], blocked: set[int]) -> list[Title]:
        """Titles standing before the name that starts at token `first`, nearest last."""
        out: list[Title] = []
        end = first
        while True:
            lo = self._window(doc, end, blocked, places)
            # `муж актрисы Сергей Сенин`, `сын президента`: a kinsman, not the holder of the title
            heads = [i for i in range(lo, end) if self.head_lemma(doc.tokens[i]) and not (
                i > lo and doc.tokens[i].feats.get("Case") == "Gen" and doc.tokens[i - 1].lemma in rules.KIN)]
            built = next((b for b in (self.build(doc, h, end, places, lo, strict=True) for h in heads) if b), None)
            if built is None:
                break
            out.append(built)
            # `министр по делам разведки, глава Комиссии … Дан Меридор`: another title before a comma
            start = out[-1].first
            if start >= 2 and doc.tokens[start - 1].text == "," and doc.tokens[start - 1].sent == doc.tokens[first].sent:
                end = start - 1
                continue
            break
        for t in out:  # titles in a chain share the country the chain names
            if t.country is None:
                t.country = next((o.country for o in out if o.country), None)
        return out

    def after(self, doc: Parsed, last: int, places: dict[int, Place]) -> Title | None:
        """`Лукашенко, президент Беларуси,`, `Александр Медведев – глава «Газпром экспорта»`: an
        apposition after the name."""
        toks = doc.tokens
        if last + 1 >= len(toks) or toks[last].text not in (",", "–", "—") or toks[last].sent != toks[last - 1].sent:
            return None
        i = last + 1
        while i < len(toks) and fold(toks[i].text) in rules.MODIFIERS:
            i += 1
        if i >= len(toks) or not self.head_lemma(toks[i]):
            return None
        j = i + 1
        while j < len(toks) and toks[j].sent == toks[i].sent and toks[j].text[:1].isalnum() and toks[j].pos in ("NOUN", "PROPN", "ADJ") and toks[j].feats.get("Case") == "Gen":
            j += 1
        j = _past_quoted(toks, j)  # `глава «Газпром экспорта»`: the employer's name
        if j < len(toks) and toks[j].sent == toks[i].sent and toks[j].text not in {",", ".", ")", ";", "—", "–", "-"}:
            return None
        return self.build(doc, i, j, places, last + 1)

    def predicate(self, doc: Parsed, last: int, places: dict[int, Place]) -> Title | None:
        """A title a verb states after the name: `Илья Перекопский, который в то время был
        вице-президентом «ВКонтакте»`, `Дуров покинул пост генерального директора`."""
        toks = doc.tokens
        i = last + (last < len(toks) and toks[last].text == ",")
        i += i < len(toks) and fold(toks[i].text) in rules.RELATIVES
        sent = toks[last - 1].sent
        for j in range(i, min(i + 6, len(toks))):
            t = toks[j]
            if t.sent != sent or t.text in (",", ".", ";", "«", "»"):
                return None
            case = "Ins" if t.lemma in rules.COPULAS else "Gen" if t.lemma in rules.POSTS else None
            if case is None:
                continue
            k = j + 1  # `пост ее генерального директора`: a possessive, then modifiers, then the head
            while k < len(toks) and (toks[k].lemma in rules.MODIFIERS or toks[k].pos == "DET" or fold(toks[k].text) in ("ее", "её", "его", "их")):
                k += 1
            if k >= len(toks) or not self.head_lemma(toks[k]) or toks[k].feats.get("Case") != case:
                return None
            end = k + 1
            while end < len(toks) and toks[end].sent == sent and (toks[end].feats.get("Case") == "Gen" and toks[end].pos in ("NOUN", "PROPN", "ADJ")):
                end += 1
            end = _past_quoted(toks, end)  # `вице-президентом «ВКонтакте»`
            return self.build(doc, k, end, places, j + 1)
        return None

    def build(self, doc: Parsed, head: int, end: int, places: dict[int, Place], lo: int, strict: bool = False) -> Title | None:
        toks = doc.tokens
        start = head
        while start > lo and (fold(toks[start - 1].text) in rules.MODIFIERS or toks[start - 1].lemma in rules.MODIFIERS):
            if toks[start - 1].lemma == "первый" and self.head_lemma(toks[head]) not in rules.FIRST_OF:
                break
            start -= 1
        # the country inside the title, else an adjective just before it (`российского министра`)
        # (a city inside the title says whose office it is, `мэр Москвы`; one before it says where it sits)
        country = next((places[i].country for i in [*range(start, end), *range(start - 1, lo - 1, -1)]
                        if i in places and (places[i].kind != "city" or start <= i < end)), None)
        words: list[str] = []
        organization = None
        i = start
        while i < end:
            t = toks[i]
            if t.text in QUOTES:  # a quoted name is the employer: `корреспондент «МИР 24»`
                j = i + 1
                while j < end and toks[j].text not in QUOTES:
                    j += 1
                organization = doc.text[toks[i + 1].start : toks[j - 1].end] if j > i + 1 else None
                i = j + 1
                continue
            if fold(t.text) == "и" and (i - 1) in places and (i + 1) in places:
                i += 1  # `России и США`: between the holders' countries
                continue
            place = places.get(i)
            if place is not None:
                if place.kind == "institution":  # `глава Белого дома`: every word of it
                    words.extend(fold(toks[k].text) for k in range(place.first, place.last))
                i = place.last
                continue
            if words and t.lemma in rules.GEO_DESCRIPTORS:
                break  # `мэр города Немуро`: the place says where, not what
            if t.pos == "ADJ" and (i + 1) in places:
                i += 1  # `самопровозглашенной ДНР`: the adjective belongs to the place
                continue
            if i > head and (t.pos == "ADJ" or t.text.isupper()) and i + 1 < end and toks[i + 1].text in QUOTES:
                i += 1  # `тренер черниговской "Десны"`, `глава ОАО «Газпром»`: these go with the quoted name
                continue
            if words and t.pos == "ADJ" and i + 1 < end and toks[i + 1].lemma in rules.GEO_DESCRIPTORS:
                break  # `министр … африканской страны Мали`: the adjective describes the place
            if i > head and fold(t.text) == "в":
                break  # `посол Японии в России`
            if strict and i > head and t.text[:1].isupper() and self.head_lemma(t):
                return None  # `главе государства приветствия Президента …`: a new title starts here
            if strict and i > head and t.feats.get("Case") not in (None, "Gen") and fold(toks[i - 1].text) not in INNER_ADP and fold(t.text) not in INNER_ADP and "по" not in words:
                return None  # the words after a title hang on it in the genitive; anything else is no title
            # the head as the title word it is (`премьера` → `премьер`, not the noun `премьера`)
            words.append((self.head_lemma(t) or self.nominative(t)) if i == head else self.nominative(t) if i < head else fold(t.text))
            i += 1
        title = " ".join(words)
        title = rules.SYNONYMS.get(title, title)
        for phrase, canonical in rules.SYNONYMS.items():
            if title.startswith(phrase + " "):
                title = canonical + title[len(phrase):]
        plural = self.vocab.plural(toks[head])  # `Президенты` opening a sentence is often tagged singular
        countries = tuple(dict.fromkeys(places[i].country for i in range(start, end)
                                        if i in places and places[i].kind != "city" and places[i].country)) if plural else ()
        return Title(lo if lo < start and toks[lo].pos == "ADJ" else start, end, title, country, organization, plural, countries)

    def split_organization(self, t: Title, doc: Parsed) -> Title:
        """`лидер Меджлиса крымско-татарского народа`: an employee's employer is no part of the title."""
        head = t.title.split(" ")[0]
        two = " ".join(t.title.split(" ")[:2])
        for h in (two, head):
            if h in rules.EMPLOYEE and t.title != h and t.organization is None:
                rest = t.title[len(h) + 1 :]
                if rest and rest.split()[0] not in ("по",):
                    ents = [e for e in doc.entities if e.type == "ORG" and doc.tokens[t.first].start <= e.start < doc.tokens[t.last - 1].end]
                    if ents:
                        return Title(t.first, t.last, h, t.country, doc.text[ents[0].start : ents[0].end], t.plural, t.countries)
        return t
