"""Spans and dates: the pieces every record type points back to the text with."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_serializer


class Span(BaseModel):
    """Characters `start:end` of the decoded text; `text` is exactly `text[start:end]`."""

    model_config = ConfigDict(extra="forbid")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Date(BaseModel):
    """A date the text gives, with its span and the parts it states."""

    model_config = ConfigDict(extra="forbid")
    text: str
    span: Span
    year: int | None = None
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    iso: str | None = Field(
        default=None, description="YYYY-MM-DD where year, month and day are known"
    )
    year_inferred: bool | None = Field(
        default=None, description="true when the year comes from document.published"
    )

    @model_serializer(mode="wrap")
    def _drop_unset_inference(self, handler: Any) -> dict[str, Any]:
        data = handler(self)
        if not data.get("year_inferred"):
            data.pop("year_inferred", None)  # the contract marks inferred years only
        return data
