import pytest

from pipeline.decode import DecodeError, decode_bytes, doc_id
from pathlib import Path

TEXT = "Премьер-министр Азербайджана прибыл в Минск.\r\n"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),
    TEXT.encode("cp1251"),
])
def test_encodings_decode_to_the_same_text(data):
    assert decode_bytes(data) == TEXT  # the BOM goes, `\r\n` stays


def test_binary_is_refused():
    with pytest.raises(DecodeError):
        decode_bytes(b"\x89PNG\x00\x00\x01")


@pytest.mark.parametrize("name,expected", [("a/.hidden.txt", "hidden"), ("x/ok.txt", "ok"), ("x/...txt", "document")])
def test_doc_ids_are_safe(name, expected):
    assert doc_id(Path(name)) == expected
