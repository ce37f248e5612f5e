"""What the demo shop sells and how its customers buy: item lines, amounts, channels, notes.

A small Israeli shop with a coffee corner: coffee by the cup (the demo's stamp card), food, toys,
cosmetics and gifts. Amounts are mostly small (₪20 to a few hundred) with a long tail to ₪900.
Every draw comes from the caller's seeded stream (`rnd` is its `random` method), in a fixed order;
a million baskets are drawn for a big demo, so picks index by `rnd()` directly.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from statistics import NormalDist

MIN_AMOUNT = 20_00
MAX_AMOUNT = 900_00

Random01 = Callable[[], float]
Line = tuple[str, str, int, int]  # name, category, qty, unit price (agorot)

# The item categories, in Hebrew as the shop's own till would name them: the member history's
# favourite categories, the stamp card's category and the purchase lines all show these.
COFFEE, FOOD, TOYS, COSMETICS, GIFTS = "קפה", "מזון", "צעצועים", "קוסמטיקה", "מתנות"

# category → (item name, unit price in agorot)
CATALOGUE: dict[str, tuple[tuple[str, int], ...]] = {
    COFFEE: (
        ("אספרסו", 9_00),
        ("קפוצ'ינו", 14_00),
        ("לאטה", 15_00),
        ("הפוך גדול", 16_00),
        ("קפה קר", 17_00),
        ("אמריקנו", 12_00),
    ),
    FOOD: (
        ("קרואסון חמאה", 12_00),
        ("עוגיות חמאה", 24_00),
        ("שוקולד מריר", 18_90),
        ("פולי קפה 250 גרם", 49_00),
        ("ריבת תות", 29_00),
        ('שמן זית 750 מ"ל', 59_00),
        ("קרקרים", 15_90),
        ("דבש פרחי בר", 39_00),
        ("תה צמחים", 27_00),
        ("חלבה", 22_00),
    ),
    TOYS: (
        ("פאזל 500 חלקים", 89_00),
        ("בובת בד", 69_00),
        ("משחק קופסה", 149_00),
        ("ערכת לבנים", 199_00),
        ("כדור קפיצי", 25_00),
        ("ערכת יצירה", 59_00),
        ("Memory game", 79_00),
        ("ספר צביעה", 35_00),
    ),
    COSMETICS: (
        ("קרם ידיים", 39_00),
        ("סבון טבעי", 25_00),
        ("שמפו מוצק", 45_00),
        ("שפתון לחות", 22_00),
        ("קרם פנים", 129_00),
        ("בושם", 299_00),
        ("Body lotion", 69_00),
        ("מלח אמבט", 49_00),
    ),
    GIFTS: (
        ("נר ריחני", 69_00),
        ("ספל קרמיקה", 49_00),
        ("כרטיס ברכה", 12_00),
        ("מארז שי", 249_00),
        ("מחברת עור", 89_00),
        ("אגרטל זכוכית", 159_00),
    ),
}
# The shelves of a general basket as (threshold out of 1, items): food, cosmetics, toys, gifts.
_SHELVES = tuple(
    (share, tuple((name, category, price) for name, price in CATALOGUE[category]))
    for share, category in ((0.35, FOOD), (0.60, COSMETICS), (0.80, TOYS), (1.0, GIFTS))
)
_COFFEES = tuple((name, COFFEE, price) for name, price in CATALOGUE[COFFEE])
_FOOD = _SHELVES[0][1]
_SNACKS = _FOOD[:4]  # what a coffee visit tops up with

VOID_REASONS = (
    "נרשם פעמיים",
    "הלקוחה התחרטה",
    "טעות בסכום",
    "נרשם על חבר אחר",
    "הלקוח התחרט",
)
PICKUP_NOTES = (
    "לאסוף ביום חמישי",
    "הזמנה טלפונית, לשמור על המדף",
    "לעטוף כמתנה",
    "יאסוף אחרי 17:00",
)
SHIPPED_NOTES = ("משלוח עד הבית", "לשלוח עם כרטיס ברכה", "להשאיר אצל השכנים", "משלוח אקספרס")


def pick(rnd: Random01, items: Sequence):
    """One of `items`, evenly (what `Random.choice` does, with a single draw)."""
    return items[int(rnd() * len(items))]


def coffee_visit(rnd: Random01) -> list[Line]:
    """One or two coffees, often with something to eat; at least ₪20 in all."""
    name, category, price = pick(rnd, _COFFEES)
    lines = [(name, category, 2 if rnd() < 0.3 else 1, price)]
    total = lines[0][2] * price
    while total < MIN_AMOUNT:
        name, category, price = pick(rnd, _SNACKS)
        lines.append((name, category, 1, price))
        total += price
    return _merge(lines) if len(lines) > 2 else lines


def general_basket(rnd: Random01, scale: float) -> list[Line]:
    """One to four items from the shelves; bigger spenders take more. Between ₪20 and ₪900."""
    lines = []
    for _ in range(1 + min(3, int(rnd() * 1.6 * scale + rnd()))):
        roll = rnd()
        items = next(items for share, items in _SHELVES if roll < share)
        name, category, price = pick(rnd, items)
        roll = rnd()
        lines.append((name, category, 1 if roll < 0.85 else 2 if roll < 0.97 else 3, price))
    if len(lines) > 1:
        lines = _merge(lines)
    while len(lines) > 1 and total_of(lines) > MAX_AMOUNT:
        lines.pop()
    if total_of(lines) > MAX_AMOUNT:  # one expensive item several times: just the one
        name, category, _, price = lines[0]
        lines = [(name, category, 1, price)]
    while total_of(lines) < MIN_AMOUNT:
        name, category, price = pick(rnd, _FOOD)
        lines = _merge([*lines, (name, category, 1, price)])
    return lines


class Baskets:
    """Ready-made baskets to draw from: a million purchases pick among a few thousand baskets
    (per size of customer) instead of building each item by item. A basket is (lines, amount,
    units per category)."""

    SCALES = (0.6, 0.8, 1.0, 1.25, 1.6, 2.0, 2.6)  # customer sizes a pool is made for
    _BOUNDS = tuple((a + b) / 2 for a, b in zip(SCALES, SCALES[1:], strict=False))
    POOL = 1024
    _SPREAD = tuple(
        math.exp(0.7 * NormalDist().inv_cdf((i + 0.5) / 2048)) for i in range(2048)
    )  # log-normal quantiles (sigma 0.7) around a median of 1

    def __init__(self, rnd: Random01) -> None:
        self.coffee = [_priced(coffee_visit(rnd)) for _ in range(self.POOL // 4)]
        self.general = [
            [_priced(general_basket(rnd, scale)) for _ in range(self.POOL)] for scale in self.SCALES
        ]

    @classmethod
    def size_of(cls, scale: float) -> int:
        """The pool (0 … len(SCALES) - 1) for a customer of this scale: the nearest size."""
        return bisect.bisect(cls._BOUNDS, scale)

    def plain_amount(self, rnd: Random01, median: float) -> int:
        """An amount typed without lines: log-normal around the customer's median (₪), between
        ₪20 and ₪900, in whole shekels or ending in .90."""
        agorot = round(median * self._SPREAD[int(rnd() * 2048)]) * 100 - (10 if rnd() < 0.5 else 0)
        return MIN_AMOUNT if agorot < MIN_AMOUNT else MAX_AMOUNT if agorot > MAX_AMOUNT else agorot


def _priced(lines: list[Line]) -> tuple[tuple[Line, ...], int, dict[str, int]]:
    units: dict[str, int] = {}
    for _, category, qty, _ in lines:
        units[category] = units.get(category, 0) + qty
    return tuple(lines), total_of(lines), units


def _mix(shares: dict[tuple[str, str], int]) -> tuple[tuple[str, str], ...]:
    """A thousand-entry table of (channel, fulfilment): one draw indexes it."""
    table = tuple(pair for pair, count in shares.items() for _ in range(count))
    assert len(table) == 1000
    return table


# Mostly over the counter and taken away; phone orders wait for pickup, web orders ship. On
# Saturday the shop is closed and only the website sells.
OPEN_DAY = _mix(
    {
        ("store", "taken"): 779,
        ("store", "pickup"): 33,
        ("store", "shipped"): 8,
        ("phone", "pickup"): 49,
        ("phone", "shipped"): 21,
        ("web", "shipped"): 72,
        ("web", "pickup"): 38,
    }
)
CLOSED_DAY = _mix({("web", "shipped"): 650, ("web", "pickup"): 350})


def note_for(rnd: Random01, fulfilment: str) -> str:
    """Orders to collect or to send sometimes carry a note; sales over the counter do not."""
    if fulfilment == "taken" or rnd() < 0.6:
        return ""
    return pick(rnd, PICKUP_NOTES if fulfilment == "pickup" else SHIPPED_NOTES)


def total_of(lines: Sequence[Line]) -> int:
    """Agorot of the lines."""
    return sum(qty * unit for _, _, qty, unit in lines)


def _merge(lines: list[Line]) -> list[Line]:
    """The same item twice becomes one line with the quantities added."""
    merged: dict[tuple[str, str, int], int] = {}
    for name, category, qty, unit in lines:
        merged[(name, category, unit)] = merged.get((name, category, unit), 0) + qty
    return [(name, category, qty, unit) for (name, category, unit), qty in merged.items()]
