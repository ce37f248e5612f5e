"""A shop whose clock the test moves (`clock.advance(days=…)`)."""

from __future__ import annotations

import pytest

from tests.shopkeeper.loyalty.loyalty_support import Clock, open_shop


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def club(tmp_path, clock):
    """A shop on `clock` (starting 2026-11-26 10:30)."""
    opened = open_shop(tmp_path / "club", clock)
    yield opened
    opened.close()
