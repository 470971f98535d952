"""`out/.run.json`: what the last run did with every input. The leading dot keeps it out of
`out/*.json`, which lists records only."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    input: str = Field(description="the input path as given")
    id: str = Field(description="record name: out/<id>.json")
    sha256: str | None = Field(description="of the input's bytes; null when they could not be read")
    status: Literal["ok", "cached", "failed", "pending"] = Field(
        description="ok: written this run; cached: unchanged since a run of the same pipeline version, record kept; "
        "failed: see error; pending: not reached (the run was stopped)")
    error: str | None = None
    record_sha256: str | None = Field(default=None, description="of the record file written")
    counts: dict[str, int] = Field(default_factory=dict, description="records of each type")
    seconds: float = Field(default=0.0, description="time spent on this input (its share of its batch)")


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    pipeline_version: str = Field(description="package version + fingerprint of the code and rules")
    versions: dict[str, str] = Field(description="Python and the libraries the records depend on")
    engine: str
    workers: int
    started: str
    finished: str | None = Field(description="null while the run is going on, or when it was killed")
    seconds: float
    entries: list[Entry]
