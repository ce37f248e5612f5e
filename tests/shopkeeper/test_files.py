"""A file is written whole or not at all."""

from __future__ import annotations

import pytest

from shopkeeper.files import replaced_whole


def test_the_new_file_takes_the_old_ones_place(tmp_path):
    target = tmp_path / "list.csv"
    target.write_text("old")
    with replaced_whole(target) as part:
        assert part != target
        part.write_text("new")
        assert target.read_text() == "old"  # not touched until the end
    assert target.read_text() == "new"
    assert list(tmp_path.iterdir()) == [target]


def test_a_failure_in_the_middle_keeps_the_old_file_and_leaves_nothing_beside_it(tmp_path):
    target = tmp_path / "list.csv"
    target.write_text("old")
    with pytest.raises(OSError), replaced_whole(target) as part:
        part.write_text("half")
        raise OSError(28, "No space left on device")
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]
