"""Russian news → structured records (persons, visits, agreements, quotes)."""

from __future__ import annotations

from typing import Any


def __getattr__(
    name: str,
) -> Any:  # `from pipeline import Extractor` without loading models at import
    if name == "Extractor":
        from .extract import Extractor

        return Extractor
    raise AttributeError(name)
