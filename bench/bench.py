"""`make bench`: the whole `extract` process against natasha's own Doc pipeline, in one run.

Over the 132 articles of factRuEval-2016 test, alternating the commands ROUNDS times so that the
machine's noise falls on both alike, it reports medians as ratios (the machines are shared and
noisy; absolute seconds are printed for reference only):

  ratio      extract (1 worker, all four record types) ÷ natasha's Doc pipeline     target ≤ 1.0
  workers    extract --workers 1 ÷ extract --workers 2 (speed-up), both with one BLAS thread per
             process, so that it measures processes (a lone worker's BLAS threads already take a
             share of a second core; against that default run the ratio is printed too)  target ≥
             1.8
  rerun      first run ÷ a rerun over unchanged inputs (the cache)                   target ≥ 50
  RSS        peak resident memory of any one process of extract                      target ≤ 400 MB
  flat       peak RSS over SCALE documents ÷ peak RSS over 100                       target ≈ 1.0
  bound      the most 2 workers can give: 1 worker ÷ (serial + the rest / 2), the serial part
             timed as a run over one short text                                     for reference
  steady     the workers speed-up again over STEADY documents (start-up amortised)   for reference
  long       one text of 1, 5 and 20 MB each (factRuEval texts joined): seconds and peak RSS
             target ≤ 400 MB each, and 20 MB time ÷ 5 MB time ≤ 4.5 (linear: windows)

Each command runs as a fresh process, timed from start to exit, its peak RSS read from wait4().
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from time import perf_counter

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
THREADS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def measure(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Seconds from start to exit, and the peak RSS in MB of the largest process of the command."""
    with tempfile.TemporaryFile() as err:
        start = perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise SystemExit(
                (
                    f"{' '.join(cmd)} failed "
                    f"({proc.returncode}):\n{err.read().decode(errors='replace')[-2000:]}"
                )
            )
    return seconds, usage.ru_maxrss / 1024


def extract(inputs: Path, out: Path, *options: str) -> list[str]:
    return [PY, "-m", "pipeline", "extract", str(inputs), "--out", str(out), *options]


