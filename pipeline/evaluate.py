"""`python -m pipeline.evaluate`: the accuracy figures the README quotes.

Scores the gold corpora in ../shared with the reference scorer; on factRuEval-2016, person mentions
(exact spans) and roles against its Occupation facts (../shared/tools/occupations.py). Every
figure is recomputed from the current code.
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
from .write import write

BATCH = 16


def person_spans(rows: list[dict], out: Path) -> dict[str, float]:
    """Exact-span precision, recall and F1 of every person mention against factRuEval's."""
    tp = fp = fn = 0
    for r in rows:
        rec = json.loads((out / f"{r['id']}.json").read_text(encoding="utf-8"))
        pred = {(m["start"], m["end"]) for p in rec["persons"] for m in p["mentions"]}
        gold = {(p["start"], p["end"]) for p in r["persons"]}
        tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(2 * p * r / max(1e-9, p + r), 3),
    }


def extract_rows(extractor: Extractor, rows: list[dict], out: Path) -> None:
    for i in range(0, len(rows), BATCH):
        batch = rows[i : i + BATCH]
        for rec in extractor.run([Source(r["id"], "", "", r["text"]) for r in batch]):
            write(rec, out)


def score(shared: Path, gold: Path, out: Path) -> dict:
    res = subprocess.run(
        [sys.executable, str(shared / "tools" / "score.py"), str(gold), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(res.stdout)


def occupations(shared: Path, facts: Path, out: Path) -> dict:
    res = subprocess.run(
        [sys.executable, str(shared / "tools" / "occupations.py"), str(facts), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(res.stdout)


def corpus(extractor: Extractor, shared: Path, name: str) -> dict:
    folder = shared / "corpus" / name
    with tempfile.TemporaryDirectory() as out:
        for rec in extractor.run([decode(p, p.stem) for p in sorted(folder.glob("*.txt"))]):
            write(rec, Path(out))
        return score(shared, folder / "gold", Path(out))


def factru(extractor: Extractor, shared: Path, split: str) -> None:
    bench = shared / "benchmarks" / "factru"
    if not (bench / f"{split}.jsonl").exists():
        return
    # test articles also in the hand-annotated dev corpus are left out
    # (../shared/benchmarks/README.md)
    tuned = (
        {p.stem.removeprefix("factru_") for p in (shared / "corpus" / "dev").glob("factru_*.txt")}
        if split == "test"
        else set()
    )
    every = [json.loads(line) for line in (bench / f"{split}.jsonl").open(encoding="utf-8")]
    rows = [r for r in every if r["id"] not in tuned]
    with tempfile.TemporaryDirectory() as name:
        out = Path(name)
        extract_rows(extractor, every, out)
        for texts in (every, rows) if tuned else (every,):
            r = person_spans(texts, out)
            print(
                f"factRuEval-2016 {split:4} person mentions (exact spans, {len(texts)} texts): "
                f"P={r['precision']} R={r['recall']} F1={r['f1']}"
            )
        facts = bench / f"occupations.{split}.jsonl"
        if facts.exists():
            kept = out / "facts.jsonl"
            kept.write_text(
                "".join(
                    line
                    for line in facts.open(encoding="utf-8")
                    if json.loads(line)["id"] not in tuned
                ),
                encoding="utf-8",
            )
            o = occupations(shared, kept, out)
            print(
                f"factRuEval-2016 {split:4} occupations: {o['facts']} facts, title found "
                f"{o['recall']}, "
                f"title and place {o['recall_full']}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--shared", default="../shared", help="the shared folder (corpora, benchmarks, scorer)"
    )
    parser.add_argument(
        "--factru", default="dev,test", help="factRuEval splits to measure on (tune on dev only)"
    )
    args = parser.parse_args()
    shared = Path(args.shared)
    extractor = Extractor()
    for name in ("seeds", "dev"):
        if (shared / "corpus" / name / "gold").is_dir():
            for kind, r in corpus(extractor, shared, name).items():
                attrs = " ".join(f"{a}={v}" for a, v in r["attributes"].items())
                print(
                    (
                        f"{name:6} {kind:10} P={r['precision']:.3f} R={r['recall']:.3f} "
                        f"F1={r['f1']:.3f} {attrs}"
                    )
                )
    for split in args.factru.split(","):
        factru(extractor, shared, split.strip())


if __name__ == "__main__":
    main()
