"""Helpers for loyalty and purchase tests: a shop on a clock the test moves, members, purchases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from shopkeeper.club.records import MemberDraft
from shopkeeper.loyalty.programme import Programme
from shopkeeper.loyalty.tiers import TierStatus
from shopkeeper.sales.records import LineDraft, PurchaseDraft, Receipt
from shopkeeper.shop import Shop

START = datetime(2026, 11, 26, 10, 30)


class Clock:
    """A clock the test moves by hand: `now` is read by the shop on every call."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def today(self) -> date:
        return self.now.date()

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now

    def set(self, moment: datetime) -> datetime:
        self.now = moment
        return moment


def open_shop(folder: Path, clock: Clock) -> Shop:
    """A real shop in `folder` whose today/now follow `clock`."""
    return Shop(folder, today=clock.today, now=clock)


def add_member(shop: Shop, first: str = "דנה", phone: str = "052-345-6789", **fields) -> int:
    """Add a member through the club service; returns the id."""
    return shop.members.add(MemberDraft(first_name=first, phone=phone, **fields)).member.id


def phone_for(n: int) -> str:
    """A distinct valid mobile number for the n-th test member."""
    return f"052-400-{n:04d}"


def set_programme(shop: Shop, **changes) -> Programme:
    """Save the current programme with `changes` (plain field values) as the version valid from now."""
    return shop.programme.save(replace(shop.programme.current(), **changes))


def plain_programme(shop: Shop, **changes) -> Programme:
    """1 point per ₪, no bonuses, one tier, no expiry, nothing excluded: each test adds what it checks."""
    base = dict(
        points_per_shekel=1,
        rounding="down",
        min_purchase=0,
        excluded_categories=(),
        point_value=10,
        min_redeem=1,
        welcome_bonus=0,
        birthday_bonus=0,
        referral_bonus=0,
        expiry_months=0,
        tiers=(Programme().tiers[0],),
        stamp_cards=(),
        rewards=(),
    )
    base.update(changes)
    return set_programme(shop, **base)


def buy(
    shop: Shop,
    member_id: int | None,
    amount: int | None = None,
    *lines: LineDraft,
    by: str = "test",
    **fields,
) -> Receipt:
    """Record a purchase of `amount` agorot (or of its lines)."""
    return shop.purchases.record(
        PurchaseDraft(member_id, amount, lines=tuple(lines), **fields), by=by
    )


def line(name: str, category: str = "", qty: int = 1, price: int = 0) -> LineDraft:
    return LineDraft(name, category, qty, price)


def ledger_rows(shop: Shop, member_id: int) -> list[tuple]:
    """(kind, points, source, purchase_id, reason, by) of the member's rows, oldest first."""
    return (
        shop.db.connection()
        .execute(
            "SELECT kind, points, source, purchase_id, reason, by FROM ledger WHERE member_id=? ORDER BY id",
            (member_id,),
        )
        .fetchall()
    )


def ledger_sum(shop: Shop, member_id: int) -> int:
    return sum(row[1] for row in ledger_rows(shop, member_id))


def table_counts(shop: Shop) -> dict[str, int]:
    """Rows per table that purchases and points write to (to prove a refusal wrote nothing)."""
    conn = shop.db.connection()
    return {
        t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in (
            "purchase",
            "purchase_line",
            "ledger",
            "stamp",
            "earned_reward",
            "member_tier",
            "coupon",
        )
    } | {
        "used": conn.execute(
            "SELECT COUNT(*) FROM earned_reward WHERE used_at IS NOT NULL"
        ).fetchone()[0],
        "returned": conn.execute("SELECT COALESCE(SUM(returned), 0) FROM purchase").fetchone()[0],
        "voided": conn.execute(
            "SELECT COUNT(*) FROM purchase WHERE voided_at IS NOT NULL"
        ).fetchone()[0],
    }


def cached_tier(shop: Shop, member_id: int) -> tuple[str, int] | None:
    """The member_tier cache row (tier, spend) or None."""
    row = (
        shop.db.connection()
        .execute("SELECT tier, spend_12m FROM member_tier WHERE member_id=?", (member_id,))
        .fetchone()
    )
    return tuple(row) if row else None


def fresh_tier(shop: Shop, member_id: int) -> TierStatus:
    """The tier worked out now from the purchases, ignoring any cache."""
    return shop.loyalty.tier(member_id)
