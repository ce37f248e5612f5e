"""Each demo member's accounts while the history plays: balance, ledger, spend, stamps, rewards.

Kept the way the services keep them, so that what is written is what they would have written: the
ledger rows in order (and, for members whose points may expire, their amounts for `remaining_lots`),
the 12-month spend of `spend_12m`, stamp cards as `stamps.add_stamps` fills them, and today's expiry
run and tier refresh at the end.
"""

from __future__ import annotations

from collections.abc import Sequence

from shopkeeper.data.demo_rules import Rules, RulesInForce
from shopkeeper.data.demo_schedule import DAY, Timeline
from shopkeeper.data.demo_writer import SalesWriter
from shopkeeper.loyalty.ledger import months_before, remaining_lots
from shopkeeper.loyalty.tiers import SPEND_WINDOW, tier_status

WINDOW = int(SPEND_WINDOW.total_seconds())


class Books:
    """The accounts of members by index (0 … len(member_ids) - 1)."""

    def __init__(
        self, member_ids: Sequence[int], timeline: Timeline, rules: RulesInForce, out: SalesWriter
    ) -> None:
        self.ids = member_ids
        self.timeline = timeline
        self.rules = rules
        self.out = out
        count = len(member_ids)
        self.balance = [0] * count
        # (moment, points) of each ledger row of the members whose points may expire today: those
        # with a row before the expiry cutoff (False for the others, None before their first row).
        self.rows: list[list | bool | None] = [None] * count
        self.cutoff = self._expiry_cutoff()
        self.spend: list[list | None] = [None] * count  # (moment, amount) of each purchase kept
        self.spend_from = [0] * count  # the first of them still inside the 12 months
        self.spend_sum = [0] * count  # of those inside
        self.stamps: list[dict | None] = [None] * count  # card name → stamps on it
        self.waiting: list[list | None] = [None] * count  # stamp-card rewards not used yet

    def ledger(
        self,
        m: int,
        moment: int,
        at: str,
        kind: str,
        points: int,
        source: str,
        purchase_id: int | None = None,
        reason: str = "",
        by: str = "",
    ) -> None:
        """A ledger row, as `Ledger.append` writes it."""
        self.out.ledger.append((self.ids[m], at, kind, points, source, purchase_id, reason, by))
        self.balance[m] += points
        rows = self.rows[m]
        if rows:
            rows.append((moment, points))
        elif rows is None:  # the first row: a gain (a balance never starts below zero)
            early = self.cutoff and moment <= self.cutoff[0]
            self.rows[m] = [(moment, points)] if early else False

    # -- spend in the last 12 months -------------------------------------------------------
    def spend_before(self, m: int, moment: int) -> int:
        """Agorot spent in the 12 months up to `moment` (`spend_12m`: after moment - 365 days)."""
        kept = self.spend[m]
        if not kept:
            return 0
        first, total = self.spend_from[m], self.spend_sum[m]
        if first == len(kept) or kept[first][0] > moment - WINDOW:
            return total  # nothing left the window since the last purchase
        while first < len(kept) and kept[first][0] <= moment - WINDOW:
            total -= kept[first][1]
            first += 1
        self.spend_from[m], self.spend_sum[m] = first, total
        return total

    def keep_spend(self, m: int, moment: int, amount: int) -> None:
        kept = self.spend[m]
        if kept is None:
            self.spend[m] = [(moment, amount)]
        else:
            kept.append((moment, amount))
        self.spend_sum[m] += amount

    def drop_last_spend(self, m: int) -> None:
        """A voided purchase (the member's newest) no longer counts."""
        _, amount = self.spend[m].pop()
        self.spend_sum[m] -= amount

    # -- stamp cards -----------------------------------------------------------------------
    def stamp(
        self,
        m: int,
        purchase_id: int,
        units_by_category: dict[str, int],
        rules: Rules,
        at: str,
    ) -> None:
        """As `stamps.add_stamps`: a stamp per unit in the card's category; a full card becomes a
        reward waiting for the member."""
        member_id = self.ids[m]
        stamps = self.out.stamps
        for card in rules.cards:
            units = units_by_category.get(card.category.casefold())
            if not units:
                continue
            counts = self.stamps[m]
            if counts is None:
                counts = self.stamps[m] = {}
            stamps.append((member_id, card.name, units, purchase_id, at, "stamp"))
            total = counts.get(card.name, 0) + units
            while total >= card.stamps_needed:
                total -= card.stamps_needed
                stamps.append(
                    (member_id, card.name, -card.stamps_needed, purchase_id, at, "reward")
                )
                reward = self.out.reward(
                    member_id, f"card:{card.name}", card.reward, card.reward_amount, at, purchase_id
                )
                if self.waiting[m] is None:
                    self.waiting[m] = []
                self.waiting[m].append(reward)
            counts[card.name] = total

    # -- today: the expiry run and the tier refresh -----------------------------------------
    def _expiry_cutoff(self) -> tuple[int, str] | None:
        """The last moment whose points expire in today's run, and the run's reason; None when
        the programme lets points live for ever."""
        today = self.timeline.today
        end = self.timeline.stamp(today * DAY + DAY - 1)
        months = self.rules.at(end).programme.expiry_months
        if months <= 0:
            return None
        cutoff = months_before(self.timeline.date(today), months)
        last = self.timeline.day_of(cutoff) * DAY + DAY - 1
        return last, f"points from before {cutoff.isoformat()} expired"

    def expire(self) -> None:
        """As `Ledger.expire(today)`: what is left of lots from before the cutoff expires."""
        if not self.cutoff:
            return
        last, reason = self.cutoff
        midnight = self.timeline.today * DAY
        at = self.timeline.stamp(midnight)
        for m, rows in enumerate(self.rows):
            if rows:
                old = sum(left for moment, left in remaining_lots(rows) if moment <= last)
                if old:
                    self.ledger(
                        m, midnight, at, "expire", -old, "expiry", reason=reason, by="expiry"
                    )

    def tiers(self) -> list[tuple]:
        """Every cached tier as `refresh_all_tiers(today)` leaves it: spend to the end of today,
        for each member who ever bought (the services cache a tier on each purchase and void)."""
        end = self.timeline.today * DAY + DAY - 1
        stamp = self.timeline.stamp(end)
        programme = self.rules.at(stamp).programme
        rows = []
        for m, kept in enumerate(self.spend):
            if kept is not None:
                spend = self.spend_before(m, end)
                rows.append((self.ids[m], tier_status(programme, spend).name, spend, stamp))
        return rows
