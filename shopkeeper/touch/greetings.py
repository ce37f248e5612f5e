"""Greeting texts per occasion, from editable templates, and who was greeted when."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime


class GreetingService:
    """Ready greeting texts (birthday, child's, pet's, thanks, ready, win-back) and promotions."""

    def __init__(self, db, members, settings, now: Callable[[], datetime]) -> None:
        self._db = db
        self._members = members
        self._settings = settings
        self._now = now
