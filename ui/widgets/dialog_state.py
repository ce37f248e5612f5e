"""Whether a dialog a page opened earlier is still on screen (it deletes itself once closed)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid


def is_showing(dialog: QWidget | None) -> bool:
    """True while `dialog` exists and is visible; False once it was closed and deleted."""
    return dialog is not None and isValid(dialog) and dialog.isVisible()
