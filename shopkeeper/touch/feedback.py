"""Customer feedback: NPS answers with comments, Likert answers to the owner's statements."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime


class FeedbackService:
    """Records feedback and computes NPS for any period."""

    def __init__(self, db, now: Callable[[], datetime]) -> None:
        self._db = db
        self._now = now
