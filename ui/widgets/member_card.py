"""The customer card: who is at the counter, their points and purchases, birthdays coming up, notes,
consent, family."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.club.records import CHANNELS, Member
from shopkeeper.club.upcoming import upcoming_birthdays
from shopkeeper.errors import ShopError
from shopkeeper.shop import Shop
from ui.bidi import leading_alignment, ltr
from ui.i18n import ui_font
from ui.messages import error_text
from ui.widgets.card_printing import CardPrintButtons
from ui.widgets.card_touch_buttons import CardTouchButtons
from ui.widgets.loyalty_panel import LoyaltyPanel
from ui.widgets.member_texts import (
    badge_text,
    birthday_text,
    channel_name,
    child_line,
    consent_text,
    pet_line,
    short_date,
)
from ui.widgets.text_label import TextLabel

BADGE_STYLE = "background: #fff1c2; color: #5c3d00; border: 1px solid #f0c85a; border-radius: 6px; padding: 6px 10px;"
NOTICE_STYLE = "background: #ffe3d6; color: #7a2600; border: 1px solid #f2a27e; border-radius: 6px; padding: 6px 10px;"
NOTES_STYLE = (
    "background: #f4f6fa; border: 1px solid #d9dee8; border-radius: 6px; padding: 6px 10px;"
)


def plain_label(text: str = "", *, selectable: bool = False, wrap: bool = True) -> TextLabel:
    """A label that shows text exactly as entered, in the interface's direction."""
    return TextLabel(text, selectable=selectable, wrap=wrap)


def heading(text: str) -> TextLabel:
    label = plain_label(text)
    label.setFont(ui_font(11, bold=True))
    return label


