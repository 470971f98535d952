"""`python -m pipeline.evaluate`: the accuracy figures the README quotes.

Scores the gold corpora in ../shared with the reference scorer, and person mentions on
factRuEval-2016 (exact spans). Every figure is recomputed from the current code.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from .decode import decode
from .document import Source
from .extract import Extractor


def person_spans(extractor: Extractor, rows: list[dict]) -> dict[str, float]:
    tp = fp = fn = 0
    for i in range(0, len(rows), 16):
        batch = rows[i : i + 16]
        records = extractor.run([Source(r["id"], "", "", r["text"]) for r in batch])
        for r, rec in zip(batch, records):
            pred = {(m.start, m.end) for p in rec.persons for m in p.mentions}
            gold = {(p["start"], p["end"]) for p in r["persons"]}
            tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / max(1e-9, p + r), 3)}


def corpus(extractor: Extractor, shared: Path, name: str) -> dict:
    from .write import write

    folder = shared / "corpus" / name
    with tempfile.TemporaryDirectory() as out:
        sources = [decode(p, p.stem) for p in sorted(folder.glob("*.txt"))]
        for rec in extractor.run(sources):
            write(rec, Path(out))
        res = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), str(folder / "gold"), out, "--json"],
                             capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared", help="the shared folder (corpora, benchmarks, scorer)")
    parser.add_argument("--factru", default="test", choices=["dev", "test"], help="factRuEval split to measure on")
    args = parser.parse_args()
    shared = Path(args.shared)
    extractor = Extractor()
    for name in ("seeds", "dev"):
        if (shared / "corpus" / name / "gold").is_dir():
            for kind, r in corpus(extractor, shared, name).items():
                attrs = " ".join(f"{a}={v}" for a, v in r["attributes"].items())
                print(f"{name:6} {kind:10} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} {attrs}")
    bench = shared / "benchmarks" / "factru" / f"{args.factru}.jsonl"
    if bench.exists():
        rows = [json.loads(line) for line in bench.open(encoding="utf-8")]
        r = person_spans(extractor, rows)
        print(f"factRuEval-2016 {args.factru} person mentions (exact spans): P={r['precision']} R={r['recall']} F1={r['f1']}")


if __name__ == "__main__":
    main()
