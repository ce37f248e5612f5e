"""Constants and a clock shared by the CLI tests."""

from __future__ import annotations

from datetime import date, datetime

NOW = datetime(2026, 11, 26, 10, 30)
DANA = "0523456789"
YOSSI = "0541234567"


class Clock:
    """What the shop opened by the CLI takes as now; a test may move it."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now

    def today(self) -> date:
        return self.now.date()
