"""The README's examples run as written."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys

from .conftest import ROOT


def example(name: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- example: {name} -->\n```python\n(.*?)```", readme, re.S)
    assert match, f"README has no `{name}` example"
    return match.group(1)


def run(code: str) -> str:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        exec(compile(code, "README.md", "exec"), {})
    return buffer.getvalue()


def test_python_api_example(extractor, monkeypatch):
    import pipeline

    monkeypatch.setattr(
        pipeline, "Extractor", lambda: extractor, raising=False
    )  # the session's models
    printed = run(example("api")).splitlines()
    assert printed[0] == "Касым-Жомарт Токаев state Баку"  # what the README's comment promises
    assert printed[1].startswith("{")


def test_validation_example(tmp_path):
    shutil.copytree(
        ROOT / "schemas", tmp_path / "schemas", ignore=shutil.ignore_patterns("*.py", "__pycache__")
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "extract",
            str(ROOT / "seeds"),
            "--out",
            str(tmp_path / "out"),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        printed = run(example("validate")).splitlines()
    finally:
        os.chdir(cwd)
    assert len(printed) == 2 and all(line.endswith(" valid") for line in printed)


def test_the_rule_listing_names_each_tuple_in_its_order():
    """ "Where each rule is" lists every rule tuple as the code orders it."""
    import importlib

    from pipeline.explain import rule_name

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = re.findall(r"^- `(\w+)\.([A-Z_]+)`: (.*)$", readme, re.M)
    assert len(listed) >= 20
    for module, name, names in listed:
        rules = getattr(importlib.import_module(f"pipeline.{module}"), name)
        assert names == " → ".join(rule_name(r) for r in rules), f"{module}.{name}"
