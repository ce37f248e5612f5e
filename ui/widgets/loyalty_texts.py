"""How the counter words loyalty: points, money, tiers, channels, a purchase in one line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from shopkeeper.money import format_money
from shopkeeper.sales.records import PurchaseRecord
from ui.bidi import isolate, ltr
from ui.widgets.member_texts import short_date

NBSP = "\u00a0"


def money(agorot: int) -> str:
    """₪149.90, kept left-to-right inside Hebrew text."""
    return ltr(format_money(agorot))


def number(value: int) -> str:
    """A whole number with the locale's thousands separator."""
    return QLocale().toString(value)


def points_text(points: int) -> str:
    """ "1 point" / "1,240 points" (a negative number keeps its sign)."""
    translate = QCoreApplication.translate
    if abs(points) == 1:
        return translate("LoyaltyTexts", "{n} point").format(n=ltr(number(points)))
    return translate("LoyaltyTexts", "{n} points").format(n=ltr(number(points)))


def programme_text(text: str) -> str:
    """A name or perk from the programme, translated when it is one of the defaults a new shop starts
    with (the owner's own names are shown as written)."""
    translate = QCoreApplication.translate
    defaults = {
        "Member": translate("ProgrammeDefaults", "Member"),
        "Silver": translate("ProgrammeDefaults", "Silver"),
        "Gold": translate("ProgrammeDefaults", "Gold"),
        "VIP": translate("ProgrammeDefaults", "VIP"),
        "5% off accessories": translate("ProgrammeDefaults", "5% off accessories"),
        "Free gift wrapping and 10% off on your birthday": translate(
            "ProgrammeDefaults", "Free gift wrapping and 10% off on your birthday"
        ),
        "Early access to sales and a yearly gift": translate(
            "ProgrammeDefaults", "Early access to sales and a yearly gift"
        ),
        "₪20 voucher": translate("ProgrammeDefaults", "₪20 voucher"),
        "₪50 voucher": translate("ProgrammeDefaults", "₪50 voucher"),
        "Gift bag": translate("ProgrammeDefaults", "Gift bag"),
    }
    return defaults.get(text, text)


def channel_text(channel: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "store": translate("LoyaltyTexts", "In the shop"),
        "phone": translate("LoyaltyTexts", "By phone"),
        "web": translate("LoyaltyTexts", "Online"),
    }
    return names.get(channel, channel)


def fulfilment_text(fulfilment: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "taken": translate("LoyaltyTexts", "Taken now"),
        "pickup": translate("LoyaltyTexts", "To be picked up"),
        "shipped": translate("LoyaltyTexts", "Shipped"),
    }
    return names.get(fulfilment, fulfilment)


def purchase_when(record: PurchaseRecord) -> str:
    """dd/mm/yyyy hh:mm of a purchase."""
    return ltr(f"{short_date(record.at.date())} {record.at:%H:%M}")


def purchase_summary(record: PurchaseRecord) -> str:
    """ "26/11/2026 10:30 · ₪149.90 (paid ₪139.90) · +139 points" for the card and the void dialog."""
    translate = QCoreApplication.translate
    amount = money(record.amount)
    if record.discounts:
        amount = translate("LoyaltyTexts", "{amount} (paid {paid})").format(
            amount=amount, paid=money(record.paid)
        )
    parts = [purchase_when(record), amount]
    if record.points:
        parts.append(points_text(record.points))
    if record.coupon_code:
        parts.append(
            translate("LoyaltyTexts", "coupon {code}").format(code=ltr(record.coupon_code))
        )
    # Each part stays whole on one line ("119 points" never splits across a wrap).
    return " · ".join(part.replace(" ", NBSP) for part in parts)


def voided_text(record: PurchaseRecord) -> str:
    """ "Voided 27/11/2026: wrong member" (empty if the purchase stands)."""
    if record.voided_at is None:
        return ""
    return QCoreApplication.translate("LoyaltyTexts", "Voided {date}: {reason}").format(
        date=ltr(short_date(record.voided_at.date())), reason=isolate(record.void_reason)
    )
