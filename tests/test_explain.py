"""Explain mode: which rule produced each field, beside the record and never in it."""

from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from pipeline.extract import Extractor

TEXT = (
    "Президент Казахстана Касым-Жомарт Токаев прибыл с государственным визитом в Баку. "
    "«Мы подпишем десять документов», — сказал Токаев."
)


@pytest.fixture(scope="module")
def explaining(models):
    return Extractor(models=models, explain=True)


def test_every_record_item_is_explained_by_the_rules_that_fired(explaining):
    record = explaining(TEXT, "t")
    why = explaining.explanations["t"]
    assert set(why) == {p.id for p in record.persons} | {v.id for v in record.visits} | {
        a.id for a in record.agreements
    } | {q.id for q in record.quotes}
    assert why["visit-1"]["found by"] == "trip word with destination"
    assert why["visit-1"]["kind"] == "kind adjective"
    assert why["quote-1"]["speaker"].startswith("after the quote")
    [role] = why["person-1"]["roles"]
    assert (role["role"], role["title"]) == ("президент", "title before the name")


def test_the_record_is_the_same_with_or_without_explaining(explaining, extractor):
    assert explaining(TEXT, "t").model_dump_json() == extractor(TEXT, "t").model_dump_json()
    assert "why" not in explaining(TEXT, "t").model_dump_json()


def test_the_explain_command_prints_json_per_document(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["explain", str(tmp_path / "a.txt")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["a"]["visit-1"]["status"]
