"""What a member's history is made of: one entry per event, newest first, and the totals above it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from shopkeeper.errors import InvalidValue
from shopkeeper.sales.records import PurchaseRecord

# Every kind of entry, in the order they stand when two happen in the same second (a purchase above
# the points it earned, above the stamps it gave …): the first has the highest rank.
KINDS = (
    "purchase",
    "points",
    "stamp",
    "reward",
    "coupon",
    "call",
    "complaint",
    "feedback",
    "greeting",
)
RANK = {kind: len(KINDS) - i for i, kind in enumerate(KINDS)}

# What the history can be filtered by, and the kinds each filter shows.
FILTERS: dict[str, tuple[str, ...]] = {
    "all": KINDS,
    "purchases": ("purchase",),
    "points": ("points",),
    "coupons": ("coupon",),
    "rewards": ("reward", "stamp"),
    "calls": ("call",),
    "complaints": ("complaint",),
    "feedback": ("feedback",),
    "greetings": ("greeting",),
}


def kinds_for(names: str | tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    """The entry kinds meant by filter or kind names ("purchases", "rewards", "coupon" …), in KINDS
    order; None or "all" is every kind. An unknown name raises InvalidValue."""
    if names is None:
        return KINDS
    if isinstance(names, str):
        names = (names,)
    wanted: set[str] = set()
    for name in names:
        key = name.strip().casefold()
        if key in FILTERS:
            wanted.update(FILTERS[key])
        elif key in RANK:
            wanted.add(key)
        elif key.rstrip("s") in RANK:  # "stamps", "calls" …
            wanted.add(key.rstrip("s"))
        else:
            raise InvalidValue(field="kind", text=name)
    return tuple(kind for kind in KINDS if kind in wanted)


@dataclass(frozen=True, order=True)
class HistoryCursor:
    """Where a page ended: the next page starts with what comes strictly after (older than) this."""

    at: str  # ISO time, seconds
    rank: int
    id: int


@dataclass(frozen=True)
class HistoryEntry:
    """One event in a member's history.

    `text` is the main words (a points row's reason, a coupon's code, a reward's description, a
    stamp card's name, a call's note, what a complaint was about, a feedback comment, a greeting's
    occasion); `state` where it stands (a ledger row's kind, used/expired/available, waiting/used/
    cancelled, a call's result, a complaint's status); `balance` the points (or a stamp card's
    stamps) right after this row; `details` the rest, as (name, value) pairs named as in JSON.
    """

    kind: str
    id: int
    at: datetime
    text: str = ""
    state: str = ""
    by: str = ""
    points: int | None = None  # a ledger row's points; a purchase's earned; a stamp row's stamps
    balance: int | None = None
    amount: int | None = None  # agorot: a reward's or a ₪ coupon's value
    purchase: PurchaseRecord | None = None
    details: tuple[tuple[str, object], ...] = field(default=())

    @property
    def cursor(self) -> HistoryCursor:
        return HistoryCursor(self.at.isoformat(timespec="seconds"), RANK[self.kind], self.id)

    def detail(self, name: str, default: object = None) -> object:
        return dict(self.details).get(name, default)

    def to_json(self) -> dict:
        """`{"at", "kind", …}`; money in agorot."""
        data: dict[str, object] = {"at": self.at.isoformat(timespec="seconds"), "kind": self.kind}
        if self.kind == "purchase" and self.purchase is not None:
            # "points" is what it earned (kept after a void: "voided" says it was undone, and the
            # reversal is its own points entry); "net_points" what it still holds.
            purchase = _purchase_json(self.purchase)
            earned = self.points if self.points is not None else self.purchase.points
            return data | purchase | {"points": earned, "net_points": self.purchase.points}
        data["id"] = self.id
        if self.kind == "points":
            data |= {
                "points": self.points,
                "balance": self.balance,
                "reason": self.text,
                "type": self.state,
                "by": self.by,
            }
        elif self.kind == "stamp":
            data |= {
                "card": self.text,
                "stamps": self.points,
                "on_card": self.balance,
                "type": self.state,
            }
        elif self.kind == "reward":
            data |= {"description": self.text, "state": self.state, "amount": self.amount}
        elif self.kind == "coupon":
            data |= {"code": self.text, "state": self.state, "amount": self.amount}
        elif self.kind == "call":
            data |= {"result": self.state, "note": self.text, "by": self.by}
        elif self.kind == "complaint":
            data |= {"what": self.text, "status": self.state}
        elif self.kind == "feedback":
            data |= {"comment": self.text, "by": self.by}
        elif self.kind == "greeting":
            data |= {"occasion": self.text, "by": self.by}
        return data | {name: _plain(value) for name, value in self.details}


def _purchase_json(record: PurchaseRecord) -> dict:
    return {
        "id": record.id,
        "amount": record.amount,
        "paid": record.paid,
        "returned": record.returned,
        "points": record.points,
        "channel": record.channel,
        "fulfilment": record.fulfilment,
        "coupon": record.coupon_code,
        "note": record.note,
        "voided": record.voided_at is not None,
        "voided_at": record.voided_at.isoformat(timespec="seconds") if record.voided_at else None,
        "void_reason": record.void_reason or None,
        "lines": [
            {
                "name": ln.name,
                "qty": ln.qty,
                "unit_price": ln.unit_price,
                "category": ln.category,
                "returned_qty": ln.returned_qty,
            }
            for ln in record.lines
        ],
    }


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True)
class CategoryShare:
    """What the member bought of one category (returns left out)."""

    category: str
    qty: int
    spend: int  # agorot


@dataclass(frozen=True)
class HistoryTotals:
    """The figures at the top of the history (voided purchases and returns left out)."""

    joined_on: date
    visits_12m: int
    spend_12m: int  # agorot
    visits: int  # since joining
    spend: int
    average_basket: int  # agorot per visit since joining; 0 without a visit
    favourite_categories: tuple[CategoryShare, ...]
    balance: int

    def to_json(self) -> dict:
        return {
            "joined_on": self.joined_on.isoformat(),
            "visits_12m": self.visits_12m,
            "spend_12m": self.spend_12m,
            "visits": self.visits,
            "spend": self.spend,
            "average_basket": self.average_basket,
            "favourite_categories": [
                {"category": c.category, "qty": c.qty, "spend": c.spend}
                for c in self.favourite_categories
            ],
            "balance": self.balance,
        }
