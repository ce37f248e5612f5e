"""What the customer card shows about loyalty, in one read."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from shopkeeper.loyalty import stamps
from shopkeeper.loyalty.coupons import Coupon, CouponService
from shopkeeper.loyalty.earning import redemption_value
from shopkeeper.loyalty.ledger import Ledger
from shopkeeper.loyalty.programme import RewardItem
from shopkeeper.loyalty.programmes import ProgrammeStore
from shopkeeper.loyalty.tiers import TierStatus, spend_12m, tier_status
from shopkeeper.sales.queries import load_purchase
from shopkeeper.sales.records import PurchaseRecord

_CHUNK = 500  # ids per IN (...) list, well under SQLite's parameter limit


@dataclass(frozen=True)
class MemberLoyalty:
    balance: int
    balance_value: int  # agorot the balance is worth
    tier: TierStatus
    stamp_cards: tuple[stamps.StampCardStatus, ...]
    waiting_rewards: tuple[stamps.EarnedReward, ...]
    affordable_rewards: tuple[RewardItem, ...]  # catalogue rewards the balance covers now
    coupons: tuple[Coupon, ...]
    last_purchases: tuple[PurchaseRecord, ...]

    def to_json(self) -> dict:
        return {
            "balance": self.balance,
            "balance_value": self.balance_value / 100,
            "tier": self.tier.name,
            "tier_detail": self.tier.to_json(),
            "stamp_cards": [c.to_json() for c in self.stamp_cards],
            "rewards_waiting": [r.to_json() for r in self.waiting_rewards],
            "rewards_affordable": [{"name": r.name, "points": r.points, "amount": r.amount / 100}
                                   for r in self.affordable_rewards],
            "coupons": [c.to_json() for c in self.coupons],
        }


class LoyaltyStatus:
    def __init__(self, db, programmes: ProgrammeStore, ledger: Ledger, coupons: CouponService,
                 now: Callable[[], datetime]) -> None:
        self._db = db
        self._programmes = programmes
        self._ledger = ledger
        self._coupons = coupons
        self._now = now

    def tier(self, member_id: int) -> TierStatus:
        now = self._now().replace(microsecond=0)
        return tier_status(self._programmes.at(now), spend_12m(self._db.connection(), member_id, now))

    def for_member(self, member_id: int, purchases: int = 5) -> MemberLoyalty:
        now = self._now().replace(microsecond=0)
        conn = self._db.connection()
        programme = self._programmes.at(now)
        balance = self._ledger.balance(member_id)
        recent = [r[0] for r in conn.execute(
            "SELECT id FROM purchase WHERE member_id=? ORDER BY at DESC, id DESC LIMIT ?", (member_id, purchases)
        )]
        return MemberLoyalty(
            balance=balance,
            balance_value=redemption_value(programme, balance),
            tier=tier_status(programme, spend_12m(conn, member_id, now)),
            stamp_cards=tuple(stamps.card_statuses(conn, member_id, programme)),
            waiting_rewards=tuple(stamps.waiting_rewards(conn, member_id)),
            affordable_rewards=tuple(r for r in programme.rewards if r.points <= balance),
            coupons=tuple(self._coupons.valid_for(member_id, now.date())),
            last_purchases=tuple(load_purchase(conn, i) for i in recent),
        )

    def balances_and_tiers(self, member_ids: Iterable[int]) -> dict[int, tuple[int, str]]:
        """Balance and cached tier of each member in `member_ids`, in two indexed reads (for lists).

        A member with no cached tier yet (no purchase) is in the programme's lowest tier.
        """
        ids = list(dict.fromkeys(member_ids))
        if not ids:
            return {}
        conn = self._db.connection()
        lowest = self._programmes.at(self._now()).tier_for(0).name
        result = {member_id: (0, lowest) for member_id in ids}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for member_id, points in conn.execute(
                f"SELECT member_id, SUM(points) FROM ledger WHERE member_id IN ({marks}) GROUP BY member_id",
                chunk,
            ):
                result[member_id] = (points, result[member_id][1])
            for member_id, tier in conn.execute(
                f"SELECT member_id, tier FROM member_tier WHERE member_id IN ({marks})", chunk
            ):
                result[member_id] = (result[member_id][0], tier)
        return result
