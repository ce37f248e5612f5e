"""Import as a whole: the dry run, one transaction, progress, chunks, and the preview."""

from __future__ import annotations

from datetime import datetime

import pytest

from shopkeeper.club.records import MemberDraft
from shopkeeper.data.importing import import_members, preview
from shopkeeper.errors import InvalidPhone


def test_dry_run_writes_nothing_and_reports_the_same(shop, write_csv):
    shop.members.add(MemberDraft(first_name="Old", phone="0501111111"))
    rows = [
        ["Name", "Phone", "Birthday"],
        ["Dana", "0523456789", "1/2"],
        ["Old Again", "050-111-1111", ""],
        ["Bad", "abc", ""],
        ["Dana Twice", "0523456789", ""],
    ]
    path = write_csv(rows)
    before = shop.members.count()
    dry = import_members(shop, path, dry_run=True)
    assert shop.members.count() == before
    assert dry.dry_run
    real = import_members(shop, path)
    assert not real.dry_run
    assert (
        dry.to_json()
        == real.to_json()
        == {
            "imported": 1,
            "existing": 1,
            "rejected": [
                {"row": 4, "reason": "phone: “abc” is not a phone number that can exist."},
                {"row": 5, "reason": "duplicate phone in the file (row 2)"},
            ],
        }
    )
    assert shop.members.count() == before + 1


def many_rows(n):
    return [["Name", "Phone"]] + [[f"Member {i}", f"052{i:07d}"] for i in range(n)]


def test_one_transaction_a_failure_midway_leaves_nothing(shop, write_csv, monkeypatch):
    real_add = shop.members.add_checked_many
    calls = []

    def add_then_fail(members, joined_on):
        calls.append(len(members))
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real_add(members, joined_on)

    monkeypatch.setattr(shop.members, "add_checked_many", add_then_fail)
    with pytest.raises(RuntimeError, match="disk full"):
        import_members(shop, write_csv(many_rows(1200)))
    assert calls == [500, 500]  # the first chunk was written inside the transaction, then undone
    assert shop.members.count() == 0
    assert shop.search.search("Member") == []


def test_progress_every_chunk_and_at_the_end(shop, write_csv):
    seen = []
    report = import_members(
        shop, write_csv(many_rows(1200)), progress=lambda d, t: seen.append((d, t))
    )
    assert report.imported == 1200
    assert seen == [(500, 1200), (1000, 1200), (1200, 1200)]
    assert shop.members.count() == 1200


def test_header_only_file_imports_nothing_and_reports_progress(shop, write_csv):
    seen = []
    report = import_members(
        shop, write_csv([["Name", "Phone"]]), progress=lambda d, t: seen.append((d, t))
    )
    assert report.to_json() == {"imported": 0, "existing": 0, "rejected": []}
    assert seen == [(0, 0)]


def test_rejections_across_chunks_keep_their_rows(shop, write_csv):
    rows = many_rows(700)
    rows[600][1] = "not a phone"  # spreadsheet row 601
    rows[650][1] = rows[3][1]  # row 651 repeats row 4's phone
    report = import_members(shop, write_csv(rows))
    assert report.imported == 698
    assert [(r.row, r.reason.split(":")[0]) for r in report.rejected] == [
        (601, "phone"),
        (651, "duplicate phone in the file (row 4)"),
    ]
    assert isinstance(report.rejected[0].error, InvalidPhone)


def test_preview_shows_mapping_first_rows_and_what_is_missing(write_csv):
    rows = [["שם", "Customer ID", "נייד"], ["דנה כהן", "7", "0523456789"], ["", "", ""]]
    rows += [[f"Member {i}", str(i), f"052{i:07d}"] for i in range(15)]
    shown = preview(write_csv(rows), rows=3)
    assert shown.headers == ["שם", "Customer ID", "נייד"]
    assert shown.mapping == {"שם": "full_name", "Customer ID": None, "נייד": "phone"}
    assert shown.rows == [
        ["דנה כהן", "7", "0523456789"],
        ["Member 0", "0", "0520000000"],
        ["Member 1", "1", "0520000001"],
    ]
    assert shown.missing == ()
    assert shown.data_rows == 16

    remapped = preview(write_csv(rows), mapping={"נייד": "ignore"})
    assert remapped.mapping["נייד"] is None
    assert remapped.missing == ("phone",)


def test_preview_pads_short_rows_and_shows_excel_values_as_text(write_xlsx):
    path = write_xlsx(
        [
            ["Name", "Phone", "Birthday"],
            ["Dana", 523456789],
            ["Ron", 541234567.0, datetime(1990, 2, 3)],
        ]
    )
    assert preview(path).rows == [["Dana", "523456789", ""], ["Ron", "541234567", "03/02/1990"]]
