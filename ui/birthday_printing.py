"""A birthday card made off the GUI thread, then shown in the print preview."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from shopkeeper.errors import ShopError
from shopkeeper.printing.birthday_cards import write_birthday_card
from ui.dialogs.print_preview import PrintPreviewDialog
from ui.messages import error_text
from ui.tasks import Task


def birthday_card_pdf(
    shop, member_id: int, kind: str, name: str, language: str, show_age: bool = False
) -> bytes:
    """The card for a member's birthday, or their child's or pet's called `name`, as PDF bytes;
    the age is printed only with `show_age`."""
    with tempfile.TemporaryDirectory(prefix="shopkeeper-card-") as folder:
        path = write_birthday_card(
            shop,
            member_id,
            Path(folder) / "card.pdf",
            child=name if kind == "child" else None,
            pet=name if kind == "pet" else None,
            language=language,
            show_age=show_age,
        )
        return path.read_bytes()


class BirthdayCardPrinter(QObject):
    """`print_card(...)` starts the work; `shown(dialog)` once the preview opens, `failed(text)`
    with the reason (translated) otherwise.  `age_box` ("Print the age", off) says whether the
    card tells the age; the window that asks for the card shows it beside its button."""

    shown = Signal(object)
    failed = Signal(str)

    def __init__(self, shop, parent: QWidget) -> None:
        super().__init__(parent)
        self._shop = shop
        self._parent = parent
        self.task: Task | None = None
        self._member_id = 0
        self.dialog: PrintPreviewDialog | None = None
        self.age_box = QCheckBox(self.tr("Print the age"), parent)

    def print_card(self, member_id: int, kind: str, name: str, *, language: str) -> Task:
        shop = self._shop
        self._member_id = member_id
        show_age = self.age_box.isChecked()
        task = Task(
            lambda _p: birthday_card_pdf(shop, member_id, kind, name, language, show_age), shop=shop
        )
        task.finished.connect(self._show)  # a method: gone with this object if its window closes
        task.failed.connect(self._failed)
        self.task = task
        task.start()
        return task

    def _show(self, data: bytes) -> None:
        self.dialog = PrintPreviewDialog(
            data,
            title=self.tr("Birthday card"),
            file_name=f"birthday-card-{self._member_id}.pdf",
            kind="birthday_card",
            parent=self._parent,
        )
        self.dialog.open()
        self.shown.emit(self.dialog)

    def _failed(self, error: object) -> None:
        if isinstance(error, ShopError):
            self.failed.emit(error_text(error))
        else:
            self.failed.emit(self.tr("The card could not be made: {reason}").format(reason=error))
