"""Coupons: codes for % or ₪ off, with a minimum basket, dates, a number of uses, maybe one member."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from shopkeeper.club.text import clean_text
from shopkeeper.errors import CouponRefused, InvalidValue, UnknownCoupon
from shopkeeper.money import format_money

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed by hand
CODE_LENGTH = 8


@dataclass(frozen=True)
class Coupon:
    id: int
    code: str
    percent: int | None
    amount: int | None  # agorot
    min_basket: int
    valid_from: date | None
    valid_until: date | None
    max_uses: int
    member_id: int | None
    uses: int

    def state(self, on: date) -> str:
        """used, expired, not-yet or available on `on`."""
        return coupon_state(self.valid_from, self.valid_until, self.uses, self.max_uses, on)

    def describe(self) -> str:
        return f"{self.percent}%" if self.percent is not None else format_money(self.amount or 0)

    def discount_on(self, basket: int) -> int:
        """Agorot off a basket of `basket` agorot (never more than the basket)."""
        if self.percent is not None:
            return min(basket, basket * self.percent // 100)
        return min(basket, self.amount or 0)

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "percent": self.percent,
            "amount": None if self.amount is None else self.amount / 100,
            "min_basket": self.min_basket / 100,
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "max_uses": self.max_uses,
            "uses": self.uses,
            "member_id": self.member_id,
        }


def coupon_state(
    valid_from: date | None, valid_until: date | None, uses: int, max_uses: int, on: date
) -> str:
    """used, expired, not-yet or available: the one validity rule of a coupon on a day."""
    if uses >= max_uses:
        return "used"
    if valid_until is not None and on > valid_until:
        return "expired"
    if valid_from is not None and on < valid_from:
        return "not-yet"
    return "available"


def normalise_code(text: str) -> str:
    """What the counter typed or scanned, as stored: upper case, no spaces or dashes."""
    return "".join(ch for ch in clean_text(text).upper() if ch.isalnum())


_SELECT = (
    "SELECT c.id, c.code, c.percent, c.amount, c.min_basket, c.valid_from, c.valid_until, c.max_uses, "
    "c.member_id, (SELECT COUNT(*) FROM purchase p WHERE p.coupon_id = c.id AND p.voided_at IS NULL) "
    "FROM coupon c"
)


def _coupon(row) -> Coupon:
    return Coupon(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        date.fromisoformat(row[5]) if row[5] else None,
        date.fromisoformat(row[6]) if row[6] else None,
        row[7],
        row[8],
        row[9],
    )


class CouponService:
    def __init__(self, db, now: Callable[[], datetime]) -> None:
        self._db = db
        self._now = now

    def create(
        self,
        *,
        percent: int | None = None,
        amount: int | None = None,
        uses: int = 1,
        valid_from: date | None = None,
        until: date | None = None,
        min_basket: int = 0,
        member_id: int | None = None,
        count: int = 1,
        batch: str = "",
    ) -> list[str]:
        """Generate `count` fresh codes with the same terms; returns the codes."""
        if (percent is None) == (amount is None):
            raise InvalidValue(field="coupon", text="give either a percent or an amount")
        if percent is not None and not 1 <= percent <= 100:
            raise InvalidValue(field="percent", text=str(percent))
        if amount is not None and amount <= 0:
            raise InvalidValue(field="amount", text=format_money(amount))
        if uses < 1 or count < 1 or count > 10_000:
            raise InvalidValue(field="uses/count", text=f"{uses}/{count}")
        if valid_from and until and until < valid_from:
            raise InvalidValue(field="valid until", text=until.isoformat())
        conn = self._db.connection()
        codes: list[str] = []
        created = self._now().isoformat(timespec="seconds")
        with self._db.atomic():
            while len(codes) < count:
                code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
                if conn.execute("SELECT 1 FROM coupon WHERE code=?", (code,)).fetchone():
                    continue
                conn.execute(
                    "INSERT INTO coupon (code, percent, amount, min_basket, valid_from, valid_until, "
                    "max_uses, member_id, batch, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (
                        code,
                        percent,
                        amount,
                        min_basket,
                        valid_from.isoformat() if valid_from else None,
                        until.isoformat() if until else None,
                        uses,
                        member_id,
                        clean_text(batch),
                        created,
                    ),
                )
                codes.append(code)
        return codes

    def get(self, code: str) -> Coupon:
        row = (
            self._db.connection()
            .execute(f"{_SELECT} WHERE c.code=?", (normalise_code(code),))
            .fetchone()
        )
        if row is None:
            raise UnknownCoupon(code=clean_text(code))
        return _coupon(row)

    def check(self, code: str, member_id: int | None, basket: int, on: date) -> Coupon:
        """The coupon if it can be used now on this basket; CouponRefused with the reason if not."""
        coupon = self.get(code)
        refuse = None
        if coupon.uses >= coupon.max_uses:
            refuse = (
                "used",
                "already used" if coupon.max_uses == 1 else f"used {coupon.uses} times already",
            )
        elif coupon.valid_until and on > coupon.valid_until:
            refuse = "expired", f"expired on {coupon.valid_until:%d/%m/%Y}"
        elif coupon.valid_from and on < coupon.valid_from:
            refuse = "not_yet", f"valid only from {coupon.valid_from:%d/%m/%Y}"
        elif coupon.member_id is not None and member_id is None:
            refuse = "no_member", "it is for a member; find the member first"
        elif coupon.member_id is not None and coupon.member_id != member_id:
            refuse = "other_member", "it belongs to another member"
        elif basket < coupon.min_basket:
            refuse = "basket", f"the basket must reach {format_money(coupon.min_basket)}"
        if refuse:
            raise CouponRefused(code=coupon.code, why=refuse[0], detail=refuse[1])
        return coupon

    def valid_for(self, member_id: int, on: date) -> list[Coupon]:
        """Coupons bound to this member that can still be used on `on`."""
        rows = self._db.connection().execute(
            f"{_SELECT} WHERE c.member_id=? ORDER BY c.id", (member_id,)
        )
        return [c for c in map(_coupon, rows) if c.state(on) == "available"]

    def unused_for(
        self,
        member_id: int,
        batch: str,
        on: date,
        *,
        percent: int | None = None,
        amount: int | None = None,
    ) -> Coupon | None:
        """The member's newest coupon of `batch` with these terms that is still unused and valid
        on `on` (a note printed again carries the coupon it already made), or None."""
        rows = self._db.connection().execute(
            f"{_SELECT} WHERE c.member_id=? AND c.batch=? AND c.percent IS ? AND c.amount IS ? "
            "ORDER BY c.id DESC",
            (member_id, clean_text(batch), percent, amount),
        )
        return next((c for c in map(_coupon, rows) if c.state(on) == "available"), None)
