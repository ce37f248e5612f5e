"""Writing import files in a temporary folder: CSV in any encoding and delimiter, and real xlsx."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest


@pytest.fixture
def write_csv(tmp_path):
    """write_csv(rows, name=, encoding=, delimiter=) → path; rows are lists of cells (or a str)."""

    def write(rows, name="members.csv", encoding="utf-8", delimiter=","):
        if isinstance(rows, str):
            text = rows
        else:
            buffer = io.StringIO()
            csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
            text = buffer.getvalue()
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write


@pytest.fixture
def write_xlsx(tmp_path):
    """write_xlsx(rows, name=) → path of a workbook whose first sheet holds `rows` from A1."""

    def write(rows, name="members.xlsx"):
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        for cells in rows:
            sheet.append(list(cells))
        path = tmp_path / name
        workbook.save(path)
        return path

    return write
