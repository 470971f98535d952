"""Which keys of a long text's windows can name one human."""

from __future__ import annotations

import pytest

from pipeline.window_persons import _alike, fits


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("путин/владимир", "путин/владимир", True),
        ("путин/владимир", "путин/", True),
        ("путин/владимир", "путин/в.", True),
        ("путин/в.", "путин/", True),
        ("путин/владимир", "путин/а.", False),
        ("эрдоган/реджеп тайип", "эрдоган/реджеп", True),  # a second given name
        ("эрдоган/реджеп тайип", "эрдоган/тайип", False),
        ("алиев/ильхам", "алиев/гейдар", False),
        ("путин/", "путина/", False),
        ("/марк", "/марк", False),  # a given name alone is joined by its key only
    ],
)
def test_keys_that_can_name_one_human(a: str, b: str, same: bool) -> None:
    assert fits(a, b) is same and fits(b, a) is same


@pytest.mark.parametrize(
    ("held", "key", "alike"),
    [
        ("алиев/ильхам", "алиев/", True),
        ("алиев/ильхам", "алиев/гейдар", False),
        ("бут/виктор", "/виктор", True),  # a given name alone: the held person's
        ("бут/виктор", "/владимир", False),
        ("эрдоган/реджеп тайип", "/реджеп", True),
    ],
)
def test_a_held_mention_joins_a_person_only_of_a_name_it_can_be(
    held: str, key: str, alike: bool
) -> None:
    assert _alike(held, key) is alike
