"""The committed JSON Schema files are what the models export, and they validate real output."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from jsonschema import Draft202012Validator

from schemas.__main__ import HERE, MODELS, render

from .conftest import ROOT
from .test_end_to_end import records_in


@pytest.mark.parametrize("name", sorted(MODELS))
def test_committed_schema_matches_the_models(name):
    committed = (HERE / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == render(MODELS[name]), (
        f"schemas/{name}.schema.json is stale: run `make schemas`"
    )


def test_schemas_validate_every_record_and_the_manifest(tmp_path):
    out = tmp_path / "out"
    subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", str(ROOT / "seeds"), "--out", str(out)],
        check=True,
        cwd=ROOT,
    )
    record = Draft202012Validator(
        json.loads((HERE / "record.schema.json").read_text(encoding="utf-8"))
    )
    paths = records_in(out)
    assert paths
    for path in paths:
        assert not list(record.iter_errors(json.loads(path.read_text(encoding="utf-8")))), path.name
    manifest = Draft202012Validator(
        json.loads((HERE / "manifest.schema.json").read_text(encoding="utf-8"))
    )
    assert not list(
        manifest.iter_errors(json.loads((out / ".run.json").read_text(encoding="utf-8")))
    )
