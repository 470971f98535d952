from pathlib import Path

import pytest

from pipeline.naming import assign_ids, inputs, safe_id


@pytest.mark.parametrize(
    "name,expected",
    [
        ("a/.hidden.txt", "hidden"),
        ("x/ok.txt", "ok"),
        ("x/...txt", "document"),
        ("x/статья от 1 мая.txt", "статья от 1 мая"),
        ("x/a:b*c?.txt", "a_b_c_"),
        ("x/CON.txt", "_CON"),
        ("x/new\nline.txt", "new_line"),
        ("x/ trailing. .txt", "trailing"),
        ("x/\udcff\udcfe name.txt", "__ name"),  # bytes of a file name that are not UTF-8
    ],
)
def test_ids_are_safe_file_names(name, expected):
    assert safe_id(Path(name)) == expected


def test_long_names_are_cut_to_fit_a_file_system():
    assert len(safe_id(Path("д" * 300 + ".txt")).encode("utf-8")) <= 180


def test_collisions_resolve_the_same_way_every_time():
    paths = [Path("b/x.txt"), Path("a/x.txt"), Path("c/X.txt"), Path("d/x-2.txt")]
    ids = dict(assign_ids(paths))
    assert ids == {
        Path("a/x.txt"): "x",
        Path("b/x.txt"): "x-3",
        Path("c/X.txt"): "X-4",
        Path("d/x-2.txt"): "x-2",
    }
    assert dict(assign_ids(list(reversed(paths)))) == ids


def test_inputs_take_txt_files_from_folders_once(tmp_path):
    (tmp_path / "b.txt").write_text("б")
    (tmp_path / "a.TXT").write_text("а")
    (tmp_path / "notes.md").write_text("#")
    found = inputs([str(tmp_path), str(tmp_path / "b.txt")])
    assert [p.name for p in found] == ["a.TXT", "b.txt"]
    with pytest.raises(FileNotFoundError):
        inputs([str(tmp_path / "missing")])
