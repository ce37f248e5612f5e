"""A call list printed (PDF call sheet in the print preview) or exported (CSV or Excel)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from shopkeeper.data.call_export import export_calls
from shopkeeper.errors import ShopError
from shopkeeper.printing.call_sheet import write_call_sheet
from shopkeeper.shop import Shop
from ui.bidi import isolate
from ui.dialogs.print_preview import PrintPreviewDialog
from ui.messages import error_text

CSV_FILTER = "CSV (*.csv)"
EXCEL_FILTER = "Excel (*.xlsx)"
SHEET_KINDS = {"winback": "winback", "followups": "followup", "callbacks": "callback"}


def sheet_pdf(shop: Shop, key: str, entries: Sequence) -> bytes:
    """The call sheet of list `key` as PDF bytes (an empty list still gets its own title)."""
    buffer = io.BytesIO()
    write_call_sheet(shop, list(entries), buffer, empty=SHEET_KINDS[key])
    return buffer.getvalue()


class CallListOutput(QObject):
    """Prints or exports a call list for `parent`; `error` holds the reason the last one failed."""

    def __init__(self, shop: Shop, parent: QWidget) -> None:
        super().__init__(parent)
        self._shop = shop
        self._parent = parent
        self.error = ""
        self.dialog: PrintPreviewDialog | None = None

    def print_list(self, key: str, entries: Sequence, on: date) -> PrintPreviewDialog | None:
        try:
            data = sheet_pdf(self._shop, key, entries)
        except ShopError as error:
            self.error = error_text(error)
            return None
        self.error = ""
        self.dialog = PrintPreviewDialog(
            data,
            title=self.tr("Call list"),
            file_name=f"calls-{key}-{on:%Y-%m-%d}.pdf",
            parent=self._parent,
        )
        self.dialog.open()
        return self.dialog

    def choose_path(self, key: str, on: date) -> str:
        """Ask where to save the list (tests answer through QFileDialog.getSaveFileName)."""
        start = str(Path.home() / f"calls-{key}-{on:%Y-%m-%d}.csv")
        path, chosen = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export the call list"), start, f"{CSV_FILTER};;{EXCEL_FILTER}"
        )
        if path and not Path(path).suffix:
            path += ".xlsx" if chosen == EXCEL_FILTER else ".csv"
        return path

    def export_list(self, key: str, entries: Sequence, on: date) -> Path | None:
        """Save the list where the user chooses; None when cancelled or refused (see `error`)."""
        self.error = ""
        path = self.choose_path(key, on)
        if not path:
            return None
        try:
            export_calls(list(entries), path, language=self._shop.settings.language,
                         empty=SHEET_KINDS[key])  # fmt: skip
            return Path(path)
        except ShopError as error:
            self.error = error_text(error)
        except OSError as error:
            self.error = self.tr("Could not save to {path}: {reason}").format(
                path=isolate(path), reason=error.strerror or str(error)
            )
        return None
