"""The record contract as pydantic models; `python -m schemas` exports their JSON Schema.

Names load on first use, so a tool that needs one model (the run manifest) does not build them
all."""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "Agreement": "agreement",
    "Date": "common",
    "Span": "common",
    "Entry": "manifest",
    "Manifest": "manifest",
    "Person": "person",
    "Role": "person",
    "Quote": "quote",
    "SCHEMA_VERSION": "record",
    "Document": "record",
    "Record": "record",
    "Destination": "visit",
    "Meeting": "visit",
    "Visit": "visit",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(name)
    return getattr(import_module(f".{_WHERE[name]}", __name__), name)
