"""The demo shop's pickup orders: some waiting, one overdue, one ready; same seed, same orders."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shopkeeper.club.records import MemberDraft
from shopkeeper.data.demo_pickups import add_demo_pickups
from shopkeeper.sales.shop_days import is_working_day
from shopkeeper.shop import Shop

TODAY = date(2026, 9, 15)  # the Tuesday after Rosh Hashana 5787


def demo_shop(folder, seed=1):
    shop = Shop(folder, today=lambda: TODAY, now=lambda: datetime(2026, 9, 15, 11, 0))
    ids = [
        shop.members.add(MemberDraft(first_name=f"חבר {n}", phone=f"052-345-67{n:02d}")).member.id
        for n in range(10)
    ]
    add_demo_pickups(shop, ids, seed, TODAY)
    return shop


@pytest.fixture
def shop(tmp_path):
    opened = demo_shop(tmp_path / "shop")
    yield opened
    opened.close()


def test_some_orders_wait_one_overdue_one_ready(shop):
    waiting = shop.pickups.waiting()
    assert len(waiting) >= 4
    assert [o.overdue for o in waiting].count(True) == 1 and waiting[0].overdue
    ready = [o for o in waiting if o.status == "ready"]
    assert len(ready) == 1 and not ready[0].overdue
    assert any(o.member is None for o in waiting)
    statuses = [shop.pickups.get(n).status for n in range(1, 8)]
    assert {"collected", "cancelled"} <= set(statuses)


def test_orders_are_consistent(shop):
    for order_id in range(1, 8):
        order = shop.pickups.get(order_id)
        assert order.lines and order.paid + order.due == order.total
        assert is_working_day(order.created_at.date()) and order.created_at <= shop.now()
        for moment in (order.ready_at, order.collected_at, order.cancelled_at):
            if moment:
                assert order.created_at < moment <= shop.now() and is_working_day(moment.date())
        assert shop.pickups.find_by_code(order.code).id == order_id


def test_same_seed_same_orders(tmp_path):
    first, second = demo_shop(tmp_path / "a"), demo_shop(tmp_path / "b")
    try:
        assert [o.to_json() for o in first.pickups.waiting()] == [
            o.to_json() for o in second.pickups.waiting()
        ]
    finally:
        first.close()
        second.close()


def test_no_members_no_orders(tmp_path):
    with Shop(tmp_path / "empty") as shop:
        assert add_demo_pickups(shop, [], 1, TODAY) == 0
