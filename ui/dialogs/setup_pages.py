"""The pages of the first-start set-up: language, the shop, the programme, how to start."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from shopkeeper.errors import ShopError
from shopkeeper.first_start import ProgrammeChoices, example_lines
from ui.app import DEMO_MEMBERS
from ui.bidi import make_ltr
from ui.messages import error_text
from ui.widgets.form_errors import ErrorLabel
from ui.widgets.logo_picker import LogoPicker

FIELD_WIDTH = 140
LANGUAGE_NAMES = {"he": "עברית", "en": "English"}  # each in its own language, never translated


def _note() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #5a6270;")
    return label


class LanguagePage(QWizardPage):
    """Welcome, and the language: chosen here, the rest of the set-up already speaks it."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        self.buttons: dict[str, QRadioButton] = {}
        for code, name in LANGUAGE_NAMES.items():
            button = QRadioButton(name)
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.buttons.get(wizard.language, self.buttons["he"]).setChecked(True)
        for code, button in self.buttons.items():
            button.toggled.connect(lambda on, code=code: on and wizard.choose_language(code))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Shopkeeper"))
        self.setSubTitle(
            self.tr("A few questions and the shop is ready; each can be changed later.")
        )
        self.intro.setText(
            self.tr(
                "Choose the language of the window and of the printouts. "
                "The set-up switches to it at once."
            )
        )


