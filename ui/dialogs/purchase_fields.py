"""Which part of the purchase dialog an error is about, and the draft quoted without that part."""

from __future__ import annotations

from dataclasses import replace

from shopkeeper.errors import (
    BelowMinimumRedemption,
    CouponRefused,
    InsufficientPoints,
    InvalidAmount,
    InvalidValue,
    RedemptionTooLarge,
    RewardNotAvailable,
    ShopError,
    UnknownCoupon,
)
from shopkeeper.sales.records import PurchaseDraft

FIELDS = ("amount", "lines", "points", "coupon", "rewards", "general")


class DraftProblem(Exception):
    """A field that cannot be read into a draft (its error is shown next to it)."""

    def __init__(self, field: str, error: ShopError) -> None:
        super().__init__(str(error))
        self.field = field
        self.error = error


def field_of(error: ShopError, draft: PurchaseDraft) -> str:
    """Which part of the dialog an error from `quote` or `record` is about."""
    if isinstance(error, UnknownCoupon | CouponRefused):
        return "coupon"
    if isinstance(error, BelowMinimumRedemption | RedemptionTooLarge):
        return "points"
    if isinstance(error, InsufficientPoints):
        return "points" if draft.redeem_points else "rewards"
    if isinstance(error, RewardNotAvailable):
        return "rewards"
    if isinstance(error, InvalidAmount):
        return "amount"
    if isinstance(error, InvalidValue):
        field = error.params.get("field")
        return {"amount": "amount", "line": "lines", "points": "points"}.get(str(field), "general")
    return "general"


def without(draft: PurchaseDraft, field: str) -> PurchaseDraft | None:
    """The draft with the part an error is about left out, to quote the rest; None if nothing is left."""
    if field == "coupon":
        return replace(draft, coupon_code="")
    if field == "points":
        return replace(draft, redeem_points=0)
    if field == "rewards":
        return replace(draft, reward_ids=(), catalogue_rewards=())
    return None
