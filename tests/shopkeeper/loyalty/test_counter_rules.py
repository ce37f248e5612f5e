"""Rules the counter shows: the most points a purchase can take, progress toward the next tier."""

from __future__ import annotations

from shopkeeper.loyalty.earning import max_redeemable
from shopkeeper.loyalty.programme import Programme
from shopkeeper.loyalty.tiers import tier_status


def test_max_redeemable_is_limited_by_balance_amount_and_minimum():
    programme = Programme()  # 100 points = ₪10, minimum 100 points
    assert max_redeemable(programme, balance=1_000, to_pay=50_00) == 500
    assert max_redeemable(programme, balance=300, to_pay=50_00) == 300
    assert max_redeemable(programme, balance=99, to_pay=50_00) == 0
    assert max_redeemable(programme, balance=1_000, to_pay=5_00) == 0  # ₪5 is only 50 points


def test_tier_progress_runs_from_the_tier_start_to_the_next():
    programme = Programme()  # Silver from ₪2,000, Gold from ₪5,000
    halfway = tier_status(programme, 3_500_00)
    assert (halfway.name, halfway.threshold) == ("Silver", 2_000_00)
    assert halfway.progress == 0.5
    assert tier_status(programme, 0).progress == 0
    assert tier_status(programme, 20_000_00).progress is None
