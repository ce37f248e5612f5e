"""The demo shop's pickup orders: a few waiting on the shelf (one overdue, one ready), and some
collected or cancelled before.  Deterministic for a seed and the shop's today."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from random import Random

from shopkeeper.sales.pickup_records import new_code
from shopkeeper.sales.shop_days import is_working_day, proposed_ready_by

# (name, unit price in agorot): what people order ahead in a shop with a coffee corner and gifts
_ITEMS = (
    ("מארז שי", 249_00),
    ("פולי קפה 250 גרם", 49_00),
    ("נר ריחני", 69_00),
    ("ספל קרמיקה", 49_00),
    ("פאזל 500 חלקים", 89_00),
    ("ערכת לבנים", 199_00),
    ("קרם פנים", 129_00),
    ("עטיפת מתנה", 10_00),
    ("Memory game", 79_00),
    ("סלסלת פינוק", 320_00),
)
_NOTES = ("לעטוף כמתנה", "יאסוף אחרי 17:00", "הזמנה טלפונית", "להוסיף כרטיס ברכה", "")
_SHELVES = ("A1", "A2", "A3", "B1", "B2", "C4")

# (days before today it was ordered, ready-by: working days after that, status, member or not)
_PLAN = (
    (6, 1, "new", True),  # overdue: promised for days ago, still not ready
    (3, 1, "ready", True),  # ready since yesterday, waiting for the customer
    (1, 2, "new", True),
    (0, 2, "new", True),
    (0, 3, "new", False),  # a walk-in customer who is not a member
    (12, 2, "collected", True),
    (9, 2, "cancelled", True),
)


def add_demo_pickups(
    shop, member_ids: Sequence[int], seed: int = 1, today: date | None = None
) -> int:
    """Add the demo pickup orders for some of `member_ids`; returns how many orders."""
    if not member_ids:
        return 0
    today = today or date.today()
    rng = Random(f"pickups-{seed}")
    conn = shop.db.connection()
    taken = {code for (code,) in conn.execute("SELECT code FROM pickup_order")}
    chosen = rng.sample(list(member_ids), k=min(len(member_ids), len(_PLAN)))
    added = 0
    with shop.db.atomic():
        for index, (ago, working_days, status, has_member) in enumerate(_PLAN):
            ordered = today - timedelta(days=ago)
            while not is_working_day(ordered):  # orders are taken when the shop is open
                ordered -= timedelta(days=1)
            ready_by = proposed_ready_by(ordered, working_days)
            if status == "ready":
                ready_by = today  # ready early; the customer said they would come today
            created = datetime.combine(ordered, time(9 + index % 3, 7 * index % 60))
            if ordered == today:
                created = min(created, shop.now())
            lines = [rng.choice(_ITEMS) for _ in range(rng.randint(1, 3))]
            total = sum(price for _, price in lines)
            paid = rng.choice((0, total // 2 // 100 * 100, total))
            code = new_code(rng)
            while code in taken:
                code = new_code(rng)
            taken.add(code)
            moments = _moments(status, created, ready_by)
            cursor = conn.execute(
                "INSERT INTO pickup_order (member_id, code, status, paid, due, ready_by, shelf, "
                "note, created_at, ready_at, collected_at, cancelled_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    chosen[index % len(chosen)] if has_member else None,
                    code,
                    status,
                    paid,
                    total - paid,
                    ready_by.isoformat(),
                    rng.choice(_SHELVES),
                    "שם: אורית, 050-1234567" if not has_member else rng.choice(_NOTES),
                    created.isoformat(timespec="seconds"),
                    *moments,
                ),
            )
            conn.executemany(
                "INSERT INTO pickup_line (order_id, name, qty, unit_price) VALUES (?, ?, 1, ?)",
                [(cursor.lastrowid, name, price) for name, price in lines],
            )
            added += 1
    return added


def _moments(status: str, created: datetime, ready_by: date) -> tuple[str | None, ...]:
    """ready_at, collected_at, cancelled_at for an order in `status`, on days the shop is open."""
    day = ready_by - timedelta(days=1)
    while day > created.date() and not is_working_day(day):
        day -= timedelta(days=1)
    ready = max(datetime.combine(day, time(16, 30)), created + timedelta(hours=1))
    collected = datetime.combine(_next_open(ready.date()), time(10, 30))
    cancelled = datetime.combine(_next_open(created.date()), time(12, 0))
    stamp = {
        "new": (None, None, None),
        "ready": (ready, None, None),
        "collected": (ready, collected, None),
        "cancelled": (None, None, cancelled),
    }[status]
    return tuple(m.isoformat(timespec="seconds") if m else None for m in stamp)


def _next_open(day: date) -> date:
    day += timedelta(days=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day
