"""The demo's bulk-written history is exactly what the services write for the same events."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shopkeeper.data.demo import fill_demo_shop
from shopkeeper.shop import Shop
from tests.shopkeeper.data.demo_replay import COMPARED, replay, table

TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 10, 30)
MEMBERS = 120


@pytest.mark.parametrize("seed", [5, 11])
def test_the_services_replaying_the_demo_write_the_same_rows(tmp_path, seed):
    with Shop(tmp_path / "demo", today=lambda: TODAY, now=lambda: NOW) as demo:
        fill_demo_shop(demo, members=MEMBERS, seed=seed, today=TODAY)
        # Every path of the services is taken: redemptions, catalogue and stamp-card rewards,
        # coupons, voids with points to reverse, expiry.
        for sql in (
            "SELECT COUNT(*) FROM ledger WHERE kind='redeem' AND source='purchase'",
            "SELECT COUNT(*) FROM ledger WHERE kind='redeem' AND source='reward'",
            "SELECT COUNT(*) FROM earned_reward WHERE source LIKE 'card:%' AND used_at IS NOT NULL",
            "SELECT COUNT(*) FROM purchase WHERE coupon_id IS NOT NULL",
            "SELECT COUNT(*) FROM ledger WHERE kind='reverse'",
            "SELECT COUNT(*) FROM ledger WHERE kind='expire'",
        ):
            assert demo.db.connection().execute(sql).fetchone()[0] > 0, sql
        replayed = replay(demo, tmp_path / "replayed", MEMBERS, seed, TODAY)
        try:
            for name in COMPARED:
                assert table(replayed, name) == table(demo, name), name
        finally:
            replayed.close()
