"""Purchases as the counter enters them and as the services report them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

CHANNELS = ("store", "phone", "web")
FULFILMENTS = ("taken", "pickup", "shipped")


@dataclass(frozen=True)
class LineDraft:
    name: str
    category: str = ""
    qty: int = 1
    unit_price: int = 0  # agorot


@dataclass(frozen=True)
class PurchaseDraft:
    """A purchase at the counter. `amount` None means the sum of the lines."""

    member_id: int | None
    amount: int | None = None
    lines: tuple[LineDraft, ...] = ()
    at: datetime | None = None
    channel: str = "store"
    fulfilment: str = "taken"
    note: str = ""
    redeem_points: int = 0
    coupon_code: str = ""
    reward_ids: tuple[int, ...] = ()  # waiting rewards (stamp cards) used now
    catalogue_rewards: tuple[str, ...] = ()  # rewards bought with points now, by name


@dataclass(frozen=True)
class Quote:
    """What the counter shows before saving: the amount, every discount, what is left to pay."""

    amount: int
    lines_total: int | None
    lines_difference: int  # amount - lines total (0 when there are no lines)
    coupon_discount: int
    reward_discount: int
    points_discount: int
    points_redeemed: int  # points for the discount plus points for catalogue rewards
    to_pay: int
    points_to_earn: int
    balance_before: int
    balance_after: int
    tier: str

    def to_json(self) -> dict:
        return {k: (v / 100 if k in _MONEY_FIELDS and v is not None else v) for k, v in self.__dict__.items()}


_MONEY_FIELDS = {"amount", "lines_total", "lines_difference", "coupon_discount", "reward_discount",
                 "points_discount", "to_pay"}


@dataclass(frozen=True)
class Receipt:
    id: int
    quote: Quote
    points_earned: int
    balance: int
    tier: str
    tier_before: str
    rewards_earned: tuple[str, ...]
    bonuses: tuple[str, ...]

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "points_earned": self.points_earned,
            "balance": self.balance,
            "tier": self.tier,
            "to_pay": self.quote.to_pay / 100,
            "points_redeemed": self.quote.points_redeemed,
            "rewards_earned": list(self.rewards_earned),
            "bonuses": list(self.bonuses),
        }


@dataclass(frozen=True)
class PurchaseLine:
    id: int
    name: str
    category: str
    qty: int
    unit_price: int
    returned_qty: int


@dataclass(frozen=True)
class PurchaseRecord:
    id: int
    member_id: int | None
    at: datetime
    amount: int
    discounts: int
    returned: int
    channel: str
    fulfilment: str
    note: str
    coupon_code: str | None
    voided_at: datetime | None
    void_reason: str
    points: int  # net points this purchase earned (earn less reversals)
    lines: tuple[PurchaseLine, ...] = field(default=())

    @property
    def paid(self) -> int:
        return self.amount - self.discounts

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "at": self.at.isoformat(timespec="seconds"),
            "amount": self.amount / 100,
            "paid": self.paid / 100,
            "returned": self.returned / 100,
            "channel": self.channel,
            "fulfilment": self.fulfilment,
            "note": self.note,
            "coupon": self.coupon_code,
            "voided": self.voided_at.isoformat(timespec="seconds") if self.voided_at else None,
            "void_reason": self.void_reason or None,
            "points": self.points,
            "lines": [
                {"id": ln.id, "name": ln.name, "category": ln.category, "qty": ln.qty,
                 "price": ln.unit_price / 100, "returned": ln.returned_qty}
                for ln in self.lines
            ],
        }


@dataclass(frozen=True)
class VoidResult:
    purchase_id: int
    points_reversed: int  # net change of the balance (negative when earned points were taken back)
    written_off: int
    balance: int
    tier: str
