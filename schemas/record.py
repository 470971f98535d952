"""One output file, `out/<doc_id>.json`: the record contract, schema version 1."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .agreement import Agreement
from .common import Date
from .person import Person
from .quote import Quote
from .visit import Visit

SCHEMA_VERSION = 1


class Document(BaseModel):
    """The article a record is of: its id, source, hash, title and size."""

    model_config = ConfigDict(extra="forbid")
    id: str
    source: str
    sha256: str
    title: str | None
    published: Date | None
    chars: int
    sentences: int
    tokens: int


class Record(BaseModel):
    """One article's record: its document and what was found in it."""

    model_config = ConfigDict(extra="forbid")
    schema_version: Literal[1] = Field(default=SCHEMA_VERSION)
    document: Document
    persons: list[Person]
    visits: list[Visit]
    agreements: list[Agreement]
    quotes: list[Quote]
