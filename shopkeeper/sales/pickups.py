"""Pickup orders: what a customer will collect, when it is ready, where it waits, what is left to pay.

Statuses: new → ready → collected, or cancelled while waiting (an order that was never marked
ready can still be collected: it was on the shelf). Each change keeps its moment. Every write is one
IMMEDIATE transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from shopkeeper.club.members import SUMMARY_COLUMNS, summary_from_row
from shopkeeper.club.text import clean_text
from shopkeeper.errors import InvalidValue, PickupNotFound, PickupStatusRefused
from shopkeeper.sales import shop_days
from shopkeeper.sales.pickup_messages import whatsapp_ready_link
from shopkeeper.sales.pickup_records import (
    WAITING,
    PickupLine,
    PickupLineDraft,
    PickupOrder,
    new_code,
    normalise_code,
)

_MEMBER_COLUMNS = ", ".join(f"m.{column.strip()}" for column in SUMMARY_COLUMNS.split(","))
_SELECT = (
    "SELECT o.id, o.code, o.status, o.paid, o.due, o.ready_by, o.shelf, o.note, o.created_at, "
    f"o.ready_at, o.collected_at, o.cancelled_at, o.purchase_id, o.member_id, {_MEMBER_COLUMNS} "
    "FROM pickup_order o LEFT JOIN member m ON m.id = o.member_id"
)
_MOMENT_COLUMN = {"ready": "ready_at", "collected": "collected_at", "cancelled": "cancelled_at"}
_DONE_WORDS = {"ready": "marked ready", "collected": "collected", "cancelled": "cancelled"}
_ALLOWED = {  # status -> the statuses it may change to
    "new": ("ready", "collected", "cancelled"),
    "ready": ("collected", "cancelled"),
    "collected": (),
    "cancelled": (),
}


class PickupService:
    """Pickup orders of the shop: create, find (by id or by the code on the slip), change status."""

    def __init__(
        self,
        db,
        members,
        settings,
        *,
        now: Callable[[], datetime] = datetime.now,
        friday_open: bool = True,
    ) -> None:
        self._db = db
        self._members = members  # MemberService: the shop's today, a member's form of address
        self._settings = settings  # SettingsService: shop name and language for the message
        self._today = members.today
        self._now = now
        self.friday_open = friday_open

    @property
    def _conn(self):
        return self._db.connection()

    # -- creating ----------------------------------------------------------------------------
    def create(
        self,
        member_id: int | None,
        lines: Sequence[PickupLineDraft | tuple[str, int, int]],
        *,
        paid: int = 0,
        due: int | None = None,
        ready_by: date | None = None,
        shelf: str = "",
        note: str = "",
    ) -> PickupOrder:
        """A new order with a fresh pickup code. `lines` are (name, qty, unit price in agorot);
        `due` defaults to the lines' total less `paid`, `ready_by` to `proposed_ready_by()`."""
        drafts = [_checked_line(line) for line in lines]
        if not drafts:
            raise InvalidValue(field="items", text="")
        if paid < 0:
            raise InvalidValue(field="paid", text=str(paid))
        total = sum(line.qty * line.unit_price for line in drafts)
        if due is None:
            due = max(0, total - paid)
        elif due < 0:
            raise InvalidValue(field="due", text=str(due))
        ready_by = ready_by or self.proposed_ready_by()
        conn = self._conn
        with self._db.atomic():
            if (
                member_id is not None
                and not conn.execute("SELECT 1 FROM member WHERE id=?", (member_id,)).fetchone()
            ):
                raise InvalidValue(field="member", text=str(member_id))
            code = self._unused_code()
            cursor = conn.execute(
                "INSERT INTO pickup_order (member_id, code, status, paid, due, ready_by, shelf, note, "
                "created_at) VALUES (?, ?, 'new', ?, ?, ?, ?, ?, ?)",
                (
                    member_id,
                    code,
                    paid,
                    due,
                    ready_by.isoformat(),
                    clean_text(shelf),
                    clean_text(note),
                    self._moment(),
                ),
            )
            order_id = cursor.lastrowid
            conn.executemany(
                "INSERT INTO pickup_line (order_id, name, qty, unit_price) VALUES (?, ?, ?, ?)",
                [(order_id, line.name, line.qty, line.unit_price) for line in drafts],
            )
        return self.get(order_id)

    def proposed_ready_by(self, today: date | None = None, working_days: int = 2) -> date:
        """`working_days` working days after today, skipping Shabbat and the holidays shops close on."""
        return shop_days.proposed_ready_by(
            today or self._today(), working_days, friday_open=self.friday_open
        )

    # -- reading -----------------------------------------------------------------------------
    def get(self, order_id: int) -> PickupOrder:
        row = self._conn.execute(f"{_SELECT} WHERE o.id=?", (order_id,)).fetchone()
        if row is None:
            raise PickupNotFound(key=str(order_id))
        return self._orders([row])[0]

    def find_by_code(self, text: str) -> PickupOrder:
        """The order whose code this is, as typed or scanned (case, spaces and dashes ignored)."""
        code = normalise_code(text)
        row = self._conn.execute(f"{_SELECT} WHERE o.code=?", (code,)).fetchone() if code else None
        if row is None:
            raise PickupNotFound(key=clean_text(text))
        return self._orders([row])[0]

    def find(self, key: str) -> PickupOrder:
        """By order number (digits, maybe after #) or by pickup code: what the counter typed."""
        text = clean_text(key).lstrip("#").strip()
        if text.isdigit():
            return self.get(int(text))
        return self.find_by_code(key)

    def waiting(self, on: date | None = None, *, overdue_only: bool = False) -> list[PickupOrder]:
        """New and ready orders: the overdue ones first, then by ready-by day, then oldest first."""
        on = on or self._today()
        rows = self._conn.execute(
            f"{_SELECT} WHERE o.status IN ('new', 'ready') ORDER BY o.ready_by, o.id"
        ).fetchall()
        orders = self._orders(rows, on)
        if overdue_only:
            orders = [order for order in orders if order.overdue]
        return sorted(orders, key=lambda o: (not o.overdue, o.ready_by, o.id))

    def for_member(self, member_id: int, limit: int = 50) -> list[PickupOrder]:
        """A member's orders, newest first."""
        rows = self._conn.execute(
            f"{_SELECT} WHERE o.member_id=? ORDER BY o.id DESC LIMIT ?", (member_id, limit)
        ).fetchall()
        return self._orders(rows)

    def whatsapp_ready_link(self, order: PickupOrder, language: str | None = None) -> str | None:
        """A WhatsApp link with the "ready" message for the order's member (None without one),
        in `language` (default: the shop's), worded for the member's form of address."""
        if order.member is None:
            return None
        return whatsapp_ready_link(
            order,
            self._members.get(order.member.id),
            language=language or self._settings.language,
            shop_name=self._settings.shop_name,
        )

    # -- changing status ---------------------------------------------------------------------
    def ready(self, order_id: int) -> PickupOrder:
        return self._move(order_id, "ready")

    def collect(self, order_id: int) -> PickupOrder:
        """Collected: the amount due was taken at the counter."""
        return self._move(order_id, "collected")

    def cancel(self, order_id: int) -> PickupOrder:
        return self._move(order_id, "cancelled")

    def _move(self, order_id: int, to: str) -> PickupOrder:
        conn = self._conn
        with self._db.atomic():
            row = conn.execute(
                "SELECT status, ready_at, collected_at, cancelled_at FROM pickup_order WHERE id=?",
                (order_id,),
            ).fetchone()
            if row is None:
                raise PickupNotFound(key=str(order_id))
            status = row[0]
            if to not in _ALLOWED[status]:
                moments = dict(zip(("ready", "collected", "cancelled"), row[1:], strict=True))
                raise PickupStatusRefused(
                    id=order_id, why=status, to=to, detail=_refusal(status, to, moments[status])
                )
            conn.execute(
                f"UPDATE pickup_order SET status=?, {_MOMENT_COLUMN[to]}=? WHERE id=?",
                (to, self._moment(), order_id),
            )
        return self.get(order_id)

    # -- helpers -----------------------------------------------------------------------------
    def _moment(self) -> str:
        return self._now().isoformat(timespec="seconds")

    def _unused_code(self) -> str:
        while True:
            code = new_code()
            if not self._conn.execute(
                "SELECT 1 FROM pickup_order WHERE code=?", (code,)
            ).fetchone():
                return code

    def _orders(self, rows: Sequence[Sequence], on: date | None = None) -> list[PickupOrder]:
        if not rows:
            return []
        on = on or self._today()
        ids = [row[0] for row in rows]
        lines: dict[int, list[PickupLine]] = {order_id: [] for order_id in ids}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            for line_id, order_id, name, qty, price in self._conn.execute(
                "SELECT id, order_id, name, qty, unit_price FROM pickup_line "
                f"WHERE order_id IN ({','.join('?' * len(part))}) ORDER BY id",
                part,
            ):
                lines[order_id].append(PickupLine(line_id, name, qty, price))
        return [_order(row, tuple(lines[row[0]]), on) for row in rows]


