"""What a points-ledger row's stored reason says, read back into parts a window can word itself.

The ledger keeps its reasons in English (the CLI shows them as stored). Rows written by the
programme follow fixed patterns, one per `source`; a window in another language words those
itself and shows verbatim only what a person typed (a manual change's reason, a void's or a
return's reason, a reward's name from the programme).

    source    kind     reason as stored                                  key
    welcome   bonus    "welcome to the club"                             welcome
    birthday  bonus    "happy birthday 28/11/2026"                       birthday (on)
    referral  bonus    "referred by member 12" / "brought member 40"     referred_by / brought (number)
    expiry    expire   "points from before 2024-12-07 expired"           expired (on)
    goodwill  bonus    "complaint #3"                                    goodwill (number)
    purchase  earn     ""                                                earned
    purchase  redeem   "discount on the purchase"                        discount
    purchase  reverse  typed, maybe + " (N points already spent, …)"     taken_back (text, points)
    reward    redeem   the reward's name                                 reward (text)
    manual    adjust   typed                                             typed (text)

A row that fits none of these (an older wording, an unknown source) is `typed`: shown as stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

KEYS = (
    "welcome",
    "birthday",
    "referred_by",
    "brought",
    "expired",
    "goodwill",
    "earned",
    "discount",
    "taken_back",
    "reward",
    "typed",
)

_BIRTHDAY = re.compile(r"happy birthday (\d{2}/\d{2}/\d{4})")
_REFERRED_BY = re.compile(r"referred by member (\d+)")
_BROUGHT = re.compile(r"brought member (\d+)")
_EXPIRED = re.compile(r"points from before (\d{4}-\d{2}-\d{2}) expired")
_COMPLAINT = re.compile(r"complaint #(\d+)")
_WRITTEN_OFF = re.compile(r"(.*) \((\d+) points already spent, written off\)", re.DOTALL)
DISCOUNT = "discount on the purchase"
WELCOME = "welcome to the club"


@dataclass(frozen=True)
class LedgerReason:
    """A ledger row's reason in parts: `key` (one of KEYS), words a person typed (`text`), a member
    or complaint `number`, a day (`on`: the birthday, or the last day whose points expired) and
    the `points` written off on a void or return."""

    key: str
    text: str = ""
    number: int | None = None
    on: date | None = None
    points: int | None = None


def read_reason(source: str, kind: str, reason: str) -> LedgerReason:
    """The parts of a ledger row's stored `reason`, given its `source` and `kind`."""
    reason = reason or ""
    if source == "welcome" and reason in ("", WELCOME):
        return LedgerReason("welcome")
    if source == "birthday" and (found := _BIRTHDAY.fullmatch(reason)):
        return LedgerReason("birthday", on=datetime.strptime(found[1], "%d/%m/%Y").date())
    if source == "referral":
        if found := _REFERRED_BY.fullmatch(reason):
            return LedgerReason("referred_by", number=int(found[1]))
        if found := _BROUGHT.fullmatch(reason):
            return LedgerReason("brought", number=int(found[1]))
    if source == "expiry" and (found := _EXPIRED.fullmatch(reason)):
        return LedgerReason("expired", on=date.fromisoformat(found[1]))
    if source == "goodwill" and (found := _COMPLAINT.fullmatch(reason)):
        return LedgerReason("goodwill", number=int(found[1]))
    if source == "purchase":
        if kind == "earn" and not reason:
            return LedgerReason("earned")
        if kind == "redeem" and reason == DISCOUNT:
            return LedgerReason("discount")
        if kind == "reverse":
            if found := _WRITTEN_OFF.fullmatch(reason):
                return LedgerReason("taken_back", text=found[1], points=int(found[2]))
            return LedgerReason("taken_back", text=reason)
    if source == "reward" and reason:
        return LedgerReason("reward", text=reason)
    return LedgerReason("typed", text=reason)
