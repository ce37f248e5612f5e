"""Reading the values typed on the command line: members, days, amounts, whole numbers."""

from __future__ import annotations

import argparse
from datetime import date

from shopkeeper.club.dates import parse_date
from shopkeeper.club.text import clean_text

BY = "shopkeeper-cli"  # who did it, on ledger rows and purchases
NO_MEMBER = ("-", "none")


def member_id(shop, key: str, *, allow_none: bool = False) -> int | None:
    """The id of the member with this phone or number (MemberNotFound otherwise).

    With `allow_none`, `-` or `none` mean a purchase without a member.
    """
    if allow_none and clean_text(key).casefold() in NO_MEMBER:
        return None
    return shop.members.find(key).id


def day(text: str | None, default: date) -> date:
    """A day typed as YYYY-MM-DD or dd/mm/yyyy; `default` when not given (InvalidDate if wrong)."""
    if text is None or not clean_text(text):
        return default
    return parse_date(text)


def whole(text: str) -> int:
    """An argparse type: a whole number, possibly signed (`-50`, `+50`)."""
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None


def positive(text: str) -> int:
    """An argparse type: a whole number from 1 up."""
    value = whole(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number from 1 up")
    return value


def count(text: str) -> int:
    """An argparse type: a whole number from 0 up."""
    value = whole(text)
    if value < 0:
        raise argparse.ArgumentTypeError("cannot be negative")
    return value
