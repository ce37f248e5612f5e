"""Quick join: a new member in under 30 seconds, with just a name and a phone (and how to address
them, which the greetings need). Joining pays the welcome bonus through `Shop.join`, the same
method `shopkeeper-cli members add` calls."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.club.records import CHANNELS, MemberDraft
from shopkeeper.club.text import clean_text, has_letters
from shopkeeper.errors import DuplicatePhone, ShopError
from shopkeeper.shop import Shop
from ui.bidi import make_ltr
from ui.messages import error_text
from ui.widgets.form_errors import ErrorLabel, FormErrors
from ui.widgets.member_texts import channel_name

PHONE_MIN_DIGITS = 9  # a whole Israeli number; a fragment or a member number is not prefilled
DUPLICATE_STYLE = (
    "QFrame#duplicate { background: #fff4e5; border: 1px solid #f0b35a; border-radius: 6px; }"
)


def prefill_from_search(text: str) -> tuple[str, str, str]:
    """(first name, last name, phone) guessed from what was typed in the counter's search box."""
    text = clean_text(text)
    if not text:
        return "", "", ""
    if not has_letters(text):
        return "", "", text if sum(ch.isdigit() for ch in text) >= PHONE_MIN_DIGITS else ""
    first, _, last = text.partition(" ")
    return first, last.strip(), ""


class QuickJoinDialog(QDialog):
    """Emits `memberSaved(id, warnings)` after saving, or `openExistingRequested(id)` for a duplicate phone.

    Not modal by itself: the window opens it with `open()`, tests with `show()`.
    """

    memberSaved = Signal(int, list)
    openExistingRequested = Signal(int)

    def __init__(self, shop: Shop, prefill: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        self._existing_id: int | None = None
        self.setWindowTitle(self.tr("Quick join"))
        self.setMinimumWidth(520)

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.phone = make_ltr(QLineEdit())
        self.phone.setPlaceholderText("050-123-4567")
        self.phone.textChanged.connect(self._phone_changed)
        self.address_form = QComboBox()
        self.address_form.addItem(self.tr("Neutral"), "")
        self.address_form.addItem(self.tr("Female (לקוחה יקרה)"), "f")
        self.address_form.addItem(self.tr("Male (לקוח יקר)"), "m")
        self.address_form.setToolTip(self.tr("How the greetings and notes address them"))
        self.birthday = make_ltr(QLineEdit())
        self.birthday.setPlaceholderText(self.tr("dd/mm/yyyy or dd/mm (optional)"))
        self.consent = {channel: QCheckBox(channel_name(channel)) for channel in CHANNELS}

        self.name_error, self.phone_error, self.birthday_error = (
            ErrorLabel(),
            ErrorLabel(),
            ErrorLabel(),
        )
        self.general_error = ErrorLabel()
        self.errors = FormErrors(
            {
                "first_name": self.name_error,
                "phone": self.phone_error,
                "birthday": self.birthday_error,
            },
            self.general_error,
        )

        self.duplicate_box = QFrame()
        self.duplicate_box.setObjectName("duplicate")
        self.duplicate_box.setStyleSheet(DUPLICATE_STYLE)
        self.duplicate_label = QLabel()
        self.duplicate_label.setTextFormat(Qt.TextFormat.PlainText)
        self.duplicate_label.setWordWrap(True)
        self.open_existing_button = QPushButton(self.tr("Open existing member"))
        self.open_existing_button.setAutoDefault(False)
        self.open_existing_button.clicked.connect(self.open_existing)
        duplicate_layout = QVBoxLayout(self.duplicate_box)
        duplicate_layout.addWidget(self.duplicate_label)
        duplicate_layout.addWidget(self.open_existing_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.duplicate_box.hide()

        consent_row = QHBoxLayout()
        for box in self.consent.values():
            consent_row.addWidget(box)
        consent_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("Form of address"), self.address_form)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.phone_error)
        form.addRow("", self.duplicate_box)
        form.addRow(self.tr("Birthday"), self.birthday)
        form.addRow("", self.birthday_error)
        form.addRow(self.tr("Agrees to messages by"), consent_row)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._prefill(prefill)

    def _prefill(self, text: str) -> None:
        first, last, phone = prefill_from_search(text)
        self.first_name.setText(first)
        self.last_name.setText(last)
        self.phone.setText(phone)
        (self.phone if first and not phone else self.first_name).setFocus()

    def draft(self) -> MemberDraft:
        """The member as typed (only the channels ticked are recorded as consent)."""
        return MemberDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            phone=self.phone.text(),
            birthday=self.birthday.text(),
            address_form=self.address_form.currentData() or "",
            consent={channel: True for channel, box in self.consent.items() if box.isChecked()},
            consent_how="quick join",
        )

    def save(self) -> None:
        """Add the member; on a problem show it by its field and keep the dialog open."""
        self.duplicate_box.hide()
        self._existing_id = None
        try:
            saved = self._shop.join(self.draft(), by="counter")
        except DuplicatePhone as exc:
            self.errors.clear()
            self._existing_id = int(exc.params["member_id"])
            self.duplicate_label.setText(error_text(exc))
            self.duplicate_box.show()
            self.open_existing_button.setFocus()
            self.adjustSize()
            return
        except ShopError as exc:
            field = self.errors.show(exc, {"birthday": [self.birthday.text()]})
            {"first_name": self.first_name, "phone": self.phone, "birthday": self.birthday}.get(
                field, self.first_name
            ).setFocus()
            self.adjustSize()
            return
        self.errors.clear()
        self.memberSaved.emit(saved.member.id, [error_text(w) for w in saved.warnings])
        self.accept()

    def _phone_changed(self, _text: str) -> None:
        """A corrected phone is no longer the one that belongs to someone else."""
        if self.duplicate_box.isVisible() or self._existing_id is not None:
            self._existing_id = None
            self.duplicate_box.hide()
            self.adjustSize()

    def open_existing(self) -> None:
        """Close the dialog and ask for the member who already has this phone."""
        if self._existing_id is None:
            return
        member_id = self._existing_id
        self.reject()
        self.openExistingRequested.emit(member_id)
