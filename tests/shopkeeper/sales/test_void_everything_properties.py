"""Property test: after any counter day, voiding every purchase leaves only the bonuses and adjustments."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from shopkeeper.loyalty import stamps
from shopkeeper.sales.queries import purchase_points
from tests.shopkeeper.loyalty.loyalty_steps import Day, programmes, steps


def _void_order(day: Day) -> list[int]:
    """Purchases that gave points back first (voiding them only adds), then the rest newest first."""
    conn = day.shop.db.connection()
    live = [pid for pid in day.purchase_ids if day.shop.purchases.get(pid).voided_at is None]
    giving_back = [pid for pid in live if purchase_points(conn, pid) <= 0]
    return giving_back + [pid for pid in reversed(live) if pid not in giving_back]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programmes, steps(negative_adjustments=False, expiry=False, write_off=False))
def test_voiding_everything_returns_to_zero_spend_and_bonus_only_points(settings_, day_steps):
    with tempfile.TemporaryDirectory() as folder:
        day = Day(Path(folder), settings_)
        try:
            for step in day_steps:
                day.apply(step)
            for purchase_id in _void_order(day):
                result = day.shop.purchases.void(purchase_id, "everything back")
                assert result.written_off == 0
                day.touched = {day.shop.purchases.get(purchase_id).member_id} - {None}
                day.check()
            conn = day.shop.db.connection()
            assert (
                conn.execute("SELECT COUNT(*) FROM purchase WHERE voided_at IS NULL").fetchone()[0]
                == 0
            )
            assert (
                conn.execute(
                    "SELECT COUNT(*) FROM purchase WHERE coupon_id IS NOT NULL AND voided_at IS NULL"
                ).fetchone()[0]
                == 0
            )
            for member in day.members:
                kept = sum(
                    e.points
                    for e in day.shop.ledger.entries(member)
                    if e.kind in ("bonus", "adjust")
                )
                assert day.shop.ledger.balance(member) == kept
                tier = day.shop.loyalty.tier(member)
                assert (tier.name, tier.spend_12m) == ("Member", 0)
                cached = conn.execute(
                    "SELECT tier, spend_12m FROM member_tier WHERE member_id=?", (member,)
                ).fetchone()
                assert cached in (None, ("Member", 0))
                assert set(stamps.stamp_counts(conn, member).values()) <= {0}
                assert stamps.waiting_rewards(conn, member) == []
        finally:
            day.close()
