"""Batch runs in this process: odd inputs, the manifest, reruns."""

from __future__ import annotations

import json
import os

import pytest

from pipeline import engines, naming
from pipeline.batch import MANIFEST, Options, Run
from pipeline.decode import decode_bytes
from schemas import Record
from schemas.manifest import read as read_manifest

from .test_end_to_end import spans

ARTICLE = (
    "Президент Казахстана Касым-Жомарт Токаев прибыл с государственным визитом в Баку. "
    "«Мы готовы к диалогу с соседями», – заявил Токаев.\r\n"
)


@pytest.fixture(autouse=True)
def shared_models(extractor, monkeypatch):
    monkeypatch.setattr(engines, "_extractor", extractor)  # the session's models, not a second copy


def odd_inputs(folder):
    folder.mkdir()
    (folder / "utf8.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "cp1251.txt").write_bytes(
        ARTICLE.replace("«", '"').replace("»", '"').replace("–", "-").encode("cp1251")
    )
    (folder / "koi8.txt").write_bytes(
        ARTICLE.replace("«", '"').replace("»", '"').replace("–", "-").encode("koi8_r")
    )
    (folder / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \r\n\t\n")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "page.txt").write_text(
        f"<html><body><p>{ARTICLE}</p><script>alert(1)</script></body></html>", encoding="utf-8"
    )
    (folder / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "hidden.txt").write_text("Другой текст о визите в Минск.", encoding="utf-8")
    (folder / "big.txt").write_text(ARTICLE * 50, encoding="utf-8")
    (folder / os.fsdecode(b"\xff\xfe latin-1 name.txt")).write_text(
        ARTICLE, encoding="utf-8"
    )  # not UTF-8 bytes
    return folder


def run(folder, out, **kw):
    problems: list[str] = []
    summary = Run(sorted(folder.iterdir()), Options(out, **kw), report=problems.append).execute()
    return summary, problems


def test_odd_inputs_work_or_fail_alone(tmp_path):
    folder = odd_inputs(tmp_path / "in")
    summary, problems = run(folder, tmp_path / "out", max_bytes=2000)
    status = {e.id: e.status for e in summary.entries}
    assert status == {
        "big": "failed",
        "blank": "ok",
        "cp1251": "ok",
        "empty": "ok",
        "hidden": "ok",
        "hidden-2": "ok",
        "image": "failed",
        "koi8": "ok",
        "page": "ok",
        "utf16": "ok",
        "utf8": "ok",
        "__ latin-1 name": "ok",
    }
    assert len(problems) == 2 and all(p.startswith("error: ") for p in problems)
    assert any("image.txt" in p and "binary" in p for p in problems)
    assert any("big.txt" in p and "--max-bytes" in p for p in problems)
    for e in summary.entries:
        if e.status == "ok":
            rec = Record.model_validate_json((tmp_path / "out" / f"{e.id}.json").read_bytes())
            text = decode_bytes(
                next(p for p in folder.iterdir() if naming.shown(p) == e.input).read_bytes()
            )
            assert rec.document.sha256 == e.sha256
            for span in spans(
                rec.model_dump(mode="json")
            ):  # offsets index the decoded text, `\r\n` and all
                assert text[span["start"] : span["end"]] == span["text"]
            if e.id in ("empty", "blank"):
                assert not (rec.persons or rec.visits or rec.agreements or rec.quotes)
            elif e.id not in ("hidden", "hidden-2"):  # the rest hold the article
                assert [p.last for p in rec.persons] == ["Токаев"], (e.id, text[:20])


def test_manifest_accounts_for_every_input(tmp_path):
    folder = odd_inputs(tmp_path / "in")
    run(folder, tmp_path / "out", max_bytes=2000)
    manifest = read_manifest((tmp_path / "out" / MANIFEST).read_bytes())
    assert manifest.finished is not None
    assert len(manifest.entries) == len(list(folder.iterdir()))
    failed = [e for e in manifest.entries if e.status == "failed"]
    assert all(e.error for e in failed)
    assert sorted(
        p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")
    ) == sorted(f"{e.id}.json" for e in manifest.entries if e.status == "ok")


def test_rerun_reuses_unchanged_records_and_redoes_changed_ones(tmp_path):
    folder = odd_inputs(tmp_path / "in")
    out = tmp_path / "out"
    run(folder, out, max_bytes=2000)
    before = {p.name: p.read_bytes() for p in out.glob("*.json") if not p.name.startswith(".")}
    (folder / "utf8.txt").write_text(ARTICLE + "Визит продлится два дня.", encoding="utf-8")
    (out / "koi8.json").write_text("{", encoding="utf-8")  # damaged since: must be made again
    summary, _ = run(folder, out, max_bytes=2000)
    status = {e.id: e.status for e in summary.entries}
    assert status["utf8"] == "ok" and status["koi8"] == "ok" and status["cp1251"] == "cached"
    after = {p.name: p.read_bytes() for p in out.glob("*.json") if not p.name.startswith(".")}
    assert after["koi8.json"] == before["koi8.json"]
    assert all(after[n] == before[n] for n in before if n != "utf8.json")


def test_leftover_temporary_files_are_cleared(tmp_path):
    folder = odd_inputs(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    (out / ".utf8.json.abc123.tmp").write_text('{"half": ')
    run(folder, out)
    assert not list(out.glob(".*.tmp"))
    assert json.loads((out / "utf8.json").read_text(encoding="utf-8"))["document"]["id"] == "utf8"


def test_batches_shrink_for_several_workers_and_hold_every_input_once(tmp_path, monkeypatch):
    monkeypatch.setattr("pipeline.batch.MIN_SHARE", 1_000)  # these inputs are small
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        (folder / f"{i:02}.txt").write_text("Текст. " * (400 if i == 0 else 40), encoding="utf-8")
    paths = sorted(folder.iterdir())

    def sizes(workers: int) -> list[list[str]]:
        run = Run(paths, Options(tmp_path / f"out{workers}", workers=workers))
        return [[s.id for s in batch] for batch in run._batches({})]

    one, two = sizes(1), sizes(2)
    assert [i for b in one for i in b] == [i for b in two for i in b] == [p.stem for p in paths]
    assert [len(b) for b in one] == [40]  # one worker: BATCH and BATCH_CHARS alone bound a batch
    assert len(two) > 4 and len(two[0]) > len(two[-1])  # guided: big first, small last
    # a long article does not ride with a quarter of the rest: its batch holds fewer inputs
    assert len(two[0]) < len(two[1])
    # and never a batch below MIN_SHARE bytes unless the inputs run out
    monkeypatch.setattr("pipeline.batch.MIN_SHARE", 5_000)
    assert all(sum((folder / f"{i}.txt").stat().st_size for i in b) >= 5_000 for b in sizes(2)[:-1])


def test_entries_with_equal_counts_share_one_dict(tmp_path):
    """What a run keeps per input is what grows with an archive's size: equal counts are one
    dict."""
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(3):
        (folder / f"copy{k}.txt").write_text(f"Выпуск {k}.\n{ARTICLE}", encoding="utf-8")
    summary, _ = run(folder, tmp_path / "out")
    first, *rest = summary.entries
    assert first.counts["persons"] == 1 and all(e.counts is first.counts for e in rest)
    again, _ = run(folder, tmp_path / "out")  # the cached entries share theirs too
    assert {e.status for e in again.entries} == {"cached"} and all(
        e.counts is again.entries[0].counts for e in again.entries
    )
