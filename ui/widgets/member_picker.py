"""Choose a member by phone, number or name: type, press Enter or Find, pick among the matches."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from shopkeeper.club.text import clean_text
from shopkeeper.shop import Shop
from ui.bidi import isolate, ltr
from ui.widgets.text_label import TextLabel

MATCHES = 8


class MemberPicker(QWidget):
    """A search field over `shop.search`; `member_id` is the chosen member or None.

    Emits `memberChanged(id)` (-1 for none) whenever the choice changes.
    """

    memberChanged = Signal(int)

    def __init__(self, shop: Shop, *, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        self._optional = optional
        self.member_id: int | None = None
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(self.tr("Phone, member number or name"))
        self.query_edit.returnPressed.connect(self.find)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.find)
        self.matches = QComboBox()
        self.matches.hide()
        self.matches.activated.connect(lambda index: self._choose(self.matches.itemData(index)))
        self.chosen_label = TextLabel(wrap=True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.query_edit, 1)
        row.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.matches)
        layout.addWidget(self.chosen_label)
        self._show_none()

    def find(self) -> None:
        """Search for what was typed: one match is chosen at once, several are offered."""
        text = clean_text(self.query_edit.text())
        self.matches.clear()
        self.matches.hide()
        if not text:
            self._choose(None)
            return
        exact = self._shop.search.exact_id(text)
        if exact is not None:
            self._choose(exact)
            return
        found = self._shop.search.search(text, limit=MATCHES)
        if len(found) == 1:
            self._choose(found[0].id)
            return
        if not found:
            self.member_id = None
            self.chosen_label.setText(
                self.tr("No member matches “{text}”.").format(text=isolate(text))
            )
            self.memberChanged.emit(-1)
            return
        for summary in found:
            label = f"{isolate(summary.full_name)} — {ltr(summary.phone_display)}"
            self.matches.addItem(label, summary.id)
        self.matches.show()
        self._choose(found[0].id)

    def set_member(self, member_id: int | None) -> None:
        """Choose a member (or none) without searching."""
        self.matches.clear()
        self.matches.hide()
        if member_id is not None:
            member = self._shop.members.get(member_id)
            self.query_edit.setText(member.phone_display if member.phone else str(member.number))
        self._choose(member_id)

    def _choose(self, member_id: int | None) -> None:
        self.member_id = member_id
        if member_id is None:
            self._show_none()
        else:
            member = self._shop.members.get(member_id)
            self.chosen_label.setText(
                self._member_line(member.address_form).format(
                    name=isolate(member.full_name), number=ltr(str(member.number))
                )
            )
        self.memberChanged.emit(-1 if member_id is None else member_id)

    def _member_line(self, form: str) -> str:
        """ "{name}, member {number}" in the member's form of address (m or f)."""
        if form == "m":
            return self.tr("{name}, member {number}", "masculine")
        if form == "f":
            return self.tr("{name}, member {number}", "feminine")
        return self.tr("{name}, member {number}")

    def _show_none(self) -> None:
        self.chosen_label.setText(
            self.tr("No member: the feedback is kept anonymous.")
            if self._optional
            else self.tr("Find the member first.")
        )
