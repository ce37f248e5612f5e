"""Editing everything about a member: details, consent, children and pets."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.club.records import CHANNELS, Member, MemberDraft
from shopkeeper.errors import ShopError
from shopkeeper.shop import Shop
from ui.bidi import make_ltr
from ui.messages import error_text
from ui.widgets.family_editor import ChildrenEditor, PetsEditor
from ui.widgets.form_errors import ErrorLabel, FormErrors
from ui.widgets.member_texts import channel_name


def split_tags(text: str) -> tuple[str, ...]:
    return tuple(part for part in (p.strip() for p in text.split(",")) if part)


class EditMemberDialog(QDialog):
    """Emits `memberSaved(id, warnings)` after `shop.members.update` succeeded.

    Not modal by itself: the window opens it with `open()`, tests with `show()`.
    """

    memberSaved = Signal(int, list)

    def __init__(self, shop: Shop, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        self._member = member
        self.setWindowTitle(self.tr("Edit member — {name}").format(name=member.full_name))
        self.resize(940, 640)
        self._build()
        self._fill(member)

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.phone = make_ltr(QLineEdit())
        self.email = make_ltr(QLineEdit())
        self.birthday = make_ltr(QLineEdit())
        self.birthday.setPlaceholderText(self.tr("dd/mm/yyyy or dd/mm"))
        self.hebrew_birthday = QCheckBox(self.tr("Celebrates by the Hebrew calendar"))
        self.address_form = QComboBox()
        self.address_form.addItem(self.tr("Neutral"), "")
        self.address_form.addItem(self.tr("Female (לקוחה יקרה)"), "f")
        self.address_form.addItem(self.tr("Male (לקוח יקר)"), "m")
        self.address, self.city, self.source = QLineEdit(), QLineEdit(), QLineEdit()
        self.referred_by = make_ltr(QLineEdit())
        self.referred_by.setPlaceholderText(self.tr("Phone or member number"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Comma separated, e.g. VIP, dogs"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 14)

        keys = ("first_name", "phone", "email", "birthday", "address_form", "referred_by")
        self.field_errors = {key: ErrorLabel() for key in keys}
        self.general_error = ErrorLabel()

        details = QFormLayout()
        rows = [
            (self.tr("First name"), self.first_name, "first_name"),
            (self.tr("Last name"), self.last_name, None),
            (self.tr("Phone"), self.phone, "phone"),
            (self.tr("E-mail"), self.email, "email"),
            (self.tr("Birthday"), self.birthday, "birthday"),
            ("", self.hebrew_birthday, None),
            (self.tr("Form of address"), self.address_form, "address_form"),
            (self.tr("Address"), self.address, None),
            (self.tr("City"), self.city, None),
            (self.tr("Heard of us"), self.source, None),
            (self.tr("Referred by"), self.referred_by, "referred_by"),
            (self.tr("Tags"), self.tags, None),
            (self.tr("Notes"), self.notes, None),
        ]
        for title, widget, key in rows:
            details.addRow(title, widget)
            if key:
                details.addRow("", self.field_errors[key])
        details_box = QGroupBox(self.tr("Details"))
        details_box.setLayout(details)

        self.consent = {channel: QCheckBox(channel_name(channel)) for channel in CHANNELS}
        consent_box = QGroupBox(self.tr("Agrees to messages by"))
        consent_row = QHBoxLayout(consent_box)
        for box in self.consent.values():
            consent_row.addWidget(box)
        consent_row.addStretch(1)
        self.children = ChildrenEditor()
        children_box = QGroupBox(self.tr("Children"))
        QVBoxLayout(children_box).addWidget(self.children)
        self.pets = PetsEditor()
        pets_box = QGroupBox(self.tr("Pets"))
        QVBoxLayout(pets_box).addWidget(self.pets)

        side = QVBoxLayout()
        side.addWidget(consent_box)
        side.addWidget(children_box)
        side.addWidget(pets_box)
        side.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(details_box, 5)
        columns.addLayout(side, 6)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.errors = FormErrors(
            {**self.field_errors, "children": self.children.error, "pets": self.pets.error},
            self.general_error,
        )
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._focus_targets = {
            "first_name": self.first_name,
            "phone": self.phone,
            "email": self.email,
            "birthday": self.birthday,
            "address_form": self.address_form,
            "referred_by": self.referred_by,
        }

    def _fill(self, m: Member) -> None:
        self.first_name.setText(m.first_name)
        self.last_name.setText(m.last_name)
        self.phone.setText(m.phone_display)
        self.email.setText(m.email)
        self.birthday.setText(m.birthday.display() if m.birthday else "")
        self.hebrew_birthday.setChecked(m.hebrew_birthday)
        self.address_form.setCurrentIndex(max(0, self.address_form.findData(m.address_form)))
        self.address.setText(m.address)
        self.city.setText(m.city)
        self.source.setText(m.source)
        self.referred_by.setText(str(m.referred_by) if m.referred_by else "")
        self.tags.setText(", ".join(m.tags))
        self.notes.setPlainText(m.notes)
        for channel, box in self.consent.items():
            box.setChecked(m.consents_to(channel))
        self.children.set_children(m.children)
        self.pets.set_pets(m.pets)
        self.first_name.setFocus()

    # -- saving ----------------------------------------------------------------------------
    def draft(self) -> MemberDraft:
        """What the form holds, as typed."""
        return MemberDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            birthday=self.birthday.text(),
            hebrew_birthday=self.hebrew_birthday.isChecked(),
            address_form=self.address_form.currentData() or "",
            address=self.address.text(),
            city=self.city.text(),
            source=self.source.text(),
            referred_by=self.referred_by.text(),
            tags=split_tags(self.tags.text()),
            notes=self.notes.toPlainText(),
            children=self.children.drafts(),
            pets=self.pets.drafts(),
            consent={channel: box.isChecked() for channel, box in self.consent.items()},
            consent_how="edited",
        )

    def save(self) -> None:
        """Update the member; a problem is shown by its field and the dialog stays open."""
        try:
            saved = self._shop.members.update(self._member.id, self.draft())
        except ShopError as exc:
            dates = {
                "birthday": [self.birthday.text()],
                "children": self.children.birthday_texts(),
                "pets": self.pets.birthday_texts(),
            }
            field = self.errors.show(exc, dates)
            target = self._focus_targets.get(field)
            if target is not None:
                target.setFocus()
            return
        self.errors.clear()
        self.memberSaved.emit(saved.member.id, [error_text(w) for w in saved.warnings])
        self.accept()
