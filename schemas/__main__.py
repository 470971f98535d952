"""Write the JSON Schema of the record, of each record type and of the run manifest next to the
models (`make schemas`); tests/test_schemas.py fails when the files drift from the models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from . import Agreement, Manifest, Person, Quote, Record, Visit

MODELS: dict[str, Any] = {
    "record": Record,
    "person": Person,
    "visit": Visit,
    "agreement": Agreement,
    "quote": Quote,
    "manifest": Manifest,
}
HERE = Path(__file__).parent


def schema(model: Any) -> dict[str, Any]:
    return TypeAdapter(model).json_schema(by_alias=True)


def render(model: Any) -> str:
    return json.dumps(schema(model), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> None:
    for name, model in MODELS.items():
        (HERE / f"{name}.schema.json").write_text(render(model), encoding="utf-8")


if __name__ == "__main__":
    main()
