"""Importing members from a CSV or Excel file: all good rows in one transaction, the rest reported.

A row is rejected with its row number as a spreadsheet shows it (the header is row 1) and a reason;
blank rows are skipped; a phone that is already a member changes nothing and is counted as existing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from shopkeeper.club.dates import from_date, parse_date
from shopkeeper.club.records import MemberDraft
from shopkeeper.club.text import clean_text
from shopkeeper.club.validation import CheckedMember, check_member
from shopkeeper.data.headers import FIELDS, map_columns, missing_fields
from shopkeeper.data.tabular import Cell, Table, cell_text, is_blank, read_table
from shopkeeper.errors import (
    DuplicateInFile,
    ImportFileError,
    InvalidDate,
    InvalidEmail,
    InvalidPhone,
    InvalidValue,
    MissingPhone,
    ShopError,
)

__all__ = [
    "FIELDS",
    "ImportPreview",
    "ImportReport",
    "RejectedRow",
    "import_members",
    "preview",
    "read_table",
]

CHUNK = 500  # rows validated, looked up and inserted together; also how often progress is told
Progress = Callable[[int, int], None]

_YES = {"yes", "y", "true", "1", "v", "x", "✓", "✔", "כן", "מאשר", "מאשרת", "אישר", "אישרה"}
_NO = {"no", "n", "false", "0", "לא", "לא מאשר", "לא מאשרת"}
_TAG_SEPARATORS = re.compile(r"[,;|]")
_CONSENT_FIELDS = {"consent_sms": "sms", "consent_whatsapp": "whatsapp", "consent_email": "email"}
_CONSENT_LABELS = {"sms": "SMS consent", "whatsapp": "WhatsApp consent", "email": "email consent"}
_ERROR_FIELDS = {InvalidPhone: "phone", InvalidEmail: "email", InvalidDate: "birthday"}


@dataclass(frozen=True)
class RejectedRow:
    """A row left out: its number as a spreadsheet shows it, and why."""

    row: int
    reason: str
    error: ShopError | None = field(default=None, compare=False, repr=False)  # for translating


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    imported: int
    existing: int
    rejected: list[RejectedRow] = field(default_factory=list)
    dry_run: bool = False

    def to_json(self) -> dict:
        """The report as `shopkeeper-cli import members` prints it."""
        return {
            "imported": self.imported,
            "existing": self.existing,
            "rejected": [{"row": r.row, "reason": r.reason} for r in self.rejected],
        }


@dataclass(frozen=True)
class ImportPreview:
    """The columns of a file, the field each would fill (None: not imported), the first rows."""

    headers: list[str]
    mapping: dict[str, str | None]
    rows: list[list[str]]
    missing: tuple[str, ...] = ()  # "phone" and/or "name" when the import could not run
    data_rows: int = 0  # non-blank rows under the header


def preview(
    path: str | Path, mapping: Mapping[str, str] | None = None, rows: int = 10
) -> ImportPreview:
    """The headers, how they map to fields, and the first `rows` non-blank rows as text.

    Raises ImportFileError when the file cannot be read or `mapping` is wrong; a missing column is
    reported in `missing` instead, so the mapping can be fixed.
    """
    table = read_table(path)
    fields = map_columns(table.headers, mapping)
    width = len(table.headers)
    shown: list[list[str]] = []
    data_rows = 0
    for _, cells in table.rows:
        if is_blank(cells):
            continue
        data_rows += 1
        if len(shown) < rows:
            texts = [clean_text(cell_text(c)) for c in cells[:width]]
            shown.append(texts + [""] * (width - len(texts)))
    return ImportPreview(
        headers=list(table.headers),
        mapping={header: fields[i] for i, header in enumerate(table.headers)},
        rows=shown,
        missing=tuple(missing_fields(fields)),
        data_rows=data_rows,
    )


def import_members(
    shop,
    path: str | Path,
    *,
    dry_run: bool = False,
    mapping: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import the members in a CSV/xlsx file in one transaction; a dry run writes nothing.

    Raises ImportFileError (nothing written) when the file cannot be used at all.
    `progress(done, total)` is called every few hundred rows and once at the end.
    """
    table = read_table(path)
    fields = map_columns(table.headers, mapping)
    missing = missing_fields(fields)
    if missing:
        listed = ", ".join(f"“{h}”" for h in table.headers if h)
        raise ImportFileError(
            detail=f"missing column: {' and '.join(missing)} (the file's columns: {listed})."
        )
    rows = _RowReader(fields, how=f"imported from {Path(path).name}")
    today = shop.members.today()
    if dry_run:
        return _run(shop, table, rows, today, write=False, progress=progress)
    with shop.db.atomic():
        return _run(shop, table, rows, today, write=True, progress=progress)


