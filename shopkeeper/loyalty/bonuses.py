"""Bonus points the programme gives: welcome, birthday (once a year), referral (both sides, once)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from shopkeeper.loyalty.ledger import Ledger
from shopkeeper.loyalty.programmes import ProgrammeStore
from shopkeeper.touch.birthdays import birthdays_in

BIRTHDAY_NOTICE = timedelta(days=30)  # a birthday entered or changed closer to the day than this waits a year
BIRTHDAY_GRACE_DAYS = 7  # a birthday run may be late by this much (the shop was closed)
# No second bonus within this long before a birthday. Consecutive Hebrew birthdays can be as close
# as 353 days (and last year's may have been paid a week late), Gregorian ones 365; a birthday
# moved later within the same year is caught unless it moved by more than this.
ONCE_A_YEAR = timedelta(days=330)


@dataclass(frozen=True)
class BirthdayPayment:
    member_id: int
    points: int
    birthday: date


class Bonuses:
    def __init__(self, db, programmes: ProgrammeStore, ledger: Ledger, now: Callable[[], datetime]) -> None:
        self._db = db
        self._programmes = programmes
        self._ledger = ledger
        self._now = now

    def _has(self, member_id: int, source: str, since: str = "") -> bool:
        return bool(self._db.connection().execute(
            "SELECT 1 FROM ledger WHERE member_id=? AND source=? AND at >= ? LIMIT 1", (member_id, source, since)
        ).fetchone())

    def welcome(self, member_id: int, by: str = "") -> int:
        """The welcome bonus, once per member; returns the points given (0 if none or already)."""
        points = self._programmes.current().welcome_bonus
        with self._db.atomic():
            if not points or self._has(member_id, "welcome"):
                return 0
            self._ledger.append(member_id, "bonus", points, "welcome", reason="welcome to the club", by=by)
        return points

    def referral_on_first_purchase(self, member_id: int, purchase_id: int, at: datetime, by: str = "") -> list[str]:
        """On a referred member's first purchase, the bonus to both; inside the caller's transaction."""
        conn = self._db.connection()
        row = conn.execute(
            "SELECT m.referred_by_id, r.number, m.number FROM member m JOIN member r ON r.id = m.referred_by_id "
            "WHERE m.id=?",
            (member_id,),
        ).fetchone()
        points = self._programmes.at(at).referral_bonus
        if row is None or not points or self._was_paid_as_referred(member_id):
            return []
        earlier = conn.execute(
            "SELECT 1 FROM purchase WHERE member_id=? AND id<>? AND voided_at IS NULL LIMIT 1", (member_id, purchase_id)
        ).fetchone()
        if earlier:
            return []
        referrer, referrer_number, number = row
        self._ledger.append(member_id, "bonus", points, "referral", at=at, purchase_id=purchase_id,
                            reason=f"referred by member {referrer_number}", by=by)
        self._ledger.append(referrer, "bonus", points, "referral", at=at, purchase_id=purchase_id,
                            reason=f"brought member {number}", by=by)
        return [f"referral +{points}"]

    def _was_paid_as_referred(self, member_id: int) -> bool:
        """Whether the member already had the bonus for having been referred.

        The referrer's own row has source 'referral' too, but it hangs on someone else's purchase:
        bringing a friend must not cancel the bonus for being brought."""
        return bool(self._db.connection().execute(
            "SELECT 1 FROM ledger l JOIN purchase p ON p.id = l.purchase_id "
            "WHERE l.member_id=? AND l.source='referral' AND p.member_id=l.member_id LIMIT 1",
            (member_id,),
        ).fetchone())

    def pay_birthdays(self, today: date, by: str = "birthday") -> list[BirthdayPayment]:
        """The birthday bonus for every member whose birthday was in the last week, once a year.

        The birthday is the one the birthdays list shows: the Hebrew date for members who chose
        it. Safe to run every day: a member already paid for this birthday is skipped, and a
        birthday entered or changed less than 30 days before the day does not pay that year.
        """
        points = self._programmes.at(datetime.combine(today, datetime.min.time())).birthday_bonus
        if not points:
            return []
        paid = []
        conn = self._db.connection()
        with self._db.atomic():
            recent = birthdays_in(
                conn, today - timedelta(days=BIRTHDAY_GRACE_DAYS), today, kinds=("member",)
            )
            set_on = self._set_on({entry.member_id for entry in recent})
            for entry in recent:
                occurrence = entry.date
                changed = set_on.get(entry.member_id)
                if changed and date.fromisoformat(changed) > occurrence - BIRTHDAY_NOTICE:
                    continue
                if self._has(entry.member_id, "birthday", since=(occurrence - ONCE_A_YEAR).isoformat()):
                    continue
                self._ledger.append(
                    entry.member_id, "bonus", points, "birthday",
                    at=datetime.combine(today, datetime.min.time()).replace(hour=8),
                    reason=f"happy birthday {occurrence:%d/%m/%Y}", by=by,
                )
                paid.append(BirthdayPayment(entry.member_id, points, occurrence))
        return paid

    def _set_on(self, member_ids: set[int]) -> dict[int, str | None]:
        if not member_ids:
            return {}
        marks = ",".join("?" * len(member_ids))
        return dict(self._db.connection().execute(
            f"SELECT id, birthday_set_on FROM member WHERE id IN ({marks})", sorted(member_ids)
        ).fetchall())
