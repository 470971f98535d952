"""Stage: persons — every named human, one record however often and in whatever form named,
with the name in the nominative, their roles and the title-only references to them.

The jobs live in their own modules, in the order `PersonFinder.run` does them: `names` (where
persons are named), `name_forms` (the name in the nominative), `person_clusters` (mentions into
persons), `person_titles` (the titles around each name, NAME_TITLES), `person_countries` (the roles'
countries, COUNTRY_RULES), `person_references` (title-only references, RESOLUTION).
"""

from __future__ import annotations

from .document import Parsed
from .geo import Gazetteer
from .models import Models
from .name_forms import NameParser, ParsedName
from .names import Mention, NameFinder
from .person_clusters import cluster
from .person_countries import fill_countries, state_title
from .person_data import Person, PersonsContext, PersonsResult, Role
from .person_references import find_references
from .person_titles import aide_role, owners, pronoun_titles, read_titles
from .roles import TitleReader

__all__ = [
    "Mention",
    "ParsedName",
    "Person",
    "PersonFinder",
    "PersonsResult",
    "Role",
    "state_title",
]


class PersonFinder:
    """The persons stage: names found and clustered into persons, then their titles, the titles'
    countries, the title-only references, aides' offices and titles stated of pronouns."""

    def __init__(self, models: Models, gazetteer: Gazetteer) -> None:
        self.models = models
        self.gazetteer = gazetteer
        self.names = NameFinder(models.morph_vocab)
        self.titles = TitleReader(models.morph_vocab, models.lemma_forms)
        self.parser = NameParser(models, self.titles)

    def parse_name(self, doc: Parsed, m: Mention) -> ParsedName:
        """The name of mention `m` in the nominative, in its parts."""
        return self.parser.parse(doc, m)

    def context(self, doc: Parsed) -> PersonsContext:
        """The document's places and persons, found and clustered, before any title is read."""
        places = self.gazetteer.find(doc)
        persons = cluster(self.names.find(doc, places), lambda m: self.parse_name(doc, m))
        by_token: dict[int, Person] = {}
        for p in persons:
            for m in p.mentions:
                for i in range(m.first, m.last):
                    by_token[i] = p
        place_at = {i: p for p in places for i in range(p.first, p.last)}
        return PersonsContext(doc, persons, places, by_token, place_at, blocked=set(by_token))

    def run(self, doc: Parsed) -> PersonsResult:
        ctx = self.context(doc)
        aides = owners(ctx)
        read_titles(self.titles, ctx, aides)
        fill_countries(ctx)
        refs = find_references(self.titles, ctx)
        # after references: they may give the owner an office
        for at, (holder, owner) in aides.items():
            aide_role(self.titles, ctx, holder, owner, at)
        result = PersonsResult(ctx.persons, ctx.places, ctx.by_token, refs)
        pronoun_titles(self.titles, ctx, result)
        return result
