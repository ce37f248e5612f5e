"""The customer card's printing row: a thank-you note, a member card, a new pickup order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from shopkeeper.club.records import Member
from shopkeeper.printing.cards import card_data, cards_pdf
from shopkeeper.printing.single_note import SingleNote
from shopkeeper.shop import Shop
from ui.dialogs.print_choices import PrintChoicesDialog
from ui.note_printing import NOTE_SIZES, notes_pdf, size_name


class CardPrintButtons(QWidget):
    """Acts on the member `member()` returns; emits `pickupRequested(member_id)`."""

    pickupRequested = Signal(int)

    def __init__(
        self, shop: Shop, member: Callable[[], Member | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self._member = member
        self.note_button = QPushButton(self.tr("Thank-you note…"))
        self.note_button.clicked.connect(lambda: self.print_note())
        self.card_button = QPushButton(self.tr("Member card…"))
        self.card_button.clicked.connect(lambda: self.print_card())
        self.pickup_button = QPushButton(self.tr("New pickup order…"))
        self.pickup_button.clicked.connect(self._request_pickup)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.note_button, self.card_button, self.pickup_button):
            button.setAutoDefault(False)
            layout.addWidget(button)
        layout.addStretch(1)

    def _request_pickup(self) -> None:
        member = self._member()
        if member is not None:
            self.pickupRequested.emit(member.id)

    def _open(self, dialog: PrintChoicesDialog) -> PrintChoicesDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_note(self) -> PrintChoicesDialog | None:
        """Choose a template and a size, then preview the member's note: with the sample coupon
        code, its coupon made only when it is saved or opened to print (once per dialog)."""
        member = self._member()
        if member is None:
            return None
        templates = self._shop.note_templates.list()
        language = self._shop.settings.language
        templates.sort(key=lambda t: t.language != language)  # the shop's language first
        choices = [
            ("template", self.tr("Template:"), [(t.name, t.name) for t in templates]),
            ("size", self.tr("Size:"), [(size_name(s), s) for s in NOTE_SIZES]),
        ]

        note = SingleNote(self._shop, member.id)

        def make(values: dict, printed: bool = False) -> bytes:
            template = self._shop.note_templates.get(str(values["template"]))
            content = note.printed(template) if printed else note.preview(template)
            return notes_pdf(self._shop, [content], str(values["size"]))

        title = self.tr("Thank-you note for {name}").format(name=member.full_name)
        return self._open(PrintChoicesDialog(
            title, choices, make, file_name=f"note-{member.number}.pdf",
            printed=lambda values: make(values, printed=True), parent=self.window(),
        ))  # fmt: skip

    def print_card(self) -> PrintChoicesDialog | None:
        """A single card, or a sheet of ten on A4 (the same member, to cut out)."""
        member = self._member()
        if member is None:
            return None
        choices = [
            ("layout", self.tr("Print:"), [
                (self.tr("One card (85.6 × 54 mm)"), "single"),
                (self.tr("A sheet of 10 on A4, with cut marks"), "sheet"),
            ]),
            ("code", self.tr("Code:"), [
                (self.tr("Barcode (Code 128)"), "code128"),
                (self.tr("QR code"), "qr"),
            ]),
        ]  # fmt: skip

        def make(values: dict) -> bytes:
            card = card_data(self._shop, member.id)
            sheet = values["layout"] == "sheet"
            return cards_pdf([card] * (10 if sheet else 1), sheet=sheet, code=values["code"])

        title = self.tr("Member card for {name}").format(name=member.full_name)
        return self._open(PrintChoicesDialog(
            title, choices, make, file_name=f"card-{member.number}.pdf", parent=self.window()
        ))  # fmt: skip
