"""What the persons stage finds (Role, Person, PersonsResult) and the per-document state it
works on while it finds them (PersonsContext)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .document import Parsed
from .explain import Why
from .geo import Place, fold
from .names import Mention
from .roles import Title
from .rules import titles as title_rules

PRONOUN_GENDERS = {
    "он": "Masc",
    "его": "Masc",
    "него": "Masc",
    "она": "Fem",
    "ее": "Fem",
    "её": "Fem",
    "нее": "Fem",
}


@dataclass(slots=True)
class Role:
    """A title a person holds: `министр иностранных дел`, of `RU`, at offsets `[start, end)`."""

    title: str
    country: str | None
    organization: str | None
    start: int
    end: int
    place: str | None = None
    why: Why = field(default_factory=dict)  # field → the rule that set it (explain mode)
    counted: bool = False  # of a title that counts its countries (`министры двух стран`)


@dataclass
class Person:
    """One named human, however often and in whatever form named: the name's parts (strings),
    the mentions, roles and title-only references."""

    first: str | None = None
    middle: str | None = None
    last: str | None = None
    initials: str = ""
    surname_first: bool = False  # `Ху Цзиньтао`: East Asian names keep the surname in front
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    references: list[tuple[int, int]] = field(default_factory=list)
    id: str = ""

    @property
    def name(self) -> str:
        given = self.first or self.initials
        parts = (self.last, given) if self.surname_first else (given, self.middle, self.last)
        return " ".join(p for p in parts if p)

    @property
    def key(self) -> str:
        return fold(self.last or self.first or "")

    @property
    def start(self) -> int:
        return min([m.start for m in self.mentions] + [r[0] for r in self.references])


def title_role(doc: Parsed, t: Title, rule: str | None = None, **fields: str | None) -> Role:
    """The role a title phrase gives its holder; `fields` override the phrase's own reading;
    `rule` (else the title's own) is why it has that title."""
    read = {
        "title": t.title,
        "country": t.country,
        "organization": t.organization,
        "place": t.place,
    }
    read.update(fields)
    start, end = doc.tokens[t.first].start, doc.tokens[t.last - 1].end
    title, country, organization, place = read.values()
    why = {"title": rule or t.rule, "phrase": ", ".join(t.steps())}
    return Role(title, country, organization, start, end, place, why, t.counted)


def gender_of(doc: Parsed, p: Person) -> str | None:
    """The gender the tagger gives most of a person's name words, if one does."""
    votes = Counter(
        doc.tokens[i].feats.get("Gender") for m in p.mentions for i in range(m.first, m.last)
    )
    votes.pop(None, None)
    top = votes.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


@dataclass
class PersonsResult:
    """The persons of one document, the places named in it, and who is named at which token."""

    persons: list[Person]
    places: list[Place]
    by_token: dict[int, Person]  # token index → person named there (mentions and references)
    reference_titles: list[tuple[Title, Person | None]]
    hidden: tuple[tuple[int, int], ...] = ()  # spans whose mentions stand for nobody outside them

    def outside(self, spans: list[tuple[int, int]]) -> PersonsResult:
        """The same persons with what is named inside `spans` (quoted words) out of reach: `добавил
        он` after `«…разговор Путина с Карапетяном»` means the speaker, not Карапетян."""
        return PersonsResult(
            self.persons, self.places, self.by_token, self.reference_titles, tuple(spans)
        )

    def hides(self, at: int) -> bool:
        return any(a <= at < b for a, b in self.hidden)

    def holders(self, title: str) -> list[Person]:
        """Everyone holding `title` (by its canonical form): whom `Президенты` means."""
        canonical = title_rules.REFERENCE.get(title, title)
        return [
            p
            for p in self.persons
            if any(title_rules.REFERENCE.get(r.title, r.title) == canonical for r in p.roles)
        ]

    def antecedent(self, doc: Parsed, at: int, pronoun: str) -> Person | None:
        """Whom a pronoun at offset `at` means: the last person named before it whose gender
        agrees, a subject (nominative) of its sentence or the one before first — `Порошенко не видит
        необходимости смены премьера Яценюка. «…», – сказал он` is Порошенко."""
        gender = PRONOUN_GENDERS.get(fold(pronoun))
        here = doc.sentence_of(at)
        found: list[tuple[bool, int, int]] = []
        for k, p in enumerate(self.persons):
            if gender and gender_of(doc, p) not in (None, gender):
                continue
            for m in p.mentions:
                if m.start < at and not self.hides(m.start):
                    tok = doc.tokens[m.first]
                    found.append(
                        (tok.feats.get("Case") == "Nom" and here - tok.sent <= 1, m.start, k)
                    )
        return self.persons[max(found)[2]] if found else self.last_before(at)

    def last_before(self, at: int) -> Person | None:
        """The person named (or referred to by title) last before offset `at`: whom `он` means."""
        best, pos = None, -1
        for p in self.persons:
            for start in [m.start for m in p.mentions] + [a for a, _ in p.references]:
                if pos < start < at and not self.hides(start):
                    best, pos = p, start
        return best


@dataclass
class PersonsContext:
    """One document while its persons' titles, countries and references are read: the persons
    found, who is named at which token, the places, and which tokens titles have taken."""

    doc: Parsed
    persons: list[Person]
    places: list[Place]
    by_token: dict[int, Person]  # token index → the person named there
    place_at: dict[int, Place]  # token index → the place named there
    blocked: set[int]  # tokens of names: no title phrase takes them
    used: set[int] = field(default_factory=set)  # tokens of the title phrases read so far
