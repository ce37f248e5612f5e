"""Complaints: a fixed flow from open to closed, with remedy, owner, follow-up and goodwill points."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime


class ComplaintService:
    """Opens, updates and lists complaints; goodwill points go through the ledger."""

    def __init__(self, db, ledger, now: Callable[[], datetime]) -> None:
        self._db = db
        self._ledger = ledger
        self._now = now
