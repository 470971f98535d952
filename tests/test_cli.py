"""The command line as users meet it: exit codes, messages, a kill in the middle of a run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from pipeline.decode import DEFAULT_MAX_BYTES
from schemas import Record
from schemas.manifest import read as read_manifest

from .conftest import ROOT

ARTICLE = (
    "Министр иностранных дел России Сергей Лавров прибыл в Анкару. «Переговоры прошли "
    "конструктивно и открыто», – заявил Лавров журналистам. Стороны подписали меморандум о "
    "сотрудничестве.\n"
)


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=ROOT, **kw
    )


def records(folder):
    return {p.name: p.read_bytes() for p in folder.glob("*.json") if not p.name.startswith(".")}


def test_a_bad_input_fails_alone_with_one_line_and_exit_1(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x01\x02binary\xff" * 20)
    res = cli("extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert res.returncode == 1
    assert "Traceback" not in res.stderr
    lines = res.stderr.strip().splitlines()
    assert [line for line in lines if line.startswith("error:")] == [
        lines[0]
    ] and "bad.txt" in lines[0]
    assert lines[-1].startswith("2 documents: 1 written, 0 unchanged, 1 failed")
    assert list(records(tmp_path / "out")) == ["good.json"]


def test_usage_errors_exit_2_without_a_traceback(tmp_path):
    res = cli("extract", str(tmp_path / "missing"), "--out", str(tmp_path / "out"))
    assert (
        res.returncode == 2
        and "no such file or folder" in res.stderr
        and "Traceback" not in res.stderr
    )
    res = cli("extract", str(tmp_path), "--out", str(tmp_path / "out"), "--workers", "0")
    assert res.returncode == 2 and "Traceback" not in res.stderr


def test_help_explains_every_option():
    res = cli("extract", "--help")
    for option in (
        "--out",
        "--max-bytes",
        "--workers",
        "--engine",
        "--scheduler",
        "--batch",
        "--debug",
        "exit status",
    ):
        assert option in res.stdout


def test_kill_mid_run_leaves_whole_records_and_a_rerun_completes(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(40):
        (inputs / f"doc{i:02}.txt").write_text(
            f"Выпуск {i}.\n" + ARTICLE * (1 + i % 3), encoding="utf-8"
        )
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pipeline",
            "extract",
            str(inputs),
            "--out",
            str(out),
            "--batch",
            "2",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while len(records(out)) < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = records(out)
    assert 3 <= len(partial) < 40, "the run must be killed in the middle"
    for raw in partial.values():
        Record.model_validate_json(raw)  # whole, never truncated
    read_manifest((out / ".run.json").read_bytes())  # the manifest too
    res = cli("extract", str(inputs), "--out", str(out))
    assert res.returncode == 0, res.stderr
    assert len(records(out)) == 40 and not list(out.glob(".*.tmp"))
    fresh = tmp_path / "fresh"
    assert cli("extract", str(inputs), "--out", str(fresh)).returncode == 0
    assert records(out) == records(fresh)  # byte-identical to a run that was never interrupted


def test_a_300_kb_line_is_processed_and_a_file_over_the_size_limit_refused(tmp_path):
    (tmp_path / "in").mkdir()
    line = " ".join([ARTICLE.replace("\n", " ")] * 1200)[:300_000]
    (tmp_path / "in" / "line.txt").write_text(line, encoding="utf-8")
    with (tmp_path / "in" / "huge.txt").open("wb") as f:  # sparse: refused by its size alone
        f.truncate(DEFAULT_MAX_BYTES + 1)
    res = cli("extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert "huge.txt" in res.stderr and "--max-bytes" in res.stderr
    rec = Record.model_validate_json((tmp_path / "out" / "line.json").read_bytes())
    assert rec.document.chars == len(line) and rec.persons
