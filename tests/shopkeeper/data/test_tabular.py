"""Reading tables from CSV (any encoding and delimiter) and xlsx, with spreadsheet row numbers."""

from __future__ import annotations

from datetime import date, datetime, time

import openpyxl
import pytest

from shopkeeper.data.tabular import cell_text, decode_text, detect_delimiter, read_table
from shopkeeper.errors import ImportFileError

HEBREW_ROWS = [
    ["שם פרטי", "שם משפחה", "טלפון", "הערות"],
    ["דנה", "כהן", "052-345-6789", "אוהבת ורוד, בלי ריח; ותודה"],
    ["יוסי", "לוי", "0541234567", ""],
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1255"])
def test_every_encoding_reads_the_same_hebrew(write_csv, encoding):
    table = read_table(write_csv(HEBREW_ROWS, encoding=encoding))
    assert table.headers == HEBREW_ROWS[0]
    assert table.rows == [(2, HEBREW_ROWS[1]), (3, HEBREW_ROWS[2])]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised(write_csv, encoding):
    rows = [["Name", "Phone"], ["Dana Cohen", "0523456789"]]
    table = read_table(write_csv(rows, encoding=encoding))
    assert table.headers == ["Name", "Phone"]
    assert table.rows == [(2, ["Dana Cohen", "0523456789"])]


def test_utf8_is_preferred_over_cp1255(write_csv):
    path = write_csv("Name,Phone\nZoë Ávila,0523456789\n", encoding="utf-8")
    assert read_table(path).rows == [(2, ["Zoë Ávila", "0523456789"])]


def test_cp1255_bytes_decode_to_hebrew():
    data = "שם,טלפון\r\nדנה,050\r\n".encode("cp1255")
    assert decode_text("x.csv", data) == "שם,טלפון\r\nדנה,050\r\n"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_every_delimiter_is_detected(write_csv, delimiter):
    table = read_table(write_csv(HEBREW_ROWS, delimiter=delimiter))
    assert table.headers == HEBREW_ROWS[0]
    # The notes hold commas and semicolons, quoted where they are the delimiter.
    assert table.rows[0] == (2, HEBREW_ROWS[1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1,5;2,5;3\n", ";"),
        ("a\tb\tc\nx, y\tz; w\tq\n", "\t"),
        ("phone\n0523456789\n", ","),
        ("", ","),
    ],
)
def test_detect_delimiter(text, expected):
    assert detect_delimiter(text) == expected


def test_blank_lines_and_multiline_cells_keep_spreadsheet_row_numbers(write_csv):
    path = write_csv('name,notes\r\n\r\nDana,"line one\nline two"\r\n,\r\nRon,x\r\n')
    table = read_table(path)
    numbered = {number: cells for number, cells in table.rows if any(cells)}
    assert numbered == {3: ["Dana", "line one\nline two"], 5: ["Ron", "x"]}


def test_header_below_blank_lines_in_a_csv(write_csv):
    table = read_table(write_csv("\n\nName,Phone\nDana,0523456789\n"))
    assert table.header_row == 3
    assert table.rows == [(4, ["Dana", "0523456789"])]


def test_xlsx_keeps_cell_types_and_row_numbers(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["B3"], sheet["C3"], sheet["D3"] = "Name", "Phone", "Birthday"
    sheet["B4"], sheet["C4"], sheet["D4"] = "Dana", 523456789, datetime(1990, 2, 3)
    sheet["B6"], sheet["C6"] = "Ron", 541234567.0
    path = tmp_path / "gaps.xlsx"
    workbook.save(path)

    table = read_table(path)
    assert table.header_row == 3
    assert table.headers == ["", "Name", "Phone", "Birthday"]
    by_row = {number: cells for number, cells in table.rows}
    assert by_row[4][1:4] == ["Dana", 523456789, datetime(1990, 2, 3)]
    assert not any(by_row[5])
    assert by_row[6][1:3] == ["Ron", 541234567.0]


def test_xlsx_named_csv_is_read_as_a_workbook(write_xlsx, tmp_path):
    path = write_xlsx([["Name", "Phone"], ["Dana", "0523456789"]])
    renamed = path.rename(tmp_path / "export.csv")
    assert read_table(renamed).rows == [(2, ["Dana", "0523456789"])]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (523456789, "523456789"),
        (523456789.0, "523456789"),
        (12.5, "12.5"),
        (True, "yes"),
        (False, "no"),
        (datetime(1990, 2, 3), "03/02/1990"),
        (datetime(2024, 5, 6, 14, 30), "06/05/2024 14:30"),
        (date(2000, 2, 29), "29/02/2000"),
        (time(9, 5), "09:05"),
        ("  דנה  ", "דנה"),
    ],
)
def test_cell_text(value, text):
    assert cell_text(value) == text


def test_a_blank_csv_has_no_header(write_csv):
    with pytest.raises(ImportFileError, match="is empty"):
        read_table(write_csv(" \r\n,,\r\n\r\n"))
