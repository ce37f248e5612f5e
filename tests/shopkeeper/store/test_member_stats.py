"""A bulk load sets the member_stats triggers aside and recomputes every member's values after it;
the triggers are back afterwards, and an error leaves them as they were."""

from __future__ import annotations

import pytest

from shopkeeper.data.demo import fill_demo_shop
from shopkeeper.sales.records import PurchaseDraft
from shopkeeper.shop import Shop
from shopkeeper.store import member_stats


def trigger_names(shop: Shop) -> set[str]:
    rows = shop.db.connection().execute("SELECT name FROM sqlite_master WHERE type='trigger'")
    return {name for (name,) in rows}


def stats(shop: Shop, member_id: int) -> tuple:
    return (
        shop.db.connection()
        .execute(
            "SELECT points_balance, last_purchase_at, spend_12m FROM member_stats WHERE member_id=?",
            (member_id,),
        )
        .fetchone()
    )


def test_a_demo_load_leaves_every_cached_value_right_and_the_triggers_back(tmp_path):
    with Shop(tmp_path) as shop:
        fill_demo_shop(shop, members=300, seed=3)
        assert set(member_stats.FOLLOWING_TRIGGERS) <= trigger_names(shop)
        assert shop.check().problems == ()
        member_id = shop.members.browse(limit=1)[0].id
        balance = shop.ledger.balance(member_id)
        assert stats(shop, member_id)[0] == balance
        receipt = shop.purchases.record(PurchaseDraft(member_id, amount=250_00), by="test")
        assert stats(shop, member_id)[0] == receipt.balance != balance  # the triggers follow again


def test_an_error_in_the_load_keeps_the_triggers(tmp_path):
    with Shop(tmp_path) as shop:
        conn = shop.db.connection()
        before = trigger_names(shop)
        with (
            pytest.raises(RuntimeError),
            shop.db.atomic(),
            member_stats.recomputed_after(conn),
        ):
            assert not set(member_stats.FOLLOWING_TRIGGERS) & trigger_names(shop)
            raise RuntimeError("the load failed")
        assert trigger_names(shop) == before
