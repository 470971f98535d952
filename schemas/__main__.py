"""Write the JSON Schema of the record and of each record type next to the models."""
from __future__ import annotations

import json
from pathlib import Path

from . import Agreement, Manifest, Person, Quote, Record, Visit

MODELS = {"record": Record, "person": Person, "visit": Visit, "agreement": Agreement, "quote": Quote,
          "manifest": Manifest}


def render(model: type) -> str:
    return json.dumps(model.model_json_schema(by_alias=True), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> None:
    here = Path(__file__).parent
    for name, model in MODELS.items():
        (here / f"{name}.schema.json").write_text(render(model), encoding="utf-8")


if __name__ == "__main__":
    main()
