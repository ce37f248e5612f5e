"""Shared fixtures: a real shop in a temporary folder, with a fixed clock."""

from __future__ import annotations

import os
from datetime import date, datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from shopkeeper.shop import Shop  # noqa: E402

TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 10, 30, 0)


@pytest.fixture
def shop(tmp_path):
    """An empty shop on a real SQLite file, with today fixed at 2026-11-26."""
    opened = Shop(tmp_path / "shop", today=lambda: TODAY, now=lambda: NOW)
    yield opened
    opened.close()
