"""Translated texts for the errors in shopkeeper/errors.py (the core's messages are English only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shopkeeper import errors
from ui.bidi import isolate
from ui.message_details import (
    code_words,
    coupon_refusal,
    logo_reason,
    programme_detail,
    programme_key_name,
)


def template_for(error: errors.ShopError) -> str | None:
    """The translated template for the error's class (or nearest base), with the same placeholders."""
    translate = QCoreApplication.translate
    for cls in type(error).__mro__:
        if cls is errors.InvalidPhone:
            return translate("errors", "“{text}” is not a phone number that can exist.")
        if cls is errors.DuplicatePhone:
            return _duplicate_phone(str(error.params.get("form", "")))
        if cls is errors.InvalidDate:
            return translate("errors", "“{text}” is not a date (use dd/mm/yyyy or dd/mm).")
        if cls is errors.InvalidEmail:
            return translate("errors", "“{text}” is not an e-mail address.")
        if cls is errors.MissingName:
            return translate("errors", "A member needs a first or last name.")
        if cls is errors.InvalidValue:
            return translate("errors", "{field}: “{text}” is not allowed.")
        if cls is errors.NoConsent:
            return _no_consent(str(error.params.get("form", "")))
        if cls is errors.MemberNotFound:
            return translate("errors", "No member with the phone or number “{key}”.")
        if cls is errors.SchemaTooNew:
            return translate(
                "errors",
                "This shop's database was written by a newer Shopkeeper (schema {found}, this app "
                "knows up to {known}). Update the app; the database was not touched.",
            )
        if cls is errors.DatabaseDamaged:
            return translate(
                "errors",
                "The shop database at {path} failed its integrity check ({detail}). Restore a "
                "backup; nothing was changed.",
            )
        if cls is errors.NotADatabase:
            return translate("errors", "{path} is not a Shopkeeper database ({detail}).")
        if cls is errors.ShopLocked:
            return translate(
                "errors",
                "Shopkeeper is already open on this shop (process {pid} on {host}). Switch to that "
                "window, or close it first.",
            )
        if cls is errors.ImportFileError:
            return translate("errors", "The file cannot be imported: {detail}")
        if cls is errors.MissingPhone:
            return translate("errors", "phone: missing.")
        if cls is errors.DuplicateInFile:
            return translate("errors", "duplicate phone in the file (row {row})")
        if cls is errors.UnallocatedPhone:
            return translate(
                "errors",
                "The phone {phone} is not in any range in use; the member was saved, check the number.",
            )
        loyalty = _loyalty_template(cls)
        if loyalty is not None:
            return loyalty
    return None


def _loyalty_template(cls: type) -> str | None:
    """Templates of the purchase, loyalty and pickup errors."""
    translate = QCoreApplication.translate
    templates = {
        errors.InvalidAmount: lambda: translate(
            "errors", "“{text}” is not an amount in shekels (for example 149.90)."
        ),
        errors.InsufficientPoints: lambda: translate(
            "errors", "Not enough points: {requested} asked for, the balance is {balance}."
        ),
        errors.BelowMinimumRedemption: lambda: translate(
            "errors", "At least {minimum} points must be redeemed at once ({requested} asked for)."
        ),
        errors.RedemptionTooLarge: lambda: translate(
            "errors",
            "{requested} points are worth more than the amount to pay; at most {maximum} can be used.",
        ),
        errors.ReasonRequired: lambda: translate(
            "errors", "A manual change of points needs a reason."
        ),
        errors.UnknownCoupon: lambda: translate(
            "errors", "There is no coupon with the code “{code}”."
        ),
        errors.CouponRefused: lambda: translate(
            "errors", "The coupon {code} cannot be used: {detail}."
        ),
        errors.PurchaseNotFound: lambda: translate("errors", "There is no purchase number {id}."),
        errors.AlreadyVoided: lambda: translate(
            "errors", "Purchase {id} was already voided on {on}."
        ),
        errors.PointsAlreadySpent: lambda: translate(
            "errors",
            "Purchase {id} earned {earned} points but the balance is only {balance}: the points "
            "were spent. Void it with a write-off of {shortfall} points, or adjust the points first.",
        ),
        errors.LinesDoNotAddUp: lambda: translate(
            "errors", "The lines add up to {lines}, not to the amount {amount}."
        ),
        errors.InvalidProgramme: lambda: translate("errors", "Programme setting {key}: {detail}"),
        errors.RewardNotAvailable: lambda: translate(
            "errors", "The reward “{name}” is not available to this member."
        ),
        errors.PickupNotFound: lambda: translate("errors", "There is no pickup order “{key}”."),
        errors.PickupStatusRefused: lambda: translate("errors", "Pickup order {id}: {detail}."),
        **_printing_templates(),
    }
    make = templates.get(cls)
    return make() if make else None


def _printing_templates() -> dict:
    """Templates of the note template and printing errors."""
    translate = QCoreApplication.translate
    return {
        errors.UnknownPlaceholder: lambda: translate(
            "errors", "“{{{name}}}” is not a placeholder a note can fill in."
        ),
        errors.UnbalancedBraces: lambda: translate(
            "errors",
            "A brace is not closed, or closed without being opened: “{text}” (write {{{{ or }}}} "
            "for a brace itself).",
        ),
        errors.TooManyForms: lambda: translate(
            "errors",
            "“{text}” has more than three forms; write {{masculine|feminine}} or "
            "{{masculine|feminine|neutral}}.",
        ),
        errors.TemplateNotFound: lambda: translate(
            "errors", "There is no note template called “{name}”."
        ),
        errors.DuplicateTemplate: lambda: translate(
            "errors", "There is already a note template called “{name}”."
        ),
        errors.UnsupportedLogo: lambda: translate(
            "errors", "The logo {path} cannot be used: {detail}"
        ),
        **_touch_templates(),
    }


