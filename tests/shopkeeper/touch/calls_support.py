"""Helpers for the call list tests: members who joined on a given day, purchases on a given day."""

from __future__ import annotations

from datetime import date, datetime, time
from itertools import count

from shopkeeper.club.records import MemberDraft
from shopkeeper.sales.records import PurchaseDraft
from shopkeeper.shop import Shop

TODAY = date(2026, 11, 26)
_phones = count(1)


def member(shop: Shop, name: str = "דנה", *, joined: date = date(2024, 1, 1)) -> int:
    """A new member (a distinct phone each time) who joined on `joined`; returns the id."""
    draft = MemberDraft(first_name=name, phone=f"052-400-{next(_phones):04d}", joined_on=joined)
    return shop.members.add(draft).member.id


def buy(shop: Shop, member_id: int | None, amount: int, on: date, **fields) -> int:
    """A purchase of `amount` agorot at noon on `on`; returns its id."""
    at = datetime.combine(on, time(12, 0))
    return shop.purchases.record(PurchaseDraft(member_id, amount, at=at, **fields)).id


def moment(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour, 0))
