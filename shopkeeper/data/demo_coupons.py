"""The demo shop's coupons: a batch of thank-you codes (some used), one bound to a member, one expired."""

from __future__ import annotations

from datetime import date, timedelta
from random import Random

from shopkeeper.data.demo_schedule import Timeline
from shopkeeper.loyalty.coupons import CODE_ALPHABET, CODE_LENGTH, Coupon

THANK_YOU_CODES = 12
THANK_YOU_USED = 7  # at most this many come back by today; the rest are still out there
THANK_YOU_BATCH = "thank-you notes"
_USE_CHANCE = 0.03  # of a purchase while an unused thank-you code is about


class DemoCoupons:
    """Creates the coupons and hands out thank-you codes to purchases, as the counter would accept
    them (`CouponService.check`: within the dates, not used up, the basket big enough)."""

    def __init__(self, rng: Random, today: date, timeline: Timeline) -> None:
        self.rng = rng
        self.today = today
        self.timeline = timeline
        self._codes: set[str] = set()
        self._unused: list[Coupon] = []  # thank-you codes that will come back, in that order
        self.first_day, self.last_day = 1, 0  # when thank-you codes may come back

    def create(self, conn, bound_member: int | None) -> list[tuple]:
        """Coupon rows (ids after the shop's last); remembers the thank-you codes for `take`."""
        next_id = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM coupon").fetchone()[0]
        self._codes.update(code for (code,) in conn.execute("SELECT code FROM coupon"))
        today = self.today
        sent = today - timedelta(days=75)
        until = today + timedelta(days=30)
        rows = []
        for _ in range(THANK_YOU_CODES):
            coupon = Coupon(next_id, self._code(), 10, None, 0, sent, until, 1, None, 0)
            rows.append(_row(coupon, THANK_YOU_BATCH, sent))
            if len(self._unused) < THANK_YOU_USED:
                self._unused.append(coupon)
            next_id += 1
        self.first_day = self.timeline.day_of(sent) + 1  # the notes went out that evening
        self.last_day = self.timeline.day_of(until)
        if bound_member is not None:
            given = today - timedelta(days=10)
            bound = Coupon(
                next_id,
                self._code(),
                None,
                30_00,
                150_00,
                given,
                today + timedelta(days=50),
                1,
                bound_member,
                0,
            )
            rows.append(_row(bound, "", given))
            next_id += 1
        old = today - timedelta(days=120)
        expired = Coupon(
            next_id, self._code(), None, 20_00, 100_00, old, today - timedelta(days=20), 1, None, 0
        )
        rows.append(_row(expired, "", old))
        return rows

    def take(self) -> Coupon | None:
        """Now and then, between `first_day` and `last_day`, a customer hands over a thank-you
        code that is still good (10% off any basket, one use each)."""
        if not self._unused or self.rng.random() >= _USE_CHANCE:
            return None
        return self._unused.pop(0)

    def _code(self) -> str:
        while True:
            code = "".join(self.rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            if code not in self._codes:
                self._codes.add(code)
                return code


def _row(coupon: Coupon, batch: str, created: date) -> tuple:
    return (
        coupon.id,
        coupon.code,
        coupon.percent,
        coupon.amount,
        coupon.min_basket,
        coupon.valid_from.isoformat() if coupon.valid_from else None,
        coupon.valid_until.isoformat() if coupon.valid_until else None,
        coupon.max_uses,
        coupon.member_id,
        batch,
        f"{created.isoformat()}T18:00:00",
    )
