"""Tiers by spend in the last 12 months: computed from purchases, cached per member for lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from shopkeeper.loyalty.programme import Programme

SPEND_WINDOW = timedelta(days=365)


@dataclass(frozen=True)
class TierStatus:
    name: str
    multiplier: Decimal
    perk: str
    spend_12m: int  # agorot
    next_name: str | None
    to_next: int | None  # agorot still to spend to reach the next tier
    threshold: int = 0  # agorot where the current tier starts

    @property
    def progress(self) -> float | None:
        """How far from this tier's start to the next tier (0–1); None at the top tier."""
        if self.to_next is None:
            return None
        goal = self.spend_12m + self.to_next
        return (self.spend_12m - self.threshold) / max(goal - self.threshold, 1)

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "multiplier": float(self.multiplier),
            "perk": self.perk,
            "spend_12m": round(self.spend_12m / 100, 2),
            "next": self.next_name,
            "to_next": None if self.to_next is None else round(self.to_next / 100, 2),
        }


def spend_12m(conn, member_id: int, on: datetime) -> int:
    """Agorot spent in the 12 months up to `on`: not voided, less what was returned."""
    row = conn.execute(
        "SELECT COALESCE(SUM(amount - returned), 0) FROM purchase "
        "WHERE member_id=? AND voided_at IS NULL AND at > ? AND at <= ?",
        (member_id, (on - SPEND_WINDOW).isoformat(timespec="seconds"), on.isoformat(timespec="seconds")),
    ).fetchone()
    return row[0]


def tier_status(programme: Programme, spend: int) -> TierStatus:
    tier = programme.tier_for(spend)
    following = programme.next_tier(spend)
    return TierStatus(
        tier.name,
        tier.multiplier,
        tier.perk,
        spend,
        following.name if following else None,
        following.threshold - spend if following else None,
        tier.threshold,
    )


def recompute_tier(conn, member_id: int, programme: Programme, on: datetime) -> TierStatus:
    """Work out the member's tier now and keep it in `member_tier` (for lists and reports)."""
    status = tier_status(programme, spend_12m(conn, member_id, on))
    conn.execute(
        "INSERT INTO member_tier (member_id, tier, spend_12m, computed_at) VALUES (?,?,?,?) "
        "ON CONFLICT(member_id) DO UPDATE SET tier=excluded.tier, spend_12m=excluded.spend_12m, "
        "computed_at=excluded.computed_at",
        (member_id, status.name, status.spend_12m, on.isoformat(timespec="seconds")),
    )
    return status


def refresh_all_tiers(db, programme: Programme, today: date) -> int:
    """Recompute every cached tier (spend ages out of the 12 months); returns how many changed."""
    on = datetime.combine(today, datetime.max.time()).replace(microsecond=0)
    conn = db.connection()
    changed = 0
    with db.atomic():
        for (member_id,) in conn.execute("SELECT member_id FROM member_tier").fetchall():
            before = conn.execute("SELECT tier FROM member_tier WHERE member_id=?", (member_id,)).fetchone()[0]
            if recompute_tier(conn, member_id, programme, on).name != before:
                changed += 1
    return changed
