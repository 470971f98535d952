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
