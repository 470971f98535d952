"""Stage: decode — bytes of an input file into its text, the text every offset indexes.

UTF-8 (with or without a BOM) and UTF-16 (with a BOM, or without one when the zero bytes show it)
are recognised by their structure. Anything else is read as one of the single-byte Cyrillic
encodings archives hold (Windows-1251, KOI8-R, DOS 866): the candidate whose Cyrillic letters are
mostly lowercase and mostly common letters wins, as in running Russian text. charset-normalizer
was measured for this and guesses wrong on short KOI8-R texts (87 of 122 factRuEval texts right at
10 characters even when told the two candidates). This rule, on the held-out test texts in the
three code pages: 383 of 396 right at 12 characters, all from 40 on (tests/test_decode.py).
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from pathlib import Path

from .document import Source
from .rules.letters import FREQUENCY

LOG_FREQUENCY = {letter: math.log10(share) for letter, share in FREQUENCY.items()}
FREQUENCY_WEIGHT = (
    0.3  # against the lowercase share; chosen on factRuEval dev texts (tests/test_decode.py)
)

BOMS = (("utf-8-sig", b"\xef\xbb\xbf"), ("utf-16", b"\xff\xfe"), ("utf-16", b"\xfe\xff"))
SINGLE_BYTE = ("cp1251", "koi8_r", "cp866")
# Share of control characters above which decoded bytes are taken for binary data, not text.
MAX_CONTROL = 0.02
# Inputs larger than this are refused (the CLI's --max-bytes). Long texts are read in windows
# (pipeline/windows.py), so memory no longer grows with the stages' work on them, only with the
# text and its record (make bench: a 20 MB text stays under 400 MB RSS).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class DecodeError(ValueError):
    """The input is not text the pipeline can read."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


CHUNK = 1 << 20  # characters encoded at a time: a long text's record is never copied whole


def text_sha256(text: str | list[str]) -> str:
    """The SHA-256 of `text` (or of its pieces one after another) in UTF-8, encoded a chunk at a
    time."""
    digest = hashlib.sha256()
    for piece in [text] if isinstance(text, str) else text:
        for at in range(0, len(piece), CHUNK):
            digest.update(piece[at : at + CHUNK].encode("utf-8"))
    return digest.hexdigest()


def decode_bytes(data: bytes) -> str:
    for encoding, bom in BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, encoding), encoding)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _checked(utf16, "UTF-16")
    if b"\x00" in data:
        raise DecodeError("binary data (zero bytes), not text")
    try:
        return _checked(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in SINGLE_BYTE:
        try:
            candidates.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise DecodeError("not UTF-8, UTF-16 or a Cyrillic single-byte encoding")
    return _checked(max(candidates, key=_russian_score), "single-byte Cyrillic")


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise DecodeError(
            f"starts as {encoding} but is not valid {encoding} ({e.reason} at byte {e.start})"
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """Text in UTF-16 has a zero (ASCII) or 0x04 (Cyrillic) byte at every other position."""
    if len(data) < 4 or len(data) % 2:
        return None
    for encoding, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if (high.count(0) + high.count(4)) / len(high) > 0.9:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _russian_score(text: str) -> float:
    """Running Russian text is mostly lowercase, mostly common letters: a wrong code page swaps
    the cases (KOI8-R against Windows-1251), makes rare letters of common ones, or yields
    box-drawing signs (866)."""
    cyrillic = lowercase = odd = 0
    common = 0.0
    for ch in text:
        low = ch.lower()
        if low in LOG_FREQUENCY:
            cyrillic += 1
            lowercase += ch == low
            common += LOG_FREQUENCY[low]
        elif ord(ch) > 127 and unicodedata.category(ch)[0] not in "LNPZ":
            odd += 1
    return (
        (lowercase + 1) / (cyrillic + 2)
        + FREQUENCY_WEIGHT * common / max(1, cyrillic)
        - odd / max(1, len(text))
    )


# Unicode's control characters (category Cc, fixed by the standard: U+0000-001F, U+007F-009F)
# other than the whitespace ones, \t \n \v \f \r
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _checked(text: str, encoding: str) -> str:
    control = len(CONTROL.findall(text))
    if text and control / len(text) > MAX_CONTROL:
        raise DecodeError(f"binary data ({control} control characters as {encoding}), not text")
    return text


def read(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise DecodeError(f"{size} bytes, over the limit of {max_bytes} (--max-bytes)")
    return path.read_bytes()


def decode(path: Path, doc_id: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    data = read(path, max_bytes)
    return Source(doc_id, str(path), sha256(data), decode_bytes(data))
