"""The Agreement record: a document signed, to be signed or mentioned."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .common import Date, Span

Kind = Literal[
    "agreement",
    "memorandum",
    "roadmap",
    "treaty",
    "declaration",
    "joint_statement",
    "protocol",
    "contract",
    "programme",
    "documents",
]


class Agreement(BaseModel):
    """An agreement: what it is, its status, who signed it and whom it binds."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^agreement-\d+$")
    kind: Kind
    title: str | None
    status: Literal["signed", "planned", "mentioned"]
    count: int | None
    parties: list[str]
    signatories: list[str]
    date: Date | None
    visit: str | None
    evidence: list[Span]
