"""The code-style issue's measures, kept: every module and class says what it holds, and no class
grows past 150 lines (ruff keeps functions under complexity 12 and lines under 100)."""

from __future__ import annotations

import ast

import pytest

from .conftest import ROOT

SOURCES = sorted([*(ROOT / "pipeline").rglob("*.py"), *(ROOT / "schemas").rglob("*.py")])
MAX_CLASS_LINES = 150


@pytest.mark.parametrize("path", SOURCES, ids=[str(p.relative_to(ROOT)) for p in SOURCES])
def test_modules_and_classes_say_what_they_hold_and_stay_small(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), f"{path.name}: no module docstring"
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            assert ast.get_docstring(node), f"{path.name}: class {node.name} has no docstring"
            lines = node.end_lineno - node.lineno + 1
            assert lines <= MAX_CLASS_LINES, f"{path.name}: class {node.name} is {lines} lines"
