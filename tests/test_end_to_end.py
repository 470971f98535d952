"""The seeds end to end through the CLI, and the span property over every record."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from schemas import Record

from .conftest import ROOT, SHARED, shared_or_skip


def records_in(folder):
    """`folder/*.json` as a shell or glob.glob lists it: the hidden run manifest is no record."""
    return sorted(p for p in folder.glob("*.json") if not p.name.startswith("."))


def spans(obj):
    if isinstance(obj, dict):
        if set(obj) == {"start", "end", "text"}:
            yield obj
        for v in obj.values():
            yield from spans(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from spans(v)


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", str(ROOT / "seeds"), "--out", str(out)],
        check=True,
        cwd=ROOT,
    )
    return out


def test_one_valid_record_per_seed(seed_out):
    seeds = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    assert sorted(p.stem for p in records_in(seed_out)) == seeds
    for path in records_in(seed_out):
        raw = path.read_text(encoding="utf-8")
        assert "\\u04" not in raw  # Cyrillic written as UTF-8, not escapes
        Record.model_validate_json(raw)


def test_every_span_indexes_its_text(seed_out):
    for path in records_in(seed_out):
        rec = json.loads(path.read_text(encoding="utf-8"))
        text = (ROOT / "seeds" / f"{path.stem}.txt").read_text(encoding="utf-8")
        for s in spans(rec):
            assert text[s["start"] : s["end"]] == s["text"]


def test_output_is_deterministic(seed_out, tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", str(ROOT / "seeds"), "--out", str(tmp_path)],
        check=True,
        cwd=ROOT,
    )
    for path in records_in(seed_out):
        assert path.read_bytes() == (tmp_path / path.name).read_bytes()


def test_seed_gold_scores_perfectly_on_persons_and_quotes(seed_out):
    gold = shared_or_skip("corpus", "seeds", "gold")
    res = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), str(gold), str(seed_out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(res.stdout)
    for kind in ("persons", "quotes", "agreements"):
        assert report[kind]["f1"] == 1.0, (kind, report[kind])


WORDS = st.sampled_from(
    [
        "Президент",
        "России",
        "Владимир",
        "Путин",
        "«",
        "»",
        "„",
        "“",
        '"',
        "–",
        ",",
        ".",
        "\n",
        "\r\n",
        "заявил",
        "визит",
        "в",
        "Минск",
        "подписали",
        "соглашение",
        "15.09.2022",
        "**",
        "[",
        "](#)",
    ]
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.one_of(WORDS, st.text(max_size=5)), max_size=40).map(" ".join))
@example("Путин 𗀀 сказал: «𗀀»")  # a character without a Unicode name once crashed pymorphy3
@example("¹ соглашение")  # a superscript digit is a digit to str.isdigit, not to int()
def test_any_text_gives_valid_spans(extractor, text):
    rec = extractor(text).model_dump(mode="json", by_alias=True)
    for s in spans(rec):
        assert text[s["start"] : s["end"]] == s["text"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.binary(max_size=300),
        st.text(max_size=200).map(lambda t: t.encode("utf-8")),
        st.text(
            alphabet="абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ .,«»\r\n",
            max_size=200,
        ).map(lambda t: t.encode("cp1251")),
    )
)
def test_any_bytes_are_refused_or_give_valid_spans(extractor, data):
    from pipeline.decode import DecodeError, decode_bytes

    try:
        text = decode_bytes(data)
    except DecodeError:
        return
    rec = extractor(text).model_dump(mode="json", by_alias=True)
    for s in spans(rec):
        assert text[s["start"] : s["end"]] == s["text"]