def _run(
    shop, table: Table, rows: _RowReader, today: date, *, write: bool, progress: Progress | None
) -> ImportReport:
    imported = existing = 0
    rejected: list[RejectedRow] = []
    first_row_of: dict[str, int] = {}  # phone → the row that brought it
    total = len(table.rows)
    for start in range(0, total, CHUNK):
        accepted: list[tuple[CheckedMember, date]] = []
        for number, cells in table.rows[start : start + CHUNK]:
            if is_blank(cells):
                continue
            try:
                member, joined = rows.check(cells)
            except ShopError as error:
                rejected.append(RejectedRow(number, rejection_reason(error), error))
                continue
            except _RowRejected as problem:
                rejected.append(RejectedRow(number, problem.reason, problem.error))
                continue
            phone = member.phone.e164
            if phone in first_row_of:
                duplicate = DuplicateInFile(row=first_row_of[phone])
                rejected.append(RejectedRow(number, str(duplicate), duplicate))
                continue
            first_row_of[phone] = number
            accepted.append((member, joined or today))
        known = _existing_phones(shop, [m.phone.e164 for m, _ in accepted])
        new = [(m, joined) for m, joined in accepted if m.phone.e164 not in known]
        existing += len(accepted) - len(new)
        if write and new:
            shop.members.add_checked_many([m for m, _ in new], [joined for _, joined in new])
        imported += len(new)
        if progress:
            progress(min(start + CHUNK, total), total)
    if progress and total == 0:
        progress(0, 0)
    return ImportReport(imported=imported, existing=existing, rejected=rejected, dry_run=not write)


def _existing_phones(shop, phones: Sequence[str]) -> set[str]:
    if not phones:
        return set()
    marks = ",".join("?" * len(phones))
    cursor = shop.db.execute_sql(
        f"SELECT phone FROM member WHERE phone IN ({marks})", tuple(phones)
    )
    return {phone for (phone,) in cursor}


def rejection_reason(error: ShopError) -> str:
    """The reason shown for a rejected row: the field, then the error's own message."""
    label = next((name for kind, name in _ERROR_FIELDS.items() if isinstance(error, kind)), "")
    return f"{label}: {error}" if label else str(error)


class _RowRejected(Exception):
    def __init__(self, reason: str, error: ShopError | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.error = error


class _RowReader:
    """Turns the cells of one row into a checked member and a join date."""

    def __init__(self, fields: Sequence[str | None], how: str) -> None:
        self._columns = [(i, f) for i, f in enumerate(fields) if f]
        self._how = how

    def check(self, cells: Sequence[Cell]) -> tuple[CheckedMember, date | None]:
        values: dict[str, Cell] = {}
        for i, name in self._columns:
            values[name] = cells[i] if i < len(cells) else None
        text = {name: clean_text(cell_text(value)) for name, value in values.items()}
        first, last = text.get("first_name", ""), text.get("last_name", "")
        if not first and not last and text.get("full_name"):
            first, _, last = text["full_name"].partition(" ")
            first, last = first.strip(), last.strip()
        if not text.get("phone"):
            raise _RowRejected(MissingPhone.template, MissingPhone())
        consent = {}
        for name, channel in _CONSENT_FIELDS.items():
            given = _yes_no(text.get(name, ""), _CONSENT_LABELS[channel])
            if given is not None:
                consent[channel] = given
        draft = MemberDraft(
            first_name=first,
            last_name=last,
            phone=text["phone"],
            email=text.get("email", ""),
            birthday=_date_text(values.get("birthday"), text.get("birthday", "")),
            address_form=text.get("gender", ""),
            address=text.get("address", ""),
            city=text.get("city", ""),
            source=text.get("source", ""),
            tags=tuple(_TAG_SEPARATORS.split(text.get("tags", ""))),
            notes=text.get("notes", ""),
            consent=consent,
            consent_how=self._how if consent else "",
        )
        joined = _joined_on(values.get("joined_on"), text.get("joined_on", ""))
        return check_member(draft), joined


def _date_text(value: Cell, text: str) -> str:
    """An Excel date cell as dd/mm/yyyy; typed text as it is."""
    if isinstance(value, date | datetime):
        return from_date(value).display()
    return text


def _joined_on(value: Cell, text: str) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not text:
        return None
    try:
        return parse_date(text)
    except InvalidDate as error:
        raise _RowRejected(f"join date: {error}", error) from None


def _yes_no(text: str, label: str) -> bool | None:
    key = text.casefold()
    if not key:
        return None
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise InvalidValue(field=label, text=text)
