"""Stage: write — one JSON file per record, deterministic and atomic."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .decode import CHUNK

# the batch runner writes files with this module without building the record models
if TYPE_CHECKING:
    from schemas import Record

    from .windowed import WindowedRecord


def _merged(record: Record | WindowedRecord) -> bool:
    """A long text's record, merged from its windows (no pydantic model)."""
    return not hasattr(record, "model_dump")


def render(record: Record | WindowedRecord) -> str:
    if _merged(record):
        return record.render()
    data = record.model_dump(mode="json", by_alias=True)
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def rendered(record: Record | WindowedRecord) -> str | list[str]:
    """The record's JSON as `write` writes it: a long text's in pieces, never one string."""
    return record.pieces() if _merged(record) else render(record)


def record_id(record: Record | WindowedRecord) -> str:
    return record.source.id if _merged(record) else record.document.id


def _file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


FILE_MODE = _file_mode()  # what open() would give; mkstemp makes files private (0600)


@contextmanager
def atomic_file(path: Path, newline: str | None = None) -> Iterator[TextIO]:
    """A text file that appears at `path` whole or not at all: written beside it under a temporary
    name, then renamed over it. A kill at any moment leaves no half-written file at `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, content: str | list[str]) -> None:
    """Write `content` (or its pieces one after another) to `path`, atomically."""
    with atomic_file(path) as f:
        for piece in [content] if isinstance(content, str) else content:
            for at in range(0, len(piece), CHUNK):  # encoded a chunk at a time
                f.write(piece[at : at + CHUNK])


def write(record: Record | WindowedRecord, out_dir: Path) -> Path:
    path = out_dir / f"{record_id(record)}.json"
    write_atomic(path, rendered(record))
    return path
