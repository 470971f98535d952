"""The Quote record: quoted words and who said them."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .common import Span


class Quote(BaseModel):
    """Quoted words, exactly as written, with their speaker and speech verb."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^quote-\d+$")
    text: str = Field(description="the quoted words without the quotation marks")
    span: Span
    speaker: str | None
    speaker_span: Span | None
    verb: str | None = Field(description="lemma of the speech verb")
