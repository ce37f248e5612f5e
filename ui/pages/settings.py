"""Settings: the shop's name and logo, the language, the first-start set-up again, where the data
lives and the database check."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopError
from shopkeeper.logo import LogoImage
from shopkeeper.shop import Shop
from shopkeeper.store.database import SCHEMA_VERSION
from ui.bidi import leading_alignment, ltr
from ui.i18n import ui_font
from ui.messages import error_text
from ui.widgets.call_rules_form import CallRulesForm
from ui.widgets.form_errors import ErrorLabel
from ui.widgets.logo_picker import LogoPicker
from ui.widgets.text_label import TextLabel

LANGUAGE_NAMES = {"he": "עברית", "en": "English"}  # each in its own language, never translated


class SettingsPage(QWidget):
    """Emits `shopNameChanged(name)` and `languageChanged(code)` after saving them, and
    `setupRequested()` for "Set up the shop…"."""

    shopNameChanged = Signal(str)
    languageChanged = Signal(str)
    setupRequested = Signal()

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        title = TextLabel(self.tr("Settings"))
        title.setFont(ui_font(16, bold=True))

        self.shop_name_edit = QLineEdit(shop.settings.shop_name)
        self.shop_name_edit.setPlaceholderText(self.tr("The name on the window and on printouts"))
        self.shop_name_edit.returnPressed.connect(self.save_shop_name)
        self.save_name_button = QPushButton(self.tr("Save"))
        self.save_name_button.setAutoDefault(False)
        self.save_name_button.clicked.connect(self.save_shop_name)
        self.name_saved_label = QLabel()
        self.name_error = ErrorLabel()
        name_row = QHBoxLayout()
        name_row.addWidget(self.shop_name_edit, 1)
        name_row.addWidget(self.save_name_button)
        name_row.addWidget(self.name_saved_label)

        self.language_combo = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(shop.settings.language))
        )
        self.language_combo.activated.connect(self._language_chosen)
        language_note = QLabel(
            self.tr(
                "The window switches at once, and Shopkeeper starts in this language next time."
            )
        )
        language_note.setWordWrap(True)
        language_note.setStyleSheet("color: #5a6270;")

        try:
            logo = shop.settings.logo()
        except ShopError:  # a damaged stored logo: shown as none, and can be replaced
            logo = None
        self.logo_picker = LogoPicker(logo)
        self.logo_picker.changed.connect(self.save_logo)
        self.setup_button = QPushButton(self.tr("Set up the shop…"))
        self.setup_button.setAutoDefault(False)
        self.setup_button.clicked.connect(self.setupRequested)
        setup_row = QHBoxLayout()
        setup_row.addWidget(self.setup_button)
        setup_row.addStretch(1)

        self.folder_label = TextLabel(ltr(str(shop.data_dir)), selectable=True)
        open_folder = QPushButton(self.tr("Open folder"))
        open_folder.setAutoDefault(False)
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._shop.data_dir)))
        )
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(open_folder)

        self.schema_label = QLabel(str(SCHEMA_VERSION))
        self.check_button = QPushButton(self.tr("Check the database"))
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check_database)
        self.check_result = TextLabel()
        check_row = QHBoxLayout()
        check_row.addWidget(self.schema_label)
        check_row.addStretch(1)
        check_row.addWidget(self.check_button)

        form = QFormLayout()
        form.addRow(self.tr("Shop name"), name_row)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Logo"), self.logo_picker)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow("", language_note)
        form.addRow(self.tr("First start"), setup_row)
        form.addRow(self.tr("Data folder"), folder_row)
        form.addRow(self.tr("Schema version"), check_row)
        form.addRow("", self.check_result)
        self.call_rules = CallRulesForm(shop)
        form.addRow(self.tr("Calls"), self.call_rules)

        panel = QWidget()
        panel.setMaximumWidth(780)
        panel.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(panel, 0, leading_alignment(Qt.AlignmentFlag.AlignTop))
        layout.addStretch(1)
        self.setFocusProxy(self.shop_name_edit)

    def save_shop_name(self) -> None:
        name = self.shop_name_edit.text()
        try:
            self._shop.settings.set("shop_name", name)
        except ShopError as exc:
            self.name_error.show_error(error_text(exc))
            return
        self.name_error.clear_error()
        self.name_saved_label.setText(self.tr("Saved"))
        self.shopNameChanged.emit(self._shop.settings.shop_name)

    def save_logo(self, image: LogoImage | None) -> None:
        """Keep the chosen logo in the database at once (or remove it)."""
        try:
            if image is None:
                self._shop.settings.remove_logo()
            else:
                self._shop.settings.set_logo(image.data, "logo")
        except ShopError as exc:
            self.logo_picker.error.show_error(error_text(exc))

    def set_language(self, code: str) -> None:
        """Save the language and announce it (the main window re-translates itself)."""
        if code == self._shop.settings.language:
            return
        self._shop.settings.set("language", code)
        self.languageChanged.emit(code)

    def _language_chosen(self, index: int) -> None:
        self.set_language(self.language_combo.itemData(index))

    def check_database(self) -> None:
        report = self._shop.check()
        if report.ok:
            self.check_result.setText(
                self.tr(
                    "The database is healthy: {members} members, schema version {version}."
                ).format(members=report.members, version=report.schema_version)
            )
        else:
            self.check_result.setText(
                self.tr("Problems found:") + "\n" + "\n".join(report.problems)
            )
