"""A call list as a file for a spreadsheet: CSV (UTF-8 with a BOM, so Excel reads Hebrew) or
xlsx (real dates and numbers, right to left in Hebrew).

The columns are those of the printed sheet plus the member number (and the last call for a
win-back list), headed in the list's language; "result" and "notes" are left empty.  Text that
a spreadsheet would take for a formula (a name starting with "=") stays text.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from shopkeeper.errors import InvalidValue
from shopkeeper.files import replaced_whole
from shopkeeper.touch.call_columns import (
    TITLES,
    CallEntry,
    Column,
    cell_value,
    columns_for,
    list_kind,
)

SUFFIXES = (".csv", ".xlsx")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MONEY_FORMAT = '"₪"#,##0.00'
_DATE_FORMAT = "DD/MM/YYYY"
_WIDTHS = {"text": 24, "phone": 15, "date": 13, "count": 10, "money": 13, "blank": 22}


def export_calls(
    entries: Sequence[CallEntry], path: str | Path, *, language: str = "he", empty: str = "winback"
) -> int:
    """Write `entries` (one kind of call list; an empty one is of kind `empty`) to `path`, CSV or
    xlsx by its suffix; returns how many rows were written.  InvalidValue for any other suffix.  The file is written beside
    `path` and then put in its place: a failure (a full disk) leaves no half-written file."""
    path = Path(path)
    writers = {".csv": write_csv, ".xlsx": write_xlsx}
    writer = writers.get(path.suffix.lower())
    if writer is None:
        raise InvalidValue(field="export file", text=path.name)
    with replaced_whole(path) as part:
        return writer(entries, part, language=language, empty=empty)


def write_csv(
    entries: Sequence[CallEntry], path: str | Path, *, language: str = "he", empty: str = "winback"
) -> int:
    """The list as CSV: dates dd/mm/yyyy, money in shekels with agorot (1234.50)."""
    language = _language(language)
    columns = columns_for(entries, empty)
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(c.title(language) for c in columns)
        for entry in entries:
            writer.writerow(_csv_cell(c, cell_value(c, entry, language)) for c in columns)
    return len(entries)


def write_xlsx(
    entries: Sequence[CallEntry], path: str | Path, *, language: str = "he", empty: str = "winback"
) -> int:
    """The list as an Excel workbook of one sheet named after the list."""
    from openpyxl import Workbook  # imported here: it takes a moment
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    language = _language(language)
    columns = columns_for(entries, empty)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_sheet_name(TITLES[language][list_kind(entries, empty)]))
    sheet.sheet_view.rightToLeft = language == "he"
    sheet.freeze_panes = "A2"
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS[column.kind]
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.title(language))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for entry in entries:
        sheet.append([_xlsx_cell(sheet, c, cell_value(c, entry, language)) for c in columns])
    book.save(path)
    return len(entries)


def _csv_cell(column: Column, value: object) -> object:
    if value is None:
        return ""
    if column.kind == "date" and isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if column.kind == "money":
        shekels, agorot = divmod(int(value), 100)
        return f"{shekels}.{agorot:02d}"
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_START) else value
    return value


def _xlsx_cell(sheet, column: Column, value: object):
    from openpyxl.cell import WriteOnlyCell

    if column.kind == "money" and value is not None:
        cell = WriteOnlyCell(sheet, value=int(value) / 100)
        cell.number_format = _MONEY_FORMAT
        return cell
    cell = WriteOnlyCell(sheet, value=value)
    if column.kind == "date" and value is not None:
        cell.number_format = _DATE_FORMAT
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with
    return cell


def _sheet_name(title: str) -> str:
    """A worksheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    return "".join(" " if ch in "[]:*?/\\" else ch for ch in title)[:31] or "calls"


def _language(language: str) -> str:
    return "en" if language == "en" else "he"
