"""Translating the parts of errors that the core words in English: why a coupon was refused, which
programme setting is wrong and what is wrong with it, the codes greeting and complaint errors name."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from shopkeeper import errors
from ui.bidi import isolate, ltr

_DATE = re.compile(r"\d{2}/\d{2}/\d{4}")
_MONEY = re.compile(r"-?₪[\d,]+(?:\.\d{2})?")
_TIMES = re.compile(r"used (\d+) times")


def coupon_refusal(error: errors.CouponRefused) -> str:
    """Why the coupon was refused, in the user's language (the core's English detail if unknown)."""
    translate = QCoreApplication.translate
    detail = str(error.params.get("detail", ""))
    why = error.params.get("why")
    date = _DATE.search(detail)
    money = _MONEY.search(detail)
    times = _TIMES.search(detail)
    if why == "used" and times:
        return translate("coupons", "used {n} times already").format(n=times.group(1))
    if why == "used":
        return translate("coupons", "already used")
    if why == "expired" and date:
        return translate("coupons", "expired on {date}").format(date=ltr(date.group(0)))
    if why == "not_yet" and date:
        return translate("coupons", "valid only from {date}").format(date=ltr(date.group(0)))
    if why == "other_member":
        return translate("coupons", "it belongs to another member")
    if why == "basket" and money:
        return translate("coupons", "the basket must reach {amount}").format(
            amount=ltr(money.group(0))
        )
    if why == "no_member":
        return translate("coupons", "it belongs to a member; open the member's card first")
    return isolate(detail)


def logo_reason(error: errors.UnsupportedLogo) -> str:
    """Why the logo cannot be used, in the user's language (the core's English if unknown)."""
    translate = QCoreApplication.translate
    values = error.params
    reason = values.get("reason")
    if reason == "empty":
        return translate("logo", "the file is empty.")
    if reason == "too_big":
        return translate("logo", "it is {mb} MB; a logo may be at most 2 MB.").format(
            mb=ltr(str(values.get("mb", "")))
        )
    if reason == "not_image":
        return translate("logo", "it is not a PNG or JPEG image.")
    if reason == "too_many_pixels":
        return translate(
            "logo", "it is {width} × {height} pixels; at most {most} on a side."
        ).format(
            width=values.get("width", ""),
            height=values.get("height", ""),
            most=values.get("most", ""),
        )
    if reason == "huge":
        return translate("logo", "it claims far too many pixels; at most {most} on a side.").format(
            most=values.get("most", "")
        )
    if reason == "unreadable":
        return translate("logo", "the image cannot be read.")
    if reason == "missing":
        return translate("logo", "there is no such file.")
    if reason == "folder":
        return translate("logo", "it is a folder, not a file.")
    if reason == "cannot_open":
        return translate("logo", "the file cannot be opened.")
    if reason == "damaged":
        return translate("logo", "the stored logo is damaged.")
    return isolate(str(values.get("detail", "")))


def programme_key_name(key: str) -> str:
    """The programme setting as the settings page labels it (unknown keys as given)."""
    translate = QCoreApplication.translate
    names = {
        "points_per_shekel": translate("programme", "Points per ₪1"),
        "rounding": translate("programme", "Rounding"),
        "min_purchase": translate("programme", "Minimum purchase"),
        "excluded_categories": translate("programme", "Categories that earn no points"),
        "point_value": translate("programme", "Value of one point"),
        "min_redeem": translate("programme", "Fewest points redeemed at once"),
        "welcome_bonus": translate("programme", "Welcome bonus"),
        "birthday_bonus": translate("programme", "Birthday bonus"),
        "referral_bonus": translate("programme", "Referral bonus"),
        "expiry_months": translate("programme", "Points expire after (months)"),
        "tiers": translate("programme", "Tiers"),
        "stamp_cards": translate("programme", "Stamp cards"),
        "rewards": translate("programme", "Rewards"),
    }
    return names.get(key, key)


def programme_detail(detail: str) -> str:
    """What is wrong with a programme value, translated when the core's wording is known."""
    translate = QCoreApplication.translate
    fixed = {
        "must not be negative": translate("programme", "must not be negative"),
        "the lowest tier must start at 0": translate(
            "programme", "the lowest tier must start at 0"
        ),
        "every tier needs its own name": translate("programme", "every tier needs its own name"),
        "each card needs a name, a category and at least 2 stamps": translate(
            "programme", "each card needs a name, a category and at least 2 stamps"
        ),
        "every card needs its own name": translate("programme", "every card needs its own name"),
        "each reward needs its own name and a positive number of points": translate(
            "programme", "each reward needs its own name and a positive number of points"
        ),
    }
    if detail in fixed:
        return fixed[detail]
    match = re.fullmatch(r"“(.*)” is not a number", detail)
    if match:
        return translate("programme", "“{value}” is not a number").format(
            value=isolate(match.group(1))
        )
    match = re.fullmatch(r"“(.*)” is not a whole number", detail)
    if match:
        return translate("programme", "“{value}” is not a whole number").format(
            value=isolate(match.group(1))
        )
    if detail.startswith("a list of {"):
        return translate("programme", "a row of the table has a missing or wrong value")
    return isolate(detail)


def code_words(error: errors.ShopError) -> dict[str, str]:
    """The channel, complaint statuses or kind of subject that greeting and complaint errors give
    as codes ("whatsapp", "in-progress", "child"), in the user's language; untranslated they stay
    the codes, as the core's message has them."""
    translate = QCoreApplication.translate
    words = {
        "sms": translate("errors", "sms", "advertising channel"),
        "whatsapp": translate("errors", "whatsapp", "advertising channel"),
        "email": translate("errors", "email", "advertising channel"),
        "open": translate("errors", "open", "complaint status"),
        "in-progress": translate("errors", "in-progress", "complaint status"),
        "resolved": translate("errors", "resolved", "complaint status"),
        "closed": translate("errors", "closed", "complaint status"),
        "child": translate("errors", "child", "whose birthday"),
        "pet": translate("errors", "pet", "whose birthday"),
    }
    keys = {
        errors.NoConsent: ("channel",),
        errors.ComplaintStatusRefused: ("status", "target"),
        errors.SubjectNotFound: ("kind",),
    }.get(type(error), ())
    return {
        key: words.get(str(error.params[key]), isolate(str(error.params[key])))
        for key in keys
        if key in error.params
    }
