"""The Visit record: who travelled where, of what kind, when, hosted by whom."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .common import Date, Span


class Destination(BaseModel):
    """Where a trip went: a country, a city, either may be unknown."""

    model_config = ConfigDict(extra="forbid")
    country: str | None
    city: str | None


class Meeting(BaseModel):
    """Someone the visitor met on the trip, and when."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    with_: list[str] = Field(alias="with", serialization_alias="with")
    date: Date | None
    span: Span


class Visit(BaseModel):
    """A trip: visitor, host, kind, status, destination and dates."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^visit-\d+$")
    visitor: str | None
    host: str | None
    kind: Literal["state", "official", "working", "friendly", "private", "unspecified"]
    status: Literal["planned", "ongoing", "completed"]
    origin_country: str | None
    destination: Destination
    start: Date | None
    end: Date | None
    meetings: list[Meeting]
    evidence: list[Span]
