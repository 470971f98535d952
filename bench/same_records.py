"""`python bench/same_records.py REV`: are the records of this tree byte-identical to REV's?

For a change that should not change behaviour (a refactoring, a speed-up): checks out REV into a
temporary git worktree, runs `python -m pipeline extract` of both trees over the seeds, the dev
corpus and factRuEval-2016 test (from ../shared), and compares every `<id>.json` byte for byte.
Prints the documents that differ and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def inputs(shared: Path, into: Path) -> list[Path]:
    """The folders of texts to extract: the seeds, the dev corpus, factRuEval test written out."""
    folders = [shared / "corpus" / "seeds", shared / "corpus" / "dev"]
    factru = shared / "benchmarks" / "factru" / "test.jsonl"
    if factru.exists():
        out = into / "factru-test"
        out.mkdir()
        for line in factru.open(encoding="utf-8"):
            row = json.loads(line)
            (out / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")
        folders.append(out)
    return [f for f in folders if f.is_dir()]


def extract(tree: Path, folder: Path, out: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "extract",
            str(folder),
            "--out",
            str(out),
            "--no-report",
        ],
        cwd=tree,
        check=True,
        capture_output=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("rev", help="the revision to compare with (e.g. HEAD, main~3)")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        other = tmp / "other"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(other), args.rev],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        try:
            differ = compare(Path(args.shared), tmp, other)
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(other)], cwd=ROOT, check=True
            )
    print(
        f"{differ} documents differ from {args.rev}"
        if differ
        else f"records byte-identical to {args.rev}"
    )
    sys.exit(1 if differ else 0)


def records(folder: Path) -> list[str]:
    """The record files of an output folder (`Path.glob` lists `.run.json` too: the manifest is
    none)."""
    return sorted(p.name for p in folder.glob("*.json") if not p.name.startswith("."))


def compare(shared: Path, tmp: Path, other: Path) -> int:
    differ = 0
    for folder in inputs(shared, tmp):
        mine, theirs = tmp / "mine" / folder.name, tmp / "theirs" / folder.name
        extract(ROOT, folder, mine)
        extract(other, folder, theirs)
        names = records(mine)
        if names != records(theirs):
            print(f"{folder.name}: the two trees wrote different files")
            differ += 1
        for name in names:
            if (theirs / name).exists() and not filecmp.cmp(
                mine / name, theirs / name, shallow=False
            ):
                print(f"{folder.name}/{name} differs")
                differ += 1
        print(f"{folder.name}: {len(names)} records compared", file=sys.stderr)
    return differ


if __name__ == "__main__":
    main()