class ShopPage(QWizardPage):
    """The shop's name and logo, kept when moving on."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self._wizard = wizard
        settings = wizard.shop.settings
        self.name_edit = QLineEdit(settings.shop_name)
        self.name_error = ErrorLabel()
        self.name_note = _note()
        try:
            logo = settings.logo()
        except ShopError:
            logo = None
        self.logo = LogoPicker(logo)
        self.form = QFormLayout(self)
        self.name_label, self.logo_label = QLabel(), QLabel()
        self.form.addRow(self.name_label, self.name_edit)
        self.form.addRow("", self.name_error)
        self.form.addRow("", self.name_note)
        self.form.addRow(self.logo_label, self.logo)
        self.name_edit.textChanged.connect(self._name_edited)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """Next only with a name: thank-you notes are signed with it."""
        return bool(self.name_edit.text().strip())

    def _name_edited(self, text: str) -> None:
        if text.strip():
            self.name_error.clear_error()
        else:
            self.name_error.show_error(self.tr("Enter the shop's name to go on."))
        self.completeChanged.emit()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your shop"))
        self.setSubTitle(self.tr("The name and logo appear on notes, member cards and slips."))
        self.name_label.setText(self.tr("Shop name"))
        self.logo_label.setText(self.tr("Logo"))
        self.name_edit.setPlaceholderText(self.tr("For example: Noa's Corner"))
        self.name_note.setText(self.tr("Thank-you notes are signed with it."))
        self.logo.retranslate()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        settings = self._wizard.shop.settings
        try:
            settings.set("shop_name", self.name_edit.text())
            if self.logo.image is None:
                settings.remove_logo()
            else:
                settings.set_logo(self.logo.image.data, "logo")
        except ShopError as exc:
            self.name_error.show_error(error_text(exc))
            return False
        self.name_error.clear_error()
        self._wizard.shopNameChanged.emit(settings.shop_name)
        return True


class ProgrammePage(QWizardPage):
    """The programme's main numbers, with what they mean for a ₪100 purchase."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.initial = ProgrammeChoices.of(wizard.shop.programme.current())
        self.per_shekel = self._decimal(0, 100, 2, 0.1, float(self.initial.points_per_shekel))
        self.point_value = self._decimal(0, 1000, 2, 0.01, self.initial.point_value / 100)
        self.point_value.setPrefix("₪")
        self.welcome = self._count(self.initial.welcome_bonus, 100_000)
        self.birthday = self._count(self.initial.birthday_bonus, 100_000)
        self.expiry = self._count(self.initial.expiry_months, 240)
        self.example = QLabel()
        self.example.setWordWrap(True)
        self.example.setTextFormat(Qt.TextFormat.PlainText)
        self.example.setStyleSheet(
            "background: #f4efe6; border-radius: 6px; padding: 10px; font-size: 11pt;"
        )
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(
            self.labels,
            (self.per_shekel, self.point_value, self.welcome, self.birthday, self.expiry),
            strict=True,
        ):
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.example)
        layout.addStretch(1)
        for field in (self.per_shekel, self.point_value, self.welcome, self.birthday, self.expiry):
            field.valueChanged.connect(self.update_example)

    def _decimal(self, low, high, decimals, step, value) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(low, high)
        box.setDecimals(decimals)
        box.setSingleStep(step)
        box.setValue(value)
        box.setMaximumWidth(FIELD_WIDTH)
        make_ltr(box)
        return box

    def _count(self, value: int, high: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, high)
        box.setValue(value)
        box.setMaximumWidth(FIELD_WIDTH)
        make_ltr(box)
        return box

    def retranslate(self) -> None:
        self.setTitle(self.tr("The loyalty programme"))
        self.setSubTitle(self.tr("How members earn points and what the points are worth."))
        texts = (
            self.tr("Points for each ₪1"),
            self.tr("One point is worth"),
            self.tr("Points for joining"),
            self.tr("Points on the birthday"),
            self.tr("Points expire after (months)"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.expiry.setSpecialValueText(self.tr("never"))
        self.update_example()

    def choices(self) -> ProgrammeChoices:
        return ProgrammeChoices(
            Decimal(str(round(self.per_shekel.value(), 2))),
            round(self.point_value.value() * 100),
            self.welcome.value(),
            self.birthday.value(),
            self.expiry.value(),
        )

    def update_example(self) -> None:
        lines = example_lines(self.choices(), self._wizard.language)
        self.example.setText("\n".join(lines))


class StartPage(QWizardPage):
    """How to begin: import the customers, start empty, or look at a demo shop."""

    CHOICES = ("import", "empty", "demo")

    def __init__(self, wizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.group = QButtonGroup(self)
        self.buttons = {choice: QRadioButton() for choice in self.CHOICES}
        self.notes = {choice: _note() for choice in self.CHOICES}
        layout = QVBoxLayout(self)
        for choice in self.CHOICES:
            self.group.addButton(self.buttons[choice])
            layout.addWidget(self.buttons[choice])
            self.notes[choice].setContentsMargins(24, 0, 24, 8)
            layout.addWidget(self.notes[choice])
        self.buttons["empty"].setChecked(True)
        self.demo_allowed = wizard.shop.members.count() == 0
        self.buttons["demo"].setEnabled(self.demo_allowed)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = ErrorLabel()
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        self.setFinalPage(True)

    def choice(self) -> str:
        return next(c for c, b in self.buttons.items() if b.isChecked())

    def choose(self, choice: str) -> None:
        self.buttons[choice].setChecked(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("How would you like to start?"))
        self.setSubTitle(self.tr("You can import customers or change any of this later."))
        self.buttons["import"].setText(self.tr("Import my customers"))
        self.notes["import"].setText(
            self.tr("From a CSV or Excel list: the import opens when the set-up ends.")
        )
        self.buttons["empty"].setText(self.tr("Start empty"))
        self.notes["empty"].setText(self.tr("Members join at the counter, one by one."))
        self.buttons["demo"].setText(self.tr("Look at a demo shop"))
        if self.demo_allowed:
            demo_note = self.tr(
                "{count} made-up members with two years of purchases, to try everything. "
                "Use a new data folder for the real shop."
            ).format(count=f"{DEMO_MEMBERS:,}")
        else:
            demo_note = self.tr("Only an empty shop can be filled with the demo.")
        self.notes["demo"].setText(demo_note)
        if self.progress.isVisible():
            self.status.setText(self.tr("Filling the demo shop…"))
