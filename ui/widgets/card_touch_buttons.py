"""The customer card's keeping-in-touch row: a message (thanks, order ready, win-back, a
promotion), feedback and a complaint for the member on the card."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from shopkeeper.club.records import Member
from shopkeeper.shop import Shop
from shopkeeper.touch.greeting_texts import PROMOTIONS
from ui.dialogs.greeting import GreetingDialog, GreetingSubject


class CardTouchButtons(QWidget):
    """Acts on the member `member()` returns; emits `feedbackRequested(member_id)` and
    `complaintRequested(member_id)` for the care page to open its dialogs."""

    feedbackRequested = Signal(int)
    complaintRequested = Signal(int)

    def __init__(
        self,
        shop: Shop,
        member: Callable[[], Member | None],
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self._member = member
        self._today = today
        self.dialog: GreetingDialog | None = None
        self.message_button = QPushButton(self.tr("Message…"))
        menu = QMenu(self.message_button)
        self.message_actions: dict[str, QAction] = {}
        for key, text in (
            ("thanks", self.tr("Thank you for your purchase")),
            ("ready", self.tr("Your order is ready")),
            ("winback", self.tr("We miss you")),
            ("sale", self.tr("Advertisement: a sale…")),
            ("coupon", self.tr("Advertisement: a coupon…")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, k=key: self.message(k))
            self.message_actions[key] = action
        self.message_button.setMenu(menu)
        self.feedback_button = QPushButton(self.tr("Feedback…"))
        self.feedback_button.clicked.connect(lambda: self._emit(self.feedbackRequested))
        self.complaint_button = QPushButton(self.tr("Complaint…"))
        self.complaint_button.clicked.connect(lambda: self._emit(self.complaintRequested))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.message_button, self.feedback_button, self.complaint_button):
            button.setAutoDefault(False)
            layout.addWidget(button)
        layout.addStretch(1)

    def message(self, kind: str) -> GreetingDialog | None:
        """The greeting dialog for a plain message ("thanks", "ready", "winback") or an
        advertisement ("sale", "coupon": only on the channels the member agreed to)."""
        member = self._member()
        if member is None:
            return None
        promotion = kind if kind in PROMOTIONS else None
        subject = GreetingSubject(member.id, occasion="thanks" if promotion else kind)
        dialog = GreetingDialog(
            self._shop, subject, today=self._today(), promotion=promotion, parent=self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _emit(self, signal) -> None:
        member = self._member()
        if member is not None:
            signal.emit(member.id)
