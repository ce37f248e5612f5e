"""What the complaint service hands out, and the fixed vocabulary of a complaint."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from shopkeeper.club.phones import format_phone
from shopkeeper.club.records import full_name

REMEDIES = ("refund", "credit", "compensation", "replacement", "apology")
STATUSES = ("open", "in-progress", "resolved", "closed")
CHANNELS = ("in-person", "phone", "whatsapp", "sms", "email", "other")
WAITING = ("open", "in-progress")  # still being handled: follow-ups are due only for these
EVENT_KINDS = (
    "opened",
    "status",
    "informed",
    "remedy",
    "owner",
    "follow-up",
    "goodwill",
    "note",
)


def resolution_days(opened_at: datetime, resolved_at: datetime | None) -> float | None:
    """Days from opening to resolving, to one decimal; None while unresolved."""
    if resolved_at is None:
        return None
    return round((resolved_at - opened_at).total_seconds() / 86_400, 1)


@dataclass(frozen=True)
class ComplaintEvent:
    """One line of a complaint's log: what changed or what the customer was told."""

    kind: str
    text: str
    by: str
    at: datetime

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "text": self.text,
            "by": self.by,
            "at": self.at.isoformat(timespec="seconds"),
        }


@dataclass(frozen=True)
class ComplaintRecord:
    """A complaint with its member, its state and its whole log, oldest event first."""

    id: int
    member_id: int | None
    member_name: str
    member_phone: str
    what: str
    happened_on: date
    channel: str
    remedy: str | None
    owner: str
    follow_up_on: date | None
    status: str
    goodwill_points: int
    opened_at: datetime
    resolved_at: datetime | None
    closed_at: datetime | None
    resolution_days: float | None
    events: tuple[ComplaintEvent, ...]
    feedback_id: int | None = None

    @property
    def member_phone_display(self) -> str:
        return format_phone(self.member_phone) if self.member_phone else ""

    def follow_up_overdue(self, on: date) -> bool:
        """A follow-up day before `on` while the complaint is still being handled."""
        return self.status in WAITING and self.follow_up_on is not None and self.follow_up_on < on

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "member_id": self.member_id,
            "member_phone": self.member_phone,
            "member_name": self.member_name,
            "what": self.what,
            "happened_on": self.happened_on.isoformat(),
            "channel": self.channel,
            "status": self.status,
            "remedy": self.remedy,
            "owner": self.owner,
            "follow_up_on": _day(self.follow_up_on),
            "opened_at": _iso_moment(self.opened_at),
            "resolved_at": _iso_moment(self.resolved_at),
            "closed_at": _iso_moment(self.closed_at),
            "resolution_days": self.resolution_days,
            "goodwill_points": self.goodwill_points,
            "feedback_id": self.feedback_id,
            "events": [event.to_json() for event in self.events],
        }


def complaint_from_row(row: Sequence, events: tuple[ComplaintEvent, ...]) -> ComplaintRecord:
    """A complaint from the service's SELECT row (see complaints._SELECT) and its events."""
    opened_at = datetime.fromisoformat(row[13])
    resolved_at = _parse_moment(row[14])
    return ComplaintRecord(
        id=row[0],
        member_id=row[1],
        member_name=full_name(row[2] or "", row[3] or ""),
        member_phone=row[4] or "",
        what=row[5],
        happened_on=date.fromisoformat(row[6]),
        channel=row[7],
        remedy=row[8],
        owner=row[9],
        follow_up_on=date.fromisoformat(row[10]) if row[10] else None,
        status=row[11],
        goodwill_points=row[12],
        opened_at=opened_at,
        resolved_at=resolved_at,
        closed_at=_parse_moment(row[15]),
        resolution_days=resolution_days(opened_at, resolved_at),
        events=events,
        feedback_id=row[16],
    )


def _parse_moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _iso_moment(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def open_first(records: Sequence[ComplaintRecord]) -> list[ComplaintRecord]:
    """Complaints still being handled first (earliest follow-up first), then the rest newest first."""
    waiting = [r for r in records if r.status in WAITING]
    waiting.sort(key=lambda r: (r.follow_up_on is None, r.follow_up_on or date.max, -r.id))
    done = sorted((r for r in records if r.status not in WAITING), key=lambda r: -r.id)
    return waiting + done
