"""Inputs and the names of their records: `out/<doc_id>.json`, safe for any input name.

An id is the input's stem with what a file name must not hold replaced; two inputs that would
share an id (also by case, for case-insensitive file systems) are told apart by `-2`, `-3`, … in
the sorted order of their paths, so the same inputs always get the same names.
"""

from __future__ import annotations

import re
from pathlib import Path

UNSAFE = re.compile(r'[\\/<>:"|?*\x00-\x1f\x7f]')
SURROGATES = re.compile("[\ud800-\udfff]")
RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}
MAX_ID_BYTES = 180  # leaves room for `-N`, `.json` and the temporary name within 255 bytes
SUFFIXES = {".txt"}


def shown(path: Path | str) -> str:
    """The path as text that can be written anywhere: bytes of a file name that are not UTF-8
    (Python keeps them as lone surrogates) become U+FFFD."""
    text = str(path)
    if not SURROGATES.search(text):
        return text  # the common case, and no second copy of the string for a run to keep
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def safe_id(path: Path) -> str:
    stem = UNSAFE.sub("_", SURROGATES.sub("_", path.stem)).strip(" .")
    stem = stem.lstrip(".") or "document"
    if stem.lower() in RESERVED:
        stem = "_" + stem
    while len(stem.encode("utf-8")) > MAX_ID_BYTES:
        stem = stem[:-1]
    return stem


def inputs(paths: list[str]) -> list[Path]:
    """The `.txt` files named, and those directly inside the folders named; each once, sorted."""
    found: dict[Path, None] = {}
    for p in map(Path, paths):
        if p.is_dir():
            for x in sorted(p.iterdir()):
                if x.suffix.lower() in SUFFIXES and x.is_file():
                    found.setdefault(x, None)
        elif p.is_file():
            found.setdefault(p, None)
        else:
            raise FileNotFoundError(f"no such file or folder: {p}")
    unique: dict[Path, Path] = {}
    for p in found:
        unique.setdefault(p.resolve(), p)
    return sorted(unique.values(), key=str)


def assign_ids(paths: list[Path]) -> list[tuple[Path, str]]:
    natural = {p: safe_id(p) for p in paths}
    claimed = {n.casefold() for n in natural.values()}
    taken: set[str] = set()
    out = []
    for p in sorted(paths, key=str):
        base = candidate = natural[p]
        k = 1
        while candidate.casefold() in taken or (
            candidate != base and candidate.casefold() in claimed
        ):
            k += 1
            candidate = f"{base}-{k}"
        taken.add(candidate.casefold())
        out.append((p, candidate))
    return out
