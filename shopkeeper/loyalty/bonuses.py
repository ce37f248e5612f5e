"""Bonus points the programme gives: welcome, birthday (once a year), referral (both sides, once)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from shopkeeper.club.dates import PartialDate
from shopkeeper.loyalty.ledger import Ledger
from shopkeeper.loyalty.programmes import ProgrammeStore

BIRTHDAY_NOTICE = timedelta(days=30)  # a birthday entered or changed closer to the day than this waits a year
BIRTHDAY_GRACE_DAYS = 7  # a birthday run may be late by this much (the shop was closed)


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

        Safe to run every day: a member already paid this year is skipped, and a birthday entered
        or changed less than 30 days before the day does not pay that year.
        """
        points = self._programmes.at(datetime.combine(today, datetime.min.time())).birthday_bonus
        if not points:
            return []
        paid = []
        with self._db.atomic():
            for member_id, day, month, year, set_on in self._candidates(today):
                occurrence = PartialDate(month, day, year).in_year(today.year)
                if occurrence > today:
                    occurrence = PartialDate(month, day, year).in_year(today.year - 1)
                if (today - occurrence).days > BIRTHDAY_GRACE_DAYS:
                    continue
                if set_on and date.fromisoformat(set_on) > occurrence - BIRTHDAY_NOTICE:
                    continue
                # Once a year: no birthday bonus in the year before this birthday (a birthday moved
                # later in the year does not pay twice; last year's, paid up to a week late, is older).
                year_before = occurrence - timedelta(days=365 - BIRTHDAY_GRACE_DAYS - 1)
                if self._has(member_id, "birthday", since=year_before.isoformat()):
                    continue
                self._ledger.append(
                    member_id, "bonus", points, "birthday",
                    at=datetime.combine(today, datetime.min.time()).replace(hour=8),
                    reason=f"happy birthday {occurrence:%d/%m/%Y}", by=by,
                )
                paid.append(BirthdayPayment(member_id, points, occurrence))
        return paid

    def _candidates(self, today: date):
        days = [today - timedelta(days=n) for n in range(BIRTHDAY_GRACE_DAYS + 1)]
        pairs = {(d.month, d.day) for d in days}
        if any(d.month == 2 and d.day == 28 for d in days):
            pairs.add((2, 29))  # celebrated on the 28th in common years
        clause = " OR ".join("(birth_month=? AND birth_day=?)" for _ in pairs)
        params = [v for pair in sorted(pairs) for v in pair]
        return self._db.connection().execute(
            f"SELECT id, birth_day, birth_month, birth_year, birthday_set_on FROM member WHERE {clause}", params
        ).fetchall()
