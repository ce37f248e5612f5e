"""A call list exported to CSV and xlsx, read back as a spreadsheet would read it."""

from __future__ import annotations

import codecs
import csv
from datetime import date, datetime

import openpyxl
import pytest

from shopkeeper.data import call_export
from shopkeeper.data.call_export import export_calls
from shopkeeper.data.tabular import read_table
from shopkeeper.errors import InvalidValue
from shopkeeper.touch.call_records import FollowUpEntry, WinbackEntry

HEBREW_HEADER = [
    "מס׳ חבר",
    "שם",
    "טלפון",
    "קנייה אחרונה",
    "ימים",
    "קניות 12 ח׳",
    "ביקורים",
    "שיחה קודמת",
    "תוצאה",
    "הערות",
]
ENGLISH_HEADER = [
    "Member no.",
    "Name",
    "Phone",
    "Last purchase",
    "Days",
    "12-month spend",
    "Visits",
    "Last call",
    "Result",
    "Notes",
]

ENTRIES = [
    WinbackEntry(
        7, 12, "דנה לוי", "+972523456789", date(2026, 8, 1), 117, 1234_50, 7, "2026-05-02T11:00:00"
    ),
    WinbackEntry(8, 13, "=HYPERLINK(1)", "+972541234567", None, None, 0, 0, None),
]


def test_csv_has_a_bom_a_hebrew_header_and_plain_values(tmp_path):
    path = tmp_path / "calls.csv"
    assert export_calls(ENTRIES, path) == 2
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows == [
        HEBREW_HEADER,
        [
            "12",
            "דנה לוי",
            "052-345-6789",
            "01/08/2026",
            "117",
            "1234.50",
            "7",
            "02/05/2026",
            "",
            "",
        ],
        ["13", "'=HYPERLINK(1)", "054-123-4567", "", "", "0.00", "0", "", "", ""],
    ]


def test_csv_in_english(tmp_path):
    path = tmp_path / "calls.csv"
    call_export.write_csv(ENTRIES[:1], path, language="en")
    with open(path, encoding="utf-8-sig", newline="") as file:
        assert next(csv.reader(file)) == ENGLISH_HEADER


def test_xlsx_has_real_dates_and_amounts_and_text_stays_text(tmp_path):
    path = tmp_path / "calls.xlsx"
    assert export_calls(ENTRIES, path) == 2
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "שיחות לחידוש קשר"
    assert sheet.sheet_view.rightToLeft
    assert sheet.freeze_panes == "A2"
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows == [
        HEBREW_HEADER,
        [12, "דנה לוי", "052-345-6789", datetime(2026, 8, 1), 117, 1234.5, 7,
         datetime(2026, 5, 2), None, None],
        [13, "=HYPERLINK(1)", "054-123-4567", None, None, 0, 0, None, None, None],
    ]  # fmt: skip
    assert sheet["B3"].data_type == "s"  # a name, not a formula
    assert sheet["D2"].number_format == "DD/MM/YYYY"
    assert "₪" in sheet["F2"].number_format


def test_xlsx_in_english_is_left_to_right(tmp_path):
    path = tmp_path / "calls.xlsx"
    call_export.write_xlsx(ENTRIES, path, language="en")
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Win-back calls"
    assert not sheet.sheet_view.rightToLeft
    assert [cell.value for cell in sheet[1]] == ENGLISH_HEADER


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_shops_own_import_reads_the_export(tmp_path, suffix):
    path = tmp_path / f"calls{suffix}"
    export_calls(ENTRIES, path)
    table = read_table(path)
    assert table.headers == HEBREW_HEADER
    assert [row[1][1:3] for row in table.rows] == [
        ["דנה לוי", "052-345-6789"],
        ["'=HYPERLINK(1)" if suffix == ".csv" else "=HYPERLINK(1)", "054-123-4567"],
    ]


def test_follow_ups_say_why_in_the_language(tmp_path):
    entry = FollowUpEntry(
        7, 12, "Noa", "+972523456789", 812, datetime(2026, 11, 20, 12), 650_00, "amount"
    )
    path = tmp_path / "followups.csv"
    export_calls([entry], path, language="he")
    with open(path, encoding="utf-8-sig", newline="") as file:
        header, row = list(csv.reader(file))
    assert header[3:7] == ["קנייה מס׳", "תאריך קנייה", "סכום", "סיבה"]
    assert row[3:7] == ["812", "20/11/2026", "650.00", "קנייה גדולה"]


def test_an_empty_list_keeps_the_columns_and_name_of_its_own_kind(tmp_path):
    path = tmp_path / "followups.xlsx"
    assert export_calls([], path, language="en", empty="followup") == 0
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Follow-up calls"
    [header] = list(sheet.iter_rows(values_only=True))
    assert header[3:7] == ("Purchase no.", "Purchased", "Amount", "Why")


def test_other_file_kinds_are_refused(tmp_path):
    with pytest.raises(InvalidValue):
        export_calls(ENTRIES, tmp_path / "calls.pdf")
    assert not (tmp_path / "calls.pdf").exists()




def disk_fills_up(monkeypatch, suffix: str) -> None:
    """Writing fails as on a full disk: after the CSV header, or at the end of the xlsx's save."""
    if suffix == ".csv":
        real = call_export.cell_value

        def failing(column, entry, language):
            if entry is ENTRIES[1]:
                raise OSError(28, "No space left on device")
            return real(column, entry, language)

        monkeypatch.setattr(call_export, "cell_value", failing)
    else:
        real_save = openpyxl.Workbook.save

        def failing_save(book, filename):
            real_save(book, filename)  # the bytes are there, but closing the file fails
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(openpyxl.Workbook, "save", failing_save)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_failed_export_leaves_the_earlier_file_and_no_part(tmp_path, monkeypatch, suffix):
    path = tmp_path / f"calls{suffix}"
    path.write_bytes(b"the earlier export")
    disk_fills_up(monkeypatch, suffix)
    with pytest.raises(OSError):
        export_calls(ENTRIES, path)
    assert path.read_bytes() == b"the earlier export"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