# One English text, its Hebrew chosen by a translator's comment for the member's form of address
# (each form a literal, so lupdate finds it); the text without a comment is the slash form.


def _duplicate_phone(form: str) -> str:
    translate = QCoreApplication.translate
    if form == "m":
        return translate(
            "errors", "The phone {phone} already belongs to member {number} ({name}).", "masculine"
        )
    if form == "f":
        return translate(
            "errors", "The phone {phone} already belongs to member {number} ({name}).", "feminine"
        )
    return translate("errors", "The phone {phone} already belongs to member {number} ({name}).")


def _no_consent(form: str) -> str:
    translate = QCoreApplication.translate
    if form == "m":
        return translate(
            "errors",
            "{name} has not agreed to receive advertising by {channel}; nothing was prepared.",
            "masculine",
        )
    if form == "f":
        return translate(
            "errors",
            "{name} has not agreed to receive advertising by {channel}; nothing was prepared.",
            "feminine",
        )
    return translate(
        "errors", "{name} has not agreed to receive advertising by {channel}; nothing was prepared."
    )


def _touch_templates() -> dict:
    """Templates of the greeting, call, feedback and complaint errors."""
    translate = QCoreApplication.translate
    return {
        errors.ComplaintNotFound: lambda: translate("errors", "There is no complaint number {id}."),
        errors.ComplaintStatusRefused: lambda: translate(
            "errors", "Complaint {id} is {status}; it cannot become {target}."
        ),
        errors.ShopNameMissing: lambda: translate(
            "errors",
            "An advertisement must name the shop: set the shop's name in Settings first.",
        ),
        errors.BlankShopName: lambda: translate(
            "errors", "The shop needs a name: thank-you notes and printouts are signed with it."
        ),
        errors.SubjectNotFound: lambda: translate(
            "errors", "{name} has no {kind} called “{subject}”."
        ),
    }


def field_name(field: str) -> str:
    """The translated name of a field mentioned by InvalidValue (the core names them in English)."""
    translate = QCoreApplication.translate
    names = {
        "gender": translate("fields", "gender"),
        "form of address": translate("fields", "form of address"),
        "child name": translate("fields", "child's name"),
        "pet name": translate("fields", "pet's name"),
        "consent channel": translate("fields", "consent channel"),
        "channel": translate("fields", "channel"),
        "referred by": translate("fields", "referred by"),
        "language": translate("fields", "language"),
        "amount": translate("fields", "amount"),
        "points": translate("fields", "points"),
        "line": translate("fields", "item line"),
        "fulfilment": translate("fields", "fulfilment"),
        "returned quantity": translate("fields", "returned quantity"),
        "coupon": translate("fields", "coupon"),
        "percent": translate("fields", "percent"),
        "valid until": translate("fields", "valid until"),
        "items": translate("fields", "items"),
        "item name": translate("fields", "item name"),
        "item quantity": translate("fields", "item quantity"),
        "item price": translate("fields", "item price"),
        "paid": translate("fields", "paid"),
        "due": translate("fields", "amount due"),
        "member": translate("fields", "member"),
        "template name": translate("fields", "template name"),
        "note text": translate("fields", "note text"),
        "coupon percent": translate("fields", "coupon percent"),
        "coupon amount": translate("fields", "coupon amount"),
        "coupon days": translate("fields", "coupon days"),
        "NPS": translate("fields", "recommendation score (0–10)"),
        "score": translate("fields", "score (1–5)"),
        "call back on": translate("fields", "call-back date"),
        "days": translate("fields", "days"),
        "export file": translate("fields", "export file"),
        "feedback": translate("fields", "feedback"),
        "goodwill points": translate("fields", "goodwill points"),
        "greeting text": translate("fields", "greeting text"),
        "greeting": translate("fields", "greeting"),
        "happened on": translate("fields", "date it happened"),
        "occasion": translate("fields", "occasion"),
        "period": translate("fields", "period"),
        "promotion": translate("fields", "promotion"),
        "purchase": translate("fields", "purchase"),
        "reason": translate("fields", "reason"),
        "remedy": translate("fields", "remedy"),
        "result": translate("fields", "call result"),
        "shop name": translate("fields", "shop name"),
        "statement": translate("fields", "statement"),
        "status": translate("fields", "status"),
        "subject": translate("fields", "child or pet"),
        "what": translate("fields", "what happened"),
        "informed": translate("fields", "what the customer was told"),
        "note": translate("fields", "note"),
        "winback_days": translate("fields", "win-back days"),
        "followup_days": translate("fields", "follow-up days"),
        "followup_min_amount": translate("fields", "follow-up minimum amount"),
    }
    return names.get(field, field)


def error_text(error: errors.ShopError) -> str:
    """The error in the user's language, with its values filled in; English if no template fits."""
    template = template_for(error)
    if template is None:
        return str(error)
    # Values keep their own direction: "bad@" inside a Hebrew sentence must not become "@bad".
    params = {
        key: isolate(value) if isinstance(value, str) else value
        for key, value in error.params.items()
    }
    if isinstance(error, errors.InvalidValue) and "field" in error.params:
        params["field"] = field_name(str(error.params["field"]))
    params.update(code_words(error))
    if isinstance(error, errors.CouponRefused) and "detail" in error.params:
        params["detail"] = coupon_refusal(error)
    if isinstance(error, errors.UnsupportedLogo):
        params["detail"] = logo_reason(error)
    if isinstance(error, errors.InvalidProgramme) and "detail" in error.params:
        params["key"] = programme_key_name(str(error.params.get("key", "")))
        params["detail"] = programme_detail(str(error.params["detail"]))
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(error)
