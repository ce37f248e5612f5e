"""A greeting ready to send: its text (editable), copy, WhatsApp, a birthday card, mark as greeted;
and the promotion variant, which only members who consented on the channel ever see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.club.records import CHANNELS
from shopkeeper.club.whatsapp import whatsapp_url
from shopkeeper.errors import ShopError
from shopkeeper.shop import Shop
from shopkeeper.touch.birthdays import BirthdayEntry
from shopkeeper.touch.greeting_marks import BIRTHDAY_OF, BIRTHDAYS
from ui.bidi import isolate
from ui.birthday_printing import BirthdayCardPrinter
from ui.messages import error_text
from ui.models.birthday_texts import day_text, greeted_text, subject_name
from ui.widgets.text_direction import set_text_direction
from ui.widgets.text_label import TextLabel
from ui.widgets.touch_texts import channel_text

NOTICE_STYLE = "color: #1d4d1a;"
ERROR_STYLE = "color: #b3261e;"


@dataclass(frozen=True)
class GreetingSubject:
    """Whom a greeting is for: a member, or a member's child or pet (`name`), on the day `on`."""

    member_id: int
    occasion: str = "birthday"
    kind: str = "member"
    name: str = ""  # the child's or pet's name; empty for the member
    on: date | None = None

    @classmethod
    def of_birthday(cls, entry: BirthdayEntry) -> GreetingSubject:
        return cls(entry.member_id, BIRTHDAY_OF[entry.kind], entry.kind,
                   subject_name(entry), entry.date)  # fmt: skip


