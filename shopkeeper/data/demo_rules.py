"""The loyalty programme as the demo history applies it: each version read once, its answers cached.

`RulesInForce.at` answers what `ProgrammeStore.at` would (the version valid at a moment) without a
query; `Rules.earn` gives what `PurchaseService` earns (`points_for` at the tier multiplier of the
12-month spend), remembered per amount since a million purchases repeat the same few thousand.
"""

from __future__ import annotations

import bisect
import json
from decimal import Decimal

from shopkeeper.loyalty.earning import excluded_value, points_for
from shopkeeper.loyalty.programme import Programme, RewardItem, StampCardRule

EPOCH = "0001-01-01T00:00:00"  # the demo's programme is valid from the start of its history


class Rules:
    """One programme version, with what a purchase needs from it at hand."""

    def __init__(self, programme: Programme) -> None:
        self.programme = programme
        self.point_value = programme.point_value
        self.min_redeem = max(programme.min_redeem, 1)
        self.cards: tuple[StampCardRule, ...] = programme.stamp_cards
        self.cheapest_reward = min((r.points for r in programme.rewards), default=float("inf"))
        thresholds = sorted({t.threshold for t in programme.tiers})
        self._thresholds = thresholds
        self._multipliers = [programme.tier_for(t).multiplier for t in thresholds]
        self._base = programme.tier_for(-1).multiplier
        self._excludes = bool(programme.excluded_categories)
        self._points: dict[tuple[int, int, Decimal], int] = {}

    def multiplier(self, spend: int) -> Decimal:
        """`programme.tier_for(spend).multiplier`: constant between two thresholds."""
        index = bisect.bisect_right(self._thresholds, spend) - 1
        return self._multipliers[index] if index >= 0 else self._base

    def earn(self, to_pay: int, lines, spend: int) -> int:
        """Points for paying `to_pay` for these (name, category, qty, price) lines after
        spending `spend` in the last 12 months."""
        excluded = 0
        if self._excludes and lines:
            excluded = min(
                to_pay, excluded_value(self.programme, ((c, q, p) for _, c, q, p in lines))
            )
        key = (to_pay, excluded, self.multiplier(spend))
        points = self._points.get(key)
        if points is None:
            points = self._points[key] = points_for(self.programme, to_pay, excluded, key[2])
        return points

    def affordable(self, balance: int) -> tuple[RewardItem, ...]:
        """Catalogue rewards the balance covers, in the programme's order."""
        return tuple(r for r in self.programme.rewards if r.points <= balance)


class RulesInForce:
    """Programme versions by the moment they take effect, as `ProgrammeStore` keeps them."""

    def __init__(self, versions: list[tuple[str, str]]) -> None:
        """`versions`: (valid_from, settings JSON) ordered by valid_from, then id."""
        self._starts = [start for start, _ in versions]
        self._rules = [Rules(Programme.from_storage(json.loads(text))) for _, text in versions]
        if not self._rules:
            self._rules = [Rules(Programme())]

    def only(self) -> Rules | None:
        """The one version, when there is only one."""
        return self._rules[0] if len(self._rules) == 1 else None

    def at(self, stamp: str) -> Rules:
        """The version in force at `stamp` (ISO); the first one for anything earlier."""
        if len(self._rules) == 1:
            return self._rules[0]
        return self._rules[max(0, bisect.bisect_right(self._starts, stamp) - 1)]
