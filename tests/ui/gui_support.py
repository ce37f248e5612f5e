"""Helpers for the GUI tests: members added in bulk, a member with a family, the fixed date."""

from __future__ import annotations

from datetime import date

from shopkeeper.club.records import ChildDraft, MemberDraft, PetDraft
from shopkeeper.club.validation import check_member

TODAY = date(2026, 11, 26)


def add_many(shop, count: int, *, start: int = 0) -> list[int]:
    """`count` members with distinct phones, added in one bulk insert."""
    checked = [
        check_member(
            MemberDraft(
                first_name=f"First{i:05d}", last_name=f"Last{i:05d}", phone=f"052-{1000000 + i:07d}"
            )
        )
        for i in range(start, start + count)
    ]
    return shop.members.add_checked_many(checked, [TODAY] * count)


def add_noa(shop):
    """A member with a child whose birthday is in two days and a pet, consent by SMS."""
    return shop.members.add(
        MemberDraft(
            first_name="Noa",
            last_name="Cohen",
            phone="052-345-6789",
            email="noa@example.com",
            birthday="14/03/1985",
            city="Haifa",
            notes="prefers unscented",
            children=(ChildDraft("Maya", "28/11/2017", "f"),),
            pets=(PetDraft("Rex", "dog", "03/05/2020"),),
            consent={"sms": True},
            consent_how="counter",
        )
    ).member


def plain(text: str) -> str:
    """`text` without the direction isolates the interface puts around values."""
    return text.translate(str.maketrans("", "", "\u2066\u2067\u2068\u2069"))


def open_card(window, member_id: int):
    """Open a member's card on the counter; returns its loyalty panel."""
    window.open_member(member_id)
    return window.counter.card.loyalty
