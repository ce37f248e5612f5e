"""Translated texts for the errors in shopkeeper/errors.py (the core's messages are English only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shopkeeper import errors
from ui.bidi import isolate


def template_for(error: errors.ShopError) -> str | None:
    """The translated template for the error's class (or nearest base), with the same placeholders."""
    translate = QCoreApplication.translate
    for cls in type(error).__mro__:
        if cls is errors.InvalidPhone:
            return translate("errors", "“{text}” is not a phone number that can exist.")
        if cls is errors.DuplicatePhone:
            return translate(
                "errors", "The phone {phone} already belongs to member {number} ({name})."
            )
        if cls is errors.InvalidDate:
            return translate("errors", "“{text}” is not a date (use dd/mm/yyyy or dd/mm).")
        if cls is errors.InvalidEmail:
            return translate("errors", "“{text}” is not an e-mail address.")
        if cls is errors.MissingName:
            return translate("errors", "A member needs a first or last name.")
        if cls is errors.InvalidValue:
            return translate("errors", "{field}: “{text}” is not allowed.")
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
    return None


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
    }
    return names.get(field, field)


def error_text(error: errors.ShopError) -> str:
    """The error in the user's language, with its values filled in; English if no template fits."""
    template = template_for(error)
    if template is None:
        return str(error)
    # Values keep their own direction: "bad@" inside a Hebrew sentence must not become "@bad".
    params = {
        key: isolate(value) if isinstance(value, str) else value for key, value in error.params.items()
    }
    if isinstance(error, errors.InvalidValue) and "field" in error.params:
        params["field"] = field_name(str(error.params["field"]))
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(error)
