"""Members for the feedback and complaint tests."""

from __future__ import annotations

from itertools import count

from shopkeeper.club.records import MemberDraft

_phones = count(1)


def add_member(shop, first_name: str = "דנה", last_name: str = "") -> int:
    """A new member with a fresh phone; returns the id."""
    draft = MemberDraft(
        first_name=first_name, last_name=last_name, phone=f"0524{next(_phones):06d}"
    )
    return shop.members.add(draft).member.id
