"""How many points a payment earns under a programme (pure arithmetic, no database)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from shopkeeper.loyalty.programme import Programme


def excluded_value(programme: Programme, lines: Iterable[tuple[str, int, int]]) -> int:
    """Agorot of (category, qty, unit price) lines in categories that earn no points."""
    excluded = {c.casefold() for c in programme.excluded_categories}
    return sum(qty * price for category, qty, price in lines if category.casefold() in excluded)


def points_for(programme: Programme, paid: int, excluded: int, multiplier: Decimal) -> int:
    """Points for paying `paid` agorot of which `excluded` are in excluded categories."""
    if paid <= 0 or paid < programme.min_purchase:
        return 0
    eligible = max(0, paid - excluded)
    raw = Decimal(eligible) / 100 * programme.points_per_shekel * multiplier
    rounding = ROUND_HALF_UP if programme.rounding == "nearest" else ROUND_FLOOR
    return int(raw.to_integral_value(rounding))


def redemption_value(programme: Programme, points: int) -> int:
    """Agorot off for redeeming `points`."""
    return points * programme.point_value


def points_worth(programme: Programme, agorot: int) -> int:
    """The most points whose value does not exceed `agorot`."""
    return agorot // programme.point_value if programme.point_value else 0


def max_redeemable(programme: Programme, balance: int, to_pay: int) -> int:
    """The most points a purchase can still take: what the balance and the amount left to pay
    allow, or 0 when that does not reach the programme's minimum redemption."""
    usable = min(balance, points_worth(programme, to_pay))
    return usable if usable >= programme.min_redeem else 0
