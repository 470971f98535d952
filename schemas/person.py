"""The Person record: a named human, their roles and every mention."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .common import Span


class Role(BaseModel):
    """A title a person holds, with its country, employer and place."""

    model_config = ConfigDict(extra="forbid")
    title: str = Field(description="lowercase nominative, without the country")
    country: str | None = Field(description="canonical short country name")
    organization: str | None = Field(description="a non-state employer")
    place: str | None = Field(
        default=None,
        description="the city or region the title is of, nominative (`мэр Могилева` → `Могилев`)",
    )
    span: Span


class Person(BaseModel):
    """A person the text names: the name in the nominative, roles, mentions."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^person-\d+$")
    name: str
    first: str | None
    middle: str | None
    last: str | None
    key: str = Field(
        description=(
            "the same human named the same way gets the same key in every document: "
            "`last/first` folded (lowercase, ё→е; `путин/владимир`; a patronymic is left out), "
            "`last/x.` with an initial only (`путин/в.`), `last/` with the surname only, `/first` "
            "with a given name only; computed from this document alone (added 2026-12; "
            "schema_version stays 1)"
        )
    )
    roles: list[Role]
    mentions: list[Span] = Field(description="mentions by name, without the title")
    references: list[Span] = Field(description="title-only mentions resolved to this person")
