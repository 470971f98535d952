"""Every engine gives the same bytes: worker processes and a Dask cluster against one process."""

from __future__ import annotations

import importlib.util
import shutil

import pytest

from .conftest import ROOT
from .test_cli import ARTICLE, cli, records


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    for i in range(6):
        (folder / f"extra{i}.txt").write_text(
            f"Выпуск {i}.\n" + ARTICLE * (i + 1), encoding="utf-8"
        )
    return folder


@pytest.fixture(scope="module")
def serial(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("serial")
    assert cli("extract", str(inputs), "--out", str(out)).returncode == 0
    return records(out)


def test_worker_processes_write_the_same_bytes(inputs, serial, tmp_path):
    res = cli("extract", str(inputs), "--out", str(tmp_path), "--workers", "2")
    assert res.returncode == 0, res.stderr
    assert records(tmp_path) == serial


@pytest.mark.skipif(
    importlib.util.find_spec("distributed") is None,
    reason="the Dask engine is an optional extra: pip install '.[dask]' (make test installs it)",
)
def test_dask_local_cluster_writes_the_same_bytes(inputs, serial, tmp_path):
    res = cli("extract", str(inputs), "--out", str(tmp_path), "--engine", "dask", "--workers", "2")
    assert res.returncode == 0, res.stderr
    assert records(tmp_path) == serial


def test_scheduler_needs_the_dask_engine(inputs, tmp_path):
    res = cli("extract", str(inputs), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:8786")
    assert res.returncode == 2 and "--engine dask" in res.stderr
