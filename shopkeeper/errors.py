"""Errors a shopkeeper can cause, each with an English message and the values it mentions.

The CLI prints `str(error)`; the GUI translates by the error's class and fills in `error.params`
(see ui/messages.py), so every class here has a matching Hebrew text there.
"""

from __future__ import annotations


class ShopError(Exception):
    """Base of every error the user can cause or must be told about."""

    template = "Something went wrong."

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.template.format(**params))

    @property
    def message(self) -> str:
        return str(self)


class InvalidPhone(ShopError):
    template = "“{text}” is not a phone number that can exist."


class DuplicatePhone(ShopError):
    template = "The phone {phone} already belongs to member {number} ({name})."


class InvalidDate(ShopError):
    template = "“{text}” is not a date (use dd/mm/yyyy or dd/mm)."


class InvalidEmail(ShopError):
    template = "“{text}” is not an e-mail address."


class MissingName(ShopError):
    template = "A member needs a first or last name."


class InvalidValue(ShopError):
    template = "{field}: “{text}” is not allowed."


class MemberNotFound(ShopError):
    template = "No member with the phone or number “{key}”."


class SchemaTooNew(ShopError):
    template = (
        "This shop's database was written by a newer Shopkeeper (schema {found}, this app knows "
        "up to {known}). Update the app; the database was not touched."
    )


class DatabaseDamaged(ShopError):
    template = (
        "The shop database at {path} failed its integrity check ({detail}). Restore a backup; "
        "nothing was changed."
    )


class NotADatabase(ShopError):
    template = "{path} is not a Shopkeeper database ({detail})."


class ShopLocked(ShopError):
    template = (
        "Shopkeeper is already open on this shop (process {pid} on {host}). "
        "Switch to that window, or close it first."
    )


class ImportFileError(ShopError):
    template = "The file cannot be imported: {detail}"


class UnallocatedPhone(ShopError):
    """Not raised: returned as a warning when a number can exist but is in no allocated range."""

    template = (
        "The phone {phone} is not in any range in use; the member was saved, check the number."
    )


class MissingPhone(ShopError):
    template = "phone: missing."


class DuplicateInFile(ShopError):
    template = "duplicate phone in the file (row {row})"


class InvalidAmount(ShopError):
    template = "“{text}” is not an amount in shekels (for example 149.90)."


class InsufficientPoints(ShopError):
    template = "Not enough points: {requested} asked for, the balance is {balance}."


class BelowMinimumRedemption(ShopError):
    template = "At least {minimum} points must be redeemed at once ({requested} asked for)."


class RedemptionTooLarge(ShopError):
    template = (
        "{requested} points are worth more than the amount to pay; at most {maximum} can be used."
    )


class ReasonRequired(ShopError):
    template = "A manual change of points needs a reason."


class UnknownCoupon(ShopError):
    template = "There is no coupon with the code “{code}”."


class CouponRefused(ShopError):
    """`why` is one of: used, expired, not_yet, other_member, basket, no_member."""

    template = "The coupon {code} cannot be used: {detail}."


class PurchaseNotFound(ShopError):
    template = "There is no purchase number {id}."


class AlreadyVoided(ShopError):
    template = "Purchase {id} was already voided on {on}."


class PointsAlreadySpent(ShopError):
    template = (
        "Purchase {id} earned {earned} points but the balance is only {balance}: the points were "
        "spent. Void it with a write-off of {shortfall} points, or adjust the points first."
    )


class LinesDoNotAddUp(ShopError):
    template = "The lines add up to {lines}, not to the amount {amount}."


class InvalidProgramme(ShopError):
    template = "Programme setting {key}: {detail}"


class RewardNotAvailable(ShopError):
    template = "The reward “{name}” is not available to this member."


class PickupNotFound(ShopError):
    template = "There is no pickup order “{key}”."


class PickupStatusRefused(ShopError):
    """`why` is the order's status that refuses the change: ready, collected or cancelled."""

    template = "Pickup order {id}: {detail}."


class UnknownPlaceholder(ShopError):
    """`at`: where in the template text (a character offset), for the editor to point at."""

    template = "“{{{name}}}” is not a placeholder a note can fill in."


class UnbalancedBraces(ShopError):
    template = "A brace is not closed, or closed without being opened: “{text}” (write {{{{ or }}}} for a brace itself)."


class TooManyForms(ShopError):
    template = "“{text}” has more than three forms; write {{masculine|feminine}} or {{masculine|feminine|neutral}}."


class TemplateNotFound(ShopError):
    template = "There is no note template called “{name}”."


class DuplicateTemplate(ShopError):
    template = "There is already a note template called “{name}”."


# why a logo cannot be used: `reason` and the values its sentence needs
LOGO_REASONS = {
    "empty": "the file is empty.",
    "too_big": "it is {mb} MB; a logo may be at most 2 MB.",
    "not_image": "it is not a PNG or JPEG image.",
    "too_many_pixels": "it is {width} × {height} pixels; at most {most} on a side.",
    "huge": "it claims far too many pixels; at most {most} on a side.",
    "unreadable": "the image cannot be read.",
    "missing": "there is no such file.",
    "folder": "it is a folder, not a file.",
    "cannot_open": "the file cannot be opened.",
    "damaged": "the stored logo is damaged.",
}


class UnsupportedLogo(ShopError):
    """`reason` is a key of LOGO_REASONS (the GUI words it per reason); `detail` its English."""

    template = "The logo {path} cannot be used: {detail}"

    def __init__(self, *, path: str, reason: str = "", detail: str = "", **values: object) -> None:
        if reason in LOGO_REASONS:
            detail = LOGO_REASONS[reason].format(**values)
        super().__init__(path=path, reason=reason, detail=detail, **values)


class NoConsent(ShopError):
    """A promotional text was asked for a member who has not agreed to that channel."""

    template = "{name} has not agreed to receive advertising by {channel}; nothing was prepared."


class ComplaintNotFound(ShopError):
    template = "There is no complaint number {id}."


class ComplaintStatusRefused(ShopError):
    template = "Complaint {id} is {status}; it cannot become {target}."


class ShopNameMissing(ShopError):
    """An advertisement must say who sends it."""

    template = "An advertisement must name the shop: set the shop's name in Settings first."


class BlankShopName(ShopError):
    """The shop's name signs thank-you notes and printouts: it may be changed, never emptied."""

    template = "The shop needs a name: thank-you notes and printouts are signed with it."


class SubjectNotFound(ShopError):
    """A greeting was asked for a child or pet the member does not have."""

    template = "{name} has no {kind} called “{subject}”."
