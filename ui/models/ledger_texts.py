"""How a points-ledger row's reason reads in the window: the programme's own rows (welcome,
birthday, referral, expiry, goodwill, purchases) worded in the interface's language with their
values, and only what a person typed (a manual change, a void's or return's reason, a reward's
name) shown as written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shopkeeper.loyalty.reasons import LedgerReason, read_reason
from ui.bidi import isolate, ltr
from ui.widgets.loyalty_texts import programme_text
from ui.widgets.member_texts import short_date

translate = QCoreApplication.translate  # called with literals, so the translation tools find them


def _number(value: int | None) -> str:
    return ltr(str(value)) if value is not None else ""


def reason_words(reason: LedgerReason, purchase_id: int | None = None) -> str:
    """The translated words for a read reason; empty when there is nothing to add."""
    key = reason.key
    if key == "welcome":
        return translate("LedgerReasons", "Welcome to the club")
    if key == "birthday" and reason.on is not None:
        return translate("LedgerReasons", "Birthday ({date})").format(
            date=ltr(short_date(reason.on))
        )
    if key == "referred_by":
        return translate(
            "LedgerReasons", "Joined on the recommendation of member No. {number}"
        ).format(number=_number(reason.number))
    if key == "brought":
        return translate("LedgerReasons", "Recommended member No. {number}, who joined").format(
            number=_number(reason.number)
        )
    if key == "expired" and reason.on is not None:
        return translate("LedgerReasons", "Points earned up to {date}").format(
            date=ltr(short_date(reason.on))
        )
    if key == "goodwill":
        return translate("LedgerReasons", "Goodwill for complaint No. {number}").format(
            number=_number(reason.number)
        )
    if key == "earned":
        if purchase_id is None:
            return ""
        return translate("LedgerReasons", "Purchase No. {number}").format(
            number=_number(purchase_id)
        )
    if key == "discount":
        if purchase_id is None:
            return translate("LedgerReasons", "Discount on a purchase")
        return translate("LedgerReasons", "Discount on purchase No. {number}").format(
            number=_number(purchase_id)
        )
    if key == "taken_back" and reason.points:
        return translate(
            "LedgerReasons", "{reason} ({points} points already spent, written off)"
        ).format(reason=isolate(reason.text), points=ltr(str(reason.points)))
    if key == "reward":
        return translate("LedgerReasons", "Reward: {name}").format(
            name=isolate(programme_text(reason.text))
        )
    return isolate(reason.text) if reason.text else ""  # typed by a person: as written


def ledger_reason_text(source: str, kind: str, reason: str, purchase_id: int | None = None) -> str:
    """A ledger row's reason as the window shows it (the stored `reason` itself is unchanged)."""
    return reason_words(read_reason(source, kind, reason), purchase_id)
