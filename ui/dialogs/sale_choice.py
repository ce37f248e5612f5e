"""F5 with nobody on the card: find the member first, or record the sale without a member."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ui.i18n import ui_font
from ui.widgets.text_label import TextLabel


class SaleChoiceDialog(QDialog):
    """Emits `findRequested()` or `withoutMemberRequested()` and closes. Opened with `open()`."""

    findRequested = Signal()
    withoutMemberRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record purchase"))
        question = TextLabel(self.tr("No member is open. Who is the sale for?"))
        question.setFont(ui_font(12, bold=True))
        hint = TextLabel(
            self.tr(
                "A member earns points on it. A sale without a member is kept in the day's "
                "sales, with no points, coupon or reward."
            )
        )
        hint.setStyleSheet("color: #5a6270;")
        self.buttons = QDialogButtonBox()
        self.find_button = self.buttons.addButton(
            self.tr("Find a member"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.without_button = self.buttons.addButton(
            self.tr("Sale without a member"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(lambda: self._choose(self.findRequested))
        self.without_button.clicked.connect(lambda: self._choose(self.withoutMemberRequested))
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def _choose(self, signal) -> None:
        self.accept()
        signal.emit()
