"""The morning list: whom to greet, which orders wait, whom to call, which complaints need a word."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from shopkeeper.touch.birthdays import BirthdayEntry, birthdays_in

WEEK_AHEAD = 6  # "this week" is the six days after today
WINBACK_ON_TODAY = 10  # the best-value lapsed members shown; the calls page has the whole list


@dataclass(frozen=True)
class TodayReport:
    """Everything the today page shows, as of one day. Greeted birthdays are already left out."""

    on: date
    birthdays_today: list[BirthdayEntry]
    birthdays_week: list[BirthdayEntry]
    greeted: set[tuple[int, str, str, date]]
    pickups_ready: list
    pickups_overdue: list
    call_backs: list
    followups: list
    winback: list
    complaints_due: list

    def to_json(self) -> dict:
        """The report as `shopkeeper-cli today --json` prints it."""
        return {
            "on": self.on.isoformat(),
            "birthdays_today": [e.to_json() for e in self.birthdays_today],
            "birthdays_week": [e.to_json() for e in self.birthdays_week],
            "pickups_ready": [_pickup_json(o) for o in self.pickups_ready],
            "pickups_overdue": [_pickup_json(o) for o in self.pickups_overdue],
            "call_backs": [e.to_json() for e in self.call_backs],
            "followups": [e.to_json() for e in self.followups],
            "winback": [e.to_json() for e in self.winback],
            "complaints_due": [c.to_json() for c in self.complaints_due],
        }


def greeting_key(entry: BirthdayEntry) -> tuple[int, str, str, date]:
    """How a greeting mark names a birthday: member, kind, child's or pet's name ('' for the
    member), and the day celebrated."""
    return (entry.member_id, entry.kind, "" if entry.kind == "member" else entry.name, entry.date)


def today(shop, on: date) -> TodayReport:
    """The today page's lists as of `on`."""
    last = on + timedelta(days=WEEK_AHEAD)
    greeted = shop.greetings.greeted(on, last)
    birthdays = birthdays_in(shop.db.connection(), on, last)
    if greeted:
        birthdays = [e for e in birthdays if greeting_key(e) not in greeted]
    waiting = shop.pickups.waiting(on)
    return TodayReport(
        on=on,
        birthdays_today=[e for e in birthdays if e.date == on],
        birthdays_week=[e for e in birthdays if e.date != on],
        greeted=greeted,
        pickups_ready=[o for o in waiting if o.status == "ready" and not o.overdue],
        pickups_overdue=[o for o in waiting if o.overdue],
        call_backs=shop.calls.call_backs_due(on),
        followups=shop.calls.followups(on),
        winback=shop.calls.winback(on, limit=WINBACK_ON_TODAY),
        complaints_due=shop.complaints.follow_ups_due(on),
    )


def _pickup_json(order) -> dict:
    return {
        "id": order.id,
        "code": order.code,
        "status": order.status,
        "member_name": order.member.full_name if order.member else "",
        "member_phone": order.member.phone if order.member else "",
        "ready_by": order.ready_by.isoformat(),
        "shelf": order.shelf,
        "overdue": order.overdue,
    }
