"""Replaying a demo shop's history through the real services, to compare with what the demo wrote.

The demo writes its purchases, ledger, stamps, rewards and tiers in bulk. Here a second shop with the
same members goes through the same events one by one, on a clock set to each event's time: welcome
bonuses through `Bonuses.welcome`, purchases through `PurchaseService.record` (with the same
redemptions, coupons and rewards), voids through `PurchaseService.void`, then today's expiry run and
tier refresh. Birthday bonuses are copied as ledger rows (the daily run cannot be replayed: here
every member exists from the start); their rule is checked separately.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from shopkeeper.data.demo import fill_demo_shop
from shopkeeper.loyalty.tiers import refresh_all_tiers
from shopkeeper.sales.records import LineDraft, PurchaseDraft
from shopkeeper.shop import Shop

COMPARED = {
    "purchase": "id, member_id, at, amount, points_discount, coupon_discount, reward_discount, returned, "
    "coupon_id, channel, fulfilment, note, voided_at, void_reason, created_by",
    "purchase_line": "id, purchase_id, name, category, qty, unit_price, returned_qty",
    "ledger": "id, member_id, at, kind, points, source, purchase_id, reason, by",
    "stamp": "id, member_id, card, count, purchase_id, at, kind",
    "earned_reward": "id, member_id, source, description, amount, earned_at, purchase_id, "
    "used_purchase_id, used_at, cancelled_at",
    "member_tier": "member_id, tier, spend_12m, computed_at",
    "coupon": "id, code, percent, amount, min_basket, valid_from, valid_until, max_uses, member_id, batch",
}
_ORDER = {"welcome": 0, "birthday": 1, "purchase": 2, "void": 4}


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.now = moment

    def __call__(self) -> datetime:
        return self.now


def table(shop: Shop, name: str) -> list[tuple]:
    """The rows the sales history wrote (the demo's complaints add goodwill points afterwards)."""
    columns = COMPARED[name]
    where = " WHERE source <> 'goodwill'" if name == "ledger" else ""
    return shop.db.connection().execute(f"SELECT {columns} FROM {name}{where} ORDER BY 1, 2").fetchall()


def replay(demo: Shop, folder: Path, members: int, seed: int, today: date) -> Shop:
    """A shop with the demo's members (and programme and coupons) whose history went through the
    services; the caller closes it."""
    clock = Clock(datetime.combine(today, datetime.min.time()))
    shop = Shop(folder, today=lambda: clock.now.date(), now=clock)
    fill_demo_shop(shop, members=members, seed=seed, today=today, sales=False)
    source = demo.db.connection()
    conn = shop.db.connection()
    with shop.db.atomic():
        for name, columns in (
            ("programme_version", "id, valid_from, settings"),
            ("coupon", COMPARED["coupon"] + ", created_at"),
        ):
            rows = source.execute(f"SELECT {columns} FROM {name}").fetchall()
            marks = ",".join("?" * len(rows[0]))
            conn.executemany(f"INSERT INTO {name} ({columns}) VALUES ({marks})", rows)
    for at, _, member_id, kind, detail in _events(source):
        clock.now = datetime.fromisoformat(at)
        if kind == "welcome":
            assert shop.bonuses.welcome(member_id) == detail
        elif kind == "birthday":
            with shop.db.atomic():
                shop.ledger.append(
                    member_id,
                    "bonus",
                    detail[0],
                    "birthday",
                    at=clock.now,
                    reason=detail[1],
                    by=detail[2],
                )
        elif kind == "purchase":
            assert shop.purchases.record(_draft(source, detail)).id == detail
        else:
            shop.purchases.void(detail[0], detail[1])
    clock.now = datetime.combine(today, datetime.max.time()).replace(microsecond=0)
    shop.ledger.expire(today)
    refresh_all_tiers(shop.db, shop.programme.current(), today)
    return shop


def _events(conn) -> list[tuple]:
    """(at, order, member id, kind, detail) of everything that happened, in the demo's order."""
    events = [
        (at, _ORDER["welcome"], member_id, "welcome", points)
        for at, member_id, points in conn.execute(
            "SELECT at, member_id, points FROM ledger WHERE source='welcome'"
        )
    ]
    events += [
        (at, _ORDER["birthday"], member_id, "birthday", (points, reason, by))
        for at, member_id, points, reason, by in conn.execute(
            "SELECT at, member_id, points, reason, by FROM ledger WHERE source='birthday'"
        )
    ]
    for purchase_id, member_id, at, voided_at, reason in conn.execute(
        "SELECT id, member_id, at, voided_at, void_reason FROM purchase"
    ):
        events.append((at, _ORDER["purchase"], member_id, "purchase", purchase_id))
        if voided_at:
            events.append((voided_at, _ORDER["void"], member_id, "void", (purchase_id, reason)))
    return sorted(events, key=lambda e: e[:3])


def _draft(conn, purchase_id: int) -> PurchaseDraft:
    """The purchase as the counter would have entered it: amount, lines, discounts asked for."""
    member_id, at, amount, channel, fulfilment, note, code = conn.execute(
        "SELECT p.member_id, p.at, p.amount, p.channel, p.fulfilment, p.note, c.code "
        "FROM purchase p LEFT JOIN coupon c ON c.id = p.coupon_id WHERE p.id=?",
        (purchase_id,),
    ).fetchone()
    lines = tuple(
        LineDraft(name, category, qty, price)
        for name, category, qty, price in conn.execute(
            "SELECT name, category, qty, unit_price FROM purchase_line WHERE purchase_id=? ORDER BY id",
            (purchase_id,),
        )
    )
    redeemed = conn.execute(
        "SELECT COALESCE(-SUM(points), 0) FROM ledger WHERE purchase_id=? AND kind='redeem' AND source='purchase'",
        (purchase_id,),
    ).fetchone()[0]
    catalogue = tuple(
        r
        for (r,) in conn.execute(
            "SELECT reason FROM ledger WHERE purchase_id=? AND kind='redeem' AND source='reward' ORDER BY id",
            (purchase_id,),
        )
    )
    rewards = tuple(
        i
        for (i,) in conn.execute(
            "SELECT id FROM earned_reward WHERE used_purchase_id=? AND source LIKE 'card:%' ORDER BY id",
            (purchase_id,),
        )
    )
    return PurchaseDraft(
        member_id,
        amount=amount,
        lines=lines,
        at=datetime.fromisoformat(at),
        channel=channel,
        fulfilment=fulfilment,
        note=note,
        redeem_points=redeemed,
        coupon_code=code or "",
        reward_ids=rewards,
        catalogue_rewards=catalogue,
    )
