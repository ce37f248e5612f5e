"""Win-back and after-purchase follow-up call lists, and the log of calls made."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime


class CallService:
    """Whom to call (lapsed members by value, follow-ups, call-backs due) and what came of it."""

    def __init__(self, db, settings, now: Callable[[], datetime]) -> None:
        self._db = db
        self._settings = settings
        self._now = now
