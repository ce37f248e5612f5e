"""How many of the points a purchase earned a return or a void still has to take back.

Returned units owe back the points they earned: what the purchase earned less what it keeps, in
proportion to the eligible value left. Each return settles its part of that, by taking points back
or, when the member had already spent them and the shop agreed, by writing them off. Written-off
points are not a ledger row of their own: they are what is owed so far less what was taken back, so
a later return or void asks only for the rest.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from shopkeeper.loyalty.earning import excluded_value
from shopkeeper.sales.records import PurchaseRecord


@dataclass(frozen=True)
class PointsOwed:
    earned: int  # points the purchase earned
    taken_back: int  # taken back by earlier returns
    written_off: int  # owed to earlier returns but spent already, and written off
    owed: int  # still to take back now


def points_owed(
    conn, programme, record: PurchaseRecord, returned: Mapping[int, int] | None
) -> PointsOwed:
    """Earned points still to take back once `returned` units (line id → all returned so far, this
    return included) are back; None for a void, which takes back everything not yet settled."""
    earned, taken = conn.execute(
        "SELECT COALESCE(SUM(CASE WHEN kind='earn' THEN points END), 0), "
        "COALESCE(-SUM(CASE WHEN kind='reverse' AND points < 0 THEN points END), 0) "
        "FROM ledger WHERE purchase_id=?",
        (record.id,),
    ).fetchone()
    if earned <= 0:
        return PointsOwed(max(earned, 0), taken, 0, 0)
    so_far = {ln.id: ln.returned_qty for ln in record.lines}
    before = earned - _kept(programme, record, earned, so_far)
    # A ledger from before write-offs were counted may show more taken back than was owed.
    written_off = max(0, before - taken)
    after = earned if returned is None else earned - _kept(programme, record, earned, returned)
    return PointsOwed(earned, taken, written_off, max(0, after - taken - written_off))


def _kept(programme, record: PurchaseRecord, earned: int, returned: Mapping[int, int]) -> int:
    """Earned points the purchase keeps with `returned` units back."""
    if not any(returned.values()):
        return earned
    original = eligible_value(programme, record, {})
    return earned * eligible_value(programme, record, returned) // original if original else 0


def returned_value(amount: int, lines, returned: Mapping[int, int]) -> int:
    """Agorot of the purchase the returned units stand for: their price, scaled down when the lines
    add up to more than was charged, and never more than the amount (spend never goes negative)."""
    value = sum(ln.unit_price * returned.get(ln.id, 0) for ln in lines)
    total = sum(ln.unit_price * ln.qty for ln in lines)
    if total > amount:
        value = value * amount // total
    return min(value, amount)


def eligible_value(programme, record: PurchaseRecord, returned: Mapping[int, int]) -> int:
    """Agorot paid that earn points, once `returned` units are back."""
    remaining = [
        (ln.category, ln.qty - returned.get(ln.id, 0), ln.unit_price) for ln in record.lines
    ]
    left = max(0, record.paid - returned_value(record.amount, record.lines, returned))
    return max(0, left - excluded_value(programme, remaining))
