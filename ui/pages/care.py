"""Customer care: feedback (NPS, comments, Likert statements) and complaints, one tab each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from shopkeeper.errors import ShopError
from shopkeeper.shop import Shop
from ui.dialogs.complaint import ComplaintDialog
from ui.dialogs.feedback import FeedbackDialog
from ui.messages import error_text
from ui.widgets.complaints_panel import ComplaintsPanel
from ui.widgets.dialog_state import is_showing
from ui.widgets.feedback_panel import FeedbackPanel
from ui.widgets.text_label import TextLabel

ERROR_STYLE = "color: #b3261e;"


class CarePage(QWidget):
    """Feedback and complaints. Emits `openMember(id)` when a member's card is asked for."""

    openMember = Signal(int)

    def __init__(
        self, shop: Shop, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self._today = today
        self.feedback_dialog: FeedbackDialog | None = None
        self.complaint_dialog: ComplaintDialog | None = None

        self.feedback = FeedbackPanel(shop, today)
        self.feedback.addRequested.connect(lambda: self.add_feedback())
        self.feedback.complaintRequested.connect(
            lambda feedback_id: self.new_complaint(feedback_id=feedback_id)
        )
        self.feedback.complaintOpened.connect(lambda i: self.open_complaint(i, show_tab=False))
        self.feedback.memberRequested.connect(self.openMember)
        self.complaints = ComplaintsPanel(shop, today)
        self.complaints.newRequested.connect(lambda: self.new_complaint())
        self.complaints.complaintOpened.connect(self.open_complaint)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.feedback, self.tr("Feedback"))
        self.tabs.addTab(self.complaints, self.tr("Complaints"))
        self.error_label = TextLabel(wrap=True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)

    def showEvent(self, event) -> None:
        """Read feedback and complaints when the page is shown, not when the window is built."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read feedback, NPS and complaints again."""
        self.feedback.refresh()
        self.complaints.refresh()

    # -- feedback ----------------------------------------------------------------------------
    def add_feedback(self, member_id: int | None = None) -> FeedbackDialog:
        """The dialog that records a customer's feedback (for `member_id` when given)."""
        self.tabs.setCurrentWidget(self.feedback)
        dialog = FeedbackDialog(self._shop, member_id, today=self._today, parent=self)
        dialog.feedbackSaved.connect(lambda _id: self.refresh())
        self.feedback_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)  # closed dialogs do not pile up
        dialog.open()
        return dialog

    # -- complaints --------------------------------------------------------------------------
    def new_complaint(
        self, member_id: int | None = None, feedback_id: int | None = None
    ) -> ComplaintDialog | None:
        """The new-complaint dialog, prefilled from the member or from a detractor's feedback;
        feedback that already has a complaint shows that complaint instead."""
        if feedback_id is not None:
            try:
                existing = self._shop.feedback.get(feedback_id).complaint_id
            except ShopError as error:
                self._show_error(error_text(error))
                return None
            if existing is not None:
                return self.open_complaint(existing, show_tab=False)
        else:
            self.tabs.setCurrentWidget(self.complaints)
        dialog = ComplaintDialog(
            self._shop, member_id=member_id, feedback_id=feedback_id, today=self._today, parent=self
        )
        return self._show_dialog(dialog)

    def open_complaint(self, complaint_id: int, *, show_tab: bool = True) -> ComplaintDialog | None:
        """The complaint's dialog: its status, remedy, follow-up and log (over the complaints tab
        unless `show_tab` is False)."""
        shown = self.complaint_dialog
        record = shown.record if is_showing(shown) else None
        if record is not None and record.id == complaint_id:
            shown.raise_()
            return shown
        try:
            dialog = ComplaintDialog(self._shop, complaint_id, today=self._today, parent=self)
        except ShopError as error:
            self._show_error(error_text(error))
            return None
        if show_tab:
            self.tabs.setCurrentWidget(self.complaints)
        return self._show_dialog(dialog)

    def _show_dialog(self, dialog: ComplaintDialog) -> ComplaintDialog:
        self.error_label.hide()
        dialog.complaintSaved.connect(lambda _id: self.refresh())
        dialog.memberRequested.connect(self.openMember)
        self.complaint_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)  # closed dialogs do not pile up
        dialog.open()
        return dialog

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
