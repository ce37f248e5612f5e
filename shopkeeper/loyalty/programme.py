"""The loyalty programme as the owner configures it: plain data, validated, stored as JSON versions.

Nothing about the programme is coded elsewhere: every rule reads one of these fields. Each change is a
new version valid from its moment, so a purchase imported for last year earns as the programme said then.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal, InvalidOperation

from shopkeeper.errors import InvalidProgramme


@dataclass(frozen=True)
class Tier:
    name: str
    threshold: int  # agorot of spend in the last 12 months
    multiplier: Decimal = Decimal(1)
    perk: str = ""


@dataclass(frozen=True)
class StampCardRule:
    name: str  # "Coffee card"
    category: str  # purchase-line category that earns a stamp per unit ("coffee")
    stamps_needed: int
    reward: str  # "the 10th coffee free"
    reward_amount: int = 0  # agorot off when the reward is used, 0 for a gift


@dataclass(frozen=True)
class RewardItem:
    name: str
    points: int
    amount: int = 0  # agorot off (a voucher); 0 means a gift item handed over


@dataclass(frozen=True)
class Programme:
    points_per_shekel: Decimal = Decimal(1)
    rounding: str = "down"  # "down" or "nearest"
    min_purchase: int = 0  # agorot
    excluded_categories: tuple[str, ...] = ()
    point_value: int = 10  # agorot one point is worth when redeemed (100 points = ₪10)
    min_redeem: int = 100
    welcome_bonus: int = 50
    birthday_bonus: int = 100
    referral_bonus: int = 100
    expiry_months: int = 24  # 0: points never expire
    tiers: tuple[Tier, ...] = field(
        default_factory=lambda: (
            Tier("Member", 0, Decimal(1), ""),
            Tier("Silver", 2_000_00, Decimal("1.25"), "5% off accessories"),
            Tier("Gold", 5_000_00, Decimal("1.5"), "Free gift wrapping and 10% off on your birthday"),
            Tier("VIP", 10_000_00, Decimal(2), "Early access to sales and a yearly gift"),
        )
    )
    stamp_cards: tuple[StampCardRule, ...] = ()
    rewards: tuple[RewardItem, ...] = field(
        default_factory=lambda: (
            RewardItem("₪20 voucher", 200, 20_00),
            RewardItem("₪50 voucher", 450, 50_00),
            RewardItem("Gift bag", 300, 0),
        )
    )

    def tier_for(self, spend: int) -> Tier:
        """The highest tier whose threshold the 12-month spend reaches."""
        reached = [t for t in self.tiers if spend >= t.threshold]
        return max(reached, key=lambda t: t.threshold) if reached else self.tiers[0]

    def next_tier(self, spend: int) -> Tier | None:
        above = [t for t in self.tiers if t.threshold > spend]
        return min(above, key=lambda t: t.threshold) if above else None

    def to_json(self) -> dict:
        """The programme as the owner reads and writes it: ₪ amounts, the same form `set` takes."""
        data = self.to_storage()
        for key in ("min_purchase", "point_value"):
            data[key] = data[key] / 100
        for tier in data["tiers"]:
            tier["threshold"] = tier["threshold"] / 100
            tier["multiplier"] = float(tier["multiplier"])
        for card in data["stamp_cards"]:
            card["reward_amount"] = card["reward_amount"] / 100
        for reward in data["rewards"]:
            reward["amount"] = reward["amount"] / 100
        data["points_per_shekel"] = float(self.points_per_shekel)
        return data

    def to_storage(self) -> dict:
        """Exact values for the database: agorot and decimal strings."""
        data = asdict(self)
        data["points_per_shekel"] = str(self.points_per_shekel)
        data["excluded_categories"] = list(self.excluded_categories)
        data["tiers"] = [{**asdict(t), "multiplier": str(t.multiplier)} for t in self.tiers]
        data["stamp_cards"] = [asdict(c) for c in self.stamp_cards]
        data["rewards"] = [asdict(r) for r in self.rewards]
        return data

    @classmethod
    def from_storage(cls, data: dict) -> Programme:
        """The programme from `to_storage()` output (amounts in agorot, exactly as stored)."""
        default = cls()
        return cls(
            points_per_shekel=Decimal(str(data.get("points_per_shekel", default.points_per_shekel))),
            rounding=data.get("rounding", default.rounding),
            min_purchase=int(data.get("min_purchase", default.min_purchase)),
            excluded_categories=tuple(data.get("excluded_categories", ())),
            point_value=int(data.get("point_value", default.point_value)),
            min_redeem=int(data.get("min_redeem", default.min_redeem)),
            welcome_bonus=int(data.get("welcome_bonus", default.welcome_bonus)),
            birthday_bonus=int(data.get("birthday_bonus", default.birthday_bonus)),
            referral_bonus=int(data.get("referral_bonus", default.referral_bonus)),
            expiry_months=int(data.get("expiry_months", default.expiry_months)),
            tiers=tuple(
                Tier(t["name"], int(t["threshold"]), Decimal(str(t["multiplier"])), t.get("perk", ""))
                for t in data["tiers"]
            )
            if "tiers" in data
            else default.tiers,
            stamp_cards=tuple(StampCardRule(**c) for c in data.get("stamp_cards", ())),
            rewards=tuple(RewardItem(**r) for r in data["rewards"]) if "rewards" in data else default.rewards,
        )


# key → (parser, description) — the keys `programme set` accepts (documented in the README)
def _decimal(key: str, value) -> Decimal:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise InvalidProgramme(key=key, detail=f"“{value}” is not a number") from None
    if number < 0:
        raise InvalidProgramme(key=key, detail="must not be negative")
    return number


def _count(key: str, value) -> int:
    try:
        number = int(str(value))
    except ValueError:
        raise InvalidProgramme(key=key, detail=f"“{value}” is not a whole number") from None
    if number < 0:
        raise InvalidProgramme(key=key, detail="must not be negative")
    return number


def _agorot(key: str, value) -> int:
    """Shekels as given by the owner (₪) into agorot."""
    return int((_decimal(key, value) * 100).to_integral_value())


def _choice(options: tuple[str, ...]):
    def parse(key: str, value) -> str:
        if str(value) not in options:
            raise InvalidProgramme(key=key, detail=f"one of {', '.join(options)}")
        return str(value)

    return parse


def _categories(key: str, value) -> tuple[str, ...]:
    items = value if isinstance(value, list | tuple) else str(value).split(",")
    return tuple(dict.fromkeys(c.strip().casefold() for c in items if str(c).strip()))


def _json_list(value):
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise ValueError(f"not JSON: {exc.msg}") from exc
    if not isinstance(value, list):
        raise ValueError("a JSON list is expected")
    return value


def _tiers(key: str, value) -> tuple[Tier, ...]:
    try:
        tiers = tuple(
            Tier(
                str(t["name"]).strip(),
                _agorot(key, t.get("threshold", 0)),
                _decimal(key, t.get("multiplier", 1)),
                str(t.get("perk", "")),
            )
            for t in _json_list(value)
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidProgramme(key=key, detail=f"a list of {{name, threshold, multiplier, perk}} ({exc})") from None
    if not tiers or min(t.threshold for t in tiers) != 0:
        raise InvalidProgramme(key=key, detail="the lowest tier must start at 0")
    if len({t.name for t in tiers}) != len(tiers) or any(not t.name for t in tiers):
        raise InvalidProgramme(key=key, detail="every tier needs its own name")
    return tuple(sorted(tiers, key=lambda t: t.threshold))


def _stamp_cards(key: str, value) -> tuple[StampCardRule, ...]:
    try:
        cards = tuple(
            StampCardRule(
                str(c["name"]).strip(),
                str(c["category"]).strip().casefold(),
                int(c["stamps_needed"]),
                str(c.get("reward", "")),
                _agorot(key, c.get("reward_amount", 0)) if "reward_amount" in c else 0,
            )
            for c in _json_list(value)
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidProgramme(key=key, detail=f"a list of {{name, category, stamps_needed, reward}} ({exc})") from None
    if any(c.stamps_needed < 2 or not c.name or not c.category for c in cards):
        raise InvalidProgramme(key=key, detail="each card needs a name, a category and at least 2 stamps")
    if len({c.name for c in cards}) != len(cards):
        raise InvalidProgramme(key=key, detail="every card needs its own name")
    return cards


def _rewards(key: str, value) -> tuple[RewardItem, ...]:
    try:
        rewards = tuple(
            RewardItem(str(r["name"]).strip(), int(r["points"]), _agorot(key, r.get("amount", 0)))
            for r in _json_list(value)
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidProgramme(key=key, detail=f"a list of {{name, points, amount}} ({exc})") from None
    if any(r.points <= 0 or not r.name for r in rewards) or len({r.name for r in rewards}) != len(rewards):
        raise InvalidProgramme(key=key, detail="each reward needs its own name and a positive number of points")
    return rewards


def _money_field(key: str, value) -> int:
    return _agorot(key, value)


KEYS: dict[str, tuple] = {
    "points_per_shekel": (_decimal, "points earned per ₪1 paid (e.g. 1, 0.5)"),
    "rounding": (_choice(("down", "nearest")), "down or nearest"),
    "min_purchase": (_money_field, "₪ a purchase must reach to earn points"),
    "excluded_categories": (_categories, "comma-separated item categories that earn no points"),
    "point_value": (_money_field, "₪ one point is worth when redeemed (0.1 = 100 points for ₪10)"),
    "min_redeem": (_count, "fewest points redeemed at once"),
    "welcome_bonus": (_count, "points for joining"),
    "birthday_bonus": (_count, "points once a year on the birthday"),
    "referral_bonus": (_count, "points to both members on the referred member's first purchase"),
    "expiry_months": (_count, "months after which unspent points expire (0 = never)"),
    "tiers": (_tiers, 'JSON list: [{"name": "Gold", "threshold": 5000, "multiplier": 1.5, "perk": "…"}]'),
    "stamp_cards": (_stamp_cards, 'JSON list: [{"name": "Coffee", "category": "coffee", "stamps_needed": 10, "reward": "a free coffee", "reward_amount": 12}]'),
    "rewards": (_rewards, 'JSON list: [{"name": "₪20 voucher", "points": 200, "amount": 20}] (amount 0 = a gift)'),
}

def set_value(programme: Programme, key: str, value) -> Programme:
    """A copy of `programme` with one key changed as the owner typed it (₪, JSON lists)."""
    if key not in KEYS:
        raise InvalidProgramme(key=key, detail=f"unknown key; known keys: {', '.join(KEYS)}")
    return replace(programme, **{key: KEYS[key][0](key, value)})
