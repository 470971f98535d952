"""`python -m pipeline extract INPUT... --out DIR`: one record `DIR/<id>.json` per input."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from .batch import BATCH
from .decode import DEFAULT_MAX_BYTES
from .report import REPORT_LIMIT
from .windows import WINDOW_CHARS

if TYPE_CHECKING:
    from .archive import Archive

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

EPILOG = f"""\
exit status:
  {EXIT_OK}    every input gave a record
  {EXIT_FAILED}    some inputs failed (each named on stderr and in DIR/.run.json); the others were
  written
  {EXIT_USAGE}    usage error: bad options, an input path that does not exist, an output folder that
  cannot be made
  {EXIT_INTERRUPTED}  interrupted; records written so far are whole, a rerun completes the batch

DIR/.run.json lists every input with its sha256, status, error and timing. A rerun reuses the
records of inputs that have not changed since a run of the same pipeline version.
"""


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Structured records (persons, visits, "
        "agreements, quotes) from Russian news articles.",
    )
    sub = top.add_subparsers(dest="command", required=True)
    ex = sub.add_parser(
        "extract",
        help="extract records from .txt files or folders of them",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Read each input (UTF-8, UTF-16, Windows-1251, KOI8-R or DOS-866 text), find "
        "persons, dates, visits, agreements and quotes, and write one JSON record per input.",
    )
    ex.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a .txt file, or a folder whose .txt files are read",
    )
    ex.add_argument(
        "--out", required=True, metavar="DIR", help="folder for the records (created if missing)"
    )
    ex.add_argument(
        "--max-bytes",
        type=_positive,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=(
            f"refuse inputs larger than N bytes (default {DEFAULT_MAX_BYTES}: 50 MB); texts "
            f"over {WINDOW_CHARS:,} characters are read in windows, so a 50 MB one stays under "
            f"400 MB"
        ),
    )
    ex.add_argument(
        "--workers",
        type=_positive,
        default=1,
        metavar="N",
        help="worker processes (local engine) or LocalCluster workers (dask engine); default 1",
    )
    ex.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: this machine; dask: a Dask distributed cluster (needs pip install '.[dask]')",
    )
    ex.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler address, e.g. tcp://10.0.0.5:8786; "
        "without it the dask engine starts a LocalCluster on loopback",
    )
    ex.add_argument(
        "--batch",
        type=_positive,
        default=BATCH,
        metavar="N",
        help=f"documents tagged together (default {BATCH})",
    )
    ex.add_argument(
        "--csv",
        action="store_true",
        help="also write DIR/persons.csv, visits.csv, agreements.csv and "
        "quotes.csv: one row per item, with its document's id",
    )
    ex.add_argument(
        "--no-report",
        action="store_true",
        help="do not (re)write DIR/report.html (the archive files DIR/*.jsonl are still written)",
    )
    ex.add_argument(
        "--debug", action="store_true", help="show tracebacks of documents the pipeline failed on"
    )
    why = sub.add_parser(
        "explain",
        help="show which rule produced each field of the records of some texts",
        description=(
            "Extract the given .txt files in this process and print, per record id, the rule that "
            "produced each field (JSON). The records themselves are what extract writes."
        ),
    )
    why.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt files or folders of them")
    rep = sub.add_parser(
        "report",
        help="rebuild DIR/report.html and the archive files DIR/*.jsonl from the records in DIR",
        description=(
            "Rebuild the archive files (persons, visits, agreements, quotes .jsonl: the archive's "
            "people joined across documents), the HTML report and, with --csv, the CSV tables "
            "from the records in DIR."
        ),
    )
    rep.add_argument("out", metavar="DIR", help="a folder of records written by extract")
    rep.add_argument("--csv", action="store_true", help="also rewrite the CSV tables")
    rep.add_argument(
        "--limit",
        type=_positive,
        default=REPORT_LIMIT,
        metavar="N",
        help=(
            f"show the texts of the first N documents (default {REPORT_LIMIT}); the index "
            f"lists every document"
        ),
    )
    return top


def extract(args: argparse.Namespace) -> int:
    from .batch import Options, Run
    from .naming import inputs

    if args.scheduler and args.engine != "dask":
        print("error: --scheduler needs --engine dask", file=sys.stderr)
        return EXIT_USAGE
    try:
        paths = inputs(args.inputs)
    except FileNotFoundError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_USAGE
    if not paths:
        print("warning: no .txt files among the inputs", file=sys.stderr)
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        print(f"error: cannot make the output folder {out}: {e.strerror or e}", file=sys.stderr)
        return EXIT_USAGE
    options = Options(
        out, args.max_bytes, args.workers, args.engine, args.scheduler, args.batch, args.debug
    )
    bar = _progress(len(paths))
    run = Run(
        paths,
        options,
        report=lambda line: _say(line, bar),
        progress=bar.update if bar else lambda _: None,
    )
    del paths  # the run keeps its own, smaller, list
    try:
        summary = run.execute()
    except KeyboardInterrupt:
        print(
            "interrupted: records written so far are whole; run again to complete the batch",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    except RuntimeError as e:  # an engine that cannot start (Dask missing, no scheduler at ADDRESS)
        print(f"error: {e}", file=sys.stderr)
        return EXIT_USAGE
    # a worker process killed (out of memory, a signal): records so far are whole
    except Exception as e:
        print(
            f"error: the run stopped: {type(e).__name__}: {e}; run again to complete the batch",
            file=sys.stderr,
        )
        if args.debug:
            traceback.print_exc()
        return EXIT_FAILED
    finally:
        if bar:
            bar.close()
    if not _outputs_apart(out, report=not args.no_report, csv=args.csv):
        print("error: the archive files or the report could not be written", file=sys.stderr)
        return EXIT_FAILED
    print(summary.line(out), file=sys.stderr)
    return EXIT_OK if summary.failed == 0 else EXIT_FAILED


def _outputs_apart(out: Path, report: bool, csv: bool) -> bool:
    """`outputs` in a fresh process when this one holds the models: the archive reads every
    record, so its memory grows with the archive; apart from the models, the run's own stays flat
    however many documents it had, and the archive's is only what the archive needs. A run that
    loaded no models (every record reused) builds them here and saves the new interpreter."""
    from multiprocessing import get_context

    from .engines import models_loaded

    if not models_loaded():
        outputs(out, report, csv)
        return True
    child = get_context("spawn").Process(target=outputs, args=(out, report, csv))
    child.start()
    child.join()
    return child.exitcode == 0


def outputs(out: Path, report: bool, csv: bool, limit: int = REPORT_LIMIT) -> Archive:
    """The views over every record in `out`: the archive files (persons, visits, agreements and
    quotes `.jsonl`, rebuilt from the records that changed), the HTML report and the CSV tables."""
    from .archive import build_archive
    from .report import load, record_paths, write_report
    from .tables import write_tables

    archive = build_archive(out)
    if report:
        write_report(out, limit, archive)
    if csv:
        write_tables(out, load(record_paths(out)))
    return archive


def report(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not out.is_dir():
        print(f"error: no such folder: {out}", file=sys.stderr)
        return EXIT_USAGE
    archive = outputs(out, report=True, csv=args.csv, limit=args.limit)
    print(
        f"{out / 'report.html'} written; archive of {len(archive.documents)} records "
        f"({archive.read} read, the rest from its index): {len(archive.persons)} people, "
        f"{len(archive.visits)} visits, {len(archive.agreements)} agreements, "
        f"{len(archive.quotes)} quotes in {out}/*.jsonl",
        file=sys.stderr,
    )
    return EXIT_OK


def _progress(total: int):  # noqa: ANN202 — a tqdm bar, or None when stderr is no terminal
    if not sys.stderr.isatty() or total < 2:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, leave=False)


def _say(line: str, bar) -> None:  # noqa: ANN001
    if bar is not None:
        bar.write(line, file=sys.stderr)
    else:
        print(line, file=sys.stderr)


def explain(args: argparse.Namespace) -> int:
    import json

    from .decode import decode
    from .extract import Extractor
    from .naming import inputs, safe_id

    try:
        paths = inputs(args.inputs)
    except FileNotFoundError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_USAGE
    extractor = Extractor(explain=True)
    extractor.run([decode(Path(p), safe_id(Path(p))) for p in paths])
    print(json.dumps(extractor.explanations, ensure_ascii=False, indent=1))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    commands = {"extract": extract, "report": report, "explain": explain}
    return commands[args.command](args)
