"""`python -m pipeline extract INPUT... --out DIR`: one record `DIR/<stem>.json` per input."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .decode import DecodeError, decode

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
BATCH = 16  # documents tagged together: the taggers batch their sentences


def inputs(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(x for x in p.iterdir() if x.suffix == ".txt" and x.is_file()))
        elif p.is_file():
            found.append(p)
        else:
            raise FileNotFoundError(f"no such file or folder: {p}")
    return found


def extract(args: argparse.Namespace) -> int:
    from .extract import Extractor
    from .write import write

    try:
        files = inputs(args.inputs)
    except FileNotFoundError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_USAGE
    out = Path(args.out)
    failed = 0
    sources = []
    for f in files:
        try:
            sources.append(decode(f))
        except (DecodeError, OSError) as e:
            failed += 1
            print(f"error: {f}: {e}", file=sys.stderr)
    extractor = Extractor()
    written = 0
    for i in range(0, len(sources), BATCH):
        batch = sources[i : i + BATCH]
        try:
            records = extractor.run(batch)
        except Exception:
            records = []
            for s in batch:  # isolate the document that broke the batch
                try:
                    records += extractor.run([s])
                except Exception as e:
                    failed += 1
                    print(f"error: {s.path}: {type(e).__name__}: {e}", file=sys.stderr)
                    if args.debug:
                        raise
        for r in records:
            write(r, out)
            written += 1
    print(f"{written} records written to {out}, {failed} failed", file=sys.stderr)
    return EXIT_OK if failed == 0 else EXIT_FAILED


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description="Structured records from Russian news.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract records from .txt files or folders of them")
    ex.add_argument("inputs", nargs="+", help="a .txt file or a folder of .txt files")
    ex.add_argument("--out", required=True, help="folder for the records (created if missing)")
    ex.add_argument("--debug", action="store_true", help="show tracebacks")
    args = parser.parse_args(argv)
    return extract(args)
