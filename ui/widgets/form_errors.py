"""Showing a ShopError next to the field it is about, in the user's language."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from shopkeeper.club.text import clean_text
from shopkeeper.errors import (
    DuplicatePhone,
    InvalidDate,
    InvalidEmail,
    InvalidPhone,
    InvalidValue,
    MemberNotFound,
    MissingName,
    ShopError,
    UnallocatedPhone,
)
from ui.messages import error_text

ERROR_STYLE = "color: #b00020;"

_VALUE_FIELDS = {
    "child name": "children",
    "gender": "children",
    "pet name": "pets",
    "form of address": "address_form",
    "referred by": "referred_by",
    "consent channel": "consent",
}


class ErrorLabel(QLabel):
    """A red line under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error("")


def field_of(error: ShopError, date_fields: Mapping[str, list[str]] | None = None) -> str:
    """Which form field an error is about: "phone", "email", "first_name", a date field's key, …; "" if none.

    `date_fields` maps a field key to the date texts typed in it, to tell which date was wrong.
    """
    if isinstance(error, InvalidPhone | DuplicatePhone | UnallocatedPhone):
        return "phone"
    if isinstance(error, InvalidEmail):
        return "email"
    if isinstance(error, MissingName):
        return "first_name"
    if isinstance(error, MemberNotFound):
        return "referred_by"
    if isinstance(error, InvalidDate):
        wrong = clean_text(str(error.params.get("text", "")))
        for key, texts in (date_fields or {}).items():
            if any(clean_text(t) == wrong for t in texts):
                return key
        return "birthday"
    if isinstance(error, InvalidValue):
        return _VALUE_FIELDS.get(str(error.params.get("field", "")), "")
    return ""


class FormErrors:
    """The error labels of one form, by field key, plus a general one for the rest."""

    def __init__(self, labels: Mapping[str, ErrorLabel], general: ErrorLabel) -> None:
        self._labels = dict(labels)
        self._general = general

    def clear(self) -> None:
        for label in (*self._labels.values(), self._general):
            label.clear_error()

    def show(self, error: ShopError, date_fields: Mapping[str, list[str]] | None = None) -> str:
        """Show `error` under its field (or the general label); return the field key used."""
        self.clear()
        key = field_of(error, date_fields)
        self._labels.get(key, self._general).show_error(error_text(error))
        return key if key in self._labels else ""
