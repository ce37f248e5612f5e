"""Importing purchase history from a CSV or Excel file, each purchase earning as the programme said then.

One row is one purchase by a member (found by phone) on a date, for an amount, with an optional single
item line. Rows are recorded in date order inside one transaction, so tiers, stamp cards and referral
bonuses come out as they would have at the counter. A row identical to a purchase already recorded
(same member, same day, same amount) counts as existing, so importing the same file twice is harmless.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from shopkeeper.club.dates import parse_date
from shopkeeper.club.phones import format_phone, parse_phone
from shopkeeper.club.text import clean_text
from shopkeeper.data.headers import PURCHASE_HEADERS, map_columns
from shopkeeper.data.importing import CHUNK, ImportReport, Progress, RejectedRow
from shopkeeper.data.tabular import Cell, cell_text, is_blank, read_table
from shopkeeper.errors import (
    ImportFileError,
    InvalidDate,
    InvalidValue,
    MemberNotFound,
    ShopError,
)
from shopkeeper.money import parse_money
from shopkeeper.sales.records import LineDraft, PurchaseDraft

__all__ = ["REQUIRED", "import_purchases", "purchase_moment"]

REQUIRED = ("phone", "date", "amount")
NOON = time(12, 0)

_CHANNELS = {
    "store": "store", "shop": "store", "חנות": "store", "בחנות": "store",
    "phone": "phone", "telephone": "phone", "טלפון": "phone", "טלפונית": "phone",
    "web": "web", "online": "web", "website": "web", "internet": "web",
    "אתר": "web", "אינטרנט": "web", "אונליין": "web",
}  # fmt: skip
_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d{1,2})?$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


@dataclass(frozen=True)
class _Row:
    number: int
    member_id: int
    at: datetime
    amount: int
    line: LineDraft | None
    channel: str
    note: str

    @property
    def key(self) -> tuple[int, date, int]:
        return self.member_id, self.at.date(), self.amount


class _RowRejected(Exception):
    def __init__(self, reason: str, error: ShopError | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.error = error


class _DryRun(Exception):
    """Raised at the end of a dry run so the transaction rolls back everything it wrote."""

    def __init__(self, imported: int, existing: int) -> None:
        super().__init__()
        self.imported = imported
        self.existing = existing


def import_purchases(
    shop,
    path: str | Path,
    *,
    dry_run: bool = False,
    mapping: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    by: str = "import",
) -> ImportReport:
    """Record the purchases in a CSV/xlsx file in one transaction; a dry run writes nothing.

    Raises ImportFileError (nothing written) when the file cannot be used at all, for instance when
    it has no phone, date or amount column. `progress(done, total)` is told every few hundred rows.
    """
    table = read_table(path)
    fields = map_columns(table.headers, mapping, PURCHASE_HEADERS)
    missing = [name for name in REQUIRED if name not in fields]
    if missing:
        listed = ", ".join(f"“{h}”" for h in table.headers if h)
        raise ImportFileError(
            detail=f"missing column: {' and '.join(missing)} (the file's columns: {listed})."
        )
    reader = _RowReader(shop, fields)
    rows: list[_Row] = []
    rejected: list[RejectedRow] = []
    for number, cells in table.rows:
        if is_blank(cells):
            continue
        try:
            rows.append(reader.read(number, cells))
        except _RowRejected as problem:
            rejected.append(RejectedRow(number, problem.reason, problem.error))
    rows.sort(key=lambda row: (row.at, row.number))
    try:
        with shop.db.atomic():
            imported, existing = _record(shop, rows, rejected, by, progress)
            if dry_run:
                raise _DryRun(imported, existing)
    except _DryRun as done:
        imported, existing = done.imported, done.existing
    rejected.sort(key=lambda r: r.row)
    return ImportReport(imported=imported, existing=existing, rejected=rejected, dry_run=dry_run)


def _record(
    shop, rows: Sequence[_Row], rejected: list[RejectedRow], by: str, progress: Progress | None
) -> tuple[int, int]:
    already = _already_recorded(shop, {row.key for row in rows})
    imported = existing = 0
    for done, row in enumerate(rows, start=1):
        if already[row.key] > 0:
            already[row.key] -= 1
            existing += 1
        else:
            draft = PurchaseDraft(
                member_id=row.member_id,
                amount=row.amount,
                lines=(row.line,) if row.line else (),
                at=row.at,
                channel=row.channel,
                note=row.note,
            )
            try:
                shop.purchases.record(draft, by=by)
            except ShopError as error:
                rejected.append(RejectedRow(row.number, str(error), error))
            else:
                imported += 1
        if progress and (done % CHUNK == 0 or done == len(rows)):
            progress(done, len(rows))
    if progress and not rows:
        progress(0, 0)
    return imported, existing


def _already_recorded(shop, keys: set[tuple[int, date, int]]) -> Counter:
    """How many purchases with each (member, day, amount) the shop had before this import."""
    conn = shop.db.connection()
    counts: Counter = Counter()
    for member_id, day, amount in keys:
        counts[member_id, day, amount] = conn.execute(
            "SELECT COUNT(*) FROM purchase WHERE member_id=? AND amount=? AND at >= ? AND at < ?",
            (member_id, amount, day.isoformat(), (day + timedelta(days=1)).isoformat()),
        ).fetchone()[0]
    return counts


def purchase_moment(day: date, moment: time | None, now: datetime) -> datetime:
    """When a purchase dated `day` happened: at its time if known, else noon (now, for today)."""
    if moment is not None:
        return datetime.combine(day, moment)
    if day == now.date():
        return min(datetime.combine(day, NOON), now.replace(microsecond=0))
    return datetime.combine(day, NOON)


class _RowReader:
    """Turns the cells of one row into a purchase to record, or says why it cannot."""

    def __init__(self, shop, fields: Sequence[str | None]) -> None:
        self._shop = shop
        self._columns = [(i, f) for i, f in enumerate(fields) if f]
        self._members: dict[str, int | None] = {}  # E.164 → member id

    def read(self, number: int, cells: Sequence[Cell]) -> _Row:
        values = {name: cells[i] if i < len(cells) else None for i, name in self._columns}
        text = {name: clean_text(cell_text(value)) for name, value in values.items()}
        member_id = self._member(text["phone"])
        at = self._moment(values["date"], text["date"])
        amount = _amount(values["amount"], text["amount"], "amount")
        channel = text.get("channel", "")
        if channel:
            channel = _CHANNELS.get(channel.casefold(), "")
            if not channel:
                raise _RowRejected(f"channel: “{text['channel']}” is not store, phone or web.")
        return _Row(
            number=number,
            member_id=member_id,
            at=at,
            amount=amount,
            line=_line(values, text, amount),
            channel=channel or "store",
            note=text.get("note", ""),
        )

    def _member(self, phone_text: str) -> int:
        if not phone_text:
            raise _RowRejected("phone: missing.")
        try:
            e164 = parse_phone(phone_text).e164
        except ShopError as error:
            raise _RowRejected(f"phone: {error}", error) from None
        if e164 not in self._members:
            self._members[e164] = self._shop.members.id_by_phone(e164)
        member_id = self._members[e164]
        if member_id is None:
            raise _RowRejected(
                f"phone: no member with this phone ({format_phone(e164)}).",
                MemberNotFound(key=format_phone(e164)),
            )
        return member_id

    def _moment(self, value: Cell, text: str) -> datetime:
        if isinstance(value, datetime):
            day, moment = value.date(), (None if value.time() == time(0, 0) else value.time())
        elif isinstance(value, date):
            day, moment = value, None
        elif not text:
            raise _RowRejected("date: missing.")
        else:
            day, moment = _day_and_time(text)
        now = self._shop.now()
        at = purchase_moment(day, moment, now)
        if day > now.date() or at > now:
            raise _RowRejected(f"date: {day:%d/%m/%Y} is after today.")
        return at


def _day_and_time(text: str) -> tuple[date, time | None]:
    day_text, _, time_text = text.strip().partition(" ")
    if "T" in day_text and not time_text:
        day_text, _, time_text = day_text.partition("T")
    try:
        day = parse_date(day_text)
    except InvalidDate as error:
        raise _RowRejected(f"date: {InvalidDate(text=text)}", error) from None
    if not time_text.strip():
        return day, None
    match = _TIME.match(time_text.strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59 or int(match[3] or 0) > 59:
        error = InvalidDate(text=text)
        raise _RowRejected(f"date: {error}", error)
    return day, time(int(match[1]), int(match[2]), int(match[3] or 0))


def _amount(value: Cell, text: str, label: str) -> int:
    """Agorot from a number cell or typed text ("149.90", "₪1,234.50"); the row is rejected otherwise."""
    if not text:
        raise _RowRejected(f"{label}: missing.")
    raw = value if isinstance(value, int | float) and not isinstance(value, bool) else text
    if isinstance(raw, str) and _THOUSANDS.match(raw.replace("₪", "").strip()):
        raw = raw.replace(",", "")
    try:
        return parse_money(raw)
    except ShopError as error:
        raise _RowRejected(f"{label}: {error}", error) from None


def _line(values: Mapping[str, Cell], text: Mapping[str, str], amount: int) -> LineDraft | None:
    """The optional item line: name (or the category), category, quantity, unit price."""
    name = text.get("item", "") or text.get("category", "")
    if not name:
        return None
    qty = 1
    if text.get("qty"):
        try:
            qty = int(float(text["qty"])) if float(text["qty"]).is_integer() else 0
        except ValueError:
            qty = 0
        if qty < 1:
            error = InvalidValue(field="quantity", text=text["qty"])
            raise _RowRejected(str(error), error)
    if text.get("price"):
        price = _amount(values.get("price"), text["price"], "price")
    else:
        price = round(amount / qty)
    return LineDraft(name=name, category=text.get("category", ""), qty=qty, unit_price=price)