def write_inputs(rows: list[dict], folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for i in range(count):
        row = rows[i % len(rows)]
        # copies differ by their first line, so no two inputs are the same document
        text = row["text"] if i < len(rows) else f"Выпуск {i // len(rows)}.\n{row['text']}"
        (folder / f"{i:05}_{row['id']}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--scale", type=int, default=10_000, help="documents for the memory-flatness run (0: skip)"
    )
    parser.add_argument(
        "--steady",
        type=int,
        default=1_000,
        help="documents for the 2-worker speed-up once start-up is amortised (0: skip)",
    )
    parser.add_argument(
        "--long",
        default="1,5,20",
        help="sizes in MB of the single long texts to extract, comma-separated ('': skip)",
    )
    args = parser.parse_args()
    bench = Path(args.shared) / "benchmarks" / "factru" / "test.jsonl"
    if not bench.exists():
        raise SystemExit(f"{bench} is absent: the benchmark needs ../shared beside the project")
    rows = [json.loads(line) for line in bench.open(encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        inputs = tmp / "in"
        write_inputs(rows, inputs, len(rows))
        short = tmp / "short"  # one short text: a run's serial part (start-up, report, exit)
        write_inputs([{"id": "short", "text": rows[0]["text"][:200]}], short, 1)
        ours, natasha, one, two, rerun, rss, serial = [], [], [], [], [], [], []
        single = {**os.environ, **{var: "1" for var in THREADS}}
        for r in range(args.rounds):
            out = tmp / f"out{r}"
            s, m = measure(extract(inputs, out))
            ours.append(s)
            rss.append(m)
            natasha.append(measure([PY, str(ROOT / "bench" / "natasha_doc.py"), str(inputs)])[0])
            one.append(measure(extract(inputs, tmp / f"one{r}"), env=single)[0])
            s, m = measure(extract(inputs, tmp / f"two{r}", "--workers", "2"), env=single)
            two.append(s)
            rss.append(m)
            rerun.append(
                measure(extract(inputs, out))[0]
            )  # same inputs, same out: every record reused
            serial.append(measure(extract(short, tmp / f"short{r}"), env=single)[0])
            shutil.rmtree(tmp / f"one{r}")
            shutil.rmtree(tmp / f"two{r}")
        records = [
            json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((tmp / "out0").glob("[!.]*.json"))
        ]
        tokens = sum(r["document"]["tokens"] for r in records)
        med = statistics.median
        print(
            (
                f"factRuEval-2016 test: {len(rows)} documents, {tokens} tokens, {args.rounds} "
                f"rounds (medians)"
            )
        )
        print(
            (
                f"  extract, 1 worker   {med(ours):6.2f} s  {len(rows) / med(ours):6.1f} docs/s  "
                f"{tokens / med(ours):8.0f} tokens/s"
            )
        )
        print(
            (
                f"  natasha Doc         {med(natasha):6.2f} s  {len(rows) / med(natasha):6.1f} "
                f"docs/s  {tokens / med(natasha):8.0f} tokens/s"
            )
        )
        print(f"  extract, 1 worker, 1 BLAS thread   {med(one):6.2f} s")
        print(f"  extract, 2 workers, 1 BLAS thread each  {med(two):6.2f} s")
        print(f"  rerun, unchanged    {med(rerun):6.2f} s")

        def ratio(a: list[float], b: list[float]) -> float:
            return med(x / y for x, y in zip(a, b, strict=True))

        print(f"ratio extract/natasha          {ratio(ours, natasha):.2f}   (target ≤ 1.0)")
        print(
            f"speed-up 2 workers / 1         {ratio(one, two):.2f}   (target ≥ 1.8; "
            f"against the default 1-worker run: {ratio(ours, two):.2f})"
        )
        # Amdahl: the serial part does not shrink with workers, so 2 perfectly shared workers give
        # at most this
        bound = med(o / (s + (o - s) / 2) for o, s in zip(one, serial, strict=True))
        print(
            f"  bound for 2 workers {bound:.2f}   (serial part {med(serial):.2f} s: a run over "
            "one short text)"
        )
        print(f"speed-up rerun / first run     {ratio(ours, rerun):.0f}   (target ≥ 50)")
        print(f"peak RSS per process           {max(rss):.0f} MB (target ≤ 400)")
        if args.steady:
            # the same speed-up where the serial start-up (interpreter, imports, models: ~0.4 s) and
            # each process's cold caches weigh little: what an archive run sees
            steady = tmp / "steady"
            write_inputs(rows, steady, args.steady)
            s_one = measure(extract(steady, tmp / "steady_one"), env=single)[0]
            s_two = measure(extract(steady, tmp / "steady_two", "--workers", "2"), env=single)[0]
            print(
                f"speed-up 2 workers / 1 over {args.steady} docs  {s_one / s_two:.2f}   "
                f"({s_one:.1f} s / {s_two:.1f} s; "
                f"the 132-document figure above is the target's)"
            )
        if args.scale:
            small, large = tmp / "small", tmp / "large"
            write_inputs(rows, small, 100)
            write_inputs(rows, large, args.scale)
            s_small, m_small = measure(extract(small, tmp / "out_small"))
            s_large, m_large = measure(
                extract(large, tmp / "out_large")
            )  # one worker: its peak is the process's
            print(
                f"peak RSS {args.scale} docs / 100 docs  {m_large:.0f} / {m_small:.0f} MB = "
                f"{m_large / m_small:.2f}   "
                f"(target ≈ 1.0; {args.scale / s_large:.1f} docs/s)"
            )
        if args.long:
            long_documents(rows, tmp, [int(mb) for mb in args.long.split(",")])


def long_text(rows: list[dict], size: int) -> str:
    """The texts of `rows` joined, over and over (each copy headed by its issue), to `size`
    bytes of UTF-8 or just over: an archive's digest in one file."""
    parts, total, i = [], 0, 0
    while total < size:
        row = rows[i % len(rows)]
        text = row["text"].strip() if i < len(rows) else f"Выпуск {i // len(rows)}.\n{row['text']}"
        parts.append(text)
        total += len(text.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts) + "\n"


def long_documents(rows: list[dict], tmp: Path, sizes: list[int]) -> None:
    """One long text per size, each extracted by a fresh process: time and peak memory."""
    print("long documents: one file each, factRuEval-2016 test texts joined")
    seconds: dict[int, float] = {}
    for mb in sizes:
        folder = tmp / f"long{mb}"
        folder.mkdir()
        (folder / f"long{mb}.txt").write_text(long_text(rows, mb * 1_000_000), encoding="utf-8")
        seconds[mb], rss = measure(extract(folder, tmp / f"long{mb}_out"))
        print(f"  {mb:3d} MB   {seconds[mb]:7.1f} s   peak RSS {rss:4.0f} MB (target ≤ 400)")
    if 5 in seconds and 20 in seconds:
        print(f"time 20 MB / 5 MB              {seconds[20] / seconds[5]:.2f}   (target ≤ 4.5)")


if __name__ == "__main__":
    main()
