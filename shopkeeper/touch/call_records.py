"""What the call lists hold: lapsed members, purchases to follow up, call-backs due, calls made."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

REASONS = ("winback", "followup", "callback", "other")
RESULTS = ("reached", "no-answer", "call-back", "complaint", "not-interested")


@dataclass(frozen=True)
class WinbackEntry:
    """A member who has not bought for a while, with what they were worth in the last 12 months."""

    member_id: int
    number: int
    name: str
    phone: str  # E.164
    last_purchase_on: date | None  # None: never bought
    days_since: int | None
    spend_12m: int  # agorot, voided purchases and returns left out
    visits_12m: int
    last_called_at: str | None  # ISO time of the latest call (older than the win-back days)

    def to_json(self) -> dict:
        """The entry as the CLI prints it (money in agorot)."""
        return {
            "member_id": self.member_id,
            "number": self.number,
            "name": self.name,
            "phone": self.phone,
            "last_purchase_on": _iso(self.last_purchase_on),
            "days_since": self.days_since,
            "spend_12m": self.spend_12m,
            "visits_12m": self.visits_12m,
            "last_called_at": self.last_called_at,
        }


@dataclass(frozen=True)
class FollowUpEntry:
    """A purchase to ask about ("was everything OK?"): shipped, or at least the set amount."""

    member_id: int
    number: int
    name: str
    phone: str
    purchase_id: int
    purchase_at: datetime
    total: int  # agorot: the purchase's amount
    reason: str  # shipped | amount

    def to_json(self) -> dict:
        return {
            "member_id": self.member_id,
            "number": self.number,
            "name": self.name,
            "phone": self.phone,
            "purchase_id": self.purchase_id,
            "purchase_at": self.purchase_at.isoformat(timespec="seconds"),
            "total": self.total,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class CallBackEntry:
    """A member who asked to be called back on a day that has come."""

    member_id: int
    number: int
    name: str
    phone: str
    call_back_on: date
    note: str  # the note of the call that asked for it
    call_id: int
    address_form: str = ""  # the member's form of address (m, f or ''), for gendered wording

    def to_json(self) -> dict:
        return {
            "member_id": self.member_id,
            "number": self.number,
            "name": self.name,
            "phone": self.phone,
            "call_back_on": self.call_back_on.isoformat(),
            "note": self.note,
            "call_id": self.call_id,
        }


@dataclass(frozen=True)
class CallRecord:
    """One call made, as the call log keeps it."""

    id: int
    member_id: int
    reason: str
    purchase_id: int | None
    result: str
    call_back_on: date | None
    note: str
    by: str
    at: datetime

    @classmethod
    def from_row(cls, row) -> CallRecord:
        """From (id, member_id, reason, purchase_id, result, call_back_on, note, by, at)."""
        return cls(
            id=row[0],
            member_id=row[1],
            reason=row[2],
            purchase_id=row[3],
            result=row[4],
            call_back_on=date.fromisoformat(row[5]) if row[5] else None,
            note=row[6],
            by=row[7],
            at=datetime.fromisoformat(row[8]),
        )

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "member_id": self.member_id,
            "reason": self.reason,
            "purchase_id": self.purchase_id,
            "result": self.result,
            "call_back_on": _iso(self.call_back_on),
            "note": self.note,
            "by": self.by,
            "at": self.at.isoformat(timespec="seconds"),
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
