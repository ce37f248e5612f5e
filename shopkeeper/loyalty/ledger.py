"""The points ledger: every change of points is a row; the balance is their sum, never negative.

Points are spent and expire oldest first: replaying a member's rows in time order, each positive row
is a lot and each negative row uses up the oldest lots, so an expiry run removes only what is left of
lots older than the programme's months. Running it twice changes nothing.
"""

from __future__ import annotations

import calendar
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from shopkeeper.club.text import clean_text
from shopkeeper.errors import InsufficientPoints, InvalidValue, ReasonRequired
from shopkeeper.loyalty.programmes import ProgrammeStore

KINDS = ("earn", "redeem", "bonus", "expire", "adjust", "reverse")


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    at: datetime
    kind: str
    points: int
    source: str
    purchase_id: int | None
    reason: str
    by: str

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "points": self.points,
            "at": self.at.isoformat(timespec="seconds"),
            "source": self.source,
            "purchase_id": self.purchase_id,
            "reason": self.reason,
            "by": self.by,
        }


@dataclass(frozen=True)
class ExpiryReport:
    members: int
    points: int


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the month's last day when it has fewer days)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def remaining_lots(rows: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """(at, points) rows in time order → what is left of each positive lot, oldest first."""
    lots: deque[list] = deque()
    debt = 0
    for at, points in rows:
        if points > 0:
            paid = min(debt, points)
            debt -= paid
            if points - paid:
                lots.append([at, points - paid])
            continue
        need = -points
        while need and lots:
            take = min(need, lots[0][1])
            lots[0][1] -= take
            need -= take
            if lots[0][1] == 0:
                lots.popleft()
        debt += need
    return [(at, left) for at, left in lots]


class Ledger:
    """Appends rows, reads balances and history, adjusts by hand, runs expiry."""

    def __init__(self, db, programmes: ProgrammeStore, now: Callable[[], datetime]) -> None:
        self._db = db
        self._programmes = programmes
        self._now = now

    def balance(self, member_id: int) -> int:
        row = self._db.connection().execute(
            "SELECT COALESCE(SUM(points), 0) FROM ledger WHERE member_id=?", (member_id,)
        ).fetchone()
        return row[0]

    def entries(self, member_id: int, limit: int | None = None) -> list[LedgerEntry]:
        """The member's rows, newest first."""
        sql = (
            "SELECT id, at, kind, points, source, purchase_id, reason, by FROM ledger "
            "WHERE member_id=? ORDER BY at DESC, id DESC"
        )
        params: tuple = (member_id,)
        if limit:
            sql += " LIMIT ?"
            params += (limit,)
        return [
            LedgerEntry(r[0], datetime.fromisoformat(r[1]), *r[2:])
            for r in self._db.connection().execute(sql, params)
        ]

    def append(
        self,
        member_id: int,
        kind: str,
        points: int,
        source: str,
        *,
        at: datetime | None = None,
        purchase_id: int | None = None,
        reason: str = "",
        by: str = "",
    ) -> int:
        """Write one row inside the caller's transaction; refuse one that takes the balance below 0."""
        assert kind in KINDS
        if points < 0:
            balance = self.balance(member_id)
            if balance + points < 0:
                raise InsufficientPoints(requested=-points, balance=balance)
        cursor = self._db.connection().execute(
            "INSERT INTO ledger (member_id, at, kind, points, source, purchase_id, reason, by) "
            "VALUES (?,?,?,?,?,?,?,?)",
            (
                member_id,
                (at or self._now()).isoformat(timespec="seconds"),
                kind,
                points,
                source,
                purchase_id,
                reason,
                by,
            ),
        )
        return cursor.lastrowid

    def adjust(self, member_id: int, points: int, reason: str, by: str = "") -> int:
        """A manual change of points with its reason; returns the new balance."""
        reason = clean_text(reason)
        if not reason:
            raise ReasonRequired()
        if points == 0:
            raise InvalidValue(field="points", text="0")
        with self._db.atomic():
            self.append(member_id, "adjust", points, "manual", reason=reason, by=by)
        return self.balance(member_id)

    def expire(self, today: date, by: str = "expiry") -> ExpiryReport:
        """Expire what is left of lots older than the programme's months. Safe to repeat."""
        months = self._programmes.at(datetime.combine(today, datetime.max.time())).expiry_months
        if months <= 0:
            return ExpiryReport(0, 0)
        cutoff = months_before(today, months).isoformat() + "T23:59:59"
        at = datetime.combine(today, datetime.min.time())
        conn = self._db.connection()
        members = points = 0
        with self._db.atomic():
            rows = conn.execute(
                "SELECT member_id, at, points FROM ledger WHERE member_id IN "
                "(SELECT DISTINCT member_id FROM ledger WHERE points > 0 AND at <= ?) "
                "ORDER BY member_id, at, id",
                (cutoff,),
            ).fetchall()
            for member_id, member_rows in _group(rows):
                old = sum(left for lot_at, left in remaining_lots(member_rows) if lot_at <= cutoff)
                if old:
                    self.append(
                        member_id, "expire", -old, "expiry", at=at,
                        reason=f"points from before {cutoff[:10]} expired", by=by,
                    )
                    members += 1
                    points += old
        return ExpiryReport(members, points)

    def check(self) -> list[str]:
        """Problems with the ledger: any member whose running balance ever went below zero."""
        problems = []
        rows = self._db.connection().execute(
            "SELECT member_id, at, points FROM ledger ORDER BY member_id, id"
        ).fetchall()
        for member_id, member_rows in _group(rows):
            running = 0
            for _, pts in member_rows:
                running += pts
                if running < 0:
                    problems.append(f"member {member_id}: points balance went below zero")
                    break
        return problems


def _group(rows: list[tuple]) -> Iterable[tuple[int, list[tuple[str, int]]]]:
    current, bucket = None, []
    for member_id, at, pts in rows:
        if member_id != current and bucket:
            yield current, bucket
            bucket = []
        current = member_id
        bucket.append((at, pts))
    if bucket:
        yield current, bucket
