"""Stage: decode — bytes of an input file into its text, the text every offset indexes."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .document import Source


class DecodeError(ValueError):
    """The input is not text the pipeline can read."""


BOMS = (("utf-8-sig", b"\xef\xbb\xbf"), ("utf-16", b"\xff\xfe"), ("utf-16", b"\xfe\xff"))


def doc_id(path: Path) -> str:
    """The file's stem, safe as a file name: no separators, no leading dot."""
    stem = re.sub(r"[\\/\x00-\x1f]", "_", path.stem).lstrip(".")
    return stem or "document"


def decode_bytes(data: bytes) -> str:
    for encoding, bom in BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    if b"\x00" in data:
        raise DecodeError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Russian text that is not UTF-8 is most often Windows-1251
    text = data.decode("cp1251", errors="strict") if _looks_cp1251(data) else None
    if text is None:
        raise DecodeError("not UTF-8 and not Cyrillic Windows-1251 text")
    return text


def _looks_cp1251(data: bytes) -> bool:
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters > 0 and sum("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in text) / letters > 0.5


def decode(path: Path) -> Source:
    data = path.read_bytes()
    return Source(doc_id(path), str(path), hashlib.sha256(data).hexdigest(), decode_bytes(data))
