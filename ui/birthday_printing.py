"""A birthday card made off the GUI thread, then shown in the print preview."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
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


@dataclass(frozen=True)
class BirthdayCard:
    """A card made for the preview: its PDF, and whose it is (the member, and the child or pet)."""

    data: bytes
    member_name: str
    member_number: int
    kind: str  # member, child or pet
    name: str  # the child's or pet's name ("" for the member's own birthday)


def birthday_card(
    shop, member_id: int, kind: str, name: str, language: str, show_age: bool = False
) -> BirthdayCard:
    """The card as `birthday_card_pdf` makes it, with the member's name and number."""
    data = birthday_card_pdf(shop, member_id, kind, name, language, show_age)
    member = shop.members.get(member_id)
    subject = name if kind in ("child", "pet") else ""
    return BirthdayCard(data, member.full_name, member.number, kind, subject)


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
        self.dialog: PrintPreviewDialog | None = None
        self.age_box = QCheckBox(self.tr("Print the age"), parent)

    def print_card(self, member_id: int, kind: str, name: str, *, language: str) -> Task:
        shop = self._shop
        show_age = self.age_box.isChecked()
        task = Task(
            lambda _p: birthday_card(shop, member_id, kind, name, language, show_age), shop=shop
        )
        task.finished.connect(self._show)  # a method: gone with this object if its window closes
        task.failed.connect(self._failed)
        self.task = task
        task.start()
        return task

    def title(self, card: BirthdayCard) -> str:
        """The preview's title: whose birthday card it is."""
        if card.name:
            return self.tr("Birthday card for {name} ({member})").format(
                name=card.name, member=card.member_name
            )
        return self.tr("Birthday card for {member}").format(member=card.member_name)

    def _show(self, card: BirthdayCard) -> None:
        self.dialog = PrintPreviewDialog(
            card.data,
            title=self.title(card),
            file_name=f"birthday-card-{card.member_number}.pdf",
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
