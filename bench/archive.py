"""`make bench-archive`: the archive files and the report over 10,000 records, beyond extraction.

Extracts factRuEval-2016 test's 132 articles once, copies their records to RECORDS record files
with new ids (`00042_book_3539.json`) and publication dates a day apart over two years (the texts
state none; dated, the visits they report fill the timeline): the records of a 10,000-article
archive without extracting 10,000 articles. Then times, each as a fresh process (interpreter and
imports included):

  build      `python -m pipeline report DIR` with no archive index: every record read, the four
             archive files and the page written                                   target < 10 s
  rebuild    the same after one record changed: one record read, the page redrawn
  unchanged  the same with nothing changed: no record read, the page kept

and the page's size (target < 10 MB), and prints the archive's counts.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from time import perf_counter

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def timed(*args: str) -> tuple[float, str]:
    start = perf_counter()
    res = subprocess.run(
        [PY, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    seconds = perf_counter() - start
    if res.returncode not in (0, 1):
        raise SystemExit(f"pipeline {' '.join(args)} failed:\n{res.stderr[-2000:]}")
    return seconds, res.stderr.strip().splitlines()[-1]


def published(i: int) -> dict:
    """A publication date for copy `i`: one day after another over two years from 2023, so that
    the visits the copies report done or under way fill the timeline (the texts give no dates)."""
    day = date(2023, 1, 1) + timedelta(days=i % 730)
    return {
        "text": day.isoformat(),
        "span": {"start": 0, "end": 0, "text": ""},
        "year": day.year,
        "month": day.month,
        "day": day.day,
        "iso": day.isoformat(),
    }


def replicate(records: Path, out: Path, count: int) -> None:
    """`count` record files in `out`, copies of those in `records` under new ids and dates."""
    sources = sorted(p for p in records.glob("*.json") if not p.name.startswith("."))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    out.mkdir()
    for i in range(count):
        rec = json.loads(texts[i % len(texts)])
        rec["document"]["id"] = doc_id = f"{i:05}_{rec['document']['id']}"
        rec["document"]["published"] = published(i)
        (out / f"{doc_id}.json").write_text(
            json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    shutil.copy(records / ".run.json", out / ".run.json")  # where the sources are read from


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    bench = Path(args.shared) / "benchmarks" / "factru" / "test.jsonl"
    if not bench.exists():
        raise SystemExit(f"{bench} is absent: the benchmark needs ../shared beside the project")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "in").mkdir()
        for line in bench.open(encoding="utf-8"):
            row = json.loads(line)
            (tmp / "in" / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")
        seconds, summary = timed("extract", str(tmp / "in"), "--out", str(tmp / "records"))
        print(f"extract of the {summary.split(' ', 1)[0]} texts: {seconds:.1f} s")
        out = tmp / "out"
        replicate(tmp / "records", out, args.records)
        build, said = timed("report", str(out))
        size = (out / "report.html").stat().st_size
        print(said)
        print(f"build, {args.records} records     {build:6.2f} s   (target < 10 s)")
        print(f"report.html                 {size / 1e6:6.2f} MB  (target < 10 MB)")
        jsonl = sum(
            (out / f"{k}.jsonl").stat().st_size
            for k in ("persons", "visits", "agreements", "quotes")
        )
        print(f"archive files               {jsonl / 1e6:6.2f} MB")
        changed = next(out.glob("00001_*.json"))
        rec = json.loads(changed.read_text(encoding="utf-8"))
        rec["document"]["title"] = "Changed: " + (rec["document"]["title"] or "")
        changed.write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        rebuild, said = timed("report", str(out))
        print(
            f"rebuild, 1 record changed   {rebuild:6.2f} s   ({said.split('(')[1].split(')')[0]})"
        )
        same, said = timed("report", str(out))
        print(f"rerun, nothing changed      {same:6.2f} s   ({said.split('(')[1].split(')')[0]})")


if __name__ == "__main__":
    main()