class MemberCard(QWidget):
    """Shows one member; emits `editRequested(id)`, `newSearchRequested()`, `consentChanged(id)` and
    `loyaltyChanged(id)` (after a purchase, a void or an adjustment made from the card)."""

    editRequested = Signal(int)
    newSearchRequested = Signal()
    consentChanged = Signal(int)
    loyaltyChanged = Signal(int)

    def __init__(
        self, shop: Shop, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self._today = today
        self._member: Member | None = None
        self._build()

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(10)

        self.name_label = plain_label(selectable=True)
        self.name_label.setFont(ui_font(20, bold=True))
        self.number_label = plain_label(selectable=True)
        self.number_label.setStyleSheet("color: #5a6270;")
        layout.addWidget(self.name_label)
        layout.addWidget(self.number_label)

        self.badge_label = plain_label()
        self.badge_label.setStyleSheet(BADGE_STYLE)
        self.notice_label = plain_label()
        self.notice_label.setStyleSheet(NOTICE_STYLE)
        layout.addWidget(self.badge_label)
        layout.addWidget(self.notice_label)

        self.loyalty = LoyaltyPanel(self._shop)
        self.loyalty.changed.connect(self.loyaltyChanged)
        layout.addWidget(self.loyalty)

        self.details = QFormLayout()
        self.details.setLabelAlignment(
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        )
        self.phone_value = plain_label(selectable=True)
        self.phone_value.setFont(ui_font(13))
        self.email_value = plain_label(selectable=True)
        self.birthday_value = plain_label(selectable=True)
        self.city_value = plain_label(selectable=True)
        self.address_value = plain_label(selectable=True)
        self.joined_value = plain_label()
        self.tags_value = plain_label(selectable=True)
        self.source_value = plain_label(selectable=True)
        self.referred_value = plain_label()
        self._detail_rows = [
            (self.tr("Phone"), self.phone_value),
            (self.tr("E-mail"), self.email_value),
            (self.tr("Birthday"), self.birthday_value),
            (self.tr("City"), self.city_value),
            (self.tr("Address"), self.address_value),
            (self.tr("Member since"), self.joined_value),
            (self.tr("Tags"), self.tags_value),
            (self.tr("Heard of us"), self.source_value),
            (self.tr("Referred by"), self.referred_value),
        ]
        for title, value in self._detail_rows:
            title_label = plain_label(title, wrap=False)
            title_label.setAlignment(leading_alignment())
            self.details.addRow(title_label, value)
        layout.addLayout(self.details)

        self.notes_heading = heading(self.tr("Notes"))
        self.notes_value = plain_label(selectable=True)
        self.notes_value.setStyleSheet(NOTES_STYLE)
        layout.addWidget(self.notes_heading)
        layout.addWidget(self.notes_value)

        layout.addWidget(heading(self.tr("Marketing consent")))
        consent_grid = QGridLayout()
        consent_grid.setColumnStretch(1, 1)
        self._consent_status: dict[str, TextLabel] = {}
        self.consent_buttons: dict[str, QPushButton] = {}
        for row, channel in enumerate(CHANNELS):
            status = plain_label()
            status.setAlignment(leading_alignment())
            name = plain_label(channel_name(channel), wrap=False)
            name.setAlignment(leading_alignment())
            button = QPushButton()
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, ch=channel: self.toggle_consent(ch))
            consent_grid.addWidget(name, row, 0)
            consent_grid.addWidget(status, row, 1)
            consent_grid.addWidget(button, row, 2)
            self._consent_status[channel] = status
            self.consent_buttons[channel] = button
        layout.addLayout(consent_grid)
        self.consent_error = plain_label()
        self.consent_error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.consent_error)

        self.children_heading = heading(self.tr("Children"))
        self.children_value = plain_label(selectable=True)
        self.pets_heading = heading(self.tr("Pets"))
        self.pets_value = plain_label(selectable=True)
        for widget in (
            self.children_heading,
            self.children_value,
            self.pets_heading,
            self.pets_value,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_button.setToolTip(self.tr("Edit this member (Ctrl+E)"))
        self.edit_button.clicked.connect(self._request_edit)
        self.new_search_button = QPushButton(self.tr("New search"))
        self.new_search_button.setToolTip(
            self.tr("Clear the search and look for someone else (Esc)")
        )
        self.new_search_button.clicked.connect(self.newSearchRequested)
        self.print_buttons = CardPrintButtons(self._shop, lambda: self._member)
        self.touch_buttons = CardTouchButtons(self._shop, lambda: self._member, self._today)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.new_search_button)
        buttons.addStretch(1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        outer.addWidget(self.print_buttons)
        outer.addWidget(self.touch_buttons)

    # -- showing ---------------------------------------------------------------------------
    @property
    def member(self) -> Member | None:
        return self._member

    def show_member(self, member: Member, notices: Sequence[str] = ()) -> None:
        """Show `member`; `notices` (warnings from saving) appear in a strip under the name."""
        self._member = member
        today = self._today()
        self.name_label.setText(member.full_name)
        self.number_label.setText(self.tr("Member No. {number}").format(number=member.number))

        badges = [badge_text(b) for b in upcoming_birthdays(member, today)]
        self.badge_label.setText("\n".join(badges))
        self.badge_label.setVisible(bool(badges))
        self.notice_label.setText("\n".join(notices))
        self.notice_label.setVisible(bool(notices))
        self.loyalty.show_member(member.id)

        birthday = birthday_text(member.birthday, today)
        if birthday and member.hebrew_birthday:
            birthday += " " + self._hebrew_calendar(member.address_form)
        referred = ""
        if member.referred_by:
            referred = self.tr("Member No. {number}").format(number=member.referred_by)
        texts = [
            ltr(member.phone_display),
            ltr(member.email),
            birthday,
            member.city,
            member.address,
            short_date(member.joined_on),
            ", ".join(member.tags),
            member.source,
            referred,
        ]
        for row, ((_, widget), text) in enumerate(zip(self._detail_rows, texts, strict=True)):
            widget.setText(text)
            self.details.setRowVisible(row, bool(text))

        self.notes_value.setText(member.notes)
        self.notes_heading.setVisible(bool(member.notes))
        self.notes_value.setVisible(bool(member.notes))

        for channel in CHANNELS:
            self._consent_status[channel].setText(
                consent_text(member.consent(channel), member.address_form)
            )
            self.consent_buttons[channel].setText(
                self.tr("Withdraw") if member.consents_to(channel) else self.tr("Give consent")
            )
        self.consent_error.hide()

        self.children_value.setText("\n".join(child_line(c, today) for c in member.children))
        self.pets_value.setText("\n".join(pet_line(p, today) for p in member.pets))
        self.children_heading.setVisible(bool(member.children))
        self.children_value.setVisible(bool(member.children))
        self.pets_heading.setVisible(bool(member.pets))
        self.pets_value.setVisible(bool(member.pets))

    def reload(self) -> None:
        """Read the member again (after an edit elsewhere)."""
        if self._member is not None:
            self.show_member(self._shop.members.get(self._member.id))

    # -- actions ---------------------------------------------------------------------------
    def toggle_consent(self, channel: str) -> None:
        """One click: give consent on `channel` if not given, otherwise withdraw it."""
        if self._member is None:
            return
        given = not self._member.consents_to(channel)
        try:
            member = self._shop.members.set_consent(self._member.id, channel, given, how="counter")
        except ShopError as exc:
            self.consent_error.setText(error_text(exc))
            self.consent_error.show()
            return
        self.show_member(member)
        self.consentChanged.emit(member.id)

    def _request_edit(self) -> None:
        if self._member is not None:
            self.editRequested.emit(self._member.id)

    def _hebrew_calendar(self, form: str) -> str:
        """In the member's form of address ("חוגג" / "חוגגת"; the slash form if not known)."""
        if form == "m":
            return self.tr("(celebrates by the Hebrew calendar)", "masculine")
        if form == "f":
            return self.tr("(celebrates by the Hebrew calendar)", "feminine")
        return self.tr("(celebrates by the Hebrew calendar)")
