"""Reading a table of rows from a CSV/text file or an Excel workbook, whatever its encoding.

Shops export customer lists from many programs: UTF-8 with or without a BOM, UTF-16 ("Unicode
text" from Excel), Windows-1255 (older Hebrew software), separated by commas, semicolons or tabs.
"""

from __future__ import annotations

import codecs
import csv
import io
import warnings
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from shopkeeper.club.text import clean_text
from shopkeeper.errors import ImportFileError

Cell = str | int | float | bool | date | datetime | time | None

TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (",", ";", "\t")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old binary .xls (and .doc)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = set("\t\n\r\f\v")


@dataclass(frozen=True)
class Table:
    """A header and the data rows under it, each with its row number as a spreadsheet shows it."""

    headers: list[str]
    rows: list[tuple[int, list[Cell]]]
    header_row: int = 1


def cell_text(value: Cell) -> str:
    """A cell as text: whole numbers without `.0` (a phone that lost its 0), dates as dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value).strip()


def is_blank(cells: list[Cell]) -> bool:
    return all(not clean_text(cell_text(c)) for c in cells)


def read_table(path: str | Path) -> Table:
    """Read the first sheet of a workbook or a delimited text file; ImportFileError if unusable.

    The first non-blank row is the header.
    """
    path = Path(path)
    if not path.exists():
        raise ImportFileError(detail=f"there is no file at {path}.")
    if path.is_dir():
        raise ImportFileError(detail=f"{path} is a folder, not a file.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(
            detail=f"{path.name} cannot be read ({exc.strerror or exc})."
        ) from None
    suffix = path.suffix.lower()
    if suffix == ".xls" or data.startswith(_OLE_MAGIC):
        raise ImportFileError(
            detail=f"{path.name} is an old Excel (.xls) file; save it as .xlsx or CSV and import that."
        )
    if suffix not in ("", *TEXT_SUFFIXES, *EXCEL_SUFFIXES):
        raise ImportFileError(
            detail=f"“{path.suffix}” files are not supported; use a .csv or .xlsx file."
        )
    if data.startswith(_ZIP_MAGIC):
        grid = _read_workbook(path, data)
    elif suffix in EXCEL_SUFFIXES and data:
        # Some web systems save a CSV under an .xlsx name; read it if it is text.
        try:
            grid = _read_text(path.name, data)
        except ImportFileError:
            raise ImportFileError(detail=_damaged_workbook(path.name)) from None
    else:
        grid = _read_text(path.name, data)
    return _table_from_grid(path.name, grid)


def _table_from_grid(name: str, grid: list[list[Cell]]) -> Table:
    for index, cells in enumerate(grid):
        if not is_blank(cells):
            headers = [clean_text(cell_text(c)) for c in cells]
            rows = [
                (number, cells) for number, cells in enumerate(grid[index + 1 :], start=index + 2)
            ]
            return Table(headers=headers, rows=rows, header_row=index + 1)
    raise ImportFileError(detail=f"{name} is empty.")


# -- Excel ------------------------------------------------------------------------------------
def _read_workbook(path: Path, data: bytes) -> list[list[Cell]]:
    import openpyxl  # imported here: it takes a moment and CSV imports do not need it

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds of errors on damaged files
        raise ImportFileError(detail=_damaged_workbook(path.name)) from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise ImportFileError(detail=f"{path.name} has no sheets.")
        # Some programs write a wrong sheet size; without it openpyxl reads every row there is.
        sheet.reset_dimensions()
        # Rows come from row 1 with gaps filled, so a list index + 1 is the spreadsheet's row number.
        return [list(values) for values in sheet.iter_rows(values_only=True)]
    except ImportFileError:
        raise
    except Exception:
        raise ImportFileError(detail=_damaged_workbook(path.name)) from None
    finally:
        workbook.close()


def _damaged_workbook(name: str) -> str:
    return f"{name} is not a readable Excel workbook (it is damaged, or not really an .xlsx file)."


# -- CSV and other delimited text -------------------------------------------------------------
def decode_text(name: str, data: bytes) -> str:
    """Decode by BOM, else strict UTF-8, else UTF-16 without a BOM, else Windows-1255."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _refuse_binary(name, data.decode(encoding))
            except UnicodeDecodeError:
                raise ImportFileError(detail=_binary_detail(name)) from None
    bomless = _bomless_utf16(data)
    if bomless:
        try:
            return _refuse_binary(name, data.decode(bomless))
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8", "cp1255"):
        try:
            return _refuse_binary(name, data.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise ImportFileError(detail=_binary_detail(name))


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 has a zero byte beside every Latin letter and digit: after it in LE, before it in BE."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    half = len(sample) // 2
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    if zeros_odd > half * 0.1 and zeros_even < half * 0.05:
        return "utf-16-le"
    if zeros_even > half * 0.1 and zeros_odd < half * 0.05:
        return "utf-16-be"
    return None


def _binary_detail(name: str) -> str:
    return f"{name} is not a CSV or Excel file (it does not contain text)."


def _refuse_binary(name: str, text: str) -> str:
    sample = text[:20_000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    if "\x00" in sample or controls > max(2, len(sample) // 200):
        raise ImportFileError(detail=_binary_detail(name))
    return text


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the header into the most columns; ties go to the one that also
    splits the following lines into the same number of columns."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", (1, 0)
    for delimiter in DELIMITERS:
        try:
            records = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
        except csv.Error:
            continue
        records = [r for r in records if any(c.strip() for c in r)]
        if not records:
            continue
        width = len(records[0])
        consistent = sum(1 for r in records[1:] if len(r) == width)
        score = (width, consistent)
        if width > 1 and score > best_score:
            best, best_score = delimiter, score
    return best


def _read_text(name: str, data: bytes) -> list[list[Cell]]:
    text = decode_text(name, data)
    if not text.strip():
        raise ImportFileError(detail=f"{name} is empty.")
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [list(record) for record in reader]
    except csv.Error as exc:
        raise ImportFileError(
            detail=f"{name} is not a well-formed CSV file (line {reader.line_num}: {exc})."
        ) from None