class GreetingDialog(QDialog):
    """Compose, adjust and send one greeting. `greeted(member_id)` once it is marked as greeted.

    With `promotion` ("sale" or "coupon") it offers only the channels the member consented to; a
    member without any consent sees why (NoConsent), never the text."""

    greeted = Signal(int)

    def __init__(
        self,
        shop: Shop,
        subject: GreetingSubject,
        *,
        today: date,
        promotion: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self.subject = subject
        self._today = today
        self.promotion = promotion
        self.member = shop.members.get(subject.member_id)
        self.marked_channel: str | None = None
        self.setWindowTitle(self._title())
        self.resize(560, 480)

        self.language_combo = QComboBox()
        self.language_combo.addItem("עברית", "he")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            shop.settings.language)))  # fmt: skip
        self.language_combo.currentIndexChanged.connect(lambda _i: self.compose())
        self.channel_combo = QComboBox()
        self.kind_combo = QComboBox()
        self.details_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language_combo)
        if promotion:
            for channel in CHANNELS:
                if self.member.consents_to(channel):
                    self.channel_combo.addItem(channel_text(channel), channel)
            self.kind_combo.addItem(self.tr("Sale"), "sale")
            self.kind_combo.addItem(self.tr("Coupon"), "coupon")
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(promotion)))
            self.details_edit.setPlaceholderText(self.tr("For example: 20% off all candles"))
            form.addRow(self.tr("Channel"), self.channel_combo)
            form.addRow(self.tr("Kind"), self.kind_combo)
            form.addRow(self.tr("Details"), self.details_edit)
            self.channel_combo.currentIndexChanged.connect(lambda _i: self.compose())
            self.kind_combo.currentIndexChanged.connect(lambda _i: self.compose())
            self.details_edit.editingFinished.connect(self.compose)

        self.about_label = TextLabel(self._about())
        self.text_edit = QPlainTextEdit()
        self.status_label = TextLabel()
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy_text)
        self.whatsapp_button = QPushButton(self.tr("WhatsApp"))
        self.whatsapp_button.clicked.connect(self.open_whatsapp)
        self.card_button = QPushButton(self.tr("Print card…"))
        self.card_button.clicked.connect(lambda: self.print_card())
        self.mark_button = QPushButton(self.tr("Mark as greeted"))
        self.mark_button.clicked.connect(lambda: self.mark_greeted(""))
        self.auto_mark = QCheckBox(self.tr("Mark as greeted when I copy or send it"))
        self.auto_mark.setChecked(True)
        actions = QHBoxLayout()
        for button in (self.copy_button, self.whatsapp_button, self.card_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.mark_button)
        self.card_button.setVisible(promotion is None and subject.occasion in BIRTHDAYS)
        self.mark_button.setVisible(promotion is None)
        self.auto_mark.setVisible(promotion is None)
        self.printer = BirthdayCardPrinter(shop, self)
        self.printer.failed.connect(lambda text: self._say(text, error=True))
        actions.insertWidget(3, self.printer.age_box)
        self.printer.age_box.setVisible(self.card_button.isVisibleTo(self))

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about_label)
        layout.addLayout(form)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(actions)
        layout.addWidget(self.auto_mark)
        layout.addWidget(self.status_label)
        layout.addWidget(close)
        self.compose()
        self._show_mark()

    # -- the text --------------------------------------------------------------------------
    def _title(self) -> str:
        if self.promotion:
            return self.tr("Promotion for {name}").format(name=self.member.full_name)
        return self.tr("Greeting for {name}").format(
            name=self.subject.name or self.member.full_name
        )

    def _about(self) -> str:
        on = self.subject.on
        name = isolate(self.member.full_name)
        if self.subject.kind == "child":
            text = self._child_of().format(child=isolate(self.subject.name), name=name)
        elif self.subject.kind == "pet":
            text = self.tr("{pet}, pet of {name}").format(pet=isolate(self.subject.name), name=name)
        else:
            text = name
        return f"{text} · {day_text(on)}" if on and not self.promotion else text

    def _child_of(self) -> str:
        """ "{child}, child of {name}" in the child's gender ("ילד" / "ילדה"; slash form if unknown)."""
        gender = next((c.gender for c in self.member.children if c.name == self.subject.name), "")
        if gender == "m":
            return self.tr("{child}, child of {name}", "boy")
        if gender == "f":
            return self.tr("{child}, child of {name}", "girl")
        return self.tr("{child}, child of {name}")

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def compose(self) -> bool:
        """Fill in the text for the chosen language (and channel); False with the reason shown."""
        greetings = self._shop.greetings
        subject = self.subject
        try:
            if self.promotion:
                # with no channel consented to, asking for WhatsApp brings back the reason why not
                channel = self.channel_combo.currentData() or "whatsapp"
                greeting = greetings.promotion(subject.member_id, channel,
                                               str(self.kind_combo.currentData()),
                                               language=self.language,
                                               details=self.details_edit.text().strip())  # fmt: skip
            else:
                greeting = greetings.compose(
                    subject.member_id,
                    subject.occasion,
                    child=subject.name if subject.kind == "child" else None,
                    pet=subject.name if subject.kind == "pet" else None,
                    language=self.language,
                )
        except ShopError as error:
            self.text_edit.clear()
            self._set_usable(False, whatsapp=False)
            self._say(error_text(error), error=True)
            return False
        set_text_direction(self.text_edit, self.language)
        self.text_edit.setPlainText(greeting.text)
        self._set_usable(True, whatsapp=bool(self.member.phone) and (
            not self.promotion or self.channel_combo.currentData() == "whatsapp"))  # fmt: skip
        self._say("")
        return True

    def _set_usable(self, usable: bool, *, whatsapp: bool) -> None:
        self.text_edit.setEnabled(usable)
        self.copy_button.setEnabled(usable)
        self.whatsapp_button.setEnabled(usable and whatsapp)

    def text(self) -> str:
        return self.text_edit.toPlainText()

    # -- sending ---------------------------------------------------------------------------
    def copy_text(self) -> str:
        """Put the text (as edited) on the clipboard; marks as greeted if the box is ticked."""
        text = self.text()
        QGuiApplication.clipboard().setText(text)
        self._say(self.tr("The text is on the clipboard."))
        self._sent("copy")
        return text

    def whatsapp_url(self) -> str:
        return whatsapp_url(self.member.phone, self.text())

    def open_whatsapp(self) -> str:
        """Open a WhatsApp chat with the member, the text (as edited) ready to send; when nothing
        opens it, say so and leave the subject not greeted."""
        url = self.whatsapp_url()
        if not QDesktopServices.openUrl(QUrl(url)):
            self._say(self.tr("WhatsApp could not be opened; copy the text instead."), error=True)
            return url
        self._say(self.tr("WhatsApp opened; press send there."))
        self._sent("whatsapp")
        return url

    def _sent(self, channel: str) -> None:
        if self.promotion is None and self.auto_mark.isChecked() and self.marked_channel is None:
            self.mark_greeted(channel)

    def print_card(self):
        """A birthday card for the subject, made off the GUI thread and shown in a print preview."""
        subject = self.subject
        return self.printer.print_card(subject.member_id, subject.kind, subject.name,
                                       language=self.language)  # fmt: skip

    # -- greeted ---------------------------------------------------------------------------
    def mark_greeted(self, channel: str = "") -> bool:
        """Record that the subject was greeted (who: the counter; how: `channel`)."""
        subject = self.subject
        try:
            self._shop.greetings.mark_greeted(
                subject.member_id,
                subject.occasion,
                subject.on or self._today,
                subject_kind=subject.kind,
                subject_name=subject.name,
                channel=channel,
                by="counter",
            )
        except ShopError as error:
            self._say(error_text(error), error=True)
            return False
        self.marked_channel = channel
        self._show_mark()
        self.greeted.emit(subject.member_id)
        return True

    def _show_mark(self) -> None:
        if self.promotion:
            return
        subject = self.subject
        mark = self._shop.greetings.greeted_by(subject.member_id, subject.kind, subject.name,
                                               subject.on or self._today,
                                               occasion=subject.occasion)  # fmt: skip
        self.mark_button.setEnabled(mark is None)
        self.auto_mark.setEnabled(mark is None)
        if mark is not None:
            self.mark_button.setText(self.tr("Greeted ✓"))
            self.mark_button.setToolTip(greeted_text(mark))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.status_label.setText(text)
