"""Models load once for the whole test session: loading is start-up work, not per-test work."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def extractor():
    from pipeline.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def models(extractor):
    return extractor.models


def shared_or_skip(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpora live beside the project, not in it")
    return path