def _order(row: Sequence, lines: tuple[PickupLine, ...], on: date) -> PickupOrder:
    ready_by = date.fromisoformat(row[5])
    status = row[2]
    return PickupOrder(
        id=row[0],
        code=row[1],
        member=summary_from_row(row[14:]) if row[13] is not None else None,
        lines=lines,
        paid=row[3],
        due=row[4],
        ready_by=ready_by,
        shelf=row[6],
        note=row[7],
        status=status,
        created_at=datetime.fromisoformat(row[8]),
        ready_at=_moment(row[9]),
        collected_at=_moment(row[10]),
        cancelled_at=_moment(row[11]),
        purchase_id=row[12],
        overdue=status in WAITING and ready_by < on,
    )


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _checked_line(line: PickupLineDraft | tuple[str, int, int]) -> PickupLineDraft:
    if not isinstance(line, PickupLineDraft):
        line = PickupLineDraft(*line)
    name = clean_text(line.name)
    if not name:
        raise InvalidValue(field="item name", text=line.name)
    if not isinstance(line.qty, int) or line.qty < 1:
        raise InvalidValue(field="item quantity", text=str(line.qty))
    if not isinstance(line.unit_price, int) or line.unit_price < 0:
        raise InvalidValue(field="item price", text=str(line.unit_price))
    return PickupLineDraft(name, line.qty, line.unit_price)


def _refusal(status: str, to: str, at: str | None) -> str:
    when = f" on {datetime.fromisoformat(at):%d/%m/%Y}" if at else ""
    if status == to:
        return f"it was already {_DONE_WORDS[status]}{when}"
    return f"it was {_DONE_WORDS[status]}{when} and cannot be {_DONE_WORDS[to]} now"
