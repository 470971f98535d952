import hashlib
import json
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.decode import CHUNK, text_sha256, CONTROL, DecodeError, decode_bytes

from .conftest import shared_or_skip

TEXT = "Премьер-министр Азербайджана прибыл в Минск.\r\nПереговоры продлятся два дня.\r\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with a BOM
        TEXT.encode("utf-16-le"),  # without one
        TEXT.encode("utf-16-be"),
        TEXT.encode("cp1251"),
        TEXT.encode("koi8_r"),
        TEXT.encode("cp866"),
    ],
)
def test_encodings_decode_to_the_same_text(data):
    assert decode_bytes(data) == TEXT  # the BOM goes, `\r\n` stays


@pytest.mark.parametrize("word", ["Путин", "Шойгу прибыл", "МИД России", "Ёлки в Кремле"])
def test_short_texts_in_single_byte_code_pages(word):
    for encoding in ("cp1251", "koi8_r", "cp866"):
        assert decode_bytes(word.encode(encoding)) == word, encoding


@pytest.mark.parametrize("data", [b"", b"   \n\n", b"\xef\xbb\xbf"])
def test_empty_and_blank_inputs_are_text(data):
    assert decode_bytes(data).strip() == ""


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00",
        bytes(range(256)) * 4,
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
    ],
)
def test_binary_is_refused(data):
    with pytest.raises(DecodeError):
        decode_bytes(data)


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_are_refused_cleanly(data):
    try:
        text = decode_bytes(data)
    except DecodeError:
        return
    assert isinstance(text, str)


def test_detector_on_real_texts():
    """The single-byte rule, measured on held-out texts (its weight was chosen on the dev split)."""
    path = shared_or_skip("benchmarks", "factru", "test.jsonl")
    plain = str.maketrans(
        {"«": '"', "»": '"', "—": "-", "–": "-", "„": '"', "“": '"', "”": '"', "…": "...", "№": "N"}
    )
    texts = [json.loads(line)["text"].translate(plain) for line in path.open(encoding="utf-8")]
    wrong = total = 0
    for encoding in ("cp1251", "koi8_r", "cp866"):
        for length in (12, 40, 200, None):
            for t in texts:
                t = t[:length]
                try:
                    data = t.encode(encoding)
                except UnicodeEncodeError:
                    continue
                total += 1
                wrong += decode_bytes(data) != t
    assert total > 900 and wrong / total < 0.01


def test_control_pattern_is_unicode_cc_without_whitespace():
    chars = (chr(c) for c in range(sys.maxunicode + 1))
    assert {ch for ch in chars if CONTROL.match(ch)} == {
        chr(c)
        for c in range(sys.maxunicode + 1)
        if unicodedata.category(chr(c)) == "Cc" and chr(c) not in "\t\n\v\f\r"
    }


def test_a_text_hashes_alike_whole_and_in_pieces() -> None:
    text = "Лукашенко прибыл в Баку. " * 100_000  # over the chunk size
    pieces = [text[:7], text[7 : CHUNK + 3], text[CHUNK + 3 :]]
    expected = hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert text_sha256(text) == text_sha256(pieces) == expected
