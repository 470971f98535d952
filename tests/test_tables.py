"""--csv: four tables, one row per item, with the document id."""

from __future__ import annotations

import csv

from .test_cli import ARTICLE, cli


def test_csv_tables_have_a_row_per_item(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("Пустая заметка без имён.", encoding="utf-8")
    assert (
        cli("extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--csv").returncode
        == 0
    )
    tables = {}
    for kind in ("persons", "visits", "agreements", "quotes"):
        raw = (tmp_path / "out" / f"{kind}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets read UTF-8 Cyrillic with the BOM
        tables[kind] = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [(r["document"], r["name"], r["roles"]) for r in tables["persons"]] == [
        ("a", "Сергей Лавров", "министр иностранных дел (Россия)")
    ]
    assert [(r["document"], r["visitor"], r["city"]) for r in tables["visits"]] == [
        ("a", "Сергей Лавров", "Анкара")
    ]
    assert [(r["document"], r["speaker"], r["verb"]) for r in tables["quotes"]] == [
        ("a", "Сергей Лавров", "заявить")
    ]
    assert [(r["document"], r["kind"], r["status"]) for r in tables["agreements"]] == [
        ("a", "memorandum", "signed")
    ]
