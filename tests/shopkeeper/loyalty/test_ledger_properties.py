"""Property tests: random counter days keep the ledger, the tiers and expiry true after every step."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from tests.shopkeeper.loyalty.loyalty_steps import Day, programmes, steps


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programmes, steps())
def test_every_step_keeps_balance_ledger_tiers_and_expiry_true(settings_, day_steps):
    """Balance = ledger sum ≥ 0, `Ledger.check()` empty and the tier cache a fresh computation after
    every step; each expiry run removes only points N months old and a second run changes nothing."""
    with tempfile.TemporaryDirectory() as folder:
        day = Day(Path(folder), settings_)
        try:
            day.check()
            for step in day_steps:
                day.apply(step)
                day.check()
            day.apply(("expire",))
            day.check()
        finally:
            day.close()
