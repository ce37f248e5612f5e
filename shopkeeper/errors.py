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

    template = "The phone {phone} is not in any range in use; the member was saved, check the number."


class MissingPhone(ShopError):
    template = "phone: missing."


class DuplicateInFile(ShopError):
    template = "duplicate phone in the file (row {row})"
