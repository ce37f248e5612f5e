"""Property test: returns and voids that write off spent points settle each earned point once."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from tests.shopkeeper.loyalty.loyalty_steps import Day, programmes, steps

# Mostly purchases, returns and spending, so that returns often find their points already spent.
MIX = ("buy",) * 3 + ("return",) * 4 + ("void", "adjust", "adjust", "advance", "expire")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programmes, steps(weighted=MIX))
def test_written_off_points_are_never_taken_back_again(settings_, day_steps):
    """After every step the balance is the ledger sum ≥ 0, and for every purchase the points taken
    back plus those written off stay within what it earned; voiding everything at the end with
    write-offs settles exactly what each purchase earned."""
    with tempfile.TemporaryDirectory() as folder:
        day = Day(Path(folder), settings_)
        try:
            for step in day_steps:
                day.apply(step)
                day.check()
            for pick in range(len(day.purchase_ids)):
                day.apply(("void", pick, True))
                day.check()
        finally:
            day.close()
